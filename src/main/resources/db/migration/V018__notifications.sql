-- Notifications (docs/decisions/020): written in the transaction of the change that causes them, delivered by e-mail
-- later by one sender at a time across nodes (ShedLock's table below), each at most once.
CREATE TABLE notification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id        BIGINT        NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    -- what the message says, as named values the template reads (JSON)
    params           TEXT          NOT NULL,
    link             VARCHAR(500),
    -- a change that happens twice (a retried request, two reminder runs) makes one notification
    dedup_key        VARCHAR(200)  NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    read_at          DATETIME(6),
    email_status     VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6),
    sent_at          DATETIME(6),
    last_error       VARCHAR(500),
    CONSTRAINT uk_notification_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_notification_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_notification_status CHECK (email_status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED',
                                                              'UNCERTAIN'))
);
-- The bell's count and the member's list, newest first.
CREATE INDEX ix_notification_member ON notification (member_id, read_at, created_at);
-- The sender's queue.
CREATE INDEX ix_notification_due ON notification (email_status, next_attempt_at);

-- A member's e-mail choice per kind; no row: the kind's default (on).
CREATE TABLE notification_preference (
    member_id BIGINT      NOT NULL,
    kind      VARCHAR(40) NOT NULL,
    email     BOOLEAN     NOT NULL,
    PRIMARY KEY (member_id, kind),
    CONSTRAINT fk_notification_preference_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- ShedLock's lock table: a scheduled job runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
);
