-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: "Render final" links a final take to the draft it re-renders (the draft's remote video id), on the job
-- while it runs and on the clip it becomes.

ALTER TABLE jobs ADD COLUMN draft_of TEXT NOT NULL DEFAULT '';
ALTER TABLE clips ADD COLUMN draft_remote_id TEXT NOT NULL DEFAULT '';
