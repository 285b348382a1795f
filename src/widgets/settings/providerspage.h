// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "core/api/providerprofile.h"
#include "widgets/settings/settingspage.h"

namespace Ui
{
class ProvidersPage;
}

namespace Dailies
{
class ConnectionTest;
struct ProfileDraft;
struct SecretResult;

/**
 * Settings → Providers: the provider profiles with their keys, added, edited, renamed and removed as drafts, and a
 * connection test (ui/settings/providerspage.ui).
 *
 * store() hands every draft to Workspace::saveProfile() and removed profiles to Workspace::removeProfile(), the
 * operations `dailies profiles` uses too. Keys go to the SecretStore only, never to QSettings; when no keychain
 * answers the page says so and offers a session-only key (Workspace::setSessionKey) or an environment variable.
 */
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)

public:
    explicit ProvidersPage(Workspace *workspace, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    void load() override;
    [[nodiscard]] bool validate(QWidget **field) override;
    void store() override;

    /// Selects `profile` (asking to be shown); false when there is no such profile.
    bool showProfile(const QString &profile);
    /// Ends a running connection test.
    void cancelTest();
    /// The jobs at once a profile without its own number gets (shown as the provider default where the kind has
    /// no limit of its own).
    void setDefaultConcurrency(int jobs) { m_defaultConcurrency = jobs; }
    /// Whether keychain jobs of the last store() are still running.
    [[nodiscard]] bool keysPending() const { return m_pendingKeyJobs > 0; }
    /// The keychain refused a key in the last store().
    [[nodiscard]] bool keyFailed() const { return m_keyFailed; }

Q_SIGNALS:
    /// store() started writing a key to the keychain.
    void keyWriteStarted();
    /// Every keychain job of the last store() ended; `ok` is false when the keychain refused a key.
    void keysSettled(bool ok);
    /// The connection test ended with this text.
    void connectionTested(bool ok, const QString &message);

private:
    void addProfile(Api::ProviderKind kind);
    void removeProfile();
    void selectProfile(int row);
    void showProfileFields();
    void showKindFields(const ProfileDraft &draft);
    void showModelFields(const ProfileDraft &draft);
    void showProfileErrors();
    void readProfileFields();
    void refreshProfileRow(int row);
    void readKeyStatus(int row);
    void showKeyStatus();
    void useSessionKey();
    void useEnvironmentKey();
    void testConnection();
    void showTestStarted(const QString &host);
    void showTestResult(bool ok, const QString &message);
    [[nodiscard]] ProfileDraft *currentDraft();
    [[nodiscard]] QString profileProblem(int row, QWidget **field = nullptr) const;

    void storeProfile(ProfileDraft &draft);
    void keyWritten(const QString &profile, const QString &key, const SecretResult &result);
    void keyForgotten(const QString &profile);
    void keyJobEnded();

    std::unique_ptr<Ui::ProvidersPage> m_ui;
    ConnectionTest *m_test;
    QList<ProfileDraft> m_profiles;
    QStringList m_removedProfiles;
    int m_currentProfile = -1;
    int m_defaultConcurrency = 0;
    bool m_loading = false;
    int m_pendingKeyJobs = 0;
    bool m_keyFailed = false;
};

} // namespace Dailies
