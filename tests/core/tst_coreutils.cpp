// SPDX-License-Identifier: GPL-3.0-or-later
// The small pure pieces of core: file names, image headers, the capability table, profiles and lost-create matching.
#include <QBuffer>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "../mockserver/testvideos.h"
#include "core/api/reconcile.h"
#include "core/providers/capabilities.h"
#include "core/settings/profilestore.h"
#include "core/util/filenames.h"
#include "core/util/imageprobe.h"
#include "core/util/mp4probe.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Api;

Q_DECLARE_METATYPE(Dailies::Api::ProviderKind)

class TestCoreUtils : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizeFileName_data();
    void sanitizeFileName();
    void promptSlug_data();
    void promptSlug();
    void imageProbe_data();
    void imageProbe();
    void mp4Probe_data();
    void mp4Probe();
    void videoSize_data();
    void videoSize();
    void builtInCapabilities();
    void estimates_data();
    void estimates();
    void priceTiers_data();
    void priceTiers();
    void finalModels_data();
    void finalModels();
    void liteLlmFinals_data();
    void liteLlmFinals();
    void badCapabilityTables_data();
    void badCapabilityTables();
    void profileStore();
    void providerKindNames_data();
    void providerKindNames();
    void profileValidation_data();
    void profileValidation();
    void matchLostCreate_data();
    void matchLostCreate();
};

void TestCoreUtils::sanitizeFileName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"clip-01"_s << u"clip-01"_s;
    QTest::newRow("separators") << u"a/b\\c"_s << u"a_b_c"_s;
    QTest::newRow("windows reserved chars") << u"what? <yes>: \"no\" | *"_s << u"what_ _yes__ _no_ _ _"_s;
    QTest::newRow("control chars") << u"a\nb\tc"_s << u"a_b_c"_s;
    QTest::newRow("trailing dots and spaces") << u"name. . "_s << u"name"_s;
    QTest::newRow("leading dots (no hidden files, no ..)") << u"../../etc"_s << u"_.._etc"_s;
    QTest::newRow("reserved device name") << u"CON"_s << u"_CON"_s;
    QTest::newRow("reserved with extension") << u"lpt1.txt"_s << u"_lpt1.txt"_s;
    QTest::newRow("empty") << QString() << u"untitled"_s;
    QTest::newRow("only dots") << u"..."_s << u"untitled"_s;
    QTest::newRow("unicode kept") << u"Straße 東京"_s << u"Straße 東京"_s;
}

void TestCoreUtils::sanitizeFileName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Dailies::sanitizeFileName(input), expected);
    QVERIFY(Dailies::sanitizeFileName(QString(500, u'x')).size() <= 120);
}

void TestCoreUtils::promptSlug_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("slug");
    QTest::newRow("words") << u"A Paper Boat, drifting!"_s << u"a-paper-boat-drifting"_s;
    QTest::newRow("cut at a word") << u"one two three four five six seven eight nine ten eleven"_s
                                   << u"one-two-three-four-five-six-seven-eight"_s;
    QTest::newRow("one long word") << QString(60, u'z') << QString(40, u'z');
    QTest::newRow("no words") << u"!!! ???"_s << u"clip"_s;
    QTest::newRow("unicode") << u"Ein Fuchs läuft"_s << u"ein-fuchs-läuft"_s;
}

void TestCoreUtils::promptSlug()
{
    QFETCH(QString, prompt);
    QFETCH(QString, slug);
    QCOMPARE(Dailies::promptSlug(prompt), slug);
    const QString base
        = defaultClipBaseName(QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC), prompt, u"video_1"_s);
    QVERIFY(base.endsWith(u"_"_s + slug + u"_video_1"_s));
}

