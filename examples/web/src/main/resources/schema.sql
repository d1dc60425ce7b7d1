-- Posted evidence, as the JSON records it was posted as. Portable between H2 and PostgreSQL.
-- Sources are shared by every agreement; each item belongs to the agreement it was posted for.
CREATE TABLE IF NOT EXISTS posted_source (
  id        VARCHAR(200) PRIMARY KEY,
  body      TEXT         NOT NULL,
  posted_at TIMESTAMP    NOT NULL
);
CREATE TABLE IF NOT EXISTS posted_evidence (
  id        VARCHAR(200) PRIMARY KEY,
  agreement VARCHAR(200) NOT NULL,
  body      TEXT         NOT NULL,
  posted_at TIMESTAMP    NOT NULL
);
-- A database made before the service served several agreements held the trilateral's items only.
ALTER TABLE posted_evidence ADD COLUMN IF NOT EXISTS agreement VARCHAR(200) NOT NULL DEFAULT 'tmm24';
