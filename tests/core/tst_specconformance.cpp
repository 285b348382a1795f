// SPDX-License-Identifier: GPL-3.0-or-later
// Every request body the client sends is checked against the request schemas of OpenAI's published spec (a
// verbatim copy in tests/core/data/openai-videos.yaml): required fields present, no field the schema lacks, strings
// within their lengths, nested objects by their own schemas. A request the spec forbids must not leave.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../mockserver/testvideos.h"
#include "core/api/videoapiclient.h"
#include "support/fakenetworkaccessmanager.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;
using Dailies::Test::FakeNetworkAccessManager;
using Dailies::Test::FakeResponse;
using Dailies::Test::ManualClock;
using Dailies::Test::RecordedRequest;

namespace
{

/// What the spec says of one property.
struct Property {
    QString type; ///< "string", "object", … or empty
    QString ref; ///< the schema it refers to, if it is a $ref
    int minLength = -1;
    int maxLength = -1;
    bool binary = false; ///< a file part (format: binary), possibly among oneOf choices
};

struct Schema {
    QMap<QString, Property> properties;
    QStringList required;
};

/**
 * Reads `components.schemas` of the spec: the properties of each schema with their type, $ref, lengths and whether
 * a file may be sent, and the required list. The spec is block YAML with two-space indentation throughout, which
 * is all this needs to understand.
 */
QMap<QString, Schema> readSchemas(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression keyLine(uR"(^( *)([A-Za-z0-9_$-]+):\s*(.*)$)"_s);
    static const QRegularExpression itemLine(uR"(^( *)- +(.*)$)"_s);
    QMap<QString, Schema> schemas;
    bool inSchemas = false;
    QString schema;
    QString section; // "properties" or "required" directly under the schema
    QString property;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(u'#'))
            continue;
        const QRegularExpressionMatch key = keyLine.match(line);
        const QRegularExpressionMatch item = itemLine.match(line);
        const qsizetype indent = key.hasMatch() ? key.capturedLength(1) : item.hasMatch() ? item.capturedLength(1) : -1;
        if (key.hasMatch() && indent == 2)
            inSchemas = key.captured(2) == "schemas"_L1;
        if (key.hasMatch() && indent == 0)
            inSchemas = false;
        if (!inSchemas || indent < 4)
            continue;
        if (key.hasMatch() && indent == 4) {
            schema = key.captured(2);
            schemas[schema];
            section.clear();
            continue;
        }
        if (key.hasMatch() && indent == 6) {
            section = key.captured(2);
            continue;
        }
        if (section == "required"_L1 && item.hasMatch() && indent == 8)
            schemas[schema].required << item.captured(2).remove(u'"');
        if (section != "properties"_L1)
            continue;
        if (key.hasMatch() && indent == 8) {
            property = key.captured(2);
            schemas[schema].properties[property];
            continue;
        }
        Property &p = schemas[schema].properties[property];
        const QString name = key.hasMatch() ? key.captured(2) : QString();
        const QString value = key.hasMatch() ? key.captured(3).remove(u'"') : item.captured(2).remove(u'"');
        if (name == "type"_L1 && indent == 10)
            p.type = value;
        else if (name == "minLength"_L1)
            p.minLength = value.toInt();
        else if (name == "maxLength"_L1)
            p.maxLength = value.toInt();
        else if (name == "format"_L1 && value == "binary"_L1)
            p.binary = true;
        else if (name == "$ref"_L1 || value.startsWith("$ref:"_L1))
            p.ref = value.section(u'/', -1).trimmed();
    }
    return schemas;
}

/// The problems of a JSON body against `schemaName` (empty: it conforms). `allowed` are fields the guide adds.
QStringList check(const QMap<QString, Schema> &schemas, const QString &schemaName, const QJsonObject &body,
    const QStringList &allowed = {}, const QString &where = {})
{
    QStringList problems;
    const auto it = schemas.constFind(schemaName);
    if (it == schemas.cend())
        return { u"no schema %1 in the spec"_s.arg(schemaName) };
    for (const QString &name : it->required) {
        if (!body.contains(name))
            problems << u"%1%2 is required"_s.arg(where, name);
    }
    for (auto field = body.constBegin(); field != body.constEnd(); ++field) {
        if (allowed.contains(field.key()))
            continue;
        const auto p = it->properties.constFind(field.key());
        if (p == it->properties.cend()) {
            problems << u"%1%2 is not in %3"_s.arg(where, field.key(), schemaName);
            continue;
        }
        if (field->isString()) {
            const qsizetype length = field->toString().size();
            if ((p->minLength >= 0 && length < p->minLength) || (p->maxLength >= 0 && length > p->maxLength))
                problems << u"%1%2 has %3 characters"_s.arg(where, field.key()).arg(length);
            const bool objectRef = !p->ref.isEmpty() && !schemas.value(p->ref).properties.isEmpty();
            if (p->type == "object"_L1 || objectRef)
                problems << u"%1%2 must be an object"_s.arg(where, field.key());
        }
        if (field->isObject() && !p->ref.isEmpty() && schemas.contains(p->ref)
            && !schemas.value(p->ref).properties.isEmpty())
            problems += check(schemas, p->ref, field->toObject(), {}, where + field.key() + u'.');
    }
    return problems;
}

