// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/videoapiclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include "core/api/providersession.h"
#include "core/util/clock.h"
#include "core/util/imageprobe.h"

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

namespace
{

QString pathSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

VideoApiClient::VideoApiClient(ProviderProfile profile, QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<ProviderSession>(std::move(profile), nam, clock ? clock : &SystemClock::instance()))
{
    m_session->healthChanged = [this] {
        Q_EMIT healthChanged();
    };
}

VideoApiClient::~VideoApiClient()
{
    // Calls are children and refer to the session: delete them while it still exists.
    qDeleteAll(findChildren<ApiCall *>(Qt::FindDirectChildrenOnly));
}

const ProviderProfile &VideoApiClient::profile() const
{
    return m_session->profile;
}

void VideoApiClient::setApiKey(const QString &key)
{
    m_session->apiKey = key.trimmed();
}

void VideoApiClient::setRetryPolicy(const RetryPolicy &policy)
{
    m_session->retryPolicy = policy;
}

const RetryPolicy &VideoApiClient::retryPolicy() const
{
    return m_session->retryPolicy;
}

const RateLimiter &VideoApiClient::rateLimiter() const
{
    return m_session->rateLimiter;
}

const ProviderHealth &VideoApiClient::health() const
{
    return m_session->health;
}

CircuitBreaker &VideoApiClient::circuitBreaker()
{
    return m_session->circuitBreaker;
}

ApiError VideoApiClient::validatePrompt(const QString &prompt)
{
    if (prompt.trimmed().isEmpty())
        return ApiError::invalidInput(u"prompt"_s, tr("The prompt is empty; describe the shot to generate."));
    const qsizetype length = prompt.toUcs4().size();
    if (length > kMaxPromptLength)
        return ApiError::invalidInput(u"prompt"_s,
            tr("The prompt has %1 characters; the API takes at most %2. "
               "Shorten it by %3 characters.")
                .arg(length)
                .arg(kMaxPromptLength)
                .arg(length - kMaxPromptLength));
    return {};
}

ApiError VideoApiClient::validateVideoId(const QString &videoId)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.:-]{1,200}$"_s);
    // "." and ".." pass the pattern but are dot segments: QUrl would resolve videos/.. to the base URL's parent.
    if (!pattern.match(videoId).hasMatch() || videoId == "."_L1 || videoId == ".."_L1)
        return ApiError::invalidInput(u"video_id"_s,
            tr("'%1' is not a video id (expected letters, digits, '_' "
               "and '-', such as video_68f1…).")
                .arg(videoId));
    return {};
}

ApiError VideoApiClient::validateCreate(const CreateVideoRequest &request)
{
    if (ApiError e = validatePrompt(request.prompt))
        return e;
    const int references = int(!request.inputReferencePath.isEmpty()) + int(!request.inputReferenceUrl.isEmpty())
        + int(!request.inputReferenceFileId.isEmpty());
    if (references > 1)
        return ApiError::invalidInput(
            u"input_reference"_s, tr("Give one reference image: a file, an image URL or a file id, not several."));
    if (!request.size.isEmpty() && !parseVideoSize(request.size).isValid())
        return ApiError::invalidInput(
            u"size"_s, tr("'%1' is not a size; write width x height, such as 1280x720.").arg(request.size));
    if (!request.inputReferencePath.isEmpty()) {
        const QFileInfo info(request.inputReferencePath);
        if (!info.exists() || !info.isFile())
            return ApiError::invalidInput(
                u"input_reference"_s, tr("The reference image '%1' does not exist.").arg(request.inputReferencePath));
        if (info.size() > kMaxReferenceBytes)
            return ApiError::invalidInput(u"input_reference"_s,
                tr("The reference image is %1 MiB; the limit is %2 MiB.")
                    .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                    .arg(kMaxReferenceBytes / (1024 * 1024)));
        QString readError;
        const ImageProbe probe = ImageProbe::probeFile(request.inputReferencePath, &readError);
        if (!readError.isEmpty())
            return ApiError::invalidInput(u"input_reference"_s, readError);
        if (probe.format == ImageProbe::Format::Unknown)
            return ApiError::invalidInput(
                u"input_reference"_s, tr("'%1' is not a JPEG, PNG or WebP image.").arg(info.fileName()));
        const QSize wanted = parseVideoSize(request.size.isEmpty() ? u"720x1280"_s : request.size);
        if (probe.size.isValid() && wanted.isValid() && probe.size != wanted)
            return ApiError::invalidInput(u"input_reference"_s,
                tr("The reference image is %1x%2 but the video is %3x%4; the API needs them "
                   "to match exactly. Fit or crop the image to %3x%4 first.")
                    .arg(probe.size.width())
                    .arg(probe.size.height())
                    .arg(wanted.width())
                    .arg(wanted.height()));
    }
    if (!request.inputReferenceUrl.isEmpty()) {
        const QUrl url(request.inputReferenceUrl);
        const bool dataUrl = request.inputReferenceUrl.startsWith("data:image/"_L1);
        const bool https
            = url.scheme() == "https"_L1 || (url.scheme() == "http"_L1 && ProviderProfile::isLoopback(url));
        if (!dataUrl && !https)
            return ApiError::invalidInput(
                u"input_reference.image_url"_s, tr("The image URL must be an https:// address or a data:image/… URL."));
    }
    return {};
}

