-- Offerings are planned in the portal now (docs/decisions/015): drafts that only staff and their teacher see, teachers'
-- proposals awaiting approval, completed runs, cancellations with their reason, hybrid courses, a venue's address
-- and city, a description, and prices staff lock against teachers' edits.
ALTER TABLE offering
    DROP CONSTRAINT ck_offering_status,
    DROP CONSTRAINT ck_offering_format;

ALTER TABLE offering ADD COLUMN cancel_reason VARCHAR(1000);
-- runs cancelled before reasons were kept get one that says so, since every cancellation now has a reason
UPDATE offering SET cancel_reason = 'Cancelled before the portal recorded reasons.' WHERE status = 'CANCELLED';

ALTER TABLE offering
    ADD COLUMN description   TEXT,
    ADD COLUMN venue_address VARCHAR(300),
    ADD COLUMN venue_city    VARCHAR(200),
    ADD COLUMN cancelled_at  DATETIME(6),
    ADD COLUMN proposed_by   BIGINT,
    ADD COLUMN review_note   VARCHAR(1000),
    ADD COLUMN price_locked  BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_offering_status
        CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'PUBLISHED', 'COMPLETED', 'CANCELLED')),
    ADD CONSTRAINT ck_offering_format CHECK (format IN ('ONLINE', 'IN_PERSON', 'HYBRID')),
    ADD CONSTRAINT ck_offering_cancelled CHECK ((status = 'CANCELLED') = (cancel_reason IS NOT NULL)),
    ADD CONSTRAINT fk_offering_proposed_by FOREIGN KEY (proposed_by) REFERENCES member (id);
