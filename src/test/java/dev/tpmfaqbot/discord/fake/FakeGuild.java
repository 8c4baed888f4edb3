package dev.tpmfaqbot.discord.fake;

import java.util.ArrayList;
import java.util.List;

/** A guild with text channels (the first is the default) and members besides the bot. */
public record FakeGuild(long id, String name, List<FakeChannel> channels, List<FakeUser> members) {

    public FakeGuild {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("a guild needs at least one channel");
        }
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    /** A guild with one channel, "general". */
    public static FakeGuild create(String name, FakeUser... members) {
        return new FakeGuild(
                Snowflakes.next(), name, List.of(FakeChannel.named("general")), List.of(members));
    }

    /** Like {@link #create}, with an id that Discord routes to the given shard. */
    public static FakeGuild onShard(int shard, int shardCount, String name, FakeUser... members) {
        return new FakeGuild(
                Snowflakes.forShard(shard, shardCount),
                name,
                List.of(FakeChannel.named("general")),
                List.of(members));
    }

    public FakeGuild withChannel(String channelName) {
        List<FakeChannel> more = new ArrayList<>(channels);
        more.add(FakeChannel.named(channelName));
        return new FakeGuild(id, name, more, members);
    }

    public FakeChannel defaultChannel() {
        return channels.get(0);
    }

    public FakeChannel channel(String channelName) {
        return channels.stream()
                .filter(c -> c.name().equals(channelName))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "no channel " + channelName + " in " + name));
    }

    public int shardOf(int shardCount) {
        return Snowflakes.shardOf(id, shardCount);
    }
}
