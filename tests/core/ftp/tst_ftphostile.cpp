// labels: integration
// timeout: 300
// A hostile FTP server cannot grow Ferry's memory without limit: one reply stops with an
// error past FtpReplyParser::kMaxChars (lines without end on the control connection), and
// a listing is parsed while it arrives and stops past remote::kMaxListingEntries entries
// or kMaxListingBytes bytes (an endless LIST). The control connection stays usable after
// a listing was cut short. Peak RSS (VmHWM) growth is measured around each operation.
// Scripted: real servers do not send endless replies.
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

#include "FtpTestClient.h"
#include "ScriptedFtpServer.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "ftp/FtpFileSystem.h"
#include "ftp/FtpReply.h"
#include "remote/ConnectionSpec.h"
#include "remote/Limits.h"

using namespace ferry;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

// Writes chunk again and again until the peer closes the connection.
void writeEndlessly(QTcpSocket &socket, const QByteArray &chunk)
{
    while (socket.state() == QAbstractSocket::ConnectedState) {
        if (socket.write(chunk) < 0)
            return;
        while (socket.bytesToWrite() > 0) {
            // The client parses while it reads: under a sanitizer it may not read for
            // longer than 5 s, which is no reason for the server to give up.
            if (!socket.waitForBytesWritten(5000 * kSanitizerTimeFactor))
                return;
        }
    }
}

QByteArray repeated(const QByteArray &line, qsizetype size)
{
    QByteArray chunk;
    while (chunk.size() < size)
        chunk += line;
    return chunk;
}

// mode: "reply" answers CWD with an endless multi-line reply of 60,000-character lines;
// "entries" sends an endless LIST of short valid lines; "bytes" an endless LIST of
// 4,000-character lines no parser understands; "odd" a short LIST with lines no format fits.
class HostileServer
{
public:
    explicit HostileServer(QByteArray mode)
        : m_mode(std::move(mode)),
          m_server("", [this](const QByteArray &verb, const QByteArray &) -> QByteArray {
              if (verb == "EPSV") {
                  m_listener = std::make_unique<QTcpServer>();
                  m_listener->listen(QHostAddress::LocalHost, 0);
                  return "229 Entering Extended Passive Mode (|||" +
                         QByteArray::number(m_listener->serverPort()) + "|)";
              }
              if (verb == "CWD")
                  return "250 OK";
              if (verb == "ABOR")
                  return "226 ABOR successful.";
              if (verb == "MKD")
                  return "257 \"/made\" created";
              return {};
          })
    {
        m_server.setRawHandler([this](const QByteArray &verb, const QByteArray &, QTcpSocket &control) {
            if (verb == "CWD" && m_mode == "reply") {
                control.write("250-start\r\n");
                writeEndlessly(control, repeated("250-" + QByteArray(60000, 'r') + "\r\n", 1024 * 1024));
                return true;
            }
            if (verb != "LIST" || m_mode == "reply")
                return false;
            if (!m_listener || !m_listener->waitForNewConnection(5000)) {
                control.write("425 No data connection.\r\n");
                return true;
            }
            std::unique_ptr<QTcpSocket> data(m_listener->nextPendingConnection());
            data->setParent(nullptr);
            m_listener.reset();
            control.write("150 Here comes the directory listing.\r\n");
            control.waitForBytesWritten(5000);
            if (m_mode == "odd") { // a short listing with lines no format fits
                data->write("total 8\r\n"
                            "-rw-r--r--    1 ftp      ftp            5 Jan 01  2020 good.txt\r\n"
                            "?????? this is no listing line\r\n"
                            "-rw-r--r--    1 ftp      ftp            5 Ja\r\n");
                data->waitForBytesWritten(5000);
                data->disconnectFromHost();
                if (data->state() != QAbstractSocket::UnconnectedState)
                    data->waitForDisconnected(5000);
                control.write("226 Directory send OK.\r\n");
                control.waitForBytesWritten(5000);
                return true;
            }
            const QByteArray line =
                m_mode == "entries"
                    ? QByteArray("-rw-r--r--    1 ftp      ftp            0 Jan 01  2020 f\r\n")
                    : QByteArray(4000, 'b') + "\r\n";
            writeEndlessly(*data, repeated(line, 64 * 1024));
            data.reset();
            control.write("426 Connection closed; transfer aborted.\r\n");
            control.waitForBytesWritten(5000);
            return true;
        });
    }
    bool start() { return m_server.startAndWait(); }
    quint16 port() const { return m_server.port(); }

private:
    QByteArray m_mode;
    std::unique_ptr<QTcpServer> m_listener;
    ScriptedFtpServer m_server; // last: it stops (and joins its thread) first
};

