// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/api/providerhealth.h"
#include "core/api/videoapiclient.h"
#include "core/jobs/failureexplanation.h"
#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiomodel.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "core/settings/appsettings.h"
#include "media/thumbnailer.h"
#include "session/workspace.h"
#include "widgets/characterpicker.h"
#include "widgets/composepanel.h"
#include "widgets/icons.h"
#include "widgets/jobnotifier.h"
#include "widgets/library/librarypanel.h"
#include "widgets/messagebanner.h"
#include "widgets/preview/previewpanel.h"
#include "widgets/settingsdialog.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{
QString healthColour(const Api::ProviderHealth &health)
{
    using Status = Api::ProviderHealth::Status;
    switch (health.status) {
    case Status::Unknown:
        return u"#8a8f98"_s;
    case Status::Healthy:
        return u"#27ae60"_s;
    case Status::RateLimited:
    case Status::ServerTrouble:
        return u"#f67400"_s;
    case Status::Unreachable:
    case Status::KeyRefused:
    case Status::QuotaExhausted:
        return u"#da4453"_s;
    }
    return {};
}
} // namespace

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_compose(new ComposePanel(workspace, m_splitter))
    , m_library(new LibraryPanel(workspace, m_splitter))
    , m_preview(new PreviewPanel(m_splitter))
    , m_inFlight(new QLabel(this))
    , m_spend(new QLabel(this))
    , m_health(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_thumbnailer(new Thumbnailer(this))
{
    layOut();
    connectPanels();
    if (JobEngine *engine = m_workspace->engine())
        followEngine(engine);
    for (Api::VideoApiClient *client : m_workspace->clients())
        watchClient(client);
    connect(m_workspace, &Workspace::clientAdded, this, [this](Api::VideoApiClient *client) {
        watchClient(client);
        updateHealth();
    });
    connect(m_workspace, &Workspace::integrityChecked, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            m_banner->showMessage(MessageBanner::Level::Error,
                tr("The library database is damaged (%1). Your clips and their sidecars are safe in the library "
                   "folder; close Dailies and run 'dailies library rebuild' in a fresh folder to recreate it.")
                    .arg(problem));
    });
    m_workspace->checkIntegrityInBackground();
    buildMenus();
    restoreState();
    updateStatus();
    updateHealth();
}

void MainWindow::layOut()
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Dailies"));
    setWindowIcon(Icons::icon(u"app.dailies.Dailies"_s));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_compose);
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(m_banner);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_inFlight->setObjectName(u"inFlight"_s);
    m_inFlight->setAccessibleName(tr("Jobs in flight"));
    m_spend->setObjectName(u"spend"_s);
    m_spend->setAccessibleName(tr("Spend this month"));
    m_health->setObjectName(u"providerHealth"_s);
    m_health->setTextFormat(Qt::RichText);
    for (QLabel *label : { m_health, m_inFlight, m_spend }) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::connectPanels()
{
    // Space plays and pauses from the list as well as from the preview.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_library->view());
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, m_preview, &PreviewPanel::togglePlayback);

    connect(m_compose, &ComposePanel::submitted, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            m_library->selectJob(ids.constFirst());
        updateStatus();
    });
    m_preview->setWorkspace(m_workspace);
    connect(m_library, &LibraryPanel::currentChanged, m_preview, &PreviewPanel::showItem);
    connect(m_library, &LibraryPanel::currentChanged, this,
        [this](const QModelIndex &index) { ensureThumbnail(index.data(StudioModel::ClipIdRole).toLongLong()); });
    // Clips the provider gave no thumbnail get one made here from a frame of the video.
    connect(m_thumbnailer, &Thumbnailer::thumbnailReady, this,
        [this](const QString &videoPath, const QString &thumbnailPath) {
            const qint64 clipId = m_thumbnailsWanted.take(videoPath);
            if (clipId > 0 && m_workspace->library() && !m_workspace->library()->setThumbnail(clipId, thumbnailPath))
                statusBar()->showMessage(m_workspace->library()->lastError(), 10000);
        });
    connect(m_thumbnailer, &Thumbnailer::failed, this,
        [this](const QString &videoPath, const QString &) { m_thumbnailsWanted.remove(videoPath); });
    connect(m_preview, &PreviewPanel::remixRequested, m_library, &LibraryPanel::remix);
    connect(m_preview, &PreviewPanel::editRequested, m_library, &LibraryPanel::edit);
    connect(m_preview, &PreviewPanel::extendRequested, m_library, &LibraryPanel::extend);
    connect(m_preview, &PreviewPanel::clipSelectionRequested, m_library, &LibraryPanel::selectClip);
    // Frame steps and the A/B switch also work while the list has the focus (M and [ ] would fight type-to-search).
    for (const PreviewPanel::Action which :
        { PreviewPanel::Action::StepBack, PreviewPanel::Action::StepForward, PreviewPanel::Action::ToggleAB }) {
        if (QAction *action = m_preview->action(which))
            m_library->view()->addAction(action);
    }
    connect(m_library, &LibraryPanel::reuseSettingsRequested, m_compose, &ComposePanel::reuseSettings);
    // Add from the Selected Clip… uploads the video of the clip the list has current.
    m_compose->characterPicker()->setSelectedClip([this]() -> std::optional<std::pair<qint64, QString>> {
        const QModelIndex index = m_library->currentIndex();
        const QString video = index.data(StudioModel::VideoPathRole).toString();
        if (!index.data(StudioModel::ClipIdRole).isValid() || video.isEmpty())
            return std::nullopt;
        return std::pair { index.data(StudioModel::ClipIdRole).toLongLong(), video };
    });
}

