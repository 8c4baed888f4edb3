package dev.tpmfaqbot.discord;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers {@code /tpm} when the bot connects. Registration overwrites the whole set, so doing it
 * at every start is idempotent. Global commands are registered by the process that runs shard 0
 * (they can take a while to appear everywhere); with {@code DISCORD_GUILD_ID} they are registered
 * on that guild only, instantly, by the process whose shard serves it.
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

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final Optional<Long> guildId;
    private final AtomicBoolean registered = new AtomicBoolean();

    CommandRegistrar(Optional<Long> guildId) {
        this.guildId = guildId;
    }

    static SlashCommandData command() {
        return Commands.slash(COMMAND, "Ask about the technical product manager (TPM) role")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                .addSubcommands(
                        new SubcommandData(ASK, "Ask a question about the TPM role")
                                .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true)
                                        .setMaxLength(1000)),
                        new SubcommandData(COMPARE, "Compare a role with the TPM, or two roles")
                                .addOptions(new OptionData(OptionType.STRING, ROLE, "A role", true, true),
                                        new OptionData(OptionType.STRING, OTHER, "Another role (default: TPM)", false, true)),
                        new SubcommandData(DEFINE, "What a term means")
                                .addOptions(new OptionData(OptionType.STRING, TERM, "A term, such as backlog", true, true)),
                        new SubcommandData(TOPICS, "Everything I can answer"),
                        new SubcommandData(HELP, "How to ask me"));
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (guildId.isEmpty() && event.getJDA().getShardInfo().getShardId() == 0 && registered.compareAndSet(false, true)) {
            event.getJDA().updateCommands().addCommands(command()).queue(
                    done -> log.info("registered /{} globally (it may take up to an hour to show everywhere)", COMMAND),
                    failure -> failed("globally", failure));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (guildId.isPresent() && event.getGuild().getIdLong() == guildId.get() && registered.compareAndSet(false, true)) {
            event.getGuild().updateCommands().addCommands(command()).queue(
                    done -> log.info("registered /{} on guild {}", COMMAND, event.getGuild().getId()),
                    failure -> failed("on guild " + event.getGuild().getId(), failure));
        }
    }

    private void failed(String where, Throwable failure) {
        registered.set(false); // a later READY tries again
        log.warn("could not register /{} {}: {}", COMMAND, where, failure.toString());
    }
}
