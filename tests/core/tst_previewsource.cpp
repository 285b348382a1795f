// SPDX-License-Identifier: GPL-3.0-or-later
// What the preview reads beside the model's roles: the last response (library, engine, sidecar), a job's problem,
// the lineage (ancestors, children of every kind, children still rendering, a missing parent, a cycle), what an
// extension may add, which states show progress, and prompt excerpts. A library in a scratch folder over an in-memory
// database and an engine that is never started.
#include <QJsonDocument>
#include <QTest>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/previewsource.h"
#include "studiofixture.h"
#include "support/manualclock.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using Dailies::Test::StudioFixture;

namespace
{
const QDateTime kTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);

QStringList prompts(const QList<PreviewSource::LineageLink> &links)
{
    QStringList list;
    for (const PreviewSource::LineageLink &link : links)
        list << link.prompt;
    return list;
}
} // namespace

class TestPreviewSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void response_data();
    void response();
    void problem();
    void lineage_data();
    void lineage();
    void lineageLinksNameTheirClips();
    void lineageOfAnExtendedClip();
    void extensionPlan_data();
    void extensionPlan();
    void isRendering_data();
    void isRendering();
    void excerpt_data();
    void excerpt();

private:
    qint64 clip(const QString &prompt, const QString &remoteId, const QString &parentRemoteId = {},
        const QString &origin = {}, const QString &seconds = u"4"_s);

    std::unique_ptr<StudioFixture> m_f;
    QHash<QString, qint64> m_clips; ///< remote id → clip id
    qint64 m_jobWithResponse = 0;
    qint64 m_failedJob = 0;
    qint64 m_doneJob = 0;
};

qint64 TestPreviewSource::clip(const QString &prompt, const QString &remoteId, const QString &parentRemoteId,
    const QString &origin, const QString &seconds)
{
    StudioFixture::ClipSpec spec;
    spec.prompt = prompt;
    spec.createdAt = kTime.addSecs(m_clips.size() * 60);
    spec.remoteId = remoteId;
    spec.parentRemoteId = parentRemoteId;
    spec.origin = origin;
    spec.seconds = seconds;
    const qint64 id = m_f->addClip(spec);
    m_clips.insert(remoteId, id);
    return id;
}

void TestPreviewSource::initTestCase()
{
    m_f = std::make_unique<StudioFixture>();
    // A family of three generations, a remix of a video the library never had, a clip with a remix still
    // rendering, a loner, and two clips that remix each other (damaged data).
    QVERIFY(clip(u"root"_s, u"video_root"_s) > 0);
    QVERIFY(clip(u"child"_s, u"video_child"_s, u"video_root"_s) > 0);
    QVERIFY(clip(u"grandchild"_s, u"video_grandchild"_s, u"video_child"_s) > 0);
    QVERIFY(clip(u"orphan"_s, u"video_orphan"_s, u"video_gone"_s) > 0);
    QVERIFY(clip(u"busy"_s, u"video_busy"_s) > 0);
    QVERIFY(clip(u"loner"_s, u"video_loner"_s) > 0);
    QVERIFY(clip(u"ping"_s, u"video_ping"_s, u"video_pong"_s) > 0);
    QVERIFY(clip(u"pong"_s, u"video_pong"_s, u"video_ping"_s) > 0);
    // A clip extended twice, with an edit of the first extension beside the second.
    QVERIFY(clip(u"shore"_s, u"video_shore"_s, {}, {}, u"8"_s) > 0);
    QVERIFY(clip(u"shore, on"_s, u"video_shore1"_s, u"video_shore"_s, u"extend"_s, u"16"_s) > 0);
    QVERIFY(clip(u"shore, on and on"_s, u"video_shore2"_s, u"video_shore1"_s, u"extend"_s, u"20"_s) > 0);
    QVERIFY(clip(u"shore, in pastel"_s, u"video_shore_edit"_s, u"video_shore1"_s, u"edit"_s, u"16"_s) > 0);

    JobEngine::SubmitRequest remix;
    remix.profile = u"demo"_s;
    remix.request.prompt = u"busy, in the rain"_s;
    remix.kind = JobKind::Remix;
    remix.sourceId = u"video_busy"_s;
    const JobEngine::SubmitResult submitted = m_f->engine()->submit(remix);
    QVERIFY2(submitted.ok(), qPrintable(submitted.error));

    JobRecord job;
    job.batch = u"with-response"_s;
    job.profile = u"demo"_s;
    job.state = JobState::InProgress;
    job.request.prompt = u"still rendering"_s;
    job.remoteId = u"video_job"_s;
    job.createdAt = kTime;
    job.response = QJsonObject { { u"id"_s, u"video_job"_s }, { u"status"_s, u"in_progress"_s } };
    QVERIFY(m_f->engine()->store().insert(job));
    m_jobWithResponse = job.id;

    m_failedJob = m_f->addJob(u"refused"_s, JobState::Failed, kTime, {}, u"The prompt was refused"_s);
    QVERIFY(m_failedJob > 0);
    m_doneJob = m_f->addJob(u"fine"_s, JobState::Completed, kTime);
    QVERIFY(m_doneJob > 0);
}

