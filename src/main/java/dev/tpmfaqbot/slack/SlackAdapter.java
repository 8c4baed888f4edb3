package dev.tpmfaqbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.onboarding.ChannelRef;
import dev.tpmfaqbot.onboarding.ExplainerSeries;
import dev.tpmfaqbot.runtime.AdapterContext;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.runtime.ChatAdapter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app: Bolt over HTTP ({@code POST /slack/events} on the shared server) or Socket Mode,
 * plus the explainer series in the onboarding channels.
 */
public final class SlackAdapter implements ChatAdapter {
    static final Platform PLATFORM = Platform.SLACK;
    public static final String EVENTS_PATH = "/slack/events";
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    /**
     * Markdown conversions remembered: more than the content's answers, so a busy day converts each
     * once.
     */
    private static final int MRKDWN_REMEMBERED = 512;

    private final SlackSettings settings;
    private final AdapterContext context;
    private final Slack slack;
    private final AfterAck work;
    private final Replies replies;
    private final BlockKitRenderer render =
            new BlockKitRenderer(new MrkdwnCache(MRKDWN_REMEMBERED));
    private final App app;
    private final Assistant assistant;
    private boolean assistantAdded; // guarded by this
    private volatile SlackHttpEndpoint endpoint;
    private volatile SocketModeConnection socketMode;
    private volatile ExplainerSeries series;
    private volatile boolean started;

    SlackAdapter(SlackSettings settings, AdapterContext context) {
        this.settings = settings;
        this.context = context;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // Stats would add an auth.test per token and keep a JVM-wide cache; we do not read them.
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.work = new AfterAck(context.faq());
        this.replies = new Replies(new RateLimitedSlackClient(slack, settings.botToken()));
        this.app = BoltApp.build(slack, settings, context, work, replies, render);
        this.assistant = BoltApp.assistant(context, work, replies, render);
    }

    @Override
    public String name() {
        return PLATFORM.id();
    }

    @Override
    public synchronized void start() throws AdapterStartException {
        AuthTestResponse auth = checkBotToken();
        try {
            if (!assistantAdded) {
                app.assistant(assistant);
                assistantAdded = true;
            }
            app.start();
        } catch (IllegalArgumentException e) {
            throw new AdapterStartException(
                    SlackModule.BOT_TOKEN + " could not be used: " + e.getMessage());
        }
        if (settings.socketMode()) {
            socketMode = new SocketModeConnection(app, settings.appToken().orElseThrow());
            socketMode.start();
        } else {
            endpoint =
                    new SlackHttpEndpoint(
                            app,
                            new SlackSignature(
                                    settings.signingSecret().orElseThrow(), Clock.systemUTC()));
            context.http().route(EVENTS_PATH, SlackHttpEndpoint.MAX_BODY, endpoint);
        }
        if (!settings.onboardingChannels().isEmpty()) {
            List<ChannelRef> channels =
                    settings.onboardingChannels().stream()
                            .map(channel -> new ChannelRef(auth.getTeamId(), channel))
                            .toList();
            series =
                    context.onboarding()
                            .series(
                                    PLATFORM,
                                    channels,
                                    context.schedule(),
                                    new ChannelSeriesPoster(replies, render));
            series.start();
        }
        started = true;
        log.info(
                "slack: connected to {} as {} ({})",
                auth.getTeam(),
                auth.getUser(),
                settings.socketMode() ? "Socket Mode" : "HTTP at " + EVENTS_PATH);
    }

    @Override
    public Optional<String> notReadyReason() {
        if (!started) {
            return Optional.of("slack: not started");
        }
        if (socketMode != null && !socketMode.connected()) {
            return Optional.of("slack: Socket Mode not connected");
        }
        return Optional.empty();
    }

    @Override
    public synchronized void stop(Duration grace) {
        started = false;
        if (endpoint != null) {
            endpoint.stopAccepting();
        }
        if (socketMode != null) {
            socketMode.stop();
        }
        if (series != null) {
            series.close();
        }
        work.stop(grace);
        app.stop();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("slack: closing the client: {}", e.getMessage());
        }
    }

    private AuthTestResponse checkBotToken() throws AdapterStartException {
        try {
            AuthTestResponse auth = slack.methods(settings.botToken()).authTest(r -> r);
            if (!auth.isOk()) {
                throw new AdapterStartException(
                        SlackModule.BOT_TOKEN
                                + " was rejected by Slack (auth.test: "
                                + auth.getError()
                                + "). Copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, "
                                + "and reinstall the app if you changed its scopes.");
            }
            return auth;
        } catch (SlackApiException e) {
            throw new AdapterStartException(
                    "Slack answered HTTP "
                            + e.getResponse().code()
                            + " when checking "
                            + SlackModule.BOT_TOKEN
                            + " at "
                            + SlackModule.API_URL
                            + "="
                            + settings.apiUrl());
        } catch (IOException e) {
            throw AdapterStartException.unreachable(
                    "could not reach Slack at "
                            + SlackModule.API_URL
                            + "="
                            + settings.apiUrl()
                            + " to check "
                            + SlackModule.BOT_TOKEN
                            + ": "
                            + e.getMessage(),
                    null);
        }
    }
}
