// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apicall.h"
#include "core/api/video.h"

namespace Dailies::Api
{

struct DeleteVideoResult {
    DeletedVideo deleted;
    ApiError error;
    ResponseMeta meta;
    [[nodiscard]] bool ok() const { return !error; }
};

/// `DELETE /videos/{id}`; ends with finished(DeleteVideoResult).
class DeleteVideoCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteVideoCall)

public:
    DeleteVideoCall(ProviderSession *session, RequestSpec spec, QObject *parent);
    ~DeleteVideoCall() override = default;

    [[nodiscard]] DeleteVideoResult result() const;

Q_SIGNALS:
    void finished(const Dailies::Api::DeleteVideoResult &result);

protected:
    Outcome handleSuccess(QNetworkReply *reply) override;
    void emitFinished() override;

private:
    DeletedVideo m_deleted;
};

} // namespace Dailies::Api

Q_DECLARE_METATYPE(Dailies::Api::DeleteVideoResult)
