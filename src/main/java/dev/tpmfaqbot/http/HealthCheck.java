package dev.tpmfaqbot.http;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exit 0 when {@code GET /healthz} on {@code $PORT} answers 200.
 * Plain JDK only, so that it starts in a fraction of a second and needs no curl in the image.
 */
public final class HealthCheck {
    private HealthCheck() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        try {
            HttpURLConnection connection =
                    (HttpURLConnection)
                            URI.create("http://127.0.0.1:" + port + HealthEndpoints.HEALTH)
                                    .toURL()
                                    .openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(3000);
            int status = connection.getResponseCode();
            System.exit(status == 200 ? 0 : 1);
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("health check: " + e.getMessage());
            System.exit(1);
        }
    }
}
