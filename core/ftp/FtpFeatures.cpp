#include "FtpFeatures.h"

namespace ferry::ftp {

FtpFeatures FtpFeatures::fromReply(const FtpReply &reply)
{
    FtpFeatures f;
    if (reply.code != 211)
        return f;
    // The first and last lines carry the code; features are the lines between, each
    // starting with a space (some servers forget it).
    for (qsizetype i = 1; i + 1 < reply.lines.size(); ++i) {
        const QString line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString keyword = (space < 0 ? line : line.left(space)).toUpper();
        const QString params = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (f.m_features.contains(keyword) && !f.m_features.value(keyword).isEmpty())
            f.m_features[keyword] += QLatin1Char(';') + params; // e.g. two AUTH lines
        else
            f.m_features.insert(keyword, params);
    }
    return f;
}

bool FtpFeatures::restStream() const
{
    return parameters(QStringLiteral("REST")).toUpper().contains(QLatin1String("STREAM"));
}

QStringList FtpFeatures::hashAlgorithms() const
{
    QStringList result;
    const QStringList parts = parameters(QStringLiteral("HASH")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString p : parts) {
        p = p.trimmed();
        if (p.endsWith(QLatin1Char('*')))
            p.chop(1);
        if (!p.isEmpty())
            result.append(p.toUpper());
    }
    return result;
}

} // namespace ferry::ftp
