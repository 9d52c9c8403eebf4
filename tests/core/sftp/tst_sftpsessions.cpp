// One large SFTP file over several SSH sessions (TCP connections; SftpSessions.h,
// SftpTransfers.cpp), against the fixture's real sshd. Loopback never asks for more than
// one session, so FERRY_SFTP_SESSIONS forces them (FERRY_SFTP_SEGMENTS the channels of
// uploads). 64 MiB down and up over several sessions, byte-identical (SHA-256), sshd's log
// showing one login per session; the password asked once for all of them; a `queue run`
// killed with SIGKILL mid-way and run again continues every segment from its recorded
// byte (none from its start), whichever session moved it; a site limited to one
// connection uses one; a server that refuses the second connection (a proxy that lets one
// through) falls back to the channels of one, with a log line; a queue limited to two
// connections per site never has more than two at sshd, the extra sessions included.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <thread>

#include "SegmentKill.h"
#include "SftpCliEnv.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "remote/SegmentRecord.h"
#include "sftp/SftpFileSystem.h"

using namespace ferry::test;
using namespace ferry::remote;
using ferry::sftp::SftpFileSystem;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Logins sshd accepted so far (LogLevel VERBOSE: one "Accepted <method> for" per session).
int acceptedLogins(const ServerInfo &srv)
{
    return int(Fixture::logTail(srv, 1 << 24).count(QStringLiteral("Accepted ")));
}

// TCP connections established to the server's port right now, counted on the server's
// side (this process shares the fixture's network): /proc/net/tcp and tcp6.
int liveConnections(quint16 port)
{
    int n = 0;
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        std::ifstream in(table);
        std::string line;
        std::getline(in, line); // the header
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string slot, local, remote, state;
            fields >> slot >> local >> remote >> state;
            const size_t colon = local.rfind(':');
            if (colon != std::string::npos && state == "01" &&
                std::stoul(local.substr(colon + 1), nullptr, 16) == port)
                ++n;
        }
    }
    return n;
}

// The most connections seen at once while it lives (sampled every 5 ms on a thread).
class ConnectionPeak
{
public:
    explicit ConnectionPeak(quint16 port)
        : m_thread([this, port] {
              while (!m_stop) {
                  m_peak = qMax(m_peak.load(), liveConnections(port));
                  std::this_thread::sleep_for(std::chrono::milliseconds(5));
              }
          })
    {}
    ~ConnectionPeak() { stop(); }
    int stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return m_peak;
    }

private:
    std::atomic_bool m_stop{false};
    std::atomic_int m_peak{0};
    std::thread m_thread;
};

class PasswordOnce : public Interaction
{
public:
    int asked = 0;
    TrustDecision askCertificate(const CertificateInfo &) override { return TrustDecision::Reject; }
    TrustDecision askHostKey(const HostKeyInfo &) override { return TrustDecision::Reject; }
    bool askSecret(const SecretPrompt &, QString *answer) override
    {
        ++asked;
        *answer = Fixture::password();
        return true;
    }
};

// A TCP proxy on loopback that lets its first connection through to target and closes
// every later one at once: a server that allows one connection per client.
class OneConnectionProxy
{
public:
    explicit OneConnectionProxy(quint16 target) : m_target(target)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof a;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listen, 8) != 0 ||
            ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len) != 0)
            return;
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~OneConnectionProxy()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listen);
    }
    quint16 port() const { return m_port; }
    int refused() const { return m_refused; }

