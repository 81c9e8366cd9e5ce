-- One row per account deletion, for staff (docs/decisions/024). It holds no personal data: the id of the member
-- row that was anonymised, which holders erased it and how many rows each table had touched.
CREATE TABLE erasure (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT        NOT NULL,
    erased_at   DATETIME(6)   NOT NULL,
    holders     VARCHAR(1000) NOT NULL,
    row_counts  VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_erasure_erased_at ON erasure (erased_at);
