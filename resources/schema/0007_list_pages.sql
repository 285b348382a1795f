-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the studio's list reads one page at a time, newest first, searched or not, at the cost of the page
-- (docs/ARCHITECTURE.md, "The studio's list costs the screen").
--
-- `list_key` is a clip's place in that order: created_at * 2^20 plus a counter among clips created in the same
-- millisecond, unique, set by the insert trigger below when the row does not give one. It is also the rowid of the
-- full-text index, so that FTS5 hands out matches newest first and stops after a page (`ORDER BY rowid DESC LIMIT`)
-- instead of SQLite collecting every match to sort them. The index keeps prefixes of one to six characters, so a
-- search typed a letter at a time reads one list per word: a longer prefix that is not kept makes FTS5 merge the lists
-- of every word that starts with it before it can hand out the newest ("shot"* over a million clips: 30 ms with
-- prefixes up to three, under 1 ms up to six; the index grows by half, 0.75 to 1.13 GB there).

ALTER TABLE clips ADD COLUMN list_key INTEGER;
WITH k AS (SELECT id, created_at * 1048576 + row_number() OVER (PARTITION BY created_at ORDER BY id) - 1 AS key
           FROM clips)
UPDATE clips SET list_key = k.key FROM k WHERE k.id = clips.id;
CREATE UNIQUE INDEX clips_list ON clips(list_key);
-- The command line lists by date added and tests search matches against list_key as it walks: the index carries it,
-- so the walk never reads the table.
DROP INDEX clips_added;
CREATE INDEX clips_added ON clips(added_at DESC, id DESC, list_key);

-- Filling list_key in is not a change other processes need to hear about.
DROP TRIGGER clip_changes_update;
CREATE TRIGGER clip_changes_update AFTER UPDATE ON clips WHEN old.list_key IS NOT NULL BEGIN
    INSERT INTO clip_changes(clip_id, kind) VALUES (new.id, 'changed');
    DELETE FROM clip_changes WHERE rev <= (SELECT MAX(rev) FROM clip_changes) - 10000;
END;

-- Library::rebuildSearchIndex() makes the same table and triggers again: keep the two in step.
DROP TRIGGER clips_fts_insert;
DROP TRIGGER clips_fts_delete;
DROP TRIGGER clips_fts_update;
DROP TABLE clips_fts;
CREATE VIRTUAL TABLE clips_fts USING fts5(
    prompt, notes, tags, project,
    content='clips', content_rowid='list_key', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6');
INSERT INTO clips_fts(clips_fts) VALUES ('rebuild');
CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
    UPDATE clips SET list_key = (
        SELECT ifnull(max(list_key) + 1, new.created_at * 1048576) FROM clips
        WHERE list_key >= new.created_at * 1048576 AND list_key < (new.created_at + 1) * 1048576)
    WHERE id = new.id AND list_key IS NULL;
    INSERT INTO clips_fts(rowid, prompt, notes, tags, project)
        SELECT list_key, prompt, notes, tags, project FROM clips WHERE id = new.id;
END;
CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
    INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project)
        VALUES ('delete', old.list_key, old.prompt, old.notes, old.tags, old.project);
END;
CREATE TRIGGER clips_fts_update AFTER UPDATE OF prompt, notes, tags, project ON clips BEGIN
    INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project)
        VALUES ('delete', old.list_key, old.prompt, old.notes, old.tags, old.project);
    INSERT INTO clips_fts(rowid, prompt, notes, tags, project)
        VALUES (new.list_key, new.prompt, new.notes, new.tags, new.project);
END;