/// The top-level field names of a multipart body (`characters[][id]` counts as `characters`) and which are files.
std::pair<QStringList, QStringList> multipartFields(const QByteArray &body)
{
    static const QRegularExpression disposition(
        uR"(Content-Disposition: form-data; name="([^"\[]+)[^"]*"(; filename=)?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    QStringList files;
    auto matches = disposition.globalMatch(QString::fromLatin1(body));
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        names << m.captured(1);
        if (m.capturedLength(2) > 0)
            files << m.captured(1);
    }
    names.removeDuplicates();
    return { names, files };
}

QStringList checkMultipart(const QMap<QString, Schema> &schemas, const QString &schemaName, const QByteArray &body,
    const QStringList &allowed = {})
{
    const auto [names, files] = multipartFields(body);
    QStringList problems;
    const Schema schema = schemas.value(schemaName);
    for (const QString &name : schema.required) {
        if (!names.contains(name))
            problems << u"%1 is required"_s.arg(name);
    }
    for (const QString &name : names) {
        if (allowed.contains(name))
            continue;
        if (!schema.properties.contains(name))
            problems << u"%1 is not in %2"_s.arg(name, schemaName);
        else if (files.contains(name) && !schema.properties.value(name).binary)
            problems << u"%1 may not be a file"_s.arg(name);
    }
    return problems;
}

} // namespace

class TestSpecConformance : public QObject
{
    Q_OBJECT

private:
    QMap<QString, Schema> m_schemas;
    QTemporaryDir m_dir;

