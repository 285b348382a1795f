// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver/videojob.h"

#include <QJsonValue>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dailies::Mock
{

namespace
{
QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue nullableTime(qint64 seconds)
{
    return seconds > 0 ? QJsonValue(seconds) : QJsonValue(QJsonValue::Null);
}

QString renderName(VideoJob::Render render)
{
    switch (render) {
    case VideoJob::Render::Pending:
        return u"pending"_s;
    case VideoJob::Render::Done:
        return u"done"_s;
    case VideoJob::Render::Failed:
        return u"failed"_s;
    }
    return {};
}
} // namespace

int VideoJob::width() const
{
    return size.section(u'x', 0, 0).toInt();
}

int VideoJob::height() const
{
    return size.section(u'x', 1, 1).toInt();
}

int VideoJob::durationSeconds() const
{
    return seconds.toInt();
}

VideoJob::State VideoJob::stateAt(qint64 nowMs) const
{
    State state;
    const qint64 elapsed = std::max<qint64>(0, nowMs - createdMs);
    const qint64 queuedMs = durationMs / 10;
    const qint64 workMs = std::max<qint64>(1, durationMs - queuedMs);
    const auto progressAt = [&](qint64 at) {
        return static_cast<int>(std::clamp<qint64>((at - queuedMs) * 100 / workMs, 0, 99));
    };
    state.remainingMs = std::max<qint64>(0, durationMs - elapsed);

    if (!plannedErrorCode.isEmpty() && elapsed >= durationMs / 2) {
        state.status = u"failed"_s;
        state.progress = progressAt(durationMs / 2);
        state.errorCode = plannedErrorCode;
        state.errorMessage = plannedErrorMessage;
        return state;
    }
    if (render == Render::Failed && elapsed >= queuedMs) {
        state.status = u"failed"_s;
        state.progress = progressAt(std::min(elapsed, durationMs));
        state.errorCode = u"internal_error"_s;
        state.errorMessage = renderError.isEmpty() ? u"The video could not be rendered."_s : renderError;
        return state;
    }
    if (elapsed < queuedMs) {
        state.status = u"queued"_s;
        return state;
    }
    if (elapsed < durationMs || stuck || render != Render::Done) {
        state.status = u"in_progress"_s;
        state.progress = stuck && elapsed >= durationMs ? 99 : progressAt(elapsed);
        return state;
    }
    state.status = u"completed"_s;
    state.progress = 100;
    state.completedAt = std::max(createdMs + durationMs, renderDoneMs) / 1000;
    state.expiresAt = state.completedAt + std::max<qint64>(1, ttlSeconds);
    return state;
}

QJsonObject VideoJob::toVideoObject(qint64 nowMs) const
{
    const State state = stateAt(nowMs);
    QJsonValue error(QJsonValue::Null);
    if (state.status == u"failed")
        error = QJsonObject { { u"code"_s, state.errorCode }, { u"message"_s, state.errorMessage } };
    return QJsonObject {
        { u"id"_s, id },
        { u"object"_s, u"video"_s },
        { u"model"_s, model },
        { u"status"_s, state.status },
        { u"progress"_s, state.progress },
        { u"created_at"_s, createdMs / 1000 },
        { u"completed_at"_s, nullableTime(state.completedAt) },
        { u"expires_at"_s, nullableTime(state.expiresAt) },
        { u"prompt"_s, prompt },
        { u"size"_s, size },
        { u"seconds"_s, seconds },
        { u"remixed_from_video_id"_s, nullable(remixedFromId) },
        { u"error"_s, error },
    };
}

QJsonObject VideoJob::toStorage() const
{
    return QJsonObject {
        { u"version"_s, 1 },
        { u"id"_s, id },
        { u"model"_s, model },
        { u"prompt"_s, prompt },
        { u"size"_s, size },
        { u"seconds"_s, seconds },
        { u"remixed_from_video_id"_s, nullable(remixedFromId) },
        { u"extension_count"_s, extensionCount },
        { u"source_seconds"_s, sourceSeconds },
        { u"created_ms"_s, createdMs },
        { u"duration_ms"_s, durationMs },
        { u"ttl_seconds"_s, ttlSeconds },
        { u"stuck"_s, stuck },
        { u"planned_error_code"_s, nullable(plannedErrorCode) },
        { u"planned_error_message"_s, nullable(plannedErrorMessage) },
        { u"render"_s, renderName(render) },
        { u"render_done_ms"_s, renderDoneMs },
        { u"render_error"_s, nullable(renderError) },
    };
}

std::optional<VideoJob> VideoJob::fromStorage(const QJsonObject &object)
{
    VideoJob job;
    job.id = object.value(u"id"_s).toString();
    job.model = object.value(u"model"_s).toString();
    job.prompt = object.value(u"prompt"_s).toString();
    job.size = object.value(u"size"_s).toString();
    job.seconds = object.value(u"seconds"_s).toString();
    job.remixedFromId = object.value(u"remixed_from_video_id"_s).toString();
    job.extensionCount = object.value(u"extension_count"_s).toInt();
    job.sourceSeconds = object.value(u"source_seconds"_s).toInt();
    job.createdMs = object.value(u"created_ms"_s).toInteger();
    job.durationMs = object.value(u"duration_ms"_s).toInteger();
    job.ttlSeconds = object.value(u"ttl_seconds"_s).toInteger(3600);
    job.stuck = object.value(u"stuck"_s).toBool();
    job.plannedErrorCode = object.value(u"planned_error_code"_s).toString();
    job.plannedErrorMessage = object.value(u"planned_error_message"_s).toString();
    const QString render = object.value(u"render"_s).toString();
    job.render = render == u"done" ? Render::Done : render == u"failed" ? Render::Failed : Render::Pending;
    job.renderDoneMs = object.value(u"render_done_ms"_s).toInteger();
    job.renderError = object.value(u"render_error"_s).toString();
    if (!job.id.startsWith(u"video_") || job.width() <= 0 || job.height() <= 0 || job.durationSeconds() <= 0
        || job.createdMs <= 0 || job.extensionCount < 0 || job.sourceSeconds < 0
        || job.sourceSeconds >= job.durationSeconds())
        return std::nullopt;
    return job;
}

} // namespace Dailies::Mock
