// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QNetworkAccessManager>
#include <QPointer>
#include <memory>

#include "core/api/providerprofile.h"

class QLabel;
class QWidget;

namespace Ui
{
class SettingsDialog;
}

namespace Dailies
{
class Workspace;
struct SecretResult;
namespace Api
{
class VideoApiClient;
class VideoListCall;
struct VideoListResult;
} // namespace Api

/**
 * The preferences: provider profiles (with their keys and a connection test), the library folder and file name
 * template, the job engine's concurrency and polling, the monthly budget, notifications and the language, as a list
 * of pages beside a stack (ui/settingsdialog.ui).
 *
 * Nothing changes until OK or Apply: the dialog edits copies, checks every page (a problem is shown next to its
 * field and keeps OK from closing), then stores them through the core APIs the command line uses too (ProfileStore,
 * AppSettings, SpendLedger, the SecretStore) and hands the new engine settings to the running JobEngine. Keys go to
 * the SecretStore only, never to QSettings; when no keychain answers the dialog says so and offers a session-only
 * key (Workspace::setSessionKey) or an environment variable. The workspace is not owned.
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
    struct ProfileDraft;

    void setUpPages();
    void setUpProviders();
    void setUpLibrary();
    void setUpJobs();
    void setUpBudget();
    void setUpNotifications();
    void setUpLanguage();
    void load();

    void addProfile(Api::ProviderKind kind);
    void removeProfile();
    void selectProfile(int row);
    void showProfileFields();
    void readProfileFields();
    void refreshProfileRow(int row);
    void readKeyStatus(int row);
    void showKeyStatus();
    void useSessionKey();
    void useEnvironmentKey();
    void testConnection();
    void finishTest(const Api::VideoListResult &result, const QString &host);
    void cancelTest();
    [[nodiscard]] ProfileDraft *currentDraft();
    [[nodiscard]] Api::ProviderProfile profileOf(const ProfileDraft &draft) const;
    [[nodiscard]] QString profileProblem(int row, QWidget **field = nullptr) const;

    void updateTemplateExample();
    void updatePollError();
    void updateBudget();

    /// The first page with a problem (and its field), after showing every problem; nullopt when all are valid.
    [[nodiscard]] bool validate(Page *page, QWidget **field);
    void storeProfiles();
    void storeProfile(ProfileDraft &draft);
    void keyWritten(const QString &profile, const QString &key, const SecretResult &result);
    void keyForgotten(const QString &profile);
    void keyJobEnded();

    static void showError(QLabel *label, const QString &message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Workspace *m_workspace;
    QNetworkAccessManager m_nam;
    QList<ProfileDraft> m_profiles;
    QStringList m_removedProfiles;
    int m_currentProfile = -1;
    bool m_loading = false;
    QPointer<Api::VideoApiClient> m_testClient;
    QPointer<Api::VideoListCall> m_testCall;
    int m_pendingKeyJobs = 0;
    bool m_keyFailed = false;
    bool m_closeWhenKeysSettled = false;
};

} // namespace Dailies
