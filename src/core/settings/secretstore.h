// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Dailies
{

/// The outcome of one secret store operation.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound, ///< the store works but holds no such entry
        Unavailable, ///< no keychain answers (no Secret Service, locked, no D-Bus session)
        Failed, ///< the store answered with an error
    };
    Status status = Status::Ok;
    QString value; ///< the secret, for reads
    QString message; ///< what went wrong, for a person
    [[nodiscard]] bool ok() const { return status == Status::Ok; }
};

/// One asynchronous secret store operation; ends with exactly one finished().
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    explicit SecretJob(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SecretJob() override = default;

    /// Called by the store (exactly once); emits finished() from the event loop.
    void complete(const SecretResult &result);
    [[nodiscard]] const SecretResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const Dailies::SecretResult &result);

private:
    SecretResult m_result;
    bool m_completed = false;
};

/**
 * Where API keys live: never in QSettings, logs or sidecars. The real store is the system keychain
 * (KeychainSecretStore); tests and the session-only fallback use MemorySecretStore. Jobs are children of the
 * store and delete themselves after finished().
 */
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    ~SecretStore() override = default;

    [[nodiscard]] virtual SecretJob *read(const QString &key) = 0;
    [[nodiscard]] virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    [[nodiscard]] virtual SecretJob *remove(const QString &key) = 0;
    /// A short name for messages ("system keychain", "this session only").
    [[nodiscard]] virtual QString displayName() const = 0;

protected:
    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
};

/// Keeps secrets in memory for the life of the process: tests, and the fallback when no keychain answers.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr)
        : SecretStore(parent)
    {
    }
    ~MemorySecretStore() override = default;

    [[nodiscard]] SecretJob *read(const QString &key) override;
    [[nodiscard]] SecretJob *write(const QString &key, const QString &secret) override;
    [[nodiscard]] SecretJob *remove(const QString &key) override;
    [[nodiscard]] QString displayName() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Dailies

Q_DECLARE_METATYPE(Dailies::SecretResult)
