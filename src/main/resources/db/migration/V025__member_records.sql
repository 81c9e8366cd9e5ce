-- Staff find members by the start of their name, of their family name (the name's last word) or of their e-mail
-- address (docs/decisions/022). Each is a range of one index, which also holds the name the results are sorted by;
-- the columns' collation ignores case.
ALTER TABLE member
    ADD COLUMN family_name VARCHAR(200) AS (SUBSTRING_INDEX(display_name, ' ', -1)) PERSISTENT;
CREATE INDEX ix_member_display_name ON member (display_name);
CREATE INDEX ix_member_family_name ON member (family_name, display_name);
CREATE INDEX ix_member_email ON member (email, display_name);

-- The roles the identity provider vouched for at the member's last sign-in: only known then, kept so staff see them.
CREATE TABLE member_role (
    member_id BIGINT      NOT NULL,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (member_id, role),
    CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- What staff did on a member's behalf from the member's page: who, when, what, on whom.
CREATE TABLE staff_action (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id BIGINT        NOT NULL,
    actor     VARCHAR(300)  NOT NULL,
    action    VARCHAR(40)   NOT NULL,
    detail    VARCHAR(1000) NOT NULL,
    acted_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_staff_action_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_staff_action_member ON staff_action (member_id, acted_at);

-- A member's gifts page by page, newest first, on the member's page.
CREATE INDEX ix_gift_member_given ON gift (member_id, given_at);
