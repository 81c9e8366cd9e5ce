-- A kind's texts can come in variants (a claim verified or rejected, a reminder for an online or an in-person
-- session), and a notification can name what it is about (an offering, a gift) so that its e-mail carries the
-- matching attachment (the calendar file, the receipt) made when it is sent.
ALTER TABLE notification
    ADD COLUMN variant VARCHAR(40) NULL AFTER kind,
    ADD COLUMN about   VARCHAR(100) NULL AFTER link;
