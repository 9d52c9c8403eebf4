// ferry-cli: the command-line entry point; runs the same core as the GUI.
#include <QCoreApplication>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/Cli.h"
#include "util/Translations.h"

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Transfers allocate and free buffers of a few MiB all the time (Qt's socket buffers,
    // TLS records). With glibc's defaults each free returns the pages to the kernel and
    // each allocation faults them in again, which cost FTPS downloads over half their
    // speed. Keep freed memory in the process instead.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024);
#endif
    // Qt's GLib event loop wakes its thread (a write to an eventfd, then a poll and a read)
    // whenever a socket notifier is added or removed: several times for every file the
    // queue moves. Qt's own Unix event loop does not, and the CLI has no GLib code to
    // integrate with. An explicit QT_NO_GLIB=0 keeps GLib's.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    // --help and the messages in the locale's language (LANGUAGE, LANG), Qt's own too.
    ferry::util::Translations translations;
    translations.install(QStringLiteral("system"), ferry::util::Translations::defaultOverrideDirs());
    return ferry::cli::run(app);
}
