// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dailies
{

/// A character a provider made (`POST /videos/characters`), as the library keeps it so that prompts can use it
/// offline: creates name it by id, and its name must appear in their prompt.
struct CharacterRecord {
    QString profile;
    QString characterId; ///< the provider's id (`char_…` on OpenAI; opaque)
    QString name;
    qint64 sourceClipId = 0; ///< the library clip it was made from, if any
    QString sourcePath; ///< the file it was made from, if not a clip of the library
    QDateTime createdAt;
};

} // namespace Dailies