void TestPreviewSource::response_data()
{
    QTest::addColumn<QString>("clip"); ///< remote id of a fixture clip, or empty
    QTest::addColumn<bool>("knownClipId"); ///< false: a clip id the library does not have
    QTest::addColumn<bool>("job"); ///< the job with a response
    QTest::addColumn<bool>("stores"); ///< engine and library at hand
    QTest::addColumn<QString>("expectedId"); ///< the response's "id"; empty: no response

    QTest::newRow("a clip, from the library") << u"video_root"_s << true << false << true << u"video_root"_s;
    QTest::newRow("a clip without stores, from its sidecar")
        << u"video_root"_s << true << false << false << u"video_root"_s;
    QTest::newRow("a clip the library lost, from its sidecar")
        << u"video_child"_s << false << false << true << u"video_child"_s;
    QTest::newRow("a job, from the engine") << QString() << true << true << true << u"video_job"_s;
    QTest::newRow("a job without stores") << QString() << true << true << false << QString();
    QTest::newRow("nothing at all") << QString() << true << false << true << QString();
}

void TestPreviewSource::response()
{
    QFETCH(QString, clip);
    QFETCH(bool, knownClipId);
    QFETCH(bool, job);
    QFETCH(bool, stores);
    QFETCH(QString, expectedId);

    qint64 clipId = 0;
    QString videoPath;
    if (!clip.isEmpty()) {
        const std::optional<ClipRecord> record = m_f->library()->clip(m_clips.value(clip));
        QVERIFY(record);
        videoPath = record->videoPath;
        clipId = knownClipId ? record->id : 999999;
    }
    const PreviewSource source(stores ? m_f->engine() : nullptr, stores ? m_f->library() : nullptr);
    const QJsonObject response = source.response(clipId, job ? m_jobWithResponse : 0, videoPath);
    QCOMPARE(response.value("id"_L1).toString(), expectedId);
    QCOMPARE(response.isEmpty(), expectedId.isEmpty());
    if (!videoPath.isEmpty())
        QCOMPARE(PreviewSource::sidecarResponse(videoPath).value("id"_L1).toString(), clip);
}

void TestPreviewSource::problem()
{
    Test::ManualClock clock;
    const PreviewSource source(m_f->engine(), m_f->library(), &clock);
    const FailureExplanation failed = source.problem(m_failedJob);
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.toText(), FailureExplanation::explain(*m_f->engine()->job(m_failedJob), clock.now()).toText());
    QVERIFY(source.problem(m_doneJob).isEmpty());
    QVERIFY(source.problem(0).isEmpty());
    QVERIFY(source.problem(123456).isEmpty());
    QVERIFY(PreviewSource(nullptr, m_f->library()).problem(m_failedJob).isEmpty());
}

void TestPreviewSource::lineage_data()
{
    QTest::addColumn<QString>("remoteId");
    QTest::addColumn<QString>("parentRemoteId");
    QTest::addColumn<bool>("stores");
    QTest::addColumn<QStringList>("ancestors"); ///< prompts, oldest first
    QTest::addColumn<QString>("missingParent");
    QTest::addColumn<QStringList>("children");
    QTest::addColumn<QStringList>("rendering");

    QTest::newRow("the root of a family") << u"video_root"_s << QString() << true << QStringList() << QString()
                                          << QStringList { u"child"_s } << QStringList();
    QTest::newRow("the middle generation") << u"video_child"_s << u"video_root"_s << true << QStringList { u"root"_s }
                                           << QString() << QStringList { u"grandchild"_s } << QStringList();
    QTest::newRow("two generations up, oldest first")
        << u"video_grandchild"_s << u"video_child"_s << true << QStringList { u"root"_s, u"child"_s } << QString()
        << QStringList() << QStringList();
    QTest::newRow("a parent not in the library") << u"video_orphan"_s << u"video_gone"_s << true << QStringList()
                                                 << u"video_gone"_s << QStringList() << QStringList();
    QTest::newRow("a remix still rendering") << u"video_busy"_s << QString() << true << QStringList() << QString()
                                             << QStringList() << QStringList { u"busy, in the rain"_s };
    QTest::newRow("nothing made from it")
        << u"video_loner"_s << QString() << true << QStringList() << QString() << QStringList() << QStringList();
    QTest::newRow("without stores, the parent is all there is")
        << u"video_child"_s << u"video_root"_s << false << QStringList() << u"video_root"_s << QStringList()
        << QStringList();
    QTest::newRow("a clip not sent yet") << QString() << QString() << true << QStringList() << QString()
                                         << QStringList() << QStringList();
}

