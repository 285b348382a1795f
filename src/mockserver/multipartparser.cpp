// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/multipartparser.h"

#include <QByteArrayList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
/// Splits `a; b="x;y"; c` at the semicolons that are not inside quotes.
QList<QByteArrayView> splitParameters(QByteArrayView value)
{
    QList<QByteArrayView> items;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && quoted) {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            items.append(value.sliced(start, i - start).trimmed());
            start = i + 1;
        }
    }
    items.append(value.sliced(start).trimmed());
    return items;
}

/// The value of a parameter without its quotes, with backslash escapes and the HTML5 form escapes that httpx and
/// node send (%22 for a quote, %0D, %0A and the other control characters) undone.
QByteArray unquote(QByteArrayView value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value.toByteArray();
    QByteArray result;
    const QByteArrayView inner = value.sliced(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == '\\' && i + 1 < inner.size()) {
            result += inner[++i];
            continue;
        }
        if (inner[i] == '%' && i + 3 <= inner.size()) {
            bool ok = false;
            const int code = inner.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (ok && (code == '"' || code < 0x20)) {
                result += static_cast<char>(code);
                i += 2;
                continue;
            }
        }
        result += inner[i];
    }
    return result;
}
} // namespace

bool MultipartPart::isFile() const
{
    if (hasFileName)
        return true;
    const QByteArray type = contentType.trimmed().toLower();
    return !type.isEmpty() && !type.startsWith("text/plain");
}

QByteArray MultipartParser::boundary(QByteArrayView contentType)
{
    const QList<QByteArrayView> parameters = splitParameters(contentType);
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArrayView parameter = parameters.at(i);
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        if (parameter.first(equals).trimmed().compare("boundary", Qt::CaseInsensitive) == 0)
            return unquote(parameter.sliced(equals + 1).trimmed());
    }
    return {};
}

std::optional<QList<MultipartPart>> MultipartParser::parse(QByteArrayView body, QByteArrayView boundary, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (boundary.isEmpty() || boundary.size() > 200)
        return fail(u"the multipart boundary is missing or too long"_s);

    const QByteArray delimiter = "--" + boundary.toByteArray();
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype at = 0;
    // The first delimiter may open the body or follow a preamble.
    if (body.startsWith(delimiter)) {
        at = delimiter.size();
    } else {
        const qsizetype first = body.indexOf(separator);
        if (first < 0)
            return fail(u"the body does not contain the boundary '%1'"_s.arg(QString::fromLatin1(boundary)));
        at = first + separator.size();
    }

    QList<MultipartPart> parts;
    while (true) {
        if (body.sliced(at).startsWith("--"))
            return parts; // the close delimiter; an epilogue is ignored
        // Transport padding, then CRLF.
        while (at < body.size() && (body[at] == ' ' || body[at] == '\t'))
            ++at;
        if (!body.sliced(at).startsWith("\r\n"))
            return fail(u"a boundary line is not followed by CRLF"_s);
        at += 2;

        qsizetype headersEnd = -1;
        qsizetype dataStart = -1;
        if (body.sliced(at).startsWith("\r\n")) {
            headersEnd = at;
            dataStart = at + 2;
        } else {
            const qsizetype blank = body.indexOf("\r\n\r\n", at);
            if (blank < 0)
                return fail(u"part %1 has no end of headers"_s.arg(parts.size() + 1));
            headersEnd = blank;
            dataStart = blank + 4;
        }
        MultipartPart part;
        if (!parseHeaders(body.sliced(at, headersEnd - at), &part, error))
            return std::nullopt;

        const qsizetype next = body.indexOf(separator, dataStart);
        if (next < 0)
            return fail(u"part %1 ('%2') is not closed by the boundary"_s.arg(parts.size() + 1).arg(part.name));
        part.data = body.sliced(dataStart, next - dataStart).toByteArray();
        parts.append(std::move(part));
        at = next + separator.size();
    }
}

bool MultipartParser::parseHeaders(QByteArrayView block, MultipartPart *part, QString *error)
{
    bool hasDisposition = false;
    const QByteArrayList lines = block.toByteArray().split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            if (error)
                *error = u"a part header is malformed: '%1'"_s.arg(QString::fromUtf8(line));
            return false;
        }
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArrayView value = QByteArrayView(line).sliced(colon + 1).trimmed();
        if (name == "content-disposition") {
            hasDisposition = true;
            parseDisposition(value, part);
        } else if (name == "content-type") {
            part->contentType = value.toByteArray();
        }
    }
    if (!hasDisposition || part->name.isEmpty()) {
        if (error)
            *error = u"a part has no Content-Disposition with a name"_s;
        return false;
    }
    return true;
}

void MultipartParser::parseDisposition(QByteArrayView value, MultipartPart *part)
{
    const QList<QByteArrayView> parameters = splitParameters(value);
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArrayView parameter = parameters.at(i);
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = parameter.first(equals).trimmed().toByteArray().toLower();
        const QByteArrayView raw = parameter.sliced(equals + 1).trimmed();
        if (key == "name") {
            part->name = QString::fromUtf8(unquote(raw));
        } else if (key == "filename") {
            if (!part->hasFileName || part->fileName.isEmpty())
                part->fileName = QString::fromUtf8(unquote(raw));
            part->hasFileName = true;
        } else if (key == "filename*") {
            // RFC 5987: charset'language'percent-encoded; it wins over a plain filename.
            const QByteArray extended = unquote(raw);
            const qsizetype quote = extended.indexOf('\'', extended.indexOf('\'') + 1);
            part->fileName = QUrl::fromPercentEncoding(quote >= 0 ? extended.sliced(quote + 1) : extended);
            part->hasFileName = true;
        }
    }
}

} // namespace Dailies::Mock
