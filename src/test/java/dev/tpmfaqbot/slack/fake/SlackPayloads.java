package dev.tpmfaqbot.slack.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Payloads as Slack sends them, shared by both transports: {@link SignedRequests} encodes them into
 * HTTP bodies, {@link FakeSocketModeServer} wraps them in envelopes.
 */
public final class SlackPayloads {
    public static final String TEAM_ID = "T0FAKE";
    public static final String APP_ID = "A0FAKE";
    public static final String BOT_USER_ID = "U0BOT";
    public static final String BOT_ID = "B0BOT";
    public static final String USER_ID = "U0USER";
    public static final String CHANNEL_ID = "C0CHAN";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong COUNTER = new AtomicLong();

    private SlackPayloads() {}

    /** A message timestamp such as "1718000000.000042", unique within this JVM. */
    public static String nextTs() {
        return System.currentTimeMillis() / 1000
                + String.format(".%06d", COUNTER.incrementAndGet() % 1_000_000);
    }

    /**
     * The fields of a slash command; over HTTP they are form-encoded, in Socket Mode sent as this
     * object.
     */
    public static ObjectNode slashCommand(String command, String text, String responseUrl) {
        return JSON.createObjectNode()
                .put("token", "legacy-verification-token")
                .put("team_id", TEAM_ID)
                .put("team_domain", "fake")
                .put("channel_id", CHANNEL_ID)
                .put("channel_name", "general")
                .put("user_id", USER_ID)
                .put("user_name", "alice")
                .put("command", command)
                .put("text", text)
                .put("api_app_id", APP_ID)
                .put("is_enterprise_install", "false")
                .put("response_url", responseUrl)
                .put("trigger_id", "trigger-" + COUNTER.incrementAndGet());
    }

    /** An Events API event_callback around {@code event}. */
    public static ObjectNode eventCallback(ObjectNode event) {
        ObjectNode body =
                JSON.createObjectNode()
                        .put("token", "legacy-verification-token")
                        .put("team_id", TEAM_ID)
                        .put("api_app_id", APP_ID)
                        .put("type", "event_callback")
                        .put("event_id", "Ev" + COUNTER.incrementAndGet())
                        .put("event_time", System.currentTimeMillis() / 1000);
        body.set("event", event);
        body.putArray("authorizations")
                .addObject()
                .put("team_id", TEAM_ID)
                .put("user_id", BOT_USER_ID)
                .put("is_bot", true)
                .put("is_enterprise_install", false);
        return body;
    }

    /** {@code text} is used as is: include {@code <@U0BOT>} yourself. */
    public static ObjectNode appMention(String channel, String user, String text) {
        return eventCallback(message("app_mention", channel, user, text));
    }

    /** A message.im event: a direct message in the DM channel {@code dmChannel} (e.g. "D0DM"). */
    public static ObjectNode directMessage(String dmChannel, String user, String text) {
        return eventCallback(message("message", dmChannel, user, text).put("channel_type", "im"));
    }

    /**
     * assistant_thread_started: {@code user} opened the bot in the assistant view; its thread is
     * {@code threadTs} in {@code dmChannel}.
     */
    public static ObjectNode assistantThreadStarted(
            String dmChannel, String threadTs, String user) {
        return eventCallback(
                assistantThreadEvent(
                        "assistant_thread_started", dmChannel, threadTs, user, CHANNEL_ID));
    }

    /**
     * assistant_thread_context_changed: the user now has {@code viewedChannel} open beside the
     * pane.
     */
    public static ObjectNode assistantThreadContextChanged(
            String dmChannel, String threadTs, String user, String viewedChannel) {
        return eventCallback(
                assistantThreadEvent(
                        "assistant_thread_context_changed",
                        dmChannel,
                        threadTs,
                        user,
                        viewedChannel));
    }

    /** A message.im event that the user typed in the assistant thread {@code threadTs}. */
    public static ObjectNode assistantMessage(
            String dmChannel, String threadTs, String user, String text) {
        ObjectNode body = directMessage(dmChannel, user, text);
        ((ObjectNode) body.get("event")).put("thread_ts", threadTs);
        return body;
    }

