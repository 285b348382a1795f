// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "widgets/settings/settingspage.h"

namespace Ui
{
class NotificationsPage;
}

namespace Dailies
{

/// Settings → Notifications: a tray message (and a sound) when a job ends, for every job or only failures
/// (ui/settings/notificationspage.ui).
class NotificationsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsPage)

public:
    explicit NotificationsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~NotificationsPage() override;

    void load() override;
    void store() override;

private:
    std::unique_ptr<Ui::NotificationsPage> m_ui;
};

} // namespace Dailies
