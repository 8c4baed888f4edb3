package dev.tpmfaqbot.http;

import java.util.concurrent.CompletionStage;

/**
 * One path of the HTTP server. Called on a server thread with the whole request in hand; work that
 * takes time (answering a question) goes elsewhere and completes the stage later, so that server
 * threads stay free for health checks and Slack's acknowledgements.
 */
@FunctionalInterface
public interface Endpoint {
    CompletionStage<HttpReply> handle(HttpCall call);
}
