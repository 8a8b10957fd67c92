-- Imports add accounts and contacts by the ten thousand. An identity column hands out its values
-- from a cache of 32 by default, and H2 writes the sequence (a small commit of its own) each time
-- the cache runs out: a third of the time of a 20 000-account import. Gaps in ids are harmless.
ALTER TABLE account ALTER COLUMN id SET CACHE 1000;
ALTER TABLE stakeholder ALTER COLUMN id SET CACHE 1000;
