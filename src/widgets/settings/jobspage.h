// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "widgets/settings/settingspage.h"

namespace Ui
{
class JobsPage;
}

namespace Dailies
{

/// Settings → Jobs: how many jobs run at once, how often they are polled and whether spritesheets are downloaded
/// (ui/settings/jobspage.ui). The running engine gets them when the dialog applies.
class JobsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPage)

public:
    explicit JobsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~JobsPage() override;

    void load() override;
    [[nodiscard]] bool validate(QWidget **field) override;
    void store() override;

Q_SIGNALS:
    /// The number of jobs at once a profile without its own number gets, as shown (not yet stored).
    void defaultConcurrencyChanged(int jobs);

private:
    void updatePollError();

    std::unique_ptr<Ui::JobsPage> m_ui;
};

} // namespace Dailies
