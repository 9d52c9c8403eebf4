// ferry: the GUI entry point. Parses arguments, builds the session manager and the main
// window, connects to a URL or a stored site given on the command line, runs.
#include <QApplication>
#include <QCommandLineParser>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QTimer>

#include <ferry/Version.h>

#include "MainWindow.h"
#include "session/SessionManager.h"
#include "sites/SiteStore.h"

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Keep freed transfer buffers in the process (see ferry_cli_main.cpp).
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setOrganizationName(QStringLiteral("ferry"));
    QApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ferry: a desktop client for FTP, FTPS and SFTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"), QStringLiteral("Connect to this URL on start."), QStringLiteral("[url]"));
    const QCommandLineOption siteOption(QStringLiteral("site"),
                                        QStringLiteral("Connect to this stored site on start."),
                                        QStringLiteral("name"));
    parser.addOption(siteOption);
    parser.process(app);

    // Declared before the window, so it outlives it; its destructor joins every worker.
    ferry::session::SessionManager sessions;
    // Outlives the window too: "Require TLS" changes sites in it.
    ferry::sites::SiteStore siteStore;
    ferry::ui::MainWindow window(&sessions);
    window.show();
    if (parser.isSet(siteOption)) {
        const auto loaded = siteStore.reload();
        const auto site = loaded.ok() ? siteStore.find(parser.value(siteOption))
                                      : ferry::remote::Result<ferry::sites::Site>(loaded.error());
        if (!site.ok()) {
            qCritical("ferry: %s", qPrintable(site.error().message()));
            return 1;
        }
        QTimer::singleShot(0, &window,
                           [&window, &siteStore, s = site.value()] { window.connectToSite(s, &siteStore); });
    } else if (!parser.positionalArguments().isEmpty()) {
        const QString url = parser.positionalArguments().constFirst();
        QTimer::singleShot(0, &window, [&window, url] { window.connectToUrl(url); });
    }
    return QApplication::exec();
}
