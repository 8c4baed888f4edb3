package dev.tpmfaqbot.slack;

import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.config.CommaList;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterModule;
import dev.tpmfaqbot.runtime.ChatAdapter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Slack for the runtime: reads and checks the {@code SLACK_*} variables, and creates the adapter.
 */
public final class SlackModule implements AdapterModule<SlackSettings> {
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String API_URL = "SLACK_API_URL";
    public static final String ASK_CHANNELS = "SLACK_ASK_CHANNELS";
    public static final String ONBOARDING_CHANNELS = "SLACK_ONBOARDING_CHANNELS";
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    private static final List<String> VARIABLES =
            List.of(
                    BOT_TOKEN,
                    SIGNING_SECRET,
                    APP_TOKEN,
                    API_URL,
                    ASK_CHANNELS,
                    ONBOARDING_CHANNELS);
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");

    @Override
    public String name() {
        return Platform.SLACK.id();
    }

    @Override
    public Optional<SlackSettings> settings(Environment environment, ConfigProblems problems) {
        if (VARIABLES.stream().noneMatch(environment::isSet)) {
            return Optional.empty();
        }
        boolean ok = true;
        Optional<String> botToken = environment.get(BOT_TOKEN);
        if (botToken.isEmpty()) {
            problems.add(
                    BOT_TOKEN,
                    "is required when any SLACK_ variable is set: the bot token (xoxb-…) from "
                            + "OAuth & Permissions in your Slack app's settings");
            ok = false;
        } else if (!botToken.get().startsWith("xoxb-")) {
            problems.add(
                    BOT_TOKEN,
                    "must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)");
            ok = false;
        }
        Optional<String> appToken = environment.get(APP_TOKEN);
        if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
            problems.add(
                    APP_TOKEN,
                    "must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, "
                            + "scope connections:write); leave it unset to receive events over HTTP instead");
            ok = false;
        }
        Optional<String> signingSecret = environment.get(SIGNING_SECRET);
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            problems.add(
                    SIGNING_SECRET,
                    "is required in HTTP mode (when SLACK_APP_TOKEN is not set): "
                            + "Basic Information → Signing Secret; or set SLACK_APP_TOKEN to use Socket Mode");
            ok = false;
        }
        String apiUrl = environment.get(API_URL, DEFAULT_API_URL);
        if (!isHttpUrl(apiUrl)) {
            problems.add(API_URL, "must be an http(s) URL such as " + DEFAULT_API_URL);
            ok = false;
        }
        Optional<List<String>> askChannels = channels(environment, ASK_CHANNELS, problems);
        Optional<List<String>> onboardingChannels =
                channels(environment, ONBOARDING_CHANNELS, problems);
        if (!ok || askChannels.isEmpty() || onboardingChannels.isEmpty()) {
            return Optional.empty();
        }
        String base = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        return Optional.of(
                new SlackSettings(
                        botToken.get(),
                        signingSecret,
                        appToken,
                        base,
                        new LinkedHashSet<>(askChannels.get()),
                        onboardingChannels.get()));
    }

    @Override
    public ChatAdapter create(SlackSettings settings, AdapterContext context) {
        return new SlackAdapter(settings, context);
    }

    /**
     * The channel ids in a list variable; empty, after adding a problem, when some are not channel
     * ids.
     */
    private static Optional<List<String>> channels(
            Environment environment, String variable, ConfigProblems problems) {
        List<String> ids = CommaList.of(environment, variable).stream().distinct().toList();
        List<String> notIds = ids.stream().filter(id -> !CHANNEL_ID.matcher(id).matches()).toList();
        if (!notIds.isEmpty()) {
            problems.add(
                    variable,
                    "not channel ids: "
                            + String.join(", ", notIds)
                            + ". Use ids such as C0123456789 "
                            + "(channel details → About, at the bottom), not names");
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
