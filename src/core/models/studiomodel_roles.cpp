// SPDX-License-Identifier: GPL-3.0-or-later
// What a row shows: each role's value for a job and for a clip, and which roles a job's change touches.
#include <QJsonObject>
#include <QJsonValue>
#include <algorithm>

#include "core/models/studiomodel.h"
#include "core/models/studiomodel_p.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace ModelDetail
{

bool needsDetails(int role)
{
    return std::find(kDetailRoles.cbegin(), kDetailRoles.cend(), role) != kDetailRoles.cend();
}

QList<int> rolesOf(quint32 mask)
{
    QList<int> roles;
    for (std::size_t i = 0; i < kRoles.size(); ++i) {
        if (mask & (quint32(1) << i))
            roles.append(kRoles.at(i));
    }
    return roles;
}

// Takes the prompt by value: a clip's excerpt is moved in and edited in place, without a second allocation.
QString excerptOf(QString prompt)
{
    // The prompt may already be cut to ClipSummary::kPromptExcerptLength; an excerpt that long was cut.
    const bool cut = prompt.size() >= ClipSummary::kPromptExcerptLength;
    prompt.truncate(ClipSummary::kPromptExcerptLength);
    QString text = std::move(prompt).simplified();
    if (text.size() > kExcerptLength || (cut && !text.isEmpty())) {
        text.truncate(kExcerptLength - 1);
        text.append(u'\u2026');
    }
    return text;
}

// When the provider created the video; until it has, when the job was queued.
QDateTime createdOf(const JobRecord &job)
{
    return job.remoteCreatedAt.isValid() ? job.remoteCreatedAt : job.createdAt;
}

} // namespace ModelDetail

namespace
{

QVariant orNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time) : QVariant();
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString statusText(JobState state, int progress)
{
    switch (state) {
    case JobState::Draft:
        return StudioModel::tr("Draft");
    case JobState::Waiting:
        return StudioModel::tr("Waiting");
    case JobState::Submitting:
        return StudioModel::tr("Submitting");
    case JobState::Queued:
        return StudioModel::tr("Queued");
    case JobState::InProgress:
        return StudioModel::tr("Rendering %1 %").arg(progress);
    case JobState::Downloading:
        return StudioModel::tr("Downloading");
    case JobState::Completed:
        return StudioModel::tr("Done");
    case JobState::Failed:
        return StudioModel::tr("Failed");
    case JobState::Cancelled:
        return StudioModel::tr("Cancelled");
    case JobState::Expired:
        return StudioModel::tr("Expired");
    case JobState::NeedsAttention:
        return StudioModel::tr("Needs attention");
    }
    return {};
}

QString toolTip(const QString &prompt, const QString &status, const QString &error = {})
{
    QString text = prompt + u"\n\n"_s + status;
    if (!error.isEmpty())
        text += u'\n' + error;
    return text;
}

// What the provider says it makes, else what was asked for (empty: the provider's default).
QString effective(const JobRecord &job, QLatin1StringView key, const QString &requested)
{
    const QString answered = job.response.value(key).toVariant().toString();
    return answered.isEmpty() ? requested : answered;
}

// The provider's `expires_at` (seconds since the epoch) from a Video object; invalid when it has none.
QVariant expiryOf(const QJsonObject &video)
{
    const QJsonValue at = video.value("expires_at"_L1);
    if (!at.isDouble() || at.toInteger() <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(at.toInteger(), Qt::UTC);
}

} // namespace

QHash<int, QByteArray> StudioModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        { KindRole, "kind" },
        { JobIdRole, "jobId" },
        { ClipIdRole, "clipId" },
        { StateRole, "state" },
        { StatusTextRole, "statusText" },
        { ProgressRole, "progress" },
        { PromptRole, "prompt" },
        { ModelRole, "model" },
        { SizeRole, "size" },
        { SecondsRole, "seconds" },
        { ProfileRole, "profile" },
        { ProjectRole, "project" },
        { FavouriteRole, "favourite" },
        { RatingRole, "rating" },
        { TagsRole, "tags" },
        { CostRole, "cost" },
        { ThumbnailPathRole, "thumbnailPath" },
        { VideoPathRole, "videoPath" },
        { CreatedAtRole, "createdAt" },
        { SubmittedAtRole, "submittedAt" },
        { CompletedAtRole, "completedAt" },
        { ElapsedRole, "elapsed" },
        { ErrorRole, "error" },
        { RemoteIdRole, "remoteId" },
        { ParentRemoteIdRole, "parentRemoteId" },
        { DraftRemoteIdRole, "draftRemoteId" },
        { ExpiresAtRole, "expiresAt" },
    });
    return names;
}

