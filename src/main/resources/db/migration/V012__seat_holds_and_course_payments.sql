-- A paid seat is held while the member pays (docs/decisions/016): HELD counts against capacity like ENROLLED
-- and lasts until hold_expires_at; an expired hold is withdrawn and its seat goes to the first in line.
ALTER TABLE enrollment DROP CONSTRAINT ck_enrollment_status;
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_status
    CHECK (status IN ('ENROLLED', 'HELD', 'WAITLISTED', 'WITHDRAWN'));
ALTER TABLE enrollment ADD COLUMN hold_expires_at DATETIME(6);
ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_hold CHECK ((status = 'HELD') = (hold_expires_at IS NOT NULL));

-- A held seat is an active place too: still at most one per member and offering.
ALTER TABLE enrollment DROP INDEX uk_enrollment_active;
ALTER TABLE enrollment DROP COLUMN active_member_id;
ALTER TABLE enrollment ADD COLUMN active_member_id BIGINT
    AS (CASE WHEN status IN ('ENROLLED', 'HELD', 'WAITLISTED') THEN member_id END) PERSISTENT;
ALTER TABLE enrollment ADD CONSTRAINT uk_enrollment_active UNIQUE (offering_id, active_member_id);

-- The expiry job finds expired holds without reading every enrollment.
CREATE INDEX ix_enrollment_hold ON enrollment (status, hold_expires_at);

-- One row per checkout a member starts for a held seat. The idempotency key names the hold, so a second click,
-- a second tab or a retried request finds this row (and the provider the same checkout) instead of a new payment.
CREATE TABLE course_payment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    offering_id          BIGINT       NOT NULL,
    member_id            BIGINT       NOT NULL,
    idempotency_key      VARCHAR(100) NOT NULL,
    currency             VARCHAR(3)   NOT NULL,
    amount_minor         BIGINT       NOT NULL,
    price_reason         VARCHAR(20)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    provider             VARCHAR(20)  NOT NULL,
    checkout_ref         VARCHAR(255),
    checkout_url         VARCHAR(1000),
    payment_ref          VARCHAR(255),
    created_at           DATETIME(6)  NOT NULL,
    paid_at              DATETIME(6),
    refunded_minor       BIGINT       NOT NULL DEFAULT 0,
    refunded_at          DATETIME(6),
    CONSTRAINT uk_course_payment_key UNIQUE (idempotency_key),
    CONSTRAINT uk_course_payment_checkout UNIQUE (checkout_ref),
    CONSTRAINT fk_course_payment_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_course_payment_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_course_payment_status CHECK (status IN ('PENDING', 'PAID', 'REFUNDED', 'EXPIRED')),
    CONSTRAINT ck_course_payment_amount CHECK (amount_minor > 0 AND refunded_minor >= 0
        AND refunded_minor <= amount_minor)
);
CREATE INDEX ix_course_payment_member ON course_payment (member_id, created_at);
CREATE INDEX ix_course_payment_offering ON course_payment (offering_id, status);
-- The provider's refund reports name the payment (Stripe: its payment intent).
CREATE INDEX ix_course_payment_ref ON course_payment (payment_ref);
