// ferry: the GUI entry point. Parses arguments, builds the session manager and the main
// window, connects to a URL given on the command line, runs.
#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <ferry/Version.h>

#include "MainWindow.h"
#include "session/SessionManager.h"

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

    // Declared before the window, so it outlives it; its destructor joins every worker.
    ferry::session::SessionManager sessions;
    ferry::ui::MainWindow window(&sessions);
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        const QString url = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, url] { window.connectToUrl(url); });
    }
    return QApplication::exec();
}
