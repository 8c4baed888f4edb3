/**
 * Chat text made plain ({@link dev.tpmfaqbot.text.ChatText}): markup, mentions, links and emoji
 * removed, contractions spelled out, length bounded. Shared by the index, the answerer and the
 * report's grouping, so all three read a message the same way. Depends on nothing else in the
 * project.
 */
package dev.tpmfaqbot.text;
