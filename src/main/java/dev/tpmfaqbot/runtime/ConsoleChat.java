package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.answer.Question;
import dev.tpmfaqbot.service.FaqService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Chat on the terminal that started the bot: one line in, one answer out. End of input (Ctrl-D)
 * closes this chat only; the bot keeps serving HTTP and any other platform until it is stopped
 * (Ctrl-C or SIGTERM). In a container without a terminal, input ends at once, so stopping the whole
 * bot there would be wrong.
 */
final class ConsoleChat implements ChatAdapter {
    static final String NAME = "console";
    private static final String PROMPT = "ask> ";

    private final FaqService faq;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Function<Answer, String> format;

    /** Held while a question is being answered, so that stop() can wait for it. */
    private final Semaphore answering = new Semaphore(1);

    private volatile boolean stopped;

    ConsoleChat(
            FaqService faq, BufferedReader in, PrintWriter out, Function<Answer, String> format) {
        this.faq = faq;
        this.in = in;
        this.out = out;
        this.format = format;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Starts reading at {@link #botReady()}, so that the prompt comes after the start-up log. */
    @Override
    public void start() {}

    @Override
    public void botReady() {
        out.println(
                "Type a question and press Enter. Ctrl-D closes this console chat; Ctrl-C stops the bot.");
        out.flush();
        Thread reader = new Thread(this::converse, "console-chat");
        reader.setDaemon(true);
        reader.start();
    }

    private void converse() {
        try {
            for (String line = prompt(); line != null && !stopped; line = prompt()) {
                answer(line);
            }
        } catch (IOException e) {
            // the terminal went away: same as end of input
        }
        if (!stopped) {
            out.println();
            out.println("Console chat closed. The bot is still serving; Ctrl-C stops it.");
            out.flush();
        }
    }

    private String prompt() throws IOException {
        out.print(PROMPT);
        out.flush();
        return in.readLine();
    }

    private void answer(String line) {
        if (line.isBlank() || !answering.tryAcquire()) {
            return;
        }
        try {
            if (!stopped) {
                out.println(format.apply(faq.ask(Question.fromCommandLine(line))));
                out.flush();
            }
        } finally {
            answering.release();
        }
    }

    @Override
    public Optional<String> notReadyReason() {
        return Optional.empty();
    }

    /** Takes no more lines; a question being answered gets up to {@code grace} to finish. */
    @Override
    public void stop(Duration grace) {
        stopped = true;
        try {
            if (answering.tryAcquire(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                answering.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
