// labels: integration
// timeout: 300
// ferry-cli sync --compare checksum end to end, against a scripted FTP server that
// answers HASH (no server of the fixture computes checksums): a tree where every size and
// time agrees and one file's content differs plans that file only (a size,time plan of
// the same trees plans nothing), up and down; a real download sync fetches that file and
// nothing else (RETR once), and the local tree then equals the server's. A server that
// offers HASH in FEAT and answers 502 to it: exit 2, a message that says the server
// refused and to compare by size and time; one that refuses HASH SHA-256 but answers XMD5
// is compared by MD5 instead.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

#include "ScriptedFtpServer.h"
#include "TestUtil.h"

using namespace ferry::test;

namespace {

const QDateTime kTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone::utc());

// The served tree: path -> content; folders are the paths' parents.
const QMap<QString, QByteArray> &served()
{
    static const QMap<QString, QByteArray> files{
        {QStringLiteral("/s/a.txt"), QByteArray("alpha alpha alpha")},
        {QStringLiteral("/s/sub/b.txt"), QByteArray("bravo")},
        {QStringLiteral("/s/sub/c.txt"), QByteArray("charlie-1")},
    };
    return files;
}

bool isFolder(const QString &path)
{
    if (path == QLatin1String("/"))
        return true;
    for (auto it = served().cbegin(); it != served().cend(); ++it) {
        if (it.key().startsWith(path + QLatin1Char('/')))
            return true;
    }
    return false;
}

QByteArray facts(const QString &path)
{
    if (isFolder(path))
        return "type=dir;modify=20240101120000;";
    return "type=file;size=" + QByteArray::number(served().value(path).size()) + ";modify=20240101120000;";
}

// How the server answers checksums.
enum class Hashes
{
    Answer,      // HASH with SHA-256, SHA-1 or MD5
    Refuse,      // HASH offered in FEAT, every HASH answered 502
    RefuseHash2, // HASH refused, XMD5 answered
};

// One control connection's state (each is served on a thread of its own).
struct ConnectionState
{
    QString cwd = QStringLiteral("/");
    QString algorithm = QStringLiteral("SHA-256");
    std::unique_ptr<QTcpServer> listener;
    qint64 rest = 0;
};
thread_local ConnectionState t_state;

