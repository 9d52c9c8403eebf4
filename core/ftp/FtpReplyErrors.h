#pragma once
// The typed error for an FTP reply that failed a command, from one table (FtpReplyErrors.cpp):
// 421/425/426 are Network (the connection or the data connection is gone), 530 is Auth,
// 450/451/550/553 whose text says permission or access is Permission, 550 whose text
// says the file is not there is NotFound; anything else is Protocol, transient (worth a
// retry) for a 4xx. The message is "WHAT failed"; the server's reply goes with it.

#include <QString>

#include "FtpReply.h"
#include "base/Error.h"

namespace ferry::ftp {

class FtpReplyErrors
{
public:
    static remote::Error toError(const FtpReply &reply, const QString &what);
};

} // namespace ferry::ftp
