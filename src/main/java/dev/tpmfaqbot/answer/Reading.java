package dev.tpmfaqbot.answer;

import java.util.List;
import java.util.Set;

/**
 * What the core made of a question before matching it.
 *
 * @param cleaned the text without markup, mentions and emoji, spelling corrected
 * @param words its analysed words (distinct), as matched against the index
 * @param roles the known roles it names, in order of mention
 * @param cue how plainly it asks for a comparison
 * @param otherJobTitle it names a job title the content does not cover ("data engineer", "cto")
 * @param asksForName it describes something and asks what it is called ("what do you call …")
 */
record Reading(
        String cleaned,
        Set<String> words,
        List<String> roles,
        Cue cue,
        boolean otherJobTitle,
        boolean asksForName) {

    /**
     * Words that ask for a comparison: strong ones ("vs", "difference", "compare") or weak ones
     * ("or", "same").
     */
    enum Cue {
        NONE,
        WEAK,
        STRONG
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The question is about a job the content does not cover: it names one and either names no
     * known role or asks to compare ("tpm vs data scientist"). "From software engineer to TPM" is
     * not.
     */
    boolean aboutOtherJob() {
        return otherJobTitle && (roles.isEmpty() || cue == Cue.STRONG);
    }

    boolean namesRole(String roleId) {
        return roles.contains(roleId);
    }
}
