// SPDX-License-Identifier: GPL-3.0-or-later
// Removing clips (to the trash or for good), rebuilding the library from its sidecars, and exporting clips.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include "core/library/library.h"
#include "core/library/library_p.h"
#include "core/library/zipwriter.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// Qt 6.4 on freedesktop systems "trashes" into `./files` of the current directory when it cannot make the home
// trash, which it cannot while $XDG_DATA_HOME is missing. The trash spec says to create it, so we do, and every
// place Qt reports is checked before a trashed file counts as trashed.
QString prepareTrash()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dataHome.isEmpty() || !QDir().mkpath(dataHome))
        return Library::tr("The system trash is not available (no data folder).");
#endif
    return {};
}

bool isInTrash(const QString &path)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // <trash>/files/<name>, where <trash> is $XDG_DATA_HOME/Trash, <top>/.Trash-<uid> or <top>/.Trash/<uid>.
    const QFileInfo info(path);
    const QDir files = info.absoluteDir();
    if (!info.isAbsolute() || files.dirName() != "files"_L1)
        return false;
    QDir trash = files;
    if (!trash.cdUp())
        return false;
    const QString name = trash.dirName();
    QDir above = trash;
    return name == "Trash"_L1 || name.startsWith(".Trash-"_L1) || (above.cdUp() && above.dirName() == ".Trash"_L1);
#else
    return !path.isEmpty();
#endif
}

} // namespace

bool Library::removeClip(qint64 id, RemoveMode mode, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<ClipRecord> c = clip(id);
    if (!c)
        return fail(tr("There is no clip %1 in the library.").arg(id));
    // The sidecar goes first and the video second: whatever step fails, what is left is either the whole clip or
    // files that no rebuild will bring back.
    QStringList files;
    for (const QString &path : { c->sidecarPath, c->videoPath, c->thumbnailPath, c->spritesheetPath }) {
        if (!path.isEmpty() && QFileInfo::exists(path))
            files << path;
    }

    Database::Transaction transaction(*d->db);
    {
        QSqlQuery q(d->db->connection());
        q.prepare(u"DELETE FROM clips WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return fail(tr("Cannot remove the clip from the library database: %1").arg(q.lastError().text()));
    }

    if (mode == RemoveMode::Trash) {
        if (const QString problem = prepareTrash(); !problem.isEmpty())
            return fail(problem);
    }
    QList<std::pair<QString, QString>> trashed; // original, place in the trash
    auto untrash = [&trashed] {
        for (const auto &[original, there] : std::as_const(trashed))
            QFile::rename(there, original);
    };
    if (mode == RemoveMode::Trash) {
        for (const QString &path : std::as_const(files)) {
            QString inTrash;
            QFile file(path);
            const bool moved = file.moveToTrash();
            if (moved)
                trashed.append({ path, file.fileName() });
            if (!moved || !isInTrash(file.fileName())) {
                const QString reason = moved ? tr("the system has no usable trash") : file.errorString();
                untrash();
                return fail(tr("Cannot move '%1' to the trash (%2); the clip was kept.").arg(path, reason));
            }
        }
    } else {
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (file.remove() || path == c->thumbnailPath || path == c->spritesheetPath)
                continue;
            // Nothing is lost while the video stays: put the sidecar back beside it and keep the clip.
            const QString reason = file.errorString();
            QString ignored;
            if (path == c->videoPath && files.contains(c->sidecarPath))
                d->writeSidecar(*c, &ignored);
            return fail(tr("Cannot delete '%1' (%2); the clip was kept.").arg(path, reason));
        }
    }
    if (!transaction.commit()) {
        untrash();
        return fail(
            tr("Cannot remove the clip from the library database: %1").arg(d->db->connection().lastError().text()));
    }
    Q_EMIT clipRemoved(id);
    return true;
}

