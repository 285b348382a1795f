// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/librarypage.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>

#include "core/library/cliprecord.h"
#include "core/library/filenametemplate.h"
#include "core/library/library.h"
#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "ui_librarypage.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

/// A clip to show the file name template on.
ClipRecord sampleClip()
{
    ClipRecord clip;
    clip.prompt = u"A red fox trots through fresh snow at dawn, low tracking shot, warm rim light"_s;
    clip.model = u"sora-2"_s;
    clip.size = u"1280x720"_s;
    clip.seconds = u"8"_s;
    clip.remoteId = u"video_68d7512d07848190b3e45da0ecbebcde"_s;
    clip.project = u"Winter spot"_s;
    clip.createdAt = QDateTime(QDate::currentDate(), QTime(9, 41, 7));
    return clip;
}

} // namespace

LibraryPage::LibraryPage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::LibraryPage>())
{
    m_ui->setupUi(this);
    m_ui->templateExample->setTextFormat(Qt::PlainText);
    m_ui->folderNote->setText(tr("Clips and the library database live here. A new folder is used the next time "
                                 "Dailies starts; the clips already in the old folder stay there."));
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Choose the Library Folder"), m_ui->folderEdit->text());
        if (!folder.isEmpty())
            m_ui->folderEdit->setText(QDir::toNativeSeparators(folder));
    });
    connect(m_ui->folderEdit, &QLineEdit::textChanged, this, &LibraryPage::showFolderChange);
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &LibraryPage::updateTemplateExample);
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::load()
{
    const AppSettings app(workspace()->settings());
    m_ui->folderEdit->setText(QDir::toNativeSeparators(workspace()->libraryFolder()));
    m_ui->templateEdit->setText(app.fileNameTemplate());
    updateTemplateExample();
}

void LibraryPage::showFolderChange(const QString &text)
{
    const bool changed
        = QDir::cleanPath(QDir::fromNativeSeparators(text.trimmed())) != QDir::cleanPath(workspace()->libraryFolder());
    QFont font = m_ui->folderNote->font();
    font.setBold(changed);
    m_ui->folderNote->setFont(font);
    showError(m_ui->folderError,
        !text.trimmed().isEmpty() && QDir::isRelativePath(QDir::fromNativeSeparators(text.trimmed()))
            ? tr("Choose a complete folder path, e.g. with Browse….")
            : QString());
}

void LibraryPage::updateTemplateExample()
{
    const FileNameTemplate parsed(m_ui->templateEdit->text());
    m_ui->templateExample->setVisible(parsed.isValid());
    if (m_ui->templateEdit->text().trimmed().isEmpty()) {
        m_ui->templateExample->clear();
        showError(m_ui->templateError, tr("Enter a template; the default is %1.").arg(Library::kDefaultTemplate));
        return;
    }
    if (!parsed.isValid()) {
        m_ui->templateExample->clear();
        showError(m_ui->templateError, parsed.error());
        return;
    }
    showError(m_ui->templateError, QString());
    m_ui->templateExample->setText(tr("Example: %1").arg(parsed.expand(sampleClip()) + u".mp4"_s));
}

bool LibraryPage::validate(QWidget **field)
{
    *field = nullptr;
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    if (!folder.isEmpty() && QDir::isRelativePath(folder)) {
        *field = m_ui->folderEdit;
        return false;
    }
    updateTemplateExample();
    if (!m_ui->templateError->text().isEmpty()) {
        *field = m_ui->templateEdit;
        return false;
    }
    return true;
}

void LibraryPage::store()
{
    AppSettings app(workspace()->settings());
    const QString folder = QDir::fromNativeSeparators(m_ui->folderEdit->text().trimmed());
    // Only a folder the user changed is stored, so the default keeps following the system's Videos folder.
    if (QDir::cleanPath(folder) != QDir::cleanPath(workspace()->libraryFolder()))
        showError(m_ui->folderError, app.setLibraryFolder(folder));
    const QString templateText = m_ui->templateEdit->text();
    showError(m_ui->templateError, app.setFileNameTemplate(templateText));
    if (Library *library = workspace()->library())
        library->setFileNameTemplate(templateText);
}

} // namespace Dailies
