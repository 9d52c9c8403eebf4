#include "MainWindow.h"

#include <QLabel>

#include <ferry/Version.h>

namespace ferry::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Ferry %1").arg(QStringLiteral(FERRY_VERSION)));
    setObjectName(QStringLiteral("MainWindow"));
    auto *label = new QLabel(tr("Ferry"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1100, 700);
}

} // namespace ferry::ui
