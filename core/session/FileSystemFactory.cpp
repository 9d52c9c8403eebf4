#include "FileSystemFactory.h"

#include "ftp/FtpFileSystem.h"
#include "sftp/SftpFileSystem.h"
#include <QCoreApplication>

namespace ferry::session {

using namespace ferry::remote;

Result<std::unique_ptr<RemoteFileSystem>>
createFileSystem(const ConnectionSpec &spec, const ConnectOptions &options, Interaction *interaction)
{
    switch (spec.protocol) {
    case Protocol::Ftp:
    case Protocol::Ftpes:
    case Protocol::Ftps:
        return std::unique_ptr<RemoteFileSystem>(
            std::make_unique<ftp::FtpFileSystem>(spec, options, interaction));
    case Protocol::Sftp:
        return std::unique_ptr<RemoteFileSystem>(
            std::make_unique<sftp::SftpFileSystem>(spec, options, interaction));
    }
    return Error(ErrorKind::Local,
                 QCoreApplication::translate("ferry::session", "%1:// is not supported by this build")
                     .arg(ConnectionSpec::scheme(spec.protocol)));
}

} // namespace ferry::session
