/**
 * The command line ({@code ask}, {@code topics}, {@code validate}, {@code eval}, {@code bench},
 * {@code report}, {@code run}), built with picocli from {@link dev.tpmfaqbot.cli.RootCommand}. Each
 * command is thin: it parses options and calls the core; {@code run} hands over to {@code runtime}.
 */
package dev.tpmfaqbot.cli;
