// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "widgets/settings/settingspage.h"

namespace Ui
{
class LibraryPage;
}

namespace Dailies
{

/// Settings → Library: the library folder (used from the next start on) and the file name template, with an
/// example name (ui/settings/librarypage.ui).
class LibraryPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    explicit LibraryPage(Workspace *workspace, QWidget *parent = nullptr);
    ~LibraryPage() override;

    void load() override;
    [[nodiscard]] bool validate(QWidget **field) override;
    void store() override;

private:
    void showFolderChange(const QString &text);
    void updateTemplateExample();

    std::unique_ptr<Ui::LibraryPage> m_ui;
};

} // namespace Dailies
