// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/icons.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Dailies::Icons
{

namespace
{
const QString lightTheme = u"dailies"_s;
const QString darkTheme = u"dailies-dark"_s;
const QString searchPath = u":/icons"_s;
/// A theme without this icon is no icon theme for a video studio; the bundled one takes over.
const QString probeIcon = u"media-playback-start"_s;

/// True while the bundled theme is the theme, not only the fallback.
bool ownsTheme = false;

/// The bundled SVG for `name` in `theme`, or an empty string.
QString bundledFile(const QString &theme, const QString &name)
{
    for (const QString &context : { u"actions"_s, u"status"_s, u"apps"_s }) {
        const QString file = u"%1/%2/scalable/%3/%4.svg"_s.arg(searchPath, theme, context, name);
        if (QFile::exists(file))
            return file;
    }
    return {};
}

/// Looks `name` up in the bundled themes directly, dropping dash-separated suffixes as the freedesktop spec does.
QString bundledIcon(QString name)
{
    const QString preferred = bundledThemeName();
    while (!name.isEmpty()) {
        for (const QString &theme : { preferred, lightTheme }) {
            if (const QString file = bundledFile(theme, name); !file.isEmpty())
                return file;
        }
        const qsizetype dash = name.lastIndexOf(u'-');
        name = dash > 0 ? name.left(dash) : QString();
    }
    return {};
}

/// Points the theme (when it is ours) and the fallback at the variant for the current palette.
void applyPalette()
{
    const QString bundled = bundledThemeName();
    QIcon::setFallbackThemeName(bundled);
    if (ownsTheme)
        QIcon::setThemeName(bundled);
    else
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()); // drops icons cached from the other variant
}

/// Switches the bundled variant when the application palette turns dark or light.
class PaletteWatcher final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaletteWatcher)

public:
    using QObject::QObject;
    ~PaletteWatcher() override = default;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::ApplicationPaletteChange)
            applyPalette();
        return QObject::eventFilter(watched, event);
    }
};

QPointer<PaletteWatcher> watcher;
} // namespace

QString bundledThemeName()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr)
        return lightTheme;
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128 ? darkTheme : lightTheme;
}

void install()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(searchPath)) {
        paths.append(searchPath);
        QIcon::setThemeSearchPaths(paths);
    }
    QIcon::setFallbackThemeName(QString()); // probe the desktop theme on its own
    const QString current = QIcon::themeName();
    ownsTheme = current.isEmpty() || current == u"hicolor"_s || current == lightTheme || current == darkTheme
        || !QIcon::hasThemeIcon(probeIcon);
    applyPalette();
    if (watcher.isNull() && QCoreApplication::instance() != nullptr) {
        watcher = new PaletteWatcher(QCoreApplication::instance());
        QCoreApplication::instance()->installEventFilter(watcher);
    }
}

QIcon icon(const QString &name)
{
    if (QIcon themed = QIcon::fromTheme(name); !themed.isNull())
        return themed;
    if (const QString file = bundledIcon(name); !file.isEmpty())
        return QIcon(file);
    return QIcon(bundledIcon(u"image-missing"_s));
}

} // namespace Dailies::Icons
