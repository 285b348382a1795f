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
};

/**
 * Reads and validates the body of `POST /videos` and `POST /videos/{id}/remix` (JSON or multipart/form-data) the
 * way the real service does: unknown fields, types, lengths, models, sizes per model, durations as strings, and the
 * reference image (sniffed type, exact size). Each failure is a 400 naming its `param`.
 */
class CreateRequestParser final
{
public:
    [[nodiscard]] static const QStringList &models();
    [[nodiscard]] static QStringList sizesFor(const QString &model);
    [[nodiscard]] static const QStringList &secondsValues();

    [[nodiscard]] static bool parseCreate(const MockRequest &request, CreateParams *params, ErrorResponse *error);
    [[nodiscard]] static bool parseRemix(const MockRequest &request, QString *prompt, ErrorResponse *error);

private:
    /// A top-level field of the body: a JSON value (multipart text parts become strings) or an uploaded file.
    struct Field {
        QJsonValue value;
        bool isFile = false;
        MultipartPart file;
    };
    using Fields = QHash<QString, Field>;

    static bool readFields(const MockRequest &request, Fields *fields, QStringList *order, ErrorResponse *error);
    static bool checkPrompt(const Fields &fields, QString *prompt, ErrorResponse *error);
    static bool checkReference(const Field &field, const QString &size, CreateParams *params, ErrorResponse *error);
    static bool checkImage(const QByteArray &bytes, const QString &declaredType, const QString &size,
        CreateParams *params, ErrorResponse *error);
};

} // namespace Dailies::Mock
