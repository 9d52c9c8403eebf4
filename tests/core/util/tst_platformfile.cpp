// util/PlatformFile and util/PlatformNet (the POSIX branch, as built here): the semantics
// LocalFile, FileCopy, the segment record, the tree walk and the FTP data channel rely on.
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>

#include "util/PlatformFile.h"
#include "util/PlatformNet.h"

using namespace ferry::util;
namespace platform = ferry::util::platform;

class TestPlatformFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exclusiveCreateRefusesAnExistingName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a"));
        int err = 0;
        const int fd = platform::openFile(
            path, platform::OpenWrite | platform::OpenCreate | platform::OpenExclusive, 0666, &err);
        QVERIFY(fd >= 0);
        QCOMPARE(platform::closeFile(fd), 0);
        QCOMPARE(platform::openFile(
                     path, platform::OpenWrite | platform::OpenCreate | platform::OpenExclusive, 0666, &err),
                 -1);
        QCOMPARE(err, EEXIST);
        QCOMPARE(platform::openFile(dir.filePath(QStringLiteral("missing")), platform::OpenRead, 0, &err),
                 -1);
        QCOMPARE(err, ENOENT);
        QVERIFY(!platform::errorText(ENOENT).isEmpty());
    }

    void noFollowRefusesALink()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target"));
        const QString link = dir.filePath(QStringLiteral("link"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(QFile::link(target, link));
        int err = 0;
        QCOMPARE(platform::openFile(link, platform::OpenWrite | platform::OpenNoFollow, 0, &err), -1);
        QCOMPARE(err, ELOOP);
        platform::FileStatus st;
        QCOMPARE(platform::statPath(link, false, &st), 0);
        QCOMPARE(st.type, platform::FileStatus::Type::Link);
        QCOMPARE(platform::statPath(link, true, &st), 0);
        QCOMPARE(st.type, platform::FileStatus::Type::File);
        QCOMPARE(platform::readLink(link, &err), QFile::encodeName(target));
    }

    void readsAndWritesAtOffsets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        int err = 0;
        const int fd = platform::openFile(
            path, platform::OpenRead | platform::OpenWrite | platform::OpenCreate, 0666, &err);
        QVERIFY(fd >= 0);
        QCOMPARE(platform::writeFileAt(fd, "world", 5, 6, &err), qint64(5));
        QCOMPARE(platform::writeFileAt(fd, "hello ", 6, 0, &err), qint64(6));
        char buffer[16] = {};
        QCOMPARE(platform::readFileAt(fd, buffer, 11, 0, &err), qint64(11));
        QCOMPARE(QByteArray(buffer, 11), QByteArray("hello world"));
        // The position is untouched by the offset calls: a plain read starts at 0.
        QCOMPARE(platform::readFile(fd, buffer, 5, &err), qint64(5));
        QCOMPARE(QByteArray(buffer, 5), QByteArray("hello"));
        QCOMPARE(platform::resizeFile(fd, 3), 0);
        platform::FileStatus st;
        QCOMPARE(platform::statFile(fd, &st), 0);
        QCOMPARE(st.size, qint64(3));
        QCOMPARE(st.type, platform::FileStatus::Type::File);
        QVERIFY(st.inode >= 0);
        QCOMPARE(platform::syncFile(fd), 0);
        QCOMPARE(platform::closeFile(fd), 0);
    }

    void renamesOverAFileAndListsFolders()
    {
        QTemporaryDir dir;
        for (const char *name : {"one", "two"}) {
            QFile f(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(name);
        }
        QCOMPARE(platform::renameReplacing(dir.filePath(QStringLiteral("one")),
                                           dir.filePath(QStringLiteral("two"))),
                 0);
        QFile two(dir.filePath(QStringLiteral("two")));
        QVERIFY(two.open(QIODevice::ReadOnly));
        QCOMPARE(two.readAll(), QByteArray("one"));
        QCOMPARE(platform::makeFolder(dir.filePath(QStringLiteral("sub")), 0755), 0);
        QCOMPARE(platform::makeFolder(dir.filePath(QStringLiteral("sub")), 0755), EEXIST);
        QStringList names;
        QCOMPARE(platform::listFolder(dir.path(), &names), 0);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("sub"), QStringLiteral("two")}));
        QStringList none;
        QCOMPARE(platform::listFolder(dir.filePath(QStringLiteral("missing")), &none), ENOENT);
        QCOMPARE(platform::removeFolder(dir.filePath(QStringLiteral("sub"))), 0);
        QCOMPARE(platform::removeFile(dir.filePath(QStringLiteral("two"))), 0);
        QCOMPARE(platform::removeFile(dir.filePath(QStringLiteral("two"))), ENOENT);
    }

    void rawSocketConnectsReceivesAndKnowsItsPeer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int err = 0;
        const qintptr s = platform::startTcpConnect(QHostAddress::LocalHost, server.serverPort(), &err);
        QVERIFY2(s != platform::kNoSocket, qPrintable(platform::socketErrorText(err)));
        int happened = 0;
        for (int i = 0; i < 50 && !(happened & platform::Writable); ++i)
            happened = platform::waitSocket(s, platform::Writable, 100, &err);
        QVERIFY(happened & platform::Writable);
        QCOMPARE(platform::pendingSocketError(s), 0);
        QVERIFY(server.waitForNewConnection(5000));
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        QCOMPARE(platform::peerAddress(s), QHostAddress(QHostAddress::LocalHost));
        char buffer[8];
        bool wouldBlock = false;
        QCOMPARE(platform::receive(s, buffer, sizeof buffer, true, &wouldBlock, &err), qint64(-1));
        QVERIFY(wouldBlock);
        peer->write("ping");
        QVERIFY(peer->waitForBytesWritten(5000));
        QVERIFY(platform::waitSocket(s, platform::Readable, 5000, &err) & platform::Readable);
        QCOMPARE(platform::receive(s, buffer, sizeof buffer, false, &wouldBlock, &err), qint64(4));
        QCOMPARE(QByteArray(buffer, 4), QByteArray("ping"));
        QVERIFY(platform::unsentBytes(s) >= 0); // Linux: SIOCOUTQ
        platform::closeSocket(s);
        // Nothing listens there any more: the connect fails (at once or when waited on).
        const quint16 port = server.serverPort();
        server.close();
        const qintptr refused = platform::startTcpConnect(QHostAddress::LocalHost, port, &err);
        if (refused != platform::kNoSocket) {
            QVERIFY(platform::waitSocket(refused, platform::Writable, 5000, &err) != 0);
            QCOMPARE(platform::pendingSocketError(refused), platform::connectionRefusedCode());
            platform::closeSocket(refused);
        } else {
            QCOMPARE(err, platform::connectionRefusedCode());
        }
    }

    // raiseSendBuffer: SO_SNDBUF set to net.core.wmem_max (the kernel doubles it) only
    // where that is more than tcp_wmem's maximum, the autotuned bound; else left alone.
    void sendBufferRaisedOnlyAboveAutotuning()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int err = 0;
        const qintptr s = platform::startTcpConnect(QHostAddress::LocalHost, server.serverPort(), &err);
        QVERIFY2(s != platform::kNoSocket, qPrintable(platform::socketErrorText(err)));
        QVERIFY(server.waitForNewConnection(5000));
        std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
        const auto readLongs = [](const QString &path) {
            QFile f(path);
            QList<qint64> values;
            if (!f.open(QIODevice::ReadOnly))
                return values;
            for (const QByteArray &word : f.readAll().simplified().split(' '))
                values << word.toLongLong();
            return values;
        };
        const QList<qint64> wmemMax = readLongs(QStringLiteral("/proc/sys/net/core/wmem_max"));
        const QList<qint64> tcpWmem = readLongs(QStringLiteral("/proc/sys/net/ipv4/tcp_wmem"));
        const qint64 got = platform::raiseSendBuffer(s);
#ifdef Q_OS_LINUX
        QCOMPARE(wmemMax.size(), 1);
        QCOMPARE(tcpWmem.size(), 3);
        if (2 * wmemMax.at(0) > tcpWmem.at(2))
            QCOMPARE(got, 2 * wmemMax.at(0));
        else
            QCOMPARE(got, qint64(-1));
#else
        QCOMPARE(got, qint64(-1));
#endif
        platform::closeSocket(s);
    }
};

QTEST_GUILESS_MAIN(TestPlatformFile)
#include "tst_platformfile.moc"
