/**
 * The content folder {@code faq/} as data: entries, glossary terms, roles, comparisons, onboarding,
 * sources, asked questions and out-of-scope examples, loaded and cross-checked by {@link
 * dev.tpmfaqbot.content.ContentLoader}. A malformed file is reported as {@code FILE:LINE: message}.
 * Depends on nothing else in the project; everything that answers depends on it.
 */
package dev.tpmfaqbot.content;