void TestCoreUtils::imageProbe_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<QSize>("size");

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\x05\0\0\0\x02\xd0\x08\x02\0\0\0", 29);
    QTest::newRow("png 1280x720") << png << int(ImageProbe::Format::Png) << QSize(1280, 720);
    // SOI, APP0 (length 16), SOF0 with height 1280 and width 720
    QByteArray jpeg("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                    "\xff\xc0\x00\x11\x08\x05\x00\x02\xd0\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01",
        39);
    QTest::newRow("jpeg 720x1280") << jpeg << int(ImageProbe::Format::Jpeg) << QSize(720, 1280);
    QByteArray vp8x("RIFF\0\0\0\0WEBPVP8X\x0a\0\0\0\0\0\0\0\xff\x04\0\xcf\x02\0", 30);
    QTest::newRow("webp vp8x 1280x720") << vp8x << int(ImageProbe::Format::Webp) << QSize(1280, 720);
    QByteArray vp8("RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0\x9d\x01\x2a\x00\x05\xd0\x02", 30);
    QTest::newRow("webp vp8 1280x720") << vp8 << int(ImageProbe::Format::Webp) << QSize(1280, 720);
    QTest::newRow("gif is unknown") << "GIF89a\x10\0\x10\0"_ba << int(ImageProbe::Format::Unknown) << QSize();
    QTest::newRow("text") << "hello"_ba << int(ImageProbe::Format::Unknown) << QSize();
    QTest::newRow("truncated png") << png.left(12) << int(ImageProbe::Format::Png) << QSize();
    QTest::newRow("truncated jpeg") << jpeg.left(10) << int(ImageProbe::Format::Jpeg) << QSize();
}

void TestCoreUtils::imageProbe()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(QSize, size);
    const ImageProbe p = ImageProbe::probe(bytes);
    QCOMPARE(int(p.format), format);
    QCOMPARE(p.size, size);
}

void TestCoreUtils::mp4Probe_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("isMp4");
    QTest::addColumn<double>("seconds"); // negative: none
    QTest::newRow("movie header first") << TestVideos::mp4(3000) << true << 3.0;
    QTest::newRow("movie header last") << TestVideos::mp4(2500, TestVideos::Layout::MoovLast) << true << 2.5;
    QTest::newRow("version 1 header") << TestVideos::mp4(4000, TestVideos::Layout::MoovFirst, 1) << true << 4.0;
    QTest::newRow("no movie header") << TestVideos::mp4(3000, TestVideos::Layout::NoMoov) << true << -1.0;
    QTest::newRow("a PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) << false << -1.0;
    QTest::newRow("empty") << QByteArray() << false << -1.0;
    QByteArray cut = TestVideos::mp4(3000);
    cut.chop(cut.size() - 40); // the movie box runs past the end of the file
    QTest::newRow("cut short") << cut << true << -1.0;
    // A 64-bit box size before the movie box.
    const QByteArray plain = TestVideos::mp4(3000, TestVideos::Layout::MoovLast);
    const qsizetype ftypSize = 32; // the ftyp box of TestVideos
    QByteArray large = plain.left(ftypSize);
    QByteArray mdat("\0\0\0\x01mdat\0\0\0\0\0\0\x01\x10", 16);
    large += mdat + QByteArray(256, '\0') + plain.mid(ftypSize + 8 + 256);
    QTest::newRow("64-bit box size") << large << true << 3.0;
}

void TestCoreUtils::mp4Probe()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, isMp4);
    QFETCH(double, seconds);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const Mp4Probe probe = Mp4Probe::probe(&buffer);
    QCOMPARE(probe.isMp4, isMp4);
    QCOMPARE(probe.seconds.value_or(-1.0), seconds);
}

void TestCoreUtils::videoSize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QSize>("size");
    QTest::newRow("plain") << u"1280x720"_s << QSize(1280, 720);
    QTest::newRow("capital X and spaces") << u" 720 X 1280 "_s << QSize(720, 1280);
    QTest::newRow("times sign") << u"1920×1080"_s << QSize(1920, 1080);
    QTest::newRow("words") << u"wide"_s << QSize();
    QTest::newRow("missing height") << u"1280x"_s << QSize();
}

