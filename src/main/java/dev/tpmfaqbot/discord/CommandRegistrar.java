package dev.tpmfaqbot.discord;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /tpm} and the message command "Ask the TPM bot" when the bot connects. Both can
 * be used where the app is installed to a server and where a user installed it to their account (in
 * DMs and servers the bot is not in). Registration overwrites the whole set, so doing it at every
 * start is idempotent. Global commands are registered by the process that runs shard 0 (they can
 * take a while to appear everywhere); with {@code DISCORD_GUILD_ID} they are registered on that
 * guild only, instantly, by the process whose shard serves it.
 */
final class CommandRegistrar extends ListenerAdapter {
    static final String COMMAND = "tpm";
    static final String ASK = "ask";
    static final String COMPARE = "compare";
    static final String DEFINE = "define";
    static final String TOPICS = "topics";
    static final String HELP = "help";
    static final String QUESTION = "question";
    static final String ROLE = "role";
    static final String OTHER = "other";
    static final String TERM = "term";

    /** The message command (right-click a message → Apps). */
    static final String ASK_MESSAGE = "Ask the TPM bot";

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    /** Servers, DMs with the bot, and (installed to a user) DMs and group DMs between people. */
    private static final List<InteractionContextType> CONTEXTS =
            List.of(
                    InteractionContextType.GUILD,
                    InteractionContextType.BOT_DM,
                    InteractionContextType.PRIVATE_CHANNEL);

    private static final List<IntegrationType> INSTALLS =
            List.of(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL);

    private final Optional<Long> guildId;
    private final AtomicBoolean registered = new AtomicBoolean();

    CommandRegistrar(Optional<Long> guildId) {
        this.guildId = guildId;
    }

    static SlashCommandData command() {
        return Commands.slash(COMMAND, "Ask about the technical product manager (TPM) role")
                .setContexts(CONTEXTS)
                .setIntegrationTypes(INSTALLS)
                .addSubcommands(
                        new SubcommandData(ASK, "Ask a question about the TPM role")
                                .addOptions(
                                        new OptionData(
                                                        OptionType.STRING,
                                                        QUESTION,
                                                        "Your question",
                                                        true)
                                                .setMaxLength(1000)),
                        new SubcommandData(COMPARE, "Compare a role with the TPM, or two roles")
                                .addOptions(
                                        new OptionData(
                                                OptionType.STRING, ROLE, "A role", true, true),
                                        new OptionData(
                                                OptionType.STRING,
                                                OTHER,
                                                "Another role (default: TPM)",
                                                false,
                                                true)),
                        new SubcommandData(DEFINE, "What a term means")
                                .addOptions(
                                        new OptionData(
                                                OptionType.STRING,
                                                TERM,
                                                "A term, such as backlog",
                                                true,
                                                true)),
                        new SubcommandData(TOPICS, "Everything I can answer"),
                        new SubcommandData(HELP, "How to ask me"));
    }

    static CommandData messageCommand() {
        return Commands.message(ASK_MESSAGE).setContexts(CONTEXTS).setIntegrationTypes(INSTALLS);
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildId.isEmpty()
                && event.getJDA().getShardInfo().getShardId() == 0
                && registered.compareAndSet(false, true)) {
            event.getJDA()
                    .updateCommands()
                    .addCommands(command(), messageCommand())
                    .queue(
                            done ->
                                    log.info(
                                            "registered /{} and \"{}\" globally (it may take up to an hour to show everywhere)",
                                            COMMAND,
                                            ASK_MESSAGE),
                            failure -> failed("globally", failure));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (guildId.isPresent()
                && event.getGuild().getIdLong() == guildId.get()
                && registered.compareAndSet(false, true)) {
            event.getGuild()
                    .updateCommands()
                    .addCommands(command(), messageCommand())
                    .queue(
                            done ->
                                    log.info(
                                            "registered /{} and \"{}\" on guild {}",
                                            COMMAND,
                                            ASK_MESSAGE,
                                            event.getGuild().getId()),
                            failure -> failed("on guild " + event.getGuild().getId(), failure));
        }
    }

    private void failed(String where, Throwable failure) {
        registered.set(false); // a later READY tries again
        log.warn("could not register /{} {}: {}", COMMAND, where, failure.toString());
    }
}
