// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

#include "core/api/providerprofile.h"
#include "core/jobs/jobengine.h"
#include "core/providers/capabilities.h"

class QSettings;

namespace Dailies
{
class Database;
class DatabaseWatcher;
class Library;
class SecretStore;
class SpendLedger;
struct SecretResult;
namespace Api
{
class VideoApiClient;
}
namespace Mock
{
class MockServer;
}

/**
 * What the command line and the studio window open: the library folder with its database (in `<library>/.dailies/`),
 * the Library and the SpendLedger, one API client per provider profile (keys from the SecretStore or the
 * environment; the demo profile starts the embedded demo server) and the JobEngine over those clients.
 *
 * It owns everything it creates; the settings are not owned. Nothing here prints: failures come back as text for
 * the caller to show.
 */
class Workspace final : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("core/api/videoapiclient.h")
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// Called with a client (owned by the workspace), or with nullptr and why there is none.
    using ClientCallback = std::function<void(Api::VideoApiClient *client, const QString &problem)>;

    explicit Workspace(QSettings *settings, QObject *parent = nullptr);
    ~Workspace() override;

    /// The Dailies folder in the user's Videos folder.
    [[nodiscard]] static QString defaultLibraryFolder();
    /// Chooses the library folder (before open()); empty: `library/folder` in the settings, else the default.
    void setLibraryFolder(const QString &folder);
    /// The absolute library folder open() uses.
    [[nodiscard]] QString libraryFolder() const;

    /// Opens the database, the library and the ledger. A refused database is left untouched: returns false with
    /// the database's words in *error. *warning (may be nullptr) tells about settings that were not usable.
    [[nodiscard]] bool open(QString *error, QString *warning = nullptr);
    [[nodiscard]] bool isOpen() const { return m_database != nullptr; }

    /// How fast the embedded demo provider runs (default: DAILIES_DEMO_TIME_SCALE, else 0.5) and where it keeps
    /// its jobs (default: the application data folder). Takes effect when the server starts.
    void setDemoOptions(double timeScale, const QString &dataDir = {});
    /// Replaces the keychain (tests use a MemorySecretStore).
    void setSecretStore(std::unique_ptr<SecretStore> store);
    [[nodiscard]] SecretStore &secrets();
    /// Takes the key of `profile` from environment variable `variable` instead of the keychain.
    void setKeyOverride(const QString &profile, const QString &variable);
    /// Uses `key` for `profile` for the rest of this session (kept in memory only, never written anywhere): the
    /// fallback when no keychain answers. It wins over the keychain and the environment; a client that already
    /// exists switches to it at once. An empty key forgets the session key.
    void setSessionKey(const QString &profile, const QString &key);
    [[nodiscard]] bool hasSessionKey(const QString &profile) const { return m_sessionKeys.contains(profile); }
    /// The session key of `profile` (for a connection test), empty when there is none.
    [[nodiscard]] QString sessionKey(const QString &profile) const { return m_sessionKeys.value(profile); }
    /// Removes profile `name` and everything kept for it: its settings, its options (draft and final model, jobs at
    /// once), its session key and its key in the keychain, so that a profile added later under the same name starts
    /// clean. Calls `done` with an empty string, or with what could not be removed (a built-in or unknown profile
    /// changes nothing; a keychain that does not answer leaves only the key, and says so).
    void removeProfile(const QString &name, std::function<void(const QString &problem)> done);
    /// Deletes these videos (profile, provider id) on their providers' servers; the library's files stay. Calls
    /// `done` once, when the last answer is in, with how many were deleted and a line for each that was not.
    void deleteOnServer(const QList<std::pair<QString, QString>> &videos,
        std::function<void(int deleted, const QStringList &problems)> done);

    /// One provider profile as Settings or `dailies profiles add` stores it with saveProfile().
    struct ProfileChange {
        /// What happens to the profile's key in the keychain.
        enum class Key {
            Keep, ///< stays (and moves with a rename)
            Replace, ///< newKey is stored
            Forget, ///< removed from the keychain and the session
        };
        /// The profile's draft model, final model and jobs at once (AppSettings::setProfileOptions).
        struct Options {
            QString draftModel;
            QString finalModel;
            int concurrency = 0;
        };
        QString originalName; ///< the stored profile's name; empty for a new one. A different profile.name renames.
        Api::ProviderProfile profile; ///< as it is to be stored
        std::optional<Options> options; ///< nullopt: the stored options stay as they are
        Key key = Key::Keep;
        QString newKey; ///< with Key::Replace
        /// The key the keychain holds under originalName as the caller read it: the key, an empty string for none,
        /// or nullopt when it is not known (still being read, or the keychain does not answer). A rename moves the
        /// key to the new name, so it must be known unless a new one replaces it.
        std::optional<QString> storedKey;
        /// Read the key from profile.keyEnvironmentVariable from now on (the fallback when no keychain answers).
        bool keyFromEnvironment = false;
    };
    /// What saveProfile() did.
    struct ProfileSaveResult {
        /// Why nothing was changed, if it was refused.
        enum class Refusal {
            None,
            KeyUnknown, ///< a rename whose key is not known (ProfileChange::storedKey), so it could not move
            NameTaken, ///< a rename onto the name of another stored profile
            Invalid, ///< the ProfileStore refused the profile; see problem
        };
        /// The keychain operation under way; `keyDone` follows when it ends.
        enum class KeyJob { None, Write, Remove };
        Refusal refusal = Refusal::None;
        QString problem; ///< with Refusal::Invalid, for a person
        KeyJob keyJob = KeyJob::None;
    };
    /// Adds, updates or renames a profile with everything kept for it. A rename moves the profile's options, its
    /// session key, its place as the default profile and its key in the keychain: the key is written under the
    /// new name first, and the old entry is removed only once the key is safe there. The profile, its options and
    /// the session key change at once; the keychain asynchronously: when a keychain job was started (see
    /// ProfileSaveResult::keyJob), `keyDone` is called once with its result, after a written key reached a live
    /// client. `keyDone` may run after the caller is gone (guard it). A refused change changes nothing and calls no
    /// `keyDone`.
    [[nodiscard]] ProfileSaveResult saveProfile(
        const ProfileChange &change, std::function<void(const SecretResult &result)> keyDone = {});
    /// Gives a live client of `profile` a new key (after the key was stored in the keychain); no-op without one.
    void updateClientKey(const QString &profile, const QString &key);

