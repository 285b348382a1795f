// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace Dailies::Mock
{

/// One part of a multipart/form-data body.
struct MultipartPart {
    /// The field name from Content-Disposition (`name="..."`), decoded as UTF-8.
    QString name;
    /// The file name, when the part is a file upload (`filename="..."` or `filename*=UTF-8''...`).
    QString fileName;
    bool hasFileName = false;
    /// The part's own Content-Type, empty when it declared none.
    QByteArray contentType;
    QByteArray data;

    /// A part counts as a file when it names a file or declares a type other than text/plain.
    [[nodiscard]] bool isFile() const;
};

/**
 * A small multipart/form-data parser (RFC 7578) that accepts what QHttpMultiPart, python httpx/requests and
 * node's FormData send: quoted or bare boundaries, CRLF line ends, a preamble, header names in any case,
 * quoted names with backslash or %22 escapes, and RFC 5987 `filename*`.
 */
class MultipartParser final
{
public:
    /// The boundary parameter of a `multipart/form-data; boundary=...` Content-Type, or empty.
    [[nodiscard]] static QByteArray boundary(QByteArrayView contentType);
    /// The parts of a body, or nothing with *error set when the body is not well-formed.
    [[nodiscard]] static std::optional<QList<MultipartPart>> parse(
        QByteArrayView body, QByteArrayView boundary, QString *error = nullptr);

private:
    static bool parseHeaders(QByteArrayView block, MultipartPart *part, QString *error);
    static void parseDisposition(QByteArrayView value, MultipartPart *part);
};

} // namespace Dailies::Mock
