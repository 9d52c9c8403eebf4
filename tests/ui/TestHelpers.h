#pragma once
// Small helpers the window's tests share: where screenshots go, waiting with the event
// loop running, and typing into a field as a user does.

#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QString>
#include <QTest>

namespace ferry::test {

// A file in $FERRY_TEST_ARTEFACTS (made if missing), or in the current folder.
inline QString artefactPath(const QString &name)
{
    QString dir = qEnvironmentVariable("FERRY_TEST_ARTEFACTS");
    if (dir.isEmpty())
        dir = QDir::currentPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

// Waits (running the event loop) until done() or the time is up; false on time-out.
template <typename Done> bool waitFor(Done done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

// Replaces the field's text by key presses.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace ferry::test
