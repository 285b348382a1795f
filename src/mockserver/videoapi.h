// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <functional>

#include "mockserver/apiroute.h"
#include "mockserver/errorresponse.h"
#include "mockserver/faultrules.h"
#include "mockserver/mockrequest.h"
#include "mockserver/mockresponse.h"

namespace Dailies::Mock
{

class JobStore;
struct VideoJob;

/**
 * The `/v1/videos` API itself: routing (under `/v1` and `/openai/v1`), authentication, fault injection, the six
 * operations, request counters and the common response headers. It turns one MockRequest into one MockResponse
 * synchronously; the jobs live in a JobStore.
 */
class VideoApi final
{
    Q_DISABLE_COPY_MOVE(VideoApi)

public:
    struct Settings {
        QString apiKey;
        double timeScale = 1.0;
        int assetTtlSeconds = 3600;
    };
    using Observer = std::function<void(const MockRequest &, const MockResponse &)>;

    VideoApi(Settings settings, JobStore *store);
    ~VideoApi();

    [[nodiscard]] MockResponse handle(const MockRequest &request);

    [[nodiscard]] bool setFaults(const QString &spec, QString *error = nullptr);
    [[nodiscard]] QString faultSpec() const { return m_faults.spec(); }
    /// Requests per route key ("POST /videos", ...), every route present.
    [[nodiscard]] QHash<QString, int> requestCounts() const;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

private:
    MockResponse dispatch(const MockRequest &request, bool *counted);
    MockResponse control(const MockRequest &request);
    MockResponse faultAnswer(const FaultRule &rule, const MockRequest &request) const;
    std::optional<ErrorResponse> authenticate(const MockRequest &request) const;

    MockResponse create(const MockRequest &request);
    MockResponse list(const MockRequest &request) const;
    MockResponse retrieve(const QString &id) const;
    MockResponse remove(const QString &id);
    MockResponse content(const QString &id, const MockRequest &request);
    MockResponse remix(const QString &id, const MockRequest &request);

    /// Makes, keeps and answers a new job (create and remix); moderation and `stuck` are decided here.
    MockResponse startJob(ApiRoute route, VideoJob job);
    void addCommonHeaders(MockResponse *response, qint64 elapsedMs, bool counted);

    Settings m_settings;
    JobStore *m_store;
    FaultRules m_faults;
    QHash<QString, int> m_counts;
    Observer m_observer;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
};

} // namespace Dailies::Mock
