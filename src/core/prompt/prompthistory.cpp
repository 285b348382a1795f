// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/prompt/prompthistory.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

PromptHistory::PromptHistory(Database *database, Clock *clock)
    : m_db(database)
    , m_clock(clock ? clock : &SystemClock::instance())
{
}

void PromptHistory::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
}

bool PromptHistory::add(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    Database::Transaction transaction(*m_db);
    QSqlQuery q(m_db->connection());
    // Delete and insert rather than update: the newest entry is always the one with the highest id.
    q.prepare(u"DELETE FROM prompt_history WHERE text = ?"_s);
    q.addBindValue(text);
    if (!q.exec())
        return false;
    q.prepare(u"INSERT INTO prompt_history (text, used_at) VALUES (?, ?)"_s);
    q.addBindValue(text);
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    if (!q.exec())
        return false;
    q.prepare(u"DELETE FROM prompt_history WHERE id NOT IN "
              u"(SELECT id FROM prompt_history ORDER BY id DESC LIMIT ?)"_s);
    q.addBindValue(m_capacity);
    if (!q.exec())
        return false;
    return transaction.commit();
}

QList<PromptHistoryEntry> PromptHistory::entries(int limit) const
{
    QList<PromptHistoryEntry> list;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    if (limit > 0) {
        q.prepare(u"SELECT id, text, used_at FROM prompt_history ORDER BY id DESC LIMIT ?"_s);
        q.addBindValue(limit);
    } else {
        q.prepare(u"SELECT id, text, used_at FROM prompt_history ORDER BY id DESC"_s);
    }
    if (!q.exec())
        return list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toString(),
            QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC) });
    return list;
}

QList<PromptHistoryEntry> PromptHistory::search(const QString &filter, int limit) const
{
    const QStringList words = filter.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return entries(limit);
    // The history is capped at a few hundred rows, so matching here is simpler than SQL LIKE (which folds only
    // ASCII case in SQLite) and gives the same answer on every database.
    QList<PromptHistoryEntry> found;
    const QList<PromptHistoryEntry> all = entries();
    for (const PromptHistoryEntry &entry : all) {
        const bool match = std::all_of(words.cbegin(), words.cend(),
            [&entry](const QString &word) { return entry.text.contains(word, Qt::CaseInsensitive); });
        if (!match)
            continue;
        found.append(entry);
        if (limit > 0 && found.size() >= limit)
            break;
    }
    return found;
}

bool PromptHistory::remove(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"DELETE FROM prompt_history WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

bool PromptHistory::clear()
{
    QSqlQuery q(m_db->connection());
    return q.exec(u"DELETE FROM prompt_history"_s);
}

int PromptHistory::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(u"SELECT COUNT(*) FROM prompt_history"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace Dailies
