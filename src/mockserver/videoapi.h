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

class CharacterStore;
class JobStore;
struct VideoJob;

/**
 * The `/v1/videos` API itself: routing (under `/v1` and `/openai/v1`), authentication, fault injection, the ten
 * operations, request counters and the common response headers. It turns one MockRequest into one MockResponse
 * synchronously; the jobs live in a JobStore, the characters in a CharacterStore.
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

    static constexpr int kMaxExtensions = 6;
    static constexpr int kMaxExtendedSeconds = 120;

    VideoApi(Settings settings, JobStore *store, CharacterStore *characters);
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
    MockResponse edit(const MockRequest &request);
    MockResponse extend(const MockRequest &request);
    MockResponse createCharacter(const MockRequest &request);
    MockResponse retrieveCharacter(const QString &id);

    /// The completed source of an edit or an extension (`video.id` in the body), or the 400 that refuses it.
    std::optional<ErrorResponse> findSource(const QString &id, const QString &action, const VideoJob **source);
    /// Whether the characters of a create exist and each one's name is in the prompt, verbatim.
    std::optional<ErrorResponse> checkCharacters(const QStringList &ids, const QString &prompt);

    /// Makes, keeps and answers a new job (create, remix, edit, extend); moderation and `stuck` are decided here.
    MockResponse startJob(ApiRoute route, VideoJob job);
    void addCommonHeaders(MockResponse *response, qint64 elapsedMs, bool counted);

    Settings m_settings;
    JobStore *m_store;
    CharacterStore *m_characters;
    FaultRules m_faults;
    QHash<QString, int> m_counts;
    Observer m_observer;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
};

} // namespace Dailies::Mock
