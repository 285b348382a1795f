// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/apiroute.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

const QList<ApiRoute> &allApiRoutes()
{
    static const QList<ApiRoute> routes { ApiRoute::Create, ApiRoute::List, ApiRoute::Retrieve, ApiRoute::Delete,
        ApiRoute::Content, ApiRoute::Remix, ApiRoute::Edit, ApiRoute::Extend, ApiRoute::CreateCharacter,
        ApiRoute::RetrieveCharacter };
    return routes;
}

QString apiRouteKey(ApiRoute route)
{
    switch (route) {
    case ApiRoute::Create:
        return u"POST /videos"_s;
    case ApiRoute::List:
        return u"GET /videos"_s;
    case ApiRoute::Retrieve:
        return u"GET /videos/{id}"_s;
    case ApiRoute::Delete:
        return u"DELETE /videos/{id}"_s;
    case ApiRoute::Content:
        return u"GET /videos/{id}/content"_s;
    case ApiRoute::Remix:
        return u"POST /videos/{id}/remix"_s;
    case ApiRoute::Edit:
        return u"POST /videos/edits"_s;
    case ApiRoute::Extend:
        return u"POST /videos/extensions"_s;
    case ApiRoute::CreateCharacter:
        return u"POST /videos/characters"_s;
    case ApiRoute::RetrieveCharacter:
        return u"GET /videos/characters/{id}"_s;
    }
    return {};
}

QString apiRouteToken(ApiRoute route)
{
    switch (route) {
    case ApiRoute::Create:
        return u"create"_s;
    case ApiRoute::List:
        return u"list"_s;
    case ApiRoute::Retrieve:
        return u"retrieve"_s;
    case ApiRoute::Delete:
        return u"delete"_s;
    case ApiRoute::Content:
        return u"content"_s;
    case ApiRoute::Remix:
        return u"remix"_s;
    case ApiRoute::Edit:
        return u"edit"_s;
    case ApiRoute::Extend:
        return u"extend"_s;
    case ApiRoute::CreateCharacter:
        return u"create-character"_s;
    case ApiRoute::RetrieveCharacter:
        return u"retrieve-character"_s;
    }
    return {};
}

std::optional<ApiRoute> apiRouteFromToken(QStringView token)
{
    for (const ApiRoute route : allApiRoutes()) {
        if (token == apiRouteToken(route))
            return route;
    }
    return std::nullopt;
}

bool apiRouteMakesJob(ApiRoute route)
{
    return route == ApiRoute::Create || route == ApiRoute::Remix || route == ApiRoute::Edit
        || route == ApiRoute::Extend;
}

} // namespace Dailies::Mock
