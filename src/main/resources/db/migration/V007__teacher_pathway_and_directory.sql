-- Evidence a teacher logs on the pathway: mentor consultations and continuing-education activities.
-- Each counts once staff verify it (docs/decisions/009).
CREATE TABLE training_evidence (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    member_id        BIGINT        NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    happened_on      DATE          NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    minutes          INT           NOT NULL DEFAULT 0,
    note             VARCHAR(500),
    status           VARCHAR(20)   NOT NULL,
    decided_by       VARCHAR(200),
    decided_at       DATETIME(6),
    rejection_reason VARCHAR(500),
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_evidence_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_evidence_kind CHECK (kind IN ('CONSULTATION', 'CONTINUING_EDUCATION')),
    CONSTRAINT ck_evidence_status CHECK (status IN ('LOGGED', 'VERIFIED', 'REJECTED')),
    CONSTRAINT ck_evidence_minutes CHECK (minutes BETWEEN 0 AND 6000)
);
CREATE INDEX ix_evidence_member ON training_evidence (member_id, happened_on);
CREATE INDEX ix_evidence_status ON training_evidence (status, created_at);

-- A later date staff grant for one deadline (the certification deadline, or one renewal cycle's due date).
CREATE TABLE deadline_extension (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    member_id       BIGINT        NOT NULL,
    deadline        VARCHAR(30)   NOT NULL,
    original_due_on DATE          NOT NULL,
    extended_to     DATE          NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    granted_by      VARCHAR(200)  NOT NULL,
    granted_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_extension_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_extension UNIQUE (member_id, deadline, original_due_on),
    CONSTRAINT ck_extension_deadline CHECK (deadline IN ('CERTIFICATION', 'RENEWAL')),
    CONSTRAINT ck_extension_later CHECK (extended_to > original_due_on)
);

-- Where each teacher stands, derived from the records above and the eligibility and catalog records.
-- Recomputed whenever they change and every night (the date moves deadlines); never edited by hand.
CREATE TABLE teacher_standing (
    member_id      BIGINT       PRIMARY KEY,
    training_level VARCHAR(20)  NOT NULL,
    stage          VARCHAR(30)  NOT NULL,
    next_due_on    DATE,
    next_due_kind  VARCHAR(30),
    computed_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_standing_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_standing_stage ON teacher_standing (stage, next_due_on);
CREATE INDEX ix_standing_due ON teacher_standing (next_due_on);
CREATE INDEX ix_standing_level ON teacher_standing (training_level);

-- A teacher's public directory entry. Each field is public only with its own consent flag; the location is a
-- city (GeoNames id, name and coordinates), never an address.
CREATE TABLE teacher_profile (
    member_id         BIGINT        PRIMARY KEY,
    version           BIGINT        NOT NULL DEFAULT 0,
    display_name      VARCHAR(200)  NOT NULL,
    listed            BOOLEAN       NOT NULL,
    bio               VARCHAR(4000),
    bio_public        BOOLEAN       NOT NULL,
    languages_public  BOOLEAN       NOT NULL,
    city_id           VARCHAR(20),
    city_name         VARCHAR(200),
    region            VARCHAR(200),
    country_code      VARCHAR(2),
    latitude          DOUBLE,
    longitude         DOUBLE,
    location_public   BOOLEAN       NOT NULL,
    website           VARCHAR(300),
    website_public    BOOLEAN       NOT NULL,
    photo             MEDIUMBLOB,
    photo_type        VARCHAR(40),
    photo_public      BOOLEAN       NOT NULL,
    teaches_online    BOOLEAN       NOT NULL,
    teaches_in_person BOOLEAN       NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    CONSTRAINT fk_profile_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_profile_location ON teacher_profile (listed, latitude, longitude);
CREATE INDEX ix_profile_name ON teacher_profile (listed, display_name);

CREATE TABLE teacher_language (
    member_id     BIGINT      NOT NULL,
    language_code VARCHAR(8)  NOT NULL,
    PRIMARY KEY (member_id, language_code),
    CONSTRAINT fk_language_profile FOREIGN KEY (member_id) REFERENCES teacher_profile (member_id)
);
CREATE INDEX ix_language_code ON teacher_language (language_code, member_id);
