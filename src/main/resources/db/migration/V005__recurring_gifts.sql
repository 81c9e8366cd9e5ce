-- A donor's recurring gift as the payment provider confirmed it; the portal mirrors the provider, never leads it.
CREATE TABLE recurring_gift (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    member_id        BIGINT       NOT NULL,
    provider         VARCHAR(20)  NOT NULL,
    provider_ref     VARCHAR(100) NOT NULL,
    amount_minor     BIGINT       NOT NULL,
    currency         VARCHAR(3)   NOT NULL,
    frequency        VARCHAR(10)  NOT NULL,
    designation      VARCHAR(30)  NOT NULL,
    campaign         VARCHAR(40),
    status           VARCHAR(20)  NOT NULL,
    next_charge_on   DATE,
    paused_until     DATE,
    cancel_reason    VARCHAR(500),
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_recurring_provider_ref UNIQUE (provider, provider_ref),
    CONSTRAINT fk_recurring_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_recurring_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_recurring_frequency CHECK (frequency IN ('MONTHLY', 'YEARLY')),
    CONSTRAINT ck_recurring_status CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED'))
);
CREATE INDEX ix_recurring_member ON recurring_gift (member_id, status);
CREATE INDEX ix_recurring_due ON recurring_gift (status, next_charge_on);

ALTER TABLE gift ADD COLUMN designation VARCHAR(30) NOT NULL DEFAULT 'GENERAL',
                 ADD COLUMN recurring_gift_id BIGINT,
                 ADD COLUMN provider_ref VARCHAR(100),
                 ADD CONSTRAINT fk_gift_recurring FOREIGN KEY (recurring_gift_id) REFERENCES recurring_gift (id);