Library::RebuildReport Library::rebuildFromFolder()
{
    RebuildReport report;
    QStringList sidecars;
    QStringList folders { d->folder };
    while (!folders.isEmpty()) {
        const QDir dir(folders.takeFirst());
        // Hidden folders (`.dailies` with its staging area, a VCS folder) hold nothing of the user's library.
        const QFileInfoList subfolders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &sub : subfolders)
            folders << sub.absoluteFilePath();
        const QFileInfoList files = dir.entryInfoList({ u"*.json"_s }, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files)
            sidecars << file.absoluteFilePath();
    }

    QList<qint64> added;
    Database::Transaction transaction(*d->db);
    for (const QString &path : std::as_const(sidecars)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report.problems << tr("%1: cannot be read (%2)").arg(path, file.errorString());
            continue;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        const QString stem = path.chopped(5);
        if (!doc.isObject()) {
            report.problems << tr("%1: not valid JSON (%2 at offset %3)")
                                   .arg(path, parseError.errorString())
                                   .arg(parseError.offset);
            continue;
        }
        // A JSON file of the user's own that sits in the folder is none of our business.
        if (!doc.object().contains("dailies_sidecar"_L1) && !QFileInfo::exists(stem + u".mp4"_s))
            continue;
        QString problem;
        std::optional<ClipRecord> c = ClipRecord::fromSidecar(doc.object(), path, &problem);
        if (!c) {
            report.problems << problem;
            continue;
        }
        if (clipByRemoteId(c->profile, c->remoteId)) {
            ++report.alreadyPresent;
            continue;
        }
        if (!QFileInfo::exists(c->videoPath)) {
            report.problems << tr("sidecar '%1': field 'files.video' names '%2', which does not exist")
                                   .arg(path, QFileInfo(c->videoPath).fileName());
            continue;
        }
        for (QString *optional : { &c->thumbnailPath, &c->spritesheetPath }) {
            if (!optional->isEmpty() && !QFileInfo::exists(*optional))
                optional->clear();
        }
        if (!c->addedAt.isValid())
            c->addedAt = d->clock->now();
        c->tags = LibraryDetail::normalisedTags(c->tags);
        const std::optional<qint64> id = d->insert(*c, &problem);
        if (!id) {
            report.problems << tr("%1: %2").arg(path, problem);
            continue;
        }
        added << *id;
    }
    if (!transaction.commit()) {
        report.problems << tr("Cannot update the library database: %1").arg(d->db->connection().lastError().text());
        return report;
    }
    report.added = int(added.size());
    for (const qint64 id : std::as_const(added))
        Q_EMIT clipAdded(id);
    return report;
}

QString Library::exportClips(const QList<qint64> &ids, const QString &destination) const
{
    // Every clip's files with their paths relative to the library folder, so subfolders and the sidecars'
    // relative file names survive.
    QList<std::pair<QString, QString>> files; // source, relative name
    for (const qint64 id : ids) {
        const std::optional<ClipRecord> c = clip(id);
        if (!c)
            return tr("There is no clip %1 in the library.").arg(id);
        for (const QString &path : { c->videoPath, c->thumbnailPath, c->spritesheetPath, c->sidecarPath }) {
            if (path.isEmpty())
                continue;
            if (!QFileInfo::exists(path))
                return tr("'%1' is missing; nothing was exported.").arg(path);
            QString name = d->relative(path);
            if (name.startsWith("../"_L1))
                name = QFileInfo(path).fileName();
            files.append({ path, name });
        }
    }
    if (files.isEmpty())
        return tr("No clips to export.");

    if (destination.endsWith(".zip"_L1, Qt::CaseInsensitive)) {
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
            return tr("Cannot create the folder '%1'.").arg(QFileInfo(destination).absolutePath());
        QSaveFile zipFile(destination);
        if (!zipFile.open(QIODevice::WriteOnly))
            return tr("Cannot write '%1': %2").arg(destination, zipFile.errorString());
        ZipWriter zip(&zipFile);
        for (const auto &[source, name] : std::as_const(files)) {
            if (!zip.addFile(name, source))
                return zip.errorString();
        }
        if (!zip.finish())
            return zip.errorString();
        if (!zipFile.commit())
            return tr("Cannot write '%1': %2").arg(destination, zipFile.errorString());
        return {};
    }

    const QDir target(destination);
    for (const auto &[source, name] : std::as_const(files)) {
        if (QFileInfo::exists(target.filePath(name)))
            return tr("'%1' already exists; nothing was exported.").arg(target.filePath(name));
    }
    QStringList copied;
    auto undo = [&copied] {
        for (const QString &path : std::as_const(copied))
            QFile::remove(path);
    };
    for (const auto &[source, name] : std::as_const(files)) {
        const QString path = target.filePath(name);
        const QString part = path + u".part"_s;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            undo();
            return tr("Cannot create the folder '%1'.").arg(QFileInfo(path).absolutePath());
        }
        QFile::remove(part);
        QFile in(source);
        if (!in.copy(part)) {
            const QString reason = in.errorString();
            QFile::remove(part);
            undo();
            return tr("Cannot copy '%1' to '%2': %3").arg(source, path, reason);
        }
        QFile out(part);
        if (!out.rename(path)) {
            const QString reason = out.errorString();
            QFile::remove(part);
            undo();
            return tr("Cannot copy '%1' to '%2': %3").arg(source, path, reason);
        }
        copied << path;
    }
    return {};
}

} // namespace Dailies
