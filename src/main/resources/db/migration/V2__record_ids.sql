-- Records are written in batches and written again after a failure that may have committed them
-- (a lost connection, a crash before the spool was trimmed): the id makes the second write a no-op.
-- Rows from before this version have no id (NULLs never conflict).
ALTER TABLE question ADD COLUMN record_id TEXT;
CREATE UNIQUE INDEX question_record_id ON question (record_id);
ALTER TABLE feedback ADD COLUMN record_id TEXT;
CREATE UNIQUE INDEX feedback_record_id ON feedback (record_id);
