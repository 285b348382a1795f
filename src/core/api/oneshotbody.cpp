// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/oneshotbody.h"

#include <QFile>
#include <QFileInfo>
#include <cstring>

#include "core/api/apicall.h"

namespace Dailies::Api
{

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::seek(qint64 pos)
{
    // Only "staying put" is possible; going back would allow a silent second send.
    return pos == m_position;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (n <= 0)
        return m_position >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

qint64 OneShotBody::writeData(const char *data, qint64 size)
{
    Q_UNUSED(data)
    Q_UNUSED(size)
    return -1;
}

QByteArray OneShotBody::encodeMultipart(const QList<MultipartField> &fields, const QByteArray &boundary, QString *error)
{
    QByteArray body;
    for (const MultipartField &field : fields) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.name + '"';
        if (!field.filePath.isEmpty()) {
            QFile file(field.filePath);
            if (!file.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = tr("Cannot read '%1': %2").arg(field.filePath, file.errorString());
                return {};
            }
            QByteArray name = QFileInfo(field.filePath).fileName().toUtf8();
            name.replace('"', '_').replace('\r', '_').replace('\n', '_');
            body += "; filename=\"" + name + "\"\r\n";
            body += "Content-Type: "
                + (field.contentType.isEmpty() ? QByteArray("application/octet-stream") : field.contentType);
            body += "\r\n\r\n" + file.readAll() + "\r\n";
        } else {
            body += "\r\n";
            if (!field.contentType.isEmpty())
                body += "Content-Type: " + field.contentType + "\r\n";
            body += "\r\n" + field.value + "\r\n";
        }
    }
    body += "--" + boundary + "--\r\n";
    return body;
}

} // namespace Dailies::Api