private:
    void run()
    {
        int client = -1, server = -1;
        while (!m_stop) {
            pollfd p[3] = {{m_listen, POLLIN, 0}, {client, POLLIN, 0}, {server, POLLIN, 0}};
            if (::poll(p, 3, 50) <= 0)
                continue;
            if (p[0].revents & POLLIN) {
                const int c = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                if (c >= 0 && client < 0) {
                    client = c;
                    server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                    sockaddr_in a{};
                    a.sin_family = AF_INET;
                    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                    a.sin_port = htons(m_target);
                    if (::connect(server, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0)
                        break;
                } else if (c >= 0) {
                    ++m_refused;
                    ::close(c);
                }
            }
            char buf[65536];
            for (int i : {1, 2}) {
                if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                const ssize_t n = ::read(p[i].fd, buf, sizeof buf);
                if (n <= 0) {
                    m_stop = true;
                    break;
                }
                const int to = i == 1 ? server : client;
                for (ssize_t off = 0; off < n;) {
                    const ssize_t w = ::write(to, buf + off, size_t(n - off));
                    if (w <= 0)
                        break;
                    off += w;
                }
            }
        }
        if (client >= 0)
            ::close(client);
        if (server >= 0)
            ::close(server);
    }

    quint16 m_target;
    int m_listen = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_refused{0};
};

// The shared environment, and engines made in this process with their log kept.
struct Env : SftpCliEnv
{
    QStringList lines; // the engine's log

    // An engine logged in with the password (asked through interaction when given).
    std::unique_ptr<SftpFileSystem> engine(int maxConnections, Interaction *interaction, quint16 port = 0)
    {
        ConnectionSpec spec;
        spec.protocol = Protocol::Sftp;
        spec.host = sshd->host;
        spec.port = port ? port : sshd->port;
        spec.user = Fixture::user();
        if (!interaction) {
            spec.password = Fixture::password();
            spec.hasPassword = true;
        }
        ConnectOptions o;
        o.knownHostsFile = kh;
        o.useAgent = false;
        o.maxConnections = maxConnections;
        if (port)
            o.pinnedHostKeys << fingerprint; // known_hosts names the real port
        auto fs = std::make_unique<SftpFileSystem>(spec, o, interaction);
        fs->setLogSink([this](LogKind, const QString &text) { lines << text; });
        if (Status s = fs->connect(); !s) {
            qWarning("connect: %s", qPrintable(s.error().message()));
            return nullptr;
        }
        return fs;
    }
    QString log() const { return lines.join(QLatin1Char('\n')); }
};

class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }

private:
    const char *m_name;
};

} // namespace

class TestSftpSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("FERRY_SFTP_SESSIONS");
        qunsetenv("FERRY_SFTP_SEGMENTS");
    }
    void downloadOverThreeSessionsAsksThePasswordOnce();
    void extraSessionsLogInBeforeTheFileIsOpened();
    void uploadOverFourSessions();
    void killedTransferContinuesEverySegment_data();
    void killedTransferContinuesEverySegment();
    void siteLimitedToOneConnectionUsesOne();
    void refusedSecondConnectionFallsBack();
    void queueLimitCountsExtraSessions();
};

void TestSftpSessions::downloadOverThreeSessionsAsksThePasswordOnce()
{
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 81));
    ScopedEnv sessions("FERRY_SFTP_SESSIONS", "3");
    PasswordOnce ask;
    const int before = acceptedLogins(*e.sshd);
    auto fs = e.engine(0, &ask);
    QVERIFY(fs);
    const QString target = e.dir.filePath(QStringLiteral("big.bin"));
    SftpFileSystem::TransferOptions o;
    o.segmentsPath = SegmentRecord::pathFor(target);
    // Paced to about 3 s (the lanes share the transfer's thread; the extra sessions log in
    // on their own): on loopback the file would be done before a loaded machine has
    // logged the other two in.
    QElapsedTimer clock;
    clock.start();
    o.progress = [&clock](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        const qint64 ahead = 3000 * done / total - clock.elapsed();
        if (ahead > 0)
            QThread::msleep(quint64(qMin<qint64>(ahead, 200)));
    };
    const Status s = fs->downloadFile(RemotePath(source), target, o);
    QVERIFY2(s, qPrintable(s ? e.log() : s.error().message() + QLatin1Char('\n') + e.log()));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    QVERIFY2(e.log().contains(QStringLiteral("segments over 3 connections")), qPrintable(e.log()));
    QVERIFY(!QFileInfo::exists(o.segmentsPath));
    // Three sessions logged in; the password was asked for once.
    QCOMPARE(ask.asked, 1);
    QVERIFY2(acceptedLogins(*e.sshd) - before >= 3, qPrintable(Fixture::logTail(*e.sshd)));
}

