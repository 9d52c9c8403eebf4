// bench_window: one transfer started from the real main window as a user starts it, timed
// from the key press to the queue's "Done". The window opens the server's folder, the
// file's row is made current in the source pane and Enter is pressed on it (FileZilla's
// default: a file goes to the other pane's folder); the queue service runs it on its own
// connection, as every transfer from the window does. A host-key or certificate question
// is answered "accept once" (a fresh test server). Prints one line:
//   window get|put BYTES MILLISECONDS
// usage: bench_window URL_OF_FOLDER LOCAL_FOLDER get|put FILE_NAME
// (URL with the password; bench_window.sh runs it beside ferry-cli on the same files.)
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QPaintEvent>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

#include "MainWindow.h"
#include "Services.h"
#include "log/LogModel.h"
#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "questions/CertificateDialog.h"
#include "questions/HostKeyDialog.h"
#include "queue/QueueModel.h"
#include "queue/QueuePanel.h"
#include "queue/QueueTabModel.h"
#include "session/SessionManager.h"
#include "sites/CredentialService.h"
#include "sites/CredentialStore.h"
#include "sites/SiteStore.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

using namespace ferry;

namespace {

int fail(const char *what)
{
    std::fprintf(stderr, "bench_window: %s\n", what);
    return 1;
}

// Waits for condition while the event loop runs, answering trust questions; false on timeout.
template <typename F> bool waitFor(F condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (!top->isVisible())
                continue;
            if (auto *hostKey = qobject_cast<ui::HostKeyDialog *>(top))
                hostKey->acceptOnceButton()->click();
            else if (auto *certificate = qobject_cast<ui::CertificateDialog *>(top))
                certificate->trustOnceButton()->click();
        }
        QTest::qWait(5);
    }
    return true;
}

// BENCH_WINDOW_PAINTS=1: counts the paint events each widget class got while the
// transfer ran, printed to stderr at the end (what the GUI thread spent its time on).
class PaintCounter : public QObject
{
public:
    QHash<QString, int> counts;
    bool counting = false;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (counting && event->type() == QEvent::Paint) {
            const QRect r = static_cast<QPaintEvent *>(event)->rect();
            counts[QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char(' ') +
                   watched->objectName() + QStringLiteral(" %1x%2").arg(r.width()).arg(r.height())]++;
        }
        return false;
    }
};

// Waits until condition holds, checked again each time the queue's counts change: no
// polling, so while the transfer runs the GUI thread does only the window's own work
// (the connect phase's waitFor scans every top-level widget each 5 ms, which cost the
// GUI thread more than the window did). False on timeout.
template <typename F> bool waitOnQueue(ui::QueueModel *model, F condition, int timeoutMs)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(model, &ui::QueueModel::totalsChanged, &loop, [&] {
        if (condition())
            loop.quit();
    });
    if (!condition())
        loop.exec();
    return condition();
}

