// SPDX-License-Identifier: GPL-3.0-or-later
// Where the library keeps things, what it holds, and the user's own fields of a clip.
#include "core/library/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include "core/library/library_p.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/filenames.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

const QString Library::kDefaultTemplate = u"{date}_{prompt:40}_{id}"_s;

Library::Library(Database *database, QString folder, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, database, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()),
          clock ? clock : &SystemClock::instance()))
{
    QSqlQuery q(database->connection());
    if (q.exec(u"SELECT IFNULL(MAX(rev), 0) FROM clip_changes"_s) && q.next())
        d->seenChange = q.value(0).toLongLong();
}

Library::~Library() = default;

Clock *Library::clock() const
{
    return d->clock;
}

void Library::refresh()
{
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT IFNULL(MIN(rev), 0), IFNULL(MAX(rev), 0) FROM clip_changes"_s) || !q.next())
        return;
    const qint64 oldest = q.value(0).toLongLong();
    const qint64 newest = q.value(1).toLongLong();
    q.finish();
    if (newest <= d->seenChange)
        return;
    if (oldest > d->seenChange + 1) {
        // The log was trimmed past what this process saw (a rebuild or import of thousands of clips).
        d->seenChange = newest;
        Q_EMIT clipsReset();
        return;
    }
    q.prepare(u"SELECT rev, clip_id, kind FROM clip_changes WHERE rev > ? ORDER BY rev"_s);
    q.addBindValue(d->seenChange);
    if (!q.exec())
        return;
    QList<std::pair<qint64, QString>> changes;
    while (q.next()) {
        d->seenChange = std::max(d->seenChange, q.value(0).toLongLong());
        changes.append({ q.value(1).toLongLong(), q.value(2).toString() });
    }
    q.finish();
    for (const auto &[id, kind] : std::as_const(changes)) {
        if (kind == "added"_L1)
            Q_EMIT clipAdded(id);
        else if (kind == "removed"_L1)
            Q_EMIT clipRemoved(id);
        else
            Q_EMIT clipChanged(id);
    }
}

QString Library::folder() const
{
    return d->folder;
}

QString Library::validateTemplate(const QString &fileNameTemplate)
{
    return FileNameTemplate(fileNameTemplate).error();
}

bool Library::setFileNameTemplate(const QString &fileNameTemplate)
{
    FileNameTemplate parsed(fileNameTemplate, d->clock);
    if (!parsed.isValid())
        return false;
    d->nameTemplate = std::move(parsed);
    return true;
}

QString Library::fileNameTemplate() const
{
    return d->nameTemplate.text();
}

QString Library::checkWritable() const
{
    if (!QDir().mkpath(d->folder))
        return tr("Cannot create the library folder '%1'.").arg(d->folder);
    QTemporaryFile probe(d->folder + u"/.dailies-write-check-XXXXXX"_s);
    if (!probe.open())
        return tr("The library folder '%1' is not writable: %2").arg(d->folder, probe.errorString());
    return {};
}

QString Library::stagingFolder(qint64 jobId) const
{
    return d->folder + u"/.dailies/incoming/"_s + QString::number(jobId);
}

QString Library::referencesFolder() const
{
    return d->folder + u"/.dailies/references"_s;
}

QString Library::referencePath(const QString &fileName) const
{
    // Only a bare name: a request's file name never leads out of the folder.
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() || name == ".."_L1 || name == "."_L1 ? QString() : referencesFolder() + u'/' + name;
}

QString Library::storeReference(const QString &sourcePath, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the reference image '%1': %2")
                        .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    const QByteArray bytes = source.readAll();
    const QString suffix = QFileInfo(sourcePath).suffix().toLower();
    const QString name
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32))
        + (suffix.isEmpty() ? QString() : u'.' + suffix);
    const QString target = referencesFolder() + u'/' + name;
    if (QFileInfo::exists(target))
        return target;
    if (!QDir().mkpath(referencesFolder()))
        return fail(tr("Cannot create the folder '%1'.").arg(QDir::toNativeSeparators(referencesFolder())));
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot store the reference image in '%1': %2")
                        .arg(QDir::toNativeSeparators(referencesFolder()), file.errorString()));
    return target;
}

