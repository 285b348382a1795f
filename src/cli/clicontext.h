// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QSettings>
#include <QTextStream>
#include <functional>
#include <memory>

#include "core/api/videoapiclient.h"
#include "session/workspace.h"

namespace Dailies::Cli
{

/**
 * What every command shares: output streams, the provider options (--profile, --demo, --base-url,
 * --api-key-env), the resolved profile and key, the network access manager and the embedded demo server.
 */
class CliContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliContext)

public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    /// Adds --profile, --demo, --base-url, --api-key-env and --json to a command's parser.
    static void addProviderOptions(QCommandLineParser &parser);
    static void addJsonOption(QCommandLineParser &parser);

    /// Reads the provider options; on a usage error prints it and returns false.
    [[nodiscard]] bool configure(const QCommandLineParser &parser);
    /// Starts the demo server if needed and finds the key; calls `ready` with a client, or with nullptr after
    /// printing why there is none (the exit code is then in failureCode()).
    void connectClient(std::function<void(Api::VideoApiClient *client)> ready);
    [[nodiscard]] int failureCode() const { return m_failureCode; }

    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] QTextStream &err() { return m_err; }
    [[nodiscard]] bool stderrIsTerminal() const { return m_stderrTty; }
    void printJson(const QJsonObject &object);
    /// Prints an API error for a person and returns the exit code for its class.
    int reportError(const Api::ApiError &error, const QString &context = {});
    [[nodiscard]] static int exitCodeFor(const Api::ApiError &error);

    /// Adds --library (with --out as its older name).
    static void addLibraryOption(QCommandLineParser &parser);
    /// Reads --library/--out; the library folder defaults to the one in the settings, else defaultOutputFolder().
    void configureLibrary(const QCommandLineParser &parser);
    [[nodiscard]] QString libraryFolder() const { return m_libraryFolder; }
    /// Opens the library database (in `<library>/.dailies/`), the library and the ledger; prints why not and
    /// returns false when the database is refused (it is left untouched).
    [[nodiscard]] bool openWorkspace();
    /// Resolves clients for these profiles and those of every unfinished job (Workspace::startEngineFor; keys from
    /// the keychain or the environment), then creates the job engine over them and calls `ready`. Profiles that
    /// cannot be used are reported and left out.
    void startEngine(const QStringList &profiles, std::function<void(JobEngine *engine)> ready);
    [[nodiscard]] Library *library() const { return m_workspace.library(); }
    [[nodiscard]] SpendLedger *ledger() const { return m_workspace.ledger(); }
    [[nodiscard]] Database *database() const { return m_workspace.database(); }
    [[nodiscard]] JobEngine *engine() const { return m_workspace.engine(); }
    [[nodiscard]] Workspace &workspace() { return m_workspace; }
    /// The profile chosen with --profile, --demo or --base-url (or the default one).
    [[nodiscard]] QString profileName() const { return m_profile.name; }

    [[nodiscard]] QSettings &settings() { return m_settings; }
    [[nodiscard]] SecretStore &secrets();
    [[nodiscard]] const Api::ProviderProfile &profile() const { return m_profile; }
    /// The default folder for clips: the Dailies folder in the user's Videos folder.
    [[nodiscard]] static QString defaultOutputFolder();

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_stderrTty = false;
    bool m_json = false;
    bool m_demo = false;
    QString m_apiKeyEnv;
    int m_failureCode = 0;
    QSettings m_settings;
    Api::ProviderProfile m_profile;
    QString m_libraryFolder;
    Workspace m_workspace;
};

} // namespace Dailies::Cli
