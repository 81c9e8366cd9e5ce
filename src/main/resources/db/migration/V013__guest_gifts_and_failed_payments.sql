-- Gifts from visitors without an account (docs/decisions/017): no member, but the donor's name and e-mail. When
-- someone signs in with that e-mail verified, one UPDATE sets the member (finding the waiting gifts through
-- ix_gift_member_campaign's member_id IS NULL); the name and e-mail stay as given.
ALTER TABLE gift MODIFY member_id BIGINT NULL,
                 ADD COLUMN donor_name VARCHAR(100),
                 ADD COLUMN donor_email VARCHAR(254),
                 ADD CONSTRAINT ck_gift_donor CHECK (member_id IS NOT NULL
                     OR (donor_name IS NOT NULL AND donor_email IS NOT NULL));

-- A campaign's donors count guests by e-mail too; the progress index keeps covering the whole query.
-- (one statement: the campaign foreign key needs an index on campaign at every moment)
ALTER TABLE gift DROP INDEX ix_gift_campaign_progress,
                 ADD INDEX ix_gift_campaign_progress (campaign, currency, amount_minor, member_id, donor_email);

-- A failed charge of a recurring gift, while the provider retries (next_retry_on; null: no more tries), and the
-- creation time of the last payment outcome applied, so a late "paid" or "failed" cannot undo a newer one.
-- LAPSED: the provider ended the gift after its last retry failed; CANCELLED stays the donor's own decision.
ALTER TABLE recurring_gift ADD COLUMN payment_failed_at DATETIME(6),
                           ADD COLUMN next_retry_on DATE,
                           ADD COLUMN payment_event_at BIGINT NOT NULL DEFAULT 0,
                           DROP CONSTRAINT ck_recurring_status,
                           ADD CONSTRAINT ck_recurring_status
                               CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED', 'LAPSED'));
