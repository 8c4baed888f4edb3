package dev.tpmfaqbot.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fakes' other events and REST routes against the real JDA. */
@Timeout(30)
class DiscordFakesEventsTest {
    private static final EnumSet<GatewayIntent> ALL_WE_USE =
            EnumSet.of(
                    GatewayIntent.GUILD_MESSAGES,
                    GatewayIntent.DIRECT_MESSAGES,
                    GatewayIntent.MESSAGE_CONTENT,
                    GatewayIntent.GUILD_MEMBERS);

    private final FakeUser alice = FakeUser.human("alice");
    private final FakeGuild guild = FakeGuild.create("TPM Guild", alice).withChannel("onboarding");
    private final FakeDiscord discord = FakeDiscord.start(DiscordWorld.of(guild));
    private JDA jda;

    @AfterEach
    void stop() throws InterruptedException {
        if (jda != null) {
            jda.shutdownNow();
            jda.awaitShutdown(Duration.ofSeconds(5));
        }
        discord.close();
    }

    private JDA start(EnumSet<GatewayIntent> intents, Object listener) throws InterruptedException {
        jda =
                discord.configure(JDABuilder.createLight(discord.token(), intents))
                        .addEventListeners(listener)
                        .build();
        return jda.awaitReady();
    }

    @Test
    void autocompleteOffersChoices() throws Exception {
        CompletableFuture<String> typed = new CompletableFuture<>();
        start(
                EnumSet.noneOf(GatewayIntent.class),
                new ListenerAdapter() {
                    @Override
                    public void onCommandAutoCompleteInteraction(
                            CommandAutoCompleteInteractionEvent event) {
                        typed.complete(
                                event.getFocusedOption().getName()
                                        + "="
                                        + event.getFocusedOption().getValue());
                        event.replyChoiceStrings("what is a tpm").queue();
                    }
                });

        FakeInteraction request =
                discord.gateway().sendAutocomplete(guild, alice, "tpm ask", "question", "wha");

        assertEquals("question=wha", typed.get(10, TimeUnit.SECONDS));
        JsonNode body = discord.rest().awaitCallback(request).body();
        assertEquals(8, body.get("type").asInt());
        assertEquals("what is a tpm", body.get("data").get("choices").get(0).get("value").asText());
    }

    @Test
    void buttonClickIsAnsweredByEditingTheMessage() throws Exception {
        CompletableFuture<String> clicked = new CompletableFuture<>();
        start(
                EnumSet.noneOf(GatewayIntent.class),
                new ListenerAdapter() {
                    @Override
                    public void onButtonInteraction(ButtonInteractionEvent event) {
                        clicked.complete(
                                event.getComponentId() + " " + event.getButton().getLabel());
                        event.editMessage("thanks for the feedback").setComponents().queue();
                    }
                });

        FakeInteraction click =
                discord.gateway().sendButtonClick(guild, alice, "helpful:yes", Snowflakes.next());

        assertEquals("helpful:yes helpful:yes", clicked.get(10, TimeUnit.SECONDS));
        JsonNode body = discord.rest().awaitCallback(click).body();
        assertEquals(7, body.get("type").asInt());
        assertEquals("thanks for the feedback", body.get("data").get("content").asText());
    }