QString resolve(const QByteArray &arg)
{
    const QString a = QString::fromUtf8(arg);
    if (a.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(a);
    return QDir::cleanPath(t_state.cwd + QLatin1Char('/') + a);
}

QByteArray hexOf(const QByteArray &data, const QString &algorithm)
{
    const auto a = algorithm == QLatin1String("MD5")     ? QCryptographicHash::Md5
                   : algorithm == QLatin1String("SHA-1") ? QCryptographicHash::Sha1
                                                         : QCryptographicHash::Sha256;
    return QCryptographicHash::hash(data, a).toHex();
}

class HashServer
{
public:
    explicit HashServer(Hashes hashes)
        : m_hashes(hashes),
          m_server(QByteArray(" MLST type*;size*;modify*;\r\n"
                              " SIZE\r\n MDTM\r\n REST STREAM\r\n UTF8\r\n EPSV\r\n") +
                       (hashes == Hashes::RefuseHash2 ? QByteArray(" HASH SHA-256*\r\n XMD5\r\n")
                                                      : QByteArray(" HASH SHA-256*;SHA-1;MD5\r\n")),
                   [this](const QByteArray &verb, const QByteArray &arg) { return answer(verb, arg); })
    {
        m_server.setConcurrent(true);
        m_server.setRawHandler([](const QByteArray &verb, const QByteArray &arg, QTcpSocket &control) {
            if (verb != "MLSD" && verb != "RETR")
                return false;
            const QString path = verb == "MLSD" && arg.isEmpty() ? t_state.cwd : resolve(arg);
            QByteArray body;
            if (verb == "MLSD") {
                if (!isFolder(path)) {
                    control.write("550 No such folder\r\n");
                    return true;
                }
                QSet<QString> names;
                for (auto it = served().cbegin(); it != served().cend(); ++it) {
                    if (!it.key().startsWith(path == QLatin1String("/") ? path : path + QLatin1Char('/')))
                        continue;
                    const QString rest = it.key().mid(path == QLatin1String("/") ? 1 : path.size() + 1);
                    const QString name = rest.section(QLatin1Char('/'), 0, 0);
                    if (names.contains(name))
                        continue;
                    names.insert(name);
                    const QString child =
                        (path == QLatin1String("/") ? QString() : path) + QLatin1Char('/') + name;
                    body += facts(child) + ' ' + name.toUtf8() + "\r\n";
                }
            } else {
                if (!served().contains(path)) {
                    control.write("550 No such file\r\n");
                    return true;
                }
                body = served().value(path).mid(t_state.rest);
            }
            t_state.rest = 0;
            if (!t_state.listener || !t_state.listener->waitForNewConnection(5000)) {
                control.write("425 No data connection\r\n");
                return true;
            }
            std::unique_ptr<QTcpSocket> data(t_state.listener->nextPendingConnection());
            data->setParent(nullptr);
            t_state.listener.reset();
            control.write("150 Here it comes\r\n");
            control.waitForBytesWritten(5000);
            data->write(body);
            data->waitForBytesWritten(5000);
            data->disconnectFromHost();
            if (data->state() != QAbstractSocket::UnconnectedState)
                data->waitForDisconnected(5000);
            control.write("226 Done\r\n");
            control.waitForBytesWritten(5000);
            return true;
        });
    }

    bool start() { return m_server.startAndWait(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("ftp://tester@127.0.0.1:%1%2").arg(m_server.port()).arg(path);
    }
    // The commands received whose verb is `verb`.
    QStringList commands(const QByteArray &verb) const
    {
        QStringList out;
        for (const QByteArray &line : m_server.commands()) {
            if (line.toUpper().startsWith(QByteArray(verb + ' ')))
                out.append(QString::fromUtf8(line));
        }
        return out;
    }

private:
    QByteArray answer(const QByteArray &verb, const QByteArray &arg)
    {
        const QString path = resolve(arg);
        if (verb == "PWD")
            return "257 \"" + t_state.cwd.toUtf8() + "\" is the current folder";
        if (verb == "CWD") {
            if (!isFolder(path))
                return "550 No such folder";
            t_state.cwd = path;
            return "250 OK";
        }
        if (verb == "EPSV") {
            t_state.listener = std::make_unique<QTcpServer>();
            t_state.listener->listen(QHostAddress::LocalHost, 0);
            return "229 Entering Extended Passive Mode (|||" +
                   QByteArray::number(t_state.listener->serverPort()) + "|)";
        }
        if (verb == "REST") {
            t_state.rest = arg.toLongLong();
            return "350 Restarting";
        }
        if (verb == "OPTS") {
            const QByteArray what = arg.toUpper();
            if (what.startsWith("HASH ")) {
                if (m_hashes != Hashes::Answer)
                    return "502 Not here";
                t_state.algorithm = QString::fromLatin1(arg.mid(5)).trimmed().toUpper();
                return "200 " + t_state.algorithm.toLatin1();
            }
            return "200 OK";
        }
        if (verb == "MLST") {
            if (!isFolder(path) && !served().contains(path))
                return "550 No such file";
            return "250-Listing " + path.toUtf8() + "\r\n " + facts(path) + ' ' + path.toUtf8() +
                   "\r\n250 End";
        }
        if (verb == "SIZE") {
            if (!served().contains(path))
                return "550 No such file";
            return "213 " + QByteArray::number(served().value(path).size());
        }
        if (verb == "MDTM")
            return served().contains(path) ? QByteArray("213 20240101120000")
                                           : QByteArray("550 No such file");
        if (verb == "HASH") {
            if (m_hashes != Hashes::Answer || !served().contains(path))
                return m_hashes != Hashes::Answer ? QByteArray("502 Not here")
                                                  : QByteArray("550 No such file");
            const QByteArray data = served().value(path);
            return "213 " + t_state.algorithm.toLatin1() + " 0-" + QByteArray::number(data.size()) + ' ' +
                   hexOf(data, t_state.algorithm) + ' ' + path.toUtf8();
        }
        if (verb == "XMD5" && m_hashes == Hashes::RefuseHash2 && served().contains(path))
            return "250 " + hexOf(served().value(path), QStringLiteral("MD5"));
        return {};
    }

    Hashes m_hashes;
    ScriptedFtpServer m_server; // last: it stops (and joins its threads) first
};

// The local tree: the served files with the server's times, c.txt of the same size with
// other bytes.
bool makeLocal(const QString &root)
{
    for (auto it = served().cbegin(); it != served().cend(); ++it) {
        const QString path = root + it.key().mid(2); // "/s/..." -> root + "/..."
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(it.key().endsWith(QLatin1String("c.txt")) ? QByteArray("charlie-2") : it.value());
        f.flush(); // written before the time is set: a later write would change it again
        if (!f.setFileTime(kTime, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

QString diag(const CliResult &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err).right(4000));
}

QStringList changes(const QByteArray &json)
{
    QStringList out;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(json).object().value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("action")).toString() != QLatin1String("skip"))
            out.append(a.value(QStringLiteral("action")).toString() + QLatin1Char(' ') +
                       a.value(QStringLiteral("path")).toString() + QStringLiteral(" (") +
                       a.value(QStringLiteral("reason")).toString() + QLatin1Char(')'));
    }
    return out;
}

} // namespace

class TestSyncChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyTheChangedFileIsPlanned_data();
    void onlyTheChangedFileIsPlanned();
    void downloadsOnlyTheChangedFile();
    void refusedHashIsAClearError();
    void refusedHashFallsBackToXmd5();

private:
    CliResult sync(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("FERRY_PASSWORD"), QStringLiteral("secret"));
        return runCli(QStringList{QStringLiteral("sync")} + args, m_data.path(), m_data.path(), {}, 120000,
                      env);
    }
    QTemporaryDir m_data;
};

void TestSyncChecksum::onlyTheChangedFileIsPlanned_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("kind");
    QTest::newRow("up") << QStringLiteral("up") << QStringLiteral("upload");
    QTest::newRow("down") << QStringLiteral("down") << QStringLiteral("download");
}

void TestSyncChecksum::onlyTheChangedFileIsPlanned()
{
    QFETCH(QString, direction);
    QFETCH(QString, kind);
    HashServer server(Hashes::Answer);
    QVERIFY(server.start());
    QTemporaryDir local;
    QVERIFY(makeLocal(local.path()));

    // Sizes and times agree: by size and time nothing differs.
    const CliResult byTime =
        sync({QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--direction"), direction,
              local.path(), server.url(QStringLiteral("/s"))});
    QVERIFY2(byTime.exitCode == 0, qPrintable(diag(byTime)));
    QVERIFY2(changes(byTime.out).isEmpty(), qPrintable(changes(byTime.out).join(QLatin1Char('\n'))));

    const CliResult bySum =
        sync({QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--compare"),
              QStringLiteral("checksum"), QStringLiteral("--direction"), direction, local.path(),
              server.url(QStringLiteral("/s"))});
    QVERIFY2(bySum.exitCode == 0, qPrintable(diag(bySum)));
    QCOMPARE(changes(bySum.out), QStringList{kind + QStringLiteral(" sub/c.txt (checksum differs)")});
    // Every file of the same size was hashed on the server, with SHA-256.
    QCOMPARE(server.commands("HASH").size(), 3);
    QVERIFY(server.commands("STOR").isEmpty());
    QVERIFY(server.commands("RETR").isEmpty());
}

void TestSyncChecksum::downloadsOnlyTheChangedFile()
{
    HashServer server(Hashes::Answer);
    QVERIFY(server.start());
    QTemporaryDir local;
    QVERIFY(makeLocal(local.path()));
    const CliResult r =
        sync({QStringLiteral("--compare"), QStringLiteral("checksum"), QStringLiteral("--direction"),
              QStringLiteral("down"), local.path(), server.url(QStringLiteral("/s"))});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(server.commands("RETR"), QStringList{QStringLiteral("RETR /s/sub/c.txt")});
    for (auto it = served().cbegin(); it != served().cend(); ++it) {
        QFile f(local.path() + it.key().mid(2));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), it.value());
    }
}

void TestSyncChecksum::refusedHashIsAClearError()
{
    HashServer server(Hashes::Refuse);
    QVERIFY(server.start());
    QTemporaryDir local;
    QVERIFY(makeLocal(local.path()));
    const CliResult r = sync({QStringLiteral("--dry-run"), QStringLiteral("--compare"),
                              QStringLiteral("checksum"), local.path(), server.url(QStringLiteral("/s"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("refused"), qPrintable(diag(r)));
    QVERIFY2(r.err.contains("502"), qPrintable(diag(r)));
    QVERIFY2(r.err.contains("--compare size,time"), qPrintable(diag(r)));
    QVERIFY(r.out.isEmpty()); // no plan
}

void TestSyncChecksum::refusedHashFallsBackToXmd5()
{
    HashServer server(Hashes::RefuseHash2);
    QVERIFY(server.start());
    QTemporaryDir local;
    QVERIFY(makeLocal(local.path()));
    const CliResult r =
        sync({QStringLiteral("--dry-run"), QStringLiteral("--json"), QStringLiteral("--compare"),
              QStringLiteral("checksum"), local.path(), server.url(QStringLiteral("/s"))});
    QVERIFY2(r.exitCode == 0, qPrintable(diag(r)));
    QCOMPARE(changes(r.out), QStringList{QStringLiteral("upload sub/c.txt (checksum differs)")});
    QCOMPARE(server.commands("XMD5").size(), 3);
}

QTEST_GUILESS_MAIN(TestSyncChecksum)
#include "tst_syncchecksum.moc"
