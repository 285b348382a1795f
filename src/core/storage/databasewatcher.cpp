// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databasewatcher.h"

#include <QFileInfo>

#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
// Several commits in quick succession (a list poll updating many jobs) become one look.
constexpr int kCoalesceMs = 25;
} // namespace

DatabaseWatcher::DatabaseWatcher(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &DatabaseWatcher::check);
    if (!m_database || m_database->path().isEmpty() || m_database->path() == ":memory:"_L1)
        return;
    m_walPath = m_database->path() + u"-wal"_s;
    m_dataVersion = m_database->dataVersion();
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch(); // a WAL that was removed and made again is a new file to the watcher
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    // The database file itself changes at checkpoints, and is the only file when another process turned WAL off.
    m_watcher.addPath(m_database->path());
    watch();
}

DatabaseWatcher::~DatabaseWatcher() = default;

void DatabaseWatcher::watch()
{
    if (!m_walPath.isEmpty() && !m_watcher.files().contains(m_walPath) && QFileInfo::exists(m_walPath))
        m_watcher.addPath(m_walPath);
}

void DatabaseWatcher::check()
{
    if (!m_database || !m_database->isOpen())
        return;
    const qint64 version = m_database->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    ++m_changes;
    Q_EMIT changed();
}

} // namespace Dailies
