// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement VideoApi (videoapi*.cpp); not part of its interface.

#include <QByteArray>
#include <QJsonObject>

#include "mockserver/errorresponse.h"
#include "mockserver/mockresponse.h"

namespace Dailies::Mock::ApiDetail
{

qint64 nowMs();
QByteArray compact(const QJsonObject &object);
MockResponse errorWith(const ErrorResponse &error);

} // namespace Dailies::Mock::ApiDetail
