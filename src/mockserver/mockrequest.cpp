// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/mockrequest.h"

namespace Dailies::Mock
{

QByteArray MockRequest::header(QByteArrayView name) const
{
    QByteArray value;
    for (const auto &[key, headerValue] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += headerValue;
    }
    return value;
}

bool MockRequest::wantsClose() const
{
    return header("connection").trimmed().toLower().contains("close");
}

} // namespace Dailies::Mock
