/**
 * The database: SQLite (a file, the default) or PostgreSQL (several replicas), opened and migrated
 * with Flyway by {@link dev.tpmfaqbot.store.Stores}. Holds what must survive a restart and be
 * shared by replicas: delivery claims, the series position, question and feedback records and their
 * report.
 */
package dev.tpmfaqbot.store;
