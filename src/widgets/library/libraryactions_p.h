// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement LibraryActions; not part of its interface.

#include <QModelIndex>
#include <optional>

#include "core/jobs/jobrecord.h"
#include "core/models/studiomodel.h"

/// What a row of the studio's list allows, read from its roles.
namespace Dailies::RowRules
{

inline std::optional<JobState> stateOf(const QModelIndex &index)
{
    return jobStateFromString(index.data(StudioModel::StateRole).toString());
}

inline bool isClip(const QModelIndex &index)
{
    return index.data(StudioModel::ClipIdRole).isValid();
}

inline bool canRetry(const QModelIndex &index)
{
    const std::optional<JobState> state = stateOf(index);
    return !isClip(index) && index.data(StudioModel::JobIdRole).isValid() && state && isTerminal(*state)
        && *state != JobState::Completed;
}

inline bool canCancel(const QModelIndex &index)
{
    const std::optional<JobState> state = stateOf(index);
    return !isClip(index) && index.data(StudioModel::JobIdRole).isValid() && state && !isTerminal(*state);
}

inline bool hasVideo(const QModelIndex &index)
{
    return isClip(index) && !index.data(StudioModel::VideoPathRole).toString().isEmpty();
}

// A video the provider still has: a clip, or a job that ended there (the provider keeps failed jobs too).
inline bool isOnServer(const QModelIndex &index)
{
    if (index.data(StudioModel::RemoteIdRole).toString().isEmpty()
        || index.data(StudioModel::ProfileRole).toString().isEmpty())
        return false;
    const std::optional<JobState> state = stateOf(index);
    return isClip(index) || (state && isTerminal(*state));
}

} // namespace Dailies::RowRules
