// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/videolistcall.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

VideoListCall::VideoListCall(ProviderSession *session, ListQuery query, QObject *parent)
    : ApiCall(session, specFor(query), parent)
    , m_query(std::move(query))
{
}

RequestSpec VideoListCall::specFor(const ListQuery &query)
{
    RequestSpec spec;
    spec.path = u"videos"_s;
    if (query.limit > 0)
        spec.query.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (!query.order.isEmpty())
        spec.query.addQueryItem(u"order"_s, query.order);
    if (!query.after.isEmpty())
        spec.query.addQueryItem(u"after"_s, query.after);
    return spec;
}

ApiCall::Outcome VideoListCall::handleSuccess(QNetworkReply *reply)
{
    VideoPage page;
    if (!parseBody(reply, page))
        return Outcome::Finished;
    ++m_pages;
    Q_EMIT pageReceived(page);
    if (m_page.firstId.isEmpty())
        m_page.firstId = page.firstId;
    m_page.data.append(page.data);
    m_page.hasMore = page.hasMore;
    const QString previousLast = m_page.lastId;
    if (!page.lastId.isEmpty())
        m_page.lastId = page.lastId;

    const bool room = m_query.maxItems <= 0 || m_page.data.size() < m_query.maxItems;
    if (!m_query.allPages || !page.hasMore || page.lastId.isEmpty() || !room)
        return Outcome::Finished;
    if (page.lastId == previousLast || page.lastId == m_query.after) {
        setError(ApiError::parse(tr("The provider's list did not advance past '%1'; "
                                    "stopped paging to avoid a loop.")
                                     .arg(page.lastId)));
        return Outcome::Finished;
    }
    ListQuery next = m_query;
    next.after = page.lastId;
    sendNext(specFor(next));
    return Outcome::Continuing;
}

VideoListResult VideoListCall::result() const
{
    VideoListResult r { m_page, m_pages, error(), meta() };
    if (m_query.maxItems > 0 && r.page.data.size() > m_query.maxItems)
        r.page.data.resize(m_query.maxItems);
    return r;
}

void VideoListCall::emitFinished()
{
    Q_EMIT finished(result());
}

} // namespace Dailies::Api