void TestCoreUtils::videoSize()
{
    QFETCH(QString, text);
    QFETCH(QSize, size);
    QCOMPARE(parseVideoSize(text), size);
}

void TestCoreUtils::builtInCapabilities()
{
    const CapabilityTable &t = CapabilityTable::builtIn();
    QCOMPARE(t.defaultModel(), u"sora-2"_s);
    QCOMPARE(t.defaultSize(), u"720x1280"_s);
    QCOMPARE(t.defaultSeconds(), u"4"_s);
    const auto sora = t.model(u"sora-2"_s);
    QVERIFY(sora.has_value());
    QCOMPARE(sora->sizes, (QStringList { u"720x1280"_s, u"1280x720"_s }));
    QCOMPARE(sora->finalModel, u"sora-2-pro"_s);
    const auto pro = t.model(u"sora-2-pro"_s);
    QVERIFY(pro->sizes.contains(u"1920x1080"_s));
    QVERIFY(pro->seconds.contains(u"20"_s));
    const auto azure = t.model(u"sora-2"_s, ProviderKind::Azure);
    QCOMPARE(azure->seconds, (QStringList { u"4"_s, u"8"_s, u"12"_s }));
    QCOMPARE(t.maxConcurrentJobs(ProviderKind::Azure), 2);
    QCOMPARE(t.maxConcurrentJobs(ProviderKind::OpenAI), 0);
    QVERIFY(!t.model(u"sora-9"_s).has_value());
    // A LiteLLM gateway sees its own section, named as LiteLLM names the models; nothing of it leaks into OpenAI's.
    const QList<ModelCapability> gateway = t.models(ProviderKind::LiteLLM);
    QCOMPARE(gateway.size(), 12);
    for (const ModelCapability &m : gateway) {
        QVERIFY2(m.id.contains(u'/'), qPrintable(m.id));
        QVERIFY2(!m.sizes.isEmpty() && !m.seconds.isEmpty() && m.defaultPricePerSecond > 0, qPrintable(m.id));
        QVERIFY2(!t.model(m.id).has_value(), qPrintable(m.id));
    }
    QCOMPARE(t.model(u"runwayml/gen4_turbo"_s, ProviderKind::LiteLLM)->seconds, (QStringList { u"5"_s, u"10"_s }));
    QCOMPARE(t.model(u"gemini/veo-3.1-generate-preview"_s, ProviderKind::LiteLLM)->seconds,
        (QStringList { u"4"_s, u"6"_s, u"8"_s }));
    QVERIFY(!t.model(u"sora-2"_s, ProviderKind::LiteLLM).has_value());
    QCOMPARE(t.maxConcurrentJobs(ProviderKind::LiteLLM), 0);
}

void TestCoreUtils::estimates_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<int>("variations");
    QTest::addColumn<double>("cost");
    QTest::newRow("sora-2 4 s") << u"sora-2"_s << u"720x1280"_s << u"4"_s << 1 << 0.4;
    QTest::newRow("defaults") << QString() << QString() << QString() << 1 << 0.4;
    QTest::newRow("sora-2 12 s x3") << u"sora-2"_s << u"1280x720"_s << u"12"_s << 3 << 3.6;
    QTest::newRow("pro 8 s") << u"sora-2-pro"_s << u"1280x720"_s << u"8"_s << 1 << 2.4;
    QTest::newRow("pro 1792x1024 8 s") << u"sora-2-pro"_s << u"1792x1024"_s << u"8"_s << 1 << 4.0;
    QTest::newRow("unknown model") << u"veo-9"_s << u"1280x720"_s << u"8"_s << 1 << -1.0;
    QTest::newRow("free-text seconds") << u"sora-2"_s << u"1280x720"_s << u"soon"_s << 1 << -1.0;
}