// The row named name in list's folder; invalid when there is none.
QModelIndex rowNamed(QTreeView *list, const QString &name)
{
    const QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(list->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, 0, list->rootIndex());
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

bool listShows(QTreeView *list, const QString &name)
{
    return rowNamed(list, name).isValid();
}

// Makes the row named name current in list and presses Enter on it.
bool pressEnterOn(QTreeView *list, const QString &name)
{
    const QModelIndex index = rowNamed(list, name);
    if (!index.isValid())
        return false;
    list->setFocus();
    list->setCurrentIndex(index);
    QTest::keyClick(list, Qt::Key_Return);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 || (args.at(3) != QLatin1String("get") && args.at(3) != QLatin1String("put")))
        return fail("usage: bench_window URL_OF_FOLDER LOCAL_FOLDER get|put FILE_NAME");
    const QString url = args.at(1);
    const QString localFolder = args.at(2);
    const bool download = args.at(3) == QLatin1String("get");
    const QString name = args.at(4);

    QTemporaryDir data;
    session::SessionManager sessions;
    // No saved sites here: the URL carries the password.
    auto queueSites = std::make_shared<transfer::QueueSites>(remote::ConnectOptions(), [] {
        return remote::Result<std::unique_ptr<sites::CredentialStore>>(
            remote::Error(remote::ErrorKind::Auth, QStringLiteral("no saved sites in this benchmark")));
    });
    transfer::QueueService queue(transfer::QueueSites::resolver(queueSites));
    queue.open(QDir(data.path()).filePath(QStringLiteral("queue.sqlite")));
    sites::SiteStore siteStore(QDir(data.path()).filePath(QStringLiteral("sites.json")));
    sites::CredentialService credentials(QDir(data.path()).filePath(QStringLiteral("credentials.json")),
                                         QDir(data.path()).filePath(QStringLiteral("vault.bin")));
    ui::MainWindow window(ui::Services{sessions, queue, *queueSites, siteStore, credentials});
    window.show();
    if (!window.localPane()->openFolder(localFolder))
        return fail("cannot open the local folder");
    if (!window.connectToUrl(url))
        return fail("cannot connect to the URL");
    QTreeView *remoteList = window.remotePane()->fileList();
    QTreeView *localList = window.localPane()->fileList();
    QTreeView *source = download ? remoteList : localList;
    // Both panes ready: the file in its pane, the other side's folder listed ("..").
    if (!waitFor([&] { return listShows(source, name) && listShows(remoteList, QStringLiteral("..")); },
                 60000)) {
        for (int row = 0; row < source->model()->rowCount(source->rootIndex()); ++row)
            std::fprintf(stderr, "  row: %s\n",
                         qPrintable(source->model()->index(row, 0, source->rootIndex()).data().toString()));
        for (QWidget *top : QApplication::topLevelWidgets())
            if (top->isVisible())
                std::fprintf(stderr, "  window: %s %s\n", top->metaObject()->className(),
                             qPrintable(top->windowTitle()));
        const QAbstractItemModel *log = window.logModel();
        for (int row = 0; row < log->rowCount(); ++row)
            std::fprintf(stderr, "  log: %s\n", qPrintable(log->index(row, 2).data().toString()));
        return fail("the file never showed in its pane");
    }
    ui::QueueModel *model = window.queuePanel()->model();
    const int doneBefore = model->count(ui::QueueModel::Category::Done);
    PaintCounter paints;
    const bool countPaints = qEnvironmentVariableIntValue("BENCH_WINDOW_PAINTS") == 1;
    if (countPaints)
        app.installEventFilter(&paints);
    paints.counting = true;
    QElapsedTimer clock;
    clock.start();
    if (!pressEnterOn(source, name))
        return fail("no row to press Enter on");
    const bool finished = waitOnQueue(
        model,
        [&] {
            return model->count(ui::QueueModel::Category::Done) > doneBefore ||
                   model->count(ui::QueueModel::Category::Failed) > 0;
        },
        600000);
    const qint64 ms = clock.elapsed();
    paints.counting = false;
    for (auto it = paints.counts.cbegin(); it != paints.counts.cend(); ++it)
        std::fprintf(stderr, "paints %6d %s\n", it.value(), qPrintable(it.key()));
    if (!finished)
        return fail("the transfer never ended");
    if (model->count(ui::QueueModel::Category::Failed) > 0) {
        const QModelIndex failed =
            model->tab(ui::QueueModel::Category::Failed)->index(0, ui::QueueModel::ErrorColumn);
        return fail(qPrintable(QStringLiteral("the transfer failed: ") + failed.data().toString()));
    }
    const qint64 bytes = QFileInfo(QDir(localFolder).filePath(name)).size(); // the same file both ways
    std::printf("window %s %lld %lld\n", download ? "get" : "put", static_cast<long long>(bytes),
                static_cast<long long>(ms));
    return 0;
}
