package dev.tpmfaqbot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Why this process is not serving yet: shards not started, or not (or no longer) connected. */
final class ShardReadiness {
    private ShardReadiness() {}

    static Optional<String> notReadyReason(ShardManager shards, int expected) {
        if (shards == null) {
            return Optional.of("not connected to Discord yet");
        }
        List<String> waiting = new ArrayList<>();
        List<JDA> started = shards.getShards();
        if (started.size() < expected) {
            waiting.add((expected - started.size()) + " of " + expected + " shards not started");
        }
        for (JDA shard : started) {
            if (shard.getStatus() != JDA.Status.CONNECTED) {
                waiting.add(
                        "shard " + shard.getShardInfo().getShardString() + " " + shard.getStatus());
            }
        }
        return waiting.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", waiting));
    }
}
