package dev.tpmfaqbot.discord;

import static dev.tpmfaqbot.discord.DiscordSettings.API_URL;
import static dev.tpmfaqbot.discord.DiscordSettings.ASK_CHANNELS;
import static dev.tpmfaqbot.discord.DiscordSettings.GATEWAY_URL;
import static dev.tpmfaqbot.discord.DiscordSettings.GUILD_ID;
import static dev.tpmfaqbot.discord.DiscordSettings.ONBOARDING_CHANNELS;
import static dev.tpmfaqbot.discord.DiscordSettings.SHARDS;
import static dev.tpmfaqbot.discord.DiscordSettings.TOKEN;

import dev.tpmfaqbot.config.CommaList;
import dev.tpmfaqbot.config.ConfigProblems;
import dev.tpmfaqbot.config.Environment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@link DiscordSettings} from the environment; every problem names its variable, never a
 * token.
 */
final class DiscordSettingsReader {
    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    // real tokens are three base64url parts joined by dots; proxies and tests may use others, so
    // only the obvious is refused
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9._-]{20,200}");

    private final Environment environment;
    private final ConfigProblems problems;

    DiscordSettingsReader(Environment environment, ConfigProblems problems) {
        this.environment = environment;
        this.problems = problems;
    }

    Optional<DiscordSettings> read() {
        if (DiscordSettings.VARIABLES.stream().noneMatch(environment::isSet)) {
            return Optional.empty();
        }
        int before = problems.list().size();
        String token = token();
        URI api = url(API_URL, Set.of("http", "https")).orElse(DiscordSettings.DISCORD_API);
        Optional<URI> gateway = url(GATEWAY_URL, Set.of("ws", "wss"));
        Optional<Long> guild =
                environment.get(GUILD_ID).flatMap(value -> snowflake(GUILD_ID, value));
        Optional<ShardRange> shards = shards();
        List<Long> ask = channels(ASK_CHANNELS);
        List<Long> onboarding = channels(ONBOARDING_CHANNELS);
        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new DiscordSettings(
                        token, withSlash(api), gateway, guild, shards, ask, onboarding));
    }

    private String token() {
        Optional<String> token = environment.get(TOKEN);
        if (token.isEmpty()) {
            problems.add(
                    TOKEN,
                    "is required when any DISCORD_ variable is set (the Bot page of your application "
                            + "in the Discord developer portal: Reset Token)");
            return "";
        }
        if (token.get().regionMatches(true, 0, "Bot ", 0, 4)) {
            problems.add(TOKEN, "must be the token alone, without the \"Bot \" prefix");
        } else if (!TOKEN_SHAPE.matcher(token.get()).matches()) {
            problems.add(
                    TOKEN,
                    "does not look like a bot token (letters, digits, '.', '_' and '-', at least 20 of "
                            + "them); copy it again from the Bot page of your application");
        }
        return token.get();
    }

    private Optional<URI> url(String variable, Set<String> schemes) {
        Optional<String> value = environment.get(variable);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.get());
            if (uri.getScheme() != null
                    && schemes.contains(uri.getScheme().toLowerCase())
                    && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(
                variable,
                "must be a "
                        + String.join(" or ", schemes.stream().sorted().toList())
                        + " URL such as "
                        + (schemes.contains("ws")
                                ? "wss://gateway.discord.gg"
                                : DiscordSettings.DISCORD_API));
        return Optional.empty();
    }

    private Optional<ShardRange> shards() {
        Optional<String> value = environment.get(SHARDS);
        try {
            return value.map(ShardRange::parse);
        } catch (IllegalArgumentException e) {
            problems.add(
                    SHARDS,
                    "must be FIRST-LAST/TOTAL such as 0-3/8 (this process runs shards 0 to 3 of 8), "
                            + "with LAST below TOTAL");
            return Optional.empty();
        }
    }

    private List<Long> channels(String variable) {
        List<Long> ids = new ArrayList<>();
        for (String entry : CommaList.of(environment, variable)) {
            snowflake(variable, entry).ifPresent(ids::add);
        }
        return ids;
    }

    private Optional<Long> snowflake(String variable, String value) {
        if (SNOWFLAKE.matcher(value).matches()) {
            try {
                return Optional.of(Long.parseUnsignedLong(value));
            } catch (NumberFormatException e) {
                // too large: reported below
            }
        }
        problems.add(
                variable,
                "\""
                        + value
                        + "\" is not a Discord id (the number Copy ID gives with Developer Mode on)");
        return Optional.empty();
    }

    private static URI withSlash(URI api) {
        return api.toString().endsWith("/") ? api : URI.create(api + "/");
    }
}
