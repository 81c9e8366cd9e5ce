-- A declined application tells the member why (the notification and the record say the same).
ALTER TABLE application ADD COLUMN decline_reason VARCHAR(1000) NULL AFTER decided_by;

-- The replay reminder finds the gifts to a replay's campaign whose year of access ends soon without reading the
-- campaign's every gift.
CREATE INDEX ix_gift_campaign_given ON gift (campaign, given_at);
