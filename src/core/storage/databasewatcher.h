// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Dailies
{

class Database;

/**
 * Tells when another process has committed to the library database, without a timer while nothing happens.
 *
 * SQLite in WAL mode appends every commit to `<file>-wal`, so a QFileSystemWatcher (inotify on Linux) on that file
 * wakes this process when anyone writes, this process included. A coalescing single-shot timer (started only by
 * such an event) then asks `PRAGMA data_version`, which changes only for commits of *other* connections: this
 * process's own writes cost one pragma and emit nothing. changed() then lets the job engine and the library read
 * what changed since they last looked (jobs by `rev`, clips through `clip_changes`).
 *
 * An in-memory database has no other writer and no file: the watcher then does nothing. The database is not owned.
 */
class DatabaseWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWatcher)

public:
    explicit DatabaseWatcher(Database *database, QObject *parent = nullptr);
    ~DatabaseWatcher() override;

    /// Checks now, as if the file had changed (after a wake-up that the file system may not report).
    void check();
    /// How many times changed() was emitted (tests and benchmarks).
    [[nodiscard]] int changes() const { return m_changes; }

Q_SIGNALS:
    /// Another process committed something since the last check.
    void changed();

private:
    void watch();

    Database *m_database;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce;
    QString m_walPath;
    qint64 m_dataVersion = -1;
    int m_changes = 0;
};

} // namespace Dailies
