// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/faultrule.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
constexpr FaultKind kAllKinds[] = {
    FaultKind::RateLimit,
    FaultKind::Quota,
    FaultKind::InternalError,
    FaultKind::BadGateway,
    FaultKind::Unavailable,
    FaultKind::Garbage,
    FaultKind::Reset,
    FaultKind::Truncate,
    FaultKind::Slow,
    FaultKind::Stuck,
    FaultKind::Moderation,
    FaultKind::Lose,
    FaultKind::Redirect,
    FaultKind::NotServed,
    FaultKind::MethodNotAllowed,
};
} // namespace

bool FaultRule::replacesAnswer() const
{
    switch (kind) {
    case FaultKind::RateLimit:
    case FaultKind::Quota:
    case FaultKind::InternalError:
    case FaultKind::BadGateway:
    case FaultKind::Unavailable:
    case FaultKind::Garbage:
    case FaultKind::Redirect:
    case FaultKind::NotServed:
    case FaultKind::MethodNotAllowed:
        return true;
    default:
        return false;
    }
}

bool FaultRule::matchesPrompt(const QString &prompt) const
{
    for (const QString &word : words) {
        const QRegularExpression pattern(u"(?<!\\w)"_s + QRegularExpression::escape(word) + u"(?!\\w)"_s,
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (pattern.match(prompt).hasMatch())
            return true;
    }
    return false;
}

QString FaultRule::kindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::RateLimit:
        return u"429"_s;
    case FaultKind::Quota:
        return u"quota"_s;
    case FaultKind::InternalError:
        return u"500"_s;
    case FaultKind::BadGateway:
        return u"502"_s;
    case FaultKind::Unavailable:
        return u"503"_s;
    case FaultKind::Garbage:
        return u"garbage"_s;
    case FaultKind::Reset:
        return u"reset"_s;
    case FaultKind::Truncate:
        return u"truncate"_s;
    case FaultKind::Slow:
        return u"slow"_s;
    case FaultKind::Stuck:
        return u"stuck"_s;
    case FaultKind::Moderation:
        return u"moderation"_s;
    case FaultKind::Lose:
        return u"lose"_s;
    case FaultKind::Redirect:
        return u"redirect"_s;
    case FaultKind::NotServed:
        return u"404"_s;
    case FaultKind::MethodNotAllowed:
        return u"405"_s;
    }
    return {};
}

std::optional<FaultKind> FaultRule::kindFromName(QStringView name)
{
    for (const FaultKind kind : kAllKinds) {
        if (name.compare(kindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace Dailies::Mock
