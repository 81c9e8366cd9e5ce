-- Staff reorder waitlists (docs/decisions/014), so the line has an order of its own instead of the enrollment id:
-- lower ranks come first. Only waitlisted rows carry a rank; it is cleared when a member is seated or leaves.
ALTER TABLE enrollment ADD COLUMN waitlist_rank BIGINT;

-- Until now the line was ordered by request (enrollment id); ranks keep that order.
UPDATE enrollment SET waitlist_rank = id WHERE status = 'WAITLISTED';

ALTER TABLE enrollment ADD CONSTRAINT ck_enrollment_waitlist_rank
    CHECK ((status = 'WAITLISTED') = (waitlist_rank IS NOT NULL));

-- Positions, promotion and the staff's waitlist pages read an offering's line in rank order.
CREATE INDEX ix_enrollment_waitlist ON enrollment (offering_id, status, waitlist_rank);
