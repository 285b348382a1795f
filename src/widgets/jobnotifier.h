// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QSettings;
class QSoundEffect;
class QSystemTrayIcon;
class QWidget;

namespace Dailies
{
class JobEngine;

/**
 * Tells the user that a take ended while they were looking elsewhere: when a job reaches a terminal state and the
 * window is not active, a tray notification (or, without a system tray, the taskbar's attention hint) and, when
 * chosen, a short sound. The choices (AppSettings: tray, sound, all or failures only) are read at each event, so
 * the Settings dialog's changes apply at once. Neither the engine, the window nor the settings are owned.
 */
class JobNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobNotifier)

public:
    /// Shows one notification; the default uses the system tray. Tests replace it.
    using Presenter = std::function<void(const QString &title, const QString &body, bool problem)>;

    JobNotifier(JobEngine *engine, QWidget *window, QSettings *settings, QObject *parent = nullptr);
    ~JobNotifier() override;

    void setPresenter(Presenter presenter);
    /// Decides whether the window counts as watched; the default asks QWidget::isActiveWindow(). Tests replace it.
    void setWindowActive(std::function<bool()> isActive);
    /// Plays the sound (used by the settings' "Test" button too); false when it cannot be played.
    bool playSound();
    [[nodiscard]] int soundsPlayed() const { return m_soundsPlayed; }

private:
    void onFinished(qint64 id);
    void present(const QString &title, const QString &body, bool problem);

    JobEngine *m_engine;
    QWidget *m_window;
    QSettings *m_settings;
    Presenter m_presenter;
    std::function<bool()> m_isActive;
    QSystemTrayIcon *m_tray = nullptr;
    QSoundEffect *m_sound = nullptr;
    int m_soundsPlayed = 0;
};

} // namespace Dailies
