// SPDX-License-Identifier: GPL-3.0-or-later
// Both secret stores through the same interface. The keychain store runs on a private D-Bus session with a
// throwaway gnome-keyring (see tests/CMakeLists.txt); without one it must say so rather than hang or pretend.
#include <QSignalSpy>
#include <QTest>

#include "core/settings/keychainsecretstore.h"
#include "core/settings/secretstore.h"

using namespace Qt::StringLiterals;
using namespace Dailies;

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static SecretResult wait(SecretJob *job)
    {
        QSignalSpy spy(job, &SecretJob::finished);
        if (!spy.wait(10000))
            return { SecretResult::Status::Failed, {}, u"timed out"_s };
        return spy.first().first().value<SecretResult>();
    }

    static void roundTrip(SecretStore &store)
    {
        const QString key = u"profile/test-%1/api-key"_s.arg(QCoreApplication::applicationPid());
        const SecretResult missing = wait(store.read(key));
        if (missing.status == SecretResult::Status::Unavailable)
            QSKIP(qPrintable(u"no keychain answers here: "_s + missing.message));
        QCOMPARE(int(missing.status), int(SecretResult::Status::NotFound));
        QVERIFY(wait(store.write(key, u"sk-secret-1"_s)).ok());
        const SecretResult read = wait(store.read(key));
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, u"sk-secret-1"_s);
        QVERIFY(wait(store.write(key, u"sk-secret-2"_s)).ok());
        QCOMPARE(wait(store.read(key)).value, u"sk-secret-2"_s);
        QVERIFY(wait(store.remove(key)).ok());
        QCOMPARE(int(wait(store.read(key)).status), int(SecretResult::Status::NotFound));
    }

private Q_SLOTS:
    void memoryStore()
    {
        MemorySecretStore store;
        roundTrip(store);
    }

    void keychainStore()
    {
        KeychainSecretStore store(u"Dailies-test"_s);
        roundTrip(store);
    }

    void keychainUnavailableIsReported()
    {
        // ctest runs this slot once more in a process whose session bus does not exist (tst_secretstore_nobus):
        // the store must then answer quickly with Unavailable and a reason, never hang or pretend.
        if (!qEnvironmentVariableIsSet("DAILIES_EXPECT_NO_KEYCHAIN"))
            QSKIP("runs as tst_secretstore_nobus");
        KeychainSecretStore store(u"Dailies-test-nobus"_s);
        const SecretResult r = wait(store.read(u"anything"_s));
        QCOMPARE(int(r.status), int(SecretResult::Status::Unavailable));
        QVERIFY(!r.message.isEmpty());
        QCOMPARE(int(wait(store.write(u"anything"_s, u"x"_s)).status), int(SecretResult::Status::Unavailable));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