QVariant StudioModel::jobData(const JobSnapshot &snapshot, const Row &row, int role) const
{
    const JobRecord &job = snapshot.job;
    switch (role) {
    case Qt::DisplayRole:
        return row.excerpt;
    case Qt::ToolTipRole:
        return toolTip(job.request.prompt, statusText(job.state, job.progress), job.errorMessage);
    case KindRole:
        return QVariant::fromValue(Kind::Job);
    case JobIdRole:
        return job.id;
    case StateRole:
        return toString(job.state);
    case StatusTextRole:
        return statusText(job.state, job.progress);
    case ProgressRole:
        return job.state == JobState::Completed ? 100 : std::clamp(job.progress, 0, 100);
    case PromptRole:
        return job.request.prompt;
    case ModelRole:
        return effective(job, "model"_L1, job.request.model);
    case SizeRole:
        return effective(job, "size"_L1, job.request.size);
    case SecondsRole:
        return effective(job, "seconds"_L1, job.request.seconds);
    case ProfileRole:
        return job.profile;
    case ProjectRole:
        return job.project;
    case CostRole:
        return job.estimatedCost ? QVariant(*job.estimatedCost) : QVariant();
    case CreatedAtRole:
        return orNull(ModelDetail::createdOf(job));
    case SubmittedAtRole:
        return orNull(job.submittedAt);
    case CompletedAtRole:
        return isTerminal(job.state) ? orNull(job.finishedAt) : QVariant();
    case ElapsedRole:
        return snapshot.elapsedMs ? QVariant(*snapshot.elapsedMs) : QVariant();
    case ErrorRole:
        return orNull(job.errorMessage);
    case RemoteIdRole:
        return orNull(job.remoteId);
    case ParentRemoteIdRole:
        return orNull(job.sourceId);
    case DraftRemoteIdRole:
        return orNull(job.draftOf);
    case ExpiresAtRole:
        return orNull(job.expiresAt);
    default:
        return {};
    }
}

QVariant StudioModel::clipData(const Row &row, const ClipRecord *clip, int role) const
{
    const ClipSummary &c = row.clip;
    switch (role) {
    case Qt::DisplayRole:
        return row.excerpt;
    case KindRole:
        return QVariant::fromValue(Kind::Clip);
    case JobIdRole:
        return row.jobId > 0 ? QVariant(row.jobId) : QVariant();
    case ClipIdRole:
        return c.id;
    case StateRole:
        return toString(JobState::Completed);
    case StatusTextRole:
        return statusText(JobState::Completed, 100);
    case ProgressRole:
        return 100;
    case ProjectRole:
        return c.project;
    case FavouriteRole:
        return c.favourite;
    case RatingRole:
        return c.rating;
    case CostRole:
        return c.cost ? QVariant(*c.cost) : QVariant();
    case CreatedAtRole:
        return orNull(c.createdAt);
    default:
        break;
    }
    if (!clip)
        return {};
    switch (role) {
    case Qt::ToolTipRole:
        return toolTip(clip->prompt, statusText(JobState::Completed, 100));
    case PromptRole:
        return clip->prompt;
    case ModelRole:
        return clip->model;
    case SizeRole:
        return clip->size;
    case SecondsRole:
        return clip->seconds;
    case ProfileRole:
        return clip->profile;
    case TagsRole:
        return clip->tags;
    case ThumbnailPathRole:
        return orNull(clip->thumbnailPath);
    case VideoPathRole:
        return orNull(clip->videoPath);
    case SubmittedAtRole:
        return orNull(clip->submittedAt);
    case CompletedAtRole:
        return orNull(clip->completedAt);
    case ElapsedRole:
        if (clip->submittedAt.isValid() && clip->completedAt.isValid())
            return std::max<qint64>(0, clip->submittedAt.msecsTo(clip->completedAt));
        return {};
    case RemoteIdRole:
        return orNull(clip->remoteId);
    case ParentRemoteIdRole:
        return orNull(clip->parentRemoteId);
    case DraftRemoteIdRole:
        return orNull(clip->draftRemoteId);
    case ExpiresAtRole:
        return expiryOf(clip->response);
    default:
        return {};
    }
}

quint32 StudioModel::changedJobRoles(const JobSnapshot &before, const JobSnapshot &after, const Row &row) const
{
    // Compared through data() itself, so the roles announced are exactly those a view would see change.
    quint32 roles = 0;
    for (std::size_t i = 0; i < ModelDetail::kRoles.size(); ++i) {
        if (jobData(before, row, ModelDetail::kRoles.at(i)) != jobData(after, row, ModelDetail::kRoles.at(i)))
            roles |= quint32(1) << i;
    }
    return roles;
}

} // namespace Dailies
