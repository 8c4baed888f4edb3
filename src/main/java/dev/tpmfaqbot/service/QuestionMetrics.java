package dev.tpmfaqbot.service;

import dev.tpmfaqbot.answer.Explanation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Questions answered, by platform, band and route, and how long answering took (a histogram). */
public final class QuestionMetrics {
    private final MeterRegistry registry;
    private final Timer latency;

    public QuestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency =
                Timer.builder("tpm.answer.latency")
                        .description("Time to answer a question")
                        .publishPercentileHistogram()
                        .register(registry);
    }

    /** Counts nothing: for tests and tools. */
    public static QuestionMetrics none() {
        return new QuestionMetrics(new CompositeMeterRegistry());
    }

    void answered(String platform, Explanation explanation, long nanos) {
        registry.counter(
                        "tpm.questions",
                        "platform",
                        platform,
                        "band",
                        explanation.answer().band().name().toLowerCase(Locale.ROOT),
                        "route",
                        explanation.route().toString())
                .increment();
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }
}