// Connects, lists "/" and gives the result and the peak RSS growth in MiB.
Result<Listing> listAgainst(const QByteArray &mode, qint64 *growthMiB, bool *usableAfter)
{
    HostileServer server(mode);
    if (!server.start())
        return Error(ErrorKind::Local, QStringLiteral("the scripted server did not start"));
    auto spec = ferry::test::loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), server.port());
    ConnectOptions options;
    options.timeoutSeconds = 20;
    ftp::FtpFileSystem fs(spec, options, nullptr);
    if (Status st = fs.connect(); !st)
        return st.error();
    resetPeakRss();
    const qint64 before = peakRssKiB();
    Result<Listing> r = fs.list(RemotePath(QStringLiteral("/")));
    *growthMiB = (peakRssKiB() - before) / 1024;
    *usableAfter = fs.isConnected() && fs.makeDir(RemotePath(QStringLiteral("/made"))).ok();
    fs.disconnect();
    return r;
}

} // namespace

class TestFtpHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oddLinesAreCountedAndLogged()
    {
        HostileServer server("odd");
        QVERIFY(server.start());
        auto spec = ferry::test::loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), server.port());
        ConnectOptions options;
        options.timeoutSeconds = 20;
        ftp::FtpFileSystem fs(spec, options, nullptr);
        QStringList warnings;
        fs.setLogSink([&](LogKind kind, const QString &text) {
            if (kind == LogKind::Warning)
                warnings.append(text);
        });
        QVERIFY(fs.connect().ok());
        Result<Listing> r = fs.list(RemotePath(QStringLiteral("/")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->entries.size(), 1);
        QCOMPARE(r->entries[0].name, QStringLiteral("good.txt"));
        QCOMPARE(r->skippedLines.count, 2);
        QCOMPARE(r->skippedLines.first, QStringLiteral("?????? this is no listing line"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings[0], QStringLiteral("Listing /: skipped 2 line(s) that no listing format fits; the "
                                             "first: ?????? this is no listing line"));
        fs.disconnect();
    }

    void endlessReplyStops()
    {
        qint64 growth = 0;
        bool usable = false;
        Result<Listing> r = listAgainst("reply", &growth, &usable);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(
                     QStringLiteral("longer than %1 MiB").arg(ftp::FtpReplyParser::kMaxChars >> 20)),
                 qPrintable(r.error().toString()));
        qInfo("peak RSS growth against an endless reply: %lld MiB", growth);
        QVERIFY2(growth < 64 * kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
    }

    void endlessListingStopsAtTheEntryLimit()
    {
        qint64 growth = 0;
        bool usable = false;
        Result<Listing> r = listAgainst("entries", &growth, &usable);
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("listed %1 entries").arg(r.ok() ? r->entries.size() : 0)));
        QVERIFY2(
            r.error().toString().contains(QStringLiteral("more than %1 entries").arg(kMaxListingEntries)),
            qPrintable(r.error().toString()));
        qInfo("peak RSS growth against an endless listing (entry limit): %lld MiB", growth);
        QVERIFY2(growth < 250 * kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
        QVERIFY(usable);
    }

    void endlessListingStopsAtTheByteLimit()
    {
        qint64 growth = 0;
        bool usable = false;
        Result<Listing> r = listAgainst("bytes", &growth, &usable);
        QVERIFY2(!r.ok(),
                 qPrintable(QStringLiteral("listed %1 entries").arg(r.ok() ? r->entries.size() : 0)));
        QVERIFY2(
            r.error().toString().contains(QStringLiteral("more than %1 MiB").arg(kMaxListingBytes >> 20)),
            qPrintable(r.error().toString()));
        qInfo("peak RSS growth against an endless listing (byte limit): %lld MiB", growth);
        QVERIFY2(growth < 64 * kSanitizerMemoryFactor, qPrintable(QString::number(growth)));
        QVERIFY(usable);
    }
};

QTEST_GUILESS_MAIN(TestFtpHostile)
#include "tst_ftphostile.moc"
