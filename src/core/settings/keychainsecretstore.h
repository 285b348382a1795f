// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings/secretstore.h"

namespace Dailies
{

/**
 * Secrets in the system keychain through QtKeychain (Secret Service / KWallet / macOS Keychain / Windows
 * Credential Manager), under one service name. Every failure other than "not found" is reported as
 * SecretResult::Status::Unavailable with the keychain's own words, so the caller can offer a fallback;
 * QtKeychain's insecure plain-text fallback is never used.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service, QObject *parent = nullptr);
    ~KeychainSecretStore() override = default;

    [[nodiscard]] SecretJob *read(const QString &key) override;
    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret) override;
    [[nodiscard]] SecretJob *remove(const QString &key) override;
    [[nodiscard]] QString displayName() const override;

private:
    QString m_service;
};

} // namespace Dailies
