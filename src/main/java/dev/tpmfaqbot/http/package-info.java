/**
 * The embedded HTTP server (Jetty) that the bot shares between its endpoints and the Slack adapter:
 * routing with a body limit per path, health and readiness, {@code /api/ask}, metrics, per-client
 * rate limits and header deadlines. Endpoints see {@link dev.tpmfaqbot.http.HttpCall} and {@link
 * dev.tpmfaqbot.http.HttpReply}, never Jetty.
 */
package dev.tpmfaqbot.http;
