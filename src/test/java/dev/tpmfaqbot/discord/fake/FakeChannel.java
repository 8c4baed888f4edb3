package dev.tpmfaqbot.discord.fake;

/** A guild text channel. */
public record FakeChannel(long id, String name) {

    public static FakeChannel named(String name) {
        return new FakeChannel(Snowflakes.next(), name);
    }
}