// The extra sessions start logging in before this session opens its channels and the file
// (at 100 ms those round trips took 0.9 s, which the others spent waiting): the engine's log
// says "Opening 2 more SSH connection(s)" before "Downloading ... in N segments", which is
// logged once the file is open on every channel. Before, it came after.
void TestSftpSessions::extraSessionsLogInBeforeTheFileIsOpened()
{
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.fx.rootDir() + QStringLiteral("/early.bin");
    QVERIFY(writeRandomFile(source, 24 * MiB, 85));
    ScopedEnv sessions("FERRY_SFTP_SESSIONS", "3");
    auto fs = e.engine(0, nullptr);
    QVERIFY(fs);
    const QString target = e.dir.filePath(QStringLiteral("early.bin"));
    SftpFileSystem::TransferOptions o;
    o.segmentsPath = SegmentRecord::pathFor(target);
    const Status s = fs->downloadFile(RemotePath(source), target, o);
    QVERIFY2(s, qPrintable(s ? e.log() : s.error().message() + QLatin1Char('\n') + e.log()));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    auto lineOf = [&e](const QString &start) {
        for (qsizetype i = 0; i < e.lines.size(); ++i)
            if (e.lines[i].startsWith(start))
                return i;
        return qsizetype(-1);
    };
    const qsizetype opening = lineOf(QStringLiteral("Opening 2 more SSH connection"));
    const qsizetype downloading = lineOf(QStringLiteral("Downloading "));
    QVERIFY2(opening >= 0 && downloading >= 0, qPrintable(e.log()));
    QVERIFY2(opening < downloading, qPrintable(e.log()));
}

void TestSftpSessions::uploadOverFourSessions()
{
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, 64 * MiB, 82));
    const int before = acceptedLogins(*e.sshd);
    const CliResult r = e.cli(QStringList{QStringLiteral("put"), QStringLiteral("--verbose"), source,
                                          e.url(QStringLiteral("big.bin"))} +
                                  e.options(),
                              {.sessions = 4, .segments = 2});
    QVERIFY2(r.exitCode == 0, qPrintable(cliDiag(r)));
    QVERIFY2(r.err.contains("segments over 4 connections"), qPrintable(cliDiag(r)));
    QCOMPARE(sha256OfFile(e.fx.rootDir() + QStringLiteral("/big.bin")), sha256OfFile(source));
    QVERIFY2(acceptedLogins(*e.sshd) - before >= 4, qPrintable(Fixture::logTail(*e.sshd)));
}

void TestSftpSessions::killedTransferContinuesEverySegment_data()
{
    QTest::addColumn<bool>("upload");
    QTest::addColumn<int>("seed");
    // A download: three sessions' channels; an upload: one channel of this session, two
    // more sessions splitting its range.
    QTest::newRow("download") << false << 83;
    QTest::newRow("upload") << true << 84;
}

