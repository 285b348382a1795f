// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/librarypanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "widgets/studiodelegate.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

LibraryPanel::LibraryPanel(JobEngine *engine, Library *library, QWidget *parent)
    : QWidget(parent)
    , m_model(new StudioModel(engine, library, nullptr, this))
    , m_proxy(new StudioFilterProxy(library, this))
    , m_search(new QLineEdit(this))
    , m_filter(new QComboBox(this))
    , m_view(new QListView(this))
{
    setObjectName(u"libraryPanel"_s);
    m_proxy->setSourceModel(m_model);
    m_model->reload();

    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon::fromTheme(u"edit-find"_s), QLineEdit::LeadingPosition);

    m_filter->setObjectName(u"filter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All"), QVariant::fromValue(StudioFilterProxy::Group::All));
    m_filter->addItem(tr("Running"), QVariant::fromValue(StudioFilterProxy::Group::Running));
    m_filter->addItem(tr("Done"), QVariant::fromValue(StudioFilterProxy::Group::Done));
    m_filter->addItem(tr("Failed"), QVariant::fromValue(StudioFilterProxy::Group::Failed));
    m_filter->addItem(tr("Favourites"), QVariant::fromValue(StudioFilterProxy::Group::Favourites));

    m_view->setObjectName(u"studioList"_s);
    m_view->setAccessibleName(tr("Jobs and clips"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StudioDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &StudioFilterProxy::setSearchText);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this]() { m_proxy->setGroup(m_filter->currentData().value<StudioFilterProxy::Group>()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { Q_EMIT currentChanged(current); });
    // A running job that becomes a clip changes in place: the preview follows it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            const QModelIndex current = m_view->currentIndex();
            if (current.isValid() && current.row() >= topLeft.row() && current.row() <= bottomRight.row())
                Q_EMIT currentChanged(current);
        });
}

LibraryPanel::~LibraryPanel() = default;

bool LibraryPanel::selectJob(qint64 jobId)
{
    const int row = m_model->rowForJob(jobId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QModelIndex LibraryPanel::currentIndex() const
{
    return m_view->currentIndex();
}

} // namespace Dailies
