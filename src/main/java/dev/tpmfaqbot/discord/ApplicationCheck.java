package dev.tpmfaqbot.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tpmfaqbot.runtime.AdapterStartException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks Discord about the application before connecting ({@code GET applications/@me}): a refused
 * token fails here with a clear message, and the flags tell which privileged intents are switched
 * on in the developer portal. Asking for one that is off would make Discord close the connection.
 */
final class ApplicationCheck {
    private static final Logger log = LoggerFactory.getLogger(ApplicationCheck.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long GUILD_MEMBERS = 1L << 14 | 1L << 15;
    private static final long MESSAGE_CONTENT = 1L << 18 | 1L << 19;

    /** The application's id and which privileged intents it has. */
    record Application(long id, boolean membersIntent, boolean messageContentIntent) {}

    private ApplicationCheck() {}

    /**
     * Empty when Discord (or the proxy) could not say; throws when it refused the token or could
     * not be reached.
     */
    static Optional<Application> fetch(URI api, String token) throws AdapterStartException {
        HttpRequest request =
                HttpRequest.newBuilder(api.resolve("applications/@me"))
                        .header("Authorization", "Bot " + token)
                        .timeout(TIMEOUT)
                        .GET()
                        .build();
        try {
            HttpResponse<String> response =
                    HttpClient.newBuilder()
                            .connectTimeout(TIMEOUT)
                            .build()
                            .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                throw BadToken.exception();
            }
            if (response.statusCode() != 200) {
                log.info(
                        "could not read the application's settings (HTTP {}); assuming its intents are switched on",
                        response.statusCode());
                return Optional.empty();
            }
            JsonNode app = JSON.readTree(response.body());
            long flags = app.path("flags").asLong();
            return Optional.of(
                    new Application(
                            Long.parseUnsignedLong(app.path("id").asText("0")),
                            (flags & GUILD_MEMBERS) != 0,
                            (flags & MESSAGE_CONTENT) != 0));
        } catch (ConnectException | UnknownHostException | HttpConnectTimeoutException e) {
            throw AdapterStartException.unreachable(
                    "could not reach Discord at "
                            + api
                            + " ("
                            + DiscordSettings.API_URL
                            + "): "
                            + e,
                    e);
        } catch (IOException | NumberFormatException e) {
            log.info(
                    "could not read the application's settings ({}); assuming its intents are switched on",
                    e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdapterStartException("interrupted while connecting to Discord", e);
        }
    }
}
