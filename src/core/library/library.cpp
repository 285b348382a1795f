// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/library.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>
#include <limits>

#include "core/library/filenametemplate.h"
#include "core/library/zipwriter.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/crashpoint.h"
#include "core/util/filenames.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

const QString Library::kDefaultTemplate = u"{date}_{prompt:40}_{id}"_s;

namespace
{

const QString kColumns = u"id, job_id, profile, remote_id, prompt, model, size, seconds, request_json, response_json, "
                         "settings_key, submitted_at, created_at, completed_at, added_at, cost, currency, video_path, "
                         "thumbnail_path, spritesheet_path, sidecar_path, video_bytes, favourite, rating, project, "
                         "notes, tags, parent_remote_id, draft_remote_id"_s;
constexpr int kMaxCollisionSuffix = 10000;

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Tags are kept one per line in the row (and so tokenised separately by FTS); the list the user sees is trimmed,
// free of empty entries and of case-insensitive duplicates.
QStringList normalisedTags(const QStringList &tags)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (t.isEmpty() || seen.contains(t.toCaseFolded()))
            continue;
        seen.insert(t.toCaseFolded());
        out << t;
    }
    return out;
}

// User text to an FTS5 query that cannot be misread as FTS syntax: every word becomes a quoted string (quotes
// doubled), a trailing '*' stays a prefix search, and words are ANDed.
QString ftsMatch(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms;
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (QString word : words) {
        bool prefix = false;
        while (word.endsWith(u'*')) {
            word.chop(1);
            prefix = true;
        }
        if (word.isEmpty())
            continue;
        word.replace(u'"', u"\"\""_s);
        terms << u'"' + word + u'"' + (prefix ? u"*"_s : QString());
    }
    return terms.join(u' ');
}

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

