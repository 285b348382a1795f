// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

#include "mockserver/apiroute.h"

namespace Dailies::Mock
{

enum class FaultKind {
    RateLimit, ///< `429`: rate limited, with Retry-After
    Quota, ///< `quota`: 429 insufficient_quota, no Retry-After
    InternalError, ///< `500`
    BadGateway, ///< `502`
    Unavailable, ///< `503`
    Garbage, ///< `garbage`: 200 with an HTML page
    Reset, ///< `reset`: part of the body, then a connection reset
    Truncate, ///< `truncate`: Content-Length larger than the bytes sent, then close
    Slow, ///< `slow`: the body trickles at `bps` bytes per second
    Stuck, ///< `stuck`: the job stays in_progress at 99 %
    Moderation, ///< `moderation`: prompts with one of `words` are blocked
    Lose, ///< `lose`: the job is created but the connection is dropped before the answer
    Redirect, ///< `redirect`: 302 (or `status`) to `to`, by default the request's own path on this server
    NotServed, ///< `404`: the route is not served (a gateway without it)
    MethodNotAllowed, ///< `405`: the path is served, not with this method
};

/// One rule of a fault spec (see FaultRules for the grammar), with its selection state.
struct FaultRule {
    FaultKind kind = FaultKind::InternalError;
    /// The route it is limited to; none means every /videos route the kind can apply to.
    std::optional<ApiRoute> route;
    /// The rule as written and its 1-based position in the spec, for messages.
    QString text;
    int number = 0;

    /// Selection: at most `times` firings (0: no limit), only every `every`-th matching request (0: each),
    /// each with probability `rate` (below 0: always).
    int times = 0;
    int every = 0;
    double rate = -1.0;

    /// Seconds for Retry-After on 429 and 503; below 0: none given.
    double retryAfter = -1.0;
    /// Fraction of the body sent before `reset` or `truncate` cut it.
    double at = 0.5;
    /// Speed of `slow`.
    qint64 bytesPerSecond = 64 * 1024;
    /// Blocked words of `moderation` and whether the block happens at create (false) or in the job (true).
    QStringList words;
    bool atJob = false;
    /// Where `redirect` sends the client (an absolute URL or a path; empty: the request's own path and query) and
    /// with which status.
    QString location;
    int redirectStatus = 302;

    int matched = 0;
    int fired = 0;

    [[nodiscard]] bool appliesTo(ApiRoute other) const { return !route || *route == other; }
    /// Whether the rule replaces the whole answer (429, quota, 5xx, garbage, redirect).
    [[nodiscard]] bool replacesAnswer() const;
    /// Whether the prompt contains one of `words` (whole words, case-insensitive).
    [[nodiscard]] bool matchesPrompt(const QString &prompt) const;

    /// The kind's name in the grammar ("429", "reset", ...).
    [[nodiscard]] static QString kindName(FaultKind kind);
    [[nodiscard]] static std::optional<FaultKind> kindFromName(QStringView name);
};

} // namespace Dailies::Mock
