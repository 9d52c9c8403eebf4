#pragma once
// Makes the RemoteFileSystem for a connection: FtpFileSystem for ftp/ftpes/ftps,
// SftpFileSystem for sftp. The object is not connected yet; call connect() on the thread
// that will use it.

#include <memory>

#include "remote/ConnectOptions.h"
#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"
#include "remote/RemoteFileSystem.h"

namespace ferry::session {

// interaction may be null: every question is then answered "no".
remote::Result<std::unique_ptr<remote::RemoteFileSystem>>
createFileSystem(const remote::ConnectionSpec &spec, const remote::ConnectOptions &options,
                 remote::Interaction *interaction);

} // namespace ferry::session
