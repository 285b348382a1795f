// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/mockresponse.h"

#include "mockserver/errorresponse.h"

namespace Dailies::Mock
{

void MockResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &[key, headerValue] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            headerValue = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray MockResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

MockResponse MockResponse::json(int status, const QByteArray &json)
{
    MockResponse response;
    response.status = status;
    response.body = json;
    response.setHeader("Content-Type", "application/json");
    return response;
}

MockResponse MockResponse::error(const ErrorResponse &error)
{
    return json(error.status, error.toJson());
}

} // namespace Dailies::Mock
