-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: edits, extensions and characters (docs/ARCHITECTURE.md, "Library"). A clip made from another records how
-- (`origin`: remix, edit or extend; '' for a create) beside `parent_remote_id`, so that the library can walk a lineage
-- both ways and count an extension chain; characters the provider made are kept so that prompts can use them offline.

ALTER TABLE clips ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE clips SET origin = 'remix' WHERE parent_remote_id <> '';

CREATE TABLE characters (
    id INTEGER PRIMARY KEY,
    profile TEXT NOT NULL,
    character_id TEXT NOT NULL,
    name TEXT NOT NULL,
    source_clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL,
    source_path TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (profile, character_id)
);
