package dev.tpmfaqbot.content;

import java.util.List;

/**
 * What newcomers get, from {@code onboarding.md}: the welcome text (Markdown), the starter topics
 * offered as buttons with it, and the order of the explainer series posted to onboarding channels.
 */
public record Onboarding(String welcome, List<String> starterTopics, List<String> series) {

    public static final Onboarding NONE = new Onboarding("", List.of(), List.of());
}
