// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/api/apicall.h"
#include "core/api/video.h"

namespace Dailies::Api
{

/// The result of `GET /videos`: one page, or all pages joined when ListQuery::allPages was set.
struct VideoListResult {
    VideoPage page;
    int pagesFetched = 0;
    ApiError error;
    ResponseMeta meta;
    [[nodiscard]] bool ok() const { return !error; }
};

/// `GET /videos` with cursor pagination (`after` = the last id of the previous page); ends with finished().
class VideoListCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoListCall)

public:
    VideoListCall(ProviderSession *session, ListQuery query, QObject *parent);
    ~VideoListCall() override = default;

    [[nodiscard]] VideoListResult result() const;
    [[nodiscard]] static RequestSpec specFor(const ListQuery &query);

Q_SIGNALS:
    void finished(const Dailies::Api::VideoListResult &result);
    /// Each page as it arrives (several when following pages).
    void pageReceived(const Dailies::Api::VideoPage &page);

protected:
    Outcome handleSuccess(QNetworkReply *reply) override;
    void emitFinished() override;

private:
    ListQuery m_query;
    VideoPage m_page;
    int m_pages = 0;
};

} // namespace Dailies::Api

Q_DECLARE_METATYPE(Dailies::Api::VideoListResult)
Q_DECLARE_METATYPE(Dailies::Api::VideoPage)
