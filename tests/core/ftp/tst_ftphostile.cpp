// labels: integration
// timeout: 300
// A hostile FTP server cannot grow Ferry's memory without limit: one reply stops with an
// error past FtpReplyParser::kMaxChars (lines without end on the control connection), and
// a listing is parsed while it arrives and stops past remote::kMaxListingEntries entries
// or kMaxListingBytes bytes (an endless LIST). The control connection stays usable after
// a listing was cut short. Peak RSS (VmHWM) growth is measured around each operation.
// Scripted: real servers do not send endless replies. Also a listing in Shift-JIS, EUC-JP
// and GB18030 read with the site's charset (the fixture's servers list UTF-8 or Latin-1).
#include <QStringEncoder>
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
#include "sites/Site.h"

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

    // A server that keeps its names in Shift-JIS (as Japanese Windows and old Unix
    // servers do), EUC-JP or GB18030: with the site's charset set so, the listing's names and its
    // Japanese dates are decoded, and a download asks for the very bytes the server
    // listed. "表" is 0x95 0x5C in Shift-JIS: its second byte is a backslash, which must
    // not make the name look unsafe.
    void siteCharsetDecodesListing_data()
    {
        QTest::addColumn<QString>("charset");
        QTest::newRow("Shift_JIS") << QStringLiteral("Shift_JIS");
        QTest::newRow("EUC-JP") << QStringLiteral("EUC-JP");
        QTest::newRow("GB18030") << QStringLiteral("GB18030");
    }

    void siteCharsetDecodesListing()
    {
        QFETCH(QString, charset);
        QStringEncoder sjis(charset.toLatin1().constData());
        QVERIFY(sjis.isValid());
        const QString report = QStringLiteral("報告書.txt");
        const QString table = QStringLiteral("表計算.csv");
        const QByteArray reportBytes = sjis.encode(report);
        const QByteArray tableBytes = sjis.encode(table);
        if (charset == QLatin1String("Shift_JIS"))
            QVERIFY(tableBytes.contains('\\'));
        const QString listing =
            QStringLiteral("-rw-r--r--   1 ftp      ftp           12 1月  6日 12:34 ") + report +
            QStringLiteral("\r\n-rw-r--r--   1 ftp      ftp            9 3月 15日 08:00 ") + table +
            QStringLiteral("\r\ndrwxr-xr-x   2 ftp      ftp         4096 2005年  1月  6日 資料\r\n");
        const QByteArray listingBytes = sjis.encode(listing);
        const QByteArray content = QByteArrayLiteral("shift-jis ok");
        std::unique_ptr<QTcpServer> listener;
        ScriptedFtpServer server("", [&](const QByteArray &verb, const QByteArray &) -> QByteArray {
            if (verb == "EPSV") {
                listener = std::make_unique<QTcpServer>();
                listener->listen(QHostAddress::LocalHost, 0);
                return "229 Entering Extended Passive Mode (|||" +
                       QByteArray::number(listener->serverPort()) + "|)";
            }
            if (verb == "CWD")
                return "250 OK";
            return {};
        });
        server.setRawHandler([&](const QByteArray &verb, const QByteArray &arg, QTcpSocket &control) {
            if (verb != "LIST" && verb != "RETR")
                return false;
            QByteArray payload = listingBytes;
            if (verb == "RETR") {
                if (arg != "/" + reportBytes && arg != reportBytes) {
                    control.write("550 No such file.\r\n");
                    control.waitForBytesWritten(5000);
                    return true;
                }
                payload = content;
            }
            if (!listener || !listener->waitForNewConnection(5000)) {
                control.write("425 No data connection.\r\n");
                return true;
            }
            std::unique_ptr<QTcpSocket> data(listener->nextPendingConnection());
            data->setParent(nullptr);
            listener.reset();
            control.write("150 Here it comes.\r\n");
            control.waitForBytesWritten(5000);
            data->write(payload);
            data->waitForBytesWritten(5000);
            data->disconnectFromHost();
            if (data->state() != QAbstractSocket::UnconnectedState)
                data->waitForDisconnected(5000);
            control.write("226 Transfer complete.\r\n");
            control.waitForBytesWritten(5000);
            return true;
        });
        QVERIFY(server.startAndWait());

        sites::Site site;
        site.protocol = Protocol::Ftp;
        site.charset = sites::Charset::Named;
        site.charsetName = charset;
        ConnectOptions options;
        options.timeoutSeconds = 20;
        site.applyTo(options);
        auto spec = ferry::test::loginSpec(Protocol::Ftp, QStringLiteral("127.0.0.1"), server.port());
        ftp::FtpFileSystem fs(spec, options, nullptr);
        QVERIFY(fs.connect().ok());
        Result<Listing> r = fs.list(RemotePath(QStringLiteral("/")));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->skippedLines.count, 0);
        QCOMPARE(r->entries.size(), 3);
        QCOMPARE(r->entries[0].name, report);
        QCOMPARE(r->entries[0].size.value_or(-1), 12);
        QCOMPARE(r->entries[0].mtime.date().month(), 1);
        QCOMPARE(r->entries[0].mtime.date().day(), 6);
        QCOMPARE(r->entries[0].mtime.time(), QTime(12, 34));
        QCOMPARE(r->entries[1].name, table);
        QCOMPARE(r->entries[2].name, QStringLiteral("資料"));
        QCOMPARE(DirEntry::typeName(r->entries[2].type), DirEntry::typeName(EntryType::Dir));
        QCOMPARE(r->entries[2].mtime.date(), QDate(2005, 1, 6));

        auto stream = fs.openRead(RemotePath(QStringLiteral("/")).child(r->entries[0].name), 0);
        QVERIFY2(stream.ok(), qPrintable(stream.ok() ? QString() : stream.error().toString()));
        QByteArray received;
        char buffer[4096];
        for (;;) {
            Result<qint64> n = (*stream)->read(buffer, sizeof buffer);
            QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
            if (*n == 0)
                break;
            received.append(buffer, *n);
        }
        QVERIFY((*stream)->finish().ok());
        // The RETR carried the listed bytes, not a UTF-8 re-encoding of the name.
        QByteArray retr;
        for (const QByteArray &command : server.commands()) {
            if (command.startsWith("RETR "))
                retr = command;
        }
        QVERIFY2(retr.endsWith(reportBytes), retr.toHex().constData());
        QCOMPARE(sha256OfBytes(received), sha256OfBytes(content));
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
