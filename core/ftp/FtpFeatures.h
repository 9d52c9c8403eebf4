#pragma once
// What a server said it can do in its FEAT reply (RFC 2389): MLST/MLSD, UTF8, EPSV,
// REST STREAM, SIZE, MDTM, MFMT, AUTH TLS, HASH, ... Keywords are case-insensitive;
// parameters are kept. Pure code, no I/O.

#include <QHash>
#include <QString>

#include "FtpReply.h"

namespace ferry::ftp {

class FtpFeatures
{
public:
    // Parses a 211 FEAT reply. A server without FEAT (5xx) has no features.
    static FtpFeatures fromReply(const FtpReply &reply);

    bool has(const QString &keyword) const { return m_features.contains(keyword.toUpper()); }
    // The parameter text after the keyword ("TLS;SSL" for "AUTH TLS;SSL"), or empty.
    QString parameters(const QString &keyword) const { return m_features.value(keyword.toUpper()); }
    bool isEmpty() const { return m_features.isEmpty(); }

    bool mlsd() const { return has(QStringLiteral("MLST")) || has(QStringLiteral("MLSD")); }
    bool utf8() const { return has(QStringLiteral("UTF8")); }
    bool restStream() const;
    // Hash algorithms from "HASH SHA-256;SHA-1*;MD5" (the starred one is selected).
    QStringList hashAlgorithms() const;

private:
    QHash<QString, QString> m_features; // keyword (upper case) -> parameters
};

} // namespace ferry::ftp
