// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/videoapiclient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

#include "core/api/providersession.h"
#include "core/util/clock.h"
#include "core/util/imageprobe.h"
#include "core/util/mp4probe.h"

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
    // Ids are opaque: gateways such as LiteLLM hand out `video_` + standard base64 (with '+', '/' and '='), and
    // the id goes into the path percent-encoded, as the official SDKs send it. Refused: what could change the
    // request's meaning rather than name a video (white space, '%', '?', '#', a "." or ".." segment), and ids
    // longer than any provider makes.
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.:+/=-]{1,1024}$"_s);
    const QStringList segments = videoId.split(u'/');
    const bool dotSegment = std::any_of(segments.cbegin(), segments.cend(),
        [](const QString &s) { return s.isEmpty() || s == "."_L1 || s == ".."_L1; });
    if (!pattern.match(videoId).hasMatch() || dotSegment)
        return ApiError::invalidInput(u"video_id"_s,
            tr("'%1' is not a video id (expected letters, digits, '_' "
               "and '-', such as video_68f1…).")
                .arg(videoId));
    return {};
}

ApiError VideoApiClient::validateExtensionSeconds(const QString &seconds)
{
    bool ok = false;
    const int n = seconds.toInt(&ok);
    if (!ok || std::find(kExtensionSeconds.cbegin(), kExtensionSeconds.cend(), n) == kExtensionSeconds.cend())
        return ApiError::invalidInput(
            u"seconds"_s, tr("An extension adds 4, 8, 12, 16 or 20 seconds, not '%1'.").arg(seconds));
    return {};
}

ApiError VideoApiClient::validateCharacter(const QString &name, const QString &mp4Path)
{
    if (name.trimmed().isEmpty())
        return ApiError::invalidInput(u"name"_s, tr("A character needs a name, the one prompts will use."));
    if (name.size() > kMaxCharacterName)
        return ApiError::invalidInput(u"name"_s,
            tr("A character's name has at most %1 characters; this one has %2.")
                .arg(kMaxCharacterName)
                .arg(name.size()));
    QFile file(mp4Path);
    if (!file.open(QIODevice::ReadOnly))
        return ApiError::invalidInput(
            u"video"_s, tr("Cannot read the character clip '%1': %2").arg(mp4Path, file.errorString()));
    if (file.size() > kMaxCharacterBytes)
        return ApiError::invalidInput(u"video"_s,
            tr("The character clip is %1 MiB; the limit is %2 MiB. Use a 2 to 4 second clip.")
                .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(kMaxCharacterBytes / (1024 * 1024)));
    const Mp4Probe probe = Mp4Probe::probe(&file);
    const QString fileName = QFileInfo(mp4Path).fileName();
    if (!probe.isMp4)
        return ApiError::invalidInput(u"video"_s,
            tr("'%1' is not an MP4 video; a character is made from a 2 to 4 second MP4 clip.").arg(fileName));
    if (!probe.seconds)
        return ApiError::invalidInput(u"video"_s,
            tr("The length of '%1' cannot be read (no movie header); export it again as a 2 to 4 second MP4.")
                .arg(fileName));
    constexpr double kSlack = 0.1; // AAC priming and padding make a clip a little longer than cut
    if (*probe.seconds < kMinCharacterSeconds - kSlack || *probe.seconds > kMaxCharacterSeconds + kSlack)
        return ApiError::invalidInput(u"video"_s,
            tr("'%1' is %2 s long; a character is made from a clip of 2 to 4 seconds.")
                .arg(fileName, QString::number(*probe.seconds, 'f', 1)));
    return {};
}

ApiError VideoApiClient::validateCreate(const CreateVideoRequest &request)
{
    if (ApiError e = validatePrompt(request.prompt))
        return e;
    if (request.characters.size() > CreateVideoRequest::kMaxCharacters)
        return ApiError::invalidInput(u"characters"_s,
            tr("A video can show at most %1 characters; this one names %2.")
                .arg(CreateVideoRequest::kMaxCharacters)
                .arg(request.characters.size()));
    for (const QString &id : request.characters) {
        if (ApiError e = validateVideoId(id))
            return ApiError::invalidInput(u"characters"_s, tr("'%1' is not a character id.").arg(id));
    }
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
        // Everything else of the JSON body (characters, extra fields) in the SDKs' bracket encoding.
        QJsonObject rest = request.toJson();
        for (const char *sent : { "prompt", "model", "size", "seconds" })
            rest.remove(QLatin1StringView(sent));
        for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) {
            for (const auto &[name, value] : formFields(it.key().toUtf8(), it.value()))
                spec.multipart.append({ name, value, {}, {} });
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
    return fromSource(u"videos/"_s + pathSegment(videoId) + u"/remix"_s, videoId, prompt, {}, {});
}

VideoCall *VideoApiClient::edit(const QString &videoId, const QString &prompt)
{
    return fromSource(
        u"videos/edits"_s, videoId, prompt, QJsonObject { { "video"_L1, QJsonObject { { "id"_L1, videoId } } } }, {});
}

VideoCall *VideoApiClient::extend(const QString &videoId, const QString &prompt, const QString &seconds)
{
    return fromSource(u"videos/extensions"_s, videoId, prompt,
        QJsonObject { { "video"_L1, QJsonObject { { "id"_L1, videoId } } }, { "seconds"_L1, seconds } },
        validateExtensionSeconds(seconds));
}

VideoCall *VideoApiClient::fromSource(
    const QString &path, const QString &videoId, const QString &prompt, QJsonObject body, const ApiError &invalid)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = path;
    spec.createsResource = true;
    spec.timeout = m_timeouts.create;
    body.insert("prompt"_L1, prompt);
    spec.jsonBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto *call = new VideoCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateVideoId(videoId))
        call->failBeforeStart(e);
    else if (ApiError p = validatePrompt(prompt))
        call->failBeforeStart(p);
    else if (invalid)
        call->failBeforeStart(invalid);
    return call;
}

CharacterCall *VideoApiClient::createCharacter(const QString &name, const QString &mp4Path)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.path = u"videos/characters"_s;
    spec.createsResource = true; // a second upload would make a second character
    spec.timeout = m_timeouts.create;
    spec.multipart.append({ "name", name.trimmed().toUtf8(), {}, {} });
    spec.multipart.append({ "video", {}, mp4Path, "video/mp4" });
    auto *call = new CharacterCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateCharacter(name, mp4Path))
        call->failBeforeStart(e);
    return call;
}

CharacterCall *VideoApiClient::retrieveCharacter(const QString &characterId)
{
    RequestSpec spec;
    spec.path = u"videos/characters/"_s + pathSegment(characterId);
    spec.timeout = m_timeouts.request;
    auto *call = new CharacterCall(m_session.get(), std::move(spec), this);
    if (ApiError e = validateVideoId(characterId))
        call->failBeforeStart(
            ApiError::invalidInput(u"character_id"_s, tr("'%1' is not a character id.").arg(characterId)));
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
