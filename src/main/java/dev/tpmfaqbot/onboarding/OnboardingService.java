package dev.tpmfaqbot.onboarding;

import dev.tpmfaqbot.answer.Link;
import dev.tpmfaqbot.answer.Platform;
import dev.tpmfaqbot.content.Onboarding;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Platform-neutral onboarding: what a newcomer is sent, and the explainer series for onboarding
 * channels. Every delivery is claimed in the store before it is sent, so it happens once even when
 * replicas or a redelivered event race for it; a failed send gives the claim back.
 */
public final class OnboardingService {
    static final String WELCOME = "welcome";
    private static final Logger log = LoggerFactory.getLogger(OnboardingService.class);

    private final FaqService faq;
    private final Store store;
    private final Clock clock;
    private final WelcomeRetries retries = new WelcomeRetries();

    public OnboardingService(FaqService faq, Store store, Clock clock) {
        this.faq = faq;
        this.store = store;
        this.clock = clock;
    }

    /** How an adapter sends a welcome; throwing means it was not sent. */
    @FunctionalInterface
    public interface WelcomeSender {
        void send(Welcome welcome) throws Exception;
    }

    /**
     * The welcome for a member who joined, if the content has one and nobody has sent it to them
     * here yet.
     */
    public Optional<Welcome> claimWelcome(
            Platform platform, String workspace, String channel, String user) {
        Onboarding onboarding = faq.content().onboarding();
        if (onboarding.welcome().isBlank()
                || !store.claimDelivery(welcome(platform, workspace, channel, user))) {
            return Optional.empty();
        }
        return Optional.of(new Welcome(onboarding.welcome(), starterTopics()));
    }

    /** The starter topics of {@code onboarding.md} that the content still has, in their order. */
    public List<Link> starterTopics() {
        List<Link> starters = new ArrayList<>();
        faq.content()
                .onboarding()
                .starterTopics()
                .forEach(
                        key ->
                                faq.content()
                                        .find(key)
                                        .ifPresent(a -> starters.add(new Link(key, a.title()))));
        return starters;
    }

    /**
     * Welcomes a member who joined: claims the welcome, then hands it to {@code sender}. While the
     * database cannot be reached the claim is retried with backoff for up to {@link
     * WelcomeRetries#PATIENCE}, so a member who joins during an outage is still welcomed, once,
     * when it ends. A sender that throws gives the claim back (logged).
     */
    public void welcome(
            Platform platform,
            String workspace,
            String channel,
            String user,
            WelcomeSender sender) {
        retries.attempt(
                platform + " " + channel + " " + user,
                () -> {
                    Optional<Welcome> welcome = claimWelcome(platform, workspace, channel, user);
                    if (welcome.isPresent()) {
                        try {
                            sender.send(welcome.get());
                        } catch (Exception e) {
                            log.warn(
                                    "onboarding: could not welcome {} in {} on {}: {}; a later join may try again",
                                    user,
                                    channel,
                                    platform,
                                    e.getMessage());
                            welcomeNotSent(platform, workspace, channel, user);
                        }
                    }
                });
    }

    /** Call when a claimed welcome could not be sent. */
    public void welcomeNotSent(Platform platform, String workspace, String channel, String user) {
        store.releaseDelivery(welcome(platform, workspace, channel, user));
    }

    /** The explainer series for these channels; call {@link ExplainerSeries#start()} to run it. */
    public ExplainerSeries series(
            Platform platform, List<ChannelRef> channels, Schedule schedule, SeriesPoster poster) {
        return new ExplainerSeries(platform, channels, schedule, poster, faq, store, clock);
    }

    private Store.Delivery welcome(
            Platform platform, String workspace, String channel, String user) {
        return new Store.Delivery(
                platform.id(), workspace, channel, user, WELCOME, clock.instant());
    }
}
