// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

#include "core/api/providerprofile.h"
#include "session/workspace.h"

namespace Dailies
{
class AppSettings;
struct SecretResult;

/// One provider profile as Settings → Providers edits it: the profile, its options and what is known of its key.
/// Nothing is stored until the page hands change() to Workspace::saveProfile().
struct ProfileDraft {
    Q_DECLARE_TR_FUNCTIONS(Dailies::ProfileDraft)

public:
    enum class KeyState { Checking, Stored, NotSet, SessionOnly, Unavailable };
    /// Where a problem is.
    enum class Field { None, Name, BaseUrl };

    /// A new profile of `kind`, named after its kind (azure, azure-2, …) with a name not `taken` yet: OpenAI's
    /// address for OpenAI, none yet for the others.
    [[nodiscard]] static ProfileDraft create(Api::ProviderKind kind, const QStringList &taken);
    /// A stored profile with its options; its key is still to be read.
    [[nodiscard]] static ProfileDraft stored(const Api::ProviderProfile &profile, const AppSettings &app);

    /// The environment variable that usually holds a key of this kind.
    [[nodiscard]] QString defaultKeyVariable() const;
    /// The profile as it is stored (an Azure resource address gets its API path).
    [[nodiscard]] Api::ProviderProfile storedProfile() const;
    /// What keeps the draft from being stored, for a person; empty when nothing does. *field (may be nullptr) says
    /// where. `drafts` are all the drafts of the page, this one among them: no two may have the same name.
    [[nodiscard]] QString problem(const QList<ProfileDraft> &drafts, Field *field = nullptr) const;
    /// What storing the draft changes (the profile, its options and its key).
    [[nodiscard]] Workspace::ProfileChange change() const;
    /// Takes the keychain's answer to reading the stored key (while it is still being checked).
    void takeKeyRead(const SecretResult &result);
    /// Takes the keychain's answer to writing `key`.
    void takeKeyWritten(const QString &key, const SecretResult &result);
    /// The sentence about the key for the page; `store` is the keychain's name. *offerFallback tells whether to
    /// offer a session key or an environment variable (no keychain answers).
    [[nodiscard]] QString keyStatus(const QString &store, bool *offerFallback) const;
    /// The key a connection test sends, or none and *refusal says why. A key kept for the profile (`sessionKey`, or
    /// the keychain's) only goes to the host it was kept for (that of `stored`, the profile as stored now): an
    /// edited address needs a typed key.
    [[nodiscard]] QString testKey(
        const std::optional<Api::ProviderProfile> &stored, const QString &sessionKey, QString *refusal) const;

    Api::ProviderProfile profile;
    QString originalName; ///< the stored profile's name; empty for a new one
    QString draftModel;
    QString finalModel;
    int concurrency = 0;
    QString typedKey; ///< a new key typed on the page, written to the SecretStore when stored
    QString storedKey; ///< what the SecretStore holds (for the connection test and a rename)
    KeyState keyState = KeyState::Checking;
    QString keyMessage; ///< the keychain's words when it did not answer
    bool forgetKey = false;
    bool useEnvironment = false; ///< read the key from profile.keyEnvironmentVariable from now on
};

} // namespace Dailies
