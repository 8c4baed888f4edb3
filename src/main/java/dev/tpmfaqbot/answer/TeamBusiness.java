package dev.tpmfaqbot.answer;

import java.util.regex.Pattern;

/**
 * Spots questions about the team's own work rather than the TPM role: when, where or who for a
 * particular thing ("when is the next sprint review", "who is our tpm for payments"), its status
 * ("is our api down"), or a request to do something ("add this to the backlog"). Mentioning the
 * team as context is not enough: "shadowing our TPM next week, what will she do all day?" is about
 * the role.
 */
final class TeamBusiness {
    private static final Pattern WHEN_WHERE_WHO =
            Pattern.compile(
                    "\\b(when|what time|where|who) (is|are|was|were|does|do|did|will) (the|our|my|this|that|next|today|tomorrow)\\b");
    private static final Pattern STATUS =
            Pattern.compile(
                    "\\b(status of|eta (for|on)|is (our|the) \\w+ (down|broken|up)|outage|went down)\\b");

    /** A particular sprint or day: "what's in our backlog for this sprint", "standup today". */
    private static final Pattern PARTICULAR_TIME =
            Pattern.compile(
                    "\\b((this|next|current|last) sprint|today|tonight|tomorrow|yesterday)\\b");

    private static final Pattern REQUEST =
            Pattern.compile(
                    "^(please |pls |can you |could you |would you )?(add|create|write|update|schedule|book|remind|reset|send"
                            + "|assign|move|file|cancel|fix|deploy|draft|make me|generate|translate|summarize|summarise)\\b");

    private TeamBusiness() {}

    static boolean foundIn(String cleaned) {
        return WHEN_WHERE_WHO.matcher(cleaned).find()
                || STATUS.matcher(cleaned).find()
                || PARTICULAR_TIME.matcher(cleaned).find()
                || REQUEST.matcher(cleaned).find();
    }
}
