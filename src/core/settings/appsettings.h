// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace Dailies
{

/**
 * The application's typed settings over one QSettings (injected, not owned): every key, its default and its
 * valid range in one place, so the studio window, the settings dialog and the command line read the same values.
 * Setters store only valid values and return why a value was refused (empty when stored). Secrets never pass
 * through here (they live in the SecretStore); the budget lives in the database (SpendLedger), so every process
 * sees the same one.
 */
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::AppSettings)

public:
    explicit AppSettings(QSettings *settings);

    /// Which finished jobs raise a tray notification.
    enum class NotifyOn { All, FailuresOnly };

    // Keys, for the code that has to name one (and for the report to the lead).
    static constexpr QLatin1StringView kLibraryFolder { "library/folder" };
    static constexpr QLatin1StringView kLibraryTemplate { "library/template" };
    static constexpr QLatin1StringView kJobsConcurrency { "jobs/concurrency" };
    static constexpr QLatin1StringView kJobsPollMinSeconds { "jobs/pollMinSeconds" };
    static constexpr QLatin1StringView kJobsPollMaxSeconds { "jobs/pollMaxSeconds" };
    static constexpr QLatin1StringView kJobsDownloadSpritesheet { "jobs/downloadSpritesheet" };
    static constexpr QLatin1StringView kNotificationsTray { "notifications/tray" };
    static constexpr QLatin1StringView kNotificationsSound { "notifications/sound" };
    static constexpr QLatin1StringView kNotificationsOn { "notifications/on" };
    static constexpr QLatin1StringView kLanguage { "ui/language" };
    /// The compose panel's last state and the window's layout live under these groups.
    static constexpr QLatin1StringView kComposeGroup { "compose" };
    static constexpr QLatin1StringView kWindowGroup { "window" };
    /// Per-profile options live under `providers/options/<profile>/` (draftModel, finalModel, concurrency).
    static constexpr QLatin1StringView kProfileOptionsGroup { "providers/options" };

    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 16;
    static constexpr int kDefaultPollMinSeconds = 1;
    static constexpr int kDefaultPollMaxSeconds = 30;
    static constexpr int kMaxPollSeconds = 600;

    /// The library folder chosen by the user; empty when none was chosen (the workspace then uses its default).
    [[nodiscard]] QString libraryFolder() const;
    /// Stores an absolute folder; an empty string goes back to the default. Refuses a relative path.
    [[nodiscard]] QString setLibraryFolder(const QString &folder);
    /// The clip file name template (Library::kDefaultTemplate when unset).
    [[nodiscard]] QString fileNameTemplate() const;
    /// Why the stored template is not used (it does not validate); empty when it is fine or unset.
    [[nodiscard]] QString fileNameTemplateProblem() const;
    /// Stores a template after FileNameTemplate validation; returns its error otherwise.
    [[nodiscard]] QString setFileNameTemplate(const QString &text);

    /// Jobs sent at the same time per profile, unless the profile says otherwise (1..kMaxConcurrency).
    [[nodiscard]] int defaultConcurrency() const;
    [[nodiscard]] QString setDefaultConcurrency(int jobs);
    /// Polling interval bounds in seconds: 1 ≤ min ≤ max ≤ kMaxPollSeconds.
    [[nodiscard]] int pollMinSeconds() const;
    [[nodiscard]] int pollMaxSeconds() const;
    [[nodiscard]] QString setPollIntervals(int minSeconds, int maxSeconds);
    [[nodiscard]] static QString validatePollIntervals(int minSeconds, int maxSeconds);
    [[nodiscard]] bool downloadSpritesheet() const;
    void setDownloadSpritesheet(bool download);

    /// The model used for quick takes on a profile; empty: the capability table's default.
    [[nodiscard]] QString draftModel(const QString &profile) const;
    /// The model "Render final" re-runs a draft on; empty: the draft model's `finalModel` in the capability table.
    [[nodiscard]] QString finalModel(const QString &profile) const;
    /// Jobs at the same time on this profile; 0: the provider kind's limit, else the default concurrency.
    [[nodiscard]] int profileConcurrency(const QString &profile) const;
    [[nodiscard]] QString setProfileOptions(
        const QString &profile, const QString &draftModel, const QString &finalModel, int concurrency);
    /// The profiles that have options stored.
    [[nodiscard]] QStringList profilesWithOptions() const;
    /// Forgets a removed profile's options.
    void removeProfileOptions(const QString &profile);

    /// A tray notification when a job ends while the window is inactive (default on).
    [[nodiscard]] bool trayNotifications() const;
    void setTrayNotifications(bool on);
    /// A sound with that notification (default off).
    [[nodiscard]] bool notificationSound() const;
    void setNotificationSound(bool on);
    [[nodiscard]] NotifyOn notifyOn() const;
    void setNotifyOn(NotifyOn which);

    /// The interface language: empty for the system's, else a language code ("en", "de"). Read at start.
    [[nodiscard]] QString language() const;
    [[nodiscard]] QString setLanguage(const QString &code);
    /// The languages the program ships, as codes ("en", "de").
    [[nodiscard]] static QStringList availableLanguages();

    /// What the compose panel last held, restored at the next start (fields are empty, or 0, when never stored).
    struct ComposeState {
        QString profile;
        QString model;
        QString size;
        QString seconds;
        int variations = 0;
        QString referenceFit;
        QString draft; ///< the prompt being written
    };
    [[nodiscard]] ComposeState composeState() const;
    void setComposeState(const ComposeState &state);

    /// The window's layout as Qt saves it (geometry, dock and toolbar state, the splitter, the library's view).
    struct WindowState {
        QByteArray geometry;
        QByteArray state;
        QByteArray splitter;
        QByteArray library;
    };
    [[nodiscard]] WindowState windowState() const;
    void setWindowState(const WindowState &state);

    void sync();

private:
    [[nodiscard]] QString optionKey(const QString &profile, QLatin1StringView option) const;

    QSettings *m_settings;
};

} // namespace Dailies
