#pragma once
// Server-side checksums over FTP: which commands a server offers in FEAT (HASH from
// draft-bryan-ftpext-hash, and the older XSHA256, XSHA1, XMD5, XCRC) and reading the hash
// out of their replies. Real servers word those replies differently: the draft's
// "213 SHA-256 0-49 <hex> <path>", the hex alone, the hex before or after the path, the
// path in quotes, upper or lower case. Pure code, no I/O.

#include <QList>
#include <QString>

#include <optional>

#include "FtpFeatures.h"

namespace ferry::ftp {

struct FtpChecksumCommand
{
    QString algorithm;  // Ferry's name: "SHA-256", "SHA-1", "MD5", "CRC32"
    QString hashName;   // the server's spelling for OPTS HASH, empty when HASH does not offer it
    QString legacyVerb; // "XSHA256", "XSHA1", "XMD5", "XCRC", or empty
};

class FtpChecksum
{
public:
    // Ferry's name for a server's spelling ("sha256", "SHA-256", "CRC", "CRC-32"), or empty
    // for an algorithm Ferry cannot compute (SHA-512, ...).
    static QString canonicalAlgorithm(const QString &name);
    // Hex digits of a whole-file hash: 64, 40, 32, 8; 0 for an unknown name.
    static int hexLength(const QString &algorithm);

    // What the server offers, best first (SHA-256, SHA-1, MD5, CRC32), HASH and the
    // legacy command merged per algorithm.
    static QList<FtpChecksumCommand> offered(const FtpFeatures &features);
    // The HASH algorithm the server has selected (starred in FEAT), Ferry's name, or empty.
    static QString selectedHash(const FtpFeatures &features);

    struct Parsed
    {
        QString algorithm; // as the reply names it (Ferry's name); empty when it names none
        QString hex;       // lower case
    };
    // The hash in a reply's text (after the code) to a request for `algorithm` on `path`.
    // The path is taken out first, quoted or not, so a file whose name looks like hex is
    // never mistaken for its hash. nullopt when no hash of the right length is there.
    static std::optional<Parsed> parseReply(const QString &text, const QString &algorithm,
                                            const QString &path);
};

} // namespace ferry::ftp
