// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/languagepage.h"

#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "ui_languagepage.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

LanguagePage::LanguagePage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::LanguagePage>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"Deutsch"_s, u"de"_s);
}

LanguagePage::~LanguagePage() = default;

void LanguagePage::load()
{
    const AppSettings app(workspace()->settings());
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(app.language())));
}

void LanguagePage::store()
{
    (void)AppSettings(workspace()->settings()).setLanguage(m_ui->languageCombo->currentData().toString());
}

} // namespace Dailies
