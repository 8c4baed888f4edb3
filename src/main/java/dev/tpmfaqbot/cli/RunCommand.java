package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.config.Environment;
import dev.tpmfaqbot.runtime.AdapterModule;
import dev.tpmfaqbot.runtime.AdapterStartException;
import dev.tpmfaqbot.runtime.Bot;
import dev.tpmfaqbot.runtime.Configuration;
import dev.tpmfaqbot.runtime.ConsoleModule;
import dev.tpmfaqbot.runtime.InvalidConfigurationException;
import dev.tpmfaqbot.runtime.LogFormat;
import dev.tpmfaqbot.runtime.LogLevel;
import dev.tpmfaqbot.runtime.StartFailedException;
import dev.tpmfaqbot.runtime.StoreOpener;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "run",
        header = "Run the bot: HTTP, the chat platforms configured, a console chat (default).",
        description = {
            "Run the bot (the default with no command): HTTP endpoints, every chat platform whose variables are set,",
            "and a console chat when started from a terminal. Configuration: environment variables over ./.env",
            "(see .env.example). Exit code 2: bad configuration or credentials refused; 1: could not start",
            "(database or chat platform unreachable, port taken).",
            "SIGTERM or Ctrl-C stops it in an orderly way (exit code 0)."
        })
final class RunCommand implements Callable<Integer> {
    static final int BAD_CONFIGURATION = 2;
    static final int START_FAILED = 1;

    private final List<AdapterModule<?>> modules;
    private final StoreOpener stores;

    @Spec CommandSpec spec;

    RunCommand(List<AdapterModule<?>> modules, StoreOpener stores) {
        this.modules = modules;
        this.stores = stores;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Configuration config;
        try {
            config =
                    Configuration.read(
                            Environment.load(Path.of("").toAbsolutePath()), withConsole());
        } catch (InvalidConfigurationException e) {
            err.println("Cannot start: " + e.problems().size() + " configuration problem(s)");
            e.problems().forEach(problem -> err.println("  " + problem));
            err.println("Every variable is described in .env.example.");
            err.flush();
            return BAD_CONFIGURATION;
        }
        LogLevel.apply(config.core().logLevel());
        LogFormat.apply(config.core().logFormat());
        Bot bot = new Bot(config, stores);
        Thread hook = new Thread(() -> stopAndExit(bot), "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            bot.start();
        } catch (AdapterStartException | StartFailedException | RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            err.println("Cannot start: " + e.getMessage());
            err.flush();
            bot.stop();
            return e instanceof AdapterStartException refused && !refused.isUnreachable()
                    ? BAD_CONFIGURATION
                    : START_FAILED;
        }
        new CountDownLatch(1)
                .await(); // until SIGTERM or Ctrl-C: the hook stops the bot and ends the process
        return 0;
    }

    private List<AdapterModule<?>> withConsole() {
        List<AdapterModule<?>> all = new ArrayList<>(modules);
        all.add(new ConsoleModule(TerminalAnswer::format));
        return all;
    }

    /**
     * Runs on SIGTERM or Ctrl-C. The JVM would then exit with 143 or 130; an orderly stop is a
     * success, so it ends with 0 (halt: System.exit inside a shutdown hook would wait forever).
     */
    private static void stopAndExit(Bot bot) {
        bot.stop();
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }
}
