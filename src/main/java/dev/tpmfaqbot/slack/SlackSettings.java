package dev.tpmfaqbot.slack;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Slack configuration, checked. Socket Mode when there is an app token; otherwise HTTP mode,
 * which needs the signing secret. {@link #toString()} never shows a secret.
 */
public record SlackSettings(
        String botToken,
        Optional<String> signingSecret,
        Optional<String> appToken,
        String apiUrl,
        Set<String> askChannels,
        List<String> onboardingChannels) {

    public SlackSettings {
        askChannels = Set.copyOf(askChannels);
        onboardingChannels = List.copyOf(onboardingChannels);
    }

    public boolean socketMode() {
        return appToken.isPresent();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode="
                + (socketMode() ? "socket" : "http")
                + ", apiUrl="
                + apiUrl
                + ", askChannels="
                + askChannels
                + ", onboardingChannels="
                + onboardingChannels
                + "]";
    }
}
