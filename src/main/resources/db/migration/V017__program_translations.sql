-- A program's title and short description in another language, written by staff (docs/decisions/019). A language
-- without a row shows the original, marked "(in English)".
CREATE TABLE program_translation (
    program_id BIGINT        NOT NULL,
    language   VARCHAR(10)   NOT NULL,
    name       VARCHAR(200)  NOT NULL,
    summary    VARCHAR(2000) NOT NULL,
    PRIMARY KEY (program_id, language),
    CONSTRAINT fk_program_translation_program FOREIGN KEY (program_id) REFERENCES program (id)
);
-- The catalog reads one language's translations at a time.
CREATE INDEX ix_program_translation_language ON program_translation (language);
