// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/settingspage.h"

#include <QLabel>

namespace Dailies
{

SettingsPage::SettingsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
}

SettingsPage::~SettingsPage() = default;

bool SettingsPage::validate(QWidget **field)
{
    *field = nullptr;
    return true;
}

QIcon SettingsPage::themeIcon(const QWidget *widget, const QStringList &names, QStyle::StandardPixmap fallback)
{
    for (const QString &name : names) {
        if (QIcon::hasThemeIcon(name))
            return QIcon::fromTheme(name);
    }
    return widget->style()->standardIcon(fallback);
}

void SettingsPage::showError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setAccessibleName(message);
    label->setVisible(!message.isEmpty());
    QPalette palette = label->palette();
    // Readable on light and dark palettes alike.
    palette.setColor(QPalette::WindowText, QColor(0xd3, 0x3f, 0x3f));
    label->setPalette(palette);
}

} // namespace Dailies