    /**
     * A message_action payload: {@link #USER_ID} chose the message shortcut {@code callbackId} on a
     * message saying {@code text}.
     */
    public static ObjectNode messageShortcut(
            String callbackId, String channel, String author, String text, String responseUrl) {
        String ts = nextTs();
        ObjectNode p =
                JSON.createObjectNode()
                        .put("type", "message_action")
                        .put("callback_id", callbackId)
                        .put("token", "legacy-verification-token")
                        .put("action_ts", nextTs())
                        .put("trigger_id", "trigger-" + COUNTER.incrementAndGet())
                        .put("message_ts", ts)
                        .put("response_url", responseUrl);
        p.putObject("team").put("id", TEAM_ID).put("domain", "fake");
        p.putObject("user").put("id", USER_ID).put("name", "alice").put("team_id", TEAM_ID);
        p.putObject("channel").put("id", channel).put("name", "general");
        p.putObject("message")
                .put("type", "message")
                .put("user", author)
                .put("text", text)
                .put("ts", ts);
        return p;
    }

    private static ObjectNode assistantThreadEvent(
            String type, String dmChannel, String threadTs, String user, String viewedChannel) {
        ObjectNode event = JSON.createObjectNode().put("type", type).put("event_ts", nextTs());
        ObjectNode thread =
                event.putObject("assistant_thread")
                        .put("user_id", user)
                        .put("channel_id", dmChannel)
                        .put("thread_ts", threadTs);
        thread.putObject("context")
                .put("channel_id", viewedChannel)
                .put("team_id", TEAM_ID)
                .putNull("enterprise_id");
        return event;
    }

    public static ObjectNode memberJoinedChannel(String channel, String user) {
        String ts = nextTs();
        return eventCallback(
                JSON.createObjectNode()
                        .put("type", "member_joined_channel")
                        .put("user", user)
                        .put("channel", channel)
                        .put("channel_type", "C")
                        .put("team", TEAM_ID)
                        .put("event_ts", ts));
    }

    /**
     * A block_actions payload: {@link #USER_ID} clicked the button {@code actionId} on a bot
     * message.
     */
    public static ObjectNode blockActions(
            String actionId, String value, String channel, String responseUrl) {
        String messageTs = nextTs();
        ObjectNode p =
                JSON.createObjectNode()
                        .put("type", "block_actions")
                        .put("api_app_id", APP_ID)
                        .put("token", "legacy-verification-token")
                        .put("trigger_id", "trigger-" + COUNTER.incrementAndGet())
                        .put("response_url", responseUrl);
        p.putObject("user")
                .put("id", USER_ID)
                .put("username", "alice")
                .put("name", "alice")
                .put("team_id", TEAM_ID);
        p.putObject("team").put("id", TEAM_ID).put("domain", "fake");
        p.putObject("channel").put("id", channel).put("name", "general");
        p.putObject("container")
                .put("type", "message")
                .put("message_ts", messageTs)
                .put("channel_id", channel)
                .put("is_ephemeral", false);
        p.putObject("message")
                .put("type", "message")
                .put("ts", messageTs)
                .put("user", BOT_USER_ID)
                .put("bot_id", BOT_ID)
                .put("text", "");
        ObjectNode action =
                p.putArray("actions")
                        .addObject()
                        .put("type", "button")
                        .put("action_id", actionId)
                        .put("block_id", "block-" + actionId)
                        .put("value", value)
                        .put("action_ts", nextTs());
        action.putObject("text").put("type", "plain_text").put("text", value);
        return p;
    }

    private static ObjectNode message(String type, String channel, String user, String text) {
        String ts = nextTs();
        return JSON.createObjectNode()
                .put("type", type)
                .put("user", user)
                .put("text", text)
                .put("ts", ts)
                .put("channel", channel)
                .put("event_ts", ts)
                .put("team", TEAM_ID);
    }
}
