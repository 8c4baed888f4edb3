package dev.tpmfaqbot.admin;

import dev.tpmfaqbot.http.Endpoint;
import dev.tpmfaqbot.http.HttpCall;
import dev.tpmfaqbot.http.HttpReply;
import dev.tpmfaqbot.http.HttpRoutes;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.LoggerFactory;

/**
 * Mounts the owner's pages under {@code /admin}. Every path checks access first (see {@link
 * AdminAccess}); a request without credentials gets the login form with 401, a wrong token 401
 * after a second's wait, and too many wrong tokens 429. The page work (database reads, answering)
 * runs on the answering pool, in turn with the chat platforms' questions.
 */
public final class AdminPages {
    /** Where the owner's page lives; every path under it is the page's. */
    public static final String PATH = "/admin";

    static final String INSIGHTS = PATH;
    static final String LOGIN = "/admin/login";
    static final String LOGOUT = "/admin/logout";
    static final String TRY = "/admin/try";
    static final String SEARCH = "/admin/search";
    static final String SUGGESTIONS = "/admin/suggestions";
    static final String ACCEPT = "/admin/suggestions/accept";
    static final String PATCH = "/admin/suggestions.patch";
    private static final int MAX_BODY = 16 * 1024;
    private static final long WRONG_TOKEN_WAIT_MILLIS = 1_000;
    private static final String HTML = "text/html; charset=utf-8";

    /**
     * What the pages read: the service (answers, content), the records, and the content folder (for
     * the patch).
     */
    public record Sources(FaqService faq, Store store, Path faqDir, Clock clock) {}

    private final AdminAccess access;
    private final Sources sources;
    private final SuggestionsPage suggestions;

    private AdminPages(String token, Sources sources) {
        this.access = new AdminAccess(token);
        this.sources = sources;
        this.suggestions = new SuggestionsPage(sources);
    }

    /**
     * Serves the pages when a token is set; without one nothing is mounted and {@code /admin} is
     * 404.
     */
    public static void mount(HttpRoutes routes, java.util.Optional<String> token, Sources sources) {
        token.ifPresent(
                t -> {
                    new AdminPages(t, sources).mount(routes);
                    LoggerFactory.getLogger(AdminPages.class)
                            .info(
                                    "admin: the content owner's page is at {} (ADMIN_TOKEN set)",
                                    INSIGHTS);
                });
    }

    private void mount(HttpRoutes routes) {
        SearchPage search = new SearchPage(sources.faq());
        routes.route(LOGIN, MAX_BODY, this::login);
        routes.route(
                LOGOUT,
                MAX_BODY,
                guarded(
                        call ->
                                posted(
                                        call,
                                        form ->
                                                HttpReply.of(303, HTML, "")
                                                        .withHeader("Location", LOGIN)
                                                        .withHeader(
                                                                "Set-Cookie",
                                                                AdminAccess.endedCookie()))));
        routes.route(
                INSIGHTS,
                MAX_BODY,
                guarded(
                        call ->
                                get(
                                        call,
                                        () ->
                                                InsightsPage.render(
                                                        call, sources, access.csrfValue()))));
        routes.route(
                TRY,
                MAX_BODY,
                guarded(
                        call ->
                                get(
                                        call,
                                        () ->
                                                TryPage.render(
                                                        call, sources.faq(), access.csrfValue()))));
        routes.route(
                SEARCH,
                MAX_BODY,
                guarded(call -> get(call, () -> search.render(call, access.csrfValue()))));
        routes.route(
                SUGGESTIONS,
                MAX_BODY,
                guarded(call -> get(call, () -> suggestions.render(access.csrfValue()))));
        routes.route(ACCEPT, MAX_BODY, guarded(call -> posted(call, suggestions::accept)));
        routes.route(PATCH, MAX_BODY, guarded(call -> get(call, suggestions::patch)));
    }

    private Endpoint guarded(Function<HttpCall, CompletionStage<HttpReply>> page) {
        return call ->
                switch (access.check(call)) {
                    case ALLOWED -> page.apply(call);
                    case NO_CREDENTIALS -> done(loginPage(401, ""));
                    case WRONG_TOKEN -> wrongToken();
                    case TOO_MANY_FAILURES -> done(tooMany());
                };
    }

