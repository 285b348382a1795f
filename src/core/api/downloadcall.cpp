// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/downloadcall.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QRegularExpression>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/falloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

namespace
{

constexpr qint64 kChunk = 256 * 1024;

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').value(0).trimmed().toLower();
}

bool isMediaType(const QByteArray &type)
{
    return type.startsWith("video/") || type.startsWith("image/") || type == "application/octet-stream"
        || type == "application/binary" || type == "binary/octet-stream" || type.isEmpty();
}

void syncFile(QFile &file)
{
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#else
    Q_UNUSED(file)
#endif
}

// Starts writing back what has reached the page cache so far, without waiting, so that the fsync at the end of a
// large download has little left to do; and reserves the file's size when it is known.
void startWriteBack(QFile &file, qint64 from, qint64 to)
{
#ifdef Q_OS_LINUX
    ::sync_file_range(file.handle(), from, to - from, SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(file)
    Q_UNUSED(from)
    Q_UNUSED(to)
#endif
}

void reserve(QFile &file, qint64 size)
{
#ifdef Q_OS_LINUX
    // KEEP_SIZE: the file's size must keep saying how many bytes arrived (size checks, resume after a crash).
    if (size > 0)
        ::fallocate(file.handle(), FALLOC_FL_KEEP_SIZE, 0, size);
#else
    Q_UNUSED(file)
    Q_UNUSED(size)
#endif
}

constexpr qint64 kWriteBackEvery = 32 * 1024 * 1024;

void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

} // namespace

DownloadCall::DownloadCall(ProviderSession *session, RequestSpec spec, ContentVariant variant, QString directory,
    QString baseName, QObject *parent)
    : ApiCall(session, std::move(spec), parent)
    , m_variant(variant)
    , m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
{
}

DownloadCall::~DownloadCall()
{
    if (m_file.isOpen())
        m_file.close();
}

QString DownloadCall::partPath() const
{
    return QDir(m_directory).filePath(m_baseName + u".part"_s);
}

QString DownloadCall::extensionFor(const QByteArray &contentType, ContentVariant variant)
{
    static const QHash<QByteArray, QString> known = {
        { "video/mp4"_ba, u"mp4"_s },
        { "video/quicktime"_ba, u"mov"_s },
        { "video/webm"_ba, u"webm"_s },
        { "image/webp"_ba, u"webp"_s },
        { "image/jpeg"_ba, u"jpg"_s },
        { "image/jpg"_ba, u"jpg"_s },
        { "image/png"_ba, u"png"_s },
        { "image/gif"_ba, u"gif"_s },
    };
    if (const auto it = known.constFind(mediaType(contentType)); it != known.cend())
        return *it;
    switch (variant) {
    case ContentVariant::Video:
        return u"mp4"_s;
    case ContentVariant::Thumbnail:
        return u"webp"_s;
    case ContentVariant::Spritesheet:
        return u"jpg"_s;
    }
    return u"bin"_s;
}

void DownloadCall::prepareRequest(QNetworkRequest &request)
{
    if (m_file.isOpen())
        m_file.close();
    m_streaming = false;
    m_partComplete = false;
    m_retryableFailure = false;
    const QFileInfo part(partPath());
    m_requestedFrom = part.exists() ? part.size() : 0;
    if (m_resumedFrom < 0)
        m_resumedFrom = m_requestedFrom;
    if (m_lastAttemptSize >= 0 && m_requestedFrom > m_lastAttemptSize)
        resetRetries(); // the last attempt made progress: a flaky long transfer is not a dead one
    m_lastAttemptSize = m_requestedFrom;
    if (m_requestedFrom > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_requestedFrom) + '-');
}

void DownloadCall::replyCreated(QNetworkReply *reply)
{
    reply->setReadBufferSize(4 * kChunk); // back-pressure keeps memory flat however large the clip
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
}

bool DownloadCall::treatAsSuccess(QNetworkReply *reply, int httpStatus)
{
    Q_UNUSED(reply)
    return httpStatus == 416 && m_partComplete;
}

void DownloadCall::onMetaData(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 || (status >= 300 && status < 400))
        return;
    m_contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    static const QRegularExpression range(uR"(bytes\s+(\d+)-(\d+)/(\d+|\*))"_s);
    static const QRegularExpression unsatisfied(uR"(bytes\s+\*/(\d+))"_s);
    const QString contentRange = QString::fromLatin1(reply->rawHeader("Content-Range"));

    if (status == 416) {
        const QRegularExpressionMatch m = unsatisfied.match(contentRange);
        if (m.hasMatch() && m.captured(1).toLongLong() == m_requestedFrom && m_requestedFrom > 0) {
            m_total = m_requestedFrom;
            m_partComplete = true;
        } else {
            discardPart(); // the part does not fit the file on the server any more; start over
            abortReply(reply, ApiError::parse(tr("The server refused to resume the download; starting over.")), true);
        }
        return;
    }
    if (status != 200 && status != 206)
        return; // an error answer: the base class reads its body
    if (!isMediaType(mediaType(m_contentType))) {
        abortReply(reply,
            ApiError::parse(tr("The server sent '%1' instead of the %2 file.")
                                .arg(QString::fromLatin1(m_contentType), toString(m_variant)),
                status),
            false);
        return;
    }
    bool hasLength = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    QIODevice::OpenMode mode = QIODevice::WriteOnly;
    if (status == 206) {
        const QRegularExpressionMatch m = range.match(contentRange);
        if (!m.hasMatch() || m.captured(1).toLongLong() != m_requestedFrom) {
            discardPart();
            abortReply(reply,
                ApiError::parse(tr("The server resumed at the wrong place ('%1' for byte %2); starting over.")
                                    .arg(contentRange)
                                    .arg(m_requestedFrom)),
                true);
            return;
        }
        m_total = m.captured(3) == "*"_L1 ? (hasLength ? m_requestedFrom + length : -1) : m.captured(3).toLongLong();
        mode |= QIODevice::Append;
    } else {
        m_requestedFrom = 0; // the server ignored Range: the whole file comes again
        m_total = hasLength ? length : -1;
        mode |= QIODevice::Truncate;
    }
    QDir().mkpath(m_directory);
    m_file.setFileName(partPath());
    if (!m_file.open(mode)) {
        abortReply(reply, ApiError::io(tr("Cannot write '%1': %2").arg(partPath(), m_file.errorString())), false);
        return;
    }
    m_streaming = true;
    m_writtenBack = m_file.size();
    if (m_total > 0)
        reserve(m_file, m_total);
    Q_EMIT progress(m_file.size(), m_total);
}

