// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>

#include "mockserver/faultrule.h"
#include "mockserver/mockresponse.h"

namespace Dailies::Mock
{

/// What the fault rules do to one request.
struct FaultDecision {
    /// The rule that replaces the answer (429, quota, 5xx, garbage), if one fired.
    std::optional<FaultRule> answer;
    /// How the (real or replaced) answer is delivered: reset or truncate cut it at `cutFraction`.
    MockResponse::Delivery delivery = MockResponse::Delivery::Normal;
    double cutFraction = 0.5;
    /// Above 0: the body trickles at this speed.
    qint64 bytesPerSecond = 0;
};

/**
 * The fault-injection rules of a demo server, parsed from a spec such as
 * `429@create:times=2,retry-after=3; reset@content:at=0.3; moderation:words=gore|blood; seed:value=7`.
 *
 * Grammar: rules separated by `;`, each `KIND[@ROUTE][:key=value,key=value...]`. KIND is 429, quota, 500, 502,
 * 503, garbage, reset, truncate, slow, stuck, moderation, lose or redirect (or the top-level `seed:value=N`); ROUTE is
 * create, list, retrieve, delete, content, remix, edit, extend, create-character or retrieve-character (none: every
 * route the kind applies to; stuck, moderation and lose apply to the four that make jobs). Selection keys for
 * every kind: `times=N` (fires at most N times), `every=N` (only every N-th matching request), `rate=P`
 * (probability per request, from a PRNG seeded by `seed`, so runs repeat). Kind keys: `retry-after=S` (429,
 * 503), `at=F` (reset, truncate), `bps=N` (slow), `words=a|b` and `when=create|job` (moderation), `to=URL` and
 * `status=3xx` (redirect).
 *
 * Rules are tried in order. The first answer-replacing rule that fires decides the answer; later ones do not see
 * that request. `stuck` is decided per created job, `lose` after a job was created, `moderation` per prompt that
 * contains one of its words.
 */
class FaultRules final
{
public:
    FaultRules();

    /// Parses a spec; on failure returns nothing and sets *error to a message naming the rule.
    [[nodiscard]] static std::optional<FaultRules> parse(const QString &spec, QString *error = nullptr);

    [[nodiscard]] QString spec() const { return m_spec; }
    [[nodiscard]] const QList<FaultRule> &rules() const { return m_rules; }

    /// The answer and delivery faults for one request to `route`.
    [[nodiscard]] FaultDecision decide(ApiRoute route);
    /// Whether a job just accepted through `route` gets stuck at 99 %.
    [[nodiscard]] bool stuck(ApiRoute route);
    /// Whether the answer of a job just created through `route` is lost.
    [[nodiscard]] bool lose(ApiRoute route);
    /// The moderation rule that blocks `prompt` on `route`, if one does.
    [[nodiscard]] std::optional<FaultRule> moderation(ApiRoute route, const QString &prompt);

private:
    static bool parseRule(
        const QString &text, int number, FaultRule *rule, quint32 *seed, bool *isSeed, QString *error);
    bool select(FaultRule &rule);
    bool selectFirst(FaultKind kind, ApiRoute route);

    QList<FaultRule> m_rules;
    QString m_spec;
    QRandomGenerator m_random;
};

} // namespace Dailies::Mock
