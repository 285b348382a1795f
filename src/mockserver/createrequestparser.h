// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "mockserver/errorresponse.h"
#include "mockserver/multipartparser.h"

namespace Dailies::Mock
{

struct MockRequest;

/// The validated parameters of a create request.
struct CreateParams {
    QString prompt;
    QString model;
    QString size;
    QString seconds;
    /// Type and size of the reference image, when one was sent.
    QString referenceType;
    int referenceWidth = 0;
    int referenceHeight = 0;
    /// The ids of `characters: [{"id": ...}]`, in order (at most two, no duplicates); whether they exist and their
    /// names appear in the prompt is the caller's to check.
    QStringList characterIds;
};

/// The validated parameters of an edit (`POST /videos/edits`) or an extension (`POST /videos/extensions`).
struct SourceVideoParams {
    /// The id from `video: {"id": ...}`; whether it exists is the caller's to check.
    QString videoId;
    QString prompt;
    /// Extensions only: the length of the new segment.
    QString seconds;
};

/// The validated parameters of `POST /videos/characters`.
struct CharacterParams {
    QString name;
    /// The uploaded MP4 and its length in seconds (read from its movie header).
    QByteArray video;
    double seconds = 0.0;
};

/**
 * Reads and validates the bodies of `POST /videos`, `POST /videos/{id}/remix`, `POST /videos/edits`,
 * `POST /videos/extensions` (JSON or multipart/form-data) and `POST /videos/characters` (multipart only) the way the
 * real service does: unknown fields, types, lengths, models, sizes per model, durations as strings, the reference
 * image (sniffed type, exact size), the `characters` array and the character's MP4 (sniffed, 2 to 4 seconds). Each
 * failure is a 400 naming its `param`. Nested multipart fields are read in the bracket forms the SDKs send:
 * `video[id]`, `characters[][id]` (node and python) and `characters[0][id]`.
 */
class CreateRequestParser final
{
public:
    [[nodiscard]] static const QStringList &models();
    [[nodiscard]] static QStringList sizesFor(const QString &model);
    [[nodiscard]] static const QStringList &secondsValues();
    static constexpr int kMaxCharacters = 2;
    static constexpr qsizetype kMaxCharacterNameLength = 80;
    static constexpr double kMinCharacterSeconds = 2.0;
    static constexpr double kMaxCharacterSeconds = 4.0;

    [[nodiscard]] static bool parseCreate(const MockRequest &request, CreateParams *params, ErrorResponse *error);
    [[nodiscard]] static bool parseRemix(const MockRequest &request, QString *prompt, ErrorResponse *error);
    [[nodiscard]] static bool parseEdit(const MockRequest &request, SourceVideoParams *params, ErrorResponse *error);
    [[nodiscard]] static bool parseExtend(const MockRequest &request, SourceVideoParams *params, ErrorResponse *error);
    [[nodiscard]] static bool parseCharacter(const MockRequest &request, CharacterParams *params, ErrorResponse *error);

private:
    /// A top-level field of the body: a JSON value (multipart text parts become strings) or an uploaded file.
    struct Field {
        QJsonValue value;
        bool isFile = false;
        MultipartPart file;
    };
    using Fields = QHash<QString, Field>;

    static bool readFields(const MockRequest &request, Fields *fields, QStringList *order, ErrorResponse *error);
    static bool readMultipart(const MockRequest &request, Fields *fields, QStringList *order, ErrorResponse *error);
    static bool checkKnown(const QStringList &order, const QStringList &known, ErrorResponse *error);
    static bool checkPrompt(const Fields &fields, QString *prompt, ErrorResponse *error);
    static bool checkSeconds(const Fields &fields, bool required, QString *seconds, ErrorResponse *error);
    static bool checkCharacters(const Field &field, QStringList *ids, ErrorResponse *error);
    static bool checkSourceVideo(const Fields &fields, QString *videoId, ErrorResponse *error);
    static bool checkCharacterName(const Fields &fields, QString *name, ErrorResponse *error);
    static bool checkCharacterVideo(const Fields &fields, CharacterParams *params, ErrorResponse *error);
    static bool checkReference(const Field &field, const QString &size, CreateParams *params, ErrorResponse *error);
    static bool checkImage(const QByteArray &bytes, const QString &declaredType, const QString &size,
        CreateParams *params, ErrorResponse *error);
};

} // namespace Dailies::Mock
