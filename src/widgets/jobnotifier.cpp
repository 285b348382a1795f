// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/jobnotifier.h"

#include <QApplication>
#include <QDateTime>
#include <QSettings>
#include <QSoundEffect>
#include <QSystemTrayIcon>
#include <QWidget>

#include "core/jobs/failureexplanation.h"
#include "core/jobs/jobengine.h"
#include "core/settings/appsettings.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QString excerpt(const QString &prompt)
{
    QString text = prompt.simplified();
    if (text.size() > 80)
        text = text.left(79) + u'…';
    return text;
}
} // namespace

JobNotifier::JobNotifier(JobEngine *engine, QWidget *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(window)
    , m_settings(settings)
    , m_isActive([window] { return window->isActiveWindow(); })
{
    connect(m_engine, &JobEngine::jobFinished, this, &JobNotifier::onFinished);
}

JobNotifier::~JobNotifier() = default;

void JobNotifier::setPresenter(Presenter presenter)
{
    m_presenter = std::move(presenter);
}

void JobNotifier::setWindowActive(std::function<bool()> isActive)
{
    m_isActive = std::move(isActive);
}

void JobNotifier::onFinished(qint64 id)
{
    const std::optional<JobRecord> job = m_engine->job(id);
    if (!job || job->state == JobState::Cancelled || m_isActive())
        return;
    const bool problem = job->state != JobState::Completed;
    const AppSettings settings(m_settings);
    if (!problem && settings.notifyOn() == AppSettings::NotifyOn::FailuresOnly)
        return;
    QString title;
    QString body = excerpt(job->request.prompt);
    if (problem) {
        const FailureExplanation why = FailureExplanation::explain(*job, QDateTime::currentDateTimeUtc());
        title = tr("A take needs you");
        if (!why.isEmpty())
            body = why.headline + u'\n' + body;
    } else {
        title = tr("Take ready");
    }
    if (settings.trayNotifications())
        present(title, body, problem);
    if (settings.trayNotifications() && settings.notificationSound()) // the sound is part of the notification
        playSound();
}

void JobNotifier::present(const QString &title, const QString &body, bool problem)
{
    if (m_presenter) {
        m_presenter(title, body, problem);
        return;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            });
            m_tray->show();
        }
        m_tray->showMessage(title, body, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
    }
    // The taskbar entry asks for attention too (and is all there is without a tray).
    QApplication::alert(m_window);
}

bool JobNotifier::playSound()
{
    if (!m_sound) {
        m_sound = new QSoundEffect(this);
        m_sound->setSource(QUrl(u"qrc:/sounds/take-ready.wav"_s));
        m_sound->setVolume(0.6f);
    }
    if (m_sound->status() == QSoundEffect::Error)
        return false;
    m_sound->play();
    ++m_soundsPlayed;
    return true;
}

} // namespace Dailies
