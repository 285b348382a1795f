-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: prompt history and saved compose presets, kept with the library so that every Dailies process and every
-- machine that opens the library sees the same ones.

-- The newest entry has the highest id: using a prompt again deletes its row and inserts it anew.
CREATE TABLE prompt_history (
    id INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    used_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX prompt_history_text ON prompt_history(text);

CREATE TABLE presets (
    name TEXT PRIMARY KEY,
    prompt TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    seconds TEXT NOT NULL DEFAULT '',
    variations INTEGER NOT NULL DEFAULT 1,
    reference_fit TEXT NOT NULL DEFAULT 'fit',
    updated_at INTEGER NOT NULL
);