void TestSftpSessions::killedTransferContinuesEverySegment()
{
    QFETCH(bool, upload);
    QFETCH(int, seed);
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const qint64 size = 64 * MiB;
    const QString remoteFile = e.fx.rootDir() + QStringLiteral("/big.bin");
    QTemporaryDir local;
    const QString localFile =
        upload ? e.dir.filePath(QStringLiteral("big.bin")) : local.filePath(QStringLiteral("big.bin"));
    const QString source = upload ? localFile : remoteFile;
    QVERIFY(writeRandomFile(source, size, seed));
    // What the kill leaves: a download's partial file (item 1's) with its record beside it;
    // an upload's bytes on the server, its record in the data folder (found once made).
    const QString kept = upload ? remoteFile : local.filePath(QStringLiteral(".big.bin.ferry-part-1"));
    const std::function<QString()> recordPath = [&]() -> QString {
        if (!upload)
            return SegmentRecord::pathFor(kept);
        const QStringList found =
            QDir(e.data + QStringLiteral("/segments")).entryList({QStringLiteral("*.segments")}, QDir::Files);
        return found.isEmpty() ? QString() : e.data + QStringLiteral("/segments/") + found.first();
    };
    const SftpStreams streams{.sessions = 3, .segments = upload ? 1 : 0};
    const CliResult add = e.cli(QStringList{QStringLiteral("queue"), QStringLiteral("add"),
                                            upload ? QStringLiteral("put") : QStringLiteral("get"),
                                            upload ? localFile : e.url(QStringLiteral("big.bin")),
                                            upload ? e.url(QStringLiteral("big.bin")) : local.path()} +
                                    e.options(),
                                streams);
    QVERIFY2(add.exitCode == 0, qPrintable(cliDiag(add)));
    // Killed once the two extra sessions have split ranges off and all three are under way.
    const SegmentKill killed = killQueueRun(e.data, e.env(streams), QStringLiteral("12M"), recordPath, size,
                                            [](const auto &s) { return everySegmentUnderWay(s, 3); });
    QVERIFY2(killed.ok(), qPrintable(killed.why));
    const QString mismatch = keptBytesMatch(source, kept, killed.segments);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

    const CliResult second =
        e.cli({QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--verbose"),
               QStringLiteral("--parallel"), QStringLiteral("4")},
              streams);
    QVERIFY2(second.exitCode == 0, qPrintable(cliDiag(second)));
    QCOMPARE(sha256OfFile(upload ? remoteFile : localFile), sha256OfFile(source));
    const QString record = recordPath();
    QVERIFY2(record.isEmpty() || !QFileInfo::exists(record), qPrintable(record));
    if (!upload)
        QVERIFY2(second.err.contains("Continuing"), qPrintable(cliDiag(second)));
    for (const SegmentRecord::Segment &s : killed.segments)
        QVERIFY2(
            s.next == s.start || // split off just before the kill: nothing of it moved yet

                second.err.contains(QByteArray(QByteArray::number(s.start) + '-' + QByteArray::number(s.end) +
                                               " (from " + QByteArray::number(s.next) + ")")),
            qPrintable(QStringLiteral("segment %1-%2 did not continue at %3\n%4")
                           .arg(s.start)
                           .arg(s.end)
                           .arg(s.next)
                           .arg(cliDiag(second))));
}

void TestSftpSessions::siteLimitedToOneConnectionUsesOne()
{
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 85));
    ScopedEnv sessions("FERRY_SFTP_SESSIONS", "3");
    const int before = acceptedLogins(*e.sshd);
    auto fs = e.engine(1, nullptr);
    QVERIFY(fs);
    const QString target = e.dir.filePath(QStringLiteral("big.bin"));
    SftpFileSystem::TransferOptions o;
    o.segmentsPath = SegmentRecord::pathFor(target);
    const Status s = fs->downloadFile(RemotePath(source), target, o);
    QVERIFY2(s, qPrintable(s ? e.log() : s.error().message()));
    QCOMPARE(sha256OfFile(target), sha256OfFile(source));
    QVERIFY2(!e.log().contains(QStringLiteral("more SSH connection")), qPrintable(e.log()));
    QCOMPARE(acceptedLogins(*e.sshd) - before, 1);
}

