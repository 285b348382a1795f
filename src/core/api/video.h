// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace Dailies::Api
{

/// The lifecycle state the provider reports for a job. Unknown strings are kept in Video::statusText.
enum class VideoStatus { Unknown, Queued, InProgress, Completed, Failed };

/// Which file of a finished job to download.
enum class ContentVariant { Video, Thumbnail, Spritesheet };

[[nodiscard]] QString toString(VideoStatus status);
[[nodiscard]] VideoStatus videoStatusFromString(const QString &text);
[[nodiscard]] QString toString(ContentVariant variant);
[[nodiscard]] std::optional<ContentVariant> contentVariantFromString(const QString &text);

/**
 * A video job as the provider describes it (the spec's VideoResource). Parsing is tolerant the way the SDKs are:
 * a missing nullable key counts as null, unknown keys are kept in `raw`, `seconds` may come as a string or a number.
 */
struct Video {
    Q_DECLARE_TR_FUNCTIONS(Dailies::Api::Video)

public:
    QString id;
    QString model;
    VideoStatus status = VideoStatus::Unknown;
    QString statusText;
    int progress = 0;
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime expiresAt;
    QString prompt;
    QString size;
    QString seconds;
    QString remixedFromVideoId;
    QString errorCode;
    QString errorMessage;
    /// The object exactly as received, for `--json` output, sidecars and the raw-response view.
    QJsonObject raw;

    [[nodiscard]] bool isFinished() const { return status == VideoStatus::Completed || status == VideoStatus::Failed; }
    [[nodiscard]] bool hasError() const { return !errorCode.isEmpty() || !errorMessage.isEmpty(); }

    /// Reads one video object; returns std::nullopt and sets *error (naming the field) when it is not one.
    [[nodiscard]] static std::optional<Video> fromJson(const QJsonObject &object, QString *error);
};

/// One page of `GET /videos`.
struct VideoPage {
    QList<Video> data;
    QString firstId;
    QString lastId;
    bool hasMore = false;

    [[nodiscard]] static std::optional<VideoPage> fromJson(const QJsonObject &object, QString *error);
};

/// The answer of `DELETE /videos/{id}`.
struct DeletedVideo {
    QString id;
    bool deleted = false;
    QJsonObject raw;

    [[nodiscard]] static std::optional<DeletedVideo> fromJson(const QJsonObject &object, QString *error);
};

/// A character (`VideoCharacterResource`): a person or creature from an uploaded clip that creates can name.
struct Character {
    QString id; ///< `char_…` on OpenAI; opaque
    QString name; ///< must appear verbatim in a prompt that uses the character
    QDateTime createdAt;
    QJsonObject raw;

    [[nodiscard]] static std::optional<Character> fromJson(const QJsonObject &object, QString *error);
};

/**
 * The parameters of `POST /videos`. Empty strings are left out so that the provider's defaults apply; model, size
 * and seconds are free strings so that values newer than this build still pass. At most one of the three
 * `inputReference*` fields may be set: a local image file is sent as multipart, a URL or file id as JSON.
 */
struct CreateVideoRequest {
    QString prompt;
    QString model;
    QString size;
    QString seconds;
    QString inputReferencePath;
    QString inputReferenceUrl;
    QString inputReferenceFileId;
    /// Characters the video shows (`characters: [{"id"}]`, at most kMaxCharacters); each one's name must appear
    /// verbatim in the prompt.
    QStringList characters;
    /// Further top-level fields a newer or compatible provider accepts.
    QJsonObject extra;

    static constexpr int kMaxCharacters = 2;

    /// The JSON body (used when no file is attached).
    [[nodiscard]] QJsonObject toJson() const;
};

/// Encodes a JSON value as multipart/form-data fields the way the official SDKs do: nested objects as
/// `key[sub]`, arrays as `key[]` (so `characters: [{"id": "c"}]` becomes `characters[][id]=c`), numbers and booleans
/// as text. Returns (name, value) pairs in order.
QList<std::pair<QByteArray, QByteArray>> formFields(const QByteArray &key, const QJsonValue &value);

/// Query of `GET /videos`.
struct ListQuery {
    int limit = 0; ///< 0 leaves it to the provider
    QString order; ///< "asc", "desc" or empty
    QString after;
    /// Follow `has_more`/`last_id` until the end or until `maxItems` videos were collected.
    bool allPages = false;
    int maxItems = 0; ///< 0 = no limit
};

} // namespace Dailies::Api
