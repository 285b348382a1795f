// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/appsettings.h"

#include <QDir>
#include <QSettings>

#include "core/library/filenametemplate.h"
#include "core/library/library.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

const QString kAll = u"all"_s;
const QString kFailures = u"failures"_s;

int boundedInt(const QSettings *settings, QLatin1StringView key, int fallback, int low, int high)
{
    bool ok = false;
    const int value = settings->value(key, fallback).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_settings(settings)
{
}

QString AppSettings::libraryFolder() const
{
    return m_settings->value(kLibraryFolder).toString();
}

QString AppSettings::setLibraryFolder(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty()) {
        m_settings->remove(kLibraryFolder);
        return {};
    }
    if (QDir::isRelativePath(trimmed))
        return tr("Choose a complete folder path (it starts at the top of a drive), not '%1'.").arg(trimmed);
    m_settings->setValue(kLibraryFolder, QDir::cleanPath(trimmed));
    return {};
}

QString AppSettings::fileNameTemplate() const
{
    const QString text = m_settings->value(kLibraryTemplate).toString();
    return text.isEmpty() || !FileNameTemplate(text).isValid() ? Library::kDefaultTemplate : text;
}

QString AppSettings::fileNameTemplateProblem() const
{
    const QString text = m_settings->value(kLibraryTemplate).toString();
    return text.isEmpty() ? QString() : Library::validateTemplate(text);
}

QString AppSettings::setFileNameTemplate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return tr("The file name template is empty; the default is %1.").arg(Library::kDefaultTemplate);
    const FileNameTemplate parsed(text);
    if (!parsed.isValid())
        return parsed.error();
    if (text == Library::kDefaultTemplate)
        m_settings->remove(kLibraryTemplate);
    else
        m_settings->setValue(kLibraryTemplate, text);
    return {};
}

int AppSettings::defaultConcurrency() const
{
    return boundedInt(m_settings, kJobsConcurrency, kDefaultConcurrency, 1, kMaxConcurrency);
}

QString AppSettings::setDefaultConcurrency(int jobs)
{
    if (jobs < 1 || jobs > kMaxConcurrency)
        return tr("Choose between 1 and %1 jobs at the same time.").arg(kMaxConcurrency);
    m_settings->setValue(kJobsConcurrency, jobs);
    return {};
}

int AppSettings::pollMinSeconds() const
{
    const int low = boundedInt(m_settings, kJobsPollMinSeconds, kDefaultPollMinSeconds, 1, kMaxPollSeconds);
    const int high = boundedInt(m_settings, kJobsPollMaxSeconds, kDefaultPollMaxSeconds, 1, kMaxPollSeconds);
    return validatePollIntervals(low, high).isEmpty() ? low : kDefaultPollMinSeconds;
}

int AppSettings::pollMaxSeconds() const
{
    const int low = boundedInt(m_settings, kJobsPollMinSeconds, kDefaultPollMinSeconds, 1, kMaxPollSeconds);
    const int high = boundedInt(m_settings, kJobsPollMaxSeconds, kDefaultPollMaxSeconds, 1, kMaxPollSeconds);
    return validatePollIntervals(low, high).isEmpty() ? high : kDefaultPollMaxSeconds;
}

QString AppSettings::validatePollIntervals(int minSeconds, int maxSeconds)
{
    if (minSeconds < 1 || minSeconds > kMaxPollSeconds)
        return tr("The shortest interval must be between 1 and %1 seconds.").arg(kMaxPollSeconds);
    if (maxSeconds < 1 || maxSeconds > kMaxPollSeconds)
        return tr("The longest interval must be between 1 and %1 seconds.").arg(kMaxPollSeconds);
    if (minSeconds > maxSeconds)
        return tr("The shortest interval (%1 s) is longer than the longest (%2 s).").arg(minSeconds).arg(maxSeconds);
    return {};
}

QString AppSettings::setPollIntervals(int minSeconds, int maxSeconds)
{
    if (const QString problem = validatePollIntervals(minSeconds, maxSeconds); !problem.isEmpty())
        return problem;
    m_settings->setValue(kJobsPollMinSeconds, minSeconds);
    m_settings->setValue(kJobsPollMaxSeconds, maxSeconds);
    return {};
}

bool AppSettings::downloadSpritesheet() const
{
    return m_settings->value(kJobsDownloadSpritesheet, true).toBool();
}

void AppSettings::setDownloadSpritesheet(bool download)
{
    m_settings->setValue(kJobsDownloadSpritesheet, download);
}

QString AppSettings::optionKey(const QString &profile, QLatin1StringView option) const
{
    return kProfileOptionsGroup + u'/' + profile + u'/' + option;
}

QString AppSettings::draftModel(const QString &profile) const
{
    return m_settings->value(optionKey(profile, "draftModel"_L1)).toString();
}

QString AppSettings::finalModel(const QString &profile) const
{
    return m_settings->value(optionKey(profile, "finalModel"_L1)).toString();
}

