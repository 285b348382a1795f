// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/videocall.h"

#include <QJsonObject>

namespace Dailies::Api
{

VideoCall::VideoCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
{
}

ApiCall::Outcome VideoCall::handleSuccess(QNetworkReply *reply)
{
    const std::optional<QJsonObject> object = readJsonObject(reply);
    if (!object)
        return Outcome::Finished;
    QString problem;
    if (auto video = Video::fromJson(*object, &problem))
        m_video = std::move(*video);
    else
        setError(ApiError::parse(problem, meta().httpStatus));
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
