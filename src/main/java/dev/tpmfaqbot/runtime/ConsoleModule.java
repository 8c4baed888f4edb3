package dev.tpmfaqbot.runtime;

import dev.tpmfaqbot.answer.Answer;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console chat: configured when standard input and output are a terminal, whatever the
 * variables.
 */
public final class ConsoleModule implements AdapterModule<ConsoleModule.Terminal> {
    private final Function<Answer, String> format;

    /**
     * @param format how an answer is laid out for a person at a terminal
     */
    public ConsoleModule(Function<Answer, String> format) {
        this.format = format;
    }

    public record Terminal(BufferedReader in, PrintWriter out) {}

    @Override
    public String name() {
        return ConsoleChat.NAME;
    }

    @Override
    public Optional<Terminal> settings(Environment environment, ConfigProblems problems) {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        return Optional.of(new Terminal(new BufferedReader(console.reader()), console.writer()));
    }

    @Override
    public ChatAdapter create(Terminal terminal, AdapterContext context) {
        return new ConsoleChat(context.faq(), terminal.in(), terminal.out(), format);
    }

    /**
     * Since Java 22 {@code System.console()} exists even when input is redirected (in a container,
     * under systemd); {@code Console.isTerminal()} (22+, hence reflection) tells a real terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // before Java 22, a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
