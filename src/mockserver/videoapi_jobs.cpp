// SPDX-License-Identifier: GPL-3.0-or-later
// The routes that make jobs (create, remix, edit, extend) and characters.
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

#include "mockserver/characterstore.h"
#include "mockserver/cliprenderer.h"
#include "mockserver/createrequestparser.h"
#include "mockserver/jobstore.h"
#include "mockserver/videoapi.h"
#include "mockserver/videoapi_p.h"
#include "mockserver/videojob.h"

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

using namespace ApiDetail;

MockResponse VideoApi::create(const MockRequest &request)
{
    CreateParams params;
    ErrorResponse error;
    if (!CreateRequestParser::parseCreate(request, &params, &error))
        return errorWith(error);
    if (const std::optional<ErrorResponse> refused = checkCharacters(params.characterIds, params.prompt))
        return errorWith(*refused);
    VideoJob job;
    job.model = params.model;
    job.prompt = params.prompt;
    job.size = params.size;
    job.seconds = params.seconds;
    return startJob(ApiRoute::Create, std::move(job));
}

std::optional<ErrorResponse> VideoApi::checkCharacters(const QStringList &ids, const QString &prompt)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const VideoCharacter *character = m_characters->find(ids.at(i));
        if (!character) {
            return ErrorResponse::invalidRequest(u"characters[%1].id"_s.arg(i), u"character_not_found"_s,
                u"Character with id '%1' not found."_s.arg(ids.at(i)));
        }
        if (!prompt.contains(character->name)) {
            return ErrorResponse::invalidRequest(u"prompt"_s, u"character_not_in_prompt"_s,
                u"The prompt must contain the name of character '%1', '%2', exactly as written (it is case-"
                "sensitive)."_s.arg(character->id, character->name));
        }
    }
    return std::nullopt;
}

std::optional<ErrorResponse> VideoApi::findSource(const QString &id, const QString &action, const VideoJob **source)
{
    const QString param = u"video.id"_s;
    *source = m_store->find(id);
    if (!*source) {
        return ErrorResponse::invalidRequest(
            param, u"video_not_found"_s, u"Video with id '%1' not found; it cannot be %2."_s.arg(id, action));
    }
    const qint64 now = nowMs();
    const VideoJob::State state = (*source)->stateAt(now);
    if (state.status != u"completed") {
        return ErrorResponse::invalidRequest(param, u"video_not_ready"_s,
            u"Video '%1' is %2; only a completed video can be %3."_s.arg(id, state.status, action));
    }
    if (now >= state.expiresAt * 1000 || !QFileInfo::exists(m_store->assetPath(id, ClipRenderer::videoFileName()))) {
        return ErrorResponse::invalidRequest(param, u"content_expired"_s,
            u"The content of video '%1' has expired; it can no longer be %2."_s.arg(id, action));
    }
    return std::nullopt;
}

MockResponse VideoApi::edit(const MockRequest &request)
{
    SourceVideoParams params;
    ErrorResponse error;
    if (!CreateRequestParser::parseEdit(request, &params, &error))
        return errorWith(error);
    const VideoJob *source = nullptr;
    if (const std::optional<ErrorResponse> refused = findSource(params.videoId, u"edited"_s, &source))
        return errorWith(*refused);
    VideoJob job;
    job.model = source->model;
    job.size = source->size;
    job.seconds = source->seconds;
    job.prompt = params.prompt;
    job.remixedFromId = source->id;
    job.extensionCount = source->extensionCount;
    return startJob(ApiRoute::Edit, std::move(job));
}

