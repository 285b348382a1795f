// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/settings/appsettings.h"
#include "core/settings/profilestore.h"
#include "core/settings/secretstore.h"
#include "session/workspace.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

using Change = Workspace::ProfileChange;
using Saved = Workspace::ProfileSaveResult;

/// Workspace::saveProfile(), the one operation Settings and `dailies profiles add` store a profile with: what an add,
/// an update and a rename change in the ProfileStore, AppSettings, the keychain and the session.
class TestWorkspaceProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void saveProfile_data();
    void saveProfile();

private:
    /// What the keychain holds under `entry`: the key, or "(none)".
    [[nodiscard]] QString secret(const QString &entry);
    [[nodiscard]] static QString entryOf(const QString &profile)
    {
        return Api::ProviderProfile::compatible(profile, QUrl(u"https://gw.example.com/v1"_s)).secretKey();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
};

void TestWorkspaceProfiles::init()
{
    QVERIFY(m_dir.isValid());
    m_workspace.reset();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings->clear();
    m_workspace = std::make_unique<Workspace>(m_settings.get());
    m_workspace->setSecretStore(std::make_unique<MemorySecretStore>());

    // "old": a stored profile with options, a key in the keychain and a session key, and the default profile.
    ProfileStore store(m_settings.get());
    QCOMPARE(store.save(Api::ProviderProfile::compatible(u"old"_s, QUrl(u"https://gw.example.com/v1"_s))), QString());
    QCOMPARE(store.save(Api::ProviderProfile::compatible(u"taken"_s, QUrl(u"https://gw.example.com/v1"_s))), QString());
    QCOMPARE(store.setDefaultProfileName(u"old"_s), QString());
    QCOMPARE(AppSettings(m_settings.get()).setProfileOptions(u"old"_s, u"sora-2"_s, u"sora-2-pro"_s, 3), QString());
    SecretJob *write = m_workspace->secrets().write(entryOf(u"old"_s), u"sk-old"_s);
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(5000));
    m_workspace->setSessionKey(u"old"_s, u"sk-session"_s);
}

QString TestWorkspaceProfiles::secret(const QString &entry)
{
    SecretJob *read = m_workspace->secrets().read(entry);
    QSignalSpy done(read, &SecretJob::finished);
    if (!done.wait(5000))
        return u"(no answer)"_s;
    return read->result().status == SecretResult::Status::NotFound ? u"(none)"_s : read->result().value;
}

void TestWorkspaceProfiles::saveProfile_data()
{
    QTest::addColumn<QString>("original"); // the stored name; empty: a new profile
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<Change::Key>("key");
    QTest::addColumn<QString>("newKey");
    QTest::addColumn<QVariant>("storedKey"); // null: not known
    QTest::addColumn<Saved::Refusal>("refusal");
    QTest::addColumn<Saved::KeyJob>("keyJob");
    QTest::addColumn<QString>("keyAfter"); // the keychain's entry under `name` afterwards
    QTest::addColumn<bool>("oldEntryKept"); // whether "old"'s entry is still in the keychain
    QTest::addColumn<QString>("sessionKeyAfter"); // `name`'s session key afterwards

    const QString url = u"https://gw.example.com/v1"_s;
    const QVariant none;
    QTest::newRow("add with a key") << QString() << u"fresh"_s << url << Change::Key::Replace << u"sk-fresh"_s
                                    << QVariant(QString()) << Saved::Refusal::None << Saved::KeyJob::Write
                                    << u"sk-fresh"_s << true << QString();
    QTest::newRow("add without a key") << QString() << u"fresh"_s << url << Change::Key::Keep << QString()
                                       << QVariant(QString()) << Saved::Refusal::None << Saved::KeyJob::None
                                       << u"(none)"_s << true << QString();
    QTest::newRow("update keeps the key")
        << u"old"_s << u"old"_s << url << Change::Key::Keep << QString() << QVariant(u"sk-old"_s)
        << Saved::Refusal::None << Saved::KeyJob::None << u"sk-old"_s << true << u"sk-session"_s;
    QTest::newRow("update replaces the key")
        << u"old"_s << u"old"_s << url << Change::Key::Replace << u"sk-new"_s << QVariant(u"sk-old"_s)
        << Saved::Refusal::None << Saved::KeyJob::Write << u"sk-new"_s << true << QString();
    QTest::newRow("update forgets the key")
        << u"old"_s << u"old"_s << url << Change::Key::Forget << QString() << QVariant(u"sk-old"_s)
        << Saved::Refusal::None << Saved::KeyJob::Remove << u"(none)"_s << false << QString();
    QTest::newRow("rename moves the key")
        << u"old"_s << u"new"_s << url << Change::Key::Keep << QString() << QVariant(u"sk-old"_s)
        << Saved::Refusal::None << Saved::KeyJob::Write << u"sk-old"_s << false << QString();
    QTest::newRow("rename with a new key")
        << u"old"_s << u"new"_s << url << Change::Key::Replace << u"sk-new"_s << none << Saved::Refusal::None
        << Saved::KeyJob::Write << u"sk-new"_s << false << QString();
    QTest::newRow("rename with a session key only")
        << u"old"_s << u"new"_s << url << Change::Key::Keep << QString() << QVariant(QString()) << Saved::Refusal::None
        << Saved::KeyJob::None << u"(none)"_s << false << u"sk-session"_s;
    QTest::newRow("rename and forget") << u"old"_s << u"new"_s << url << Change::Key::Forget << QString()
                                       << QVariant(u"sk-old"_s) << Saved::Refusal::None << Saved::KeyJob::Remove
                                       << u"(none)"_s << false << QString();
    QTest::newRow("rename with an unknown key")
        << u"old"_s << u"new"_s << url << Change::Key::Keep << QString() << none << Saved::Refusal::KeyUnknown
        << Saved::KeyJob::None << u"(none)"_s << true << QString();
    QTest::newRow("rename onto a stored name")
        << u"old"_s << u"taken"_s << url << Change::Key::Keep << QString() << QVariant(u"sk-old"_s)
        << Saved::Refusal::NameTaken << Saved::KeyJob::None << u"(none)"_s << true << QString();
    QTest::newRow("plain http to a remote host")
        << u"old"_s << u"new"_s << u"http://gw.example.com/v1"_s << Change::Key::Keep << QString()
        << QVariant(u"sk-old"_s) << Saved::Refusal::Invalid << Saved::KeyJob::None << u"(none)"_s << true << QString();
}

