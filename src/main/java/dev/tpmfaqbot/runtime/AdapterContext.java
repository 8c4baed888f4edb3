package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.http.HttpRoutes;
import dev.tpmfaqbot.onboarding.OnboardingService;
import dev.tpmfaqbot.onboarding.Schedule;
import dev.tpmfaqbot.service.FaqService;
import java.time.Clock;

/**
 * What the runtime hands every adapter: the core services, the shared HTTP server, the schedule and
 * the clock.
 */
public record AdapterContext(
        FaqService faq,
        OnboardingService onboarding,
        Schedule schedule,
        HttpRoutes http,
        Clock clock) {}
