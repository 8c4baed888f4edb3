package dev.tpmfaqbot.discord;

import java.net.URI;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Connects to {@code DISCORD_GATEWAY_URL} when it is set, instead of the gateway Discord names.
 * Otherwise the shard manager's own controller: shards identify as concurrently as Discord allows.
 */
final class GatewayOverride extends ConcurrentSessionController {
    private final Optional<URI> gateway;

    GatewayOverride(Optional<URI> gateway) {
        this.gateway = gateway;
    }

    @Override
    public String getGateway() {
        return gateway.map(URI::toString).orElseGet(super::getGateway);
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord =
                super.getShardedGateway(api); // still asked: it gives the concurrency
        return gateway.map(
                        url ->
                                new ShardedGateway(
                                        url.toString(),
                                        discord.getShardTotal(),
                                        discord.getConcurrency()))
                .orElse(discord);
    }
}
