-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: finding a clip's remixes (the preview's remix chain) is an index lookup, not a scan of the library.

CREATE INDEX clips_parent ON clips(parent_remote_id, profile);
