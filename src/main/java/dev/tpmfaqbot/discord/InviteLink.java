package dev.tpmfaqbot.discord;

import java.util.EnumSet;
import net.dv8tion.jda.api.Permission;

/**
 * The link that adds the bot to a server with exactly the permissions it uses: see channels, send
 * messages (in threads too, where it may be mentioned), embed links (answers are embeds) and read
 * message history (a reply must see the message it replies to). Slash commands need none.
 */
final class InviteLink {
    static final EnumSet<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS, Permission.MESSAGE_EMBED_LINKS, Permission.MESSAGE_HISTORY);

    private InviteLink() {
    }

    static String forApplication(long applicationId) {
        return "https://discord.com/oauth2/authorize?client_id=" + Long.toUnsignedString(applicationId)
                + "&scope=bot+applications.commands&permissions=" + Permission.getRaw(PERMISSIONS);
    }
}
