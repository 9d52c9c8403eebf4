#pragma once
// Driving the real window on an X display (run_under_xvfb.sh) as a user does, for the
// end-to-end tests: screenshots, real mouse drags through X (xdotool, so they go through
// Qt's own drag and drop), and typing a server into the quick-connect bar.

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QTest>
#include <QTreeView>

#include "MainWindow.h"
#include "TestHelpers.h"
#include "TestServers.h"
#include "connect/QuickConnectBar.h"
#include "log/LogModel.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"
#include "remote/ConnectionSpec.h"

namespace ferry::test {

// Shows the window at the end-to-end tests' size and makes it active (there is no
// window manager on the test's display to do so); false when it never became active.
inline bool showActive(ui::MainWindow &window)
{
    window.resize(1240, 760);
    window.move(20, 20);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

// The names a remote pane lists, in its order.
inline QStringList namesIn(const ui::RemotePane *pane)
{
    const ui::RemoteFileModel *model = pane->fileModel();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data().toString();
    return out;
}

// Whether a line of the window's message log contains text.
inline bool logContains(const ui::MainWindow &window, const QString &text)
{
    const ui::LogModel *log = window.logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->index(row, ui::LogModel::TextColumn).data().toString().contains(text))
            return true;
    }
    return false;
}

// The whole screen into artefactPath(name).
inline bool saveScreenshot(const QString &name)
{
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = artefactPath(name);
    qInfo("screenshot: %s", qPrintable(path));
    return !shot.isNull() && shot.save(path);
}

// Runs xdotool while this event loop goes on (a drag runs Qt's own nested loop until the
// drop); true when it ended well.
inline bool xdotool(const QStringList &args, int timeoutMs = 30000)
{
    QProcess p;
    p.start(QStringLiteral("xdotool"), args);
    if (!p.waitForStarted(5000))
        return false;
    QElapsedTimer clock;
    clock.start();
    while (p.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A mouse drag with the left button, in steps, as a hand makes it: from `from` through
// each of `via` (resting there restMs, so a hover can act) to `to`.
inline bool dragWithMouse(QPoint from, QPoint to, const QList<QPoint> &via = {}, int restMs = 0)
{
    const auto n = [](int v) {
        return QString::number(v);
    };
    const QString sleep = QStringLiteral("sleep");
    const QString move = QStringLiteral("mousemove");
    QStringList args{move,
                     n(from.x()),
                     n(from.y()),
                     sleep,
                     QStringLiteral("0.3"),
                     QStringLiteral("mousedown"),
                     QStringLiteral("1"),
                     sleep,
                     QStringLiteral("0.3"),
                     move,
                     n(from.x() + 12),
                     n(from.y() + 6),
                     sleep,
                     QStringLiteral("0.3"),
                     move,
                     n(from.x() + 30),
                     n(from.y() + 10),
                     sleep,
                     QStringLiteral("0.3")};
    for (const QPoint &point : via) {
        args << move << n(point.x()) << n(point.y()) << sleep << QStringLiteral("0.2") << move
             << n(point.x() + 2) << n(point.y() + 1) << sleep << QString::number(restMs / 1000.0, 'f', 2);
    }
    const QPoint mid = via.isEmpty() ? (from + to) / 2 : (via.last() + to) / 2;
    args << move << n(mid.x()) << n(mid.y()) << sleep << QStringLiteral("0.3") << move << n(to.x())
         << n(to.y()) << sleep << QStringLiteral("0.5") << move << n(to.x() + 2) << n(to.y() + 2) << sleep
         << QStringLiteral("0.5") << QStringLiteral("mouseup") << QStringLiteral("1");
    return xdotool(args);
}

// The centre of the row named name in a pane's file list, on the screen.
inline QPoint rowOnScreen(QTreeView *list, const QString &name)
{
    const QAbstractItemModel *model = list->model();
    for (int row = 0; row < model->rowCount(list->rootIndex()); ++row) {
        const QModelIndex index = model->index(row, 0, list->rootIndex());
        if (index.data().toString() == name) {
            list->scrollTo(index);
            return list->viewport()->mapToGlobal(list->visualRect(index).center());
        }
    }
    return {};
}

// A point in the empty part of a file list (below its rows), on the screen.
inline QPoint emptyPartOf(QTreeView *list)
{
    const QRect area = list->viewport()->rect();
    return list->viewport()->mapToGlobal(QPoint(area.center().x(), area.bottom() - 20));
}

// Chooses the protocol with the keyboard, types the fixture's server and user into the
// quick-connect bar and clicks Connect.
inline void fillQuickConnect(ferry::ui::MainWindow &window, ferry::remote::Protocol protocol, quint16 port,
                             const QString &host = QStringLiteral("127.0.0.1"))
{
    ferry::ui::QuickConnectBar *bar = window.quickConnectBar();
    QComboBox *box = bar->protocolBox();
    box->setFocus();
    while (box->currentData().toInt() != int(protocol)) {
        const int before = box->currentIndex();
        QTest::keyClick(box, box->currentIndex() < box->findData(int(protocol)) ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(box->currentIndex() != before);
    }
    typeInto(bar->hostEdit(), host);
    typeInto(bar->userEdit(), Fixture::user());
    typeInto(bar->passwordEdit(), Fixture::password());
    typeInto(bar->portEdit(), QString::number(port));
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
}

} // namespace ferry::test
