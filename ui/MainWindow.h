#pragma once
// Ferry's main window. Lives on the GUI thread and never waits on the network.

#include <QMainWindow>

namespace ferry::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ferry::ui
