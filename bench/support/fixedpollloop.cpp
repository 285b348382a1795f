// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fixedpollloop.h"

#include <QDir>
#include <QTimer>
#include <array>

#include "core/api/videoapiclient.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dailies::Bench
{

namespace
{
constexpr std::array kVariants
    = { Api::ContentVariant::Video, Api::ContentVariant::Thumbnail, Api::ContentVariant::Spritesheet };
}

FixedPollLoop::FixedPollLoop(Api::VideoApiClient *client, QString downloadFolder, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_folder(std::move(downloadFolder))
{
}

void FixedPollLoop::follow(const QString &remoteId)
{
    QTimer::singleShot(1s, this, [this, remoteId] { poll(remoteId); });
}

void FixedPollLoop::poll(const QString &remoteId)
{
    Api::VideoCall *call = m_client->retrieve(remoteId);
    connect(call, &Api::VideoCall::finished, this, [this, call, remoteId](const Api::VideoResult &r) {
        call->deleteLater();
        if (r.ok() && r.video.status == Api::VideoStatus::Completed) {
            download(remoteId, 0);
            return;
        }
        if (r.ok() && r.video.status == Api::VideoStatus::Failed) {
            Q_EMIT finished(remoteId, false);
            return;
        }
        QTimer::singleShot(1s, this, [this, remoteId] { poll(remoteId); });
    });
}

void FixedPollLoop::download(const QString &remoteId, int variant)
{
    if (variant >= int(kVariants.size())) {
        Q_EMIT finished(remoteId, true);
        return;
    }
    const Api::ContentVariant which = kVariants.at(std::size_t(variant));
    Api::DownloadCall *call = m_client->download(remoteId, which, QDir(m_folder).filePath(remoteId), toString(which));
    connect(call, &Api::DownloadCall::finished, this, [this, call, remoteId, variant](const Api::DownloadResult &r) {
        call->deleteLater();
        if (!r.ok()) {
            Q_EMIT finished(remoteId, false);
            return;
        }
        download(remoteId, variant + 1);
    });
}

} // namespace Dailies::Bench
