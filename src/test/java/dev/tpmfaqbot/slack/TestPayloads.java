package dev.tpmfaqbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tpmfaqbot.slack.fake.SlackPayloads;

/**
 * Payloads the shared harness does not build: channel messages, clicks on private messages, menu
 * picks.
 */
final class TestPayloads {
    private TestPayloads() {}

    /** A message in a channel (message.channels), as the shared harness builds direct messages. */
    static ObjectNode channelMessage(String channel, String user, String text) {
        ObjectNode body = SlackPayloads.directMessage(channel, user, text);
        ((ObjectNode) body.get("event")).put("channel_type", "channel");
        return body;
    }

    static String eventTs(ObjectNode eventCallback) {
        return eventCallback.path("event").path("ts").asText();
    }

    static String eventId(ObjectNode eventCallback) {
        return eventCallback.path("event_id").asText();
    }

    /**
     * A click on a button of an ephemeral (only-you-can-see) message: Slack then sends no message.
     */
    static ObjectNode ephemeralClick(
            String actionId, String value, String channel, String responseUrl) {
        ObjectNode payload = SlackPayloads.blockActions(actionId, value, channel, responseUrl);
        ((ObjectNode) payload.get("container")).put("is_ephemeral", true);
        payload.remove("message");
        return payload;
    }

    static ObjectNode click(String actionId, String value, String channel, String responseUrl) {
        return SlackPayloads.blockActions(actionId, value, channel, responseUrl);
    }

    /** A pick from the topics menu, which is on an ephemeral message. */
    static ObjectNode menuPick(String actionId, String value, String channel, String responseUrl) {
        ObjectNode payload = ephemeralClick(actionId, value, channel, responseUrl);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("type", "static_select").remove("value");
        action.remove("text");
        ObjectNode selected = action.putObject("selected_option");
        selected.putObject("text").put("type", "plain_text").put("text", value);
        selected.put("value", value);
        return payload;
    }
}
