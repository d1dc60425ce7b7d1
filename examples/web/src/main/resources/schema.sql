-- Posted evidence, as the JSON records it was posted as. Portable between H2 and PostgreSQL.
CREATE TABLE IF NOT EXISTS posted_source (
  id        VARCHAR(200) PRIMARY KEY,
  body      TEXT         NOT NULL,
  posted_at TIMESTAMP    NOT NULL
);
CREATE TABLE IF NOT EXISTS posted_evidence (
  id        VARCHAR(200) PRIMARY KEY,
  body      TEXT         NOT NULL,
  posted_at TIMESTAMP    NOT NULL
);
