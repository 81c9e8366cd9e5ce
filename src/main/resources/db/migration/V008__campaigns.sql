-- Campaigns belong to giving (docs/decisions/012): staff keep them, and gifts, recurring gifts and replays name one
-- by its code, which the payment provider also carries in its metadata.
CREATE TABLE campaign (
    code        VARCHAR(40)   PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(2000),
    currency    VARCHAR(3)    NOT NULL,
    goal_minor  BIGINT,
    starts_on   DATE          NOT NULL,
    ends_on     DATE,
    active      BOOLEAN       NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    CONSTRAINT ck_campaign_goal CHECK (goal_minor IS NULL OR goal_minor > 0),
    CONSTRAINT ck_campaign_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- Codes already in use (typed by hand before campaigns had an owner) become campaigns that staff can then name.
INSERT INTO campaign (code, name, currency, starts_on, active, created_at, updated_at)
SELECT used.code, used.code, 'USD', CURRENT_DATE, TRUE, NOW(6), NOW(6)
FROM (SELECT campaign AS code FROM gift WHERE campaign IS NOT NULL
      UNION SELECT campaign FROM recurring_gift WHERE campaign IS NOT NULL
      UNION SELECT campaign FROM replay WHERE campaign IS NOT NULL) used;

-- A campaign's progress (amount raised and donors) is summed from its gifts without touching the table rows.
CREATE INDEX ix_gift_campaign_progress ON gift (campaign, currency, amount_minor, member_id);

ALTER TABLE gift ADD CONSTRAINT fk_gift_campaign FOREIGN KEY (campaign) REFERENCES campaign (code);
ALTER TABLE recurring_gift ADD CONSTRAINT fk_recurring_campaign FOREIGN KEY (campaign) REFERENCES campaign (code);
ALTER TABLE replay ADD CONSTRAINT fk_replay_campaign FOREIGN KEY (campaign) REFERENCES campaign (code);
