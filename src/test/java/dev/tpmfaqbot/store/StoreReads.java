package dev.tpmfaqbot.store;

/** What tests read back from a store, which the bot itself never needs to ask. */
public final class StoreReads {
    private StoreReads() {}

    public static boolean isDelivered(Store store, Store.Delivery delivery) {
        return jdbc(store).isDelivered(delivery);
    }

    public static int seriesStepsPosted(
            Store store, String platform, String workspace, String channel) {
        return jdbc(store).seriesStepsPosted(platform, workspace, channel);
    }

    private static JdbcStore jdbc(Store store) {
        return store instanceof ForwardingStore forwarding
                ? jdbc(forwarding.delegate)
                : (JdbcStore) store;
    }
}