void TestCoreUtils::estimates()
{
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QString, seconds);
    QFETCH(int, variations);
    QFETCH(double, cost);
    const std::optional<double> e = CapabilityTable::builtIn().estimate(model, size, seconds, variations);
    if (cost < 0)
        QVERIFY(!e.has_value());
    else
        QVERIFY2(e && qFuzzyCompare(*e, cost), qPrintable(QString::number(e.value_or(-1))));
}

void TestCoreUtils::priceTiers_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<double>("perSecond");

    // One row per published tier: the price of the size, and what 2 variations of that length cost.
    const auto openai = ProviderKind::OpenAI;
    QTest::newRow("sora-2 720p") << openai << u"sora-2"_s << u"720x1280"_s << u"8"_s << 0.10;
    QTest::newRow("pro 720x1280") << openai << u"sora-2-pro"_s << u"720x1280"_s << u"12"_s << 0.30;
    QTest::newRow("pro 1280x720") << openai << u"sora-2-pro"_s << u"1280x720"_s << u"4"_s << 0.30;
    QTest::newRow("pro 1792x1024") << openai << u"sora-2-pro"_s << u"1792x1024"_s << u"8"_s << 0.50;
    QTest::newRow("pro 1024x1792") << openai << u"sora-2-pro"_s << u"1024x1792"_s << u"16"_s << 0.50;
    QTest::newRow("pro 1920x1080") << openai << u"sora-2-pro"_s << u"1920x1080"_s << u"20"_s << 0.50;
    QTest::newRow("pro 1080x1920") << openai << u"sora-2-pro"_s << u"1080x1920"_s << u"4"_s << 0.50;
    QTest::newRow("pro snapshot 720p") << openai << u"sora-2-pro-2025-10-06"_s << u"1280x720"_s << u"8"_s << 0.30;
    QTest::newRow("pro snapshot 1792x1024") << openai << u"sora-2-pro-2025-10-06"_s << u"1792x1024"_s << u"8"_s << 0.50;
    QTest::newRow("pro snapshot 1080p") << openai << u"sora-2-pro-2025-10-06"_s << u"1920x1080"_s << u"4"_s << 0.50;
    QTest::newRow("azure sora-2") << ProviderKind::Azure << u"sora-2"_s << u"1280x720"_s << u"12"_s << 0.10;
    const auto gateway = ProviderKind::LiteLLM;
    QTest::newRow("litellm openai/sora-2") << gateway << u"openai/sora-2"_s << u"720x1280"_s << u"4"_s << 0.10;
    QTest::newRow("litellm openai/sora-2-pro 720p")
        << gateway << u"openai/sora-2-pro"_s << u"1280x720"_s << u"8"_s << 0.30;
    QTest::newRow("litellm openai/sora-2-pro 1024x1792")
        << gateway << u"openai/sora-2-pro"_s << u"1024x1792"_s << u"8"_s << 0.50;
    QTest::newRow("litellm openai/sora-2-pro 1080p")
        << gateway << u"openai/sora-2-pro"_s << u"1080x1920"_s << u"8"_s << 0.50;
    QTest::newRow("litellm azure/sora-2") << gateway << u"azure/sora-2"_s << u"1280x720"_s << u"8"_s << 0.10;
    for (const QLatin1StringView vendor : { "gemini"_L1, "vertex_ai"_L1 }) {
        for (const QLatin1StringView version : { "3.0"_L1, "3.1"_L1 }) {
            const QString standard = vendor + u"/veo-"_s + version + u"-generate-preview"_s;
            const QString fast = vendor + u"/veo-"_s + version + u"-fast-generate-preview"_s;
            QTest::addRow("litellm %s", qPrintable(standard)) << gateway << standard << u"1280x720"_s << u"8"_s << 0.40;
            QTest::addRow("litellm %s", qPrintable(fast)) << gateway << fast << u"720x1280"_s << u"4"_s << 0.15;
        }
    }
    QTest::newRow("litellm runway gen4_turbo")
        << gateway << u"runwayml/gen4_turbo"_s << u"1280x720"_s << u"10"_s << 0.05;
}

