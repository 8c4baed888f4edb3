package dev.tpmfaqbot.http;

import com.sun.net.httpserver.HttpHandler;

/** Lets an adapter mount its own endpoint (Slack's {@code /slack/events}) on the one embedded HTTP server. */
public interface HttpRoutes {
    void route(String path, HttpHandler handler);
}
