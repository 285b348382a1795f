// SPDX-License-Identifier: GPL-3.0-or-later
// Batch files: JSON Lines and CSV, placeholders filled from columns, and every bad row named by line and field.
#include <QTemporaryDir>
#include <QTest>

#include "core/prompt/batchfile.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestBatchFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("filled");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("none") << u"a cat"_s << u"a cat"_s << QStringList {};
        QTest::newRow("two") << u"a {animal} in {place}"_s << u"a fox in snow"_s << QStringList {};
        QTest::newRow("repeated") << u"{animal}, {animal}!"_s << u"fox, fox!"_s << QStringList {};
        QTest::newRow("missing") << u"a {colour} fox"_s << u"a {colour} fox"_s << QStringList { u"colour"_s };
        QTest::newRow("not a name") << u"json {\"a\": 1} and { spaced }"_s << u"json {\"a\": 1} and { spaced }"_s
                                    << QStringList {};
    }

    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(QString, filled);
        QFETCH(QStringList, missing);
        QStringList gotMissing;
        QCOMPARE(fillPlaceholders(text, { { u"animal"_s, u"fox"_s }, { u"place"_s, u"snow"_s } }, &gotMissing), filled);
        QCOMPARE(gotMissing, missing);
    }

    void jsonLines()
    {
        const QByteArray data
            = R"({"prompt": "a {animal} at dawn", "animal": "heron", "size": "1280x720", "seconds": "8"}
# comments and blank lines are skipped

{"prompt": "a {animal} at dusk", "animal": "owl", "variations": 3, "project": "birds"}
)"_ba;
        const BatchFile b = BatchFile::parseJsonLines(data, u"/tmp"_s);
        QVERIFY(b.problems().isEmpty());
        QCOMPARE(b.rows().size(), 2);
        QCOMPARE(b.rows().at(0).request.prompt, u"a heron at dawn"_s);
        QCOMPARE(b.rows().at(0).request.size, u"1280x720"_s);
        QCOMPARE(b.rows().at(0).line, 1);
        QCOMPARE(b.rows().at(1).line, 4);
        QCOMPARE(b.rows().at(1).variations, 3);
        QCOMPARE(b.rows().at(1).project, u"birds"_s);
        QCOMPARE(b.jobCount(), 4);
    }

    void csvWithQuotes()
    {
        const QByteArray data = "\xEF\xBB\xBFprompt,animal,seconds\n"
                                "\"a {animal}, slowly\",cat,4\n"
                                "\"two\nlines about a {animal}\",\"dog \"\"rex\"\"\",8\n"
                                "a {animal},bird,12\n"_ba;
        const BatchFile b = BatchFile::parseCsv(data, u"/tmp"_s);
        QVERIFY2(b.problems().isEmpty(), b.problems().isEmpty() ? "" : qPrintable(b.problems().first().toString()));
        QCOMPARE(b.rows().size(), 3);
        QCOMPARE(b.rows().at(0).request.prompt, u"a cat, slowly"_s);
        QCOMPARE(b.rows().at(1).request.prompt, u"two\nlines about a dog \"rex\""_s);
        QCOMPARE(b.rows().at(1).line, 3);
        QCOMPARE(b.rows().at(2).line, 5);
        QCOMPARE(b.rows().at(2).request.seconds, u"12"_s);
    }

    void badRows_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("jsonl: not json") << u"jsonl"_s << "{\"prompt\": \"ok\"}\n{\"prompt\": \"broken\"\n"_ba << 2
                                         << QString() << u"not valid JSON"_s;
        QTest::newRow("jsonl: not an object") << u"jsonl"_s << "[1, 2]\n"_ba << 1 << QString() << u"JSON object"_s;
        QTest::newRow("jsonl: no prompt")
            << u"jsonl"_s << "{\"size\": \"1280x720\"}\n"_ba << 1 << u"prompt"_s << u"missing"_s;
        QTest::newRow("jsonl: empty prompt")
            << u"jsonl"_s << "{\"prompt\": \"  \"}\n"_ba << 1 << u"prompt"_s << u"empty"_s;
        QTest::newRow("jsonl: prompt is an array")
            << u"jsonl"_s << "{\"prompt\": [\"a\"]}\n"_ba << 1 << u"prompt"_s << u"text or a number"_s;
        QTest::newRow("jsonl: unfilled placeholder")
            << u"jsonl"_s << "{\"prompt\": \"a {colour} fox\"}\n"_ba << 1 << u"prompt"_s << u"colour"_s;
        QTest::newRow("jsonl: bad variations")
            << u"jsonl"_s << "{\"prompt\": \"x\", \"variations\": 20}\n"_ba << 1 << u"variations"_s << u"1 to 8"_s;
        QTest::newRow("jsonl: bad size") << u"jsonl"_s << "{\"prompt\": \"x\", \"size\": \"huge\"}\n"_ba << 1
                                         << u"size"_s << u"width x height"_s;
        QTest::newRow("jsonl: missing image")
            << u"jsonl"_s << "{\"prompt\": \"x\", \"input_reference\": \"nope.png\"}\n"_ba << 1 << u"input_reference"_s
            << u"does not exist"_s;
        QTest::newRow("csv: no prompt column")
            << u"csv"_s << "text,size\na,1280x720\n"_ba << 1 << QString() << u"no 'prompt' column"_s;
        QTest::newRow("csv: wrong field count")
            << u"csv"_s << "prompt,size\na,1280x720\nb\n"_ba << 3 << QString() << u"has 1 fields"_s;
        QTest::newRow("csv: prompt too long")
            << u"csv"_s << "prompt\n" + QByteArray(32001, 'a') + "\n"_ba << 2 << u"prompt"_s << u"32000"_s;
    }

    void badRows()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const BatchFile b = format == "csv"_L1 ? BatchFile::parseCsv(data, u"/nonexistent"_s)
                                               : BatchFile::parseJsonLines(data, u"/nonexistent"_s);
        QVERIFY(!b.problems().isEmpty());
        const BatchFile::Problem &p = b.problems().first();
        QCOMPARE(p.line, line);
        QCOMPARE(p.field, field);
        QVERIFY2(p.message.contains(messagePart), qPrintable(p.toString()));
        QVERIFY(p.toString().startsWith(u"line %1"_s.arg(line)));
    }

    void loadPicksTheFormat()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        };
        write(u"a.csv"_s, "prompt\nfirst\nsecond\n"_ba);
        write(u"b.jsonl"_s, "{\"prompt\": \"only\"}\n"_ba);
        write(u"c.txt"_s, "prompt\nx\n"_ba);
        write(u"d.csv"_s, ""_ba);
        QCOMPARE(BatchFile::load(dir.filePath(u"a.csv"_s)).rows().size(), 2);
        QCOMPARE(BatchFile::load(dir.filePath(u"b.jsonl"_s)).rows().size(), 1);
        QVERIFY(BatchFile::load(dir.filePath(u"c.txt"_s)).fileError().contains(u".jsonl nor .csv"_s));
        QVERIFY(!BatchFile::load(dir.filePath(u"d.csv"_s)).fileError().isEmpty());
        QVERIFY(BatchFile::load(dir.filePath(u"none.csv"_s)).fileError().contains(u"Cannot read"_s));
    }
};

QTEST_GUILESS_MAIN(TestBatchFile)
#include "tst_batchfile.moc"
