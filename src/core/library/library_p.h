// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement Library (library*.cpp); not part of its interface.

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <functional>
#include <optional>

#include "core/library/filenametemplate.h"
#include "core/library/library.h"

namespace Dailies
{

class Clock;
class Database;

namespace LibraryDetail
{
/// How many " (n)" variants of a file name are tried before giving up.
constexpr int kMaxCollisionSuffix = 10000;
/// A stored time in ms since the epoch (UTC), or an invalid time for NULL.
QDateTime fromMs(const QVariant &value);
/// Tags as the library keeps them: trimmed, no empty entries, no case-insensitive duplicates.
QStringList normalisedTags(const QStringList &tags);
} // namespace LibraryDetail

class Library::Private
{
public:
    Private(Library *library, Database *database, QString libraryFolder, Clock *wallClock)
        : q(library)
        , db(database)
        , folder(std::move(libraryFolder))
        , clock(wallClock)
        , nameTemplate(kDefaultTemplate, wallClock)
    {
    }

    [[nodiscard]] QString absolute(const QString &relative) const;

    [[nodiscard]] QString relative(const QString &absolutePath) const;

    [[nodiscard]] ClipRecord read(const QSqlQuery &query) const;

    [[nodiscard]] QList<ClipRecord> select(const QString &tail, const QVariantList &binds) const;

    [[nodiscard]] std::optional<ClipRecord> selectOne(const QString &tail, const QVariantList &binds) const;

    struct Filter {
        QString sql;
        QVariantList binds;
    };

    [[nodiscard]] static Filter filterFor(const ClipQuery &query, bool *matchesNothing);
    /// How conditionsFor() asks the full-text index.
    enum class TextSearch {
        AllMatches, ///< `list_key IN (every match)`: for orders the index does not have, and few matches
        OneRow, ///< a probe of one row's key: for a query about one clip
        Skip, ///< not at all: the caller joins the index itself
    };
    /// The conditions of `query` alone (no ORDER BY, no LIMIT), each a complete SQL expression over `clips`.
    static void conditionsFor(
        const ClipQuery &query, QStringList *conditions, QVariantList *binds, TextSearch text = TextSearch::AllMatches);
    /// The FTS5 expression of a search text; empty when it has no word.
    [[nodiscard]] static QString ftsExpression(const ClipQuery &query);

    [[nodiscard]] bool rowUsesSidecar(const QString &relativeSidecar) const;

    [[nodiscard]] bool nameTaken(const QString &base) const;

    static QString candidate(const QString &base, int n)
    {
        return n == 1 ? base : base + QStringLiteral(" (%1)").arg(n);
    }

    // The sidecar at `path` as a record, if it is one of ours.
    [[nodiscard]] static std::optional<ClipRecord> readSidecar(const QString &path, QString *error);

    // Where a commit with `base` really goes: the base itself, or the first " (n)" variant that is free or already
    // holds this clip's own sidecar (a commit interrupted earlier), so that another clip's files are never replaced.
    [[nodiscard]] QString resolveBase(
        const QString &base, const ClipRecord &clip, std::optional<ClipRecord> *ours) const;

    /// Runs `work` (may be empty) and commits, in one transaction; false when `work` refuses (with *problem left
    /// as `work` set it) or the commit fails (with *problem saying why).
    bool inTransaction(const std::function<bool()> &work, QString *problem);
    /// Fills in what a clip needs before it is committed: times, tags, rating, settings key, no secrets.
    void completeForCommit(ClipRecord &clip) const;

    bool writeSidecar(const ClipRecord &clip, QString *error) const;

    std::optional<qint64> insert(const ClipRecord &c, QString *error) const;

    // Updates one user column and rewrites the sidecar; both happen or neither does.
    bool updateUser(
        qint64 id, const QString &column, const QVariant &value, const std::function<void(ClipRecord &)> &apply);

    Library *q;
    Database *db;
    QString folder;
    Clock *clock;
    FileNameTemplate nameTemplate;
    QString lastError;
    // Base names handed out by planBaseName() and not yet committed, so that two jobs planned one after the
    // other never get the same name.
    mutable QSet<QString> reserved;
    // The newest entry of `clip_changes` this process has looked at (refresh()).
    qint64 seenChange = 0;
};

} // namespace Dailies
