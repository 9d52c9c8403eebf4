// ferry: the GUI entry point. Parses arguments, builds the main window, runs.
#include <QApplication>
#include <QCommandLineParser>

#include <ferry/Version.h>

#include "MainWindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setOrganizationName(QStringLiteral("ferry"));
    QApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ferry: a desktop client for FTP, FTPS and SFTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("Connect to this URL on start."), QStringLiteral("[url]"));
    parser.process(app);

    ferry::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
