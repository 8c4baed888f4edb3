package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A chat platform for tests, configured by {@code TEST_CHAT_TOKEN} (must start with "tok-") the way
 * Slack and Discord are configured by theirs. Its adapter's readiness is set by the test.
 */
final class TestChatModule implements AdapterModule<String> {
    static final String TOKEN = "TEST_CHAT_TOKEN";

    final AtomicReference<String> notReady = new AtomicReference<>();
    volatile Duration stoppedWithGrace;
    volatile boolean toldReady;
    volatile AdapterContext context;

    @Override
    public String name() {
        return "testchat";
    }

    @Override
    public Optional<String> settings(Environment environment, ConfigProblems problems) {
        Optional<String> token = environment.get(TOKEN);
        if (token.isPresent() && !token.get().startsWith("tok-")) {
            problems.add(TOKEN, "must start with tok-");
            return Optional.empty();
        }
        return token;
    }

    @Override
    public ChatAdapter create(String token, AdapterContext adapterContext) {
        context = adapterContext;
        return new ChatAdapter() {
            @Override
            public String name() {
                return "testchat";
            }

            @Override
            public void start() throws AdapterStartException {
                if (token.equals("tok-rejected")) {
                    throw new AdapterStartException(TOKEN + ": the platform rejected this token");
                }
            }

            @Override
            public void botReady() {
                toldReady = true;
            }

            @Override
            public Optional<String> notReadyReason() {
                return Optional.ofNullable(notReady.get());
            }

            @Override
            public void stop(Duration grace) {
                stoppedWithGrace = grace;
            }
        };
    }
}
