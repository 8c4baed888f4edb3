package dev.tpmfaqbot.onboarding;

/** A channel on a platform: the workspace (Slack team or Discord guild) and the channel id. */
public record ChannelRef(String workspace, String channel) {}
