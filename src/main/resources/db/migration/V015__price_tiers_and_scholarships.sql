-- Sliding scale (docs/decisions/018): beside the standard price an offering may have a supported price below it and
-- a sustaining price above it, which members choose freely; and it may take scholarship requests.
ALTER TABLE offering ADD COLUMN supported_price_minor BIGINT,
                     ADD COLUMN sustaining_price_minor BIGINT,
                     ADD COLUMN scholarships_offered BOOLEAN NOT NULL DEFAULT FALSE,
                     ADD CONSTRAINT ck_offering_tiers CHECK ((supported_price_minor IS NULL OR supported_price_minor > 0)
                         AND (sustaining_price_minor IS NULL OR sustaining_price_minor > regular_price_minor));

-- A member asks for a scholarship for one offering with a short reason; staff grant a percentage of the standard
-- price or an amount off it, or decline with a reason. At most one open (asked or granted) request per member and
-- offering; a declined one leaves room to ask again.
CREATE TABLE scholarship_request (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    offering_id       BIGINT       NOT NULL,
    member_id         BIGINT       NOT NULL,
    reason            VARCHAR(1000) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    requested_at      DATETIME(6)  NOT NULL,
    grant_percent     INT,
    grant_minor       BIGINT,
    currency          VARCHAR(3),
    decline_reason    VARCHAR(1000),
    decided_at        DATETIME(6),
    decided_by        VARCHAR(200),
    open_member_id    BIGINT AS (CASE WHEN status IN ('REQUESTED', 'GRANTED') THEN member_id END) PERSISTENT,
    CONSTRAINT uk_scholarship_open UNIQUE (offering_id, open_member_id),
    CONSTRAINT fk_scholarship_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_scholarship_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_scholarship_status CHECK (status IN ('REQUESTED', 'GRANTED', 'DECLINED')),
    CONSTRAINT ck_scholarship_grant CHECK ((status = 'GRANTED') = (grant_percent IS NOT NULL OR grant_minor IS NOT NULL)
        AND (grant_percent IS NULL OR grant_minor IS NULL)
        AND (grant_percent IS NULL OR grant_percent BETWEEN 1 AND 100)
        AND (grant_minor IS NULL OR (grant_minor > 0 AND currency IS NOT NULL))),
    CONSTRAINT ck_scholarship_decline CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL))
);
-- Staff's queue, oldest first, and a member's own request for an offering.
CREATE INDEX ix_scholarship_queue ON scholarship_request (status, requested_at);
CREATE INDEX ix_scholarship_member ON scholarship_request (member_id, offering_id);

-- What a payment chose, and how much of the standard price a scholarship covered. A scholarship that covers it all
-- makes a payment of nothing, settled by the portal without the provider.
ALTER TABLE course_payment DROP CONSTRAINT ck_course_payment_amount;
ALTER TABLE course_payment ADD COLUMN scholarship_minor BIGINT NOT NULL DEFAULT 0,
                           ADD COLUMN scholarship_request_id BIGINT,
                           ADD CONSTRAINT fk_course_payment_scholarship FOREIGN KEY (scholarship_request_id)
                               REFERENCES scholarship_request (id),
                           ADD CONSTRAINT ck_course_payment_amount CHECK (amount_minor >= 0 AND refunded_minor >= 0
                               AND refunded_minor <= amount_minor AND scholarship_minor >= 0);

-- The scholarship report sums gifts to the fund per currency over a period without reading the gift rows.
CREATE INDEX ix_gift_designation_period ON gift (designation, given_at, currency, amount_minor);
