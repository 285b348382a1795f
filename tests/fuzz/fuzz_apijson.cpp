// SPDX-License-Identifier: GPL-3.0-or-later
// The client's readers of API answers: a Video, a page of `GET /videos`, a deletion answer and an error body,
// as they arrive from the network.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

#include "core/api/apierror.h"
#include "core/api/reconcile.h"
#include "core/api/video.h"

using namespace Dailies::Api;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<ApiError> error = ApiError::fromErrorBody(bytes))
        (void)error->toString();

    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    QString problem;
    if (const std::optional<Video> video = Video::fromJson(object, &problem)) {
        (void)video->isFinished();
        (void)toString(video->status);
    }
    if (const std::optional<VideoPage> page = VideoPage::fromJson(object, &problem)) {
        CreateVideoRequest request;
        request.prompt = QStringLiteral("a cat");
        (void)matchLostCreate(*page, request, QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC), {});
    }
    (void)DeletedVideo::fromJson(object, &problem);
    return 0;
}
