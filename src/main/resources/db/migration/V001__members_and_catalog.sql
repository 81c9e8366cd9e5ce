-- Instants are stored as UTC in DATETIME(6) (TIMESTAMP ends in 2038); each offering keeps the zone it is planned in.

CREATE TABLE member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    issuer            VARCHAR(255) NOT NULL,
    subject           VARCHAR(255) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    email             VARCHAR(320),
    locale            VARCHAR(35),
    time_zone         VARCHAR(64),
    created_at        DATETIME(6)  NOT NULL,
    last_signed_in_at DATETIME(6),
    CONSTRAINT uk_member_identity UNIQUE (issuer, subject)
);

CREATE TABLE program (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    version BIGINT        NOT NULL DEFAULT 0,
    code    VARCHAR(40)   NOT NULL,
    name    VARCHAR(200)  NOT NULL,
    summary VARCHAR(2000) NOT NULL,
    CONSTRAINT uk_program_code UNIQUE (code)
);

CREATE TABLE offering (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT       NOT NULL DEFAULT 0,
    program_id             BIGINT       NOT NULL,
    code                   VARCHAR(40)  NOT NULL,
    title                  VARCHAR(200) NOT NULL,
    time_zone              VARCHAR(64)  NOT NULL,
    format                 VARCHAR(20)  NOT NULL,
    venue                  VARCHAR(300),
    language               VARCHAR(35)  NOT NULL,
    capacity               INT,
    currency               VARCHAR(3)   NOT NULL,
    regular_price_minor    BIGINT       NOT NULL,
    early_bird_price_minor BIGINT,
    early_bird_deadline    DATETIME(6),
    registration_opens_at  DATETIME(6)  NOT NULL,
    registration_closes_at DATETIME(6)  NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_offering_code UNIQUE (code),
    CONSTRAINT fk_offering_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_offering_capacity CHECK (capacity IS NULL OR capacity > 0),
    CONSTRAINT ck_offering_price CHECK (regular_price_minor >= 0),
    CONSTRAINT ck_offering_format CHECK (format IN ('ONLINE', 'IN_PERSON')),
    CONSTRAINT ck_offering_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED'))
);

CREATE TABLE offering_teacher (
    offering_id  BIGINT       NOT NULL,
    position     INT          NOT NULL,
    teacher_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (offering_id, position),
    CONSTRAINT fk_offering_teacher_offering FOREIGN KEY (offering_id) REFERENCES offering (id)
);

CREATE TABLE offering_session (
    offering_id BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (offering_id, starts_at),
    CONSTRAINT fk_offering_session_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_offering_session_order CHECK (ends_at > starts_at)
);
