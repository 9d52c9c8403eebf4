// libFuzzer target for the FTP reply parser and the reply-derived parsers (FEAT, PASV,
// EPSV, error mapping): bytes as a server might send them on the control connection,
// split into lines. Nothing may crash or trip a sanitizer.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "ftp/FtpDataChannel.h"
#include "ftp/FtpFeatures.h"
#include "ftp/FtpFileSystem.h"
#include "ftp/FtpReply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ferry::ftp;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FtpReplyParser parser;
    for (QByteArray line : bytes.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        if (parser.feedLine(text) == FtpReplyParser::State::Complete) {
            const FtpReply reply = parser.takeReply();
            (void)reply.text();
            (void)FtpFeatures::fromReply(reply).hashAlgorithms();
            (void)FtpFileSystem::replyError(reply, QStringLiteral("fuzz")).retryable();
            QHostAddress address;
            quint16 port = 0;
            (void)parsePasvReply(reply.text(), &address, &port);
            (void)parseEpsvReply(reply.text(), &port);
        }
    }
    return 0;
}
