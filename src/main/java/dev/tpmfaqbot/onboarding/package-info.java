/**
 * Onboarding channels: welcoming newcomers once ({@link
 * dev.tpmfaqbot.onboarding.OnboardingService}, with the claim kept in {@code store}) and posting
 * the explainer series on its schedule ({@link dev.tpmfaqbot.onboarding.ExplainerSeries}).
 * Platform-neutral: adapters post through {@link dev.tpmfaqbot.onboarding.SeriesPoster} and report
 * failures as {@link dev.tpmfaqbot.onboarding.PostFailure}.
 */
package dev.tpmfaqbot.onboarding;