    // Sends one call through a scripted network and returns the request as it left.
    template<typename Make>
    RecordedRequest sent(Make make)
    {
        FakeNetworkAccessManager nam;
        ManualClock clock;
        VideoApiClient client(
            ProviderProfile::compatible(u"test"_s, QUrl(u"https://api.example.test/v1"_s)), &nam, &clock);
        client.setApiKey(u"sk-test"_s);
        nam.enqueue(FakeResponse::json(200, R"({"id":"video_2","object":"video","status":"queued"})"_ba));
        ApiCall *call = make(client);
        for (int i = 0; i < 100 && nam.requests().isEmpty(); ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        call->cancel();
        return nam.requests().isEmpty() ? RecordedRequest {} : nam.requests().constFirst();
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_schemas = readSchemas(QFINDTESTDATA("data/openai-videos.yaml"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The reader understood the spec: a few facts read back.
        QCOMPARE(m_schemas.value(u"CreateVideoEditJsonBody"_s).required, (QStringList { u"video"_s, u"prompt"_s }));
        QCOMPARE(m_schemas.value(u"CreateVideoExtendJsonBody"_s).required,
            (QStringList { u"video"_s, u"prompt"_s, u"seconds"_s }));
        QCOMPARE(m_schemas.value(u"CreateVideoJsonBody"_s).properties.value(u"prompt"_s).maxLength, 32000);
        QCOMPARE(m_schemas.value(u"CreateVideoEditJsonBody"_s).properties.value(u"video"_s).ref,
            u"VideoReferenceInputParam"_s);
        QVERIFY(m_schemas.value(u"CreateVideoCharacterBody"_s).properties.value(u"video"_s).binary);
        QVERIFY(m_schemas.value(u"CreateVideoMultipartBody"_s).properties.value(u"input_reference"_s).binary);
        QCOMPARE(m_schemas.value(u"VideoReferenceInputParam"_s).required, QStringList { u"id"_s });
    }

    // The checker itself: bodies the spec forbids are caught.
    void checkerCatchesWhatTheSpecForbids_data()
    {
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("edit by video_id")
            << u"CreateVideoEditJsonBody"_s << R"({"video_id":"v","prompt":"p"})"_ba << u"video is required"_s;
        QTest::newRow("edit video as a string")
            << u"CreateVideoEditJsonBody"_s << R"({"video":"v","prompt":"p"})"_ba << u"video must be an object"_s;
        QTest::newRow("extension without seconds")
            << u"CreateVideoExtendJsonBody"_s << R"({"video":{"id":"v"},"prompt":"p"})"_ba << u"seconds is required"_s;
        QTest::newRow("reference by video_id")
            << u"CreateVideoExtendJsonBody"_s << R"({"video":{"video_id":"v"},"prompt":"p","seconds":"4"})"_ba
            << u"video.id is required"_s;
        QTest::newRow("empty prompt") << u"CreateVideoRemixBody"_s << R"({"prompt":""})"_ba << u"0 characters"_s;
        QTest::newRow("unknown field") << u"CreateVideoJsonBody"_s << R"({"prompt":"p","quality":"high"})"_ba
                                       << u"quality is not in"_s;
    }

    void checkerCatchesWhatTheSpecForbids()
    {
        QFETCH(QString, schema);
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const QStringList problems = check(m_schemas, schema, QJsonDocument::fromJson(body).object());
        QVERIFY2(problems.join(u"; "_s).contains(problem), qPrintable(problems.join(u"; "_s)));
    }

    void jsonBodiesConform_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("schema");
        QTest::newRow("create") << u"create"_s << u"/v1/videos"_s << u"CreateVideoJsonBody"_s;
        QTest::newRow("create with an image URL and characters")
            << u"create-full"_s << u"/v1/videos"_s << u"CreateVideoJsonBody"_s;
        QTest::newRow("remix") << u"remix"_s << u"/v1/videos/video_1/remix"_s << u"CreateVideoRemixBody"_s;
        QTest::newRow("edit") << u"edit"_s << u"/v1/videos/edits"_s << u"CreateVideoEditJsonBody"_s;
        QTest::newRow("extend") << u"extend"_s << u"/v1/videos/extensions"_s << u"CreateVideoExtendJsonBody"_s;
    }

    void jsonBodiesConform()
    {
        QFETCH(QString, operation);
        QFETCH(QString, path);
        QFETCH(QString, schema);
        const RecordedRequest r = sent([&](VideoApiClient &client) -> ApiCall * {
            if (operation == "remix"_L1)
                return client.remix(u"video_1"_s, u"the cat bows"_s);
            if (operation == "edit"_L1)
                return client.edit(u"video_1"_s, u"the cat at night"_s);
            if (operation == "extend"_L1)
                return client.extend(u"video_1"_s, u"the cat walks off"_s, u"8"_s);
            CreateVideoRequest request {
                .prompt = u"Mara and her cat"_s, .model = u"sora-2"_s, .size = u"1280x720"_s, .seconds = u"4"_s
            };
            if (operation == "create-full"_L1) {
                request.inputReferenceUrl = u"https://example.com/frame.png"_s;
                request.characters = { u"char_1"_s };
            }
            return client.create(request);
        });
        QCOMPARE(r.method, "POST"_ba);
        QCOMPARE(r.url.path(), path);
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toString(), u"application/json"_s);
        // `characters` on create is in the March 2026 guide, not in the spec.
        const QStringList problems
            = check(m_schemas, schema, QJsonDocument::fromJson(r.body).object(), { u"characters"_s });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    }

    void multipartBodiesConform_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("schema");
        QTest::newRow("create with an image and characters") << u"create"_s << u"CreateVideoMultipartBody"_s;
        QTest::newRow("character") << u"character"_s << u"CreateVideoCharacterBody"_s;
    }

    void multipartBodiesConform()
    {
        QFETCH(QString, operation);
        QFETCH(QString, schema);
        const QString png = file(u"frame.png"_s,
            QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x05\0\0\0\x02\xd0\x08\x02\0\0\0", 29)
                + QByteArray(4, '\0'));
        const QString mp4 = file(u"mara.mp4"_s, TestVideos::mp4(3000));
        const RecordedRequest r = sent([&](VideoApiClient &client) -> ApiCall * {
            if (operation == "character"_L1)
                return client.createCharacter(u"Mara"_s, mp4);
            CreateVideoRequest request { .prompt = u"Mara in the frame"_s, .size = u"1280x720"_s };
            request.inputReferencePath = png;
            request.characters = { u"char_1"_s, u"char_2"_s };
            return client.create(request);
        });
        QVERIFY2(r.request.header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"multipart/form-data"_s),
            qPrintable(r.request.header(QNetworkRequest::ContentTypeHeader).toString()));
        const QStringList problems = checkMultipart(m_schemas, schema, r.body, { u"characters"_s });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        if (operation == "create"_L1) {
            // The SDKs' bracket encoding of an array of objects.
            QVERIFY(r.body.contains("name=\"characters[][id]\"\r\n\r\nchar_1"));
            QVERIFY(r.body.contains("name=\"characters[][id]\"\r\n\r\nchar_2"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpecConformance)
#include "tst_specconformance.moc"
