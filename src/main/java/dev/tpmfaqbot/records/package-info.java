/**
 * Question and feedback records on their way to the database: {@link
 * dev.tpmfaqbot.records.RecordWriter} spools each record to a file first, then commits batches with
 * retries, so a slow or unreachable database never holds up an answer and a crash loses nothing
 * spooled. Uses {@code store}.
 */
package dev.tpmfaqbot.records;
