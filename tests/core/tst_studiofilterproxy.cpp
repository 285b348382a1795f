// SPDX-License-Identifier: GPL-3.0-or-later
// Filtering and sorting the studio's list: groups, project, favourites, dates, full-text search (with prefixes and
// accents, once per change) and the sort keys, over a library of clips and jobs in every state.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "studiofixture.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using Dailies::Test::StudioFixture;
using Group = Dailies::StudioFilterProxy::Group;
using SortKey = Dailies::StudioFilterProxy::SortKey;
using DatePreset = Dailies::StudioFilterProxy::DatePreset;

namespace
{

const QDateTime kNow = QDateTime::currentDateTimeUtc();

QDateTime ago(int minutes)
{
    return kNow.addSecs(qint64(-60) * minutes);
}

} // namespace

class TestStudioFilterProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StudioFixture> m_fixture;
    std::unique_ptr<StudioModel> m_model;
    std::unique_ptr<StudioFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QHash<QString, qint64> m_jobs; ///< name → job id
    QHash<QString, qint64> m_clips; ///< name → clip id

    // The rows the proxy shows, by the names the fixture gave them, in order.
    QStringList shown() const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const bool clip = index.data(StudioModel::KindRole).value<StudioModel::Kind>() == StudioModel::Kind::Clip;
            const qint64 id = index.data(clip ? StudioModel::ClipIdRole : StudioModel::JobIdRole).toLongLong();
            names << (clip ? m_clips.key(id) : m_jobs.key(id));
        }
        return names;
    }

    static QStringList sortedNames(QStringList names)
    {
        names.sort();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<StudioFixture>();
        StudioFixture &f = *m_fixture;
        m_clips.insert(u"c1"_s,
            f.addClip({ .prompt = u"A red kite over the dunes"_s,
                .createdAt = ago(60),
                .project = u"coast"_s,
                .favourite = true,
                .rating = 5,
                .cost = 0.8,
                .jobId = f.addJob(u"A red kite over the dunes"_s, JobState::Completed, ago(61)) }));
        m_clips.insert(u"c2"_s,
            f.addClip({ .prompt = u"Kitten asleep on a piano"_s,
                .createdAt = ago(120),
                .project = u"pets"_s,
                .rating = 3,
                .cost = 0.4 }));
        m_clips.insert(u"c3"_s,
            f.addClip(
                { .prompt = u"Café at dawn, steam rising"_s, .createdAt = ago(3 * 24 * 60), .project = u"coast"_s }));
        m_clips.insert(u"c4"_s,
            f.addClip({ .prompt = u"A lighthouse in a storm"_s,
                .createdAt = ago(10 * 24 * 60),
                .favourite = true,
                .rating = 4,
                .cost = 1.2,
                .tags = { u"night"_s } }));
        m_jobs.insert(u"j1"_s, f.addJob(u"A kite festival at noon"_s, JobState::Waiting, ago(5), u"coast"_s));
        m_jobs.insert(u"j2"_s, f.addJob(u"Storm clouds over a KITE"_s, JobState::InProgress, ago(10)));
        m_jobs.insert(u"j3"_s, f.addJob(u"Forbidden dance"_s, JobState::Failed, ago(25 * 60), {}, u"blocked"_s));
        m_jobs.insert(u"j4"_s, f.addJob(u"Kites at night"_s, JobState::Cancelled, ago(2 * 24 * 60)));
        m_jobs.insert(u"j5"_s, f.addJob(u"An expired take"_s, JobState::Expired, ago(4 * 24 * 60)));
        m_jobs.insert(u"j6"_s, f.addJob(u"A lost create"_s, JobState::NeedsAttention, ago(30)));

        m_model = std::make_unique<StudioModel>(f.engine(), f.library());
        m_proxy = std::make_unique<StudioFilterProxy>(f.library());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy->setSourceModel(m_model.get());
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reload();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_fixture.reset();
        m_jobs.clear();
        m_clips.clear();
    }

    void unfilteredIsTheSourceOrder()
    {
        QCOMPARE(shown(),
            QStringList({ u"j1"_s, u"j2"_s, u"j6"_s, u"c1"_s, u"c2"_s, u"j3"_s, u"j4"_s, u"c3"_s, u"j5"_s, u"c4"_s }));
        QCOMPARE(m_model->view().order, ClipOrder::Created);
        QVERIFY(!m_model->view().ascending);
    }

    void groups_data()
    {
        QTest::addColumn<Group>("group");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << Group::All
                             << QStringList { u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"j1"_s, u"j2"_s, u"j3"_s, u"j4"_s,
                                    u"j5"_s, u"j6"_s };
        QTest::newRow("running") << Group::Running << QStringList { u"j1"_s, u"j2"_s };
        QTest::newRow("done") << Group::Done << QStringList { u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s };
        QTest::newRow("failed") << Group::Failed << QStringList { u"j3"_s, u"j4"_s, u"j5"_s, u"j6"_s };
        QTest::newRow("favourites") << Group::Favourites << QStringList { u"c1"_s, u"c4"_s };
    }

    void groups()
    {
        QFETCH(Group, group);
        QFETCH(QStringList, expected);
        m_proxy->setGroup(group);
        QCOMPARE(m_proxy->group(), group);
        QCOMPARE(sortedNames(shown()), expected);
    }

    void project_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("coast") << u"coast"_s << QStringList { u"c1"_s, u"c3"_s, u"j1"_s };
        QTest::newRow("pets") << u"pets"_s << QStringList { u"c2"_s };
        QTest::newRow("unknown") << u"mountains"_s << QStringList {};
    }

    void project()
    {
        QFETCH(QString, project);
        QFETCH(QStringList, expected);
        m_proxy->setProject(project);
        QCOMPARE(sortedNames(shown()), expected);
        m_proxy->setProject({});
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void dateRange_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last day") << ago(24 * 60) << QDateTime()
                                  << QStringList { u"c1"_s, u"c2"_s, u"j1"_s, u"j2"_s, u"j6"_s };
        QTest::newRow("older than a day")
            << QDateTime() << ago(24 * 60) << QStringList { u"c3"_s, u"c4"_s, u"j3"_s, u"j4"_s, u"j5"_s };
        QTest::newRow("between") << ago(5 * 24 * 60) << ago(24 * 60 + 1)
                                 << QStringList { u"c3"_s, u"j3"_s, u"j4"_s, u"j5"_s };
    }

    void dateRange()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(QStringList, expected);
        m_proxy->setDateRange(from, to);
        QCOMPARE(sortedNames(shown()), expected);
    }

    void datePresetRanges_data()
    {
        QTest::addColumn<DatePreset>("preset");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("from");
        const QDateTime now(QDate(2026, 3, 10), QTime(0, 30));
        QTest::newRow("any time") << DatePreset::AnyTime << now << QDateTime();
        QTest::newRow("custom") << DatePreset::Custom << now << QDateTime();
        QTest::newRow("today, just after midnight") << DatePreset::Today << now << QDate(2026, 3, 10).startOfDay();
        QTest::newRow("today, late") << DatePreset::Today << QDateTime(QDate(2026, 3, 10), QTime(23, 59))
                                     << QDate(2026, 3, 10).startOfDay();
        QTest::newRow("last 7 days") << DatePreset::Last7Days << now << QDate(2026, 3, 4).startOfDay();
        QTest::newRow("last 30 days, across a month")
            << DatePreset::Last30Days << now << QDate(2026, 2, 9).startOfDay();
    }

    void datePresetRanges()
    {
        QFETCH(DatePreset, preset);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, from);
        const auto [start, end] = StudioFilterProxy::rangeOf(preset, now);
        QCOMPARE(start, from);
        QVERIFY(!end.isValid());
    }

    void datePresets_data()
    {
        QTest::addColumn<DatePreset>("preset");
        QTest::addColumn<QStringList>("expected");
        const QStringList all { u"c1"_s, u"c2"_s, u"c3"_s, u"c4"_s, u"j1"_s, u"j2"_s, u"j3"_s, u"j4"_s, u"j5"_s,
            u"j6"_s };
        QTest::newRow("any time") << DatePreset::AnyTime << all;
        // c4 is ten days old; everything else is at most four days old.
        QTest::newRow("last 7 days") << DatePreset::Last7Days
                                     << QStringList { u"c1"_s, u"c2"_s, u"c3"_s, u"j1"_s, u"j2"_s, u"j3"_s, u"j4"_s,
                                            u"j5"_s, u"j6"_s };
        QTest::newRow("last 30 days") << DatePreset::Last30Days << all;
    }

    void datePresets()
    {
        QFETCH(DatePreset, preset);
        QFETCH(QStringList, expected);
        m_proxy->setDatePreset(preset, kNow);
        QCOMPARE(m_proxy->datePreset(), preset);
        QCOMPARE(sortedNames(shown()), expected);
        m_proxy->setDatePreset(DatePreset::AnyTime, kNow);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void todayFollowsLocalMidnight()
    {
        // The rows made since local midnight, whatever the time of day the test runs at.
        m_proxy->setDatePreset(DatePreset::Today, kNow);
        const QDateTime midnight = kNow.toLocalTime().date().startOfDay();
        int expected = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row).data(StudioModel::CreatedAtRole).toDateTime() >= midnight)
                ++expected;
        }
        QCOMPARE(m_proxy->rowCount(), expected);
    }

    void customRangeIsCustom()
    {
        m_proxy->setDatePreset(DatePreset::Last7Days, kNow);
        m_proxy->setDateRange(ago(5 * 24 * 60), ago(24 * 60 + 1));
        QCOMPARE(m_proxy->datePreset(), DatePreset::Custom);
        QCOMPARE(sortedNames(shown()), QStringList({ u"c3"_s, u"j3"_s, u"j4"_s, u"j5"_s }));
        // Choosing Custom again keeps the range.
        m_proxy->setDatePreset(DatePreset::Custom, kNow);
        QCOMPARE(m_proxy->from(), ago(5 * 24 * 60));
        m_proxy->setDateRange({}, {});
        QCOMPARE(m_proxy->datePreset(), DatePreset::AnyTime);
    }

    void projectsOfTheRows()
    {
        QCOMPARE(m_model->projects(), QStringList({ u"coast"_s, u"pets"_s }));
        QVERIFY(m_fixture->library()->setProject(m_clips.value(u"c4"_s), u"Harbour"_s));
        QTRY_COMPARE(m_model->projects(), QStringList({ u"coast"_s, u"Harbour"_s, u"pets"_s }));
        m_proxy->setProject(u"Harbour"_s);
        QCOMPARE(shown(), QStringList({ u"c4"_s }));
    }

    void filtersCombine()
    {
        m_proxy->setGroup(Group::Done);
        m_proxy->setProject(u"coast"_s);
        m_proxy->setDateRange(ago(24 * 60), {});
        QCOMPARE(shown(), QStringList({ u"c1"_s }));
        m_proxy->setSearchText(u"kite"_s);
        QCOMPARE(shown(), QStringList({ u"c1"_s }));
        m_proxy->setGroup(Group::Running);
        QCOMPARE(shown(), QStringList({ u"j1"_s }));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Every word is the start of a word: clips by the library's full-text index (prompt, notes, tags, project),
        // jobs by their prompt and project.
        QTest::newRow("word") << u"kite"_s << QStringList { u"c1"_s, u"j1"_s, u"j2"_s, u"j4"_s };
        QTest::newRow("a word's start") << u"kit"_s << QStringList { u"c1"_s, u"c2"_s, u"j1"_s, u"j2"_s, u"j4"_s };
        QTest::newRow("prefix") << u"kit*"_s << QStringList { u"c1"_s, u"c2"_s, u"j1"_s, u"j2"_s, u"j4"_s };
        QTest::newRow("one letter") << u"s"_s << QStringList { u"c3"_s, u"c4"_s, u"j2"_s };
        QTest::newRow("not inside a word") << u"ite"_s << QStringList {};
        QTest::newRow("two words") << u"storm kite"_s << QStringList { u"j2"_s };
        QTest::newRow("accents") << u"cafe"_s << QStringList { u"c3"_s };
        QTest::newRow("accents in the query") << u"DÜNES"_s << QStringList { u"c1"_s };
        QTest::newRow("project") << u"coast"_s << QStringList { u"c1"_s, u"c3"_s, u"j1"_s };
        QTest::newRow("tag") << u"night"_s << QStringList { u"c4"_s, u"j4"_s };
        QTest::newRow("nothing") << u"zeppelin"_s << QStringList {};
        QTest::newRow("fts syntax is text") << u"kite OR \"dance"_s << QStringList {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        m_proxy->setSearchText(text);
        QCOMPARE(sortedNames(shown()), expected);
        QCOMPARE(m_proxy->searchQueries(), 1);

        // Clearing the search brings every row back.
        m_proxy->setSearchText(u"  "_s);
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
        QCOMPARE(m_proxy->searchQueries(), 1);
    }

    void filtersChangeOnlyWhenTheyChange()
    {
        QCOMPARE(m_proxy->filterInvalidations(), 0);
        m_proxy->setGroup(Group::All);
        m_proxy->setProject({});
        m_proxy->setDateRange({}, {});
        m_proxy->setSearchText({});
        m_proxy->setSearchText(u"*"_s);
        QCOMPARE(m_proxy->filterInvalidations(), 0);
        QCOMPARE(m_proxy->searchQueries(), 0);

        m_proxy->setSearchText(u"kite"_s);
        m_proxy->setSearchText(u"kite"_s);
        m_proxy->setSearchText(u" kite  "_s);
        QCOMPARE(m_proxy->searchQueries(), 1);
        QCOMPARE(m_proxy->filterInvalidations(), 1);
        m_proxy->setSearchText(u"kite dunes"_s);
        QCOMPARE(m_proxy->searchQueries(), 2);

        m_proxy->setGroup(Group::Done);
        m_proxy->setGroup(Group::Done);
        m_proxy->setProject(u"coast"_s);
        m_proxy->setProject(u"coast"_s);
        m_proxy->setDateRange(ago(60 * 24), {});
        m_proxy->setDateRange(ago(60 * 24), {});
        QCOMPARE(m_proxy->filterInvalidations(), 5);
        QCOMPARE(m_proxy->searchText(), u"kite dunes"_s);
        QCOMPARE(m_proxy->project(), u"coast"_s);
        QCOMPARE(m_proxy->from(), ago(60 * 24));
    }

    void sorting_data()
    {
        QTest::addColumn<SortKey>("key");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("created, newest first")
            << SortKey::Created << Qt::DescendingOrder
            << QStringList { u"j1"_s, u"j2"_s, u"j6"_s, u"c1"_s, u"c2"_s, u"j3"_s, u"j4"_s, u"c3"_s, u"j5"_s, u"c4"_s };
        QTest::newRow("created, oldest first")
            << SortKey::Created << Qt::AscendingOrder
            << QStringList { u"c4"_s, u"j5"_s, u"c3"_s, u"j4"_s, u"j3"_s, u"c2"_s, u"c1"_s, u"j6"_s, u"j2"_s, u"j1"_s };
        QTest::newRow("prompt") << SortKey::Prompt << Qt::AscendingOrder
                                << QStringList { u"j1"_s, u"c4"_s, u"j6"_s, u"c1"_s, u"j5"_s, u"c3"_s, u"j3"_s, u"j4"_s,
                                       u"c2"_s, u"j2"_s };
        // Equal values follow creation in the same direction; rows without a value come last when descending.
        QTest::newRow("cost") << SortKey::Cost << Qt::DescendingOrder
                              << QStringList { u"c4"_s, u"c1"_s, u"j1"_s, u"j2"_s, u"j6"_s, u"c2"_s, u"j3"_s, u"j4"_s,
                                     u"j5"_s, u"c3"_s };
        QTest::newRow("cost, cheapest first")
            << SortKey::Cost << Qt::AscendingOrder
            << QStringList { u"c3"_s, u"j5"_s, u"j4"_s, u"j3"_s, u"c2"_s, u"j6"_s, u"j2"_s, u"j1"_s, u"c1"_s, u"c4"_s };
        QTest::newRow("rating") << SortKey::Rating << Qt::DescendingOrder
                                << QStringList { u"c1"_s, u"c4"_s, u"c2"_s, u"c3"_s, u"j1"_s, u"j2"_s, u"j6"_s, u"j3"_s,
                                       u"j4"_s, u"j5"_s };
    }

    void sorting()
    {
        QFETCH(SortKey, key);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        m_proxy->setSortKey(key, order);
        QCOMPARE(m_proxy->sortKey(), key);
        QCOMPARE(shown(), expected);
        // Back to the default, newest first.
        m_proxy->setSortKey(SortKey::Created);
        QCOMPARE(shown().first(), u"j1"_s);
    }

    void sortingFollowsChanges()
    {
        m_proxy->setSortKey(SortKey::Rating, Qt::DescendingOrder);
        QCOMPARE(shown().first(), u"c1"_s);
        // A row keeps its place while the user rates it (it does not jump away under the pointer) …
        QVERIFY(m_fixture->library()->setRating(m_clips.value(u"c1"_s), 1));
        QTRY_VERIFY(!m_model->hasPendingChanges());
        QCOMPARE(shown().first(), u"c1"_s);
        QCOMPARE(m_proxy->index(0, 0).data(StudioModel::RatingRole).toInt(), 1);
        // … and the next listing puts it where its new value belongs.
        QVERIFY(m_fixture->library()->setRating(m_clips.value(u"c2"_s), 5));
        m_proxy->setSortKey(SortKey::Rating, Qt::AscendingOrder);
        m_proxy->setSortKey(SortKey::Rating, Qt::DescendingOrder);
        QCOMPARE(shown().mid(0, 3), QStringList({ u"c2"_s, u"c4"_s, u"c1"_s }));
    }

    void newRowsAreFiltered()
    {
        m_proxy->setSearchText(u"kite"_s);
        QCOMPARE(m_proxy->rowCount(), 4);

        // A clip that appears after the search (imported, or the clip of a job) is matched by its prompt.
        m_clips.insert(u"c5"_s, m_fixture->addClip({ .prompt = u"Kite surfers at sunset"_s, .createdAt = ago(1) }));
        m_clips.insert(u"c6"_s, m_fixture->addClip({ .prompt = u"A quiet pond"_s, .createdAt = ago(2) }));
        QCOMPARE(sortedNames(shown()), QStringList({ u"c1"_s, u"c5"_s, u"j1"_s, u"j2"_s, u"j4"_s }));

        // The running job j2 completes: its row becomes its clip and stays in the result.
        const qint64 j2 = m_jobs.value(u"j2"_s);
        const JobRecord job = *m_fixture->engine()->job(j2);
        m_clips.insert(u"c7"_s,
            m_fixture->addClip(
                { .prompt = job.request.prompt, .createdAt = ago(10), .jobId = j2, .remoteId = job.remoteId }));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait());
        QCOMPARE(sortedNames(shown()), QStringList({ u"c1"_s, u"c5"_s, u"c7"_s, u"j1"_s, u"j4"_s }));

        // Removing a clip removes it from the result.
        QString error;
        QVERIFY(m_fixture->library()->removeClip(m_clips.value(u"c1"_s), Library::RemoveMode::Permanent, &error));
        QCOMPARE(sortedNames(shown()), QStringList({ u"c5"_s, u"c7"_s, u"j1"_s, u"j4"_s }));
        QCOMPARE(m_proxy->searchQueries(), 1);

        m_proxy->setSearchText({});
        QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    }

    void aResetSearchesAgain()
    {
        m_proxy->setSearchText(u"piano"_s);
        QCOMPARE(shown(), QStringList({ u"c2"_s }));
        m_model->reload();
        QCOMPARE(shown(), QStringList({ u"c2"_s }));
        QCOMPARE(m_proxy->searchQueries(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStudioFilterProxy)
#include "tst_studiofilterproxy.moc"
