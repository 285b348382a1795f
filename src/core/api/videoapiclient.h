// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <array>
#include <memory>

#include "core/api/charactercall.h"
#include "core/api/deletevideocall.h"
#include "core/api/downloadcall.h"
#include "core/api/providerprofile.h"
#include "core/api/retrypolicy.h"
#include "core/api/videocall.h"
#include "core/api/videolistcall.h"

class QNetworkAccessManager;

namespace Dailies
{
class Clock;
}

namespace Dailies::Api
{

class CircuitBreaker;
struct ProviderHealth;
class ProviderSession;
class RateLimiter;

/**
 * The Videos API of one provider profile. Every operation returns a call object, a child of this client,
 * that starts from the event loop and ends with exactly one `finished(result)` signal; the caller may
 * `deleteLater()` it then, or cancel() it before. Requests go through the injected QNetworkAccessManager (not
 * owned) and all timing through the injected Clock, so tests can hand in fakes.
 *
 * Input that cannot be right (an empty prompt, a reference image that is not JPEG/PNG/WebP or not of the
 * requested size, an id with a slash) ends the call with ApiError::Kind::InvalidInput before anything is sent.
 */
class VideoApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoApiClient)

public:
    struct Timeouts {
        std::chrono::milliseconds create { 120000 };
        std::chrono::milliseconds request { 60000 };
        std::chrono::milliseconds download { 60000 }; ///< silence, not total time
    };

    /// The longest prompt the API takes, in characters.
    static constexpr int kMaxPromptLength = 32000;
    /// The largest reference image uploaded (the API's data-URL limit is 20 MiB).
    static constexpr qint64 kMaxReferenceBytes = 20 * 1024 * 1024;
    /// The largest character clip uploaded (a 2–4 s MP4 at 1080p is far below it).
    static constexpr qint64 kMaxCharacterBytes = 100 * 1024 * 1024;
    /// A character's clip is 2 to 4 seconds long (audio padding may add a few hundredths).
    static constexpr double kMinCharacterSeconds = 2.0;
    static constexpr double kMaxCharacterSeconds = 4.0;
    /// The longest character name.
    static constexpr int kMaxCharacterName = 80;
    /// The lengths an extension segment may have, in seconds, and the longest a clip may grow by extensions.
    static constexpr std::array kExtensionSeconds { 4, 8, 12, 16, 20 };
    static constexpr int kMaxExtendedSeconds = 120;
    static constexpr int kMaxExtensions = 6;

    VideoApiClient(
        ProviderProfile profile, QNetworkAccessManager *nam, Clock *clock = nullptr, QObject *parent = nullptr);
    ~VideoApiClient() override;

    [[nodiscard]] const ProviderProfile &profile() const;
    void setApiKey(const QString &key);
    void setRetryPolicy(const RetryPolicy &policy);
    [[nodiscard]] const RetryPolicy &retryPolicy() const;
    void setTimeouts(const Timeouts &timeouts) { m_timeouts = timeouts; }
    [[nodiscard]] const RateLimiter &rateLimiter() const;
    [[nodiscard]] CircuitBreaker &circuitBreaker();
    /// How the provider has been answering this client's calls.
    [[nodiscard]] const ProviderHealth &health() const;

    /// `POST /videos`: JSON, or multipart when CreateVideoRequest::inputReferencePath names a local image.
    /// Never retried unless the answer proves nothing was created (see RetryPolicy).
    [[nodiscard]] VideoCall *create(const CreateVideoRequest &request);
    [[nodiscard]] VideoCall *retrieve(const QString &videoId);
    [[nodiscard]] VideoListCall *list(const ListQuery &query = {});
    [[nodiscard]] DeleteVideoCall *remove(const QString &videoId);
    [[nodiscard]] VideoCall *remix(const QString &videoId, const QString &prompt);
    /// `POST /videos/edits`: a new video from a completed one, changed as `prompt` says. Billed like a create and,
    /// like it, never retried blindly.
    [[nodiscard]] VideoCall *edit(const QString &videoId, const QString &prompt);
    /// `POST /videos/extensions`: the completed video followed by `seconds` more (4, 8, 12, 16 or 20); the answer's
    /// `seconds` is the stitched total. Billed; never retried blindly.
    [[nodiscard]] VideoCall *extend(const QString &videoId, const QString &prompt, const QString &seconds);
    /// `POST /videos/characters` (multipart): a character named `name` from the MP4 at `mp4Path`.
    [[nodiscard]] CharacterCall *createCharacter(const QString &name, const QString &mp4Path);
    [[nodiscard]] CharacterCall *retrieveCharacter(const QString &characterId);
    /// Streams one content variant to `<directory>/<baseName>.<ext>` (see DownloadCall).
    [[nodiscard]] DownloadCall *download(
        const QString &videoId, ContentVariant variant, const QString &directory, const QString &baseName);

    /// The checks create() makes before sending; empty when the request may go.
    [[nodiscard]] static ApiError validateCreate(const CreateVideoRequest &request);
    [[nodiscard]] static ApiError validatePrompt(const QString &prompt);
    [[nodiscard]] static ApiError validateVideoId(const QString &videoId);
    [[nodiscard]] static ApiError validateExtensionSeconds(const QString &seconds);
    /// A character's name (1 to kMaxCharacterName characters) and its clip (an MP4 file of at most
    /// kMaxCharacterBytes, 2 to 4 seconds long).
    [[nodiscard]] static ApiError validateCharacter(const QString &name, const QString &mp4Path);

Q_SIGNALS:
    /// health() changed: a call ended with a different verdict about the provider.
    void healthChanged();

private:
    /// A billed POST that starts from the completed video `videoId` (remix, edit, extension): `body` plus the
    /// prompt, refused before sending with the first of a bad id, a bad prompt or `invalid`.
    VideoCall *fromSource(
        const QString &path, const QString &videoId, const QString &prompt, QJsonObject body, const ApiError &invalid);

    std::unique_ptr<ProviderSession> m_session;
    Timeouts m_timeouts;
};

} // namespace Dailies::Api
