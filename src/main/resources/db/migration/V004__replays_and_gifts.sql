-- A recording of an offering or event. The media is an external URL or a file the portal streams itself.
CREATE TABLE replay (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    offering_id      BIGINT,
    campaign         VARCHAR(40),
    title            VARCHAR(200)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    duration_seconds INT           NOT NULL,
    external_url     VARCHAR(1000),
    media_file       VARCHAR(300),
    media_type       VARCHAR(100),
    transcript       MEDIUMTEXT,
    published        BOOLEAN       NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_replay_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT ck_replay_source CHECK ((external_url IS NULL) <> (media_file IS NULL)),
    CONSTRAINT ck_replay_duration CHECK (duration_seconds > 0)
);

CREATE TABLE replay_caption (
    replay_id BIGINT      NOT NULL,
    language  VARCHAR(35) NOT NULL,
    label     VARCHAR(60) NOT NULL,
    vtt       MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (replay_id, language),
    CONSTRAINT fk_caption_replay FOREIGN KEY (replay_id) REFERENCES replay (id)
);

CREATE TABLE replay_chapter (
    replay_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    start_seconds INT          NOT NULL,
    title         VARCHAR(200) NOT NULL,
    PRIMARY KEY (replay_id, position),
    CONSTRAINT fk_chapter_replay FOREIGN KEY (replay_id) REFERENCES replay (id)
);

-- Where a member stopped watching, so they resume on any device.
CREATE TABLE watch_position (
    replay_id        BIGINT      NOT NULL,
    member_id        BIGINT      NOT NULL,
    position_seconds INT         NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (replay_id, member_id),
    CONSTRAINT fk_position_replay FOREIGN KEY (replay_id) REFERENCES replay (id),
    CONSTRAINT fk_position_member FOREIGN KEY (member_id) REFERENCES member (id)
);

-- Gifts. For now recorded by hand by staff; the giving capability adds payments behind a port.
CREATE TABLE gift (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT       NOT NULL,
    amount_minor BIGINT       NOT NULL,
    currency     VARCHAR(3)   NOT NULL,
    campaign     VARCHAR(40),
    given_at     DATETIME(6)  NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    recorded_by  VARCHAR(200) NOT NULL,
    CONSTRAINT fk_gift_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_gift_amount CHECK (amount_minor > 0)
);
CREATE INDEX ix_gift_member_campaign ON gift (member_id, campaign);
