package dev.tpmfaqbot.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.MemberCachePolicy;

/**
 * Builds JDA's shard manager: a light cache (the bot keeps no members), the shards of {@code
 * DISCORD_SHARDS} or as many as Discord recommends, listeners run on our own pool so a slow answer
 * never holds up the gateway, and no JVM shutdown hook (the runtime stops adapters itself).
 */
final class ShardManagerFactory {
    private ShardManagerFactory() {}

    /** Logs in (the first shard connects on this thread, so a refused token throws here). */
    static ShardManager build(
            DiscordSettings settings,
            EnumSet<GatewayIntent> intents,
            List<Object> listeners,
            ExecutorService eventPool) {
        DefaultShardManagerBuilder builder =
                DefaultShardManagerBuilder.createLight(settings.token(), intents)
                        .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl().toString()))
                        .setSessionController(new GatewayOverride(settings.gatewayUrl()))
                        .setMemberCachePolicy(MemberCachePolicy.NONE)
                        .setChunkingFilter(ChunkingFilter.NONE)
                        .setEventPool(eventPool, false)
                        .setEnableShutdownHook(false)
                        .addEventListeners(listeners.toArray());
        settings.shards()
                .ifPresent(
                        range ->
                                builder.setShardsTotal(range.total())
                                        .setShards(range.first(), range.last()));
        return builder.build();
    }
}
