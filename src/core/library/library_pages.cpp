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
        = u"clips.id, clips.job_id, clips.created_at, clips.cost, substr(clips.prompt, 1, %1), clips.project, "
          "clips.favourite, clips.rating, clips.list_key"_s.arg(ClipSummary::kPromptExcerptLength);
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
    c.listKey = q.value(8).toLongLong();
    return c;
}

// The order's own value as SQL; empty for Created, whose value is list_key itself. Only Created has an index
// (schema 7); the others sort the matching clips for every page.
QString orderValue(ClipOrder order)
{
    switch (order) {
    case ClipOrder::Prompt:
        return u"substr(clips.prompt, 1, %1) COLLATE NOCASE"_s.arg(ClipSummary::kPromptExcerptLength);
    case ClipOrder::Cost:
        return u"ifnull(clips.cost, -1.0)"_s;
    case ClipOrder::Rating:
        return u"clips.rating"_s;
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
    c.listKey = clip.listKey;
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
    // Newest (or oldest) first with a search: the full-text index, whose rowid is list_key, hands out the matches
    // in that order and the join stops after a page, however many clips match.
    const QString match = Private::ftsExpression(query.filter);
    const bool driveBySearch = query.order == ClipOrder::Created && !match.isEmpty();
    QStringList conditions;
    QVariantList binds;
    if (driveBySearch) {
        conditions << u"clips_fts MATCH ?"_s;
        binds << match;
    }
    Private::conditionsFor(
        query.filter, &conditions, &binds, driveBySearch ? Private::TextSearch::Skip : Private::TextSearch::AllMatches);

    const QString key = driveBySearch ? u"clips_fts.rowid"_s : u"clips.list_key"_s;
    const QString value = orderValue(query.order);
    const QString direction = query.ascending ? u" ASC"_s : u" DESC"_s;
    const QString comparison = query.ascending ? u" > "_s : u" < "_s;
    if (query.after) {
        // A row value compares in the index's order, so the page starts with one seek.
        if (value.isEmpty()) {
            conditions << key + comparison + u'?';
        } else {
            conditions << u"("_s + value + u", clips.list_key)"_s + comparison + u"(?, ?)"_s;
            if (query.order == ClipOrder::Prompt)
                binds << query.after->text;
            else if (query.order == ClipOrder::Cost)
                binds << query.after->number;
            else
                binds << qint64(query.after->number);
        }
        binds << query.after->listKey;
    }
    QString sql = u"SELECT "_s + summaryColumns()
        + (driveBySearch ? u" FROM clips_fts JOIN clips ON clips.list_key = clips_fts.rowid"_s : u" FROM clips"_s);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY "_s + (value.isEmpty() ? QString() : value + direction + u", "_s) + key + direction
        + u" LIMIT ?"_s;
    binds << qint64(query.limit);

    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!ok || !q.exec()) {
        // The search index is what fails in practice (a damaged or missing clips_fts); `library check` repairs it.
        if (error) {
            *error = match.isEmpty()
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
    QStringList conditions { u"clips.id = ?"_s };
    QVariantList binds { id };
    Private::conditionsFor(filter, &conditions, &binds, Private::TextSearch::OneRow);
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
    // The table and triggers of schema 7 (resources/schema/0007_list_pages.sql: keep the two in step), made again
    // from the clips.
    static const QStringList statements {
        u"DROP TRIGGER IF EXISTS clips_fts_insert"_s,
        u"DROP TRIGGER IF EXISTS clips_fts_delete"_s,
        u"DROP TRIGGER IF EXISTS clips_fts_update"_s,
        u"DROP TABLE IF EXISTS clips_fts"_s,
        u"CREATE VIRTUAL TABLE clips_fts USING fts5(prompt, notes, tags, project, content='clips', "
        "content_rowid='list_key', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3 4 5 6')"_s,
        u"INSERT INTO clips_fts(clips_fts) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER clips_fts_insert AFTER INSERT ON clips BEGIN "
        "UPDATE clips SET list_key = (SELECT ifnull(max(list_key) + 1, new.created_at * 1048576) FROM clips "
        "WHERE list_key >= new.created_at * 1048576 AND list_key < (new.created_at + 1) * 1048576) "
        "WHERE id = new.id AND list_key IS NULL; "
        "INSERT INTO clips_fts(rowid, prompt, notes, tags, project) "
        "SELECT list_key, prompt, notes, tags, project FROM clips WHERE id = new.id; END"_s,
        u"CREATE TRIGGER clips_fts_delete AFTER DELETE ON clips BEGIN INSERT INTO clips_fts(clips_fts, rowid, prompt, "
        "notes, tags, project) VALUES ('delete', old.list_key, old.prompt, old.notes, old.tags, old.project); END"_s,
        u"CREATE TRIGGER clips_fts_update AFTER UPDATE OF prompt, notes, tags, project ON clips BEGIN "
        "INSERT INTO clips_fts(clips_fts, rowid, prompt, notes, tags, project) VALUES ('delete', old.list_key, "
        "old.prompt, old.notes, old.tags, old.project); INSERT INTO clips_fts(rowid, prompt, notes, tags, project) "
        "VALUES (new.list_key, new.prompt, new.notes, new.tags, new.project); END"_s,
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
