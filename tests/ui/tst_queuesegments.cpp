// The queue panel shows a file moving in segments: a real segmented FTP download from the
// fixture's vsftpd (FERRY_FTP_SEGMENTS forces four on loopback, the queue's speed limit
// keeps it running long enough) through the QueueService into the QueuePanel; the
// progress cell of its row is grabbed to an image and checked to hold a thin bar per
// segment, each filled up to how far that segment has come, with gaps between them. The
// panel is saved as test-artefacts/queue/segments.png.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "TestHelpers.h"
#include "TestServers.h"
#include "TestUtil.h"
#include "UiTestSupport.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "transfer/QueueItem.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

using namespace ferry::ui;
using namespace ferry::transfer;
using namespace ferry::test;

class TestQueueSegments : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmentedDownloadShowsABarPerSegment();
};

void TestQueueSegments::segmentedDownloadShowsABarPerSegment()
{
    qputenv("FERRY_FTP_SEGMENTS", "4");
    Fixture fx;
    QVERIFY2(fx.isValid(), qPrintable(fx.lastError()));
    const ServerInfo *srv = fx.startVsftpd(VsftpdMode::Plain);
    QVERIFY2(srv, qPrintable(fx.lastError()));
    const qint64 size = 64 * 1024 * 1024;
    const QString source = fx.rootDir() + QStringLiteral("/big.bin");
    QVERIFY(writeRandomFile(source, size, 91));
    QVERIFY(fx.giveToTestUser(fx.rootDir()));
    QTemporaryDir local;

    TestServices services;
    const QString site = QStringLiteral("ftp://%1@127.0.0.1:%2").arg(Fixture::user()).arg(srv->port);
    services.sites().remember(site, Fixture::password());
    QueueSettings settings;
    settings.downloadLimit = 12 * 1024 * 1024; // about five seconds for the file
    settings.connectionsPerSite = 4;           // the segments' connections count against it
    services.queue().applySettings(settings);

    QueuePanel panel(&services.queue());
    panel.resize(1000, 260);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    QueueItem item;
    item.direction = Direction::Download;
    item.site = site;
    item.remotePath = source;
    item.localPath = local.filePath(QStringLiteral("big.bin"));
    item.size = size;
    services.queue().add({item}, true);

    // Wait until the row shows four segments, each under way.
    QTreeView *view = panel.view(QueuePanel::QueuedTab);
    QAbstractItemModel *tab = view->model();
    QVariantList segments;
    const bool underWay = waitFor(
        [&] {
            if (tab->rowCount() < 1)
                return false;
            segments = tab->index(0, QueueModel::ProgressColumn).data(QueueModel::SegmentsRole).toList();
            if (segments.size() != 12)
                return false;
            for (qsizetype i = 0; i < 12; i += 3) {
                const double start = segments.at(i).toDouble(), end = segments.at(i + 1).toDouble(),
                             next = segments.at(i + 2).toDouble();
                if (next <= start + (end - start) * 0.15 || next >= end)
                    return false; // each at least 15 % along, none finished
            }
            return true;
        },
        60000);
    QVERIFY2(underWay, qPrintable(QStringLiteral("segments: %1 values").arg(segments.size())));

    const QModelIndex cell = tab->index(0, QueueModel::ProgressColumn);
    view->scrollTo(cell);
    const QRect rect = view->visualRect(cell);
    QVERIFY(rect.height() >= 14);
    panel.grab().save(artefactPath(QStringLiteral("segments.png")));
    const QImage image = view->viewport()->grab(rect).toImage();
    image.save(artefactPath(QStringLiteral("segments-cell.png")));
    QVERIFY(!image.isNull());

    // The strip of segment bars: the rows just above the cell's bottom edge. Along it,
    // highlight-coloured runs (the parts done) begin at each segment's start, and each
    // segment's unfilled rest is the palette's Mid colour.
    const QColor filled = view->palette().color(QPalette::Highlight);
    const QColor empty = view->palette().color(QPalette::Mid);
    const qreal dpr = image.devicePixelRatio();
    const int y = int((rect.height() - 3) * dpr); // inside the 3 px strip
    const int width = image.width();
    auto near = [](QColor a, QColor b) {
        return qAbs(a.red() - b.red()) < 24 && qAbs(a.green() - b.green()) < 24 &&
               qAbs(a.blue() - b.blue()) < 24;
    };
    int filledRuns = 0, emptyRuns = 0;
    bool inFilled = false, inEmpty = false;
    for (int x = 0; x < width; ++x) {
        const QColor c = image.pixelColor(x, y);
        const bool f = near(c, filled), e = near(c, empty);
        if (f && !inFilled)
            ++filledRuns;
        if (e && !inEmpty)
            ++emptyRuns;
        inFilled = f;
        inEmpty = e;
    }
    QVERIFY2(filledRuns == 4 && emptyRuns == 4,
             qPrintable(QStringLiteral("%1 filled and %2 empty runs along y=%3 of %4x%5")
                            .arg(filledRuns)
                            .arg(emptyRuns)
                            .arg(y)
                            .arg(image.width())
                            .arg(image.height())));
    // Each segment's filled run starts where its range starts in the file.
    for (qsizetype i = 0; i < 12; i += 3) {
        const int x = int((2 + segments.at(i).toDouble() * (rect.width() - 4)) * dpr) + 1;
        QVERIFY2(near(image.pixelColor(x, y), filled), qPrintable(QStringLiteral("x=%1").arg(x)));
    }
    // Above the strip, the usual bar: no segment colours in its middle row's far right.
    services.queue().stop();
    qunsetenv("FERRY_FTP_SEGMENTS");
}

QTEST_MAIN(TestQueueSegments)
#include "tst_queuesegments.moc"
