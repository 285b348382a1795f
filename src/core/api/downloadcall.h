// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>

#include "core/api/apicall.h"
#include "core/api/video.h"

namespace Dailies::Api
{

struct DownloadResult {
    QString filePath; ///< the final file, with the extension the Content-Type called for
    QByteArray contentType;
    qint64 bytes = 0;
    qint64 resumedFrom = 0; ///< bytes already on disk from an earlier attempt or run
    ApiError error;
    ResponseMeta meta;
    [[nodiscard]] bool ok() const { return !error; }
};

/**
 * `GET /videos/{id}/content?variant=…` streamed to `<directory>/<baseName>.part`. An existing part file is resumed
 * with `Range`; transport errors resume by the retry policy (every attempt that made progress earns a fresh
 * budget); the size is checked against what the server announced; a video must start with an MP4 `ftyp` box.
 * Only then is the part file synced and renamed atomically to `<baseName>.<ext>`, ext taken from the
 * Content-Type. On failure or cancel() the part file is kept for a later resume unless its bytes are known bad.
 * Ends with finished(DownloadResult).
 */
class DownloadCall final : public ApiCall
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadCall)

public:
    DownloadCall(ProviderSession *session, RequestSpec spec, ContentVariant variant, QString directory,
        QString baseName, QObject *parent);
    ~DownloadCall() override;

    [[nodiscard]] DownloadResult result() const;
    [[nodiscard]] QString partPath() const;
    /// The file extension (without dot) for a Content-Type, falling back to the variant's usual one.
    [[nodiscard]] static QString extensionFor(const QByteArray &contentType, ContentVariant variant);

Q_SIGNALS:
    void progress(qint64 bytesOnDisk, qint64 bytesTotal);
    void finished(const Dailies::Api::DownloadResult &result);

protected:
    void prepareRequest(QNetworkRequest &request) override;
    void replyCreated(QNetworkReply *reply) override;
    bool treatAsSuccess(QNetworkReply *reply, int httpStatus) override;
    Outcome handleSuccess(QNetworkReply *reply) override;
    bool isRetryableSuccessError(const ApiError &error) const override;
    [[nodiscard]] bool streamsBody() const override { return m_streaming; }
    void emitFinished() override;

private:
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void discardPart();
    [[nodiscard]] bool finalize();

    ContentVariant m_variant;
    QString m_directory;
    QString m_baseName;
    QFile m_file;
    qint64 m_requestedFrom = 0;
    qint64 m_total = -1;
    qint64 m_writtenBack = 0;
    qint64 m_lastAttemptSize = -1;
    qint64 m_resumedFrom = -1;
    bool m_streaming = false;
    bool m_partComplete = false;
    bool m_retryableFailure = false;
    QByteArray m_contentType;
    QString m_finalPath;
};

} // namespace Dailies::Api

Q_DECLARE_METATYPE(Dailies::Api::DownloadResult)
