/**
 * The running bot: reading and checking the configuration, then {@link dev.tpmfaqbot.runtime.Bot}
 * starts the store, the answering core, the HTTP server, the chat adapters and the content watcher
 * in that order and stops them in reverse. The composition root for everything that runs; adapters
 * plug in through {@link dev.tpmfaqbot.runtime.AdapterModule}.
 */
package dev.tpmfaqbot.runtime;