void TestPreviewSource::lineage()
{
    QFETCH(QString, remoteId);
    QFETCH(QString, parentRemoteId);
    QFETCH(bool, stores);
    QFETCH(QStringList, ancestors);
    QFETCH(QString, missingParent);
    QFETCH(QStringList, children);
    QFETCH(QStringList, rendering);

    const PreviewSource source(stores ? m_f->engine() : nullptr, stores ? m_f->library() : nullptr);
    const PreviewSource::Lineage chain = source.lineage(u"demo"_s, remoteId, parentRemoteId);
    QCOMPARE(prompts(chain.ancestors), ancestors);
    QCOMPARE(chain.missingParent, missingParent);
    QCOMPARE(prompts(chain.children), children);
    QCOMPARE(prompts(chain.rendering), rendering);
    QCOMPARE(
        chain.isEmpty(), ancestors.isEmpty() && missingParent.isEmpty() && children.isEmpty() && rendering.isEmpty());
}

void TestPreviewSource::lineageLinksNameTheirClips()
{
    const PreviewSource source(m_f->engine(), m_f->library());
    const PreviewSource::Lineage chain = source.lineage(u"demo"_s, u"video_child"_s, u"video_root"_s);
    QCOMPARE(chain.ancestors.size(), 1);
    QCOMPARE(chain.ancestors.first().clipId, m_clips.value(u"video_root"_s));
    QCOMPARE(chain.ancestors.first().remoteId, u"video_root"_s);
    QCOMPARE(chain.children.size(), 1);
    QCOMPARE(chain.children.first().clipId, m_clips.value(u"video_grandchild"_s));
    // A remix that is still a job has no clip to select.
    const PreviewSource::Lineage busy = source.lineage(u"demo"_s, u"video_busy"_s, {});
    QCOMPARE(busy.rendering.size(), 1);
    QCOMPARE(busy.rendering.first().clipId, 0);
    // Another profile's clips are other videos, even under the same id.
    QVERIFY(source.lineage(u"azure"_s, u"video_root"_s, {}).isEmpty());
    // Two clips that remix each other: the walk stops after kMaxChainDepth ancestors, with no missing parent.
    const PreviewSource::Lineage cycle = source.lineage(u"demo"_s, u"video_ping"_s, u"video_pong"_s);
    QCOMPARE(cycle.ancestors.size(), PreviewSource::kMaxChainDepth);
    QVERIFY(cycle.missingParent.isEmpty());
}

void TestPreviewSource::lineageOfAnExtendedClip()
{
    const PreviewSource source(m_f->engine(), m_f->library());
    const PreviewSource::Lineage middle = source.lineage(u"demo"_s, u"video_shore1"_s, u"video_shore"_s);
    QCOMPARE(middle.origin, u"extend"_s);
    QCOMPARE(prompts(middle.ancestors), QStringList { u"shore"_s });
    QCOMPARE(middle.ancestors.first().origin, QString());
    QCOMPARE(middle.ancestors.first().seconds, u"8"_s);
    // Children of every kind, each with how it was made and its whole length.
    QCOMPARE(prompts(middle.children), QStringList({ u"shore, on and on"_s, u"shore, in pastel"_s }));
    QCOMPARE(middle.children.at(0).origin, u"extend"_s);
    QCOMPARE(middle.children.at(0).seconds, u"20"_s);
    QCOMPARE(middle.children.at(1).origin, u"edit"_s);
    QCOMPARE(middle.children.at(1).clipId, m_clips.value(u"video_shore_edit"_s));

    // The walk upwards is the library's lineage: Library::ancestorsOf, oldest first.
    const PreviewSource::Lineage last = source.lineage(u"demo"_s, u"video_shore2"_s, u"video_shore1"_s);
    const QList<ClipRecord> nearestFirst = m_f->library()->ancestorsOf(m_clips.value(u"video_shore2"_s));
    QCOMPARE(last.ancestors.size(), nearestFirst.size());
    for (qsizetype i = 0; i < nearestFirst.size(); ++i)
        QCOMPARE(last.ancestors.at(last.ancestors.size() - 1 - i).clipId, nearestFirst.at(i).id);
    QCOMPARE(last.origin, u"extend"_s);
    QVERIFY(last.children.isEmpty());
    QCOMPARE(source.lineage(u"demo"_s, u"video_shore"_s, {}).origin, QString());

    // Its next extension would be the chain's third, from 20 s.
    const PreviewSource::ExtensionPlan plan = source.extensionPlan(m_clips.value(u"video_shore2"_s));
    QCOMPARE(plan.sourceSeconds, 20);
    QCOMPARE(plan.number, 3);
    QCOMPARE(source.extensionPlan(m_clips.value(u"video_shore"_s)).number, 1);
    QCOMPARE(PreviewSource(nullptr, nullptr).extensionPlan(m_clips.value(u"video_shore"_s)).sourceSeconds, 0);
}

