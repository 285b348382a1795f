// SPDX-License-Identifier: GPL-3.0-or-later
// dailies-screenshots [--dark] [--qm TRANSLATION.qm] OUT-DIR: opens the studio window on a scratch library with the
// demo provider and walks it through its main states, saving one PNG per state into OUT-DIR: first-start,
// queue-running, preview-playing, extend-dialog (the cost and the resulting length before an extension is sent),
// extended-lineage (the extension playing with its lineage, a character chosen in the compose panel), library-50 and
// library-grid (fifty takes), an-error (a moderation block explained in the banner), settings (the Settings dialog on
// the demo profile). --dark uses a dark palette. Run it under a real X
// server (xvfb-run): the video is drawn in a native window that only QScreen::grabWindow() captures. QT_SCALE_FACTOR=2
// renders the same states at twice the size.
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QLibraryInfo>
#include <QListView>
#include <QMediaPlayer>
#include <QPalette>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#include <functional>
#include <memory>

#include "core/jobs/jobengine.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "mockserver/mockserver.h"
#include "session/workspace.h"
#include "widgets/characterpicker.h"
#include "widgets/composepanel.h"
#include "widgets/icons.h"
#include "widgets/library/librarypanel.h"
#include "widgets/library/sourcejobdialog.h"
#include "widgets/library/studiodelegate.h"
#include "widgets/mainwindow.h"
#include "widgets/messagebanner.h"
#include "widgets/preview/previewpanel.h"
#include "widgets/settingsdialog.h"
#include "widgets/studiostartup.h"

using namespace Qt::StringLiterals;

namespace
{
void fail(const QString &why)
{
    std::fprintf(stderr, "dailies-screenshots: %s\n", qPrintable(why));
    QCoreApplication::exit(1);
}

/// Calls `then` once `condition` holds, checking every 100 ms; gives up after `timeoutMs`.
void when(std::function<bool()> condition, std::function<void()> then, int timeoutMs, const QString &what)
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

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x7f, 0x8c, 0x8d);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x22, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

