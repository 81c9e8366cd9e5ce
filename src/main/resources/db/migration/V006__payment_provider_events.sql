-- Provider notifications already applied: a redelivered event (same id) is acknowledged and ignored.
CREATE TABLE processed_provider_event (
    event_id    VARCHAR(100) PRIMARY KEY,
    event_type  VARCHAR(100) NOT NULL,
    received_at DATETIME(6)  NOT NULL
);

-- The provider's customer (for its card page) and the creation time of the last subscription event applied,
-- so an older event arriving late never overwrites a newer state.
ALTER TABLE recurring_gift ADD COLUMN customer_ref VARCHAR(100),
                           ADD COLUMN provider_updated_at BIGINT NOT NULL DEFAULT 0;

-- One gift per provider payment (payment intent or invoice), however often it is reported.
CREATE UNIQUE INDEX uk_gift_provider_ref ON gift (provider_ref);
