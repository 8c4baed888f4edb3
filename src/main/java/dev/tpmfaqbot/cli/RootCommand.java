package dev.tpmfaqbot.cli;

import dev.tpmfaqbot.runtime.AdapterModule;
import dev.tpmfaqbot.runtime.StoreOpener;
import dev.tpmfaqbot.store.Stores;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "tpm-faq-bot",
        mixinStandardHelpOptions = true,
        version = "tpm-faq-bot 0.1.0",
        description =
                "Answers questions about the Technical Product Manager role. With no command: run.",
        subcommands = {
            RunCommand.class,
            AskCommand.class,
            TopicsCommand.class,
            ValidateCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            ReportCommand.class,
            CommandLine.HelpCommand.class
        })
public final class RootCommand {

    /**
     * Runs the command line and returns the process exit code; no arguments means {@code run}.
     *
     * @param modules the chat platforms {@code run} may start
     * @param stores how {@code run} opens the database
     */
    public static int execute(List<AdapterModule<?>> modules, StoreOpener stores, String... args) {
        return commandLine(modules, stores).execute(args.length == 0 ? new String[] {"run"} : args);
    }

    /** The command line without chat platforms. */
    public static CommandLine commandLine() {
        return commandLine(List.of(), Stores::open);
    }

    public static CommandLine commandLine(List<AdapterModule<?>> modules, StoreOpener stores) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory =
                new CommandLine.IFactory() {
                    @Override
                    @SuppressWarnings("unchecked")
                    public <K> K create(Class<K> type) throws Exception {
                        return type == RunCommand.class
                                ? (K) new RunCommand(modules, stores)
                                : defaults.create(type);
                    }
                };
        CommandLine commandLine = new CommandLine(new RootCommand(), factory);
        commandLine
                .getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                                sub.getCommandSpec()
                                        .mixinStandardHelpOptions(
                                                true); // --help and --version on every command
                            }
                        });
        return commandLine.setExecutionExceptionHandler(new CommandErrors());
    }
}
