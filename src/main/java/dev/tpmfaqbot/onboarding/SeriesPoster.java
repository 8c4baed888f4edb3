package dev.tpmfaqbot.onboarding;

import dev.tpmfaqbot.answer.Answer;

/** How an adapter posts one explainer to a channel. Throwing means it was not posted. */
@FunctionalInterface
public interface SeriesPoster {
    void post(ChannelRef channel, Answer explainer) throws Exception;
}
