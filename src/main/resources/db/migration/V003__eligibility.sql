-- Prerequisites as data: one rule tree (JSON) per program, edited by staff.
CREATE TABLE prerequisite_rule (
    program_code VARCHAR(40)   PRIMARY KEY,
    rule_json    VARCHAR(4000) NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(200)  NOT NULL
);

-- A program a member completed: marked by a teacher or staff, or claimed by the member (then verified by staff).
CREATE TABLE completion (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    member_id        BIGINT        NOT NULL,
    program_code     VARCHAR(40)   NOT NULL,
    offering_id      BIGINT,
    completed_on     DATE          NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    organisation     VARCHAR(200),
    certificate_name VARCHAR(200),
    certificate_type VARCHAR(100),
    certificate      MEDIUMBLOB,
    rejection_reason VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_completion_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_completion_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_completion_source CHECK (source IN ('TEACHER', 'STAFF', 'CLAIM')),
    CONSTRAINT ck_completion_status CHECK (status IN ('VERIFIED', 'PENDING', 'REJECTED', 'REVOKED'))
);
CREATE INDEX ix_completion_member ON completion (member_id, status);
CREATE INDEX ix_completion_status ON completion (status, created_at);

-- Every change to a completion: who, when, before and after.
CREATE TABLE completion_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    completion_id BIGINT        NOT NULL,
    changed_at    DATETIME(6)   NOT NULL,
    changed_by    VARCHAR(200)  NOT NULL,
    before_state  VARCHAR(2000),
    after_state   VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_completion_audit_completion FOREIGN KEY (completion_id) REFERENCES completion (id)
);
CREATE INDEX ix_completion_audit_time ON completion_audit (changed_at);

-- Attendance per session, marked on the roster.
CREATE TABLE attendance (
    offering_id       BIGINT       NOT NULL,
    member_id         BIGINT       NOT NULL,
    session_starts_at DATETIME(6)  NOT NULL,
    present           BOOLEAN      NOT NULL,
    marked_at         DATETIME(6)  NOT NULL,
    marked_by         VARCHAR(200) NOT NULL,
    PRIMARY KEY (offering_id, member_id, session_starts_at),
    CONSTRAINT fk_attendance_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- The member's practice log; the daily-practice condition reads it.
CREATE TABLE practice_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT       NOT NULL,
    practiced_on DATE         NOT NULL,
    minutes      INT          NOT NULL,
    practice     VARCHAR(60)  NOT NULL,
    note         VARCHAR(500),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_practice_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_practice_minutes CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX ix_practice_member_day ON practice_entry (member_id, practiced_on);

-- Applications (e.g. SCIP) and staff overrides: conditions of the rules.
CREATE TABLE application (
    offering_id BIGINT       NOT NULL,
    member_id   BIGINT       NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    applied_at  DATETIME(6)  NOT NULL,
    decided_at  DATETIME(6),
    decided_by  VARCHAR(200),
    PRIMARY KEY (offering_id, member_id),
    CONSTRAINT fk_application_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_application_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_application_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED'))
);

CREATE TABLE eligibility_override (
    program_code VARCHAR(40)   NOT NULL,
    member_id    BIGINT        NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    granted_at   DATETIME(6)   NOT NULL,
    granted_by   VARCHAR(200)  NOT NULL,
    PRIMARY KEY (program_code, member_id),
    CONSTRAINT fk_override_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- Which members teach an offering (their roster); the names shown publicly stay in offering_teacher.
CREATE TABLE offering_instructor (
    offering_id BIGINT NOT NULL,
    member_id   BIGINT NOT NULL,
    PRIMARY KEY (offering_id, member_id),
    CONSTRAINT fk_instructor_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_instructor_member FOREIGN KEY (member_id) REFERENCES member (id)
);
