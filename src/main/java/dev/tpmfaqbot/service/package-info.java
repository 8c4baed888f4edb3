/**
 * The service every adapter calls: {@link dev.tpmfaqbot.service.FaqService} answers in a bounded
 * pool, records the question and feedback, and claims deliveries so each is handled once; {@link
 * dev.tpmfaqbot.service.LiveAnswerer} holds the current answerer, swapped whole on a content
 * reload. Uses {@code answer}, {@code records} and {@code store}; knows nothing of chat platforms.
 */
package dev.tpmfaqbot.service;