void DownloadCall::onReadyRead(QNetworkReply *reply)
{
    if (!m_streaming)
        return;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(kChunk);
        if (m_total >= 0 && m_file.size() + chunk.size() > m_total) {
            m_streaming = false;
            discardPart();
            abortReply(reply,
                ApiError::parse(tr("The server sent more than the %1 bytes it announced; the download was "
                                   "discarded.")
                                    .arg(m_total)),
                false);
            return;
        }
        if (m_file.write(chunk) != chunk.size()) {
            m_streaming = false;
            const QString reason = m_file.errorString();
            m_file.close();
            abortReply(reply,
                ApiError::io(tr("Cannot write '%1' (is the disk full or read-only?): %2").arg(partPath(), reason)),
                false);
            return;
        }
    }
    const qint64 written = m_file.pos();
    if (written - m_writtenBack >= kWriteBackEvery) {
        m_file.flush();
        startWriteBack(m_file, m_writtenBack, written);
        m_writtenBack = written;
    }
    Q_EMIT progress(written, m_total);
}

ApiCall::Outcome DownloadCall::handleSuccess(QNetworkReply *reply)
{
    if (!m_partComplete) {
        if (!m_streaming) {
            setError(ApiError::parse(tr("The download ended before any data arrived.")));
            return Outcome::Finished;
        }
        onReadyRead(reply);
        if (!m_streaming)
            return Outcome::Finished;
        if (!m_file.flush()) {
            setError(ApiError::io(tr("Cannot write '%1': %2").arg(partPath(), m_file.errorString())));
            return Outcome::Finished;
        }
        const qint64 have = m_file.size();
        if (m_total >= 0 && have < m_total) {
            m_file.close();
            m_retryableFailure = true;
            setError(ApiError::parse(tr("The download was cut short: %1 of %2 bytes arrived.").arg(have).arg(m_total)));
            return Outcome::Finished;
        }
        m_total = have;
    }
    if (!finalize())
        return Outcome::Finished;
    return Outcome::Finished;
}

bool DownloadCall::finalize()
{
    if (m_file.isOpen())
        m_file.close();
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadOnly)) {
        setError(ApiError::io(tr("Cannot open '%1': %2").arg(partPath(), m_file.errorString())));
        return false;
    }
    const bool expectMp4 = mediaType(m_contentType) == "video/mp4"
        || (m_variant == ContentVariant::Video && !mediaType(m_contentType).startsWith("video/"));
    if (expectMp4) {
        const QByteArray head = m_file.read(12);
        if (head.size() < 8 || head.mid(4, 4) != "ftyp") {
            m_file.close();
            discardPart();
            setError(ApiError::parse(tr("The downloaded file is not an MP4 video (no 'ftyp' box at its start).")));
            return false;
        }
    }
    syncFile(m_file);
    m_file.close();
    m_finalPath = QDir(m_directory).filePath(m_baseName + u'.' + extensionFor(m_contentType, m_variant));
    std::error_code ec;
    std::filesystem::rename(
        QFile::encodeName(partPath()).toStdString(), QFile::encodeName(m_finalPath).toStdString(), ec);
    if (ec) {
        setError(ApiError::io(tr("Cannot move the download into place as '%1': %2")
                                  .arg(m_finalPath, QString::fromLocal8Bit(ec.message().c_str()))));
        m_finalPath.clear();
        return false;
    }
    syncDirectory(m_directory);
    return true;
}

void DownloadCall::discardPart()
{
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(partPath());
}

bool DownloadCall::isRetryableSuccessError(const ApiError &error) const
{
    return m_retryableFailure || ApiCall::isRetryableSuccessError(error);
}

DownloadResult DownloadCall::result() const
{
    DownloadResult r;
    r.filePath = m_finalPath;
    r.contentType = m_contentType;
    r.bytes = m_finalPath.isEmpty() ? 0 : QFileInfo(m_finalPath).size();
    r.resumedFrom = std::max<qint64>(0, m_resumedFrom);
    r.error = error();
    r.meta = meta();
    return r;
}

void DownloadCall::emitFinished()
{
    if (m_file.isOpen())
        m_file.close();
    Q_EMIT finished(result());
}

} // namespace Dailies::Api