void TestCoreUtils::priceTiers()
{
    QFETCH(ProviderKind, kind);
    QFETCH(QString, model);
    QFETCH(QString, size);
    QFETCH(QString, seconds);
    QFETCH(double, perSecond);
    const CapabilityTable &t = CapabilityTable::builtIn();
    const std::optional<ModelCapability> m = t.model(model, kind);
    QVERIFY(m);
    QVERIFY2(m->sizes.contains(size), qPrintable(size));
    QVERIFY2(m->seconds.contains(seconds), qPrintable(seconds));
    QCOMPARE(m->pricePerSecond(size).value_or(-1), perSecond);
    const std::optional<double> estimate = t.estimate(model, size, seconds, 2, kind);
    QVERIFY(estimate);
    QCOMPARE(*estimate, perSecond * seconds.toDouble() * 2);
}

void TestCoreUtils::finalModels_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("final");

    const QByteArray named = R"({"models":[{"id":"draft","finalModel":"best","pricePerSecond":{"default":0.1}},
        {"id":"best","pricePerSecond":{"default":0.2}},{"id":"dearest","pricePerSecond":{"default":0.9}}]})"_ba;
    const QByteArray unnamed = R"({"models":[{"id":"cheap","pricePerSecond":{"default":0.1}},
        {"id":"dear","pricePerSecond":{"default":0.5}},{"id":"unpriced"}]})"_ba;
    QTest::newRow("the table names it") << named << u"draft"_s << u"best"_s;
    QTest::newRow("else the dearest model") << named << u"best"_s << u"dearest"_s;
    QTest::newRow("the dearest has none") << named << u"dearest"_s << QString();
    QTest::newRow("cheap goes to dear") << unnamed << u"cheap"_s << u"dear"_s;
    QTest::newRow("an unknown model goes to the dearest") << unnamed << u"mystery"_s << u"dear"_s;
    QTest::newRow("nothing costs more") << unnamed << u"dear"_s << QString();
    QTest::newRow("no prices at all") << R"({"models":[{"id":"a"},{"id":"b"}]})"_ba << u"a"_s << QString();
    QTest::newRow("built in: sora-2") << QByteArray() << u"sora-2"_s << u"sora-2-pro"_s;
    QTest::newRow("built in: sora-2-pro") << QByteArray() << u"sora-2-pro"_s << QString();
    const QByteArray top = R"({"models":[{"id":"top","finalModel":"top","pricePerSecond":{"default":0.1}},
        {"id":"other vendor","pricePerSecond":{"default":0.9}}]})"_ba;
    QTest::newRow("a model naming itself has no final") << top << u"top"_s << QString();
    QTest::newRow("others still go to the dearest") << top << u"mystery"_s << u"other vendor"_s;
}

void TestCoreUtils::finalModels()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, model);
    QFETCH(QString, final);
    QString error;
    const std::optional<CapabilityTable> table
        = json.isEmpty() ? std::optional(CapabilityTable::builtIn()) : CapabilityTable::fromJson(json, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->finalModelFor(model), final);
}

void TestCoreUtils::liteLlmFinals_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("final");
    // A gateway routes several vendors: a final stays with the draft's vendor, and the top models have none.
    QTest::newRow("gemini 3.1 fast") << u"gemini/veo-3.1-fast-generate-preview"_s
                                     << u"gemini/veo-3.1-generate-preview"_s;
    QTest::newRow("vertex 3.0 fast") << u"vertex_ai/veo-3.0-fast-generate-preview"_s
                                     << u"vertex_ai/veo-3.0-generate-preview"_s;
    QTest::newRow("openai sora-2") << u"openai/sora-2"_s << u"openai/sora-2-pro"_s;
    QTest::newRow("gemini 3.1") << u"gemini/veo-3.1-generate-preview"_s << QString();
    QTest::newRow("runway") << u"runwayml/gen4_turbo"_s << QString();
    QTest::newRow("openai sora-2-pro") << u"openai/sora-2-pro"_s << QString();
    QTest::newRow("azure sora-2") << u"azure/sora-2"_s << QString();
}

