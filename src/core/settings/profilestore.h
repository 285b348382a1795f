// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

#include "core/api/providerprofile.h"

class QSettings;

namespace Dailies
{

/**
 * The user's provider profiles, kept in QSettings (never their keys: those live in the SecretStore).
 * `openai` and `demo` always exist; the demo profile's URL is filled in by whoever starts the demo server.
 * The settings object is injected and not owned, so tests can use a scratch file.
 */
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(Dailies::ProfileStore)

public:
public:
    explicit ProfileStore(QSettings *settings);

    [[nodiscard]] QList<Api::ProviderProfile> profiles() const;
    [[nodiscard]] std::optional<Api::ProviderProfile> profile(const QString &name) const;
    /// Adds or replaces a profile; returns an empty string or the reason it was refused.
    [[nodiscard]] QString save(const Api::ProviderProfile &profile);
    /// Removes a user profile; the built-in ones cannot be removed.
    [[nodiscard]] QString remove(const QString &name);
    /// The profile used when none is named: the demo until the user picks another.
    [[nodiscard]] QString defaultProfileName() const;
    [[nodiscard]] QString setDefaultProfileName(const QString &name);

    [[nodiscard]] static bool isBuiltIn(const QString &name);
    [[nodiscard]] static bool isValidName(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace Dailies
