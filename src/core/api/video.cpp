// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/api/video.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Dailies::Api
{

namespace
{

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::String:
        return u"a string"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

// Small readers that accept what the spec allows (and null where it allows null) and name the field otherwise.
class Reader
{
public:
    Reader(const QJsonObject &object, QString context)
        : m_object(object)
        , m_context(std::move(context))
    {
    }

    QString requiredString(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString() || v.toString().isEmpty())
            fail(key, Video::tr("a non-empty string"), v);
        return v.toString();
    }

    QString optionalString(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isDouble()) // `seconds` arrived as a number from some gateways
            return QString::number(v.toDouble());
        if (!v.isString())
            fail(key, Video::tr("a string or null"), v);
        return v.toString();
    }

    QDateTime optionalTime(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        // A number outside qint64 would make the conversion undefined (found by fuzz_apijson); nothing after
        // the year 9999 is a time the API means.
        constexpr double kLatest = 253402300799.0; // 9999-12-31T23:59:59Z
        if (!v.isDouble() || !(std::abs(v.toDouble()) <= kLatest)) {
            fail(key, Video::tr("a unix time in seconds"), v);
            return {};
        }
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(v.toDouble()), Qt::UTC);
    }

    int optionalInt(QLatin1StringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return 0;
        if (!v.isDouble()) {
            fail(key, Video::tr("a number"), v);
            return 0;
        }
        return v.toInt();
    }

    bool ok() const { return m_error.isEmpty(); }

    /// The parsed value, or std::nullopt with *error set when a field was wrong.
    template<typename T>
    std::optional<T> result(T value, QString *error) const
    {
        if (ok())
            return value;
        if (error)
            *error = m_error;
        return std::nullopt;
    }
    const QString &error() const { return m_error; }

    void fail(QLatin1StringView key, const QString &expected, const QJsonValue &got)
    {
        if (m_error.isEmpty())
            m_error = Video::tr("%1: field '%2' should be %3 but is %4.").arg(m_context, key, expected, typeName(got));
    }

private:
    const QJsonObject &m_object;
    QString m_context;
    QString m_error;
};

} // namespace

QString toString(VideoStatus status)
{
    switch (status) {
    case VideoStatus::Queued:
        return u"queued"_s;
    case VideoStatus::InProgress:
        return u"in_progress"_s;
    case VideoStatus::Completed:
        return u"completed"_s;
    case VideoStatus::Failed:
        return u"failed"_s;
    case VideoStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

VideoStatus videoStatusFromString(const QString &text)
{
    if (text == "queued"_L1)
        return VideoStatus::Queued;
    if (text == "in_progress"_L1)
        return VideoStatus::InProgress;
    if (text == "completed"_L1)
        return VideoStatus::Completed;
    if (text == "failed"_L1)
        return VideoStatus::Failed;
    return VideoStatus::Unknown;
}

QString toString(ContentVariant variant)
{
    switch (variant) {
    case ContentVariant::Video:
        return u"video"_s;
    case ContentVariant::Thumbnail:
        return u"thumbnail"_s;
    case ContentVariant::Spritesheet:
        return u"spritesheet"_s;
    }
    return u"video"_s;
}

std::optional<ContentVariant> contentVariantFromString(const QString &text)
{
    for (auto v : { ContentVariant::Video, ContentVariant::Thumbnail, ContentVariant::Spritesheet }) {
        if (toString(v) == text)
            return v;
    }
    return std::nullopt;
}

std::optional<Video> Video::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(object, Video::tr("Video object"));
    Video v;
    v.raw = object;
    v.id = r.requiredString("id"_L1);
    const QString objectType = r.optionalString("object"_L1);
    if (r.ok() && !objectType.isEmpty() && objectType != "video"_L1)
        r.fail("object"_L1, u"\"video\""_s, object.value("object"_L1));
    v.model = r.optionalString("model"_L1);
    v.statusText = r.requiredString("status"_L1);
    v.status = videoStatusFromString(v.statusText);
    v.progress = qBound(0, r.optionalInt("progress"_L1), 100);
    v.createdAt = r.optionalTime("created_at"_L1);
    v.completedAt = r.optionalTime("completed_at"_L1);
    v.expiresAt = r.optionalTime("expires_at"_L1);
    v.prompt = r.optionalString("prompt"_L1);
    v.size = r.optionalString("size"_L1);
    v.seconds = r.optionalString("seconds"_L1);
    v.remixedFromVideoId = r.optionalString("remixed_from_video_id"_L1);
    const QJsonValue err = object.value("error"_L1);
    if (err.isObject()) {
        Reader er(err.toObject(), Video::tr("Video error"));
        v.errorCode = er.optionalString("code"_L1);
        v.errorMessage = er.optionalString("message"_L1);
        if (!er.ok() && r.ok())
            r.fail("error"_L1, Video::tr("an object with code and message"), err);
    } else if (!err.isNull() && !err.isUndefined()) {
        r.fail("error"_L1, Video::tr("an object or null"), err);
    }
    return r.result(std::move(v), error);
}

std::optional<VideoPage> VideoPage::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(object, Video::tr("Video list"));
    VideoPage page;
    const QJsonValue data = object.value("data"_L1);
    if (!data.isArray()) {
        r.fail("data"_L1, Video::tr("an array"), data);
    } else {
        const QJsonArray items = data.toArray();
        page.data.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            QString itemError;
            auto video = items.at(i).isObject() ? Video::fromJson(items.at(i).toObject(), &itemError) : std::nullopt;
            if (!video) {
                if (itemError.isEmpty())
                    itemError = Video::tr("it is %1").arg(typeName(items.at(i)));
                r.fail("data"_L1, Video::tr("an array of video objects (item %1: %2)").arg(i).arg(itemError), data);
                break;
            }
            page.data.append(*video);
        }
    }
    page.firstId = r.optionalString("first_id"_L1);
    page.lastId = r.optionalString("last_id"_L1);
    const QJsonValue more = object.value("has_more"_L1);
    if (more.isBool())
        page.hasMore = more.toBool();
    else if (!more.isUndefined() && !more.isNull())
        r.fail("has_more"_L1, Video::tr("a boolean"), more);
    if (page.lastId.isEmpty() && !page.data.isEmpty())
        page.lastId = page.data.constLast().id;
    return r.result(std::move(page), error);
}

