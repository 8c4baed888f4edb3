package dev.tpmfaqbot.answer;

import dev.tpmfaqbot.content.Content;
import dev.tpmfaqbot.content.Role;
import dev.tpmfaqbot.content.Term;
import dev.tpmfaqbot.text.ChatText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Spots job titles the content does not cover ("data engineer", "ux designer", "cto"), and the
 * other things "TPM" names (a security chip, a tyre pressure light), so that such a question is
 * declined instead of answered with the nearest TPM entry.
 */
final class OtherJobTitles {
    private static final Pattern TITLE =
            Pattern.compile(
                    "\\b([a-z]+)[ -](engineers?|developers?|designers?|analysts?|scientists?|architects?|administrators?"
                            + "|admins?|owners?|masters?|directors?|officers?|recruiters?|marketers?|consultants?"
                            + "|testers?|writers?|specialists?|coordinators?|executives?|accountants?|interns?|managers?"
                            + "|representatives?|reps?|strategists?|evangelists?|advocates?)\\b");

    /**
     * TPM is also a security chip (Trusted Platform Module) and, as TPMS, a tyre pressure warning.
     */
    private static final Pattern OTHER_TPM =
            Pattern.compile(
                    "\\b(tpm ?(1\\.2|2\\.0)|tpms? (chip|module|bios|firmware|sensor|light|warning|tire|tyre)|trusted platform|tire pressure"
                            + "|tyre pressure)");

    private static final Pattern STANDALONE =
            Pattern.compile(
                    "\\b(ceo|cto|cfo|coo|cpo|cmo|ciso|vp|devops|sre|qa|ux|ui|hr|recruiters?|designers?|accountants?"
                            + "|lawyers?|nurses?|teachers?|doctors?|marketers?)\\b");

    /** Words before a title that describe the person rather than name another job. */
    private static final Set<String> DESCRIPTIONS =
            Set.of(
                    "a",
                    "an",
                    "the",
                    "former",
                    "ex",
                    "senior",
                    "junior",
                    "good",
                    "great",
                    "best",
                    "new",
                    "other",
                    "experienced",
                    "aspiring",
                    "typical",
                    "average",
                    "regular",
                    "strong",
                    "solid",
                    "my",
                    "our",
                    "your",
                    "their",
                    "as",
                    "with",
                    "to",
                    "and",
                    "or",
                    "for",
                    "of",
                    "from",
                    "by",
                    "some",
                    "many",
                    "most",
                    "all",
                    "more",
                    "fellow",
                    "individual",
                    "team",
                    "tech",
                    "technical",
                    "non",
                    "staff",
                    "principal",
                    "lead");

    private final Set<String> coveredTitles = new HashSet<>();

    OtherJobTitles(Content content) {
        Stream.concat(
                        content.roles().stream().map(Role::names),
                        content.terms().stream().map(Term::names))
                .flatMap(List::stream)
                .map(ChatText::clean)
                .forEach(
                        name -> {
                            Matcher title = TITLE.matcher(name);
                            while (title.find()) {
                                coveredTitles.add(title.group(1) + " " + singular(title.group(2)));
                            }
                        });
    }

    boolean foundIn(String cleanedText) {
        if (STANDALONE.matcher(cleanedText).find() || namesOtherTpm(cleanedText)) {
            return true;
        }
        Matcher title = TITLE.matcher(cleanedText);
        while (title.find()) {
            String describer = title.group(1);
            if (!DESCRIPTIONS.contains(describer)
                    && !coveredTitles.contains(describer + " " + singular(title.group(2)))) {
                return true;
            }
        }
        return false;
    }

    /** "TPM 2.0", "the TPM chip", "TPMS light": the letters do not name the job here. */
    boolean namesOtherTpm(String cleanedText) {
        return OTHER_TPM.matcher(cleanedText).find();
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
