// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/settings/jobspage.h"

#include "core/settings/appsettings.h"
#include "session/workspace.h"
#include "ui_jobspage.h"

namespace Dailies
{

JobsPage::JobsPage(Workspace *workspace, QWidget *parent)
    : SettingsPage(workspace, parent)
    , m_ui(std::make_unique<Ui::JobsPage>())
{
    m_ui->setupUi(this);
    m_ui->concurrencySpin->setMaximum(AppSettings::kMaxConcurrency);
    for (QSpinBox *spin : { m_ui->pollMinSpin, m_ui->pollMaxSpin }) {
        spin->setMaximum(AppSettings::kMaxPollSeconds);
        spin->setSuffix(tr(" s"));
        connect(spin, &QSpinBox::valueChanged, this, &JobsPage::updatePollError);
    }
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, this, &JobsPage::defaultConcurrencyChanged);
}

JobsPage::~JobsPage() = default;

void JobsPage::load()
{
    const AppSettings app(workspace()->settings());
    m_ui->concurrencySpin->setValue(app.defaultConcurrency());
    m_ui->pollMinSpin->setValue(app.pollMinSeconds());
    m_ui->pollMaxSpin->setValue(app.pollMaxSeconds());
    m_ui->spritesheetCheck->setChecked(app.downloadSpritesheet());
    updatePollError();
}

void JobsPage::updatePollError()
{
    showError(
        m_ui->pollError, AppSettings::validatePollIntervals(m_ui->pollMinSpin->value(), m_ui->pollMaxSpin->value()));
}

bool JobsPage::validate(QWidget **field)
{
    updatePollError();
    *field = m_ui->pollError->text().isEmpty() ? nullptr : m_ui->pollMinSpin;
    return *field == nullptr;
}

void JobsPage::store()
{
    AppSettings app(workspace()->settings());
    showError(m_ui->pollError, app.setPollIntervals(m_ui->pollMinSpin->value(), m_ui->pollMaxSpin->value()));
    (void)app.setDefaultConcurrency(m_ui->concurrencySpin->value());
    app.setDownloadSpritesheet(m_ui->spritesheetCheck->isChecked());
}

} // namespace Dailies
