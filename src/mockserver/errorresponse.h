// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Dailies::Mock
{

/**
 * An API error in OpenAI's shape: `{"error":{"message","type","param","code"}}`, all four keys always present.
 * An empty param or code is written as JSON null.
 */
struct ErrorResponse {
    int status = 400;
    QString message;
    QString type;
    QString param;
    QString code;

    [[nodiscard]] QJsonObject toJsonObject() const;
    [[nodiscard]] QByteArray toJson() const;

    /// A 4xx `invalid_request_error`.
    [[nodiscard]] static ErrorResponse invalidRequest(
        const QString &param, const QString &code, const QString &message, int status = 400);
    /// 404 `not_found` for a video id that does not exist (or was deleted).
    [[nodiscard]] static ErrorResponse videoNotFound(const QString &id);
    /// 400 "We could not parse the JSON body of your request."
    [[nodiscard]] static ErrorResponse unparsableJson();
    /// 400 `missing_required_parameter`.
    [[nodiscard]] static ErrorResponse missingParameter(const QString &param);
    /// 400 `unknown_parameter`: "Unrecognized request argument supplied: X".
    [[nodiscard]] static ErrorResponse unknownParameter(const QString &param);
};

} // namespace Dailies::Mock
