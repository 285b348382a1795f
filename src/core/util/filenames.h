// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Dailies
{

/// Makes `text` safe as a file name on every OS: no separators, reserved characters, control characters,
/// trailing dots or spaces, or reserved Windows names; at most `maxLength` characters; never empty.
[[nodiscard]] QString sanitizeFileName(const QString &text, int maxLength = 120);

/// A short slug of a prompt for file names: its first words, lower case, joined by '-', at most `maxLength`.
[[nodiscard]] QString promptSlug(const QString &prompt, int maxLength = 40);

/// `{date}_{prompt:40}_{id}`: the default name (without extension) of a clip's files.
[[nodiscard]] QString defaultClipBaseName(const QDateTime &created, const QString &prompt, const QString &videoId);

/// Copies `source` to `target` through a QSaveFile, so the target is either the whole copy or left as it was.
/// Returns an empty string, or why the copy failed.
[[nodiscard]] QString copyFileWhole(const QString &source, const QString &target);

} // namespace Dailies
