// SPDX-License-Identifier: GPL-3.0-or-later
// Prompt history in the library database: newest first, de-duplicated, capped, searchable, kept across opens.
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#include "core/prompt/prompthistory.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

QStringList texts(const QList<PromptHistoryEntry> &entries)
{
    QStringList list;
    for (const PromptHistoryEntry &e : entries)
        list << e.text;
    return list;
}

} // namespace

class TestPromptHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(u":memory:"_s), qPrintable(m_db->errorString()));
    }

    void cleanup() { m_db.reset(); }

    void addKeepsNewestFirst_data()
    {
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QStringList {} << QStringList {};
        QTest::newRow("one") << QStringList { u"a kite"_s } << QStringList { u"a kite"_s };
        QTest::newRow("newest first") << QStringList { u"one"_s, u"two"_s, u"three"_s }
                                      << QStringList { u"three"_s, u"two"_s, u"one"_s };
        QTest::newRow("again moves to the top") << QStringList { u"one"_s, u"two"_s, u"three"_s, u"one"_s }
                                                << QStringList { u"one"_s, u"three"_s, u"two"_s };
        QTest::newRow("blank is ignored")
            << QStringList { u"one"_s, u"   "_s, u""_s, u"\n\t"_s } << QStringList { u"one"_s };
        QTest::newRow("case and spacing are different texts")
            << QStringList { u"Kite"_s, u"kite"_s, u"kite "_s } << QStringList { u"kite "_s, u"kite"_s, u"Kite"_s };
        QTest::newRow("multi-line and unicode")
            << QStringList { u"Subject: 猫\nCamera: dolly"_s } << QStringList { u"Subject: 猫\nCamera: dolly"_s };
    }

    void addKeepsNewestFirst()
    {
        QFETCH(QStringList, added);
        QFETCH(QStringList, expected);
        PromptHistory history(m_db.get());
        for (const QString &text : std::as_const(added))
            QCOMPARE(history.add(text), !text.trimmed().isEmpty());
        QCOMPARE(texts(history.entries()), expected);
        QCOMPARE(history.count(), expected.size());
        if (!expected.isEmpty()) {
            QCOMPARE(texts(history.entries(1)), QStringList { expected.first() });
            QVERIFY(history.entries().first().usedAt.isValid());
        }
    }

    void capacityDropsTheOldest_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("added");
        QTest::newRow("under") << 5 << 3;
        QTest::newRow("exactly") << 5 << 5;
        QTest::newRow("over") << 5 << 12;
        QTest::newRow("default") << int(PromptHistory::kDefaultCapacity) << PromptHistory::kDefaultCapacity + 7;
    }

    void capacityDropsTheOldest()
    {
        QFETCH(int, capacity);
        QFETCH(int, added);
        PromptHistory history(m_db.get());
        history.setCapacity(capacity);
        for (int i = 0; i < added; ++i)
            QVERIFY(history.add(u"prompt %1"_s.arg(i)));
        const QList<PromptHistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), std::min(capacity, added));
        QCOMPARE(entries.first().text, u"prompt %1"_s.arg(added - 1));
        QCOMPARE(entries.last().text, u"prompt %1"_s.arg(added - entries.size()));
    }

    void search_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("blank gives all") << u"  "_s
                                         << QStringList { u"Night market, neon rain"_s, u"A red kite over hills"_s,
                                                u"red car at dawn"_s };
        QTest::newRow("one word, any case")
            << u"RED"_s << QStringList { u"A red kite over hills"_s, u"red car at dawn"_s };
        QTest::newRow("every word, any order") << u"hills red"_s << QStringList { u"A red kite over hills"_s };
        QTest::newRow("part of a word") << u"eon"_s << QStringList { u"Night market, neon rain"_s };
        QTest::newRow("nothing") << u"submarine"_s << QStringList {};
    }

    void search()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        PromptHistory history(m_db.get());
        for (const QString &text : { u"red car at dawn"_s, u"A red kite over hills"_s, u"Night market, neon rain"_s })
            QVERIFY(history.add(text));
        QCOMPARE(texts(history.search(filter)), expected);
        if (expected.size() > 1)
            QCOMPARE(texts(history.search(filter, 1)), QStringList { expected.first() });
    }

    void removeAndClear()
    {
        PromptHistory history(m_db.get());
        QVERIFY(history.add(u"one"_s));
        QVERIFY(history.add(u"two"_s));
        const qint64 id = history.entries().last().id;
        QVERIFY(history.remove(id));
        QVERIFY(!history.remove(id));
        QCOMPARE(texts(history.entries()), QStringList { u"two"_s });
        QVERIFY(history.clear());
        QCOMPARE(history.count(), 0);
    }

    void keptInTheLibraryFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QVERIFY(db.schemaVersion() >= 2);
            PromptHistory history(&db);
            QVERIFY(history.add(u"first"_s));
            QVERIFY(history.add(u"second"_s));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(texts(PromptHistory(&db).entries()), (QStringList { u"second"_s, u"first"_s }));
    }
};

QTEST_GUILESS_MAIN(TestPromptHistory)
#include "tst_prompthistory.moc"