QString suffixOf(const QString &path, const QString &fallback)
{
    const QString suffix = QFileInfo(path).suffix();
    return suffix.isEmpty() ? fallback : suffix;
}

} // namespace

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

    [[nodiscard]] QString absolute(const QString &relative) const
    {
        if (relative.isEmpty() || QDir::isAbsolutePath(relative))
            return relative;
        return folder + u'/' + relative;
    }

    [[nodiscard]] QString relative(const QString &absolutePath) const
    {
        return absolutePath.isEmpty() ? QString() : QDir(folder).relativeFilePath(absolutePath);
    }

    [[nodiscard]] ClipRecord read(const QSqlQuery &query) const
    {
        ClipRecord c;
        c.id = query.value(0).toLongLong();
        c.jobId = query.value(1).toLongLong();
        c.profile = query.value(2).toString();
        c.remoteId = query.value(3).toString();
        c.prompt = query.value(4).toString();
        c.model = query.value(5).toString();
        c.size = query.value(6).toString();
        c.seconds = query.value(7).toString();
        c.request = parseObject(query.value(8).toString());
        c.response = parseObject(query.value(9).toString());
        c.settingsKey = query.value(10).toString();
        c.submittedAt = fromMs(query.value(11));
        c.createdAt = fromMs(query.value(12));
        c.completedAt = fromMs(query.value(13));
        c.addedAt = fromMs(query.value(14));
        if (!query.value(15).isNull())
            c.cost = query.value(15).toDouble();
        c.currency = query.value(16).toString();
        c.videoPath = absolute(query.value(17).toString());
        c.thumbnailPath = absolute(query.value(18).toString());
        c.spritesheetPath = absolute(query.value(19).toString());
        c.sidecarPath = absolute(query.value(20).toString());
        c.videoBytes = query.value(21).toLongLong();
        c.favourite = query.value(22).toInt() != 0;
        c.rating = query.value(23).toInt();
        c.project = query.value(24).toString();
        c.notes = query.value(25).toString();
        c.tags = query.value(26).toString().split(u'\n', Qt::SkipEmptyParts);
        c.parentRemoteId = query.value(27).toString();
        c.draftRemoteId = query.value(28).toString();
        return c;
    }

    [[nodiscard]] QList<ClipRecord> select(const QString &tail, const QVariantList &binds) const
    {
        QSqlQuery query(db->connection());
        query.setForwardOnly(true);
        query.prepare(u"SELECT "_s + kColumns + u" FROM clips "_s + tail);
        for (const QVariant &v : binds)
            query.addBindValue(v);
        QList<ClipRecord> out;
        if (!query.exec())
            return out; // an FTS expression the engine refuses finds nothing; it is not an error to report
        while (query.next())
            out.append(read(query));
        return out;
    }

    [[nodiscard]] std::optional<ClipRecord> selectOne(const QString &tail, const QVariantList &binds) const
    {
        const QList<ClipRecord> list = select(tail + u" LIMIT 1"_s, binds);
        if (list.isEmpty())
            return std::nullopt;
        return list.first();
    }

    struct Filter {
        QString sql;
        QVariantList binds;
    };

    [[nodiscard]] static Filter filterFor(const ClipQuery &query, bool *matchesNothing)
    {
        QStringList conditions;
        Filter f;
        *matchesNothing = false;
        if (!query.text.trimmed().isEmpty()) {
            const QString match = ftsMatch(query.text);
            if (!match.isEmpty()) {
                // The unary + keeps SQLite from driving the query by rowid through every match: it walks the
                // added_at index in display order and stops at LIMIT, so common words cost what rare ones do
                // (measured over 100,000 clips: 'shot' 64 -> 6 ms, 'boa*' 17 -> 2 ms).
                conditions << u"+id IN (SELECT rowid FROM clips_fts WHERE clips_fts MATCH ?)"_s;
                f.binds << match;
            }
        }
        if (query.favouritesOnly)
            conditions << u"favourite = 1"_s;
        if (!query.project.isEmpty()) {
            conditions << u"project = ?"_s;
            f.binds << query.project;
        }
        if (query.from.isValid()) {
            conditions << u"added_at >= ?"_s;
            f.binds << query.from.toMSecsSinceEpoch();
        }
        if (query.to.isValid()) {
            conditions << u"added_at < ?"_s;
            f.binds << query.to.toMSecsSinceEpoch();
        }
        if (query.limit < 0 || query.offset < 0)
            *matchesNothing = true;
        if (!conditions.isEmpty())
            f.sql = u"WHERE "_s + conditions.join(" AND "_L1) + u' ';
        f.sql += u"ORDER BY added_at DESC, id DESC"_s;
        if (query.limit > 0 || query.offset > 0) {
            f.sql += u" LIMIT ? OFFSET ?"_s;
            f.binds << (query.limit > 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max())
                    << qint64(query.offset);
        }
        return f;
    }

    [[nodiscard]] bool rowUsesSidecar(const QString &relativeSidecar) const
    {
        QSqlQuery query(db->connection());
        query.prepare(u"SELECT 1 FROM clips WHERE sidecar_path = ?"_s);
        query.addBindValue(relativeSidecar);
        return query.exec() && query.next();
    }

    [[nodiscard]] bool nameTaken(const QString &base) const
    {
        return reserved.contains(base) || QFileInfo::exists(absolute(base + u".mp4"_s))
            || QFileInfo::exists(absolute(base + u".json"_s)) || rowUsesSidecar(base + u".json"_s);
    }

    static QString candidate(const QString &base, int n) { return n == 1 ? base : base + u" (%1)"_s.arg(n); }

    // The sidecar at `path` as a record, if it is one of ours.
    [[nodiscard]] static std::optional<ClipRecord> readSidecar(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("%1: cannot be read (%2)").arg(path, file.errorString());
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            if (error)
                *error = tr("%1: not a JSON object (%2 at offset %3)")
                             .arg(path, parseError.errorString())
                             .arg(parseError.offset);
            return std::nullopt;
        }
        return ClipRecord::fromSidecar(doc.object(), path, error);
    }

    // Where a commit with `base` really goes: the base itself, or the first " (n)" variant that is free or already
    // holds this clip's own sidecar (a commit interrupted earlier), so that another clip's files are never replaced.
    [[nodiscard]] QString resolveBase(
        const QString &base, const ClipRecord &clip, std::optional<ClipRecord> *ours) const
    {
        for (int n = 1; n < kMaxCollisionSuffix; ++n) {
            const QString cand = candidate(base, n);
            const QString sidecar = absolute(cand + u".json"_s);
            if (QFileInfo::exists(sidecar)) {
                std::optional<ClipRecord> existing = readSidecar(sidecar, nullptr);
                if (existing && existing->profile == clip.profile && existing->remoteId == clip.remoteId) {
                    *ours = std::move(existing);
                    return cand;
                }
                continue;
            }
            if (rowUsesSidecar(cand + u".json"_s) || QFileInfo::exists(absolute(cand + u".mp4"_s)))
                continue;
            return cand;
        }
        return {};
    }

    bool writeSidecar(const ClipRecord &clip, QString *error) const
    {
        QSaveFile file(clip.sidecarPath);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write the sidecar '%1': %2").arg(clip.sidecarPath, file.errorString());
            return false;
        }
        const QByteArray bytes = QJsonDocument(clip.toSidecar()).toJson(QJsonDocument::Indented);
        if (file.write(bytes) != bytes.size() || !file.commit()) {
            *error = tr("Cannot write the sidecar '%1': %2").arg(clip.sidecarPath, file.errorString());
            return false;
        }
        return true;
    }

    std::optional<qint64> insert(const ClipRecord &c, QString *error) const
    {
        QSqlQuery query(db->connection());
        query.prepare(u"INSERT INTO clips (job_id, profile, remote_id, prompt, model, size, seconds, request_json, "
                      "response_json, settings_key, submitted_at, created_at, completed_at, added_at, cost, currency, "
                      "video_path, thumbnail_path, spritesheet_path, sidecar_path, video_bytes, favourite, rating, "
                      "project, notes, tags, parent_remote_id, draft_remote_id) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        query.addBindValue(c.jobId > 0 ? QVariant(c.jobId) : QVariant());
        query.addBindValue(text(c.profile));
        query.addBindValue(text(c.remoteId));
        query.addBindValue(text(c.prompt));
        query.addBindValue(text(c.model));
        query.addBindValue(text(c.size));
        query.addBindValue(text(c.seconds));
        query.addBindValue(text(compactJson(c.request)));
        query.addBindValue(text(compactJson(c.response)));
        query.addBindValue(text(c.settingsKey));
        query.addBindValue(msOrNull(c.submittedAt));
        query.addBindValue((c.createdAt.isValid() ? c.createdAt : c.addedAt).toMSecsSinceEpoch());
        query.addBindValue(msOrNull(c.completedAt));
        query.addBindValue(c.addedAt.toMSecsSinceEpoch());
        query.addBindValue(c.cost ? QVariant(*c.cost) : QVariant());
        query.addBindValue(text(c.currency));
        query.addBindValue(text(relative(c.videoPath)));
        query.addBindValue(text(relative(c.thumbnailPath)));
        query.addBindValue(text(relative(c.spritesheetPath)));
        query.addBindValue(text(relative(c.sidecarPath)));
        query.addBindValue(c.videoBytes);
        query.addBindValue(c.favourite ? 1 : 0);
        query.addBindValue(c.rating);
        query.addBindValue(text(c.project));
        query.addBindValue(text(c.notes));
        query.addBindValue(text(c.tags.join(u'\n')));
        query.addBindValue(text(c.parentRemoteId));
        query.addBindValue(text(c.draftRemoteId));
        if (!query.exec()) {
            *error = tr("Cannot add the clip to the library database: %1").arg(query.lastError().text());
            return std::nullopt;
        }
        return query.lastInsertId().toLongLong();
    }

    // Updates one user column and rewrites the sidecar; both happen or neither does.
    bool updateUser(
        qint64 id, const QString &column, const QVariant &value, const std::function<void(ClipRecord &)> &apply)
    {
        lastError.clear();
        const std::optional<ClipRecord> before = q->clip(id);
        if (!before) {
            lastError = tr("There is no clip %1 in the library.").arg(id);
            return false;
        }
        ClipRecord after = *before;
        apply(after);
        if (after.favourite == before->favourite && after.rating == before->rating && after.project == before->project
            && after.notes == before->notes && after.tags == before->tags
            && after.thumbnailPath == before->thumbnailPath)
            return true;
        Database::Transaction transaction(*db);
        {
            QSqlQuery query(db->connection());
            // `column` is one of the fixed names the setters pass, never user text.
            query.prepare(u"UPDATE clips SET %1 = ? WHERE id = ?"_s.arg(column));
            query.addBindValue(value.typeId() == QMetaType::QString ? text(value.toString()) : value);
            query.addBindValue(id);
            if (!query.exec()) {
                lastError = tr("Cannot change the clip: %1").arg(query.lastError().text());
                return false;
            }
        }
        if (!writeSidecar(after, &lastError))
            return false;
        if (!transaction.commit()) {
            lastError = tr("Cannot change the clip: %1").arg(db->connection().lastError().text());
            QString ignored;
            writeSidecar(*before, &ignored);
            return false;
        }
        Q_EMIT q->clipChanged(id);
        return true;
    }

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

Library::Library(Database *database, QString folder, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, database, QDir::cleanPath(QFileInfo(folder).absoluteFilePath()),
          clock ? clock : &SystemClock::instance()))
{
    QSqlQuery q(database->connection());
    if (q.exec(u"SELECT IFNULL(MAX(rev), 0) FROM clip_changes"_s) && q.next())
        d->seenChange = q.value(0).toLongLong();
}

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

