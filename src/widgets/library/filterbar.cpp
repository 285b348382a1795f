// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/library/filterbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "widgets/icons.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

LibraryFilterBar::LibraryFilterBar(StudioModel *model, StudioFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_project(new QComboBox(this))
    , m_date(new QComboBox(this))
    , m_searchRow(new QHBoxLayout)
{
    setObjectName(u"libraryFilterBar"_s);
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(u"edit-find"_s), QLineEdit::LeadingPosition);

    m_filter->setObjectName(u"filter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->setToolTip(tr("Which takes to show"));
    m_filter->addItem(tr("All"), QVariant::fromValue(StudioFilterProxy::Group::All));
    m_filter->addItem(tr("Running"), QVariant::fromValue(StudioFilterProxy::Group::Running));
    m_filter->addItem(tr("Done"), QVariant::fromValue(StudioFilterProxy::Group::Done));
    m_filter->addItem(tr("Failed"), QVariant::fromValue(StudioFilterProxy::Group::Failed));
    m_filter->addItem(tr("Favourites"), QVariant::fromValue(StudioFilterProxy::Group::Favourites));

    m_project->setObjectName(u"projectFilter"_s);
    m_project->setAccessibleName(tr("Project"));
    m_project->setToolTip(tr("Only the takes of one project"));
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_project->addItem(tr("All projects"), QString());
    updateProjects();

    m_date->setObjectName(u"dateFilter"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->setToolTip(tr("Only the takes made in this time"));
    m_date->addItem(tr("Any time"), QVariant::fromValue(StudioFilterProxy::DatePreset::AnyTime));
    m_date->addItem(tr("Today"), QVariant::fromValue(StudioFilterProxy::DatePreset::Today));
    m_date->addItem(tr("Last 7 days"), QVariant::fromValue(StudioFilterProxy::DatePreset::Last7Days));
    m_date->addItem(tr("Last 30 days"), QVariant::fromValue(StudioFilterProxy::DatePreset::Last30Days));
    m_date->addItem(tr("Custom range…"), QVariant::fromValue(StudioFilterProxy::DatePreset::Custom));

    // The search gets the whole first row (it is used most); the filters share the second.
    m_searchRow->addWidget(m_search, 1);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_project, 1);
    filterRow->addWidget(m_date, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_searchRow);
    layout->addLayout(filterRow);
    setTabOrder(m_search, m_filter);
    setTabOrder(m_filter, m_project);
    setTabOrder(m_project, m_date);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &StudioFilterProxy::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setGroup(m_filter->currentData().value<StudioFilterProxy::Group>()); });
    connect(m_project, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setProject(m_project->currentData().toString()); });
    connect(m_date, &QComboBox::currentIndexChanged, this, [this](int index) {
        const auto preset = m_date->itemData(index).value<StudioFilterProxy::DatePreset>();
        if (preset == StudioFilterProxy::DatePreset::Custom)
            return; // a range comes from its dialog or from setCustomDateRange()
        m_dateIndex = index;
        m_proxy->setDatePreset(preset);
    });
    // activated, not currentIndexChanged: picking the custom entry again edits the range in force.
    connect(m_date, &QComboBox::activated, this, [this](int index) {
        if (m_date->itemData(index).value<StudioFilterProxy::DatePreset>() == StudioFilterProxy::DatePreset::Custom)
            chooseDateRange();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LibraryFilterBar::updateProjects);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryFilterBar::updateProjects);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || roles.contains(StudioModel::ProjectRole))
                updateProjects();
        });
}

void LibraryFilterBar::addToSearchRow(QWidget *widget)
{
    m_searchRow->addWidget(widget);
}

LibraryFilterBar::State LibraryFilterBar::state() const
{
    return { m_filter->currentData().value<StudioFilterProxy::Group>(), m_project->currentData().toString(),
        m_date->itemData(m_dateIndex).value<StudioFilterProxy::DatePreset>(), m_rangeFirst, m_rangeLast };
}

