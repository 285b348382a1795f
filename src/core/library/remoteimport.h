// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "core/api/video.h"

namespace Dailies
{

namespace Api
{
class DownloadCall;
class VideoApiClient;
class VideoListCall;
struct DownloadResult;
struct VideoListResult;
} // namespace Api

class Library;

/**
 * Brings the provider's finished videos into the library: lists every video of the profile (all pages), and for
 * each completed one that the library does not hold yet downloads the video and its thumbnail into
 * Library::importStagingFolder() and hands them over with Library::commitClip(). At most two videos download at a
 * time. Videos whose content has expired (404) and failed jobs are counted, not treated as errors.
 *
 * Start with start(); the operation ends with exactly one finished(), also after cancel(). The library and the
 * client are not owned and must outlive this object.
 */
class RemoteImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteImport)

public:
    struct Report {
        int listed = 0; ///< videos the provider listed
        int imported = 0; ///< clips added to the library
        int alreadyPresent = 0; ///< completed videos the library already held
        int expired = 0; ///< completed videos whose content is gone (404)
        int failed = 0; ///< videos whose job failed at the provider
        int unfinished = 0; ///< videos still queued or in progress (left to the job engine)
        int errors = 0; ///< videos that could not be imported for another reason (one line each in `problems`)
        bool cancelled = false;
        QStringList problems; ///< for a person: the list call's error, or "<id>: what went wrong"
    };

    /// `profile` is the name the clips are filed under (ClipRecord::profile); `client` speaks to that profile.
    RemoteImport(Library *library, Api::VideoApiClient *client, QString profile, QObject *parent = nullptr);
    ~RemoteImport() override;

    /// Starts listing; a second call does nothing.
    void start();
    /// Stops the list call and the downloads (partial files stay for a later import to resume) and emits
    /// finished() with what was done so far and `cancelled` set.
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }

    static constexpr int kMaxConcurrentDownloads = 2;

Q_SIGNALS:
    /// After the list arrived (done = 0) and after each video to import is done with, successfully or not.
    void progress(int done, int total);
    void finished(const Dailies::RemoteImport::Report &report);

private:
    struct Task {
        Api::Video video;
        QString staging;
        QPointer<Api::DownloadCall> call;
        bool videoDone = false;
    };
    void onListed(const Api::VideoListResult &result);
    void startNext();
    void download(Task *task, Api::ContentVariant variant);
    void onDownloaded(Task *task, Api::ContentVariant variant, const Api::DownloadResult &result);
    void commit(Task *task);
    void taskDone(Task *task);
    void finish();

    Library *m_library;
    Api::VideoApiClient *m_client;
    QString m_profile;
    QPointer<Api::VideoListCall> m_listCall;
    QList<Api::Video> m_pending;
    std::vector<std::unique_ptr<Task>> m_running;
    Report m_report;
    int m_total = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Dailies

Q_DECLARE_METATYPE(Dailies::RemoteImport::Report)
