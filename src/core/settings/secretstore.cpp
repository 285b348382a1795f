// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/secretstore.h"

#include <QMetaObject>

namespace Dailies
{

void SecretJob::complete(const SecretResult &result)
{
    if (m_completed)
        return;
    m_completed = true;
    m_result = result;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

SecretJob *MemorySecretStore::read(const QString &key)
{
    auto *job = new SecretJob(this);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        job->complete({ SecretResult::Status::NotFound, {}, tr("No key is stored for '%1'.").arg(key) });
    else
        job->complete({ SecretResult::Status::Ok, *it, {} });
    return job;
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new SecretJob(this);
    m_secrets.insert(key, secret);
    job->complete({});
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(this);
    m_secrets.remove(key);
    job->complete({});
    return job;
}

QString MemorySecretStore::displayName() const
{
    return tr("this session only");
}

} // namespace Dailies
