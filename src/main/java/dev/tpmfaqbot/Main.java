package dev.tpmfaqbot;

import dev.tpmfaqbot.cli.RootCommand;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RootCommand.execute(args));
    }
}
