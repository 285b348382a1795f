// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/remoteimport.h"

#include <QDir>
#include <QJsonObject>
#include <algorithm>

#include "core/api/downloadcall.h"
#include "core/api/videoapiclient.h"
#include "core/api/videolistcall.h"
#include "core/library/library.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

RemoteImport::RemoteImport(Library *library, Api::VideoApiClient *client, QString profile, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_client(client)
    , m_profile(std::move(profile))
{
}

RemoteImport::~RemoteImport()
{
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_listCall->deleteLater();
    }
    for (const std::unique_ptr<Task> &task : m_running) {
        if (task->call) {
            task->call->disconnect(this);
            task->call->cancel();
            task->call->deleteLater();
        }
    }
}

void RemoteImport::start()
{
    if (m_started)
        return;
    m_started = true;
    Api::ListQuery query;
    query.limit = 100;
    query.allPages = true;
    m_listCall = m_client->list(query);
    connect(m_listCall, &Api::VideoListCall::finished, this, &RemoteImport::onListed);
}

void RemoteImport::cancel()
{
    if (m_finished)
        return;
    m_report.cancelled = true;
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_listCall->deleteLater();
    }
    for (const std::unique_ptr<Task> &task : m_running) {
        if (task->call) {
            task->call->disconnect(this);
            task->call->cancel();
            task->call->deleteLater();
        }
    }
    m_running.clear();
    m_pending.clear();
    finish();
}

void RemoteImport::onListed(const Api::VideoListResult &result)
{
    if (m_listCall)
        m_listCall->deleteLater();
    if (!result.ok()) {
        m_report.problems << tr("The provider's list of videos could not be read: %1").arg(result.error.toString());
        finish();
        return;
    }
    for (const Api::Video &video : result.page.data) {
        ++m_report.listed;
        switch (video.status) {
        case Api::VideoStatus::Completed:
            if (m_library->clipByRemoteId(m_profile, video.id))
                ++m_report.alreadyPresent;
            else
                m_pending.append(video);
            break;
        case Api::VideoStatus::Failed:
            ++m_report.failed;
            break;
        default:
            ++m_report.unfinished;
            break;
        }
    }
    m_total = int(m_pending.size());
    Q_EMIT progress(0, m_total);
    startNext();
}

void RemoteImport::startNext()
{
    while (!m_finished && int(m_running.size()) < kMaxConcurrentDownloads && !m_pending.isEmpty()) {
        auto task = std::make_unique<Task>();
        task->video = m_pending.takeFirst();
        task->staging = m_library->importStagingFolder(task->video.id);
        Task *raw = task.get();
        m_running.push_back(std::move(task));
        download(raw, Api::ContentVariant::Video);
    }
    if (m_running.empty() && m_pending.isEmpty())
        finish();
}

void RemoteImport::download(Task *task, Api::ContentVariant variant)
{
    const QString baseName = variant == Api::ContentVariant::Video ? u"video"_s : u"thumbnail"_s;
    task->call = m_client->download(task->video.id, variant, task->staging, baseName);
    connect(task->call, &Api::DownloadCall::finished, this,
        [this, task, variant](const Api::DownloadResult &result) { onDownloaded(task, variant, result); });
}

void RemoteImport::onDownloaded(Task *task, Api::ContentVariant variant, const Api::DownloadResult &result)
{
    if (task->call)
        task->call->deleteLater();
    task->call = nullptr;
    if (variant == Api::ContentVariant::Video) {
        if (result.ok()) {
            download(task, Api::ContentVariant::Thumbnail);
            return;
        }
        if (result.error.isNotFound()) {
            ++m_report.expired;
        } else {
            ++m_report.errors;
            m_report.problems
                << tr("%1: the video could not be downloaded: %2").arg(task->video.id, result.error.toString());
        }
        taskDone(task);
        return;
    }
    // A missing thumbnail does not keep a video out of the library; the studio can make one from the video.
    commit(task);
}

void RemoteImport::commit(Task *task)
{
    const ClipRecord record = ClipRecord::fromVideo(task->video, m_profile, m_library->clock()->now());
    const QString base = m_library->planBaseName(record);
    QString error;
    if (m_library->commitClip(record, task->staging, base, {}, &error)) {
        ++m_report.imported;
    } else {
        ++m_report.errors;
        m_report.problems << tr("%1: %2").arg(task->video.id, error);
    }
    taskDone(task);
}

void RemoteImport::taskDone(Task *task)
{
    QDir().rmdir(task->staging); // when nothing came (an expired video); a partial download stays for next time
    const auto it = std::find_if(
        m_running.begin(), m_running.end(), [task](const std::unique_ptr<Task> &t) { return t.get() == task; });
    if (it != m_running.end())
        m_running.erase(it);
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    startNext();
}

void RemoteImport::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(m_report);
}

} // namespace Dailies
