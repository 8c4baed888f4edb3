package dev.tpmfaqbot.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.Permission;

/**
 * The links that install the app. To a server: the link adds the bot with exactly the permissions
 * it uses: see channels, send messages (in threads too, where it may be mentioned), embed links
 * (answers are embeds) and read message history (a reply must see the message it replies to). Slash
 * commands need none. To a user's account: only the commands, usable in DMs and in servers the bot
 * is not in (switch on "User Install" under Installation in the developer portal first).
 */
final class InviteLink {
    static final EnumSet<Permission> PERMISSIONS =
            EnumSet.of(
                    Permission.VIEW_CHANNEL,
                    Permission.MESSAGE_SEND,
                    Permission.MESSAGE_SEND_IN_THREADS,
                    Permission.MESSAGE_EMBED_LINKS,
                    Permission.MESSAGE_HISTORY);

    private InviteLink() {}

    static String forApplication(long applicationId) {
        return "https://discord.com/oauth2/authorize?client_id="
                + Long.toUnsignedString(applicationId)
                + "&integration_type=0&scope=bot+applications.commands&permissions="
                + Permission.getRaw(PERMISSIONS);
    }

    static String forUser(long applicationId) {
        return "https://discord.com/oauth2/authorize?client_id="
                + Long.toUnsignedString(applicationId)
                + "&integration_type=1&scope=applications.commands";
    }
}
