package dev.tpmfaqbot.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tpmfaqbot.Eventually;
import dev.tpmfaqbot.answer.Answerer;
import dev.tpmfaqbot.content.ContentLoader;
import dev.tpmfaqbot.service.FaqService;
import dev.tpmfaqbot.store.Store;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConsoleChatTest {

    @Test
    void answersEachLineAndEndOfInputClosesOnlyTheChat() throws Exception {
        StringWriter screen = new StringWriter();
        PipedWriter keyboard = new PipedWriter();
        try (Store store = Bots.sqlite();
                FaqService faq =
                        Core.over(
                                        Answerer.build(ContentLoader.load(Path.of("faq"))),
                                        store,
                                        Clock.systemUTC())
                                .faq()) {
            ConsoleChat chat =
                    new ConsoleChat(
                            faq,
                            new BufferedReader(new PipedReader(keyboard)),
                            new PrintWriter(screen, true),
                            answer -> "ANSWER " + answer.key());
            chat.start();
            chat.botReady();
            keyboard.write("does a tpm need to code\n\nwhat is a backlog\n");
            keyboard.flush();
            Eventually.within(
                    Duration.ofSeconds(10),
                    "two answers",
                    () -> screen.toString().contains("ANSWER term:backlog"));
            assertTrue(
                    screen.toString().contains("ANSWER faq:does-a-tpm-need-to-code"),
                    screen.toString());
            assertEquals(
                    2,
                    screen.toString().split("ANSWER ", -1).length - 1,
                    "a blank line asks nothing");

            keyboard.close();
            Eventually.within(
                    Duration.ofSeconds(5),
                    "the chat closed",
                    () -> screen.toString().contains("Console chat closed"));
            assertTrue(
                    chat.notReadyReason().isEmpty(),
                    "a closed console does not make the bot unready");
            chat.stop(Duration.ofSeconds(1));
        }
    }
}
