/**
 * The Slack adapter on Bolt for Java: events (mentions, messages, joins), {@code /tpm}, buttons and
 * the explainer series, over HTTP (signed requests on the shared server) or Socket Mode. Handlers
 * are thin: they call {@code service} and {@code onboarding} and render the answer as Block Kit.
 * Wired by {@link dev.tpmfaqbot.slack.SlackModule}; the core never imports this package.
 */
package dev.tpmfaqbot.slack;
