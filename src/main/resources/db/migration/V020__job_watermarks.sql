-- How far a job that works through time has got (session reminders: the moment up to which every reminder that
-- fell due is recorded). The next run continues from there, so a portal that was down catches up and none is lost.
CREATE TABLE job_watermark (
    name  VARCHAR(64) NOT NULL PRIMARY KEY,
    up_to DATETIME(6) NOT NULL
);
-- The reminder job looks sessions up by their start.
CREATE INDEX ix_offering_session_start ON offering_session (starts_at);
