// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>

#include "mockserver/videojob.h"

namespace Dailies::Mock
{

class ClipRenderer;

/**
 * The demo server's jobs and their files. Each job is a JSON record `jobs/<id>.json` (written atomically) and a
 * folder `files/<id>/` with video.mp4, thumbnail.webp and spritesheet.jpg, so jobs survive a restart or a crash;
 * a job whose render was interrupted is rendered again when the store opens. An extension keeps a copy of its
 * source's video there (`source.mp4`) until its own render is done.
 *
 * Several demo servers may share one folder: the studio and each `dailies` command start their own, and one may
 * create a job that another is asked about (a job followed by another process, a clip remixed in the studio). The
 * folder is therefore the truth and memory a cache: a record written by another server is read when it is asked
 * for or when the list runs, a record it deleted disappears, and a job whose render nobody holds (its server
 * exited or was killed) is rendered here. `files/<id>/render.lock` (QLockFile) says who renders a job.
 */
class JobStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    JobStore(QString rootDir, ClipRenderer *renderer, QObject *parent = nullptr);
    ~JobStore() override;

    /// Creates the folders and loads the jobs kept there. On failure returns false and sets *error.
    [[nodiscard]] bool open(QString *error = nullptr);

    /// A fresh id: `video_` and 32 hex digits that sort by creation time.
    [[nodiscard]] QString newId(qint64 nowMs);
    /// Keeps a new job and starts its render (unless it is planned to fail).
    const VideoJob &add(VideoJob job);
    [[nodiscard]] const VideoJob *find(const QString &id);
    /// Forgets a job and deletes its record and files.
    void remove(const QString &id);
    /// Deletes the files of a job whose assets expired (the job itself stays).
    void removeAssets(const QString &id);

    /// The jobs ordered by created_at, then id.
    [[nodiscard]] QList<const VideoJob *> ordered(bool ascending);
    /// created_at of a job that is in the store or was deleted from it since start, for list cursors.
    [[nodiscard]] std::optional<qint64> createdAtOf(const QString &id);
    [[nodiscard]] QString assetPath(const QString &id, const QString &fileName) const;
    [[nodiscard]] int count() const { return static_cast<int>(m_jobs.size()); }

private:
    /// Reads the record of `id` again when another server changed, wrote or deleted it since.
    void syncRecord(const QString &id);
    /// Reads the records other servers added or deleted since the last look (the folder changed).
    void syncFolder();
    /// Loads a record from disk into memory (replacing what is there); false when it cannot be read.
    bool loadRecord(const QString &fileName, qint64 nowMs, bool atOpen);
    /// Renders a pending job unless another server holds its render.
    void renderIfUnowned(const VideoJob &job);
    void startRender(const VideoJob &job);
    void onRenderFinished(const QString &id, bool ok, const QString &error);
    bool save(const VideoJob &job);
    [[nodiscard]] QString recordPath(const QString &id) const;
    [[nodiscard]] QString filesDir(const QString &id) const;

    QString m_root;
    ClipRenderer *m_renderer;
    std::map<QString, VideoJob> m_jobs;
    QHash<QString, qint64> m_recordTimes; ///< modification time (ms) of each record as last read or written here
    std::map<QString, std::unique_ptr<QLockFile>> m_renderLocks;
    qint64 m_folderTime = -1;
    QHash<QString, qint64> m_deleted;
    quint32 m_counter = 0;
};

} // namespace Dailies::Mock
