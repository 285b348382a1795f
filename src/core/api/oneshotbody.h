// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Dailies::Api
{

/**
 * A request body that can be read exactly once. Qt's HTTP stack silently sends a request again when its
 * connection closes before any answer byte, POST included, if it can rewind the body; for a create that would
 * bill a second job. Sent from this sequential device (with DoNotBufferUploadDataAttribute), such a re-send
 * fails with QNetworkReply::ContentReSendError instead, and the call reports its outcome as unknown.
 */
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    OneShotBody(QByteArray data, QObject *parent);
    ~OneShotBody() override = default;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64 pos) override;
    [[nodiscard]] qint64 size() const override { return m_data.size(); }
    [[nodiscard]] bool atEnd() const override { return m_position >= m_data.size(); }

    /// `multipart/form-data` bytes for fields and files (files are read now; the caller caps their size).
    /// Returns an empty array and sets *error when a file cannot be read.
    [[nodiscard]] static QByteArray encodeMultipart(
        const QList<struct MultipartField> &fields, const QByteArray &boundary, QString *error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Dailies::Api