void MainWindow::followEngine(JobEngine *engine)
{
    connect(engine, &JobEngine::jobAdded, this, &MainWindow::updateStatus);
    connect(engine, &JobEngine::jobChanged, this, &MainWindow::updateStatus);
    // `dailies queue pause` in a terminal pauses this window's queue as well.
    connect(engine, &JobEngine::pausedChanged, this, &MainWindow::updateStatus);
    connect(engine, &JobEngine::jobFinished, this, [this](qint64 id) {
        updateStatus();
        const std::optional<JobRecord> job = m_workspace->engine()->job(id);
        if (job && job->state != JobState::Completed && job->state != JobState::Cancelled)
            explainJob(id);
        if (job && job->state == JobState::Completed)
            ensureThumbnail(job->clipId);
    });
    connect(engine, &JobEngine::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(engine, &JobEngine::budgetAlert, this,
        [this](const QString &text) { statusBar()->showMessage(tr("Budget: %1").arg(text), 10000); });
    connect(engine, &JobEngine::queueHeld, this, &MainWindow::explainJob);
    m_notifier = new JobNotifier(engine, this, m_workspace->settings(), this);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    const auto add = [this](QMenu *menu, const QString &name, const QIcon &icon, const QString &text,
                         const QKeySequence &keys, auto slot) {
        QAction *action = menu->addAction(icon, text);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, u"openLibraryFolder"_s, Icons::icon(u"folder-open"_s), tr("Open Library &Folder"), QKeySequence(),
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_workspace->libraryFolder())); });
    QAction *preferences = add(file, u"settings"_s, Icons::icon(u"configure"_s), tr("&Settings…"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { openSettings(); });
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = add(
        file, u"quit"_s, Icons::icon(u"application-exit"_s), tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, u"focusPrompt"_s, Icons::icon(u"document-edit"_s), tr("Go to &Prompt"), QKeySequence(Qt::ALT | Qt::Key_1),
        [this] { m_compose->promptEditor()->setFocus(Qt::ShortcutFocusReason); });
    add(view, u"focusLibrary"_s, Icons::icon(u"view-list-details"_s), tr("Go to &Library"),
        QKeySequence(Qt::ALT | Qt::Key_2), [this] { m_library->view()->setFocus(Qt::ShortcutFocusReason); });
    add(view, u"focusPreview"_s, Icons::icon(u"media-playback-start"_s), tr("Go to Pre&view"),
        QKeySequence(Qt::ALT | Qt::Key_3), [this] { m_preview->setFocus(Qt::ShortcutFocusReason); });
    add(view, u"findPrompt"_s, Icons::icon(u"edit-find"_s), tr("&Search Prompts"), QKeySequence::Find, [this] {
        m_library->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchEdit()->selectAll();
    });
    view->addSeparator();
    for (const LibraryPanel::ViewMode mode : { LibraryPanel::ViewMode::List, LibraryPanel::ViewMode::Grid }) {
        if (QAction *action = m_library->viewModeAction(mode)) {
            action->setShortcutContext(Qt::WindowShortcut); // Ctrl+1/Ctrl+2 from anywhere in the window
            view->addAction(action);
        }
    }
    view->addSeparator();
    QAction *fullScreen = add(view, u"fullScreen"_s, Icons::icon(u"view-fullscreen"_s), tr("F&ull Screen Window"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
    fullScreen->setCheckable(true);

    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    add(jobs, u"generate"_s, Icons::icon(u"dailies-generate"_s), tr("&Generate"),
        QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { m_compose->generate(); })
        ->setShortcutContext(Qt::WidgetShortcut); // the editor's own Ctrl+Enter does the work; this only shows it
    m_pause = add(
        jobs, u"pauseQueue"_s, Icons::icon(u"media-playback-pause"_s), tr("&Pause Queue"), QKeySequence(), [this] {
            JobEngine *engine = m_workspace->engine();
            if (!engine)
                return;
            if (engine->isPaused())
                engine->resume();
            else
                engine->pause();
            updateStatus();
        });
    m_pause->setCheckable(true);
    m_pause->setEnabled(m_workspace->engine() != nullptr);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, u"shortcuts"_s, Icons::icon(u"help-keyboard-shortcuts"_s), tr("&Keyboard Shortcuts"),
        QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); });
    QAction *about = add(
        help, u"about"_s, Icons::icon(u"help-about"_s), tr("&About Dailies"), QKeySequence(), [this] { showAbout(); });
    about->setMenuRole(QAction::AboutRole);
}

