package dev.tpmfaqbot.discord.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What both fakes serve: the bot (its user id doubles as the application id), its token, and the
 * guilds. Users met later (a member who joins, a DM author) are remembered so REST can open a DM
 * with them.
 */
public final class DiscordWorld {
    private final FakeUser bot;
    private final String token;
    private final List<FakeGuild> guilds;
    private final Map<Long, FakeUser> users = new ConcurrentHashMap<>();

    public DiscordWorld(FakeUser bot, String token, List<FakeGuild> guilds) {
        this.bot = bot;
        this.token = token;
        this.guilds = List.copyOf(guilds);
        remember(bot);
        this.guilds.forEach(g -> g.members().forEach(this::remember));
    }

    /** A bot called "TPM FAQ Bot" with a random-looking token, in the given guilds. */
    public static DiscordWorld of(FakeGuild... guilds) {
        FakeUser bot = FakeUser.bot("TPM FAQ Bot");
        return new DiscordWorld(
                bot, "fake-token-" + Long.toUnsignedString(bot.id()), List.of(guilds));
    }

    public FakeUser bot() {
        return bot;
    }

    public long applicationId() {
        return bot.id();
    }

    public String token() {
        return token;
    }

    public List<FakeGuild> guilds() {
        return guilds;
    }

    public FakeGuild guild(long id) {
        return guilds.stream()
                .filter(g -> g.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no guild " + id));
    }

    public Optional<FakeGuild> guildOfChannel(long channelId) {
        return guilds.stream()
                .filter(g -> g.channels().stream().anyMatch(c -> c.id() == channelId))
                .findFirst();
    }

    public Optional<FakeUser> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    public Optional<FakeUser> userWithDm(long dmChannelId) {
        return users.values().stream().filter(u -> u.dmChannelId() == dmChannelId).findFirst();
    }

    public void remember(FakeUser user) {
        users.put(user.id(), user);
    }
}
