-- Chat deliveries handled once across replicas: a Slack event_id, a button click, a slash command.
-- A replica claims the key with one INSERT ... ON CONFLICT before handling it (an expired claim is
-- taken over); Slack stops retrying after about an hour. Expired rows are deleted as claims go by.
-- V3: V2 is taken by the durable-records branch.
CREATE TABLE handled_once (
    claim_key  TEXT   NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX handled_once_expires_at ON handled_once (expires_at);