    private CompletionStage<HttpReply> get(
            HttpCall call, java.util.function.Supplier<HttpReply> work) {
        if (!call.method().equals("GET") && !call.method().equals("HEAD")) {
            return done(
                    page(405, "Not allowed", "<p>Use GET.</p>").withHeader("Allow", "GET, HEAD"));
        }
        return sources.faq().inTurn("admin", work).exceptionally(AdminPages::failed);
    }

    private CompletionStage<HttpReply> posted(HttpCall call, Function<Form, HttpReply> work) {
        if (!call.method().equals("POST")) {
            return done(
                    page(405, "Not allowed", "<p>Use the form on the page.</p>")
                            .withHeader("Allow", "POST"));
        }
        Form form = Form.body(call.body());
        if (!access.formIsGenuine(call, form)) {
            return done(
                    page(
                            403,
                            "Form refused",
                            "<p>This form did not come from this page. Reload the page and try again.</p>"));
        }
        return sources.faq()
                .inTurn("admin", () -> work.apply(form))
                .exceptionally(AdminPages::failed);
    }

    private CompletionStage<HttpReply> login(HttpCall call) {
        if (call.method().equals("GET") || call.method().equals("HEAD")) {
            return done(
                    access.check(call) == AdminAccess.Verdict.ALLOWED
                            ? HttpReply.of(303, HTML, "").withHeader("Location", INSIGHTS)
                            : loginPage(200, ""));
        }
        if (!call.method().equals("POST")) {
            return done(
                    page(405, "Not allowed", "<p>Use the form.</p>")
                            .withHeader("Allow", "GET, POST"));
        }
        if (!AdminAccess.sameOrigin(call)) {
            return done(page(403, "Form refused", "<p>This form did not come from this page.</p>"));
        }
        return switch (access.tokenGiven(call.client(), Form.body(call.body()).value("token"))) {
            case ALLOWED ->
                    done(
                            HttpReply.of(303, HTML, "")
                                    .withHeader("Location", INSIGHTS)
                                    .withHeader(
                                            "Set-Cookie",
                                            access.sessionCookie(
                                                    call.header("x-forwarded-proto")
                                                            .orElse("")
                                                            .equals("https"))));
            case TOO_MANY_FAILURES -> done(tooMany());
            default -> wrongToken();
        };
    }

    /** A wrong token is answered after a wait, without holding a thread. */
    private static CompletionStage<HttpReply> wrongToken() {
        return CompletableFuture.supplyAsync(
                () -> loginPage(401, "That token is not right."),
                CompletableFuture.delayedExecutor(WRONG_TOKEN_WAIT_MILLIS, TimeUnit.MILLISECONDS));
    }

    private static HttpReply tooMany() {
        return loginPage(
                        429,
                        "Too many wrong tokens from your address: wait a minute, then try again.")
                .withHeader("Retry-After", "60");
    }

    private static HttpReply loginPage(int status, String problem) {
        String body =
                (problem.isEmpty()
                                ? ""
                                : "<p class=\"error\" id=\"problem\">"
                                        + Html.text(problem)
                                        + "</p>")
                        + "<p>This page is for the people who own the bot's content. Enter the <code>ADMIN_TOKEN</code> the bot runs with.</p>"
                        + "<form method=\"post\" action=\""
                        + LOGIN
                        + "\"><label>Token <input type=\"password\" name=\"token\" id=\"token\""
                        + " autocomplete=\"current-password\" required></label> <button id=\"login\">Log in</button></form>";
        return page(status, "Log in", body).withHeader("WWW-Authenticate", "Bearer");
    }

    static HttpReply page(int status, String title, String body) {
        return secured(HttpReply.of(status, HTML, Html.page(title, "", null, body)));
    }

    /** No script runs, nothing loads from elsewhere, no other site may frame the page. */
    static HttpReply secured(HttpReply reply) {
        return reply.withHeader(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader(
                        "Referrer-Policy",
                        "same-origin"); // "no-referrer" would make the browser send Origin: null
        // with forms
    }

    static HttpReply html(String title, String here, String csrf, String body) {
        return secured(HttpReply.of(200, HTML, Html.page(title, here, csrf, body)));
    }

    private static HttpReply failed(Throwable failure) {
        return page(
                        503,
                        "Busy",
                        "<p>The page could not be made just now (the bot is busy or the database did not answer)."
                                + " Try again shortly.</p>")
                .withHeader("Retry-After", "5");
    }

    private static CompletionStage<HttpReply> done(HttpReply reply) {
        return CompletableFuture.completedFuture(reply);
    }
}