int AppSettings::profileConcurrency(const QString &profile) const
{
    bool ok = false;
    const int value = m_settings->value(optionKey(profile, "concurrency"_L1), 0).toInt(&ok);
    return ok && value > 0 && value <= kMaxConcurrency ? value : 0;
}

QString AppSettings::setProfileOptions(
    const QString &profile, const QString &draftModel, const QString &finalModel, int concurrency)
{
    if (profile.isEmpty())
        return tr("The profile has no name.");
    if (concurrency < 0 || concurrency > kMaxConcurrency)
        return tr("Choose between 1 and %1 jobs at the same time, or the provider's default.").arg(kMaxConcurrency);
    const auto store = [this, &profile](QLatin1StringView option, const QVariant &value, bool unset) {
        if (unset)
            m_settings->remove(optionKey(profile, option));
        else
            m_settings->setValue(optionKey(profile, option), value);
    };
    store("draftModel"_L1, draftModel.trimmed(), draftModel.trimmed().isEmpty());
    store("finalModel"_L1, finalModel.trimmed(), finalModel.trimmed().isEmpty());
    store("concurrency"_L1, concurrency, concurrency == 0);
    return {};
}

QStringList AppSettings::profilesWithOptions() const
{
    m_settings->beginGroup(kProfileOptionsGroup);
    const QStringList profiles = m_settings->childGroups();
    m_settings->endGroup();
    return profiles;
}

void AppSettings::removeProfileOptions(const QString &profile)
{
    if (!profile.isEmpty())
        m_settings->remove(kProfileOptionsGroup + u'/' + profile);
}

bool AppSettings::trayNotifications() const
{
    return m_settings->value(kNotificationsTray, true).toBool();
}

void AppSettings::setTrayNotifications(bool on)
{
    m_settings->setValue(kNotificationsTray, on);
}

bool AppSettings::notificationSound() const
{
    return m_settings->value(kNotificationsSound, false).toBool();
}

void AppSettings::setNotificationSound(bool on)
{
    m_settings->setValue(kNotificationsSound, on);
}

AppSettings::NotifyOn AppSettings::notifyOn() const
{
    return m_settings->value(kNotificationsOn).toString() == kFailures ? NotifyOn::FailuresOnly : NotifyOn::All;
}

void AppSettings::setNotifyOn(NotifyOn which)
{
    m_settings->setValue(kNotificationsOn, which == NotifyOn::FailuresOnly ? kFailures : kAll);
}

QStringList AppSettings::availableLanguages()
{
    return { u"en"_s, u"de"_s };
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(kLanguage).toString();
    return availableLanguages().contains(code) ? code : QString();
}

QString AppSettings::setLanguage(const QString &code)
{
    if (code.isEmpty()) {
        m_settings->remove(kLanguage);
        return {};
    }
    if (!availableLanguages().contains(code))
        return tr("Dailies is not translated into '%1'.").arg(code);
    m_settings->setValue(kLanguage, code);
    return {};
}

AppSettings::ComposeState AppSettings::composeState() const
{
    m_settings->beginGroup(kComposeGroup);
    ComposeState state;
    state.profile = m_settings->value(u"profile"_s).toString();
    state.model = m_settings->value(u"model"_s).toString();
    state.size = m_settings->value(u"size"_s).toString();
    state.seconds = m_settings->value(u"seconds"_s).toString();
    state.variations = std::max(0, m_settings->value(u"variations"_s).toInt());
    state.referenceFit = m_settings->value(u"fit"_s).toString();
    state.draft = m_settings->value(u"draft"_s).toString();
    m_settings->endGroup();
    return state;
}

void AppSettings::setComposeState(const ComposeState &state)
{
    m_settings->beginGroup(kComposeGroup);
    m_settings->setValue(u"profile"_s, state.profile);
    m_settings->setValue(u"model"_s, state.model);
    m_settings->setValue(u"size"_s, state.size);
    m_settings->setValue(u"seconds"_s, state.seconds);
    m_settings->setValue(u"variations"_s, state.variations);
    m_settings->setValue(u"fit"_s, state.referenceFit);
    m_settings->setValue(u"draft"_s, state.draft);
    m_settings->endGroup();
}

AppSettings::WindowState AppSettings::windowState() const
{
    m_settings->beginGroup(kWindowGroup);
    WindowState state;
    state.geometry = m_settings->value(u"geometry"_s).toByteArray();
    state.state = m_settings->value(u"state"_s).toByteArray();
    state.splitter = m_settings->value(u"splitter"_s).toByteArray();
    state.library = m_settings->value(u"library"_s).toByteArray();
    m_settings->endGroup();
    return state;
}

void AppSettings::setWindowState(const WindowState &state)
{
    m_settings->beginGroup(kWindowGroup);
    m_settings->setValue(u"geometry"_s, state.geometry);
    m_settings->setValue(u"state"_s, state.state);
    m_settings->setValue(u"splitter"_s, state.splitter);
    m_settings->setValue(u"library"_s, state.library);
    m_settings->endGroup();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Dailies
