// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apicall.h"
#include "core/api/video.h"

namespace Dailies::Api
{

struct CharacterResult {
    Character character;
    ApiError error;
    ResponseMeta meta;
    [[nodiscard]] bool ok() const { return !error; }
};

/// `POST /videos/characters` or `GET /videos/characters/{id}`; ends with finished(CharacterResult).
class CharacterCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CharacterCall)

public:
    CharacterCall(ProviderSession *session, RequestSpec spec, QObject *parent);
    ~CharacterCall() override = default;

    [[nodiscard]] CharacterResult result() const;

Q_SIGNALS:
    void finished(const Dailies::Api::CharacterResult &result);

protected:
    Outcome handleSuccess(QNetworkReply *reply) override;
    void emitFinished() override;

private:
    Character m_character;
};

} // namespace Dailies::Api

Q_DECLARE_METATYPE(Dailies::Api::CharacterResult)
