// A hostile SFTP server cannot grow Ferry's memory without limit: a listing stops with a
// clear error past remote::kMaxListingEntries entries or kMaxListingBytes bytes, and
// replies with ids nobody asked for are dropped (logged) until the channel is ended.
// The server is the fixture's real sshd with a scripted sftp subsystem (a small Python
// program speaking SFTP v3 on its standard input and output). Peak RSS (VmHWM, reset
// through /proc/self/clear_refs) must stay under a fixed growth.
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "FtpTestClient.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "remote/Limits.h"
#include "sftp/SftpFileSystem.h"
#include "trust/KnownHosts.h"
#include "util/Paths.h"

using namespace ferry::remote;
using ferry::sftp::SftpFileSystem;
using ferry::test::Fixture;
using ferry::test::resetPeakRss;
using ferry::trust::KnownHosts;

namespace {

// MODE is names (1,200,000 entries of short names, more than the entry cap), bytes
// (entries with 60 KiB long names, 128 MiB in all, more than the byte cap) or
// unsolicited (2,000,000 STATUS replies for ids never sent before OPENDIR's HANDLE) or
// trickle (90 such replies, one every 100 ms, and no answer to OPENDIR at all).
// Each ends (EOF) after that, so a Ferry without the limits finishes the listing.
const char kServer[] = R"PY(
import struct, sys, time
mode = sys.argv[1]
inp, out = sys.stdin.buffer, sys.stdout.buffer

def read(n):
    b = b''
    while len(b) < n:
        c = inp.read(n - len(b))
        if not c:
            sys.exit(0)
        b += c
    return b

def s(b):
    return struct.pack('>I', len(b)) + b

def pkt(t, body):
    return struct.pack('>IB', len(body) + 1, t) + body

def status(i, code):
    return pkt(101, struct.pack('>II', i, code) + s(b'x') + s(b''))

def send(b):
    out.write(b)
    out.flush()

if mode == 'names':
    per, total, longname = 1000, 1200000, b'-rw-r--r-- 1 u g 0 Jan 1 2020 f'
else:
    per, total, longname = 16, 128 * 1024 * 1024 // (60 * 1024), b'l' * (60 * 1024)
entry = s(b'f') + s(longname) + struct.pack('>I', 0)
batch = struct.pack('>I', per) + entry * per
sent = 0
while True:
    length, t = struct.unpack('>IB', read(5))
    body = read(length - 1)
    if t == 1:
        send(pkt(2, struct.pack('>I', 3)))
        continue
    i = struct.unpack('>I', body[:4])[0]
    if t == 16:
        send(pkt(104, struct.pack('>II', i, 1) + s(b'/home') + s(b'/home') + struct.pack('>I', 0)))
    elif t == 11:
        if mode == 'trickle':
            for k in range(90):
                send(status(0x70000000 + k, 0))
                time.sleep(0.1)
            continue
        if mode == 'unsolicited':
            chunk = b''.join(status(0x70000000 + k, 0) for k in range(1000))
            for _ in range(2000):
                send(chunk)
        send(pkt(102, struct.pack('>I', i) + s(b'h')))
    elif t == 12:
        if mode == 'unsolicited' or sent >= total:
            send(status(i, 1))
        else:
            send(pkt(104, struct.pack('>I', i) + batch))
            sent += per
    elif t == 4:
        send(status(i, 0))
    elif t in (7, 17):
        send(pkt(105, struct.pack('>III', i, 4, 0o40755)))
    else:
        send(status(i, 8))
)PY";

