// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that implement CreateRequestParser (createrequestparser*.cpp); not part of its interface.

#include <QJsonValue>
#include <QString>

#include "mockserver/errorresponse.h"

namespace Dailies::Mock::ParseDetail
{

QString typeName(const QJsonValue &value);
ErrorResponse invalidType(const QString &param, const QString &expected, const QString &got);
ErrorResponse invalidValue(const QString &param, const QString &message);
qsizetype characterCount(const QString &text);
ErrorResponse stringTooShort(const QString &param);
ErrorResponse stringTooLong(const QString &param, qsizetype maximum, qsizetype length);

} // namespace Dailies::Mock::ParseDetail
