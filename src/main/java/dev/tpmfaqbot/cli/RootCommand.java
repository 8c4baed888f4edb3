package dev.tpmfaqbot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "tpm-faq-bot", mixinStandardHelpOptions = true, version = "tpm-faq-bot 0.1.0",
        description = "Answers questions about the Technical Product Manager role.",
        subcommands = {AskCommand.class, TopicsCommand.class, ValidateCommand.class, EvalCommand.class,
                BenchCommand.class, ReportCommand.class, CommandLine.HelpCommand.class})
public final class RootCommand {

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new RootCommand());
    }
}
