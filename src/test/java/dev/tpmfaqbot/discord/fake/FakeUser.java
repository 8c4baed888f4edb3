package dev.tpmfaqbot.discord.fake;

/** A Discord user; {@code dmChannelId} is the id of their direct-message channel with the bot. */
public record FakeUser(long id, String username, boolean bot, long dmChannelId) {

    public static FakeUser human(String username) {
        return new FakeUser(Snowflakes.next(), username, false, Snowflakes.next());
    }

    public static FakeUser bot(String username) {
        return new FakeUser(Snowflakes.next(), username, true, Snowflakes.next());
    }

    /** How Discord writes a mention of this user in message content. */
    public String mention() {
        return "<@" + Long.toUnsignedString(id) + ">";
    }
}
