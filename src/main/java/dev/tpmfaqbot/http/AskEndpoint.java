package dev.tpmfaqbot.http;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.AnswerJson;
import dev.tpmfaqbot.answer.Question;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/ask?q=…}: the same JSON as {@code ask --json}. Any text is a question (the core
 * cleans it and cuts it to length); only a missing or undecodable {@code q} is the caller's error.
 */
public final class AskEndpoint implements HttpHandler {
    public static final String PATH = "/api/ask";

    private final Function<Question, Answer> answerer;

    public AskEndpoint(Function<Question, Answer> answerer) {
        this.answerer = answerer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            JsonResponse.error(exchange, 405, "use GET " + PATH + "?q=your+question");
            return;
        }
        Optional<String> text;
        try {
            text = QueryParameter.first(exchange.getRequestURI().getRawQuery(), "q");
        } catch (IllegalArgumentException e) {
            JsonResponse.error(exchange, 400, "the q parameter is not valid URL encoding (UTF-8, %XX escapes)");
            return;
        }
        if (text.isEmpty()) {
            JsonResponse.error(exchange, 400, "missing the q parameter: " + PATH + "?q=your+question");
            return;
        }
        Answer answer = answerer.apply(new Question(text.get(), "", "", "http"));
        JsonResponse.send(exchange, 200, AnswerJson.of(answer));
    }
}
