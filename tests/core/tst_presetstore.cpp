// SPDX-License-Identifier: GPL-3.0-or-later
// Compose presets in the library database: save, replace, rename, delete, and the messages when nothing changes.
#include <QTest>
#include <memory>

#include "core/prompt/presetstore.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

namespace
{

ComposePreset sample(const QString &name)
{
    ComposePreset p;
    p.name = name;
    p.prompt = u"Subject: {subject}\nCamera: slow dolly in"_s;
    p.model = u"sora-2-pro"_s;
    p.size = u"1024x1792"_s;
    p.seconds = u"8"_s;
    p.variations = 3;
    p.fit = ReferenceFit::Crop;
    return p;
}

QStringList names(const QList<ComposePreset> &presets)
{
    QStringList list;
    for (const ComposePreset &p : presets)
        list << p.name;
    return list;
}

} // namespace

class TestPresetStore : public QObject
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

    void fitNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("fit");
        QTest::newRow("fit") << u"fit"_s << int(ReferenceFit::Fit);
        QTest::newRow("crop") << u"crop"_s << int(ReferenceFit::Crop);
        QTest::newRow("crop, any case") << u"Crop"_s << int(ReferenceFit::Crop);
        QTest::newRow("unknown gives fit") << u"stretch"_s << int(ReferenceFit::Fit);
    }

    void fitNames()
    {
        QFETCH(QString, name);
        QFETCH(int, fit);
        QCOMPARE(int(referenceFitFromName(name)), fit);
        QCOMPARE(referenceFitFromName(referenceFitName(ReferenceFit(fit))), ReferenceFit(fit));
    }

    void roundTrip()
    {
        PresetStore store(m_db.get());
        QVERIFY(store.presets().isEmpty());
        const ComposePreset p = sample(u"Vertical teaser"_s);
        QCOMPARE(store.save(p), QString());
        QCOMPARE(store.preset(u"Vertical teaser"_s), p);
        QCOMPARE(store.preset(u"  Vertical teaser "_s), p);
        QVERIFY(!store.preset(u"vertical teaser"_s));
        ComposePreset other = sample(u"  another "_s);
        other.fit = ReferenceFit::Fit;
        other.variations = 1;
        QCOMPARE(store.save(other), QString());
        QCOMPARE(names(store.presets()), (QStringList { u"another"_s, u"Vertical teaser"_s }));
        QCOMPARE(store.preset(u"another"_s)->fit, ReferenceFit::Fit);
    }

    void saveRefuses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("variations");
        QTest::addColumn<bool>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("blank name") << u"  "_s << 1 << true << u"name"_s;
        QTest::newRow("long name") << QString(81, u'x') << 1 << true << u"80"_s;
        QTest::newRow("no variations") << u"p"_s << 0 << true << u"variation"_s;
        QTest::newRow("taken, no replace") << u"taken"_s << 1 << false << u"already"_s;
    }

    void saveRefuses()
    {
        QFETCH(QString, name);
        QFETCH(int, variations);
        QFETCH(bool, replace);
        QFETCH(QString, expected);
        PresetStore store(m_db.get());
        QCOMPARE(store.save(sample(u"taken"_s)), QString());
        ComposePreset p = sample(name);
        p.variations = variations;
        p.prompt = u"changed"_s;
        const QString message = store.save(p, replace);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(names(store.presets()), QStringList { u"taken"_s });
        QCOMPARE(store.preset(u"taken"_s), sample(u"taken"_s));
    }

    void replaceKeepsOneRow()
    {
        PresetStore store(m_db.get());
        QCOMPARE(store.save(sample(u"p"_s)), QString());
        ComposePreset changed = sample(u"p"_s);
        changed.prompt = u"new text"_s;
        QCOMPARE(store.save(changed), QString());
        QCOMPARE(store.presets().size(), 1);
        QCOMPARE(store.preset(u"p"_s)->prompt, u"new text"_s);
    }

    void rename_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected"); ///< empty: renamed
        QTest::addColumn<QStringList>("after");
        QTest::newRow("renamed") << u"a"_s << u" c "_s << QString() << QStringList { u"b"_s, u"c"_s };
        QTest::newRow("same name") << u"a"_s << u"a"_s << QString() << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("taken") << u"a"_s << u"b"_s << u"already"_s << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("blank") << u"a"_s << u" "_s << u"name"_s << QStringList { u"a"_s, u"b"_s };
        QTest::newRow("unknown") << u"zz"_s << u"c"_s << u"no preset"_s << QStringList { u"a"_s, u"b"_s };
    }

    void rename()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);
        QFETCH(QStringList, after);
        PresetStore store(m_db.get());
        QCOMPARE(store.save(sample(u"a"_s)), QString());
        QCOMPARE(store.save(sample(u"b"_s)), QString());
        const QString message = store.rename(from, to);
        if (expected.isEmpty())
            QCOMPARE(message, QString());
        else
            QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(names(store.presets()), after);
        if (expected.isEmpty())
            QCOMPARE(store.preset(to)->prompt, sample(u"a"_s).prompt);
    }

    void remove()
    {
        PresetStore store(m_db.get());
        QCOMPARE(store.save(sample(u"a"_s)), QString());
        QCOMPARE(store.remove(u"a"_s), QString());
        QVERIFY(store.remove(u"a"_s).contains(u"no preset"_s));
        QVERIFY(store.presets().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
