// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/jobstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <algorithm>

#include "mockserver/cliprenderer.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

JobStore::JobStore(QString rootDir, ClipRenderer *renderer, QObject *parent)
    : QObject(parent)
    , m_root(std::move(rootDir))
    , m_renderer(renderer)
{
    connect(m_renderer, &ClipRenderer::finished, this, &JobStore::onRenderFinished);
}

JobStore::~JobStore() = default;

bool JobStore::open(QString *error)
{
    const QDir root(m_root);
    if (!root.mkpath(u"jobs"_s) || !root.mkpath(u"files"_s)) {
        if (error)
            *error = u"cannot create the demo server's data folder %1"_s.arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDir jobsDir(root.filePath(u"jobs"_s));
    m_folderTime = QFileInfo(jobsDir.path()).lastModified().toMSecsSinceEpoch();
    const QStringList records = jobsDir.entryList({ u"video_*.json"_s }, QDir::Files);
    for (const QString &name : records)
        loadRecord(name, now, true);
    return true;
}

bool JobStore::loadRecord(const QString &fileName, qint64 nowMs, bool atOpen)
{
    QFile file(m_root + u"/jobs/"_s + fileName);
    const qint64 modified = QFileInfo(file).lastModified().toMSecsSinceEpoch();
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    std::optional<VideoJob> job = VideoJob::fromStorage(document.object());
    if (!job || fileName != job->id + u".json"_s) {
        // Another server may be replacing it this very moment; at open, it is really unreadable.
        if (atOpen)
            qWarning("dailies-mockserver: ignoring the unreadable job record %s", qUtf8Printable(file.fileName()));
        return false;
    }
    const VideoJob::State state = job->stateAt(nowMs);
    const bool expired = state.status == u"completed" && nowMs >= state.expiresAt * 1000;
    const bool filesPresent = QFileInfo::exists(assetPath(job->id, ClipRenderer::videoFileName()));
    if (expired) {
        removeAssets(job->id);
    } else if (job->render == VideoJob::Render::Done && !filesPresent) {
        job->render = VideoJob::Render::Pending; // the files went missing: make them again
    }
    const QString id = job->id;
    m_recordTimes.insert(id, modified);
    const auto [it, inserted] = m_jobs.insert_or_assign(id, std::move(*job));
    Q_UNUSED(inserted)
    if (it->second.render == VideoJob::Render::Pending && it->second.plannedErrorCode.isEmpty() && !expired)
        renderIfUnowned(it->second);
    return true;
}

void JobStore::syncRecord(const QString &id)
{
    const QFileInfo record(recordPath(id));
    if (!record.exists()) {
        if (m_jobs.count(id) > 0 && m_recordTimes.contains(id)) {
            // Deleted by another server.
            m_deleted.insert(id, m_jobs.at(id).createdMs / 1000);
            m_jobs.erase(id);
            m_recordTimes.remove(id);
            m_renderer->cancel(id);
            m_renderLocks.erase(id);
        }
        return;
    }
    const qint64 modified = record.lastModified().toMSecsSinceEpoch();
    if (m_jobs.count(id) == 0 || m_recordTimes.value(id, -1) != modified)
        loadRecord(id + u".json"_s, QDateTime::currentMSecsSinceEpoch(), false);
    else if (const VideoJob &job = m_jobs.at(id); job.render == VideoJob::Render::Pending)
        renderIfUnowned(job); // its server may have gone since
}

void JobStore::syncFolder()
{
    const QString jobsPath = m_root + u"/jobs"_s;
    const qint64 modified = QFileInfo(jobsPath).lastModified().toMSecsSinceEpoch();
    if (modified == m_folderTime)
        return;
    m_folderTime = modified;
    QSet<QString> onDisk;
    const QStringList records = QDir(jobsPath).entryList({ u"video_*.json"_s }, QDir::Files);
    for (const QString &name : records) {
        const QString id = name.chopped(5);
        onDisk.insert(id);
        syncRecord(id);
    }
    QStringList gone;
    for (const auto &[id, job] : m_jobs) {
        if (!onDisk.contains(id))
            gone << id;
    }
    for (const QString &id : std::as_const(gone))
        syncRecord(id);
}

void JobStore::renderIfUnowned(const VideoJob &job)
{
    if (m_renderLocks.count(job.id) > 0)
        return;
    QDir().mkpath(filesDir(job.id));
    auto lock = std::make_unique<QLockFile>(filesDir(job.id) + u"/render.lock"_s);
    if (!lock->tryLock(0))
        return; // another server renders it
    m_renderLocks.emplace(job.id, std::move(lock));
    startRender(job);
}

QString JobStore::newId(qint64 nowMs)
{
    // Seconds and milliseconds first, as OpenAI's ids start with the time: ids sort in creation order.
    const quint64 random = QRandomGenerator::global()->generate64();
    m_counter = (m_counter + 1) & 0xfffff;
    QString id;
    do {
        id = u"video_%1%2%3%4"_s.arg(static_cast<quint64>(nowMs / 1000) & 0xffffffffU, 8, 16, QChar(u'0'))
                 .arg(nowMs % 1000, 3, 16, QChar(u'0'))
                 .arg(m_counter, 5, 16, QChar(u'0'))
                 .arg(random, 16, 16, QChar(u'0'));
    } while (m_jobs.count(id) > 0);
    return id;
}

const VideoJob &JobStore::add(VideoJob job)
{
    const QString id = job.id;
    QDir().mkpath(filesDir(id));
    const auto [it, inserted] = m_jobs.insert_or_assign(id, std::move(job));
    Q_UNUSED(inserted)
    if (it->second.plannedErrorCode.isEmpty())
        renderIfUnowned(it->second); // the lock first, so that no other server takes the fresh record for orphaned
    save(it->second);
    return it->second;
}

const VideoJob *JobStore::find(const QString &id)
{
    syncRecord(id);
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it->second;
}

void JobStore::remove(const QString &id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    m_deleted.insert(id, it->second.createdMs / 1000);
    m_jobs.erase(it);
    m_recordTimes.remove(id);
    m_renderer->cancel(id);
    m_renderLocks.erase(id);
    QFile::remove(recordPath(id));
    QDir(filesDir(id)).removeRecursively();
}

void JobStore::removeAssets(const QString &id)
{
    QDir(filesDir(id)).removeRecursively();
}

QList<const VideoJob *> JobStore::ordered(bool ascending)
{
    syncFolder();
    QList<const VideoJob *> jobs;
    jobs.reserve(static_cast<qsizetype>(m_jobs.size()));
    for (const auto &[id, job] : m_jobs)
        jobs.append(&job);
    std::stable_sort(jobs.begin(), jobs.end(), [ascending](const VideoJob *a, const VideoJob *b) {
        const auto keyA = std::make_pair(a->createdMs / 1000, a->id);
        const auto keyB = std::make_pair(b->createdMs / 1000, b->id);
        return ascending ? keyA < keyB : keyB < keyA;
    });
    return jobs;
}

std::optional<qint64> JobStore::createdAtOf(const QString &id)
{
    if (const VideoJob *job = find(id))
        return job->createdMs / 1000;
    const auto it = m_deleted.constFind(id);
    if (it != m_deleted.cend())
        return it.value();
    return std::nullopt;
}

QString JobStore::assetPath(const QString &id, const QString &fileName) const
{
    return filesDir(id) + u'/' + fileName;
}

void JobStore::startRender(const VideoJob &job)
{
    RenderRequest request { job.id, job.prompt, job.width(), job.height(), job.durationSeconds(), filesDir(job.id) };
    if (job.sourceSeconds > 0) {
        // An extension renders from its own copy of the source, taken when it is accepted: the source may be
        // deleted, or its assets expire, before the render runs.
        request.sourceVideo = filesDir(job.id) + u"/source.mp4"_s;
        request.sourceSeconds = job.sourceSeconds;
        if (!QFileInfo::exists(request.sourceVideo))
            QFile::copy(assetPath(job.remixedFromId, ClipRenderer::videoFileName()), request.sourceVideo);
    }
    m_renderer->enqueue(std::move(request));
}

void JobStore::onRenderFinished(const QString &id, bool ok, const QString &error)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    VideoJob &job = it->second;
    job.render = ok ? VideoJob::Render::Done : VideoJob::Render::Failed;
    job.renderDoneMs = QDateTime::currentMSecsSinceEpoch();
    job.renderError = error;
    if (ok)
        QFile::remove(filesDir(id) + u"/source.mp4"_s);
    else
        qWarning("dailies-mockserver: rendering %s failed: %s", qUtf8Printable(id), qUtf8Printable(error));
    save(job);
    m_renderLocks.erase(id);
}

bool JobStore::save(const VideoJob &job)
{
    QSaveFile file(recordPath(job.id));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(job.toStorage()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        qWarning("dailies-mockserver: cannot write %s: %s", qUtf8Printable(file.fileName()),
            qUtf8Printable(file.errorString()));
        return false;
    }
    m_recordTimes.insert(job.id, QFileInfo(recordPath(job.id)).lastModified().toMSecsSinceEpoch());
    return true;
}

QString JobStore::recordPath(const QString &id) const
{
    return m_root + u"/jobs/"_s + id + u".json"_s;
}

QString JobStore::filesDir(const QString &id) const
{
    return m_root + u"/files/"_s + id;
}

} // namespace Dailies::Mock
