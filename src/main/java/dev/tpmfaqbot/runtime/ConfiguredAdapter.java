package dev.tpmfaqbot.runtime;

/**
 * A module whose variables are set and valid, with its settings: creates the adapter once the core
 * runs.
 */
public record ConfiguredAdapter<S>(AdapterModule<S> module, S settings) {

    public String name() {
        return module.name();
    }

    ChatAdapter create(AdapterContext context) {
        return module.create(settings, context);
    }
}
