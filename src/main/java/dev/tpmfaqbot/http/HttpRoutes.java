package dev.tpmfaqbot.http;

/**
 * Lets an adapter mount its own endpoint (Slack's {@code /slack/events}) on the one embedded HTTP
 * server. The path matches exactly, not the paths below it; a body larger than {@code maxBodyBytes}
 * is refused with 413 before it is read; an endpoint that fails gets a JSON 500; while the bot
 * stops, requests get 503 before they reach the endpoint.
 */
public interface HttpRoutes {
    void route(String path, int maxBodyBytes, Endpoint endpoint);
}
