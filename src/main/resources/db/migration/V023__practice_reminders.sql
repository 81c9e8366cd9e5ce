-- A member's daily practice reminder, opt-in (no row: off). The local time they chose, the zone it is kept in (their
-- chosen zone, UTC without one; it follows when they choose another) and the next moment it is due, in UTC, which
-- moves to the next day's local time each time a reminder is recorded (daylight saving keeps the local time).
CREATE TABLE practice_reminder (
    member_id BIGINT       NOT NULL PRIMARY KEY,
    remind_at TIME         NOT NULL,
    time_zone VARCHAR(64)  NOT NULL,
    next_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_practice_reminder_member FOREIGN KEY (member_id) REFERENCES member (id)
);
-- The reminder job's queue: the reminders whose moment has come.
CREATE INDEX ix_practice_reminder_next ON practice_reminder (next_at);
