-- Chat deliveries handled once across replicas: a Slack event_id, a button click, a slash command.
-- A replica claims the key with INSERT ... ON CONFLICT DO NOTHING before handling it; a claim
-- expires (Slack stops retrying after about an hour), and expired rows are deleted as claims go by.
CREATE TABLE handled_once (
    claim_key  TEXT   NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL
);
CREATE INDEX handled_once_expires_at ON handled_once (expires_at);
