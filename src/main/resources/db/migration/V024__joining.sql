-- The welcome a new member is asked once after their first sign-in (docs/decisions/021).
-- welcomed_at: when they answered it or chose "Later"; null: not yet asked. Everyone already here is welcomed.
-- name_chosen: the member chose the name shown, which from then on wins over the identity provider's name claim.
-- newsletter_consent_at: the moment the member agreed to receive the newsletter; null: no consent.
ALTER TABLE member
    ADD COLUMN welcomed_at           DATETIME(6),
    ADD COLUMN name_chosen           BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN newsletter_consent_at DATETIME(6);

UPDATE member SET welcomed_at = COALESCE(last_signed_in_at, created_at);
