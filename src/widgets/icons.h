// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/**
 * The bundled icon themes. Dailies asks for icons by their freedesktop names (QIcon::fromTheme). The desktop's
 * theme wins whenever it has the icon; the bundled `dailies` theme (dark strokes for light palettes) or
 * `dailies-dark` (light strokes for dark palettes) fills every gap, and stands in for the whole theme where there
 * is none: a bare X server, Windows and macOS.
 */
namespace Dailies::Icons
{
/// Adds ":/icons" to the theme search paths, makes the bundled theme that suits the application palette the
/// fallback theme, and the theme itself when the platform names none (or one without the basic media icons).
/// Follows later application palette changes. Call once the QApplication exists, before the first window.
void install();

/// The icon for the freedesktop `name`: the desktop theme's, else the bundled one; never null. A name that no
/// theme knows gets the bundled "image-missing" icon.
[[nodiscard]] QIcon icon(const QString &name);

/// The bundled theme that suits the application palette now: "dailies" or "dailies-dark".
[[nodiscard]] QString bundledThemeName();
} // namespace Dailies::Icons
