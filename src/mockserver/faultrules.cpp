// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/faultrules.h"

#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
constexpr quint32 kDefaultSeed = 20251006;

QString expectedKinds()
{
    return u"expected 404, 405, 429, quota, 500, 502, 503, garbage, reset, truncate, slow, stuck, moderation, lose, "
           "redirect or seed"_s;
}

QString expectedRoutes()
{
    return u"expected create, list, retrieve, delete, content, remix, edit, extend, create-character or "
           "retrieve-character"_s;
}

QStringList allowedKeys(FaultKind kind)
{
    QStringList keys { u"times"_s, u"every"_s, u"rate"_s };
    switch (kind) {
    case FaultKind::RateLimit:
    case FaultKind::Unavailable:
        keys << u"retry-after"_s;
        break;
    case FaultKind::Reset:
    case FaultKind::Truncate:
        keys << u"at"_s;
        break;
    case FaultKind::Slow:
        keys << u"bps"_s;
        break;
    case FaultKind::Moderation:
        keys << u"words"_s << u"when"_s;
        break;
    case FaultKind::Redirect:
        keys << u"to"_s << u"status"_s;
        break;
    default:
        break;
    }
    return keys;
}

bool appliesToJobsOnly(FaultKind kind)
{
    return kind == FaultKind::Stuck || kind == FaultKind::Moderation || kind == FaultKind::Lose;
}
} // namespace

FaultRules::FaultRules()
    : m_random(kDefaultSeed)
{
}

std::optional<FaultRules> FaultRules::parse(const QString &spec, QString *error)
{
    FaultRules result;
    result.m_spec = spec.trimmed();
    quint32 seed = kDefaultSeed;
    const QStringList texts = spec.split(u';');
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString text = texts.at(i).trimmed();
        if (text.isEmpty())
            continue;
        FaultRule rule;
        bool isSeed = false;
        if (!parseRule(text, static_cast<int>(i + 1), &rule, &seed, &isSeed, error))
            return std::nullopt;
        if (!isSeed)
            result.m_rules.append(rule);
    }
    result.m_random.seed(seed);
    return result;
}

bool FaultRules::parseRule(
    const QString &text, int number, FaultRule *rule, quint32 *seed, bool *isSeed, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = u"fault rule %1 ('%2'): %3"_s.arg(number).arg(text, message);
        return false;
    };
    rule->text = text;
    rule->number = number;

    const qsizetype colon = text.indexOf(u':');
    const QString head = (colon < 0 ? text : text.first(colon)).trimmed();
    const QString parameterText = colon < 0 ? QString() : text.sliced(colon + 1).trimmed();
    const qsizetype at = head.indexOf(u'@');
    const QString kindText = (at < 0 ? head : head.first(at)).trimmed();
    const QString routeText = at < 0 ? QString() : head.sliced(at + 1).trimmed();

    QList<QPair<QString, QString>> parameters;
    QSet<QString> seen;
    if (colon >= 0) {
        if (parameterText.isEmpty())
            return fail(u"nothing after ':'; expected key=value pairs separated by ','"_s);
        for (const QString &item : parameterText.split(u',')) {
            const qsizetype equals = item.indexOf(u'=');
            const QString key = (equals < 0 ? item : item.first(equals)).trimmed().toLower();
            if (key.isEmpty())
                return fail(u"empty parameter; expected key=value pairs separated by ','"_s);
            if (equals < 0)
                return fail(u"parameter '%1' needs a value (key=value)"_s.arg(key));
            if (seen.contains(key))
                return fail(u"parameter '%1' is given twice"_s.arg(key));
            seen.insert(key);
            parameters.append({ key, item.sliced(equals + 1).trimmed() });
        }
    }

    if (kindText.compare(u"seed"_s, Qt::CaseInsensitive) == 0) {
        *isSeed = true;
        if (at >= 0)
            return fail(u"seed is a top-level rule and takes no route"_s);
        if (parameters.size() != 1 || parameters.first().first != u"value"_s)
            return fail(u"expected seed:value=N"_s);
        bool ok = false;
        const uint value = parameters.first().second.toUInt(&ok);
        if (!ok)
            return fail(u"seed value '%1' is not a non-negative integer"_s.arg(parameters.first().second));
        *seed = value;
        return true;
    }

    if (kindText.isEmpty())
        return fail(u"missing kind; "_s + expectedKinds());
    const std::optional<FaultKind> kind = FaultRule::kindFromName(kindText);
    if (!kind)
        return fail(u"unknown kind '%1'; "_s.arg(kindText) + expectedKinds());
    rule->kind = *kind;
    const QString kindName = FaultRule::kindName(*kind);

    if (at >= 0) {
        const std::optional<ApiRoute> route = apiRouteFromToken(routeText.toLower());
        if (!route)
            return fail(u"unknown route '%1'; "_s.arg(routeText) + expectedRoutes());
        if (appliesToJobsOnly(*kind) && !apiRouteMakesJob(*route))
            return fail(u"%1 applies to create, remix, edit or extend only"_s.arg(kindName));
        rule->route = route;
    }

    const QStringList allowed = allowedKeys(*kind);
    for (const auto &[key, value] : std::as_const(parameters)) {
        if (!allowed.contains(key))
            return fail(u"unknown parameter '%1' for %2; expected %3"_s.arg(key, kindName, allowed.join(u", "_s)));
        bool ok = false;
        if (key == u"times" || key == u"every") {
            const int count = value.toInt(&ok);
            if (!ok || count < 1)
                return fail(u"%1 must be a positive integer, not '%2'"_s.arg(key, value));
            (key == u"times" ? rule->times : rule->every) = count;
        } else if (key == u"rate") {
            const double rate = value.toDouble(&ok);
            if (!ok || rate < 0.0 || rate > 1.0)
                return fail(u"rate must be a number from 0 to 1, not '%1'"_s.arg(value));
            rule->rate = rate;
        } else if (key == u"retry-after") {
            const double seconds = value.toDouble(&ok);
            if (!ok || seconds < 0.0 || seconds > 86400.0)
                return fail(u"retry-after must be a number of seconds from 0 to 86400, not '%1'"_s.arg(value));
            rule->retryAfter = seconds;
        } else if (key == u"at") {
            const double fraction = value.toDouble(&ok);
            if (!ok || fraction < 0.0 || fraction > 1.0)
                return fail(u"at must be a fraction from 0 to 1, not '%1'"_s.arg(value));
            rule->at = fraction;
        } else if (key == u"bps") {
            const qint64 speed = value.toLongLong(&ok);
            if (!ok || speed < 1)
                return fail(u"bps must be a positive number of bytes per second, not '%1'"_s.arg(value));
            rule->bytesPerSecond = speed;
        } else if (key == u"words") {
            QStringList words;
            for (const QString &word : value.split(u'|')) {
                if (!word.trimmed().isEmpty())
                    words << word.trimmed();
            }
            if (words.isEmpty())
                return fail(u"words must list at least one word, separated by '|'"_s);
            rule->words = words;
        } else if (key == u"when") {
            if (value != u"create" && value != u"job")
                return fail(u"when must be create or job, not '%1'"_s.arg(value));
            rule->atJob = value == u"job";
        } else if (key == u"to") {
            const QUrl url(value, QUrl::StrictMode);
            const bool absolute = (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
            if (!url.isValid() || (!absolute && !value.startsWith(u'/')))
                return fail(u"to must be an http(s) URL or a path starting with '/', not '%1'"_s.arg(value));
            rule->location = value;
        } else if (key == u"status") {
            const int status = value.toInt(&ok);
            if (!ok || (status != 301 && status != 302 && status != 303 && status != 307 && status != 308))
                return fail(u"status must be 301, 302, 303, 307 or 308, not '%1'"_s.arg(value));
            rule->redirectStatus = status;
        }
    }
    if (*kind == FaultKind::Moderation && rule->words.isEmpty())
        return fail(u"moderation needs words=a|b|c"_s);
    if (*kind == FaultKind::RateLimit && rule->retryAfter < 0.0)
        rule->retryAfter = 1.0;
    return true;
}

