// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/studiofilterproxy.h"

namespace Dailies
{

StudioFilterProxy::StudioFilterProxy(Library *library, QObject *parent)
    : QIdentityProxyModel(parent)
{
    Q_UNUSED(library)
}

StudioFilterProxy::~StudioFilterProxy() = default;

void StudioFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_model = qobject_cast<StudioModel *>(model);
    Q_ASSERT_X(!model || m_model, "StudioFilterProxy", "the source must be a StudioModel");
    QIdentityProxyModel::setSourceModel(m_model);
    if (m_model)
        m_model->setView(m_view);
}

void StudioFilterProxy::apply(const StudioModel::View &view)
{
    if (view == m_view)
        return;
    m_view = view;
    ++m_filterInvalidations;
    if (m_model)
        m_model->setView(m_view);
}

void StudioFilterProxy::setGroup(Group group)
{
    StudioModel::View view = m_view;
    view.group = group;
    apply(view);
}

void StudioFilterProxy::setProject(const QString &project)
{
    StudioModel::View view = m_view;
    view.project = project;
    apply(view);
}

void StudioFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    m_datePreset = from.isValid() || to.isValid() ? DatePreset::Custom : DatePreset::AnyTime;
    StudioModel::View view = m_view;
    view.from = from;
    view.to = to;
    apply(view);
}

void StudioFilterProxy::setDatePreset(DatePreset preset, const QDateTime &now)
{
    if (preset == DatePreset::Custom) {
        m_datePreset = m_view.from.isValid() || m_view.to.isValid() ? DatePreset::Custom : DatePreset::AnyTime;
        return;
    }
    const auto [from, to] = rangeOf(preset, now);
    setDateRange(from, to);
    m_datePreset = preset;
}

std::pair<QDateTime, QDateTime> StudioFilterProxy::rangeOf(DatePreset preset, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    int daysBack = 0;
    switch (preset) {
    case DatePreset::AnyTime:
    case DatePreset::Custom:
        return {};
    case DatePreset::Today:
        daysBack = 0;
        break;
    case DatePreset::Last7Days:
        daysBack = 6;
        break;
    case DatePreset::Last30Days:
        daysBack = 29;
        break;
    }
    return { today.addDays(-daysBack).startOfDay(), QDateTime() };
}

void StudioFilterProxy::setSearchText(const QString &text)
{
    StudioModel::View view = m_view;
    // Text without a word in it ("*", quotes) is no search at all.
    view.search = StudioModel::searchWords(text).isEmpty() ? QString() : text.simplified();
    apply(view);
}

void StudioFilterProxy::setSortKey(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    StudioModel::View view = m_view;
    switch (key) {
    case SortKey::Created:
        view.order = ClipOrder::Created;
        break;
    case SortKey::Prompt:
        view.order = ClipOrder::Prompt;
        break;
    case SortKey::Cost:
        view.order = ClipOrder::Cost;
        break;
    case SortKey::Rating:
        view.order = ClipOrder::Rating;
        break;
    }
    view.ascending = order == Qt::AscendingOrder;
    apply(view);
}

int StudioFilterProxy::searchQueries() const
{
    return m_model ? m_model->searchQueries() : 0;
}

} // namespace Dailies
