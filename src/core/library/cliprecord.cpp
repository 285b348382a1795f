// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/library/cliprecord.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "core/api/video.h"

using namespace Qt::StringLiterals;

namespace Dailies
{

namespace
{

constexpr int kSidecarVersion = 1;

// Header and field names that carry credentials; they never reach a sidecar even if a caller put them in a request.
bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k == "authorization"_L1 || k == "api-key"_L1 || k == "api_key"_L1 || k == "apikey"_L1 || k == "x-api-key"_L1
        || k == "openai-api-key"_L1 || k == "key"_L1 || k == "proxy-authorization"_L1;
}

QJsonValue scrubbed(const QJsonValue &value);

QJsonObject scrubbed(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()))
            continue;
        out.insert(it.key(), scrubbed(it.value()));
    }
    return out;
}

QJsonValue scrubbed(const QJsonValue &value)
{
    if (value.isObject())
        return scrubbed(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(scrubbed(v));
        return out;
    }
    if (value.isString() && value.toString().startsWith("Bearer "_L1, Qt::CaseInsensitive))
        return QJsonValue(u"[redacted]"_s);
    return value;
}

QJsonValue isoOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString relativeTo(const QDir &dir, const QString &path)
{
    return path.isEmpty() ? QString() : dir.relativeFilePath(path);
}

// Reads the fields of one sidecar, remembering the first problem with the name of the field that caused it.
class SidecarReader
{
public:
    explicit SidecarReader(QString sidecarPath)
        : m_path(std::move(sidecarPath))
    {
    }

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }

    void fail(const QString &field, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = ClipRecord::tr("sidecar '%1': field '%2' %3").arg(m_path, field, problem);
    }

    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &field, bool required)
    {
        const QJsonValue v = parent.value(key);
        if (v.isObject())
            return v.toObject();
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, ClipRecord::tr("is missing"));
        } else {
            fail(field, ClipRecord::tr("is not an object"));
        }
        return {};
    }

    QString string(const QJsonObject &parent, const QString &key, const QString &field, bool required)
    {
        const QJsonValue v = parent.value(key);
        if (v.isString()) {
            if (required && v.toString().isEmpty())
                fail(field, ClipRecord::tr("is empty"));
            return v.toString();
        }
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(field, ClipRecord::tr("is missing"));
        } else {
            fail(field, ClipRecord::tr("is not a string"));
        }
        return {};
    }

    QDateTime dateTime(const QJsonObject &parent, const QString &key, const QString &field, bool required)
    {
        const QString text = string(parent, key, field, required);
        if (text.isEmpty())
            return {};
        QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            fail(field, ClipRecord::tr("is not an ISO-8601 date and time ('%1')").arg(text));
        return at;
    }

    bool boolean(const QJsonObject &parent, const QString &key, const QString &field)
    {
        const QJsonValue v = parent.value(key);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined() && !v.isNull())
            fail(field, ClipRecord::tr("is not true or false"));
        return false;
    }

private:
    QString m_path;
    QString m_error;
};

// `seconds` is a string in requests, but a compatible provider may answer with a number.
QString secondsText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

QJsonObject ClipRecord::withoutSecrets(const QJsonObject &json)
{
    return scrubbed(json);
}

ClipRecord ClipRecord::fromVideo(const Api::Video &video, const QString &profile, const QDateTime &now)
{
    ClipRecord c;
    c.profile = profile;
    c.remoteId = video.id;
    c.prompt = video.prompt;
    c.model = video.model;
    c.size = video.size;
    c.seconds = video.seconds;
    c.request.insert(u"prompt"_s, video.prompt);
    if (video.remixedFromVideoId.isEmpty()) {
        for (const auto &[key, value] : { std::pair { u"model"_s, video.model }, std::pair { u"size"_s, video.size },
                 std::pair { u"seconds"_s, video.seconds } }) {
            if (!value.isEmpty())
                c.request.insert(key, value);
        }
    }
    c.response = video.raw;
    c.createdAt = video.createdAt;
    c.completedAt = video.completedAt.isValid() ? video.completedAt : now;
    c.addedAt = now;
    c.parentRemoteId = video.remixedFromVideoId;
    return c;
}

