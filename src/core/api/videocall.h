// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apicall.h"
#include "core/api/video.h"

namespace Dailies::Api
{

/// The result of create, retrieve and remix.
struct VideoResult {
    Video video;
    ApiError error;
    ResponseMeta meta;
    [[nodiscard]] bool ok() const { return !error; }
};

/// `POST /videos`, `GET /videos/{id}` or `POST /videos/{id}/remix`; ends with finished(VideoResult).
class VideoCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoCall)

public:
    VideoCall(ProviderSession *session, RequestSpec spec, QObject *parent);
    ~VideoCall() override = default;

    [[nodiscard]] VideoResult result() const;

Q_SIGNALS:
    void finished(const Dailies::Api::VideoResult &result);

protected:
    Outcome handleSuccess(QNetworkReply *reply) override;
    void emitFinished() override;

private:
    Video m_video;
};

} // namespace Dailies::Api

Q_DECLARE_METATYPE(Dailies::Api::VideoResult)