QByteArray hostKeyBlob(const Fixture &fx)
{
    QFile f(fx.sshHostKeyPath() + QStringLiteral(".pub"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(f.readAll().split(' ').value(1));
}

} // namespace

class TestSftpHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_scripts; // the scripted server, readable by the test user

    // Starts sshd with the scripted subsystem in `mode`, lists the home folder, and gives
    // the result, the log and how much the peak RSS grew (MiB).
    Result<Listing> listAgainst(const QString &mode, QStringList *log, qint64 *peakGrowthMiB,
                                int timeoutSeconds = 20, qint64 *elapsedMs = nullptr)
    {
        Fixture fx;
        if (!fx.isValid())
            return Error(ErrorKind::Local, fx.lastError());
        const QString script = m_scripts.filePath(QStringLiteral("hostile_sftp.py"));
        fx.setSftpSubsystem(QStringLiteral("/usr/bin/python3 %1 %2").arg(script, mode));
        const auto *srv = fx.startSshd();
        if (!srv)
            return Error(ErrorKind::Local, fx.lastError());
        const QString knownHosts = m_home.filePath(QStringLiteral("known_hosts_") + mode);
        if (!KnownHosts::add(knownHosts, srv->host, srv->port, hostKeyBlob(fx)).ok())
            return Error(ErrorKind::Local, QStringLiteral("cannot write known_hosts"));
        auto spec = ferry::test::loginSpec(Protocol::Sftp, srv->host, srv->port);
        ConnectOptions options;
        options.knownHostsFile = knownHosts;
        options.useAgent = false;
        options.timeoutSeconds = timeoutSeconds;
        SftpFileSystem fs(spec, options, nullptr);
        fs.setLogSink([log](LogKind, const QString &text) {
            if (log->size() < 1000)
                log->append(text);
        });
        if (Status st = fs.connect(); !st)
            return st.error();
        resetPeakRss();
        const qint64 before = ferry::test::peakRssKiB();
        QElapsedTimer clock;
        clock.start();
        Result<Listing> listing = fs.list(fs.homePath());
        if (elapsedMs)
            *elapsedMs = clock.elapsed();
        *peakGrowthMiB = (ferry::test::peakRssKiB() - before) / 1024;
        fs.disconnect();
        return listing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        ferry::util::Paths::setOverrides(m_home.filePath(QStringLiteral("config")),
                                         m_home.filePath(QStringLiteral("data")));
        QFile f(m_scripts.filePath(QStringLiteral("hostile_sftp.py")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(kServer) > 0);
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
        QVERIFY(QFile(m_scripts.path())
                    .setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                    QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    }

    void endlessEntriesStopAtTheCap()
    {
        QStringList log;
        qint64 growth = 0;
        Result<Listing> r = listAgainst(QStringLiteral("names"), &log, &growth);
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("listed %1 entries").arg(r.ok() ? r->entries.size() : 0)));
        QVERIFY2(
            r.error().toString().contains(QStringLiteral("more than %1 entries").arg(kMaxListingEntries)),
            qPrintable(r.error().toString()));
        QCOMPARE(r.error().kind(), ErrorKind::Protocol);
        qInfo("peak RSS growth listing past %lld entries: %lld MiB", qlonglong(kMaxListingEntries), growth);
        QVERIFY2(growth < 250 * ferry::test::kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
    }

    void endlessBytesStopAtTheCap()
    {
        QStringList log;
        qint64 growth = 0;
        Result<Listing> r = listAgainst(QStringLiteral("bytes"), &log, &growth);
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("listed %1 entries").arg(r.ok() ? r->entries.size() : 0)));
        QVERIFY2(
            r.error().toString().contains(QStringLiteral("more than %1 MiB").arg(kMaxListingBytes >> 20)),
            qPrintable(r.error().toString()));
        qInfo("peak RSS growth listing past %lld MiB: %lld MiB", qlonglong(kMaxListingBytes >> 20), growth);
        QVERIFY2(growth < 250 * ferry::test::kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
    }

    void unsolicitedRepliesEndTheChannel()
    {
        QStringList log;
        qint64 growth = 0;
        Result<Listing> r = listAgainst(QStringLiteral("unsolicited"), &log, &growth);
        QVERIFY2(!r.ok(), "the listing succeeded");
        QVERIFY2(r.error().toString().contains(QLatin1String("replies to requests nobody sent")),
                 qPrintable(r.error().toString()));
        QCOMPARE(r.error().kind(), ErrorKind::Protocol);
        QVERIFY2(log.join(QLatin1Char('\n')).contains(QLatin1String("Dropped an SFTP reply")),
                 qPrintable(log.join(QLatin1Char('\n'))));
        qInfo("peak RSS growth against 2,000,000 unsolicited replies: %lld MiB", growth);
        QVERIFY2(growth < 32 * ferry::test::kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
    }

    // Replies nobody asked for do not count as the server answering: the idle timeout
    // (4 s here) ends the wait although one arrives every 100 ms for 9 s.
    void unsolicitedRepliesDoNotKeepTheWaitAlive()
    {
        QStringList log;
        qint64 growth = 0;
        qint64 elapsed = 0;
        Result<Listing> r = listAgainst(QStringLiteral("trickle"), &log, &growth, 4, &elapsed);
        QVERIFY2(!r.ok(), "the listing succeeded");
        QCOMPARE(r.error().kind(), ErrorKind::Timeout);
        QVERIFY2(elapsed < 7000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestSftpHostile)
#include "tst_sftphostile.moc"
