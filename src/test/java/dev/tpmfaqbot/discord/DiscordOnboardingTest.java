package dev.tpmfaqbot.discord;

import static dev.tpmfaqbot.discord.fake.Json.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.discord.fake.DiscordWorld;
import dev.tpmfaqbot.discord.fake.FakeChannel;
import dev.tpmfaqbot.discord.fake.FakeDiscord;
import dev.tpmfaqbot.discord.fake.FakeGuild;
import dev.tpmfaqbot.discord.fake.FakeUser;
import dev.tpmfaqbot.store.StoreReads;
import dev.tpmfaqbot.testing.CapturedLogs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Welcomes and the explainer series in onboarding channels, end to end. */
@Timeout(60)
class DiscordOnboardingTest {
    private final FakeUser alice = FakeUser.human("alice");
    private final FakeUser bob = FakeUser.human("bob");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice).withChannel("onboarding");
    private final FakeChannel onboarding = guild.channel("onboarding");
    @RegisterExtension final DiscordLoopback loopback = new DiscordLoopback(DiscordWorld.of(guild));
    private final FakeDiscord discord = loopback.discord();
    private final Map<String, String> env =
            Map.of("DISCORD_ONBOARDING_CHANNELS", Long.toUnsignedString(onboarding.id()));
    private DiscordBot bot;

    @Test
    void aNewcomerIsWelcomedOnceInTheOnboardingChannelMentioningOnlyThem() throws Exception {
        bot = loopback.start(env);

        discord.gateway().sendMemberJoin(guild, bob);
        discord.gateway().sendMemberJoin(guild, bob); // delivered twice

        JsonNode welcome =
                discord.rest()
                        .awaitRequest("POST", "channels/" + onboarding.id() + "/messages")
                        .body();
        assertEquals(bob.mention(), welcome.path("content").asText());
        Payloads.pingsAtMost(welcome, bob.id());
        assertEquals("Welcome!", Payloads.firstEmbed(welcome).path("title").asText());
        assertTrue(
                Payloads.firstEmbed(welcome)
                        .path("description")
                        .asText()
                        .startsWith("Welcome aboard!"));
        List<String> starters =
                bot.faq.content().onboarding().starterTopics().stream()
                        .map(k -> "open:" + k)
                        .toList();
        assertEquals(starters, Payloads.buttonIds(welcome));
        Eventually.never(
                "a second welcome",
                () -> discord.rest().requests("POST", "channels/\\d+/messages").size() > 1,
                Duration.ofMillis(500));
        int intents = discord.gateway().identifies().get(0).path("intents").asInt();
        assertTrue((intents & GatewayIntent.GUILD_MEMBERS.getRawValue()) != 0);
    }

    @Test
    void withoutTheMembersIntentTheBotWarnsOnceAndDoesNotAskForIt() throws Exception {
        discord.rest()
                .stub(
                        "GET",
                        "applications/@me",
                        200,
                        obj(
                                "id",
                                Long.toUnsignedString(discord.world().applicationId()),
                                "flags",
                                1 << 19));
        try (CapturedLogs log = new CapturedLogs(IntentChoice.class)) {
            bot = loopback.start(env);

            assertEquals(1, log.warnings().size(), log.warnings().toString());
            assertTrue(
                    log.warnings().get(0).contains("Server Members Intent"), log.warnings().get(0));
        }
        int intents = discord.gateway().identifies().get(0).path("intents").asInt();
        assertEquals(0, intents & GatewayIntent.GUILD_MEMBERS.getRawValue());
    }

    @Test
    void theExplainerSeriesPostsOneStepPerSlotAcrossRestarts(@TempDir Path folder)
            throws Exception {
        Path store = folder.resolve("state.db");
        Instant wednesday = Instant.parse("2025-06-04T10:01:00Z");
        List<String> series = DiscordBot.shippedContent().content().onboarding().series();
        String messages = "channels/" + onboarding.id() + "/messages";

        bot = loopback.start(store, env, Clock.fixed(wednesday, ZoneOffset.UTC));
        JsonNode first = discord.rest().awaitRequest("POST", messages).body();
        bot.close();
        bot =
                loopback.start(
                        store,
                        env,
                        Clock.fixed(wednesday.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        JsonNode second = discord.rest().awaitRequests("POST", messages, 2).get(1).body();
        bot.close();
        bot =
                loopback.start(
                        store,
                        env,
                        Clock.fixed(
                                wednesday.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(20)),
                                ZoneOffset.UTC));

        assertEquals(title(series.get(0)), Payloads.firstEmbed(first).path("title").asText());
        assertEquals(title(series.get(1)), Payloads.firstEmbed(second).path("title").asText());
        Payloads.pingsAtMost(first, 0);
        Eventually.never(
                "a step posted twice",
                () -> discord.rest().requests("POST", messages).size() > 2,
                Duration.ofMillis(700));
        assertEquals(
                2,
                StoreReads.seriesStepsPosted(
                        bot.store,
                        "discord",
                        Long.toUnsignedString(guild.id()),
                        Long.toUnsignedString(onboarding.id())));
    }

    private String title(String key) {
        return bot.faq.open(key).orElseThrow().title();
    }
}
