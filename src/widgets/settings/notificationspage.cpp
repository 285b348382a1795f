// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/notificationspage.h"

#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "ui_notificationspage.h"

namespace Dailies
{

NotificationsPage::NotificationsPage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::NotificationsPage>())
{
    m_ui->setupUi(this);
    m_ui->notifyOnCombo->addItem(tr("Every finished job"));
    m_ui->notifyOnCombo->addItem(tr("Failed jobs only"));
    connect(m_ui->trayCheck, &QCheckBox::toggled, m_ui->soundCheck, &QWidget::setEnabled);
    connect(m_ui->trayCheck, &QCheckBox::toggled, m_ui->notifyOnCombo, &QWidget::setEnabled);
}

NotificationsPage::~NotificationsPage() = default;

void NotificationsPage::load()
{
    const AppSettings app(workspace()->settings());
    m_ui->trayCheck->setChecked(app.trayNotifications());
    m_ui->soundCheck->setChecked(app.notificationSound());
    m_ui->soundCheck->setEnabled(app.trayNotifications());
    m_ui->notifyOnCombo->setCurrentIndex(app.notifyOn() == AppSettings::NotifyOn::FailuresOnly ? 1 : 0);
}

void NotificationsPage::store()
{
    AppSettings app(workspace()->settings());
    app.setTrayNotifications(m_ui->trayCheck->isChecked());
    app.setNotificationSound(m_ui->soundCheck->isChecked());
    app.setNotifyOn(
        m_ui->notifyOnCombo->currentIndex() == 1 ? AppSettings::NotifyOn::FailuresOnly : AppSettings::NotifyOn::All);
}

} // namespace Dailies
