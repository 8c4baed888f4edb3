package dev.tpmfaqbot.slack;

/** A Web API call or response_url post that did not succeed, even after waiting out rate limits. */
final class SlackCallFailed extends Exception {
    SlackCallFailed(String message) {
        super(message);
    }

    SlackCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
