// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Dailies
{

class Clock;
class Database;

/// One prompt that was used, newest first in PromptHistory::entries().
struct PromptHistoryEntry {
    qint64 id = 0;
    QString text;
    QDateTime usedAt;
};

/**
 * The prompts a person sent, kept in the library database (table `prompt_history`, schema 2): capped to the newest
 * capacity() entries, de-duplicated (using a prompt again moves it to the top instead of adding a row), searchable.
 * Texts are stored as written; only empty or blank prompts are refused. Not owned: the database, the clock.
 */
class PromptHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::PromptHistory)

public:
    static constexpr int kDefaultCapacity = 200;

    /// `clock` may be nullptr for the system clock.
    explicit PromptHistory(Database *database, Clock *clock = nullptr);

    void setCapacity(int capacity);
    [[nodiscard]] int capacity() const { return m_capacity; }

    /// Records a use of `text`: a new entry at the top, or the existing one moved there; then drops the oldest beyond
    /// capacity(). Returns false (and stores nothing) for a blank text or when the database refuses.
    bool add(const QString &text);
    /// Newest first; at most `limit` entries (0: all).
    [[nodiscard]] QList<PromptHistoryEntry> entries(int limit = 0) const;
    /// The entries whose text contains every word of `filter` (case-insensitive, any order), newest first; a blank
    /// filter gives entries(limit).
    [[nodiscard]] QList<PromptHistoryEntry> search(const QString &filter, int limit = 0) const;
    bool remove(qint64 id);
    bool clear();
    [[nodiscard]] int count() const;

private:
    Database *m_db;
    Clock *m_clock;
    int m_capacity = kDefaultCapacity;
};

} // namespace Dailies
