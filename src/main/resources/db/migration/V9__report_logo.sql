-- Reports: the "Prepared by" logo for report covers (name and organisation live in the setting table).
-- A row per binary setting; BYTEA is H2's and PostgreSQL's name for a variable-length binary value.
CREATE TABLE setting_binary (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    media_type  VARCHAR(100) NOT NULL,
    content     BYTEA        NOT NULL
);
