-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: jobs, clips, full-text search, spend ledger. Plain SQL except the FTS5 table and its triggers, so the
-- catalogue can later move to PostgreSQL. Times are milliseconds since the Unix epoch (UTC).

CREATE TABLE clips (
    id INTEGER PRIMARY KEY,
    job_id INTEGER,
    profile TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    prompt TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    seconds TEXT NOT NULL DEFAULT '',
    request_json TEXT NOT NULL,
    response_json TEXT NOT NULL,
    settings_key TEXT NOT NULL,
    submitted_at INTEGER,
    created_at INTEGER NOT NULL,
    completed_at INTEGER,
    added_at INTEGER NOT NULL,
    cost REAL,
    currency TEXT NOT NULL DEFAULT 'USD',
    video_path TEXT NOT NULL,
    thumbnail_path TEXT NOT NULL DEFAULT '',
    spritesheet_path TEXT NOT NULL DEFAULT '',
    sidecar_path TEXT NOT NULL DEFAULT '',
    video_bytes INTEGER NOT NULL DEFAULT 0,
    favourite INTEGER NOT NULL DEFAULT 0,
    rating INTEGER NOT NULL DEFAULT 0,
    project TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    parent_remote_id TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX clips_remote ON clips(profile, remote_id);
CREATE INDEX clips_added ON clips(added_at DESC, id DESC);
CREATE INDEX clips_settings ON clips(settings_key);
CREATE INDEX clips_project ON clips(project);

CREATE VIRTUAL TABLE clips_fts USING fts5(
    prompt, notes, tags, project,
    content='clips', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
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

CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    batch TEXT NOT NULL,
    variation INTEGER NOT NULL DEFAULT 0,
    profile TEXT NOT NULL,
    state TEXT NOT NULL,
    position REAL NOT NULL,
    kind TEXT NOT NULL DEFAULT 'create',
    prompt TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    seconds TEXT NOT NULL DEFAULT '',
    reference_path TEXT NOT NULL DEFAULT '',
    reference_url TEXT NOT NULL DEFAULT '',
    reference_file_id TEXT NOT NULL DEFAULT '',
    remix_of TEXT NOT NULL DEFAULT '',
    project TEXT NOT NULL DEFAULT '',
    request_json TEXT NOT NULL,
    remote_id TEXT,
    remote_status TEXT NOT NULL DEFAULT '',
    progress INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    submitted_at INTEGER,
    remote_created_at INTEGER,
    finished_at INTEGER,
    expires_at INTEGER,
    last_change_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    not_before INTEGER,
    library_base TEXT NOT NULL DEFAULT '',
    error_kind TEXT NOT NULL DEFAULT '',
    error_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    request_id TEXT NOT NULL DEFAULT '',
    response_json TEXT NOT NULL DEFAULT '',
    estimated_cost REAL,
    clip_id INTEGER REFERENCES clips(id) ON DELETE SET NULL
);
CREATE INDEX jobs_state ON jobs(state, position);
CREATE UNIQUE INDEX jobs_remote ON jobs(profile, remote_id);

CREATE TABLE spend (
    id INTEGER PRIMARY KEY,
    job_id INTEGER,
    profile TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL,
    day TEXT NOT NULL,
    amount REAL NOT NULL,
    currency TEXT NOT NULL DEFAULT 'USD'
);
CREATE INDEX spend_day ON spend(day);
CREATE UNIQUE INDEX spend_job ON spend(job_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
