// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement StudioModel (studiomodel*.cpp); not part of its interface.

#include <QDateTime>
#include <QList>
#include <QString>
#include <array>

#include "core/models/studiomodel.h"

namespace Dailies::ModelDetail
{

// Every role the model answers, in the order of their bits in a change mask.
inline constexpr std::array kRoles {
    int(Qt::DisplayRole),
    int(Qt::ToolTipRole),
    int(StudioModel::KindRole),
    int(StudioModel::JobIdRole),
    int(StudioModel::ClipIdRole),
    int(StudioModel::StateRole),
    int(StudioModel::StatusTextRole),
    int(StudioModel::ProgressRole),
    int(StudioModel::PromptRole),
    int(StudioModel::ModelRole),
    int(StudioModel::SizeRole),
    int(StudioModel::SecondsRole),
    int(StudioModel::ProfileRole),
    int(StudioModel::ProjectRole),
    int(StudioModel::FavouriteRole),
    int(StudioModel::RatingRole),
    int(StudioModel::TagsRole),
    int(StudioModel::CostRole),
    int(StudioModel::ThumbnailPathRole),
    int(StudioModel::VideoPathRole),
    int(StudioModel::CreatedAtRole),
    int(StudioModel::SubmittedAtRole),
    int(StudioModel::CompletedAtRole),
    int(StudioModel::ElapsedRole),
    int(StudioModel::ErrorRole),
    int(StudioModel::RemoteIdRole),
    int(StudioModel::ParentRemoteIdRole),
    int(StudioModel::DraftRemoteIdRole),
    int(StudioModel::ExpiresAtRole),
};
static_assert(kRoles.size() <= 32, "a change mask is 32 bits");
inline constexpr quint32 kAllRoles = (quint32(1) << kRoles.size()) - 1;

// A clip's roles that need its full record rather than the summary the row keeps.
inline constexpr std::array kDetailRoles {
    int(Qt::ToolTipRole),
    int(StudioModel::PromptRole),
    int(StudioModel::ModelRole),
    int(StudioModel::SizeRole),
    int(StudioModel::SecondsRole),
    int(StudioModel::ProfileRole),
    int(StudioModel::TagsRole),
    int(StudioModel::ThumbnailPathRole),
    int(StudioModel::VideoPathRole),
    int(StudioModel::SubmittedAtRole),
    int(StudioModel::CompletedAtRole),
    int(StudioModel::ElapsedRole),
    int(StudioModel::RemoteIdRole),
    int(StudioModel::ParentRemoteIdRole),
    int(StudioModel::DraftRemoteIdRole),
    int(StudioModel::ExpiresAtRole),
};

// Full records kept for the rows on screen (a view shows a few dozen).
inline constexpr int kDetailCacheSize = 512;
// How many pages beyond the first a change of view reads at most so that the rows selected stay listed (the current
// row of a long list whose search is cleared).
inline constexpr int kKeptRowPages = 5;
// How many of the clips held (furthest first) a change of view asks whether it still lists them.
inline constexpr int kKeptRowChecks = 8;
// The display text: the prompt's start on one line.
inline constexpr int kExcerptLength = 80;

/// Whether `role` needs a clip's full record rather than the summary its row keeps.
bool needsDetails(int role);
/// The roles of the bits set in a change mask.
QList<int> rolesOf(quint32 mask);
/// The prompt's start on one line, as a row shows it.
QString excerptOf(QString prompt);
/// When the provider created the video; until it has, when the job was queued.
QDateTime createdOf(const JobRecord &job);

} // namespace Dailies::ModelDetail
