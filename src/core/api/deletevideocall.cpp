// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/deletevideocall.h"

#include <QJsonObject>

namespace Dailies::Api
{

DeleteVideoCall::DeleteVideoCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
{
}

ApiCall::Outcome DeleteVideoCall::handleSuccess(QNetworkReply *reply)
{
    const std::optional<QJsonObject> object = readJsonObject(reply);
    if (!object)
        return Outcome::Finished;
    QString problem;
    if (auto deleted = DeletedVideo::fromJson(*object, &problem))
        m_deleted = std::move(*deleted);
    else
        setError(ApiError::parse(problem, meta().httpStatus));
    return Outcome::Finished;
}

DeleteVideoResult DeleteVideoCall::result() const
{
    return { m_deleted, error(), meta() };
}

void DeleteVideoCall::emitFinished()
{
    Q_EMIT finished(result());
}

} // namespace Dailies::Api
