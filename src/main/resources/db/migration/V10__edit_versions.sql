-- Optimistic versions for edits by several people (issue 15 §2): one row per edited thing — a plan,
-- objective, action, stakeholder, rating (account + criterion), designation (account) or KPI value
-- (KPI + period) — with its version number, who changed it last and when (UTC). A save names the version
-- it was based on; a conditional UPDATE that finds another version refuses it. deleted_flag: 1 once the
-- thing was deleted (so a later save can say who deleted it). Actions and meetings gain their author.
CREATE TABLE edit_version (
    item_kind     VARCHAR(20)  NOT NULL,
    item_key      VARCHAR(300) NOT NULL,
    version_no    BIGINT       NOT NULL,
    changed_by    VARCHAR(255) NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    deleted_flag  SMALLINT     NOT NULL DEFAULT 0,
    PRIMARY KEY (item_kind, item_key)
);

ALTER TABLE plan_action ADD COLUMN author VARCHAR(255);
ALTER TABLE interaction ADD COLUMN author VARCHAR(255);
-- an objective's target as written ("2 SKUs listed"); target keeps the optional number progress is computed from
ALTER TABLE plan_objective ADD COLUMN target_text VARCHAR(1000);
