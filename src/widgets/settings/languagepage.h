// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "widgets/settings/settingspage.h"

namespace Ui
{
class LanguagePage;
}

namespace Dailies
{

/// Settings → Language: the language of the window and the command line, used from the next start on
/// (ui/settings/languagepage.ui).
class LanguagePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)

public:
    explicit LanguagePage(Workspace *workspace, QWidget *parent = nullptr);
    ~LanguagePage() override;

    void load() override;
    void store() override;

private:
    std::unique_ptr<Ui::LanguagePage> m_ui;
};

} // namespace Dailies
