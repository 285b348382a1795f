// SPDX-License-Identifier: GPL-3.0-or-later
// Committing a downloaded clip: its files move beside the sidecar, then its row is written, in an order that survives a
// crash.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <algorithm>

#include "core/library/library.h"
#include "core/library/library_p.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

// A base name handed to commitClip() must stay inside the library folder, like the template that made it.
bool isSafeRelative(const QString &path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.contains(u'\\') || path.contains(u':'))
        return false;
    const QStringList parts = path.split(u'/');
    return std::none_of(
        parts.cbegin(), parts.cend(), [](const QString &p) { return p.isEmpty() || p == "."_L1 || p == ".."_L1; });
}

// The staged file `<stem>.<ext>` (not a `.part`), or an empty string.
QString stagedFile(const QString &stagingFolder, const QString &stem)
{
    if (stagingFolder.isEmpty())
        return {};
    const QDir dir(stagingFolder);
    const QStringList names = dir.entryList({ stem + u".*"_s }, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (!name.endsWith(".part"_L1))
            return dir.filePath(name);
    }
    return {};
}

// Removes the `.part` leftovers of a staging folder (and, with `everything`, its staged files too), then the
// folder itself when that leaves it empty. Only names the engine stages are touched.
void cleanStaging(const QString &stagingFolder, bool everything)
{
    if (stagingFolder.isEmpty())
        return;
    const QDir staging(stagingFolder);
    const QStringList names
        = staging.entryList({ u"video.*"_s, u"thumbnail.*"_s, u"spritesheet.*"_s }, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (everything || name.endsWith(".part"_L1))
            QFile::remove(staging.filePath(name));
    }
    QDir().rmdir(stagingFolder);
}

QString suffixOf(const QString &path, const QString &fallback)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? fallback : suffix;
}

// One file of a clip: staged → its place beside the sidecar. When the staged copy is gone, a file that an earlier,
// interrupted commit already moved is accepted (`staged` is then empty).
struct Move {
    QString staged;
    QString final;
};

Move planMove(const QString &stagingFolder, const QString &target, const QString &stem, const QString &infix,
    const QString &fallbackExt, const QString &earlier)
{
    const QString staged = stagedFile(stagingFolder, stem);
    if (!staged.isEmpty())
        return { staged, target + infix + u'.' + suffixOf(staged, fallbackExt) };
    if (!earlier.isEmpty() && QFileInfo::exists(earlier))
        return { {}, earlier };
    const QString guess = target + infix + u'.' + fallbackExt;
    return { {}, QFileInfo::exists(guess) ? guess : QString() };
}

