// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/enginelease.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/processes.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
// How soon a claim held by a process of this host is looked at again (a kill -9 leaves no other trace).
constexpr qint64 kLocalCheckMs = 2000;
} // namespace

EngineLease::EngineLease(Database *database, Clock *clock, QString app)
    : m_db(database)
    , m_clock(clock)
    , m_app(std::move(app))
    , m_id(hostId() + u'/' + QString::number(QCoreApplication::applicationPid()) + u'/'
          + QUuid::createUuid().toString(QUuid::Id128).left(8))
    , m_startedAt(clock->now())
{
}

QString EngineLease::hostId()
{
    return Processes::hostId();
}

bool EngineLease::processExists(qint64 pid)
{
    return Processes::exists(pid);
}

bool EngineLease::renew(bool *lostRow)
{
    const qint64 now = m_clock->now().toMSecsSinceEpoch();
    const qint64 until = now + kLeaseDuration.count();
    QSqlQuery q(m_db->connection());
    q.prepare(u"UPDATE engines SET lease_until = ? WHERE id = ?"_s);
    q.addBindValue(until);
    q.addBindValue(m_id);
    if (!q.exec())
        return false;
    const bool existed = q.numRowsAffected() == 1;
    if (lostRow)
        *lostRow = !existed && m_renewedAtMs >= 0;
    if (!existed) {
        q.prepare(u"INSERT INTO engines (id, host, pid, app, started_at, lease_until) VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(m_id);
        q.addBindValue(hostId());
        q.addBindValue(QCoreApplication::applicationPid());
        q.addBindValue(m_app);
        q.addBindValue(m_startedAt.toMSecsSinceEpoch());
        q.addBindValue(until);
        if (!q.exec())
            return false;
    }
    m_renewedAtMs = m_clock->monotonicMs();
    return true;
}

bool EngineLease::isFresh() const
{
    return m_renewedAtMs >= 0 && m_clock->monotonicMs() - m_renewedAtMs < kLeaseDuration.count() / 3;
}

qint64 EngineLease::renewalDueMs() const
{
    return m_renewedAtMs < 0 ? m_clock->monotonicMs() : m_renewedAtMs + kLeaseDuration.count() / 3;
}

void EngineLease::release()
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"DELETE FROM engines WHERE id = ?"_s);
    q.addBindValue(m_id);
    q.exec();
    m_renewedAtMs = -1;
}

QHash<QString, EngineLease::Engine> EngineLease::engines() const
{
    QHash<QString, Engine> all;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, host, pid, app, started_at, lease_until FROM engines"_s))
        return all;
    while (q.next()) {
        Engine e;
        e.id = q.value(0).toString();
        e.host = q.value(1).toString();
        e.pid = q.value(2).toLongLong();
        e.app = q.value(3).toString();
        e.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        e.leaseUntil = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
        all.insert(e.id, e);
    }
    return all;
}

bool EngineLease::isAlive(const QString &owner, const QHash<QString, Engine> &engines) const
{
    if (owner == m_id)
        return true;
    const auto it = engines.constFind(owner);
    if (it == engines.cend())
        return false;
    if (it->leaseUntil <= m_clock->now())
        return false;
    return it->host != hostId() || processExists(it->pid);
}

QDateTime EngineLease::nextCheck(const QString &owner, const QHash<QString, Engine> &engines) const
{
    const QDateTime now = m_clock->now();
    const auto it = engines.constFind(owner);
    if (it == engines.cend())
        return now;
    QDateTime next = it->leaseUntil.addMSecs(100);
    if (it->host == hostId())
        next = std::min(next, now.addMSecs(kLocalCheckMs));
    return next;
}

bool EngineLease::retire(const Engine &engine)
{
    QSqlQuery q(m_db->connection());
    // Conditional on the lease seen: an engine that renewed since is alive after all.
    q.prepare(u"DELETE FROM engines WHERE id = ? AND lease_until = ?"_s);
    q.addBindValue(engine.id);
    q.addBindValue(engine.leaseUntil.toMSecsSinceEpoch());
    return q.exec() && q.numRowsAffected() == 1;
}

} // namespace Dailies
