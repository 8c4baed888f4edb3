package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.store.Store;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * /admin over real HTTP: off without ADMIN_TOKEN, the token or its cookie required, forms
 * protected, text escaped.
 */
@Timeout(120)
class AdminPagesTest {
    static final String TOKEN = "owner-token-0123456789abcdef";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void withoutATokenThereIsNoPage() throws Exception {
        Bots.Started bot = Bots.start(Map.of());
        try {
            for (String path :
                    List.of(
                            "/admin",
                            "/admin/login",
                            "/admin/try?q=x",
                            "/admin/suggestions.patch")) {
                assertEquals(404, Http.get(bot.port(), path).statusCode(), path);
            }
            assertEquals(404, Http.send(bearer(bot, "/admin", TOKEN)).statusCode());
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void aWeakTokenIsAProblemThatNeverQuotesIt() {
        InvalidConfigurationException e =
                assertThrows(
                        InvalidConfigurationException.class,
                        () ->
                                Configuration.read(
                                        Environment.of(
                                                Map.of(AdminSettings.ADMIN_TOKEN, "short s3cr3t")),
                                        List.of()));
        assertEquals(
                1,
                e.problems().stream()
                        .filter(p -> p.startsWith(AdminSettings.ADMIN_TOKEN + ": "))
                        .count(),
                e.problems().toString());
        assertFalse(String.join("\n", e.problems()).contains("s3cr3t"));
    }

    @Test
    void theTokenOrTheSessionCookieOpensEveryPageAndNothingElseDoes() throws Exception {
        Bots.Started bot = Bots.start(Map.of(AdminSettings.ADMIN_TOKEN, TOKEN));
        try {
            bot.store()
                    .recordQuestion(
                            new Store.AskedQuestion(
                                    "<script>alert('owned')</script> what's a tpm?",
                                    "none",
                                    0.1,
                                    false,
                                    "slack",
                                    Instant.now(),
                                    Store.AskedQuestion.DECLINE));
            HttpResponse<String> anonymous = Http.get(bot.port(), "/admin");
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.body().contains("name=\"token\""), "the login form");
            assertFalse(anonymous.body().contains("owned"), "no data without the token");
            for (String path :
                    List.of(
                            "/admin/try?q=what+is+a+tpm",
                            "/admin/search?q=roadmap",
                            "/admin/suggestions",
                            "/admin/suggestions.patch")) {
                assertEquals(401, Http.get(bot.port(), path).statusCode(), path);
            }

            long start = System.nanoTime();
            assertEquals(401, Http.send(bearer(bot, "/admin", TOKEN + "x")).statusCode());
            assertTrue(
                    System.nanoTime() - start >= Duration.ofMillis(900).toNanos(),
                    "a wrong token is answered slowly");

            HttpResponse<String> page = Http.send(bearer(bot, "/admin?period=30d", TOKEN));
            assertEquals(200, page.statusCode());
            assertTrue(
                    page.body()
                            .contains(
                                    "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; what&#39;s a tpm?"),
                    page.body());
            assertFalse(page.body().contains("<script>"), "user text is escaped");
            assertTrue(
                    page.headers()
                            .firstValue("Content-Security-Policy")
                            .orElseThrow()
                            .contains("default-src 'none'"));

            HttpResponse<String> login =
                    Http.send(
                            HttpRequest.newBuilder(URI.create(base(bot) + "/admin/login"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "token="
                                                            + URLEncoder.encode(
                                                                    TOKEN,
                                                                    StandardCharsets.UTF_8))));
            assertEquals(303, login.statusCode());
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertTrue(
                    cookie.contains("HttpOnly")
                            && cookie.contains("SameSite=Strict")
                            && cookie.contains("Path=/admin"),
                    cookie);
            assertFalse(
                    cookie.contains(TOKEN), "the cookie is derived from the token, not the token");
            String session = cookie.substring(0, cookie.indexOf(';'));

            HttpResponse<String> tried =
                    Http.send(withCookie(bot, "/admin/try?q=what+is+a+tpm", session));
            assertEquals(200, tried.statusCode());
            assertTrue(
                    tried.body().contains("faq:what-is-a-tpm")
                            && tried.body().contains("id=\"route\">search<"),
                    tried.body());
            HttpResponse<String> bad =
                    Http.send(
                            withCookie(
                                    bot,
                                    "/admin/search?q="
                                            + URLEncoder.encode(
                                                    "title:(roadmap", StandardCharsets.UTF_8),
                                    session));
            assertEquals(200, bad.statusCode());
            assertTrue(bad.body().contains("could not be read"), bad.body());
            assertEquals(
                    401, Http.send(withCookie(bot, "/admin", "tpm_admin=forged")).statusCode());
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void formsNeedTheirCsrfValueAndAcceptedPhrasingsBecomeAPatch() throws Exception {
        Bots.Started bot = Bots.start(Map.of(AdminSettings.ADMIN_TOKEN, TOKEN));
        try {
            bot.store()
                    .recordAll(
                            List.of(
                                    Store.Recorded.of(
                                            new Store.SuggestionClick(
                                                    "tpm & okrs <b>?",
                                                    "term:tpm",
                                                    "slack",
                                                    Instant.now()))));
            HttpResponse<String> page = Http.send(bearer(bot, "/admin/suggestions", TOKEN));
            assertTrue(page.body().contains("tpm &amp; okrs &lt;b&gt;?"), page.body());
            Matcher csrf = CSRF.matcher(page.body());
            assertTrue(csrf.find());
            String form =
                    "key=term%3Atpm&text="
                            + URLEncoder.encode("tpm & okrs <b>?", StandardCharsets.UTF_8);
            String session = "tpm_admin=" + sessionOf(bot);

            assertEquals(
                    403,
                    Http.send(post(bot, "/admin/suggestions/accept", form, session)).statusCode(),
                    "no CSRF value");
            assertEquals(
                    403,
                    Http.send(
                                    post(bot, "/admin/suggestions/accept", form, session)
                                            .header("Authorization", "Basic dXNlcjpwYXNz"))
                            .statusCode(),
                    "a proxy's Basic credentials are no bearer token");
            assertEquals(
                    403,
                    Http.send(
                                    post(
                                                    bot,
                                                    "/admin/suggestions/accept",
                                                    form + "&csrf=" + csrf.group(1),
                                                    session)
                                            .header("Origin", "https://evil.example"))
                            .statusCode(),
                    "another site");
            assertEquals(
                    303,
                    Http.send(
                                    post(
                                            bot,
                                            "/admin/suggestions/accept",
                                            form + "&csrf=" + csrf.group(1),
                                            session))
                            .statusCode());

            HttpResponse<String> patch = Http.send(bearer(bot, "/admin/suggestions.patch", TOKEN));
            assertEquals(200, patch.statusCode());
            assertTrue(patch.body().contains("+  - \"tpm & okrs <b>?\""), patch.body());
            assertTrue(
                    patch.headers()
                            .firstValue("Content-Disposition")
                            .orElseThrow()
                            .contains("attachment"));
        } finally {
            bot.bot().stop();
        }
    }

    @Test
    void repeatedWrongTokensAreRefusedForAMinute() throws Exception {
        Bots.Started bot = Bots.start(Map.of(AdminSettings.ADMIN_TOKEN, TOKEN));
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, Http.send(bearer(bot, "/admin", "wrong-" + i)).statusCode());
            }
            HttpResponse<String> refused = Http.send(bearer(bot, "/admin", TOKEN));
            assertEquals(
                    429,
                    refused.statusCode(),
                    "even the right token waits once the address is blocked");
            assertEquals("60", refused.headers().firstValue("Retry-After").orElseThrow());
        } finally {
            bot.bot().stop();
        }
    }

    private static String sessionOf(Bots.Started bot) throws Exception {
        HttpResponse<String> login =
                Http.send(
                        HttpRequest.newBuilder(URI.create(base(bot) + "/admin/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("token=" + TOKEN)));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    }

    private static String base(Bots.Started bot) {
        return "http://127.0.0.1:" + bot.port();
    }

    private static HttpRequest.Builder bearer(Bots.Started bot, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base(bot) + path))
                .header("Authorization", "Bearer " + token)
                .GET();
    }

    private static HttpRequest.Builder withCookie(Bots.Started bot, String path, String cookie) {
        return HttpRequest.newBuilder(URI.create(base(bot) + path)).header("Cookie", cookie).GET();
    }

    private static HttpRequest.Builder post(
            Bots.Started bot, String path, String form, String cookie) {
        return HttpRequest.newBuilder(URI.create(base(bot) + path))
                .header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }
}