std::optional<DeletedVideo> DeletedVideo::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(object, Video::tr("Deletion answer"));
    DeletedVideo d;
    d.raw = object;
    d.id = r.requiredString("id"_L1);
    const QJsonValue deleted = object.value("deleted"_L1);
    if (!deleted.isBool())
        r.fail("deleted"_L1, Video::tr("a boolean"), deleted);
    d.deleted = deleted.toBool();
    return r.result(std::move(d), error);
}

std::optional<Character> Character::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(object, Video::tr("Character"));
    Character c;
    c.raw = object;
    c.id = r.requiredString("id"_L1);
    c.name = r.optionalString("name"_L1);
    c.createdAt = r.optionalTime("created_at"_L1);
    return r.result(std::move(c), error);
}

QList<std::pair<QByteArray, QByteArray>> formFields(const QByteArray &key, const QJsonValue &value)
{
    QList<std::pair<QByteArray, QByteArray>> fields;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            fields += formFields(key + '[' + it.key().toUtf8() + ']', it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            fields += formFields(key + "[]", item);
        break;
    }
    case QJsonValue::Bool:
        fields.append({ key, value.toBool() ? "true" : "false" });
        break;
    case QJsonValue::Double:
        fields.append({ key, QByteArray::number(value.toDouble(), 'g', 17) });
        break;
    case QJsonValue::String:
        fields.append({ key, value.toString().toUtf8() });
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return fields;
}

QJsonObject CreateVideoRequest::toJson() const
{
    QJsonObject body = extra;
    body.insert("prompt"_L1, prompt);
    if (!model.isEmpty())
        body.insert("model"_L1, model);
    if (!size.isEmpty())
        body.insert("size"_L1, size);
    if (!seconds.isEmpty())
        body.insert("seconds"_L1, seconds);
    if (!inputReferenceUrl.isEmpty())
        body.insert("input_reference"_L1, QJsonObject { { "image_url"_L1, inputReferenceUrl } });
    else if (!inputReferenceFileId.isEmpty())
        body.insert("input_reference"_L1, QJsonObject { { "file_id"_L1, inputReferenceFileId } });
    if (!characters.isEmpty()) {
        QJsonArray list;
        for (const QString &id : characters)
            list.append(QJsonObject { { "id"_L1, id } });
        body.insert("characters"_L1, list);
    }
    return body;
}

} // namespace Dailies::Api