void TestSftpSessions::refusedSecondConnectionFallsBack()
{
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const QString source = e.fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, 64 * MiB, 86));
    OneConnectionProxy proxy(e.sshd->port);
    QVERIFY(proxy.port() != 0);
    ScopedEnv sessions("FERRY_SFTP_SESSIONS", "3");
    auto fs = e.engine(0, nullptr, proxy.port());
    QVERIFY(fs);
    for (const bool upload : {false, true}) {
        e.lines.clear();
        const QString local = e.dir.filePath(upload ? QStringLiteral("up.bin") : QStringLiteral("down.bin"));
        if (upload)
            QVERIFY(QFile::copy(source, local));
        SftpFileSystem::TransferOptions o;
        o.segmentsPath = SegmentRecord::pathFor(local);
        const Status s =
            upload ? fs->uploadFile(local, RemotePath(e.fx.rootDir() + QStringLiteral("/up.bin")), o)
                   : fs->downloadFile(RemotePath(source), local, o);
        QVERIFY2(s, qPrintable(s ? e.log() : s.error().message() + QLatin1Char('\n') + e.log()));
        QVERIFY2(e.log().contains(QStringLiteral("The server refused more SSH connections")),
                 qPrintable(e.log()));
        QVERIFY2(e.log().contains(QStringLiteral("segments over 1 connection")), qPrintable(e.log()));
        QCOMPARE(sha256OfFile(upload ? e.fx.rootDir() + QStringLiteral("/up.bin") : local),
                 sha256OfFile(source));
    }
    QVERIFY(proxy.refused() >= 2);
}

void TestSftpSessions::queueLimitCountsExtraSessions()
{
    // Two connections per site (the queue's limit, --parallel 2), four sessions wanted for
    // every file: one file alone gets one more session (the free slot), two files at once
    // get none, and sshd never sees more than two connections.
    Env e;
    QVERIFY2(e.start(), qPrintable(e.fx.lastError()));
    const qint64 size = 32 * MiB;
    QStringList sources;
    for (int k = 0; k < 2; ++k) {
        sources << e.fx.rootDir() + QStringLiteral("/q%1.bin").arg(k);
        QVERIFY(writeRandomFile(sources.last(), size, 90 + k));
    }
    QTemporaryDir local;
    QVERIFY(local.isValid());
    // Slowed down (all downloads together) so that extra sessions surely log in while the
    // files move; the peak is what matters, not how long.
    const QStringList run = {QStringLiteral("queue"),     QStringLiteral("run"),
                             QStringLiteral("--verbose"), QStringLiteral("--parallel"),
                             QStringLiteral("2"),         QStringLiteral("--limit-rate"),
                             QStringLiteral("16M")};
    for (const int files : {1, 2}) {
        for (int k = 0; k < files; ++k) {
            const CliResult add =
                e.cli(QStringList{QStringLiteral("queue"), QStringLiteral("add"), QStringLiteral("get"),
                                  e.url(QFileInfo(sources[k]).fileName()), local.path()} +
                          e.options(),
                      SftpStreams{.sessions = 4});
            QVERIFY2(add.exitCode == 0, qPrintable(cliDiag(add)));
        }
        ConnectionPeak peak(e.sshd->port);
        const CliResult r = e.cli(run, SftpStreams{.sessions = 4});
        const int most = peak.stop();
        QVERIFY2(r.exitCode == 0, qPrintable(cliDiag(r)));
        for (int k = 0; k < files; ++k) {
            const QString got = local.filePath(QFileInfo(sources[k]).fileName());
            QCOMPARE(sha256OfFile(got), sha256OfFile(sources[k]));
            QVERIFY(QFile::remove(got));
        }
        QVERIFY2(most <= 2, qPrintable(QStringLiteral("%1 connections at once with %2 file(s)\n%3")
                                           .arg(most)
                                           .arg(files)
                                           .arg(cliDiag(r))));
        if (files == 1) // the free slot was used
            QVERIFY2(r.err.contains("segments over 2 connections"), qPrintable(cliDiag(r)));
        else
            QVERIFY2(r.err.contains("the site's limit of 2 is reached"), qPrintable(cliDiag(r)));
    }
}

QTEST_GUILESS_MAIN(TestSftpSessions)
#include "tst_sftpsessions.moc"
