// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt search over 100,000 clips (DESIGN.md §5: typed character to updated view, p95 under 30 ms). Measures the
// query part: Library::clipIds(ClipQuery{text, limit 200}) for a few hundred searches (common and rare words, two
// words, prefixes, words nothing has), after one untimed round; the records of that page are timed apart. Then the
// studio's own path: StudioFilterProxy::setSearchText() over a StudioModel of the whole library (all matching ids,
// then the 100,000 rows filtered again); the view's repaint is not included.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include "core/jobs/jobengine.h"
#include "core/library/library.h"
#include "core/models/studiofilterproxy.h"
#include "core/models/studiomodel.h"
#include "core/storage/database.h"
#include "support/benchreport.h"
#include "support/cliplibrarygenerator.h"

using namespace Qt::StringLiterals;
using namespace Dailies;
using namespace Dailies::Bench;

namespace
{

constexpr int kClips = ClipLibraryGenerator::kSharedClipCount;
constexpr int kPage = 200;
constexpr int kRounds = 3;

struct Search {
    QString kind;
    QString text;
};

QList<Search> searches()
{
    const QStringList common = ClipLibraryGenerator::commonWords();
    const QStringList rare = ClipLibraryGenerator::rareWords();
    QList<Search> list;
    for (const QString &word : common)
        list.append({ u"common"_s, word });
    for (const QString &word : rare)
        list.append({ u"rare"_s, word });
    for (qsizetype i = 0; i + 1 < common.size(); i += 1)
        list.append({ u"two-words"_s, common.at(i) + u' ' + common.at(common.size() - 1 - i) });
    for (qsizetype i = 0; i < 20; ++i)
        list.append({ u"two-words"_s, common.at(i) + u' ' + rare.at(i * 3) });
    for (const QString &prefix :
        { u"boa*"_s, u"lig*"_s, u"fo*"_s, u"mis*"_s, u"sn*"_s, u"gol*"_s, u"ne*"_s, u"ca*"_s, u"st*"_s, u"wa*"_s,
            u"tra*"_s, u"dan*"_s, u"cin*"_s, u"har*"_s, u"ax*"_s, u"zep*"_s, u"ori*"_s, u"pla*"_s, u"b*"_s, u"s*"_s })
        list.append({ u"prefix"_s, prefix });
    for (qsizetype i = 0; i < 10; ++i)
        list.append({ u"prefix"_s, common.at(i).left(3) + u'*' });
    for (const QString &none : { u"zzyzx"_s, u"qwertyuiop"_s, u"xenomorph"_s, u"flibbertigibbet"_s, u"snarf"_s,
             u"lighthouse zzyzx"_s, u"quux*"_s, u"\"quoted\""_s, u"AND OR NOT"_s, u"(((("_s })
        list.append({ u"no-match"_s, none });
    for (const QString &mixed : { u"Café"_s, u"CAFE"_s, u"crepe"_s, u"Pinata"_s, u"FACADE"_s, u"Lighthouse"_s,
             u"NEON Alley"_s, u"golden HOUR"_s, u"smorgasbord"_s, u"jalapeno"_s })
        list.append({ u"case-accents"_s, mixed });
    return list;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prompt search over a 100,000-clip library."_s);
    parser.addHelpOption();
    parser.addOption(ClipLibraryGenerator::dataOption());
    parser.process(app);
    const QString folder = ClipLibraryGenerator::sharedLibrary(parser);

    Database db;
    if (!db.open(ClipLibraryGenerator::databasePath(folder)))
        BenchReport::fail(db.errorString());
    Library library(&db, folder);
    const QList<Search> list = searches();

    QMap<QString, QList<double>> byKind;
    QList<double> all;
    QList<double> records;
    QMap<QString, qsizetype> hits;
    for (int round = 0; round <= kRounds; ++round) {
        for (const Search &search : list) {
            const ClipQuery query { .text = search.text, .limit = kPage };
            QElapsedTimer timer;
            timer.start();
            const QList<qint64> ids = library.clipIds(query);
            const double idsMs = msSince(timer);
            timer.restart();
            const QList<ClipRecord> page = library.clips(query);
            const double pageMs = msSince(timer);
            if (page.size() != ids.size())
                BenchReport::fail(u"'%1': %2 ids but %3 records"_s.arg(search.text).arg(ids.size()).arg(page.size()));
            if (round == 0) {
                hits[search.kind] += ids.size();
                if (search.kind != "no-match"_L1 && ids.isEmpty())
                    BenchReport::note(u"note: '%1' finds nothing"_s.arg(search.text));
                continue;
            }
            all.append(idsMs);
            byKind[search.kind].append(idsMs);
            records.append(pageMs);
        }
    }
    // The studio's own path for a typed character: StudioFilterProxy::setSearchText() runs the full-text search for
    // every matching id (no limit) and filters the 100,000 rows of the StudioModel again; one search after the
    // other, as typing goes from one text to the next.
    JobEngine engine(&db, &library, nullptr, [](const QString &) { return nullptr; });
    StudioModel model(&engine, &library);
    model.reload();
    StudioFilterProxy proxy(&library);
    proxy.setSourceModel(&model);
    QList<double> proxyMs;
    QList<double> allIdsMs;
    QMap<QString, QList<double>> proxyByKind;
    for (const Search &search : list) {
        // Its query alone first (all ids, no limit), so that the filtering can be told apart.
        QElapsedTimer timer;
        timer.start();
        const qsizetype found = library.clipIds(ClipQuery { .text = search.text, .limit = 0 }).size();
        allIdsMs.append(msSince(timer));
        timer.restart();
        proxy.setSearchText(search.text);
        const int shown = proxy.rowCount();
        const double ms = msSince(timer);
        if (shown < found)
            BenchReport::fail(u"'%1' shows %2 rows of %3"_s.arg(search.text).arg(shown).arg(found));
        proxyMs.append(ms);
        proxyByKind[search.kind].append(ms);
    }
    for (auto it = proxyByKind.cbegin(); it != proxyByKind.cend(); ++it)
        BenchReport::note(u"studio filter, %1: p50 %2 ms, p95 %3 ms"_s.arg(it.key())
                              .arg(BenchReport::percentile(it.value(), 50), 0, 'f', 2)
                              .arg(BenchReport::percentile(it.value(), 95), 0, 'f', 2));

    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        BenchReport::note(
            u"%1: %2 searches, %3 ids per search on average (at most %4), p50 %5 ms, p95 %6 ms"_s.arg(it.key())
                .arg(it.value().size() / kRounds)
                .arg(double(hits.value(it.key())) / double(it.value().size() / kRounds), 0, 'f', 1)
                .arg(kPage)
                .arg(BenchReport::percentile(it.value(), 50), 0, 'f', 2)
                .arg(BenchReport::percentile(it.value(), 95), 0, 'f', 2));

    BenchReport::figure(u"search.queries"_s, double(list.size()), u"searches"_s, 0);
    BenchReport::figure(u"search.ids_p50"_s, BenchReport::percentile(all, 50), u"ms"_s, 2);
    BenchReport::figure(u"search.ids_p95"_s, BenchReport::percentile(all, 95), u"ms"_s, 2);
    BenchReport::figure(u"search.ids_max"_s, BenchReport::percentile(all, 100), u"ms"_s, 2);
    for (const QString &kind : { u"common"_s, u"rare"_s, u"two-words"_s, u"prefix"_s })
        BenchReport::figure(u"search.%1_p95"_s.arg(kind), BenchReport::percentile(byKind.value(kind), 95), u"ms"_s, 2);
    BenchReport::figure(u"search.page_records_p95"_s, BenchReport::percentile(records, 95), u"ms"_s, 2);
    BenchReport::figure(u"search.all_ids_p95"_s, BenchReport::percentile(allIdsMs, 95), u"ms"_s, 2);
    BenchReport::figure(u"search.studio_filter_p50"_s, BenchReport::percentile(proxyMs, 50), u"ms"_s, 2);
    BenchReport::figure(u"search.studio_filter_p95"_s, BenchReport::percentile(proxyMs, 95), u"ms"_s, 2);
    return 0;
}
