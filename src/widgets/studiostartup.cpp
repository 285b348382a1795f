// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/studiostartup.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <tuple>

#include "core/jobs/jobengine.h"
#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

StudioStartup::StudioStartup(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

StudioStartup::~StudioStartup() = default;

bool StudioStartup::openLibrary(QWidget *dialogParent)
{
    // The window opens at once; a due whole-file check runs behind it (MainWindow shows what it finds).
    m_workspace->setIntegrityCheckInBackground(true);
    for (;;) {
        QString error;
        QString warning;
        if (m_workspace->open(&error, &warning)) {
            if (!warning.isEmpty())
                QMessageBox::warning(dialogParent, tr("Dailies"), warning);
            return true;
        }
        QMessageBox box(QMessageBox::Warning, tr("Dailies"),
            tr("The library in %1 cannot be opened.").arg(QDir::toNativeSeparators(m_workspace->libraryFolder())),
            QMessageBox::NoButton, dialogParent);
        box.setInformativeText(
            error + u"\n\n"_s + tr("It is left untouched. You can start a fresh library in another folder."));
        QAbstractButton *choose = box.addButton(tr("Choose Another Folder…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != choose)
            return false;
        const QString folder = QFileDialog::getExistingDirectory(dialogParent, tr("Folder for a Fresh Library"));
        if (folder.isEmpty())
            return false;
        m_workspace->setLibraryFolder(folder);
        // The folder is absolute (the file dialog's), so AppSettings takes it.
        std::ignore = AppSettings(m_workspace->settings()).setLibraryFolder(folder);
    }
}

void StudioStartup::startEngine()
{
    auto problems = std::make_shared<QStringList>();
    m_workspace->startEngineFor(
        { ProfileStore(m_workspace->settings()).defaultProfileName() }, {},
        [problems](const QString &name, const QString &problem) {
            *problems << tr("Jobs of profile '%1' wait: %2").arg(name, problem);
        },
        [this, problems](JobEngine *engine) {
            engine->start();
            Q_EMIT ready(*problems);
        });
}

} // namespace Dailies