bool LibraryFilterBar::canRestore(const State &state) const
{
    return m_filter->findData(QVariant::fromValue(state.group)) >= 0
        && m_date->findData(QVariant::fromValue(state.date)) >= 0;
}

void LibraryFilterBar::restore(const State &state)
{
    if (!canRestore(state))
        return;
    m_filter->setCurrentIndex(m_filter->findData(QVariant::fromValue(state.group)));
    if (state.date == StudioFilterProxy::DatePreset::Custom) {
        if (state.first.isValid() && state.last.isValid())
            setCustomDateRange(state.first, state.last);
        else
            m_date->setCurrentIndex(0);
    } else {
        m_date->setCurrentIndex(m_date->findData(QVariant::fromValue(state.date)));
    }
    // A project with no takes left is not offered; then every project is shown.
    m_project->setCurrentIndex(std::max(0, m_project->findData(state.project)));
}

void LibraryFilterBar::showEverything()
{
    m_search->clear();
    m_filter->setCurrentIndex(0);
    m_project->setCurrentIndex(0);
    m_date->setCurrentIndex(0);
}

void LibraryFilterBar::setCustomDateRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return;
    m_rangeFirst = std::min(first, last);
    m_rangeLast = std::max(first, last);
    m_proxy->setDateRange(m_rangeFirst.startOfDay(), m_rangeLast.addDays(1).startOfDay());
    const int custom = m_date->findData(QVariant::fromValue(StudioFilterProxy::DatePreset::Custom));
    const QLocale locale;
    m_date->setItemText(custom,
        tr("%1 – %2").arg(
            locale.toString(m_rangeFirst, QLocale::ShortFormat), locale.toString(m_rangeLast, QLocale::ShortFormat)));
    m_dateIndex = custom;
    m_date->setCurrentIndex(custom);
}

QDialog *LibraryFilterBar::dateRangeDialog() const
{
    return m_rangeDialog;
}

void LibraryFilterBar::chooseDateRange()
{
    if (m_rangeDialog) {
        m_rangeDialog->raise();
        return;
    }
    auto *dialog = new QDialog(this);
    m_rangeDialog = dialog;
    dialog->setObjectName(u"dateRangeDialog"_s);
    dialog->setWindowTitle(tr("Date Range"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QDate today = QDate::currentDate();
    auto *first = new QDateEdit(m_rangeFirst.isValid() ? m_rangeFirst : today.addDays(-6), dialog);
    auto *last = new QDateEdit(m_rangeLast.isValid() ? m_rangeLast : today, dialog);
    first->setObjectName(u"rangeFirst"_s);
    last->setObjectName(u"rangeLast"_s);
    first->setAccessibleName(tr("First day"));
    last->setAccessibleName(tr("Last day"));
    for (QDateEdit *edit : { first, last })
        edit->setCalendarPopup(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), first);
    form->addRow(tr("&To:"), last);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(
        dialog, &QDialog::accepted, this, [this, first, last]() { setCustomDateRange(first->date(), last->date()); });
    // Cancelled: the combo goes back to the filter in force.
    connect(dialog, &QDialog::rejected, this, [this]() {
        const QSignalBlocker blocker(m_date);
        m_date->setCurrentIndex(m_dateIndex);
    });
    dialog->open();
}

void LibraryFilterBar::updateProjects()
{
    const QStringList projects = m_model->projects();
    QStringList shown;
    for (int i = 1; i < m_project->count(); ++i)
        shown << m_project->itemData(i).toString();
    if (shown == projects)
        return;
    const QString current = m_project->currentData().toString();
    const QSignalBlocker blocker(m_project);
    while (m_project->count() > 1)
        m_project->removeItem(1);
    for (const QString &project : projects)
        m_project->addItem(project, project);
    const int index = m_project->findData(current);
    if (index >= 0) {
        m_project->setCurrentIndex(index);
    } else {
        m_project->setCurrentIndex(0);
        m_proxy->setProject({});
    }
}
} // namespace Dailies
