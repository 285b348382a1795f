// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/charactercall.h"

namespace Dailies::Api
{

CharacterCall::CharacterCall(ProviderSession *session, RequestSpec spec, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
{
}

ApiCall::Outcome CharacterCall::handleSuccess(QNetworkReply *reply)
{
    parseBody(reply, m_character);
    return Outcome::Finished;
}

CharacterResult CharacterCall::result() const
{
    return { m_character, error(), meta() };
}

void CharacterCall::emitFinished()
{
    Q_EMIT finished(result());
}

} // namespace Dailies::Api