void TestCoreUtils::liteLlmFinals()
{
    QFETCH(QString, model);
    QFETCH(QString, final);
    QCOMPARE(CapabilityTable::builtIn().finalModelFor(model, ProviderKind::LiteLLM), final);
}

void TestCoreUtils::badCapabilityTables_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << "{models:"_ba << u"not a JSON object"_s;
    QTest::newRow("models not array") << R"({"models":{}})"_ba << u"'models'"_s;
    QTest::newRow("model without id") << R"({"models":[{"label":"x"}]})"_ba << u"no 'id'"_s;
    QTest::newRow("negative price") << R"({"models":[{"id":"m","pricePerSecond":{"default":-1}}]})"_ba
                                    << u"zero or more"_s;
    QTest::newRow("price not a number") << R"({"models":[{"id":"m","pricePerSecond":{"default":"cheap"}}]})"_ba
                                        << u"'default'"_s;
}

void TestCoreUtils::badCapabilityTables()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!CapabilityTable::fromJson(json, &error).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestCoreUtils::profileStore()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.defaultProfileName(), u"demo"_s);
    QCOMPARE(store.profiles().size(), 2);
    QVERIFY(store.save(ProviderProfile::azure(u"azure-eu"_s, QUrl(u"https://eu.openai.azure.com"_s))).isEmpty());
    ProviderProfile gw = ProviderProfile::compatible(u"gateway"_s, QUrl(u"https://gw.example.test/v1"_s));
    gw.organization = u"org"_s;
    QVERIFY(store.save(gw).isEmpty());
    QVERIFY(store.setDefaultProfileName(u"gateway"_s).isEmpty());

    ProfileStore reread(&settings);
    QCOMPARE(reread.defaultProfileName(), u"gateway"_s);
    const auto azure = reread.profile(u"azure-eu"_s);
    QVERIFY(azure.has_value());
    QVERIFY(azure->kind == ProviderKind::Azure);
    QVERIFY(azure->auth == AuthStyle::ApiKeyHeader);
    QCOMPARE(azure->baseUrl.toString(), u"https://eu.openai.azure.com/openai/v1"_s);
    QCOMPARE(reread.profile(u"gateway"_s)->organization, u"org"_s);
    QVERIFY(reread.profile(u"gateway"_s)->kind == ProviderKind::Compatible);
    QVERIFY(store.save(ProviderProfile::liteLlm(u"proxy"_s, QUrl(u"http://localhost:4000/v1"_s))).isEmpty());
    const auto proxy = ProfileStore(&settings).profile(u"proxy"_s);
    QVERIFY(proxy.has_value());
    QVERIFY(proxy->kind == ProviderKind::LiteLLM);
    QVERIFY(proxy->auth == AuthStyle::Bearer);
    QCOMPARE(proxy->baseUrl.toString(), u"http://localhost:4000/v1"_s);
    QCOMPARE(proxy->keyEnvironmentVariable, u"LITELLM_API_KEY"_s);
    // No key ever reaches the settings file.
    QFile file(dir.filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("key="));

    QVERIFY(!reread.remove(u"demo"_s).isEmpty());
    QVERIFY(!reread.remove(u"nope"_s).isEmpty());
    QVERIFY(reread.remove(u"gateway"_s).isEmpty());
    QCOMPARE(reread.defaultProfileName(), u"demo"_s);
}