QJsonObject ClipRecord::toSidecar() const
{
    const QDir dir = sidecarPath.isEmpty() ? QDir() : QFileInfo(sidecarPath).absoluteDir();
    QJsonObject costJson;
    costJson.insert(u"amount"_s, cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null));
    costJson.insert(u"currency"_s, currency);

    QJsonObject provenance;
    provenance.insert(u"job_id"_s, jobId > 0 ? QJsonValue(jobId) : QJsonValue(QJsonValue::Null));
    provenance.insert(u"submitted_at"_s, isoOrNull(submittedAt));
    provenance.insert(u"created_at"_s, isoOrNull(createdAt));
    provenance.insert(u"completed_at"_s, isoOrNull(completedAt));
    provenance.insert(u"added_at"_s, isoOrNull(addedAt));
    provenance.insert(
        u"parent_remote_id"_s, parentRemoteId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parentRemoteId));
    if (!draftRemoteId.isEmpty())
        provenance.insert(u"draft_remote_id"_s, draftRemoteId);
    if (!origin.isEmpty())
        provenance.insert(u"origin"_s, origin);
    provenance.insert(u"settings_key"_s, settingsKey);
    provenance.insert(u"app"_s, QString(u"Dailies "_s + QCoreApplication::applicationVersion()).trimmed());

    QJsonObject files;
    files.insert(u"video"_s, relativeTo(dir, videoPath));
    files.insert(u"thumbnail"_s, relativeTo(dir, thumbnailPath));
    files.insert(u"spritesheet"_s, relativeTo(dir, spritesheetPath));

    QJsonObject user;
    user.insert(u"favourite"_s, favourite);
    user.insert(u"rating"_s, rating);
    user.insert(u"project"_s, project);
    user.insert(u"notes"_s, notes);
    user.insert(u"tags"_s, QJsonArray::fromStringList(tags));

    QJsonObject json;
    json.insert(u"dailies_sidecar"_s, kSidecarVersion);
    json.insert(u"profile"_s, profile);
    json.insert(u"remote_id"_s, remoteId);
    json.insert(u"prompt"_s, prompt);
    json.insert(u"model"_s, model);
    json.insert(u"size"_s, size);
    json.insert(u"seconds"_s, seconds);
    json.insert(u"request"_s, scrubbed(request));
    json.insert(u"response"_s, scrubbed(response));
    json.insert(u"cost"_s, costJson);
    json.insert(u"provenance"_s, provenance);
    json.insert(u"files"_s, files);
    json.insert(u"user"_s, user);
    return json;
}

