-- Where online sessions are joined; shown to enrolled members only, from 15 minutes before a session.
ALTER TABLE offering ADD COLUMN join_url VARCHAR(500);

-- One row per (offering, member) attempt. History stays: withdrawing sets status and withdrawn_at.
CREATE TABLE enrollment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT      NOT NULL DEFAULT 0,
    offering_id      BIGINT      NOT NULL,
    member_id        BIGINT      NOT NULL,
    status           VARCHAR(20) NOT NULL,
    currency         VARCHAR(3)  NOT NULL,
    price_due_minor  BIGINT      NOT NULL,
    requested_at     DATETIME(6) NOT NULL,
    confirmed_at     DATETIME(6),
    withdrawn_at     DATETIME(6),
    -- at most one active (enrolled or waitlisted) enrollment per member and offering, whatever the code does
    active_member_id BIGINT AS (CASE WHEN status IN ('ENROLLED', 'WAITLISTED') THEN member_id END) PERSISTENT,
    CONSTRAINT uk_enrollment_active UNIQUE (offering_id, active_member_id),
    CONSTRAINT fk_enrollment_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_enrollment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_enrollment_status CHECK (status IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    CONSTRAINT ck_enrollment_price CHECK (price_due_minor >= 0)
);
CREATE INDEX ix_enrollment_member ON enrollment (member_id, status);
CREATE INDEX ix_enrollment_offering_status ON enrollment (offering_id, status, id);

-- The row enrollment locks (SELECT ... FOR UPDATE) so that seats are counted and taken one request at a time.
CREATE TABLE enrollment_lock (
    offering_id BIGINT PRIMARY KEY,
    CONSTRAINT fk_enrollment_lock_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
);

-- The secret of a member's personal calendar feed; replacing it makes the old feed URL stop working.
CREATE TABLE calendar_feed (
    member_id  BIGINT PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_calendar_feed_token UNIQUE (token),
    CONSTRAINT fk_calendar_feed_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- First and last session instants, kept on the offering so the catalog can filter and sort without a subquery.
ALTER TABLE offering ADD COLUMN first_session_at DATETIME(6), ADD COLUMN last_session_at DATETIME(6);
UPDATE offering o SET first_session_at = (SELECT MIN(s.starts_at) FROM offering_session s WHERE s.offering_id = o.id),
                      last_session_at  = (SELECT MAX(s.ends_at) FROM offering_session s WHERE s.offering_id = o.id);
ALTER TABLE offering MODIFY first_session_at DATETIME(6) NOT NULL, MODIFY last_session_at DATETIME(6) NOT NULL;
CREATE INDEX ix_offering_first_session ON offering (status, first_session_at);
