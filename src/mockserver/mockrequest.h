// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Dailies::Mock
{

/// One parsed HTTP request, copied out of QHttpServerRequest so that it can wait in a connection's queue.
struct MockRequest {
    QByteArray method;
    /// The decoded path, e.g. "/v1/videos/video_123/content".
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Above 0 when the request was refused unread because its body passes this many bytes (answered 413).
    qint64 refusedBodyLimit = 0;

    /// The value of a header (case-insensitive name); several headers of one name are joined with ", ".
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    /// Whether the client asked to close the connection after the answer (`Connection: close`).
    [[nodiscard]] bool wantsClose() const;
};

} // namespace Dailies::Mock
