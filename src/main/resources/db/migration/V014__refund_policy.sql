-- Each offering's refund policy (docs/decisions/016): a member who withdraws gets their fee back, less a fee, until
-- refund_days_before days before the first session (in the event's zone); none after that, and none at all when it
-- is NULL. Runs planned before there was a policy get the assumed default of the demo: 14 days, no fee.
ALTER TABLE offering ADD COLUMN refund_days_before INT,
                     ADD COLUMN refund_fee_minor BIGINT NOT NULL DEFAULT 0,
                     ADD CONSTRAINT ck_offering_refund CHECK ((refund_days_before IS NULL
                         OR refund_days_before BETWEEN 0 AND 365) AND refund_fee_minor >= 0);
UPDATE offering SET refund_days_before = 14;
