-- The language a member chose in Profile or with the switcher (docs/decisions/019). It wins over the identity
-- provider's locale claim (kept in locale, refreshed at every sign-in); null: no choice made.
ALTER TABLE member ADD COLUMN language VARCHAR(10);