bool carryOut(const Move &m, QString *problem)
{
    if (m.staged.isEmpty())
        return true;
    if (QFileInfo::exists(m.final) && !QFile::remove(m.final)) {
        *problem = Library::tr("Cannot replace '%1'.").arg(m.final);
        return false;
    }
    QFile file(m.staged);
    if (!file.rename(m.final)) {
        *problem
            = Library::tr("Cannot move '%1' into the library as '%2': %3").arg(m.staged, m.final, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString Library::planBaseName(const ClipRecord &clip) const
{
    const QString base = d->nameTemplate.expand(clip);
    for (int n = 1; n < LibraryDetail::kMaxCollisionSuffix; ++n) {
        const QString cand = Private::candidate(base, n);
        if (!d->nameTaken(cand)) {
            d->reserved.insert(cand);
            return cand;
        }
    }
    return base + u" ("_s + QString::number(d->clock->now().toMSecsSinceEpoch()) + u')';
}

std::optional<qint64> Library::commitClip(ClipRecord clip, const QString &stagingFolder, const QString &baseName,
    const std::function<bool()> &inTransaction, QString *error)
{
    QString problem;
    auto fail = [&error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<qint64>();
    };
    if (clip.profile.isEmpty() || clip.remoteId.isEmpty())
        return fail(tr("A clip needs a provider profile and the provider's video id."));
    if (!isSafeRelative(baseName))
        return fail(tr("'%1' is not a file name inside the library folder.").arg(baseName));
    // Committed before (the engine crashed before it learnt so): only the engine's own step is left to do.
    if (const std::optional<ClipRecord> existing = clipByRemoteId(clip.profile, clip.remoteId)) {
        if (!d->inTransaction(inTransaction, &problem))
            return fail(problem.isEmpty() ? tr("The job could not be marked as done; the clip was kept.") : problem);
        d->reserved.remove(baseName);
        if (QFileInfo::exists(existing->videoPath))
            cleanStaging(stagingFolder, true);
        return existing->id;
    }

    if (problem = checkWritable(); !problem.isEmpty())
        return fail(problem);
    std::optional<ClipRecord> ours;
    const QString base = d->resolveBase(baseName, clip, &ours);
    if (base.isEmpty())
        return fail(tr("No free file name is left for '%1'.").arg(baseName));
    const QString target = d->absolute(base);
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(tr("Cannot create the folder '%1'.").arg(QFileInfo(target).absolutePath()));
    const Move video = planMove(stagingFolder, target, u"video"_s, {}, u"mp4"_s, ours ? ours->videoPath : QString());
    const Move thumbnail = planMove(
        stagingFolder, target, u"thumbnail"_s, u".thumbnail"_s, u"webp"_s, ours ? ours->thumbnailPath : QString());
    const Move spritesheet = planMove(
        stagingFolder, target, u"spritesheet"_s, u".spritesheet"_s, u"jpg"_s, ours ? ours->spritesheetPath : QString());
    if (video.final.isEmpty())
        return fail(tr("The downloaded video is missing from '%1'; nothing was added.").arg(stagingFolder));

    clip.videoPath = video.final;
    clip.thumbnailPath = thumbnail.final;
    clip.spritesheetPath = spritesheet.final;
    clip.sidecarPath = target + u".json"_s;
    clip.videoBytes = QFileInfo(video.staged.isEmpty() ? video.final : video.staged).size();
    d->completeForCommit(clip);

    // The order matters after a crash: the sidecar lands before the video, so a video in the library always has
    // its sidecar, and the row comes last, so a row always has its files.
    if (!carryOut(thumbnail, &problem) || !carryOut(spritesheet, &problem) || !d->writeSidecar(clip, &problem)
        || !carryOut(video, &problem))
        return fail(problem);
    crashPoint("files-moved");

    std::optional<qint64> id;
    if (!d->inTransaction(
            [&] {
                id = d->insert(clip, &problem);
                return id && (!inTransaction || inTransaction());
            },
            &problem))
        return fail(problem.isEmpty() ? tr("The job could not be marked as done; the clip's files are in the library "
                                           "and will be added when it is tried again.")
                                      : problem);
    d->reserved.remove(baseName);
    d->reserved.remove(base);
    cleanStaging(stagingFolder, false);
    Q_EMIT clipAdded(*id);
    return id;
}

bool Library::Private::inTransaction(const std::function<bool()> &work, QString *problem)
{
    Database::Transaction transaction(*db);
    if (work && !work())
        return false;
    if (!transaction.commit()) {
        *problem = tr("Cannot update the library database: %1").arg(db->connection().lastError().text());
        return false;
    }
    return true;
}

void Library::Private::completeForCommit(ClipRecord &clip) const
{
    if (!clip.addedAt.isValid())
        clip.addedAt = clock->now();
    if (!clip.createdAt.isValid())
        clip.createdAt = clip.addedAt;
    clip.request = ClipRecord::withoutSecrets(clip.request);
    clip.response = ClipRecord::withoutSecrets(clip.response);
    clip.tags = LibraryDetail::normalisedTags(clip.tags);
    if (clip.rating < 0 || clip.rating > 5)
        clip.rating = 0;
    if (clip.settingsKey.isEmpty())
        clip.settingsKey = ClipRecord::settingsKeyFor(clip.prompt, clip.model, clip.size, clip.seconds);
}

} // namespace Dailies
