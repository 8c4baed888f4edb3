package dev.tpmfaqbot.onboarding;

import dev.tpmfaqbot.answer.Link;
import java.util.List;

/** The welcome a newcomer gets: Markdown text and the starter topics to offer as buttons. */
public record Welcome(String text, List<Link> starterTopics) {}