/// Fifty short prompts for the library screenshot, varied like a real week of work.
QStringList libraryPrompts()
{
    const QStringList subjects { u"A paper boat"_s, u"A red fox"_s, u"An old lighthouse"_s, u"A street musician"_s,
        u"A glass of iced tea"_s, u"A vintage tram"_s, u"A hummingbird"_s, u"A neon diner"_s, u"A sailing yacht"_s,
        u"A field of sunflowers"_s };
    const QStringList shots { u"slow dolly-in, golden hour"_s, u"drone shot, soft morning fog"_s,
        u"handheld close-up, neon rim light"_s, u"wide static shot, overcast light"_s,
        u"low tracking shot, 35 mm film look"_s };
    QStringList prompts;
    for (int i = 0; i < 50; ++i)
        prompts << u"%1, %2"_s.arg(subjects.at(i % subjects.size()), shots.at((i / subjects.size()) % shots.size()));
    return prompts;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Dailies"_s);
    QCoreApplication::setApplicationName(u"dailies-screenshots"_s);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool dark = args.removeAll(u"--dark"_s) > 0;
    QTranslator translator;
    QTranslator qtTranslator;
    if (const qsizetype at = args.indexOf(u"--qm"_s); at >= 0 && at + 1 < args.size()) {
        if (!translator.load(args.at(at + 1))) {
            std::fprintf(stderr, "dailies-screenshots: cannot load %s\n", qPrintable(args.at(at + 1)));
            return 2;
        }
        QCoreApplication::installTranslator(&translator);
        if (qtTranslator.load(QLocale(translator.language()), u"qtbase"_s, u"_"_s,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        args.remove(at, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: dailies-screenshots [--dark] [--qm TRANSLATION.qm] OUT-DIR\n");
        return 2;
    }
    if (dark) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
    }
    Dailies::Icons::install();
    const QDir out(args.constFirst());
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
        // The list's thumbnails are read off the GUI thread: wait for them and their repaint.
        const Dailies::StudioDelegate *delegate = window->libraryPanel()->delegate();
        const QDeadlineTimer deadline(5000);
        while (delegate->pendingThumbnails() > 0 && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QCoreApplication::processEvents();
        const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(window->winId());
        const QString path = out.filePath(name + u".png"_s);
        if (!shot.save(path))
            fail(u"cannot save "_s + path);
        std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
    };
    const auto generate = [&window](const QString &prompt) {
        window->composePanel()->promptEditor()->setPlainText(prompt);
        window->composePanel()->generate();
    };

    // The states, one after the other; each step calls `next` when its picture is taken.
    QList<std::function<void(std::function<void()> next)>> steps;
    steps << [&](auto next) {
        save(u"first-start"_s);
        next();
    };
    steps << [&](auto next) {
        generate(u"A paper boat drifts down a rain-soaked city gutter at dusk, low tracking shot, warm street "
                 "lights, 35 mm film look"_s);
        generate(u"Morning fog lifts off a mountain lake; a lone kayaker glides through the frame, drone shot, "
                 "soft pastel light"_s);
        QTimer::singleShot(900, &app, [&, next]() {
            save(u"queue-running"_s);
            next();
        });
    };
    steps << [&](auto next) {
        Dailies::JobEngine *engine = workspace.engine();
        when([engine]() { return engine->activeJobs().isEmpty(); },
            [&, next]() {
                QListView *view = window->libraryPanel()->view();
                view->setCurrentIndex(view->model()->index(0, 0));
                view->setFocus();
                QMediaPlayer *player = window->previewPanel()->player();
                when([player]() { return player->position() > 1500; },
                    [&, next]() {
                        save(u"preview-playing"_s);
                        next();
                    },
                    30000, u"the clip did not play"_s);
            },
            120000, u"the first takes did not finish"_s);
    };
    steps << [&](auto next) {
        // Extend… on the clip shown: the dialog with its length picker and the cost, before anything is sent.
        Dailies::LibraryPanel *library = window->libraryPanel();
        library->extend(library->currentIndex());
        Dailies::SourceJobDialog *dialog = library->sourceJobDialog();
        if (!dialog)
            return fail(u"the extension dialog did not open"_s);
        dialog->promptEdit()->setPlainText(
            u"The kayaker paddles into the sunlit mist; the camera rises to show the whole lake"_s);
        dialog->secondsPicker()->setCurrentIndex(dialog->secondsPicker()->findData(u"8"_s));
        QTimer::singleShot(800, &app, [&, dialog, next]() {
            const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(dialog->winId());
            const QString path = out.filePath(u"extend-dialog.png"_s);
            if (!shot.save(path))
                return fail(u"cannot save "_s + path);
            std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
            dialog->submit();
            next();
        });
    };
    steps << [&](auto next) {
        Dailies::JobEngine *engine = workspace.engine();
        when([engine]() { return engine->activeJobs().isEmpty(); },
            [&, next]() {
                // A character from the four-second take it extends (a character clip is 2 to 4 s long) goes into
                // the next prompt; the extension, the newest row, plays with its lineage.
                QListView *view = window->libraryPanel()->view();
                view->setCurrentIndex(view->model()->index(1, 0));
                Dailies::CharacterPicker *picker = window->composePanel()->characterPicker();
                picker->setAsker([](const QString &path, const QString &, auto done) { done({ u"Ines"_s, path }); });
                picker->addFromSelectedClip();
                view->setCurrentIndex(view->model()->index(0, 0));
                window->previewPanel()->tabs()->setCurrentIndex(2);
                QMediaPlayer *player = window->previewPanel()->player();
                when([player, picker]() { return player->position() > 1500 && !picker->isBusy(); },
                    [&, next]() {
                        window->composePanel()->promptEditor()->setPlainText(
                            u"Ines walks along the pier at dusk, handheld, warm lamps"_s);
                        QTimer::singleShot(500, &app, [&, next]() {
                            save(u"extended-lineage"_s);
                            next();
                        });
                    },
                    30000, u"the extension did not play"_s);
            },
            120000, u"the extension did not finish"_s);
    };
    steps << [&](auto next) {
        window->previewPanel()->togglePlayback();
        window->previewPanel()->tabs()->setCurrentIndex(0);
        Dailies::CharacterPicker *picker = window->composePanel()->characterPicker();
        for (const QString &id : picker->chosenIds())
            picker->setChosen(id, false);
        const QStringList prompts = libraryPrompts();
        for (int i = 2; i < prompts.size(); ++i)
            generate(prompts.at(i));
        window->composePanel()->promptEditor()->clear();
        Dailies::JobEngine *engine = workspace.engine();
        when([engine]() { return engine->activeJobs().isEmpty(); },
            [&, next]() {
                QListView *view = window->libraryPanel()->view();
                view->setCurrentIndex(view->model()->index(3, 0));
                view->scrollToTop();
                QTimer::singleShot(1500, &app, [&, next]() {
                    save(u"library-50"_s);
                    window->libraryPanel()->setViewMode(Dailies::LibraryPanel::ViewMode::Grid);
                    QTimer::singleShot(1500, &app, [&, next]() {
                        save(u"library-grid"_s);
                        window->libraryPanel()->setViewMode(Dailies::LibraryPanel::ViewMode::List);
                        next();
                    });
                });
            },
            600000, u"the fifty takes did not finish"_s);
    };
    steps << [&](auto next) {
        if (!workspace.demoServer()->setFaults(u"moderation:words=sword"_s))
            return fail(u"the demo provider refused the fault"_s);
        generate(u"A knight draws a sword in a burning castle courtyard, slow dolly-in, firelight"_s);
        when([&window]() { return window->banner()->isVisible(); },
            [&, next]() {
                QTimer::singleShot(300, &app, [&, next]() {
                    save(u"an-error"_s);
                    next();
                });
            },
            60000, u"the moderation block was not shown"_s);
    };

    steps << [&](auto next) {
        window->banner()->hide();
        Dailies::SettingsDialog *dialog = window->openSettings(u"demo"_s);
        dialog->resize(dialog->sizeHint().expandedTo(QSize(860, 600)));
        QTimer::singleShot(800, &app, [&, dialog, next]() {
            const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(dialog->winId());
            const QString path = out.filePath(u"settings.png"_s);
            if (!shot.save(path))
                return fail(u"cannot save "_s + path);
            std::fprintf(stdout, "%s\n", qPrintable(QDir::toNativeSeparators(path)));
            dialog->reject();
            next();
        });
    };

    auto run = std::make_shared<std::function<void(int)>>();
    *run = [&steps, run](int i) {
        if (i == steps.size()) {
            QCoreApplication::quit();
            return;
        }
        steps[i]([run, i]() { QTimer::singleShot(0, qApp, [run, i]() { (*run)(i + 1); }); });
    };

    QObject::connect(&startup, &Dailies::StudioStartup::ready, &app, [&]() {
        window = std::make_unique<Dailies::MainWindow>(&workspace);
        window->resize(1500, 920);
        window->show();
        QTimer::singleShot(1000, &app, [run]() { (*run)(0); });
    });
    startup.startEngine();
    const int code = QApplication::exec();
    window.reset();
    *run = nullptr;
    return code;
}
