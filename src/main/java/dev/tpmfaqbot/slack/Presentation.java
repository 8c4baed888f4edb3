package dev.tpmfaqbot.slack;

import java.util.Optional;

/**
 * Where an answer is shown and what that adds: a private (ephemeral) answer gets a "Share in
 * channel" button; a shared one says who shared it. Encoded into the feedback buttons so that the
 * message can be drawn again, with thanks instead of the buttons, after someone clicks one.
 */
record Presentation(boolean shareable, Optional<String> sharedBy, boolean feedbackGiven) {
    private static final String PRIVATE = "private";
    private static final String PUBLIC = "public";
    private static final String SHARED = "shared:";

    static Presentation privateReply() {
        return new Presentation(true, Optional.empty(), false);
    }

    static Presentation publicReply() {
        return new Presentation(false, Optional.empty(), false);
    }

    static Presentation sharedBy(String userId) {
        return new Presentation(false, Optional.of(userId), false);
    }

    Presentation withFeedbackGiven() {
        return new Presentation(shareable, sharedBy, true);
    }

    String code() {
        return shareable ? PRIVATE : sharedBy.map(user -> SHARED + user).orElse(PUBLIC);
    }

    static Presentation fromCode(String code) {
        if (code.startsWith(SHARED) && code.length() > SHARED.length()) {
            return sharedBy(code.substring(SHARED.length()));
        }
        return code.equals(PRIVATE) ? privateReply() : publicReply();
    }
}
