/**
 * The Discord adapter on JDA: slash commands, mentions, buttons, welcomes and the explainer series,
 * each a thin listener that calls {@code service} and {@code onboarding} and renders the answer as
 * an embed. Wired by {@link dev.tpmfaqbot.discord.DiscordModule}; the core never imports this
 * package.
 */
package dev.tpmfaqbot.discord;
