// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/profilestore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

const QString kGroup = u"providers/profiles"_s;
const QString kDefault = u"providers/default"_s;

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
}

bool ProfileStore::isBuiltIn(const QString &name)
{
    return name == Api::kOpenAiProfileName || name == Api::kDemoProfileName;
}

bool ProfileStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

QList<Api::ProviderProfile> ProfileStore::profiles() const
{
    QList<Api::ProviderProfile> list { Api::ProviderProfile::demo(QUrl(u"http://127.0.0.1/v1"_s)),
        Api::ProviderProfile::openAi() };
    m_settings->beginGroup(kGroup);
    const QStringList names = m_settings->childGroups();
    for (const QString &name : names) {
        m_settings->beginGroup(name);
        QVariantMap map;
        const QStringList keys = m_settings->childKeys();
        for (const QString &key : keys)
            map.insert(key, m_settings->value(key));
        m_settings->endGroup();
        map.insert(u"name"_s, name);
        Api::ProviderProfile p = Api::ProviderProfile::fromVariantMap(map);
        if (name == Api::kOpenAiProfileName)
            list[1] = p;
        else if (!isBuiltIn(name))
            list.append(p);
    }
    m_settings->endGroup();
    return list;
}

std::optional<Api::ProviderProfile> ProfileStore::profile(const QString &name) const
{
    const QList<Api::ProviderProfile> list = profiles();
    for (const Api::ProviderProfile &p : list) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(const Api::ProviderProfile &profile)
{
    if (!isValidName(profile.name))
        return tr("'%1' is not a usable profile name: use letters, digits, '.', '_' and '-' (at most 64).")
            .arg(profile.name);
    if (profile.name == Api::kDemoProfileName)
        return tr("The demo profile is built in and cannot be changed.");
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return problem;
    m_settings->beginGroup(kGroup + u'/' + profile.name);
    m_settings->remove(QString());
    const QVariantMap map = profile.toVariantMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() != "name"_L1)
            m_settings->setValue(it.key(), it.value());
    }
    m_settings->endGroup();
    m_settings->sync();
    return {};
}

QString ProfileStore::remove(const QString &name)
{
    if (isBuiltIn(name))
        return tr("Profile '%1' is built in and cannot be removed.").arg(name);
    if (!profile(name))
        return tr("There is no profile named '%1'.").arg(name);
    const bool wasDefault = defaultProfileName() == name;
    m_settings->remove(kGroup + u'/' + name);
    if (wasDefault)
        m_settings->remove(kDefault);
    m_settings->sync();
    return {};
}

QString ProfileStore::defaultProfileName() const
{
    const QString name = m_settings->value(kDefault).toString();
    return name.isEmpty() || !profile(name) ? QString(Api::kDemoProfileName) : name;
}

QString ProfileStore::setDefaultProfileName(const QString &name)
{
    if (!profile(name))
        return tr("There is no profile named '%1'.").arg(name);
    m_settings->setValue(kDefault, name);
    m_settings->sync();
    return {};
}

} // namespace Dailies
