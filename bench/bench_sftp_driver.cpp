// bench_sftp_driver: the SFTP engine's fast paths from the command line, for
// bench/bench_sftp.sh (which compares them with OpenSSH's sftp) and for trying the engine
// by hand. Prints one line: "<what> <bytes> B <files> files <seconds> s <MB/s> MB/s
// <files/s> files/s <channels> channels".
//
//   bench_sftp_driver get     URL LOCALFILE   [options]
//   bench_sftp_driver put     LOCALFILE URL   [options]
//   bench_sftp_driver putmany LOCALDIR URL    [options]   every regular file of LOCALDIR
//   options: --identity FILE  --known-hosts FILE  --accept-new  --channels N  --resume
//
// URL is sftp://user[:password]@host[:port]/path. The password may also come from
// FERRY_PASSWORD. Exit codes follow ferry-cli: 0 ok, 1 usage, 2 failure, 3 host key, 4 auth.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

#include "remote/ConnectionSpec.h"
#include "sftp/SftpFileSystem.h"

using namespace ferry::remote;
using ferry::sftp::SftpFileSystem;

namespace {

int exitCodeFor(const Error &e)
{
    switch (e.kind()) {
    case ErrorKind::HostKey: return 3;
    case ErrorKind::Auth: return 4;
    default: return 2;
    }
}

int usage()
{
    std::fprintf(stderr, "usage: bench_sftp_driver get URL LOCAL | put LOCAL URL | putmany LOCALDIR URL "
                         "[--identity F] [--known-hosts F] [--accept-new] [--channels N] [--resume]\n");
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    ConnectOptions options;
    options.useAgent = false;
    int channels = 0;
    bool resume = false;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--identity") && i + 1 < args.size())
            options.identityFiles << args.at(++i);
        else if (a == QLatin1String("--known-hosts") && i + 1 < args.size())
            options.knownHostsFile = args.at(++i);
        else if (a == QLatin1String("--accept-new"))
            options.acceptNewHostKey = true;
        else if (a == QLatin1String("--channels") && i + 1 < args.size())
            channels = args.at(++i).toInt();
        else if (a == QLatin1String("--resume"))
            resume = true;
        else
            positional << a;
    }
    if (positional.size() != 3)
        return usage();
    const QString what = positional.at(0);
    const bool download = what == QLatin1String("get");
    const QString url = download ? positional.at(1) : positional.at(2);
    const QString local = download ? positional.at(2) : positional.at(1);
    Result<ConnectionSpec> spec = ConnectionSpec::fromUrl(url);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error().toString()));
        return 1;
    }
    if (!spec->hasPassword && qEnvironmentVariableIsSet("FERRY_PASSWORD")) {
        spec->password = qEnvironmentVariable("FERRY_PASSWORD");
        spec->hasPassword = true;
    }

    QElapsedTimer clock;
    clock.start();
    SftpFileSystem fs(*spec, options, nullptr);
    if (Status s = fs.connect(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return exitCodeFor(s.error());
    }
    const RemotePath remote = spec->resolvedPath(fs.homePath());
    SftpFileSystem::TransferOptions opt;
    opt.channels = channels;
    qint64 bytes = 0;
    int files = 1;
    int used = 1;
    Status result;
    if (download) {
        if (resume)
            opt.offset = QFileInfo(local).size();
        Result<DirEntry> st = fs.stat(remote);
        if (st && st->size)
            used = channels > 0 ? channels : fs.channelsFor(*st->size - opt.offset);
        result = fs.downloadFile(remote, local, opt);
        bytes = QFileInfo(local).size() - opt.offset;
    } else if (what == QLatin1String("put")) {
        if (resume) {
            Result<DirEntry> st = fs.stat(remote);
            opt.offset = st && st->size ? *st->size : 0;
        }
        used = channels > 0 ? channels : fs.channelsFor(QFileInfo(local).size() - opt.offset, true);
        result = fs.uploadFile(local, remote, opt);
        bytes = QFileInfo(local).size() - opt.offset;
    } else if (what == QLatin1String("putmany")) {
        QList<SftpFileSystem::UploadItem> items;
        const QFileInfoList entries = QDir(local).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : entries) {
            items.append({fi.absoluteFilePath(), remote.child(fi.fileName())});
            bytes += fi.size();
        }
        files = int(items.size());
        result = fs.uploadFiles(items, true);
    } else {
        return usage();
    }
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error().toString()));
        return exitCodeFor(result.error());
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("%s %lld B %d files %.3f s %.1f MB/s %.1f files/s %d channels rtt %.2f ms\n", qPrintable(what), bytes,
                files, seconds, double(bytes) / 1e6 / seconds, files / seconds, used, fs.roundTripMs());
    fs.disconnect();
    return 0;
}
