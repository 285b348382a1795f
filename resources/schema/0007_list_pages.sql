-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 7: the studio's list reads one page at a time, newest first (docs/ARCHITECTURE.md, "The studio's list"), so
-- its order (created_at, id) has an index and a page is one seek; and the full-text index keeps prefixes of one to
-- three characters, so that a search typed a letter at a time reads one list per word instead of merging every word
-- that starts the same way.

CREATE INDEX clips_created ON clips(created_at, id);

DROP TRIGGER clips_fts_insert;
DROP TRIGGER clips_fts_delete;
DROP TRIGGER clips_fts_update;
DROP TABLE clips_fts;
CREATE VIRTUAL TABLE clips_fts USING fts5(
    prompt, notes, tags, project,
    content='clips', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
INSERT INTO clips_fts(clips_fts) VALUES ('rebuild');
CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN
    INSERT INTO clips_fts(rowid, prompt, notes, tags, project) VALUES (new.id, new.prompt, new.notes, new.tags, new.project);
END;
CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN
    INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project)
        VALUES ('delete', old.id, old.prompt, old.notes, old.tags, old.project);
END;
CREATE TRIGGER clips_fts_update AFTER UPDATE OF prompt, notes, tags, project ON clips BEGIN
    INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project)
        VALUES ('delete', old.id, old.prompt, old.notes, old.tags, old.project);
    INSERT INTO clips_fts(rowid, prompt, notes, tags, project) VALUES (new.id, new.prompt, new.notes, new.tags, new.project);
END;