void TestPreviewSource::extensionPlan_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("done");
    QTest::addColumn<QList<int>>("totals");
    QTest::addColumn<QList<bool>>("allowed");
    QTest::addColumn<bool>("possible");

    QTest::newRow("a short clip") << 8 << 0 << QList<int> { 12, 16, 20, 24, 28 }
                                  << QList<bool> { true, true, true, true, true } << true;
    QTest::newRow("near the end") << 104 << 3 << QList<int> { 108, 112, 116, 120, 124 }
                                  << QList<bool> { true, true, true, true, false } << true;
    QTest::newRow("at 120 s") << 120 << 5 << QList<int> { 124, 128, 132, 136, 140 }
                              << QList<bool> { false, false, false, false, false } << false;
    QTest::newRow("the sixth extension done")
        << 40 << 6 << QList<int> { 44, 48, 52, 56, 60 } << QList<bool> { true, true, true, true, true } << false;
    QTest::newRow("the sixth extension next")
        << 40 << 5 << QList<int> { 44, 48, 52, 56, 60 } << QList<bool> { true, true, true, true, true } << true;
}

void TestPreviewSource::extensionPlan()
{
    QFETCH(int, seconds);
    QFETCH(int, done);
    QFETCH(QList<int>, totals);
    QFETCH(QList<bool>, allowed);
    QFETCH(bool, possible);

    const PreviewSource::ExtensionPlan plan = PreviewSource::extensionPlan(seconds, done);
    QCOMPARE(plan.sourceSeconds, seconds);
    QCOMPARE(plan.number, done + 1);
    QCOMPARE(plan.maxExtensions, 6);
    QCOMPARE(plan.maxSeconds, 120);
    QCOMPARE(plan.choices.size(), totals.size());
    for (qsizetype i = 0; i < totals.size(); ++i) {
        QCOMPARE(plan.choices.at(i).seconds, 4 * int(i + 1));
        QCOMPARE(plan.choices.at(i).total, totals.at(i));
        QCOMPARE(plan.choices.at(i).allowed, allowed.at(i));
    }
    QCOMPARE(plan.possible(), possible);
}

void TestPreviewSource::isRendering_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("rendering");
    for (const JobState state : { JobState::Draft, JobState::Waiting, JobState::Submitting, JobState::Queued,
             JobState::InProgress, JobState::Downloading, JobState::Completed, JobState::Failed, JobState::Cancelled,
             JobState::Expired, JobState::NeedsAttention }) {
        const bool rendering = state != JobState::Draft && !isTerminal(state);
        QTest::newRow(qPrintable(toString(state))) << toString(state) << rendering;
    }
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("unknown") << u"rendering"_s << false;
}

void TestPreviewSource::isRendering()
{
    QFETCH(QString, state);
    QFETCH(bool, rendering);
    QCOMPARE(PreviewSource::isRendering(state), rendering);
}

void TestPreviewSource::excerpt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("expected");
    const QString sixty(PreviewSource::kExcerptLength, u'x');
    QTest::newRow("short") << u"A kite"_s << u"A kite"_s;
    QTest::newRow("whitespace on one line") << u"  A kite\n over\tthe dunes "_s << u"A kite over the dunes"_s;
    QTest::newRow("exactly the length") << sixty << sixty;
    QTest::newRow("one too long") << sixty + u'y' << sixty.left(PreviewSource::kExcerptLength - 1) + QChar(0x2026);
    QTest::newRow("empty") << QString() << QString();
}

void TestPreviewSource::excerpt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, expected);
    QCOMPARE(PreviewSource::excerpt(prompt), expected);
}

QTEST_GUILESS_MAIN(TestPreviewSource)
#include "tst_previewsource.moc"