VideoCall *VideoApiClient::create(const CreateVideoRequest &request)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = u"videos"_s;
    spec.createsResource = true;
    spec.timeout = m_timeouts.create;
    const ApiError invalid = validateCreate(request);
    if (!invalid && !request.inputReferencePath.isEmpty()) {
        const auto add = [&spec](const char *name, const QString &value) {
            if (!value.isEmpty())
                spec.multipart.append({ QByteArray(name), value.toUtf8(), {}, {} });
        };
        add("prompt", request.prompt);
        add("model", request.model);
        add("size", request.size);
        add("seconds", request.seconds);
        for (auto it = request.extra.constBegin(); it != request.extra.constEnd(); ++it) {
            const QJsonValue v = it.value();
            const QByteArray value = v.isString() ? v.toString().toUtf8()
                : v.isDouble()                    ? QByteArray::number(v.toDouble())
                                                  : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
            spec.multipart.append({ it.key().toUtf8(), value, {}, {} });
        }
        const ImageProbe probe = ImageProbe::probeFile(request.inputReferencePath, nullptr);
        spec.multipart.append({ "input_reference", {}, request.inputReferencePath, probe.mimeType() });
    } else {
        spec.jsonBody = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    }
    auto *call = new VideoCall(m_session.get(), std::move(spec), this);
    if (invalid)
        call->failBeforeStart(invalid);
    return call;
}

VideoCall *VideoApiClient::retrieve(const QString &videoId)
{
    RequestSpec spec;
    spec.path = u"videos/"_s + pathSegment(videoId);
    spec.timeout = m_timeouts.request;
    auto *call = new VideoCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateVideoId(videoId))
        call->failBeforeStart(e);
    return call;
}

VideoListCall *VideoApiClient::list(const ListQuery &query)
{
    auto *call = new VideoListCall(m_session.get(), query, this);
    return call;
}

DeleteVideoCall *VideoApiClient::remove(const QString &videoId)
{
    RequestSpec spec;
    spec.method = "DELETE";
    spec.path = u"videos/"_s + pathSegment(videoId);
    spec.timeout = m_timeouts.request;
    auto *call = new DeleteVideoCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateVideoId(videoId))
        call->failBeforeStart(e);
    return call;
}

VideoCall *VideoApiClient::remix(const QString &videoId, const QString &prompt)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = u"videos/"_s + pathSegment(videoId) + u"/remix"_s;
    spec.createsResource = true;
    spec.timeout = m_timeouts.create;
    spec.jsonBody = QJsonDocument(QJsonObject { { "prompt"_L1, prompt } }).toJson(QJsonDocument::Compact);
    auto *call = new VideoCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateVideoId(videoId))
        call->failBeforeStart(e);
    else if (ApiError p = validatePrompt(prompt))
        call->failBeforeStart(p);
    return call;
}

DownloadCall *VideoApiClient::download(
    const QString &videoId, ContentVariant variant, const QString &directory, const QString &baseName)
{
    RequestSpec spec;
    spec.path = u"videos/"_s + pathSegment(videoId) + u"/content"_s;
    spec.query.addQueryItem(u"variant"_s, toString(variant));
    spec.accept = "application/binary";
    spec.timeout = m_timeouts.download;
    auto *call = new DownloadCall(m_session.get(), std::move(spec), variant, directory, baseName, this);
    if (ApiError e = validateVideoId(videoId))
        call->failBeforeStart(e);
    else if (baseName.isEmpty() || baseName.contains(u'/') || baseName.contains(u'\\') || baseName.startsWith(u'.'))
        call->failBeforeStart(
            ApiError::invalidInput(u"file_name"_s, tr("'%1' is not a usable file name.").arg(baseName)));
    return call;
}

} // namespace Dailies::Api
