// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/videocall.h"

namespace Dailies::Api
{

VideoCall::VideoCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
{
}

ApiCall::Outcome VideoCall::handleSuccess(QNetworkReply *reply)
{
    parseBody(reply, m_video);
    return Outcome::Finished;
}

VideoResult VideoCall::result() const
{
    return { m_video, error(), meta() };
}

void VideoCall::emitFinished()
{
    Q_EMIT finished(result());
}

} // namespace Dailies::Api