bool FaultRules::select(FaultRule &rule)
{
    ++rule.matched;
    if (rule.times > 0 && rule.fired >= rule.times)
        return false;
    if (rule.every > 0 && rule.matched % rule.every != 0)
        return false;
    if (rule.rate >= 0.0 && m_random.generateDouble() >= rule.rate)
        return false;
    ++rule.fired;
    return true;
}

bool FaultRules::selectFirst(FaultKind kind, ApiRoute route)
{
    for (FaultRule &rule : m_rules) {
        if (rule.kind == kind && rule.appliesTo(route) && select(rule))
            return true;
    }
    return false;
}

FaultDecision FaultRules::decide(ApiRoute route)
{
    FaultDecision decision;
    for (FaultRule &rule : m_rules) {
        if (!rule.appliesTo(route))
            continue;
        if (rule.replacesAnswer()) {
            if (!decision.answer && select(rule))
                decision.answer = rule;
        } else if (rule.kind == FaultKind::Reset || rule.kind == FaultKind::Truncate) {
            if (decision.delivery == MockResponse::Delivery::Normal && select(rule)) {
                decision.delivery
                    = rule.kind == FaultKind::Reset ? MockResponse::Delivery::Reset : MockResponse::Delivery::Truncate;
                decision.cutFraction = rule.at;
            }
        } else if (rule.kind == FaultKind::Slow) {
            if (decision.bytesPerSecond == 0 && select(rule))
                decision.bytesPerSecond = rule.bytesPerSecond;
        }
    }
    return decision;
}

bool FaultRules::stuck(ApiRoute route)
{
    return selectFirst(FaultKind::Stuck, route);
}

bool FaultRules::lose(ApiRoute route)
{
    return selectFirst(FaultKind::Lose, route);
}

std::optional<FaultRule> FaultRules::moderation(ApiRoute route, const QString &prompt)
{
    for (FaultRule &rule : m_rules) {
        if (rule.kind == FaultKind::Moderation && rule.appliesTo(route) && rule.matchesPrompt(prompt) && select(rule))
            return rule;
    }
    return std::nullopt;
}

} // namespace Dailies::Mock