MockResponse VideoApi::extend(const MockRequest &request)
{
    SourceVideoParams params;
    ErrorResponse error;
    if (!CreateRequestParser::parseExtend(request, &params, &error))
        return errorWith(error);
    const VideoJob *source = nullptr;
    if (const std::optional<ErrorResponse> refused = findSource(params.videoId, u"extended"_s, &source))
        return errorWith(*refused);
    if (source->extensionCount >= kMaxExtensions) {
        return errorWith(ErrorResponse::invalidRequest(u"video.id"_s, u"too_many_extensions"_s,
            u"Video '%1' has been extended %2 times already; a video can be extended at most %2 times."_s
                .arg(source->id)
                .arg(kMaxExtensions)));
    }
    const int total = source->durationSeconds() + params.seconds.toInt();
    if (total > kMaxExtendedSeconds) {
        return errorWith(ErrorResponse::invalidRequest(u"seconds"_s, u"invalid_value"_s,
            u"Invalid 'seconds': extending the %1-second video '%2' by %3 seconds would make it %4 seconds long; an "
            "extended video can be at most %5 seconds long."_s.arg(source->durationSeconds())
                .arg(source->id, params.seconds)
                .arg(total)
                .arg(kMaxExtendedSeconds)));
    }
    VideoJob job;
    job.model = source->model;
    job.size = source->size;
    job.seconds = QString::number(total);
    job.prompt = params.prompt;
    job.remixedFromId = source->id;
    job.extensionCount = source->extensionCount + 1;
    job.sourceSeconds = source->durationSeconds();
    return startJob(ApiRoute::Extend, std::move(job));
}

MockResponse VideoApi::createCharacter(const MockRequest &request)
{
    CharacterParams params;
    ErrorResponse error;
    if (!CreateRequestParser::parseCharacter(request, &params, &error))
        return errorWith(error);
    QString problem;
    const std::optional<VideoCharacter> character
        = m_characters->add(params.name, params.video, params.seconds, &problem);
    if (!character) {
        qWarning("dailies-mockserver: %s", qUtf8Printable(problem));
        return errorWith(ErrorResponse { 500, u"The character could not be stored."_s, u"server_error"_s, {}, {} });
    }
    return MockResponse::json(200, compact(character->toApiObject()));
}

MockResponse VideoApi::retrieveCharacter(const QString &id)
{
    const VideoCharacter *character = m_characters->find(id);
    if (!character) {
        return errorWith(
            ErrorResponse::invalidRequest({}, u"not_found"_s, u"Character with id '%1' not found."_s.arg(id), 404));
    }
    return MockResponse::json(200, compact(character->toApiObject()));
}

MockResponse VideoApi::remix(const QString &id, const MockRequest &request)
{
    const VideoJob *source = m_store->find(id);
    if (!source)
        return errorWith(ErrorResponse::videoNotFound(id));
    QString prompt;
    ErrorResponse error;
    if (!CreateRequestParser::parseRemix(request, &prompt, &error))
        return errorWith(error);
    const VideoJob::State state = source->stateAt(nowMs());
    if (state.status != u"completed") {
        return errorWith(ErrorResponse::invalidRequest({}, u"video_not_ready"_s,
            u"Video '%1' is %2; only a completed video can be remixed."_s.arg(id, state.status)));
    }
    VideoJob job;
    job.model = source->model;
    job.size = source->size;
    job.seconds = source->seconds;
    job.prompt = prompt;
    job.remixedFromId = source->id;
    return startJob(ApiRoute::Remix, std::move(job));
}

MockResponse VideoApi::startJob(ApiRoute route, VideoJob job)
{
    const std::optional<FaultRule> blocked = m_faults.moderation(route, job.prompt);
    const QString blockedMessage = u"Your request was blocked by our moderation system."_s;
    if (blocked && !blocked->atJob)
        return errorWith(ErrorResponse::invalidRequest({}, u"moderation_blocked"_s, blockedMessage));

    const qint64 now = nowMs();
    const double scale = m_settings.timeScale;
    job.id = m_store->newId(now);
    job.createdMs = now;
    job.durationMs = std::max<qint64>(1, std::llround((8000.0 + 1500.0 * job.durationSeconds()) * scale));
    job.ttlSeconds = std::max<qint64>(1, static_cast<qint64>(std::ceil(m_settings.assetTtlSeconds * scale)));
    job.stuck = m_faults.stuck(route);
    if (blocked) {
        job.plannedErrorCode = u"moderation_blocked"_s;
        job.plannedErrorMessage = blockedMessage;
    }
    const VideoJob &added = m_store->add(std::move(job));
    MockResponse response = MockResponse::json(200, compact(added.toVideoObject(now)));
    if (m_faults.lose(route))
        response.delivery = MockResponse::Delivery::Drop;
    return response;
}

} // namespace Dailies::Mock
