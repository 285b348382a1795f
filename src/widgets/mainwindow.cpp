// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>

#include "core/jobs/jobengine.h"
#include "core/pricing/spendledger.h"
#include "core/providers/capabilities.h"
#include "session/workspace.h"
#include "widgets/composepanel.h"
#include "widgets/librarypanel.h"
#include "widgets/previewpanel.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_compose(new ComposePanel(workspace, m_splitter))
    , m_library(new LibraryPanel(workspace->engine(), workspace->library(), m_splitter))
    , m_preview(new PreviewPanel(m_splitter))
    , m_inFlight(new QLabel(this))
    , m_spend(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Dailies"));
    setWindowIcon(QIcon::fromTheme(u"app.dailies.Dailies"_s, QIcon::fromTheme(u"camera-video"_s)));
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_compose);
    m_splitter->addWidget(m_library);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_inFlight->setObjectName(u"inFlight"_s);
    m_inFlight->setAccessibleName(tr("Jobs in flight"));
    m_spend->setObjectName(u"spend"_s);
    m_spend->setAccessibleName(tr("Spend this month"));
    m_inFlight->setContentsMargins(8, 0, 8, 0);
    m_spend->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_inFlight);
    statusBar()->addPermanentWidget(m_spend);

    // Space plays and pauses from the list as well as from the preview.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_library->view());
    space->setContext(Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, m_preview, &PreviewPanel::togglePlayback);

    connect(m_compose, &ComposePanel::submitted, this, [this](const QList<qint64> &ids) {
        if (!ids.isEmpty())
            m_library->selectJob(ids.constFirst());
        updateStatus();
    });
    connect(m_library, &LibraryPanel::currentChanged, m_preview, &PreviewPanel::showItem);
    connect(m_library, &LibraryPanel::reuseSettingsRequested, m_compose, &ComposePanel::reuseSettings);
    if (JobEngine *engine = m_workspace->engine()) {
        connect(engine, &JobEngine::jobAdded, this, &MainWindow::updateStatus);
        connect(engine, &JobEngine::jobFinished, this, &MainWindow::updateStatus);
        connect(engine, &JobEngine::jobChanged, this, &MainWindow::updateStatus);
        connect(
            engine, &JobEngine::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        connect(engine, &JobEngine::budgetAlert, this,
            [this](const QString &text) { statusBar()->showMessage(tr("Budget: %1").arg(text), 10000); });
    }
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::inFlightText() const
{
    return m_inFlight->text();
}

QString MainWindow::spendText() const
{
    return m_spend->text();
}

void MainWindow::showProblems(const QStringList &problems)
{
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(u"  "_s));
}

void MainWindow::updateStatus()
{
    const JobEngine *engine = m_workspace->engine();
    const int inFlight = engine ? int(engine->activeJobs().size()) : 0;
    m_inFlight->setText(inFlight == 0 ? tr("No jobs running") : tr("%n job(s) in flight", nullptr, inFlight));
    const double spent = m_workspace->ledger() ? m_workspace->ledger()->spentInMonth(QDate::currentDate()) : 0;
    m_spend->setText(
        tr("This month: %1 %2").arg(QLocale().toString(spent, 'f', 2), CapabilityTable::builtIn().currency()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    QSettings *settings = m_workspace->settings();
    settings->setValue(u"window/geometry"_s, saveGeometry());
    settings->setValue(u"window/state"_s, QMainWindow::saveState());
    settings->setValue(u"window/splitter"_s, m_splitter->saveState());
    settings->setValue(u"window/filter"_s, m_library->filterCombo()->currentIndex());
}

void MainWindow::restoreState()
{
    QSettings *settings = m_workspace->settings();
    if (!restoreGeometry(settings->value(u"window/geometry"_s).toByteArray()))
        resize(1400, 860);
    QMainWindow::restoreState(settings->value(u"window/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings->value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({ 380, 520, 500 });
    const int filter = settings->value(u"window/filter"_s, 0).toInt();
    if (filter >= 0 && filter < m_library->filterCombo()->count())
        m_library->filterCombo()->setCurrentIndex(filter);
}

} // namespace Dailies