QString Library::importStagingFolder(const QString &remoteId) const
{
    return d->folder + u"/.dailies/import/"_s + sanitizeFileName(remoteId);
}

std::optional<ClipRecord> Library::clip(qint64 id) const
{
    return d->selectOne(u"WHERE id = ?"_s, { id });
}

std::optional<ClipRecord> Library::clipByRemoteId(const QString &profile, const QString &remoteId) const
{
    return d->selectOne(u"WHERE profile = ? AND remote_id = ?"_s, { profile, remoteId });
}

QList<ClipRecord> Library::remixesOf(const QString &profile, const QString &remoteId) const
{
    if (remoteId.isEmpty())
        return {};
    return d->select(u"WHERE parent_remote_id = ? AND profile = ? ORDER BY added_at, id"_s, { remoteId, profile });
}

QList<ClipRecord> Library::clips(const ClipQuery &query) const
{
    bool nothing = false;
    const Private::Filter f = Private::filterFor(query, &nothing);
    return nothing ? QList<ClipRecord>() : d->select(f.sql, f.binds);
}

QList<qint64> Library::clipIds(const ClipQuery &query) const
{
    bool nothing = false;
    const Private::Filter f = Private::filterFor(query, &nothing);
    QList<qint64> ids;
    if (nothing)
        return ids;
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM clips "_s + f.sql);
    for (const QVariant &v : f.binds)
        q.addBindValue(v);
    if (!q.exec())
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int Library::clipCount() const
{
    QSqlQuery q(d->db->connection());
    if (q.exec(u"SELECT count(*) FROM clips"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

QStringList Library::allTags() const
{
    QStringList tags;
    QSqlQuery q(d->db->connection());
    if (!q.exec(u"SELECT DISTINCT tags FROM clips WHERE tags <> ''"_s))
        return tags;
    QSet<QString> seen;
    while (q.next()) {
        const QStringList some = q.value(0).toString().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &tag : some) {
            if (!seen.contains(tag)) {
                seen.insert(tag);
                tags.append(tag);
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

std::optional<ClipRecord> Library::findDuplicate(const QString &settingsKey) const
{
    if (settingsKey.isEmpty())
        return std::nullopt;
    return d->selectOne(u"WHERE settings_key = ? ORDER BY created_at DESC, id DESC"_s, { settingsKey });
}

bool Library::setFavourite(qint64 id, bool favourite)
{
    return d->updateUser(
        id, u"favourite"_s, favourite ? 1 : 0, [favourite](ClipRecord &c) { c.favourite = favourite; });
}

bool Library::setRating(qint64 id, int rating)
{
    if (rating < 0 || rating > 5) {
        d->lastError = tr("A rating goes from 0 (none) to 5 stars, not %1.").arg(rating);
        return false;
    }
    return d->updateUser(id, u"rating"_s, rating, [rating](ClipRecord &c) { c.rating = rating; });
}

bool Library::setTags(qint64 id, const QStringList &tags)
{
    const QStringList clean = LibraryDetail::normalisedTags(tags);
    return d->updateUser(id, u"tags"_s, clean.join(u'\n'), [&clean](ClipRecord &c) { c.tags = clean; });
}

bool Library::setProject(qint64 id, const QString &project)
{
    const QString clean = project.simplified();
    return d->updateUser(id, u"project"_s, clean, [&clean](ClipRecord &c) { c.project = clean; });
}

bool Library::setThumbnail(qint64 id, const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.absoluteFilePath().startsWith(QDir(folder()).absolutePath() + u'/')) {
        d->lastError = tr("A thumbnail must be a file inside the library folder: %1").arg(path);
        return false;
    }
    const QString absolutePath = file.absoluteFilePath();
    return d->updateUser(id, u"thumbnail_path"_s, d->relative(absolutePath),
        [&absolutePath](ClipRecord &c) { c.thumbnailPath = absolutePath; });
}

bool Library::setNotes(qint64 id, const QString &notes)
{
    return d->updateUser(id, u"notes"_s, notes, [&notes](ClipRecord &c) { c.notes = notes; });
}

QString Library::lastError() const
{
    return d->lastError;
}

} // namespace Dailies