Library::~Library() = default;

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

QString Library::planBaseName(const ClipRecord &clip) const
{
    const QString base = d->nameTemplate.expand(clip);
    for (int n = 1; n < kMaxCollisionSuffix; ++n) {
        const QString cand = Private::candidate(base, n);
        if (!d->nameTaken(cand)) {
            d->reserved.insert(cand);
            return cand;
        }
    }
    return base + u" ("_s + QString::number(QDateTime::currentMSecsSinceEpoch()) + u')';
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
    auto runInTransaction = [&inTransaction] {
        return !inTransaction || inTransaction();
    };
    if (clip.profile.isEmpty() || clip.remoteId.isEmpty())
        return fail(tr("A clip needs a provider profile and the provider's video id."));
    if (!isSafeRelative(baseName))
        return fail(tr("'%1' is not a file name inside the library folder.").arg(baseName));

    // Committed before (the engine crashed before it learnt so): only the engine's own step is left to do.
    if (const std::optional<ClipRecord> existing = clipByRemoteId(clip.profile, clip.remoteId)) {
        Database::Transaction transaction(*d->db);
        if (!runInTransaction())
            return fail(tr("The job could not be marked as done; the clip was kept."));
        if (!transaction.commit())
            return fail(tr("Cannot update the library database: %1").arg(d->db->connection().lastError().text()));
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

    // Each file: staged → its place beside the sidecar. When the staged copy is gone, a file that an earlier,
    // interrupted commit already moved is accepted.
    struct Move {
        QString staged;
        QString final;
    };
    auto plan
        = [&](const QString &stem, const QString &infix, const QString &fallbackExt, const QString &earlier) -> Move {
        const QString staged = stagedFile(stagingFolder, stem);
        if (!staged.isEmpty())
            return { staged, target + infix + u'.' + suffixOf(staged, fallbackExt) };
        if (!earlier.isEmpty() && QFileInfo::exists(earlier))
            return { {}, earlier };
        const QString guess = target + infix + u'.' + fallbackExt;
        return { {}, QFileInfo::exists(guess) ? guess : QString() };
    };
    const Move video = plan(u"video"_s, {}, u"mp4"_s, ours ? ours->videoPath : QString());
    const Move thumbnail = plan(u"thumbnail"_s, u".thumbnail"_s, u"webp"_s, ours ? ours->thumbnailPath : QString());
    const Move spritesheet
        = plan(u"spritesheet"_s, u".spritesheet"_s, u"jpg"_s, ours ? ours->spritesheetPath : QString());
    if (video.final.isEmpty())
        return fail(tr("The downloaded video is missing from '%1'; nothing was added.").arg(stagingFolder));

    auto move = [&problem](const Move &m) {
        if (m.staged.isEmpty())
            return true;
        if (QFileInfo::exists(m.final) && !QFile::remove(m.final)) {
            problem = tr("Cannot replace '%1'.").arg(m.final);
            return false;
        }
        QFile file(m.staged);
        if (!file.rename(m.final)) {
            problem = tr("Cannot move '%1' into the library as '%2': %3").arg(m.staged, m.final, file.errorString());
            return false;
        }
        return true;
    };

    clip.videoPath = video.final;
    clip.thumbnailPath = thumbnail.final;
    clip.spritesheetPath = spritesheet.final;
    clip.sidecarPath = target + u".json"_s;
    clip.videoBytes = QFileInfo(video.staged.isEmpty() ? video.final : video.staged).size();
    if (!clip.addedAt.isValid())
        clip.addedAt = d->clock->now();
    if (!clip.createdAt.isValid())
        clip.createdAt = clip.addedAt;
    clip.request = ClipRecord::withoutSecrets(clip.request);
    clip.response = ClipRecord::withoutSecrets(clip.response);
    clip.tags = normalisedTags(clip.tags);
    if (clip.rating < 0 || clip.rating > 5)
        clip.rating = 0;
    if (clip.settingsKey.isEmpty())
        clip.settingsKey = ClipRecord::settingsKeyFor(clip.prompt, clip.model, clip.size, clip.seconds);

    // The order matters after a crash: the sidecar lands before the video, so a video in the library always has
    // its sidecar, and the row comes last, so a row always has its files.
    if (!move(thumbnail) || !move(spritesheet))
        return fail(problem);
    if (!d->writeSidecar(clip, &problem))
        return fail(problem);
    if (!move(video))
        return fail(problem);
    crashPoint("files-moved");

    std::optional<qint64> id;
    {
        Database::Transaction transaction(*d->db);
        id = d->insert(clip, &problem);
        if (!id)
            return fail(problem);
        if (!runInTransaction())
            return fail(tr("The job could not be marked as done; the clip's files are in the library and will be "
                           "added when it is tried again."));
        if (!transaction.commit())
            return fail(tr("Cannot update the library database: %1").arg(d->db->connection().lastError().text()));
    }
    d->reserved.remove(baseName);
    d->reserved.remove(base);
    cleanStaging(stagingFolder, false);
    Q_EMIT clipAdded(*id);
    return id;
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

QList<ClipSummary> Library::clipSummaries(const ClipQuery &query) const
{
    bool nothing = false;
    const Private::Filter f = Private::filterFor(query, &nothing);
    QList<ClipSummary> rows;
    if (nothing)
        return rows;
    QSqlQuery q(d->db->connection());
    q.setForwardOnly(true);
    const QString columns = u"id, job_id, created_at, cost, substr(prompt, 1, %1), project, favourite, rating"_s.arg(
        ClipSummary::kPromptExcerptLength);
    q.prepare(u"SELECT "_s + columns + u" FROM clips "_s + f.sql);
    for (const QVariant &v : f.binds)
        q.addBindValue(v);
    if (!q.exec())
        return rows;
    while (q.next()) {
        ClipSummary &c = rows.emplace_back();
        c.id = q.value(0).toLongLong();
        c.jobId = q.value(1).toLongLong();
        c.createdAt = fromMs(q.value(2));
        if (const QVariant cost = q.value(3); !cost.isNull())
            c.cost = cost.toDouble();
        c.promptExcerpt = q.value(4).toString();
        c.project = q.value(5).toString();
        c.favourite = q.value(6).toInt() != 0;
        c.rating = q.value(7).toInt();
    }
    return rows;
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
    const QStringList clean = normalisedTags(tags);
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
        c->tags = normalisedTags(c->tags);
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
