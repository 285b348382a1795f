// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/filenames.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Dailies
{

QString sanitizeFileName(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"'
            || c == u'<' || c == u'>' || c == u'|' || c.unicode() == 0x7F)
            out += u'_';
        else
            out += c;
    }
    out = out.left(maxLength);
    while (!out.isEmpty() && (out.endsWith(u'.') || out.endsWith(u' ')))
        out.chop(1);
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    static const QRegularExpression reserved(
        u"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?$"_s, QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(out).hasMatch())
        out.prepend(u'_');
    return out.isEmpty() ? u"untitled"_s : out;
}

QString promptSlug(const QString &prompt, int maxLength)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    const QStringList words = prompt.toLower().split(nonWord, Qt::SkipEmptyParts);
    QString slug;
    for (const QString &w : words) {
        const QString next = slug.isEmpty() ? w : slug + u'-' + w;
        if (next.size() > maxLength)
            break;
        slug = next;
    }
    if (slug.isEmpty() && !words.isEmpty())
        slug = words.first().left(maxLength);
    return slug.isEmpty() ? u"clip"_s : slug;
}

QString defaultClipBaseName(const QDateTime &created, const QString &prompt, const QString &videoId)
{
    const QString date
        = (created.isValid() ? created : QDateTime::currentDateTimeUtc()).toLocalTime().toString(u"yyyy-MM-dd"_s);
    return sanitizeFileName(date + u'_' + promptSlug(prompt) + u'_' + videoId);
}

QString copyFileWhole(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1024 * 1024);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError) {
            out.cancelWriting();
            return in.errorString();
        }
        if (out.write(buffer) != buffer.size()) {
            out.cancelWriting();
            return out.errorString();
        }
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

} // namespace Dailies
