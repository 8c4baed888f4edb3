/**
 * Suggestions from real traffic: a question whose asker clicked a did-you-mean topic is proposed as
 * a new phrasing of that key, for {@code faq/asked.yml}. Nothing here edits the content: the owner
 * copies the line, or downloads the accepted ones as a patch.
 */
package dev.tpmfaqbot.suggest;
