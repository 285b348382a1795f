// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/deletevideocall.h"

namespace Dailies::Api
{

DeleteVideoCall::DeleteVideoCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
{
}

ApiCall::Outcome DeleteVideoCall::handleSuccess(QNetworkReply *reply)
{
    parseBody(reply, m_deleted);
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
