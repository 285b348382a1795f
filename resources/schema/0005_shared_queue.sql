-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: one library, many processes (docs/ARCHITECTURE.md, "Many processes"). A job is claimed by the engine
-- that sends or follows it (`owner`); an engine's claims hold while its row in `engines` lives. Every change to a job
-- takes the next `rev`, and every change to a clip is logged in `clip_changes`, so another process finds what changed
-- since it last looked without reading everything again.

ALTER TABLE jobs ADD COLUMN owner TEXT;
ALTER TABLE jobs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE jobs ADD COLUMN rev INTEGER NOT NULL DEFAULT 0;
CREATE INDEX jobs_rev ON jobs(rev);
CREATE INDEX jobs_owner ON jobs(owner);

-- One row per running engine. `lease_until` (ms since the epoch) is renewed while the engine holds claims; a row
-- whose lease has passed, or whose process is gone from this host, may be deleted by any other engine, which then
-- takes its claims over by reconciliation.
CREATE TABLE engines (
    id TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL,
    app TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL,
    lease_until INTEGER NOT NULL
);

-- Clip writes are rare (a finished job, a rating, an import), so triggers log them for every writer; only the
-- newest 10,000 entries are kept, and a reader that fell further behind reads the whole library again.
CREATE TABLE clip_changes (
    rev INTEGER PRIMARY KEY AUTOINCREMENT,
    clip_id INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE TRIGGER clip_changes_insert AFTER INSERT ON clips BEGIN
    INSERT INTO clip_changes(clip_id, kind) VALUES (new.id, 'added');
    DELETE FROM clip_changes WHERE rev <= (SELECT MAX(rev) FROM clip_changes) - 10000;
END;
CREATE TRIGGER clip_changes_update AFTER UPDATE ON clips BEGIN
    INSERT INTO clip_changes(clip_id, kind) VALUES (new.id, 'changed');
    DELETE FROM clip_changes WHERE rev <= (SELECT MAX(rev) FROM clip_changes) - 10000;
END;
CREATE TRIGGER clip_changes_delete AFTER DELETE ON clips BEGIN
    INSERT INTO clip_changes(clip_id, kind) VALUES (old.id, 'removed');
    DELETE FROM clip_changes WHERE rev <= (SELECT MAX(rev) FROM clip_changes) - 10000;
END;
