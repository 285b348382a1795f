// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/filenametemplate.h"

#include <QRegularExpression>
#include <algorithm>

#include "core/library/cliprecord.h"
#include "core/util/clock.h"
#include "core/util/filenames.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

FileNameTemplate::FileNameTemplate(const QString &text, const Clock *clock)
    : m_text(text)
    , m_clock(clock ? clock : &SystemClock::instance())
{
    static const QRegularExpression driveLetter(u"^[A-Za-z]:"_s);
    if (text.trimmed().isEmpty()) {
        m_error = tr("The file name template is empty.");
        return;
    }
    if (text.contains(u'\\')) {
        m_error = tr("The file name template contains '\\'; use '/' to make subfolders.");
        return;
    }
    if (text.startsWith(u'/') || driveLetter.match(text).hasMatch()) {
        m_error = tr("The file name template must be a path inside the library folder, not an absolute path.");
        return;
    }
    const QStringList components = text.split(u'/');
    for (const QString &component : components) {
        if (component.isEmpty()) {
            m_error = tr("The file name template has an empty folder name ('//' or a '/' at the end).");
            return;
        }
        if (component.trimmed() == ".."_L1 || component.trimmed() == "."_L1) {
            m_error = tr("The file name template contains '%1', which would leave the library folder.")
                          .arg(component.trimmed());
            return;
        }
        if (!parseComponent(component))
            return;
    }
}

bool FileNameTemplate::parseComponent(const QString &component)
{
    static const QRegularExpression placeholder(u"\\{([^{}:]*)(?::([^{}]*))?\\}"_s);
    QList<Part> parts;
    qsizetype pos = 0;
    auto literal = [&parts, this](const QString &text) {
        if (text.contains(u'{') || text.contains(u'}')) {
            m_error = tr("The file name template has an unmatched '{' or '}' in '%1'.").arg(text);
            return false;
        }
        if (!text.isEmpty())
            parts.append({ Kind::Literal, text, 0 });
        return true;
    };
    QRegularExpressionMatchIterator it = placeholder.globalMatch(component);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!literal(component.mid(pos, m.capturedStart() - pos)))
            return false;
        pos = m.capturedEnd();
        const QString name = m.captured(1);
        const bool hasArgument = m.capturedStart(2) >= 0;
        const QString argument = m.captured(2);
        Part part;
        if (name == "prompt"_L1) {
            part.kind = Kind::Prompt;
            part.length = kDefaultPromptLength;
            if (hasArgument) {
                bool ok = false;
                part.length = argument.toInt(&ok);
                if (!ok || part.length < 1 || part.length > kMaxPromptLength) {
                    m_error = tr("In {prompt:%1} the length must be a whole number from 1 to %2.")
                                  .arg(argument)
                                  .arg(kMaxPromptLength);
                    return false;
                }
            }
        } else {
            static const QList<std::pair<QLatin1StringView, Kind>> simple {
                { "date"_L1, Kind::Date },
                { "time"_L1, Kind::Time },
                { "model"_L1, Kind::Model },
                { "size"_L1, Kind::Size },
                { "seconds"_L1, Kind::Seconds },
                { "id"_L1, Kind::Id },
                { "project"_L1, Kind::Project },
            };
            const auto found = std::find_if(
                simple.cbegin(), simple.cend(), [&name](const auto &entry) { return entry.first == name; });
            if (found == simple.cend()) {
                m_error = tr("The file name template has an unknown placeholder {%1}. Known ones: {date} {time} "
                             "{prompt:N} {model} {size} {seconds} {id} {project}.")
                              .arg(name);
                return false;
            }
            if (hasArgument) {
                m_error = tr("The placeholder {%1} takes no ':' argument.").arg(name);
                return false;
            }
            part.kind = found->second;
        }
        parts.append(part);
    }
    if (!literal(component.mid(pos)))
        return false;
    m_components.append(parts);
    return true;
}

QString FileNameTemplate::expand(const ClipRecord &clip) const
{
    if (!isValid())
        return {};
    QDateTime created = clip.createdAt.isValid() ? clip.createdAt : clip.addedAt;
    if (!created.isValid())
        created = m_clock->now();
    created = created.toLocalTime();
    QStringList out;
    for (const QList<Part> &parts : m_components) {
        QString component;
        for (const Part &part : parts) {
            switch (part.kind) {
            case Kind::Literal:
                component += part.literal;
                break;
            case Kind::Date:
                component += created.toString(u"yyyy-MM-dd"_s);
                break;
            case Kind::Time:
                component += created.toString(u"HHmmss"_s);
                break;
            case Kind::Prompt:
                component += promptSlug(clip.prompt, part.length);
                break;
            case Kind::Model:
                component += clip.model;
                break;
            case Kind::Size:
                component += clip.size;
                break;
            case Kind::Seconds:
                component += clip.seconds;
                break;
            case Kind::Id:
                component += clip.remoteId;
                break;
            case Kind::Project:
                component += clip.project.trimmed().isEmpty() ? u"no-project"_s : clip.project.trimmed();
                break;
            }
        }
        out << sanitizeFileName(component);
    }
    return out.join(u'/');
}

} // namespace Dailies
