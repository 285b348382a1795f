// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace Dailies::Mock
{

/// The ten operations of `/v1/videos` the demo server implements.
enum class ApiRoute {
    Create,
    List,
    Retrieve,
    Delete,
    Content,
    Remix,
    Edit,
    Extend,
    CreateCharacter,
    RetrieveCharacter
};

/// Every route, in the order of the enum.
[[nodiscard]] const QList<ApiRoute> &allApiRoutes();
/// The counter key of a route, e.g. "POST /videos" or "GET /videos/{id}/content".
[[nodiscard]] QString apiRouteKey(ApiRoute route);
/// The name of a route in the fault grammar: create, list, retrieve, delete, content, remix, edit, extend,
/// create-character or retrieve-character.
[[nodiscard]] QString apiRouteToken(ApiRoute route);
/// The route for a fault-grammar name, or nothing when the name is unknown.
[[nodiscard]] std::optional<ApiRoute> apiRouteFromToken(QStringView token);
/// Whether a route makes a video job (create, remix, edit, extend): the routes `stuck`, `moderation` and `lose` apply
/// to.
[[nodiscard]] bool apiRouteMakesJob(ApiRoute route);

} // namespace Dailies::Mock
