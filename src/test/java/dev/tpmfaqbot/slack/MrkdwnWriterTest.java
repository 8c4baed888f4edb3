package dev.tpmfaqbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class MrkdwnWriterTest {

    @Test
    void boldItalicsCodeAndLinks() {
        assertEquals(
                "A *bold* and _italic_ `x &lt; y` <https://example.com/a?b=1&amp;c=2|a link>",
                MrkdwnWriter.toMrkdwn(
                        "A **bold** and *italic* `x < y` [a link](https://example.com/a?b=1&c=2)"));
    }

    @Test
    void listsNestedAndNumbered() {
        assertEquals(
                "• one\n• two\n    • two a\n\n3. three\n4. four",
                MrkdwnWriter.toMrkdwn("- one\n- two\n  - two a\n\n3. three\n4. four"));
    }

    @Test
    void paragraphsHeadingsQuotesAndCodeBlocks() {
        assertEquals(
                "*Title*\n\nFirst line joined.\n\n> quoted\n\n```\nif (a &lt; b) {}\n```",
                MrkdwnWriter.toMrkdwn(
                        "# Title\n\nFirst line\njoined.\n\n> quoted\n\n```java\nif (a < b) {}\n```"));
    }

    @Test
    void emphasisMarkersStayNextToTheWords() {
        assertEquals("*bold*", MrkdwnWriter.toMrkdwn("**bold**"));
        assertEquals("_it_ *b*.", MrkdwnWriter.toMrkdwn("_it_ __b__."));
        assertEquals("a *b c* d", MrkdwnWriter.toMrkdwn("a **b c** d"));
    }

    @Test
    void nothingCanBecomeAMention() {
        String written =
                MrkdwnWriter.toMrkdwn(
                        "<!channel> <@U123> <!subteam^S1|@team> @here @everyone [x](<!here>) "
                                + "[y](slack://user?id=U1) <https://ok.example>");

        for (String mention : new String[] {"<!", "<@", "@here", "@everyone", "<slack:"}) {
            assertFalse(written.contains(mention), mention + " in " + written);
        }
        assertEquals(true, written.endsWith("<https://ok.example|https://ok.example>"), written);
    }

    @Test
    void ampersandsAndAngleBracketsAreEscaped() {
        assertEquals(
                "R&amp;D &lt;b&gt;bold&lt;/b&gt; 1 &gt; 0",
                MrkdwnWriter.toMrkdwn("R&D <b>bold</b> 1 > 0"));
    }
}