QAction *MainWindow::menuAction(const QString &objectName) const
{
    return menuBar()->findChild<QAction *>(objectName);
}

QString MainWindow::inFlightText() const
{
    return m_inFlight->text();
}

QString MainWindow::spendText() const
{
    return m_spend->text();
}

QString MainWindow::healthText() const
{
    return m_health->accessibleDescription();
}

void MainWindow::showProblems(const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    m_banner->showMessage(MessageBanner::Level::Warning, problems.join(u'\n'));
}

void MainWindow::watchClient(QObject *client)
{
    auto *api = qobject_cast<Api::VideoApiClient *>(client);
    if (api)
        connect(api, &Api::VideoApiClient::healthChanged, this, &MainWindow::updateHealth, Qt::UniqueConnection);
}

void MainWindow::ensureThumbnail(qint64 clipId)
{
    Library *library = m_workspace->library();
    if (clipId <= 0 || !library)
        return;
    const std::optional<ClipRecord> clip = library->clip(clipId);
    if (!clip || clip->videoPath.isEmpty() || (!clip->thumbnailPath.isEmpty() && QFile::exists(clip->thumbnailPath))
        || m_thumbnailsWanted.contains(clip->videoPath) || !QFile::exists(clip->videoPath))
        return;
    m_thumbnailsWanted.insert(clip->videoPath, clipId);
    m_thumbnailer->request(clip->videoPath);
}

void MainWindow::updateHealth()
{
    const QList<Api::VideoApiClient *> clients = m_workspace->clients();
    if (clients.isEmpty()) {
        m_health->setText(tr("No provider"));
        m_health->setAccessibleDescription(m_health->text());
        return;
    }
    // The worst verdict is the one to see; the tooltip lists every provider.
    const Api::VideoApiClient *shown = clients.constFirst();
    QStringList lines;
    for (const Api::VideoApiClient *client : clients) {
        const Api::ProviderHealth &health = client->health();
        if (health.isProblem() && !shown->health().isProblem())
            shown = client;
        QString line = tr("%1: %2").arg(client->profile().name, health.summary());
        if (!health.detail.isEmpty())
            line += u" — "_s + health.detail;
        lines << line;
    }
    const QString phrase = tr("%1: %2").arg(shown->profile().name, shown->health().summary());
    m_health->setText(
        u"<span style=\"color:%1\">●</span> %2"_s.arg(healthColour(shown->health()), phrase.toHtmlEscaped()));
    m_health->setToolTip(lines.join(u'\n'));
    m_health->setAccessibleName(tr("Provider health"));
    m_health->setAccessibleDescription(phrase);
}

void MainWindow::updateStatus()
{
    const JobEngine *engine = m_workspace->engine();
    const int inFlight = engine ? int(engine->activeJobs().size()) : 0;
    QString text = inFlight == 0 ? tr("No jobs running") : tr("%n job(s) in flight", nullptr, inFlight);
    if (engine && engine->isPaused())
        text = tr("Queue paused · %1").arg(text);
    m_inFlight->setText(text);
    if (m_pause) {
        m_pause->setChecked(engine && engine->isPaused());
        m_pause->setText(engine && engine->isPaused() ? tr("Resume &Queue") : tr("&Pause Queue"));
    }
    const double spent = m_workspace->ledger() ? m_workspace->ledger()->spentInMonth(QDate::currentDate()) : 0;
    m_spend->setText(
        tr("This month: %1 %2").arg(QLocale().toString(spent, 'f', 2), m_workspace->capabilities().currency()));
}

