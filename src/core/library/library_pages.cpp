// SPDX-License-Identifier: GPL-3.0-or-later
// The light reads behind lists over the whole library: summaries, pages in the studio's orders, one clip against a
// filter, the projects.
#include <QSqlError>
#include <QSqlQuery>

#include "core/library/library.h"
#include "core/library/library_p.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

const QString &summaryColumns()
{
    static const QString columns
        = u"id, job_id, created_at, cost, substr(prompt, 1, %1), project, favourite, rating"_s.arg(
            ClipSummary::kPromptExcerptLength);
    return columns;
}

ClipSummary readSummary(const QSqlQuery &q)
{
    ClipSummary c;
    c.id = q.value(0).toLongLong();
    c.jobId = q.value(1).toLongLong();
    c.createdAt = LibraryDetail::fromMs(q.value(2));
    if (const QVariant cost = q.value(3); !cost.isNull())
        c.cost = cost.toDouble();
    c.promptExcerpt = q.value(4).toString();
    c.project = q.value(5).toString();
    c.favourite = q.value(6).toInt() != 0;
    c.rating = q.value(7).toInt();
    return c;
}

// The order's own value as SQL; empty for Created, whose value is the creation time itself. Only Created has an
// index (schema 7); the others sort the matching clips for every page.
QString orderValue(ClipOrder order)
{
    switch (order) {
    case ClipOrder::Prompt:
        return u"substr(prompt, 1, %1) COLLATE NOCASE"_s.arg(ClipSummary::kPromptExcerptLength);
    case ClipOrder::Cost:
        return u"ifnull(cost, -1.0)"_s;
    case ClipOrder::Rating:
        return u"rating"_s;
    case ClipOrder::Created:
        break;
    }
    return {};
}

} // namespace

ClipPageQuery::Cursor ClipPageQuery::cursorOf(const ClipSummary &clip, ClipOrder order)
{
    Cursor c;
    c.number = order == ClipOrder::Cost ? clip.cost.value_or(-1.0) : double(clip.rating);
    c.text = clip.promptExcerpt;
    c.createdMs = clip.createdAt.isValid() ? clip.createdAt.toMSecsSinceEpoch() : 0;
    c.id = clip.id;
    return c;
}

QList<ClipSummary> Library::clipSummaries(const ClipQuery &query) const
{
    bool nothing = false;
    const Private::Filter f = Private::filterFor(query, &nothing);
    QList<ClipSummary> rows;
    if (nothing)
        return rows;
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + summaryColumns() + u" FROM clips "_s + f.sql);
    for (const QVariant &v : f.binds)
        q.addBindValue(v);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append(readSummary(q));
    return rows;
}

QList<ClipSummary> Library::clipPage(const ClipPageQuery &query, QString *error) const
{
    QList<ClipSummary> rows;
    if (query.limit <= 0)
        return rows;
    QStringList conditions;
    QVariantList binds;
    Private::conditionsFor(query.filter, &conditions, &binds);

    const QString value = orderValue(query.order);
    const QString direction = query.ascending ? u" ASC"_s : u" DESC"_s;
    QStringList keys;
    if (!value.isEmpty())
        keys << value;
    keys << u"created_at"_s << u"id"_s;
    if (query.after) {
        // A row value compares in the index's order, so the page starts with one seek.
        QStringList marks;
        if (query.order == ClipOrder::Prompt)
            binds << query.after->text;
        else if (query.order != ClipOrder::Created)
            binds << (query.order == ClipOrder::Cost ? QVariant(query.after->number)
                                                     : QVariant(qint64(query.after->number)));
        binds << query.after->createdMs << query.after->id;
        for (qsizetype i = 0; i < keys.size(); ++i)
            marks << u"?"_s;
        conditions << u"("_s + keys.join(u", "_s) + (query.ascending ? u") > ("_s : u") < ("_s) + marks.join(u", "_s)
                + u')';
    }
    QString sql = u"SELECT "_s + summaryColumns() + u" FROM clips"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY "_s + keys.join(direction + u", "_s) + direction + u" LIMIT ?"_s;
    binds << qint64(query.limit);

    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!ok || !q.exec()) {
        // The search index is what fails in practice (a damaged or missing clips_fts); `library check` repairs it.
        if (error) {
            *error = query.filter.text.trimmed().isEmpty()
                ? tr("The library cannot be listed (%1).").arg(q.lastError().text())
                : tr("The library cannot be searched: its search index is damaged (%1). Run 'dailies library check' "
                     "to repair it.")
                      .arg(q.lastError().text());
        }
        return rows;
    }
    rows.reserve(query.limit);
    while (q.next())
        rows.append(readSummary(q));
    return rows;
}

bool Library::clipMatches(qint64 id, const ClipQuery &filter) const
{
    QStringList conditions { u"id = ?"_s };
    QVariantList binds { id };
    Private::conditionsFor(filter, &conditions, &binds);
    QSqlQuery q(d->db->connection());
    q.prepare(u"SELECT 1 FROM clips WHERE "_s + conditions.join(u" AND "_s));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return q.exec() && q.next();
}

bool Library::searchIndexIsSound() const
{
    QSqlQuery q(d->db->connection());
    return q.exec(u"INSERT INTO clips_fts(clips_fts, rank) VALUES ('integrity-check', 1)"_s);
}

bool Library::rebuildSearchIndex(QString *error)
{
    // The table and triggers of schema 7, made again from the clips.
    static const QStringList statements {
        u"DROP TRIGGER IF EXISTS clips_fts_insert"_s,
        u"DROP TRIGGER IF EXISTS clips_fts_delete"_s,
        u"DROP TRIGGER IF EXISTS clips_fts_update"_s,
        u"DROP TABLE IF EXISTS clips_fts"_s,
        u"CREATE VIRTUAL TABLE clips_fts USING fts5(prompt, notes, tags, project, content='clips', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"_s,
        u"INSERT INTO clips_fts(clips_fts) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN INSERT INTO clips_fts(rowid, prompt, notes, "
        "tags, project) VALUES (new.id, new.prompt, new.notes, new.tags, new.project); END"_s,
        u"CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN INSERT INTO clips_fts(clips_fts, rowid, prompt, "
        "notes, tags, project) VALUES ('delete', old.id, old.prompt, old.notes, old.tags, old.project); END"_s,
        u"CREATE TRIGGER clips_fts_update AFTER UPDATE OF prompt, notes, tags, project ON clips BEGIN "
        "INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project) VALUES ('delete', old.id, old.prompt, "
        "old.notes, old.tags, old.project); INSERT INTO clips_fts(rowid, prompt, notes, tags, project) "
        "VALUES (new.id, new.prompt, new.notes, new.tags, new.project); END"_s,
    };
    Database::Transaction transaction(*d->db);
    QSqlQuery q(d->db->connection());
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            if (error)
                *error = tr("The search index cannot be rebuilt: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = tr("The search index cannot be rebuilt: the change could not be saved.");
        return false;
    }
    return true;
}

QStringList Library::projects() const
{
    // A skip scan over the project index: one seek per distinct project, not one step per clip.
    QSqlQuery q(d->db->connection());
    QStringList names;
    if (!q.exec(
            u"WITH RECURSIVE p(name) AS ("
            "SELECT min(project) FROM clips WHERE project > '' "
            "UNION ALL SELECT (SELECT min(project) FROM clips WHERE project > p.name) FROM p WHERE p.name IS NOT NULL) "
            "SELECT name FROM p WHERE name IS NOT NULL"_s))
        return names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace Dailies
