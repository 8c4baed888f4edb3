package dev.tpmfaqbot.discord.fake;

import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * The fake gateway and REST server started together for one {@link DiscordWorld}, and the JDA
 * settings that point a bot at them:
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start(DiscordWorld.of(guild))) {
 *     JDA jda = discord.configure(JDABuilder.createLight(discord.token())).addEventListeners(bot).build();
 *     jda.awaitReady();
 *     FakeInteraction ask = discord.gateway().sendSlashCommand(guild, user, "tpm", Map.of("question", "what is a TPM?"));
 *     JsonNode reply = discord.rest().awaitCallback(ask).body();
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {
    private final DiscordWorld world;
    private final FakeDiscordGateway gateway;
    private final FakeDiscordRest rest;

    private FakeDiscord(DiscordWorld world, FakeDiscordGateway gateway, FakeDiscordRest rest) {
        this.world = world;
        this.gateway = gateway;
        this.rest = rest;
    }

    public static FakeDiscord start(DiscordWorld world) {
        FakeDiscordGateway gateway = FakeDiscordGateway.start(world);
        FakeDiscordRest rest = FakeDiscordRest.start(world);
        rest.gatewayBot(gateway.url(), 1, 16);
        return new FakeDiscord(world, gateway, rest);
    }

    public DiscordWorld world() {
        return world;
    }

    public FakeDiscordGateway gateway() {
        return gateway;
    }

    public FakeDiscordRest rest() {
        return rest;
    }

    public String token() {
        return world.token();
    }

    public RestConfig restConfig() {
        return new RestConfig().setBaseUrl(rest.baseUrl());
    }

    /** A single JDA instance never asks REST for the gateway: it asks its session controller. */
    public SessionController sessionController() {
        String url = gateway.url();
        return new SessionControllerAdapter() {
            @Override
            public String getGateway() {
                return url;
            }
        };
    }

    public JDABuilder configure(JDABuilder builder) {
        return builder.setRestConfig(restConfig()).setSessionController(sessionController());
    }

    /**
     * A shard manager finds the gateway through {@code GET gateway/bot}, which the fake REST
     * answers.
     */
    public DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder) {
        return builder.setRestConfig(restConfig());
    }

    @Override
    public void close() {
        gateway.close();
        rest.close();
    }
}
