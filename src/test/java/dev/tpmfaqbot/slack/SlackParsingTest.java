package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The small decisions: what a /tpm line asks for, what looks like a question, which events are new.
 */
class SlackParsingTest {

    @Test
    void tpmCommandLines() {
        assertEquals(new TpmCommand(TpmCommand.Verb.HELP, ""), TpmCommand.parse("  "));
        assertEquals(new TpmCommand(TpmCommand.Verb.HELP, ""), TpmCommand.parse("HELP"));
        assertEquals(new TpmCommand(TpmCommand.Verb.TOPICS, ""), TpmCommand.parse("topics"));
        assertEquals(
                new TpmCommand(TpmCommand.Verb.ASK, "what is a tpm"),
                TpmCommand.parse("ask what is a tpm"));
        assertEquals(
                new TpmCommand(TpmCommand.Verb.ASK, "what is a tpm"),
                TpmCommand.parse("what is a tpm"));
        assertEquals(
                new TpmCommand(TpmCommand.Verb.ASK, "help me understand the role"),
                TpmCommand.parse("help me understand the role"));
        assertEquals(
                new TpmCommand(TpmCommand.Verb.COMPARE, "pm vs tpm"),
                TpmCommand.parse("Compare  pm vs tpm"));
        assertEquals(new TpmCommand(TpmCommand.Verb.DEFINE, ""), TpmCommand.parse("define"));
    }

    @Test
    void retriesAreAnsweredOnlyWhenTheFirstDeliveryNeverArrived() {
        assertTrue(EventDeliveries.worthHandling(null, null));
        assertFalse(EventDeliveries.worthHandling(1, "http_timeout"));
        assertTrue(EventDeliveries.worthHandling(1, "connection_failed"));
        assertTrue(
                EventDeliveries.worthHandling(0, ""),
                "Socket Mode's first delivery says retry_attempt 0");
        assertEquals("slack:event:Ev1", EventDeliveries.eventKey("Ev1"));
        assertEquals(null, EventDeliveries.eventKey(null), "nothing to claim: handled, as before");
    }

    @Test
    void slackTextComesBackAsTypedAndGoesOutEscaped() {
        assertEquals("a < b & c", SlackText.fromSlack("a &lt; b &amp; c"));
        assertEquals(
                "what is a tpm",
                SlackText.withoutMentionOf("U0BOT", "<@U0BOT> what is a tpm <@U0BOT|bot>"));
        assertEquals("&lt;!here&gt; @\u2060channel", SlackText.escape("<!here> @channel"));
    }
}
