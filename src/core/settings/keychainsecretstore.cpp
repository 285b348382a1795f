// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace Dailies
{

namespace
{

SecretResult resultOf(const QKeychain::Job *job, const QString &value)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return { SecretResult::Status::Ok, value, {} };
    case QKeychain::EntryNotFound:
        return { SecretResult::Status::NotFound, {}, job->errorString() };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { SecretResult::Status::Failed, {}, job->errorString() };
    default:
        break;
    }
    return { SecretResult::Status::Unavailable, {}, job->errorString() };
}

template<typename KeychainJob>
SecretJob *run(KeychainJob *keychainJob, SecretJob *job)
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *finishedJob) {
        QString value;
        if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
            value = readJob->textData();
        job->complete(resultOf(finishedJob, value));
    });
    keychainJob->start();
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

SecretJob *KeychainSecretStore::read(const QString &key)
{
    auto *keychainJob = new QKeychain::ReadPasswordJob(m_service);
    keychainJob->setKey(key);
    return run(keychainJob, new SecretJob(this));
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setKey(key);
    keychainJob->setTextData(secret);
    return run(keychainJob, new SecretJob(this));
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    auto *keychainJob = new QKeychain::DeletePasswordJob(m_service);
    keychainJob->setKey(key);
    return run(keychainJob, new SecretJob(this));
}

QString KeychainSecretStore::displayName() const
{
    return tr("system keychain");
}

} // namespace Dailies
