package dev.tpmfaqbot.answer;

import java.util.regex.Pattern;

/**
 * Spots questions about the team's own work rather than the TPM role: what is happening now ("is
 * our api down", "when is the next sprint review"), or a request to do something ("add this to the
 * backlog"). The content explains the role in general; it cannot answer these, however many words
 * they share with it.
 */
final class TeamBusiness {
    private static final Pattern HERE_AND_NOW = Pattern.compile(
            "\\b(today|tonight|tomorrow|yesterday|right now|this (week|morning|afternoon|sprint|quarter|month)"
                    + "|(next|last|current) (week|sprint|quarter|month|release|meeting|review|standup)"
                    + "|status of|eta|deadline|outage|is down|went down|broken)\\b");
    private static final Pattern OUR_THINGS = Pattern.compile(
            "\\b(our|my) (\\w+ )?(api|apis|backlog|roadmap|sprint|beta|release|launch|jira|ticket|tickets|board"
                    + "|standup|meeting|deadline|doc|docs|spec|specs|prototype|tpm|pm|manager|ticket|repo|build)\\b");
    private static final Pattern REQUEST = Pattern.compile(
            "^(please |pls |can you |could you |would you )?(add|create|write|update|schedule|book|remind|reset|send"
                    + "|assign|move|file|cancel|fix|deploy|draft|make me|generate|translate|summarize|summarise)\\b");

    private TeamBusiness() {
    }

    static boolean foundIn(String cleaned) {
        return HERE_AND_NOW.matcher(cleaned).find() || OUR_THINGS.matcher(cleaned).find()
                || REQUEST.matcher(cleaned).find();
    }
}
