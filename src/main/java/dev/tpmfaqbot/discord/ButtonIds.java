package dev.tpmfaqbot.discord;

import java.util.Optional;

/**
 * What a button does, carried in its custom id as {@code action:key} so that a click needs no
 * stored state: open an answer, record feedback on one, or share one in the channel.
 */
record ButtonIds(Action action, String key) {

    enum Action {
        OPEN("open"),
        HELPFUL("helpful"),
        UNHELPFUL("unhelpful"),
        SHARE("share");

        private final String prefix;

        Action(String prefix) {
            this.prefix = prefix;
        }
    }

    static String of(Action action, String key) {
        return action.prefix + ":" + key;
    }

    static Optional<ButtonIds> parse(String customId) {
        int colon = customId.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = customId.substring(0, colon);
        for (Action action : Action.values()) {
            if (action.prefix.equals(prefix)) {
                return Optional.of(new ButtonIds(action, customId.substring(colon + 1)));
            }
        }
        return Optional.empty();
    }

    boolean isFeedback() {
        return action == Action.HELPFUL || action == Action.UNHELPFUL;
    }
}
