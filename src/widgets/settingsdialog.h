// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <memory>

namespace Ui
{
class SettingsDialog;
}

namespace Dailies
{
class ProvidersPage;
class SettingsPage;
class Workspace;

/**
 * The preferences: provider profiles (with their keys and a connection test), the library folder and file name
 * template, the job engine's concurrency and polling, the monthly budget, notifications and the language, as a list
 * of pages beside a stack (ui/settingsdialog.ui). Each page is a SettingsPage of its own (widgets/settings/).
 *
 * Nothing changes until OK or Apply: the pages edit copies, every page is checked (a problem is shown next to its
 * field and keeps OK from closing), then each stores its part through the core APIs the command line uses too
 * (Workspace::saveProfile, AppSettings, SpendLedger, the SecretStore) and the running JobEngine gets the new engine
 * settings. Keys go to the SecretStore only, never to QSettings. The workspace is not owned.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Providers, Library, Jobs, Budget, Notifications, Language };
    Q_ENUM(Page)

    explicit SettingsDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Shows a page (e.g. Providers after a 401).
    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    /// Shows the Providers page with `profile` selected; false when there is no such profile.
    bool showProfile(const QString &profile);

    /// Checks every page and stores what changed. Returns false (and shows the first problem) when a page is not
    /// valid; then nothing is stored. Keys are written asynchronously; keysSettled() follows.
    bool apply();

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// The settings were stored (keys may still be on their way to the keychain).
    void applied();
    /// Every key write of the last apply() ended; `ok` is false when the keychain refused one.
    void keysSettled(bool ok);
    /// The connection test ended with this text.
    void connectionTested(bool ok, const QString &message);

private:
    void addPages();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QList<SettingsPage *> m_pages; ///< in Page order; children of the stack
    ProvidersPage *m_providers = nullptr;
    bool m_closeWhenKeysSettled = false;
};

} // namespace Dailies
