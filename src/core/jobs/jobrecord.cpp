// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/jobrecord.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
struct StateName {
    JobState state;
    QLatin1StringView name;
};
constexpr StateName kStates[] = {
    { JobState::Draft, "draft"_L1 },
    { JobState::Waiting, "waiting"_L1 },
    { JobState::Submitting, "submitting"_L1 },
    { JobState::Queued, "queued"_L1 },
    { JobState::InProgress, "in_progress"_L1 },
    { JobState::Downloading, "downloading"_L1 },
    { JobState::Completed, "completed"_L1 },
    { JobState::Failed, "failed"_L1 },
    { JobState::Cancelled, "cancelled"_L1 },
    { JobState::Expired, "expired"_L1 },
    { JobState::NeedsAttention, "needs_attention"_L1 },
};
} // namespace

QString toString(JobState state)
{
    for (const StateName &s : kStates) {
        if (s.state == state)
            return s.name;
    }
    return u"waiting"_s;
}

std::optional<JobState> jobStateFromString(const QString &text)
{
    for (const StateName &s : kStates) {
        if (s.name == text)
            return s.state;
    }
    return std::nullopt;
}

bool isTerminal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled
        || state == JobState::Expired || state == JobState::NeedsAttention;
}

bool isInFlight(JobState state)
{
    return state == JobState::Submitting || state == JobState::Queued || state == JobState::InProgress
        || state == JobState::Downloading;
}

QString toString(JobKind kind)
{
    switch (kind) {
    case JobKind::Create:
        return u"create"_s;
    case JobKind::Remix:
        return u"remix"_s;
    case JobKind::Edit:
        return u"edit"_s;
    case JobKind::Extend:
        return u"extend"_s;
    }
    return {};
}

std::optional<JobKind> jobKindFromString(const QString &text)
{
    for (JobKind kind : { JobKind::Create, JobKind::Remix, JobKind::Edit, JobKind::Extend }) {
        if (toString(kind) == text)
            return kind;
    }
    return std::nullopt;
}

QJsonObject JobRecord::requestJson() const
{
    QJsonObject json = request.toJson();
    if (!request.inputReferencePath.isEmpty())
        json.insert(
            "input_reference"_L1, QJsonObject { { "file"_L1, QFileInfo(request.inputReferencePath).fileName() } });
    switch (kind) {
    case JobKind::Create:
        break;
    case JobKind::Remix:
        json = QJsonObject { { "prompt"_L1, request.prompt }, { "remix_of"_L1, sourceId } };
        break;
    case JobKind::Edit:
        json = QJsonObject { { "prompt"_L1, request.prompt }, { "video"_L1, QJsonObject { { "id"_L1, sourceId } } } };
        break;
    case JobKind::Extend:
        json = QJsonObject { { "prompt"_L1, request.prompt }, { "seconds"_L1, request.seconds },
            { "video"_L1, QJsonObject { { "id"_L1, sourceId } } } };
        break;
    }
    return json;
}

void JobRecord::setError(const QString &kind_, const QString &code, const QString &message, const QString &requestId_)
{
    errorKind = kind_;
    errorCode = code;
    errorMessage = message;
    requestId = requestId_;
}

void JobRecord::clearError()
{
    errorKind.clear();
    errorCode.clear();
    errorMessage.clear();
}

} // namespace Dailies
