-- Staff keep the programs (docs/decisions/013): a long description, core course or advanced, active or archived
-- (an archived program takes no new offerings; its existing ones stay), and the languages it is taught in.
-- `name` stays the title and `summary` the short description.
ALTER TABLE program
    ADD COLUMN description TEXT,
    ADD COLUMN level  VARCHAR(20) NOT NULL DEFAULT 'CORE',
    ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE',
    ADD CONSTRAINT ck_program_level CHECK (level IN ('CORE', 'ADVANCED')),
    ADD CONSTRAINT ck_program_status CHECK (status IN ('ACTIVE', 'ARCHIVED'));

-- Staff's list pages through the programs of one status, by title.
CREATE INDEX ix_program_status_name ON program (status, name, id);

-- BCP-47 codes of the portal's languages (en, es, de, fr, nl, sv, zh, ja).
CREATE TABLE program_language (
    program_id BIGINT      NOT NULL,
    language   VARCHAR(35) NOT NULL,
    PRIMARY KEY (program_id, language),
    CONSTRAINT fk_program_language_program FOREIGN KEY (program_id) REFERENCES program (id)
);

INSERT INTO program_language (program_id, language) SELECT id, 'en' FROM program;

-- Every change to a program's prerequisite rule: who, when, the rule before and after (JSON; none: open to all).
CREATE TABLE prerequisite_rule_audit (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    program_code VARCHAR(40)   NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(200)  NOT NULL,
    before_json  VARCHAR(4000),
    after_json   VARCHAR(4000),
    CONSTRAINT fk_rule_audit_program FOREIGN KEY (program_code) REFERENCES program (code),
    CONSTRAINT ck_rule_audit_change CHECK (before_json IS NOT NULL OR after_json IS NOT NULL)
);
CREATE INDEX ix_rule_audit_program ON prerequisite_rule_audit (program_code, changed_at, id);