std::optional<ClipRecord> ClipRecord::fromSidecar(const QJsonObject &json, const QString &sidecarPath, QString *error)
{
    SidecarReader r(sidecarPath);
    ClipRecord c;
    c.sidecarPath = sidecarPath.isEmpty() ? QString() : QFileInfo(sidecarPath).absoluteFilePath();
    const QDir dir = sidecarPath.isEmpty() ? QDir() : QFileInfo(sidecarPath).absoluteDir();

    const QJsonValue version = json.value("dailies_sidecar"_L1);
    if (version.isUndefined())
        r.fail(u"dailies_sidecar"_s, tr("is missing"));
    else if (!version.isDouble() || version.toInt() < 1)
        r.fail(u"dailies_sidecar"_s, tr("is not a sidecar version"));
    else if (version.toInt() > kSidecarVersion)
        r.fail(u"dailies_sidecar"_s,
            tr("is version %1; this Dailies reads up to %2").arg(version.toInt()).arg(kSidecarVersion));

    c.profile = r.string(json, u"profile"_s, u"profile"_s, true);
    c.remoteId = r.string(json, u"remote_id"_s, u"remote_id"_s, true);
    c.request = r.object(json, u"request"_s, u"request"_s, true);
    c.response = r.object(json, u"response"_s, u"response"_s, true);
    const QString responseId = r.string(c.response, u"id"_s, u"response.id"_s, r.ok());
    if (r.ok() && responseId != c.remoteId)
        r.fail(u"response.id"_s, tr("('%1') does not match 'remote_id' ('%2')").arg(responseId, c.remoteId));

    // Prompt and settings: the sidecar's own copy first, then the request as sent, then the provider's answer.
    auto pick = [&](const QString &key) {
        for (const QJsonObject *source :
            std::initializer_list<const QJsonObject *> { &json, &c.request, &c.response }) {
            const QString value = key == "seconds"_L1 ? secondsText(source->value(key)) : source->value(key).toString();
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    c.prompt = pick(u"prompt"_s); // may be empty: a provider's list need not carry it
    c.model = pick(u"model"_s);
    c.size = pick(u"size"_s);
    c.seconds = pick(u"seconds"_s);

    const QJsonObject costJson = r.object(json, u"cost"_s, u"cost"_s, false);
    const QJsonValue amount = costJson.value("amount"_L1);
    if (amount.isDouble())
        c.cost = amount.toDouble();
    else if (!amount.isUndefined() && !amount.isNull())
        r.fail(u"cost.amount"_s, tr("is not a number or null"));
    const QString currencyText = r.string(costJson, u"currency"_s, u"cost.currency"_s, false);
    if (!currencyText.isEmpty())
        c.currency = currencyText;

    const QJsonObject provenance = r.object(json, u"provenance"_s, u"provenance"_s, true);
    const QJsonValue jobIdValue = provenance.value("job_id"_L1);
    if (jobIdValue.isDouble())
        c.jobId = jobIdValue.toInteger();
    else if (!jobIdValue.isUndefined() && !jobIdValue.isNull())
        r.fail(u"provenance.job_id"_s, tr("is not a number or null"));
    c.submittedAt = r.dateTime(provenance, u"submitted_at"_s, u"provenance.submitted_at"_s, false);
    c.createdAt = r.dateTime(provenance, u"created_at"_s, u"provenance.created_at"_s, true);
    c.completedAt = r.dateTime(provenance, u"completed_at"_s, u"provenance.completed_at"_s, false);
    c.addedAt = r.dateTime(provenance, u"added_at"_s, u"provenance.added_at"_s, false);
    c.parentRemoteId = r.string(provenance, u"parent_remote_id"_s, u"provenance.parent_remote_id"_s, false);
    c.draftRemoteId = r.string(provenance, u"draft_remote_id"_s, u"provenance.draft_remote_id"_s, false);
    c.origin = r.string(provenance, u"origin"_s, u"provenance.origin"_s, false);
    c.settingsKey = r.string(provenance, u"settings_key"_s, u"provenance.settings_key"_s, false);
    if (c.settingsKey.isEmpty())
        c.settingsKey = settingsKeyFor(c.prompt, c.model, c.size, c.seconds);

    const QJsonObject files = r.object(json, u"files"_s, u"files"_s, true);
    const QString video = r.string(files, u"video"_s, u"files.video"_s, r.ok());
    const QString thumbnail = r.string(files, u"thumbnail"_s, u"files.thumbnail"_s, false);
    const QString spritesheet = r.string(files, u"spritesheet"_s, u"files.spritesheet"_s, false);
    for (const auto &[field, name] : { std::pair { u"files.video"_s, video },
             std::pair { u"files.thumbnail"_s, thumbnail }, std::pair { u"files.spritesheet"_s, spritesheet } }) {
        // A sidecar names files beside itself; anything that climbs out of its folder is not ours to open.
        if (QDir::isAbsolutePath(name) || name.split(u'/').contains(".."_L1) || name.contains(u'\\'))
            r.fail(field, tr("('%1') is not a file name beside the sidecar").arg(name));
    }
    auto resolve = [&dir](const QString &name) {
        return name.isEmpty() ? QString() : dir.absoluteFilePath(name);
    };
    c.videoPath = resolve(video);
    c.thumbnailPath = resolve(thumbnail);
    c.spritesheetPath = resolve(spritesheet);
    if (!c.videoPath.isEmpty())
        c.videoBytes = QFileInfo(c.videoPath).size();

    const QJsonObject user = r.object(json, u"user"_s, u"user"_s, false);
    c.favourite = r.boolean(user, u"favourite"_s, u"user.favourite"_s);
    const QJsonValue ratingValue = user.value("rating"_L1);
    if (ratingValue.isDouble()) {
        c.rating = ratingValue.toInt(-1);
        if (c.rating < 0 || c.rating > 5 || ratingValue.toDouble() != c.rating)
            r.fail(u"user.rating"_s, tr("is not a whole number from 0 to 5"));
    } else if (!ratingValue.isUndefined() && !ratingValue.isNull()) {
        r.fail(u"user.rating"_s, tr("is not a whole number from 0 to 5"));
    }
    c.project = r.string(user, u"project"_s, u"user.project"_s, false);
    c.notes = r.string(user, u"notes"_s, u"user.notes"_s, false);
    const QJsonValue tagsValue = user.value("tags"_L1);
    if (tagsValue.isArray()) {
        for (const QJsonValue &t : tagsValue.toArray()) {
            if (!t.isString()) {
                r.fail(u"user.tags"_s, tr("holds something that is not a string"));
                break;
            }
            c.tags << t.toString();
        }
    } else if (!tagsValue.isUndefined() && !tagsValue.isNull()) {
        r.fail(u"user.tags"_s, tr("is not a list of strings"));
    }

    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return c;
}

QString ClipRecord::settingsKeyFor(const QString &prompt, const QString &model, const QString &size,
    const QString &seconds, const QByteArray &referenceDigest)
{
    // The API's documented defaults, so that leaving a field empty finds the same take as naming its default.
    const QString fields[] = {
        prompt.simplified(),
        model.isEmpty() ? u"sora-2"_s : model,
        size.isEmpty() ? u"720x1280"_s : size,
        seconds.isEmpty() ? u"4"_s : seconds,
        QString::fromLatin1(referenceDigest.toHex()),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &field : fields) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Dailies
