// ferry-cli: the command-line entry point; runs the same core as the GUI.
#include <QCoreApplication>

#include "cli/Cli.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return ferry::cli::run(app);
}
