#include "FileSystemFactory.h"

namespace ferry::session {

using namespace ferry::remote;

Result<std::unique_ptr<RemoteFileSystem>> createFileSystem(const ConnectionSpec &spec, const ConnectOptions &options,
                                                           Interaction *interaction)
{
    Q_UNUSED(options);
    Q_UNUSED(interaction);
    switch (spec.protocol) {
    case Protocol::Ftp:
    case Protocol::Ftpes:
    case Protocol::Ftps:
    case Protocol::Sftp:
        break;
    }
    return Error(ErrorKind::Local, QStringLiteral("%1:// is not supported by this build").arg(ConnectionSpec::scheme(spec.protocol)));
}

} // namespace ferry::session
