/**
 * Reading settings: the environment with {@code .env} beneath it ({@link
 * dev.tpmfaqbot.config.Environment}), and {@link dev.tpmfaqbot.config.ConfigProblems}, which
 * collects every problem so they are reported together. Depends on nothing else in the project.
 */
package dev.tpmfaqbot.config;
