// SPDX-License-Identifier: GPL-3.0-or-later
// The five-element check: labels, vocabulary from the prompt language, "Avoid:" ignored, honest about subjects.
#include <QTest>

#include "core/prompt/promptcheck.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestPromptCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elements_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("present"); // subject, action, setting, camera & lighting, style: 1 or 0

        QTest::newRow("empty") << QString() << u"00000"_s;
        QTest::newRow("only spaces") << u"  \n \n"_s << u"00000"_s;
        QTest::newRow("a subject alone") << u"an old fisherman"_s << u"10000"_s;
        QTest::newRow("vocabulary but no subject") << u"slow dolly-in, golden hour, cinematic"_s << u"00011"_s;
        QTest::newRow("prose, all five")
            << u"A red fox trots... no: a red fox walks through a snowy forest at dawn, tracking shot, "
               u"watercolor look"_s
            << u"11111"_s;
        QTest::newRow("labels, all five") << u"Subject: a heron\nAction: lifts off\nScene: misty lake\n"
                                             u"Camera: 85mm\nStyle: documentary"_s
                                          << u"11111"_s;
        QTest::newRow("lighting alone counts for camera & lighting") << u"a cat, backlit"_s << u"10010"_s;
        QTest::newRow("dialogue is an action") << u"a robot says \"hello\""_s << u"11000"_s;
        QTest::newRow("quoted words are no subject") << u"\"hello\""_s << u"01000"_s;
        QTest::newRow("on-screen text is no action") << u"Title: \"THE END\""_s << u"00000"_s;
        QTest::newRow("an empty label counts for nothing") << u"Camera:\nStyle:   "_s << u"00000"_s;
        QTest::newRow("a continued empty label counts") << u"Camera: \\\nslow push-in"_s << u"00010"_s;
        QTest::newRow("avoid section counts for nothing")
            << u"Avoid: neon, handheld, cinematic, forest"_s << u"00000"_s;
        QTest::newRow("avoid ends with the line") << u"Avoid: neon\nneon"_s << u"00010"_s;
        QTest::newRow("windows line ends") << u"Setting: a barn\r\nStyle: noir\r\n"_s << u"00101"_s;
    }

    void elements()
    {
        QFETCH(QString, prompt);
        QFETCH(QString, present);
        const QList<PromptCheck::Result> results = PromptCheck().check(prompt);
        QCOMPARE(results.size(), PromptCheck::kElementCount);
        QString got;
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).element, PromptCheck::Element(i));
            QVERIFY(!results.at(i).hint.isEmpty());
            got += results.at(i).present ? u'1' : u'0';
        }
        QCOMPARE(got, present);
    }

    void hintsAndEvidence()
    {
        const QList<PromptCheck::Result> r
            = PromptCheck().check(u"Camera: slow dolly-in, 35mm, whip pan, crane, orbit\nshe smiles"_s);
        const PromptCheck::Result &camera = r.at(int(PromptCheck::Element::CameraLighting));
        QVERIFY(camera.present);
        QCOMPARE(camera.evidence, (QStringList { u"Camera"_s, u"dolly-in"_s, u"35mm"_s }));
        QVERIFY2(camera.hint.contains(u"add the light"_s), qPrintable(camera.hint));
        QCOMPARE(r.at(int(PromptCheck::Element::Action)).evidence, QStringList { u"smiles"_s });
        const PromptCheck::Result &style = r.at(int(PromptCheck::Element::Style));
        QVERIFY(!style.present);
        QVERIFY(style.evidence.isEmpty());
        QVERIFY2(style.hint.startsWith(u"Style: "_s) && style.hint.contains(u"e.g."_s), qPrintable(style.hint));
        const PromptCheck::Result &subject = r.at(int(PromptCheck::Element::Subject));
        QVERIFY(subject.present);
        QVERIFY(subject.evidence.isEmpty()); // described, not named: the check does not guess who

        const QList<PromptCheck::Result> light = PromptCheck().check(u"Lighting: neon glow"_s);
        QVERIFY(light.at(int(PromptCheck::Element::CameraLighting)).hint.contains(u"add a shot type"_s));
        QCOMPARE(light.at(int(PromptCheck::Element::CameraLighting)).evidence,
            (QStringList { u"Lighting"_s, u"neon glow"_s }));
        const QList<PromptCheck::Result> repeated = PromptCheck().check(u"Dolly, dolly, DOLLY"_s);
        QCOMPARE(repeated.at(int(PromptCheck::Element::CameraLighting)).evidence, QStringList { u"Dolly"_s });
        const QList<PromptCheck::Result> labelled
            = PromptCheck().check(u"Subject: an old fisherman in a yellow raincoat"_s);
        QCOMPARE(labelled.first().evidence, QStringList { u"an old fisherman in a yellow ra…"_s });
        QCOMPARE(labelled.first().hint, u"Subject: “an old fisherman in a yellow ra…”."_s);
        QCOMPARE(PromptCheck::elementName(PromptCheck::Element::CameraLighting), u"Camera & lighting"_s);
    }

    void itemNamesExistInTheDefinition()
    {
        // The check and the XML share item names; a rename on one side only must fail here.
        const SyntaxDefinition def = SyntaxDefinition::promptLanguage();
        for (const QString &name :
            PromptCheck::labelItems() + PromptCheck::termItems() + QStringList { u"Normal Text"_s, u"Dialogue"_s })
            QVERIFY2(def.formatIndex(name) >= 0, qPrintable(name));
    }

    void speed()
    {
        // A long, realistic prompt (about 2,000 characters); the strip checks on every keystroke.
        QString prompt;
        while (prompt.size() < 2000)
            prompt += u"Subject: an old fisherman in a yellow raincoat\nAction: he hauls a net, pauses, smiles at "
                      u"{child}\nScene: a rainy harbour at dawn, gulls overhead\nCamera: slow dolly-in, 35mm, "
                      u"shallow depth of field\nLighting: soft window light, warm backlight\nStyle: cinematic, "
                      u"film grain, muted palette\n"_s;
        const PromptCheck check;
        QList<PromptCheck::Result> results;
        QBENCHMARK
        {
            results = check.check(prompt);
        }
        QCOMPARE(results.size(), PromptCheck::kElementCount);
        for (const PromptCheck::Result &r : std::as_const(results))
            QVERIFY(r.present);
    }
};

QTEST_GUILESS_MAIN(TestPromptCheck)
#include "tst_promptcheck.moc"
