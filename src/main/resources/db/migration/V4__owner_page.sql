-- The owner's page (/admin): the band of each question, the did-you-mean topics people clicked,
-- and the phrasings the owner accepted from them.

-- 'answer', 'suggest' or 'decline'. Rows from before this version: answered ones were answers,
-- the others are counted as declines (the two unanswered bands were not told apart then).
ALTER TABLE question ADD COLUMN band TEXT NOT NULL DEFAULT '';
UPDATE question SET band = CASE WHEN answered THEN 'answer' ELSE 'decline' END;
-- Every column the page's counts read (per day, band, platform; most asked), so that counting a
-- month of questions reads this index alone, not the rows with their text.
CREATE INDEX question_counts ON question (asked_at, band, platform, answered, best_key);
-- The questions whose text was kept (a minority): the unanswered list reads only those rows.
CREATE INDEX question_kept_text ON question (asked_at) WHERE text <> '';

-- A better key chosen for a question (as typed): a did-you-mean topic clicked ('did-you-mean'), or
-- an answer marked helpful right after the question's answer was marked not helpful ('rephrased').
-- Like the other records, written again harmlessly thanks to the record id, and deleted after the
-- retention period.
CREATE TABLE suggestion_click (
    record_id   TEXT   NOT NULL UNIQUE,
    text        TEXT   NOT NULL,
    clicked_key TEXT   NOT NULL,
    platform    TEXT   NOT NULL,
    clicked_at  BIGINT NOT NULL,
    via         TEXT   NOT NULL
);
CREATE INDEX suggestion_click_clicked_at ON suggestion_click (clicked_at);

-- Phrasings the owner accepted as new questions for a key (to add to faq/asked.yml); one row each.
CREATE TABLE accepted_phrasing (
    answer_key  TEXT   NOT NULL,
    text        TEXT   NOT NULL,
    accepted_at BIGINT NOT NULL,
    PRIMARY KEY (answer_key, text)
);
