package dev.tpmfaqbot.http;

import com.sun.net.httpserver.HttpHandler;

/**
 * Lets an adapter mount its own endpoint (Slack's {@code /slack/events}) on the one embedded HTTP
 * server. The path matches exactly, not the paths below it; a handler that throws gets a JSON 500;
 * while the bot stops, requests get 503 before they reach the handler.
 */
public interface HttpRoutes {
    void route(String path, HttpHandler handler);
}
