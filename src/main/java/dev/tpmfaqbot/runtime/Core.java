package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.http.HttpRoutes;
import dev.tpmfaqbot.onboarding.OnboardingService;
import dev.tpmfaqbot.onboarding.Schedule;
import dev.tpmfaqbot.records.RecordWriter;
import dev.tpmfaqbot.service.AnsweringPool;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.service.LiveAnswerer;
import dev.tpmfaqbot.service.QuestionMetrics;
import dev.tpmfaqbot.store.Store;
import java.time.Clock;

/**
 * The platform-neutral core every adapter is given, assembled one way for the running bot and for
 * every test world: the answerer being served, the service that answers and records, and
 * onboarding.
 */
public record Core(
        LiveAnswerer answers, FaqService faq, OnboardingService onboarding, Clock clock) {

    /**
     * The bot's core: records go through {@code records}, answering is counted in {@code metrics}.
     */
    public static Core assemble(
            LiveAnswerer answers,
            RecordWriter records,
            Store store,
            Clock clock,
            QuestionMetrics metrics,
            AnsweringPool pool) {
        FaqService faq = new FaqService(answers, records, store, clock, metrics, pool);
        return new Core(answers, faq, new OnboardingService(faq, store, clock), clock);
    }

    /**
     * A core for tools and tests: records straight to the store, no metrics, a pool sized for this
     * machine.
     */
    public static Core over(Answerer answerer, Store store, Clock clock) {
        return assemble(
                new LiveAnswerer(answerer),
                RecordWriter.inMemory(store),
                store,
                clock,
                QuestionMetrics.none(),
                AnsweringPool.forThisMachine());
    }

    /**
     * What an adapter is handed: this core, the schedule of the explainer series and the shared
     * HTTP routes.
     */
    public AdapterContext forAdapters(Schedule schedule, HttpRoutes http) {
        return new AdapterContext(faq, onboarding, schedule, http, clock);
    }
}
