// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <map>
#include <optional>

#include "mockserver/videojob.h"

namespace Dailies::Mock
{

class ClipRenderer;

/**
 * The demo server's jobs and their files. Each job is a JSON record `jobs/<id>.json` (written atomically) and a
 * folder `files/<id>/` with video.mp4, thumbnail.webp and spritesheet.jpg, so jobs survive a restart or a crash;
 * a job whose render was interrupted is rendered again when the store opens.
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
    [[nodiscard]] const VideoJob *find(const QString &id) const;
    /// Forgets a job and deletes its record and files.
    void remove(const QString &id);
    /// Deletes the files of a job whose assets expired (the job itself stays).
    void removeAssets(const QString &id);

    /// The jobs ordered by created_at, then id.
    [[nodiscard]] QList<const VideoJob *> ordered(bool ascending) const;
    /// created_at of a job that is in the store or was deleted from it since start, for list cursors.
    [[nodiscard]] std::optional<qint64> createdAtOf(const QString &id) const;
    [[nodiscard]] QString assetPath(const QString &id, const QString &fileName) const;
    [[nodiscard]] int count() const { return static_cast<int>(m_jobs.size()); }

private:
    void startRender(const VideoJob &job);
    void onRenderFinished(const QString &id, bool ok, const QString &error);
    bool save(const VideoJob &job);
    [[nodiscard]] QString recordPath(const QString &id) const;
    [[nodiscard]] QString filesDir(const QString &id) const;

    QString m_root;
    ClipRenderer *m_renderer;
    std::map<QString, VideoJob> m_jobs;
    QHash<QString, qint64> m_deleted;
    quint32 m_counter = 0;
};

} // namespace Dailies::Mock
