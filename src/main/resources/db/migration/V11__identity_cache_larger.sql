-- V7's cache of 1 000 still made a 20 000-account import write the sequence, with every page changed so
-- far, twenty times (about an eighth of its insert time). A cache as large as a big import removes that;
-- gaps in ids stay harmless.
ALTER TABLE account ALTER COLUMN id SET CACHE 100000;
ALTER TABLE stakeholder ALTER COLUMN id SET CACHE 100000;
