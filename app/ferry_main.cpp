// ferry: the GUI entry point. Parses arguments, builds the session manager and the main
// window, connects to a URL or a stored site given on the command line, runs.
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <QTimer>

#include <memory>

#include <ferry/Version.h>

#include "MainWindow.h"
#include "archive/ArchiveJobs.h"
#include "common/FileOpenFilter.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "sites/CredentialService.h"
#include "sites/SiteStore.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"
#include "transfer/TransferQueue.h"
#include "util/InstanceChannel.h"
#include "util/Paths.h"
#include "util/Translations.h"

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Keep freed transfer buffers in the process (see ferry_cli_main.cpp).
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
    QApplication app(argc, argv);
    // macOS: links opened elsewhere (Info.plist's URL schemes) arrive as QFileOpenEvent,
    // the first perhaps before the window exists; they wait here until it does.
    ferry::ui::FileOpenFilter fileOpen;
    app.installEventFilter(&fileOpen);
    QApplication::setApplicationName(QStringLiteral("ferry"));
    QApplication::setOrganizationName(QStringLiteral("ferry"));
    QApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    // The desktop entry (packaging/linux), so that Wayland compositors and docks match the
    // window with its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ferry.Ferry"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/ferry-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The user's settings (<config>/settings.ini); the window applies them and follows
    // their changes.
    ferry::settings::AppSettings settings;
    // --help in the language the window will speak (the settings' choice, else the
    // locale's); the window installs its own translators (ui/settings/Appearance).
    auto helpLanguage = std::make_unique<ferry::util::Translations>();
    helpLanguage->install(settings.language(), ferry::util::Translations::defaultOverrideDirs());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ferry::app", "Ferry: a desktop client for FTP, FTPS and SFTP."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QCoreApplication::translate("ferry::app", "url"),
                                 QCoreApplication::translate("ferry::app", "Connect to this URL on start."),
                                 QCoreApplication::translate("ferry::app", "[url]"));
    const QCommandLineOption siteOption(
        QStringLiteral("site"),
        QCoreApplication::translate("ferry::app", "Connect to this stored site on start."),
        QCoreApplication::translate("ferry::app", "name"));
    parser.addOption(siteOption);
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QCoreApplication::translate("ferry::app",
                                    "Open a window of its own even when Ferry runs already (by "
                                    "default the URL or site is opened in a new tab of the running "
                                    "window)."));
    parser.addOption(newInstanceOption);
    parser.process(app);
    helpLanguage.reset();

    // What to open: a stored site, a URL, or nothing (just the window).
    QStringList request;
    if (parser.isSet(siteOption))
        request = {QStringLiteral("site"), parser.value(siteOption)};
    else if (!parser.positionalArguments().isEmpty())
        request = {QStringLiteral("url"), parser.positionalArguments().constFirst()};
    // One window per user and config folder: a Ferry that runs already takes the request
    // (a browser's sftp:// link opens a tab there) and this process ends.
    const QString instanceName = ferry::util::InstanceChannel::serverName(ferry::util::Paths::configDir());
    const bool ownInstance = parser.isSet(newInstanceOption);
    if (!ownInstance && ferry::util::InstanceChannel::handOff(instanceName, request))
        return 0;

    // The services, declared before the window so they outlive it; their destructors
    // join every worker (the queue's running transfers stop and stay queued).
    ferry::session::SessionManager sessions;
    // Outlives the window too: the site manager and "Require TLS" change sites in it.
    ferry::sites::SiteStore siteStore;
    // Site passwords on a worker thread; the vault's master password is asked once (the
    // window shows the question) and shared with the queue's store below.
    ferry::sites::CredentialService credentials;
    // Saved sites' passwords for the queue come from the same backend, looked up on the
    // queue's thread; a vault site's first transfer waits for the master password.
    auto queueSites =
        std::make_shared<ferry::transfer::QueueSites>(ferry::remote::ConnectOptions(), credentials.opener());
    ferry::transfer::QueueService queue(ferry::transfer::QueueSites::resolver(queueSites));
    queue.open(ferry::transfer::TransferQueue::defaultPath());
    // Extracting and compressing for the window (its queue panel shows them); joined after it.
    ferry::archive::ArchiveJobs archiveJobs;
    ferry::ui::MainWindow window(
        ferry::ui::Services{sessions, queue, *queueSites, siteStore, credentials, &settings, &archiveJobs});
    window.show();
    ferry::util::InstanceChannel channel;
    if (!ownInstance) {
        if (channel.listen(instanceName))
            QObject::connect(&channel, &ferry::util::InstanceChannel::requested, &window,
                             &ferry::ui::MainWindow::openRequest);
        else
            qWarning("ferry: other instances cannot hand links to this window: %s",
                     qPrintable(channel.errorString()));
    }
    if (!request.isEmpty())
        QTimer::singleShot(0, &window, [&window, request] { window.openRequest(request); });
    QTimer::singleShot(0, &window, [&window, &fileOpen] {
        fileOpen.setTarget([&window](const QStringList &r) { return window.openRequest(r); });
    });
    return QApplication::exec();
}