    /// Finds the key of `profile` (starting the demo server for the demo profile) and calls `done`. A client made
    /// once is reused; one made after the engine exists is announced to it.
    void resolveClient(Api::ProviderProfile profile, ClientCallback done);
    /// The profiles an engine started for `wanted` must also start: `wanted` and the profiles of every unfinished
    /// job in the library (so that what earlier runs left is not left waiting), each once.
    [[nodiscard]] QStringList profilesToStart(const QStringList &wanted) const;
    /// startEngine() for profilesToStart(wanted): each name is taken from `known` (a profile the caller made, such
    /// as the command line's --base-url one), else from the ProfileStore; a name found in neither goes to
    /// `problem`, and its jobs wait.
    void startEngineFor(const QStringList &wanted, const QList<Api::ProviderProfile> &known,
        std::function<void(const QString &profile, const QString &problem)> problem,
        std::function<void(JobEngine *engine)> ready);
    /// Resolves clients for these profiles, then creates the job engine over every client and calls `ready`.
    /// Each profile that cannot be used is passed to `problem` and left out.
    void startEngine(const QList<Api::ProviderProfile> &profiles,
        std::function<void(const QString &profile, const QString &problem)> problem,
        std::function<void(JobEngine *engine)> ready);

    /// The engine settings the settings hold (AppSettings: concurrency, per-profile concurrency, polling,
    /// spritesheets) applied over `base`, so values the settings do not cover (stuckAfter, maxBackoff) are kept.
    /// Used when the engine is created, by the command line and the studio alike.
    [[nodiscard]] JobEngine::Settings engineSettings(const JobEngine::Settings &base = {}) const;
    /// Hands engineSettings() to the running engine (after the settings dialog applied); no-op before startEngine().
    void applyEngineSettings();

    [[nodiscard]] Database *database() const { return m_database.get(); }
    /// Tells the library and the engine when another process wrote to the database (see DatabaseWatcher).
    [[nodiscard]] DatabaseWatcher *watcher() const { return m_watcher.get(); }
    [[nodiscard]] Library *library() const { return m_library.get(); }
    [[nodiscard]] SpendLedger *ledger() const { return m_ledger.get(); }
    [[nodiscard]] JobEngine *engine() const { return m_engine.get(); }
    [[nodiscard]] Mock::MockServer *demoServer() const { return m_demoServer.get(); }
    [[nodiscard]] QSettings *settings() const { return m_settings; }
    /// The capability and price table everything in this workspace prices and checks with.
    [[nodiscard]] const CapabilityTable &capabilities() const { return m_capabilities; }
    /// The clients made so far (one per usable profile); not owned by the caller.
    [[nodiscard]] QList<Api::VideoApiClient *> clients() const { return m_clients.values(); }

    /// With `on`, open() leaves a due integrity check (Database::integrityDue) to checkIntegrityInBackground()
    /// instead of making it before the library opens (what the command line wants).
    void setIntegrityCheckInBackground(bool on) { m_checkInBackground = on; }
    /// Checks the library file on another thread when a check is due; integrityChecked() tells the result.
    void checkIntegrityInBackground();

Q_SIGNALS:
    /// The background integrity check ended; `problem` is empty when the file is sound.
    void integrityChecked(const QString &problem);
    /// A client was made for a profile (its key was found); the status bar follows its health.
    void clientAdded(Dailies::Api::VideoApiClient *client);

private:
    [[nodiscard]] bool startDemoServer(Api::ProviderProfile &profile, QString *error);
    /// saveProfile()'s keychain part, once the profile is stored; `oldEntry` is a renamed profile's old entry.
    [[nodiscard]] ProfileSaveResult::KeyJob storeProfileKey(const ProfileChange &change, bool renamed,
        const QString &oldEntry, std::function<void(const SecretResult &result)> keyDone);
    void announce(const Api::ProviderProfile &profile);

    bool m_checkInBackground = false;
    QSettings *m_settings;
    CapabilityTable m_capabilities = CapabilityTable::builtIn();
    QNetworkAccessManager m_nam;
    QString m_libraryFolder;
    double m_demoTimeScale = 0.5;
    QString m_demoDataDir;
    QString m_keyOverrideProfile;
    QString m_keyOverrideVariable;
    QHash<QString, QString> m_sessionKeys;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Mock::MockServer> m_demoServer;
    QHash<QString, Api::VideoApiClient *> m_clients;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseWatcher> m_watcher;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<SpendLedger> m_ledger;
    std::unique_ptr<JobEngine> m_engine;
};

} // namespace Dailies
