package dev.tpmfaqbot.store;

/**
 * The store could not start: a {@code DATABASE_URL} the bot does not understand, or a database it
 * cannot reach or migrate. The message is "{@code DATABASE_URL: problem}"; neither part ever
 * contains the password, so callers may show it as it is.
 */
public final class StoreStartException extends Exception {
    private final String problem;

    public StoreStartException(String problem) {
        super(DatabaseUrl.SETTING + ": " + problem);
        this.problem = problem;
    }

    public StoreStartException(String problem, Throwable cause) {
        super(DatabaseUrl.SETTING + ": " + problem, cause);
        this.problem = problem;
    }

    /** The setting at fault: always {@code DATABASE_URL}. */
    public String setting() {
        return DatabaseUrl.SETTING;
    }

    /** What is wrong, without the setting's name. */
    public String problem() {
        return problem;
    }
}
