// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Dailies::Mock
{

struct ErrorResponse;

/**
 * One HTTP answer: status, headers and a body that is either in memory or a byte range of a file (streamed with
 * flow control), plus how it is delivered (normally, cut off, slowly, or not at all).
 */
struct MockResponse {
    enum class Delivery {
        Normal,
        /// Send the headers and the first `cutFraction` of the body, then reset the connection.
        Reset,
        /// Promise the whole body in Content-Length, send the first `cutFraction` of it, then close.
        Truncate,
        /// Send nothing and abort the connection.
        Drop,
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// When set, the body is `fileLength` bytes of this file from `fileOffset` (and `body` is ignored).
    QString filePath;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;

    Delivery delivery = Delivery::Normal;
    double cutFraction = 0.5;
    /// Above 0, the body is sent at about this many bytes per second.
    qint64 bytesPerSecond = 0;

    /// Sets a header, replacing any of the same (case-insensitive) name.
    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    [[nodiscard]] bool hasFileBody() const { return !filePath.isEmpty(); }
    [[nodiscard]] qint64 bodySize() const { return hasFileBody() ? fileLength : body.size(); }

    [[nodiscard]] static MockResponse json(int status, const QByteArray &json);
    [[nodiscard]] static MockResponse error(const ErrorResponse &error);
};

} // namespace Dailies::Mock