void TestCoreUtils::providerKindNames_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("openai") << ProviderKind::OpenAI << u"openai"_s;
    QTest::newRow("azure") << ProviderKind::Azure << u"azure"_s;
    QTest::newRow("compatible") << ProviderKind::Compatible << u"compatible"_s;
    QTest::newRow("demo") << ProviderKind::Demo << u"demo"_s;
    QTest::newRow("litellm") << ProviderKind::LiteLLM << u"litellm"_s;
}

void TestCoreUtils::providerKindNames()
{
    // The names are persisted (settings, `profiles list --json`, `--kind`): each must read back as its kind.
    QFETCH(ProviderKind, kind);
    QFETCH(QString, name);
    QCOMPARE(toString(kind), name);
    QVERIFY(providerKindFromString(name) == std::optional(kind));
    ProviderProfile p = ProviderProfile::compatible(u"p"_s, QUrl(u"https://gw.example.test/v1"_s));
    p.kind = kind;
    QVERIFY(ProviderProfile::fromVariantMap(p.toVariantMap()).kind == kind);
}

void TestCoreUtils::profileValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("ok") << u"gw"_s << u"https://gw.example.test/v1"_s << QString();
    QTest::newRow("bad name") << u"my gateway!"_s << u"https://gw.example.test/v1"_s << u"not a usable profile name"_s;
    QTest::newRow("http remote") << u"gw"_s << u"http://gw.example.test/v1"_s << u"plain http"_s;
    QTest::newRow("query") << u"gw"_s << u"https://gw.example.test/v1?x=1"_s << u"query"_s;
    QTest::newRow("demo is built in") << u"demo"_s << u"https://gw.example.test/v1"_s << u"built in"_s;
}

void TestCoreUtils::profileValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ProfileStore store(&settings);
    const QString problem = store.save(ProviderProfile::compatible(name, QUrl(url)));
    if (errorPart.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(errorPart), qPrintable(problem));
}

void TestCoreUtils::matchLostCreate_data()
{
    QTest::addColumn<QStringList>("candidates"); // "id|prompt|model|size|seconds|secondsAfterSend"
    QTest::addColumn<QString>("expected");
    const QString mine = u"a heron|sora-2|720x1280|4|"_s;
    QTest::newRow("one match") << QStringList { u"v1|"_s + mine + u"2"_s, u"v2|other|sora-2|720x1280|4|1"_s }
                               << u"v1"_s;
    QTest::newRow("no match") << QStringList { u"v2|other|sora-2|720x1280|4|1"_s } << QString();
    QTest::newRow("two equal: cannot tell")
        << QStringList { u"v1|"_s + mine + u"2"_s, u"v3|"_s + mine + u"3"_s } << QString();
    QTest::newRow("known id skipped") << QStringList { u"known|"_s + mine + u"2"_s, u"v4|"_s + mine + u"2"_s }
                                      << u"v4"_s;
    QTest::newRow("too old") << QStringList { u"v1|"_s + mine + u"-600"_s } << QString();
    QTest::newRow("other size") << QStringList { u"v1|a heron|sora-2|1280x720|4|2"_s } << QString();
}

void TestCoreUtils::matchLostCreate()
{
    QFETCH(QStringList, candidates);
    QFETCH(QString, expected);
    const QDateTime sentAt = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
    VideoPage page;
    for (const QString &c : std::as_const(candidates)) {
        const QStringList f = c.split(u'|');
        Video v;
        v.id = f[0];
        v.prompt = f[1];
        v.model = f[2];
        v.size = f[3];
        v.seconds = f[4];
        v.createdAt = sentAt.addSecs(f[5].toInt());
        page.data.append(v);
    }
    const auto found = Api::matchLostCreate(page, { .prompt = u"a heron"_s }, sentAt, { u"known"_s });
    QCOMPARE(found ? found->id : QString(), expected);
}

QTEST_GUILESS_MAIN(TestCoreUtils)
#include "tst_coreutils.moc"