void MainWindow::explainJob(qint64 id)
{
    JobEngine *engine = m_workspace->engine();
    const std::optional<JobRecord> job = engine ? engine->job(id) : std::nullopt;
    if (!job)
        return;
    const FailureExplanation why = FailureExplanation::explain(*job, QDateTime::currentDateTimeUtc());
    if (why.isEmpty())
        return;
    const bool held = engine->isPaused() && !isTerminal(job->state);
    QStringList details;
    if (!why.detail.isEmpty())
        details << tr("Provider said: %1").arg(why.detail);
    if (!why.requestId.isEmpty())
        details << tr("Request id: %1").arg(why.requestId);
    m_banner->showMessage(
        held || job->state == JobState::Failed ? MessageBanner::Level::Error : MessageBanner::Level::Warning,
        why.headline + u' ' + why.advice, details.join(u"   "_s));
    using Action = FailureExplanation::Action;
    switch (why.action) {
    case Action::Reword:
        m_banner->addAction(tr("&Edit the Prompt"), [this, job] {
            m_compose->reuseSettings(job->request.prompt, job->request.model, job->request.size, job->request.seconds);
            m_compose->promptEditor()->setFocus(Qt::OtherFocusReason);
        });
        break;
    case Action::Retry:
    case Action::CheckRemote:
        m_banner->addAction(tr("&Show the Take"), [this, id] { m_library->selectJob(id); });
        break;
    case Action::OpenProfile: {
        const QString profile = job->profile;
        m_banner->addAction(tr("&Open the Profile"), [this, profile] { openSettings(profile); });
        break;
    }
    case Action::CheckBilling:
    case Action::Wait:
    case Action::FreeSpace:
    case Action::ChangeSettings:
    case Action::None:
        break;
    }
    if (held) {
        m_banner->addAction(tr("&Resume Queue"), [this] {
            if (m_workspace->engine())
                m_workspace->engine()->resume();
            updateStatus();
        });
    }
    updateStatus();
}

SettingsDialog *MainWindow::openSettings(const QString &profile)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_workspace, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::applied, this, [this] {
            m_compose->refreshEstimate();
            updateStatus();
            updateHealth();
        });
    }
    if (!profile.isEmpty())
        m_settingsDialog->showProfile(profile);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(tr("Filter"));
    filter->setAccessibleName(tr("Filter shortcuts"));
    filter->setClearButtonEnabled(true);
    auto *tree = new QTreeWidget(&dialog);
    tree->setObjectName(u"shortcutList"_s);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({ tr("Action"), tr("Keys") });
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    QSet<QString> seen;
    const auto addRow = [&](QString text, const QKeySequence &keys) {
        text.remove(u'&');
        text.remove(u'…');
        const QString key = text + keys.toString();
        if (keys.isEmpty() || text.isEmpty() || seen.contains(key))
            return;
        seen.insert(key);
        new QTreeWidgetItem(tree, { text, keys.toString(QKeySequence::NativeText) });
    };
    for (const QAction *action : findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts())
            addRow(action->text(), keys);
    }
    for (const QShortcut *shortcut : findChildren<QShortcut *>())
        addRow(shortcut->whatsThis(), shortcut->key());
    addRow(tr("Generate"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    addRow(tr("Play or pause"), QKeySequence(Qt::Key_Space));
    addRow(tr("Context menu of the selection"), QKeySequence(Qt::SHIFT | Qt::Key_F10));
    tree->sortItems(0, Qt::AscendingOrder);
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            item->setHidden(!item->text(0).contains(text, Qt::CaseInsensitive)
                && !item->text(1).contains(text, Qt::CaseInsensitive));
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(filter);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Dailies"),
        tr("<h3>Dailies %1</h3><p>A studio for short videos made with the OpenAI Videos API and compatible "
           "providers.</p><p>Library: %2</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion(), m_workspace->libraryFolder().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    AppSettings(m_workspace->settings())
        .setWindowState({ saveGeometry(), QMainWindow::saveState(), m_splitter->saveState(), m_library->saveState() });
}

void MainWindow::restoreState()
{
    const AppSettings::WindowState state = AppSettings(m_workspace->settings()).windowState();
    if (!restoreGeometry(state.geometry))
        resize(1400, 860);
    QMainWindow::restoreState(state.state);
    if (!m_splitter->restoreState(state.splitter))
        m_splitter->setSizes({ 380, 520, 500 });
    m_library->restoreState(state.library);
}

} // namespace Dailies
