/**
 * The content owner's page at {@code /admin}, served by the bot's own HTTP server: insights from
 * the records, "try it" with the explanation of an answer, content search, and phrasings suggested
 * by traffic. Plain HTML and server-drawn SVG, no script; every user-typed string is escaped.
 * Nothing runs until someone asks for a page.
 */
package dev.tpmfaqbot.admin;