    @Test
    void deferredReplyIsEditedAndFollowedUp() throws Exception {
        CompletableFuture<Message> followUp = new CompletableFuture<>();
        start(
                EnumSet.noneOf(GatewayIntent.class),
                new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.deferReply()
                                .flatMap(hook -> hook.editOriginal("the answer"))
                                .flatMap(
                                        original ->
                                                event.getHook().sendMessage("see also: TPM vs PM"))
                                .queue(followUp::complete, followUp::completeExceptionally);
                    }
                });

        FakeInteraction ask =
                discord.gateway().sendSlashCommand(null, alice, "tpm", Map.of("question", "hi"));

        assertEquals("see also: TPM vs PM", followUp.get(10, TimeUnit.SECONDS).getContentRaw());
        assertEquals(5, discord.rest().awaitCallback(ask).body().get("type").asInt());
        String webhook =
                "webhooks/"
                        + discord.world().applicationId()
                        + "/"
                        + java.util.regex.Pattern.quote(ask.token());
        assertEquals(
                "the answer",
                discord.rest()
                        .awaitRequest("PATCH", webhook + "/messages/@original")
                        .body()
                        .get("content")
                        .asText());
        assertEquals(1, discord.rest().requests("POST", webhook).size());
    }

    @Test
    void aMentionInAGuildIsReadAndAnsweredInTheChannel() throws Exception {
        CompletableFuture<Message> sent = new CompletableFuture<>();
        start(
                ALL_WE_USE,
                new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        if (event.getMessage()
                                .getMentions()
                                .isMentioned(event.getJDA().getSelfUser())) {
                            event.getChannel()
                                    .sendMessage(
                                            "you asked: " + event.getMessage().getContentStripped())
                                    .queue(sent::complete, sent::completeExceptionally);
                        }
                    }
                });

        discord.gateway().sendMention(guild, alice, "what is a TPM?");

        Message reply = sent.get(10, TimeUnit.SECONDS);
        assertEquals(guild.defaultChannel().id(), reply.getChannel().getIdLong());
        JsonNode body =
                discord.rest()
                        .awaitRequest(
                                "POST", "channels/" + guild.defaultChannel().id() + "/messages")
                        .body();
        assertEquals("you asked: @TPM FAQ Bot what is a TPM?", body.get("content").asText());
    }

    @Test
    void withoutTheMessageContentIntentOnlyMentionsCarryContent() throws Exception {
        CompletableFuture<String> plain = new CompletableFuture<>();
        CompletableFuture<String> mention = new CompletableFuture<>();
        start(
                EnumSet.of(GatewayIntent.GUILD_MESSAGES),
                new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        boolean mentioned =
                                event.getMessage()
                                        .getMentions()
                                        .isMentioned(event.getJDA().getSelfUser());
                        (mentioned ? mention : plain).complete(event.getMessage().getContentRaw());
                    }
                });

        discord.gateway().sendGuildMessage(guild, guild.channel("onboarding"), alice, "hello all");
        discord.gateway().sendMention(guild, alice, "hello bot");

        assertEquals("", plain.get(10, TimeUnit.SECONDS));
        assertTrue(mention.get(10, TimeUnit.SECONDS).endsWith("hello bot"));
    }

    @Test
    void aDirectMessageIsAnsweredInTheDm() throws Exception {
        CompletableFuture<Message> sent = new CompletableFuture<>();
        start(
                ALL_WE_USE,
                new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        if (event.isFromType(ChannelType.PRIVATE) && !event.getAuthor().isBot()) {
                            event.getChannel()
                                    .sendMessage("hi " + event.getAuthor().getName())
                                    .queue(sent::complete, sent::completeExceptionally);
                        }
                    }
                });

        discord.gateway().sendDirectMessage(alice, "what is a TPM?");

        assertEquals("hi alice", sent.get(10, TimeUnit.SECONDS).getContentRaw());
        discord.rest().awaitRequest("POST", "channels/" + alice.dmChannelId() + "/messages");
    }

    @Test
    void aNewMemberIsWelcomedByDm() throws Exception {
        FakeUser bob = FakeUser.human("bob");
        CompletableFuture<Message> welcome = new CompletableFuture<>();
        start(
                ALL_WE_USE,
                new ListenerAdapter() {
                    @Override
                    public void onGuildMemberJoin(GuildMemberJoinEvent event) {
                        event.getUser()
                                .openPrivateChannel()
                                .flatMap(
                                        dm ->
                                                dm.sendMessage(
                                                        "welcome to " + event.getGuild().getName()))
                                .queue(welcome::complete, welcome::completeExceptionally);
                    }
                });

        discord.gateway().sendMemberJoin(guild, bob);

        assertEquals("welcome to TPM Guild", welcome.get(10, TimeUnit.SECONDS).getContentRaw());
        assertEquals(
                String.valueOf(bob.id()),
                discord.rest()
                        .awaitRequest("POST", "users/@me/channels")
                        .body()
                        .get("recipient_id")
                        .asText());
        discord.rest().awaitRequest("POST", "channels/" + bob.dmChannelId() + "/messages");
    }

    @Test
    void slashCommandsAreRegisteredGloballyAndPerGuild() throws Exception {
        start(EnumSet.noneOf(GatewayIntent.class), new ListenerAdapter() {});

        List<Command> global =
                jda.updateCommands()
                        .addCommands(
                                Commands.slash("tpm", "Ask about the TPM role")
                                        .addOption(
                                                OptionType.STRING,
                                                "question",
                                                "Your question",
                                                true,
                                                true))
                        .complete();
        List<Command> local =
                jda.getGuildById(guild.id())
                        .updateCommands()
                        .addCommands(Commands.slash("tpm-admin", "Content owners' tools"))
                        .complete();

        assertEquals("tpm", global.get(0).getName());
        assertTrue(global.get(0).getOptions().get(0).isAutoComplete());
        assertNotNull(local.get(0).getId());
        JsonNode sent =
                discord.rest()
                        .awaitRequest(
                                "PUT",
                                "applications/" + discord.world().applicationId() + "/commands")
                        .body();
        assertEquals("question", sent.get(0).get("options").get(0).get("name").asText());
        discord.rest().awaitRequest("PUT", "applications/\\d+/guilds/" + guild.id() + "/commands");
    }

    @Test
    void restChecksTheTokenAndKnowsTheChannels() throws Exception {
        FakeChannel onboarding = guild.channel("onboarding");
        discord.rest()
                .stub(
                        "GET",
                        "guilds/\\d+/members/\\d+",
                        404,
                        Json.obj("message", "Unknown Member", "code", 10007));

        assertEquals(401, get("users/@me", "Bot wrong").statusCode());
        HttpResponse<String> channel = get("channels/" + onboarding.id(), "Bot " + discord.token());
        assertEquals(200, channel.statusCode());
        assertEquals("onboarding", Json.parse(channel.body()).get("name").asText());
        assertEquals(
                404, get("channels/" + Snowflakes.next(), "Bot " + discord.token()).statusCode());
        assertEquals(
                10007, Json.parse(get("guilds/1/members/2", "Bot x").body()).get("code").asInt());
        assertEquals(4, discord.rest().requests().size());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(discord.rest().baseUrl() + path))
                        .header("Authorization", authorization)
                        .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
