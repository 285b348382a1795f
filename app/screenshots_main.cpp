// SPDX-License-Identifier: GPL-3.0-or-later
// dailies-screenshots OUT-DIR: opens the studio window on a scratch library with the demo provider, generates two
// clips, plays one, and saves first-start.png, queue-running.png and preview-playing.png into OUT-DIR. Run it under
// a real X server (xvfb-run): the video is drawn in a native window that only QScreen::grabWindow() captures.
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QListView>
#include <QMediaPlayer>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/models/studiofilterproxy.h"
#include "session/workspace.h"
#include "widgets/composepanel.h"
#include "widgets/librarypanel.h"
#include "widgets/mainwindow.h"
#include "widgets/previewpanel.h"
#include "widgets/studiostartup.h"

using namespace Qt::StringLiterals;

namespace
{
void fail(const char *why)
{
    std::fprintf(stderr, "dailies-screenshots: %s\n", why);
    QCoreApplication::exit(1);
}

/// Calls `then` once `condition` holds, checking every 100 ms; gives up after `timeoutMs`.
void when(std::function<bool()> condition, std::function<void()> then, int timeoutMs, const char *what)
{
    const QDeadlineTimer deadline(timeoutMs);
    auto *timer = new QTimer(qApp);
    timer->setInterval(100);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, condition, then, deadline, what]() {
        if (condition()) {
            timer->deleteLater();
            then();
        } else if (deadline.hasExpired()) {
            timer->deleteLater();
            fail(what);
        }
    });
    timer->start();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Dailies"_s);
    QCoreApplication::setApplicationName(u"dailies-screenshots"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: dailies-screenshots OUT-DIR\n");
        return 2;
    }
    const QDir out(args.at(1));
    if (!out.mkpath(u"."_s))
        return 1;
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(u"settings.ini"_s), QSettings::IniFormat);
    settings.setValue(u"library/folder"_s, scratch.filePath(u"library"_s));
    Dailies::Workspace workspace(&settings);
    workspace.setDemoOptions(0.25, scratch.filePath(u"demo-provider"_s));
    Dailies::StudioStartup startup(&workspace);
    if (!startup.openLibrary())
        return 1;

    std::unique_ptr<Dailies::MainWindow> window;
    const auto save = [&window, &out](const QString &name) {
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(window->winId());
        const QString path = out.filePath(name + u".png"_s);
        if (!shot.save(path))
            fail("cannot save a screenshot");
        std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
    };
    QObject::connect(&startup, &Dailies::StudioStartup::ready, &app, [&]() {
        window = std::make_unique<Dailies::MainWindow>(&workspace);
        window->resize(1500, 920);
        window->show();
        Dailies::ComposePanel *compose = window->composePanel();
        Dailies::JobEngine *engine = workspace.engine();
        QTimer::singleShot(1000, &app, [&, compose, engine]() {
            save(u"first-start"_s);
            compose->promptEditor()->setPlainText(u"A paper boat drifts down a rain-soaked city gutter at dusk, low "
                                                  "tracking shot, warm street lights, 35 mm film look"_s);
            compose->generate();
            compose->promptEditor()->setPlainText(u"Morning fog lifts off a mountain lake; a lone kayaker glides "
                                                  "through the frame, drone shot, soft pastel light"_s);
            compose->generate();
            QTimer::singleShot(700, &app, [&, engine]() {
                save(u"queue-running"_s);
                when([engine]() { return engine->activeJobs().isEmpty(); },
                    [&]() {
                        QListView *view = window->libraryPanel()->view();
                        view->setCurrentIndex(view->model()->index(1, 0));
                        view->setFocus();
                        QMediaPlayer *player = window->previewPanel()->player();
                        QObject::connect(
                            player, &QMediaPlayer::errorOccurred, &app, [](QMediaPlayer::Error, const QString &text) {
                                std::fprintf(stderr, "dailies-screenshots: player: %s\n", qPrintable(text));
                            });
                        QObject::connect(
                            player, &QMediaPlayer::mediaStatusChanged, &app, [](QMediaPlayer::MediaStatus status) {
                                std::fprintf(stderr, "dailies-screenshots: media status %d\n", int(status));
                            });
                        when([player]() { return player->position() > 1500; },
                            [&]() {
                                save(u"preview-playing"_s);
                                QCoreApplication::quit();
                            },
                            30000, "the clip did not play");
                    },
                    120000, "the jobs did not finish");
            });
        });
    });
    startup.startEngine();
    const int code = QApplication::exec();
    window.reset();
    return code;
}
