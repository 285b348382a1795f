// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settingsdialog.h"

#include <QPushButton>
#include <QStyle>

#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "ui_settingsdialog.h"
#include "widgets/settings/budgetpage.h"
#include "widgets/settings/jobspage.h"
#include "widgets/settings/languagepage.h"
#include "widgets/settings/librarypage.h"
#include "widgets/settings/notificationspage.h"
#include "widgets/settings/providerspage.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_workspace(workspace)
{
    m_ui->setupUi(this);
    addPages();
    for (SettingsPage *page : std::as_const(m_pages))
        page->load();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });
    connect(m_providers, &ProvidersPage::keyWriteStarted, this, [this] { m_ui->buttonBox->setEnabled(false); });
    connect(m_providers, &ProvidersPage::keysSettled, this, &SettingsDialog::keysSettled);
    connect(m_providers, &ProvidersPage::connectionTested, this, &SettingsDialog::connectionTested);
    connect(this, &SettingsDialog::keysSettled, this, [this](bool ok) {
        m_ui->buttonBox->setEnabled(true);
        if (m_closeWhenKeysSettled && ok)
            QDialog::accept();
        m_closeWhenKeysSettled = false;
    });
    showPage(Page::Providers);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPages()
{
    m_providers = new ProvidersPage(m_workspace);
    auto *jobs = new JobsPage(m_workspace);
    connect(jobs, &JobsPage::defaultConcurrencyChanged, m_providers, &ProvidersPage::setDefaultConcurrency);
    struct Entry {
        SettingsPage *page;
        QString title;
        QStringList icons;
        QStyle::StandardPixmap fallback;
    };
    const QList<Entry> entries {
        { m_providers, tr("Providers"), { u"network-server"_s, u"network-workgroup"_s }, QStyle::SP_ComputerIcon },
        { new LibraryPage(m_workspace), tr("Library"), { u"folder-videos"_s, u"folder"_s }, QStyle::SP_DirIcon },
        { jobs, tr("Jobs"), { u"view-process-system"_s, u"system-run"_s }, QStyle::SP_BrowserReload },
        { new BudgetPage(m_workspace), tr("Budget"), { u"wallet-open"_s, u"accessories-calculator"_s },
            QStyle::SP_FileDialogDetailedView },
        { new NotificationsPage(m_workspace), tr("Notifications"),
            { u"preferences-desktop-notification"_s, u"dialog-information"_s }, QStyle::SP_MessageBoxInformation },
        { new LanguagePage(m_workspace), tr("Language"),
            { u"preferences-desktop-locale"_s, u"preferences-desktop-locale-symbolic"_s },
            QStyle::SP_FileDialogInfoView },
    };
    for (const Entry &entry : entries) {
        m_ui->pages->addWidget(entry.page);
        m_pages << entry.page;
        new QListWidgetItem(SettingsPage::themeIcon(this, entry.icons, entry.fallback), entry.title, m_ui->pageList);
        connect(entry.page, &SettingsPage::raiseRequested, this,
            [this, page = static_cast<Page>(m_pages.size() - 1)] { showPage(page); });
    }
    // The pages came after the buttons: Tab goes through the page's fields first, then to OK, Apply and Cancel.
    m_ui->dialogLayout->removeWidget(m_ui->buttonBox);
    m_ui->buttonBox->setParent(nullptr);
    m_ui->buttonBox->setParent(this);
    m_ui->dialogLayout->addWidget(m_ui->buttonBox);

    m_ui->pageList->setUniformItemSizes(true);
    m_ui->pageList->setSpacing(2);
    m_ui->pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the longest page name in any language, never squeezed by the pages beside it.
    m_ui->pageList->setMaximumWidth(QWIDGETSIZE_MAX);
    m_ui->pageList->setFixedWidth(m_ui->pageList->sizeHintForColumn(0) + 2 * m_ui->pageList->frameWidth()
        + 4 * m_ui->pageList->spacing() + m_ui->pageList->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    QFont title = m_ui->pageTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->pageTitle->setFont(title);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pages->setCurrentIndex(row);
        m_ui->pageTitle->setText(m_ui->pageList->item(row)->text());
    });
}

void SettingsDialog::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(static_cast<int>(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return static_cast<Page>(m_ui->pages->currentIndex());
}

bool SettingsDialog::showProfile(const QString &profile)
{
    return m_providers->showProfile(profile);
}

bool SettingsDialog::apply()
{
    for (int index = 0; index < m_pages.size(); ++index) {
        QWidget *field = nullptr;
        if (!m_pages.at(index)->validate(&field)) {
            showPage(static_cast<Page>(index));
            if (field)
                field->setFocus();
            return false;
        }
    }
    for (SettingsPage *page : std::as_const(m_pages))
        page->store();
    AppSettings(m_workspace->settings()).sync();
    m_workspace->applyEngineSettings();
    Q_EMIT applied();
    if (!m_providers->keysPending())
        Q_EMIT keysSettled(!m_providers->keyFailed());
    return true;
}

void SettingsDialog::accept()
{
    if (!apply())
        return;
    if (m_providers->keysPending()) {
        m_closeWhenKeysSettled = true;
        return;
    }
    if (!m_providers->keyFailed())
        QDialog::accept();
}

void SettingsDialog::reject()
{
    m_providers->cancelTest();
    QDialog::reject();
}

} // namespace Dailies
