-- One schema for SQLite and PostgreSQL: only types and syntax both understand.
-- Times are epoch milliseconds (BIGINT): no time zone or timestamp-type differences.
-- Ids from the chat platforms are TEXT; '' where one does not apply (never NULL, because
-- NULLs are all distinct in a UNIQUE constraint and would let duplicates through).

-- Onboarding messages (a welcome, an explainer), each delivered once: the primary key is the
-- rule, and a writer claims a row with INSERT ... ON CONFLICT DO NOTHING before sending.
CREATE TABLE onboarding_delivery (
    platform     TEXT   NOT NULL,
    workspace    TEXT   NOT NULL,
    channel      TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    step         TEXT   NOT NULL,
    delivered_at BIGINT NOT NULL,
    PRIMARY KEY (platform, workspace, channel, user_id, step)
);

-- Explainer series progress: one row per step posted to a channel. The primary key keeps a
-- step from being posted twice; the unique slot keeps a slot from posting two steps.
CREATE TABLE series_step (
    platform  TEXT    NOT NULL,
    workspace TEXT    NOT NULL,
    channel   TEXT    NOT NULL,
    step      INTEGER NOT NULL,
    slot_at   BIGINT  NOT NULL,
    PRIMARY KEY (platform, workspace, channel, step),
    UNIQUE (platform, workspace, channel, slot_at)
);

-- Feedback on answers; no message text. Append-only, so no key: nothing refers to a row.
CREATE TABLE feedback (
    answer_key TEXT    NOT NULL,
    helpful    BOOLEAN NOT NULL,
    platform   TEXT    NOT NULL,
    given_at   BIGINT  NOT NULL
);
CREATE INDEX feedback_given_at ON feedback (given_at);

-- Every question's best key ("most asked"); its text only when it was not answered confidently.
CREATE TABLE question (
    text       TEXT             NOT NULL,
    best_key   TEXT             NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    answered   BOOLEAN          NOT NULL,
    platform   TEXT             NOT NULL,
    asked_at   BIGINT           NOT NULL
);
CREATE INDEX question_asked_at ON question (asked_at);
