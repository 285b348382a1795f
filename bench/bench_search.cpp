// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt search over a library of --clips clips (DESIGN.md §5: typed character to updated view). First the
// command line's query (`dailies library search`): Library::clipPage() newest first, 200 rows, for a few hundred
// searches (common and rare words, two words, prefixes, words nothing has), after one untimed round; the full records
// of that page, which the command prints, are timed apart.
// Then the studio's own path, typed one character at a time: StudioFilterProxy::setSearchText() for every prefix of
// every search text, which lists the first page of the new view (one SQL query) and lays the model out again, plus
// the data of the rows a window shows; each first character of a search after the previous one is cleared, the way
// a person starts a new search. The repaint itself is the window's part (bench_window).
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

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
    parser.addOption(ClipLibraryGenerator::clipsOption());
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
            ClipPageQuery query;
            query.filter.text = search.text;
            query.limit = kPage;
            QString error;
            QElapsedTimer timer;
            timer.start();
            const QList<ClipSummary> ids = library.clipPage(query, &error);
            const double idsMs = msSince(timer);
            if (!error.isEmpty())
                BenchReport::fail(u"'%1': %2"_s.arg(search.text, error));
            timer.restart();
            QList<ClipRecord> page;
            for (const ClipSummary &summary : ids) {
                if (std::optional<ClipRecord> clip = library.clip(summary.id))
                    page.append(std::move(*clip));
            }
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
    // The studio's own path for a typed character: the proxy hands the view to the model, which reads one page.
    JobEngine engine(&db, &library, nullptr, [](const QString &) { return nullptr; });
    StudioModel model(&engine, &library);
    model.reload();
    StudioFilterProxy proxy(&library);
    proxy.setSourceModel(&model);
    QList<double> proxyMs;
    QList<double> firstCharMs;
    QMap<QString, QList<double>> proxyByKind;
    for (const Search &search : list) {
        const qsizetype found
            = library.clipIds(ClipQuery { .text = search.text, .limit = StudioModel::kDefaultFirstPageSize }).size();
        proxy.setSearchText({});
        for (qsizetype typed = 1; typed <= search.text.size(); ++typed) {
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(search.text.left(typed));
            // What a window of about 20 rows reads to paint them.
            for (int row = 0; row < std::min(20, proxy.rowCount()); ++row)
                (void)proxy.index(row, 0).data(Qt::DisplayRole);
            const double ms = msSince(timer);
            proxyMs.append(ms);
            proxyByKind[search.kind].append(ms);
            if (typed == 1)
                firstCharMs.append(ms);
        }
        if (proxy.rowCount() < found && !search.text.contains(u'"') && !search.text.contains(u'('))
            BenchReport::fail(u"'%1' shows %2 rows of %3"_s.arg(search.text).arg(proxy.rowCount()).arg(found));
    }
    // The floor under that path: the same first page straight from FTS5, newest first, on the same connection
    // (what sqlite3 itself would do), for every typed prefix.
    QList<double> rawMs;
    QSqlQuery raw(db.connection());
    raw.setForwardOnly(true);
    if (!raw.prepare(u"SELECT rowid FROM clips_fts WHERE clips_fts MATCH ? ORDER BY rowid DESC LIMIT %1"_s.arg(
            StudioModel::kDefaultFirstPageSize)))
        BenchReport::fail(raw.lastError().text());
    for (const Search &search : list) {
        for (qsizetype typed = 1; typed <= search.text.size(); ++typed) {
            QStringList terms;
            const QStringList words = StudioModel::searchWords(search.text.left(typed));
            for (const QString &word : words)
                terms << u'"' + word + u"\"*"_s;
            if (terms.isEmpty())
                continue;
            QElapsedTimer timer;
            timer.start();
            raw.addBindValue(terms.join(u' '));
            if (!raw.exec())
                BenchReport::fail(raw.lastError().text());
            while (raw.next()) { }
            rawMs.append(msSince(timer));
        }
    }
    raw.finish();

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
    BenchReport::figure(u"search.typed_characters"_s, double(proxyMs.size()), u"characters"_s, 0);
    BenchReport::figure(u"search.studio_first_char_p95"_s, BenchReport::percentile(firstCharMs, 95), u"ms"_s, 2);
    BenchReport::figure(u"search.studio_filter_p50"_s, BenchReport::percentile(proxyMs, 50), u"ms"_s, 2);
    BenchReport::figure(u"search.studio_filter_p95"_s, BenchReport::percentile(proxyMs, 95), u"ms"_s, 2);
    BenchReport::figure(u"search.raw_fts_page_p95"_s, BenchReport::percentile(rawMs, 95), u"ms"_s, 2);
    return 0;
}