void TestWorkspaceProfiles::saveProfile()
{
    QFETCH(QString, original);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(Change::Key, key);
    QFETCH(QString, newKey);
    QFETCH(QVariant, storedKey);
    QFETCH(Saved::Refusal, refusal);
    QFETCH(Saved::KeyJob, keyJob);
    QFETCH(QString, keyAfter);
    QFETCH(bool, oldEntryKept);
    QFETCH(QString, sessionKeyAfter);

    Change change;
    change.originalName = original;
    change.profile = Api::ProviderProfile::compatible(name, QUrl(url));
    change.options = Change::Options { u"sora-2-pro"_s, QString(), 2 };
    change.key = key;
    change.newKey = newKey;
    if (!storedKey.isNull())
        change.storedKey = storedKey.toString();
    int keyDone = 0;
    SecretResult keyResult;
    const Saved saved = m_workspace->saveProfile(change, [&keyDone, &keyResult](const SecretResult &result) {
        ++keyDone;
        keyResult = result;
    });
    QCOMPARE(saved.refusal, refusal);
    QCOMPARE(saved.problem.isEmpty(), refusal != Saved::Refusal::Invalid);
    QCOMPARE(saved.keyJob, keyJob);
    if (keyJob != Saved::KeyJob::None) {
        QTRY_COMPARE(keyDone, 1);
        QVERIFY2(keyResult.ok(), qPrintable(keyResult.message));
    }
    QTest::qWait(10); // a second call would show here
    QCOMPARE(keyDone, keyJob == Saved::KeyJob::None ? 0 : 1);

    const ProfileStore store(m_settings.get());
    const AppSettings app(m_settings.get());
    if (refusal != Saved::Refusal::None) {
        // Nothing changed.
        QVERIFY(store.profile(u"old"_s));
        QCOMPARE(store.profile(u"old"_s)->baseUrl, QUrl(u"https://gw.example.com/v1"_s));
        QCOMPARE(app.profileConcurrency(u"old"_s), 3);
        QCOMPARE(store.defaultProfileName(), u"old"_s);
        QCOMPARE(m_workspace->sessionKey(u"old"_s), u"sk-session"_s);
        QCOMPARE(secret(entryOf(u"old"_s)), u"sk-old"_s);
        if (name != u"taken"_s)
            QVERIFY(!store.profile(name));
        return;
    }
    QVERIFY(store.profile(name));
    QCOMPARE(app.draftModel(name), u"sora-2-pro"_s);
    QCOMPARE(app.profileConcurrency(name), 2);
    const bool renamed = !original.isEmpty() && original != name;
    if (renamed) {
        // Everything of the old name went to the new one.
        QVERIFY(!store.profile(original));
        QCOMPARE(app.profileConcurrency(original), 0);
        QCOMPARE(app.draftModel(original), QString());
        QCOMPARE(store.defaultProfileName(), name);
        QVERIFY(!m_workspace->hasSessionKey(original));
    }
    QCOMPARE(m_workspace->sessionKey(name), sessionKeyAfter);
    QCOMPARE(secret(entryOf(name)), keyAfter);
    if (name != u"old"_s)
        QCOMPARE(secret(entryOf(u"old"_s)), oldEntryKept ? u"sk-old"_s : u"(none)"_s);
}

QTEST_GUILESS_MAIN(TestWorkspaceProfiles)
#include "tst_workspaceprofiles.moc"
