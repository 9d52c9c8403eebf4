#include "SiteRef.h"

#include <QUrl>

namespace ferry::session {

using remote::ConnectionSpec;

namespace {
const QLatin1String kSavedPrefix("site:");

// A URL as given without its password: QUrl's reading when it can, otherwise everything
// between the first ':' of the user part and the last '@' is cut.
QString urlWithoutPassword(const QString &text, qsizetype schemeEnd)
{
    QUrl url(text, QUrl::TolerantMode);
    if (url.isValid()) {
        if (url.password().isEmpty() && !url.userInfo().contains(QLatin1Char(':')))
            return text;
        url.setPassword(QString());
        if (url.userName().isEmpty())
            url.setUserInfo(QString()); // "ftp://:secret@host" -> "ftp://host", not "ftp://@host"
        return url.toString();
    }
    const qsizetype userStart = schemeEnd + 3;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= userStart)
        return text;
    const qsizetype colon = text.indexOf(QLatin1Char(':'), userStart);
    if (colon < 0 || colon > at)
        return text;
    return text.left(colon) + text.mid(at);
}
} // namespace

QString SiteRef::keyOf(const ConnectionSpec &spec)
{
    const QString host = spec.host.toLower();
    const QString bracketed =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return ConnectionSpec::scheme(spec.protocol) + QStringLiteral("://") + spec.user + QLatin1Char('@') +
           bracketed + QLatin1Char(':') + QString::number(spec.effectivePort());
}

SiteRef SiteRef::fromSpec(const ConnectionSpec &spec)
{
    ConnectionSpec bare = spec;
    bare.password.clear();
    bare.hasPassword = false;
    bare.path.clear();
    bare.trailingSlash = false;
    SiteRef ref;
    ref.m_display = bare.toUrl();
    while (ref.m_display.endsWith(QLatin1Char('/')))
        ref.m_display.chop(1);
    ref.m_key = keyOf(spec);
    ref.m_host = spec.host.toLower();
    return ref;
}

SiteRef SiteRef::saved(const QString &name)
{
    SiteRef ref;
    ref.m_display = kSavedPrefix + name;
    ref.m_key = ref.m_display;
    ref.m_saved = true;
    return ref;
}

SiteRef SiteRef::parse(const QString &text)
{
    if (text.startsWith(kSavedPrefix))
        return saved(text.mid(kSavedPrefix.size()));
    SiteRef ref;
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        ref.m_display = text;
        ref.m_key = text;
        return ref;
    }
    ref.m_display = urlWithoutPassword(text, schemeEnd);
    if (auto spec = ConnectionSpec::fromUrl(ref.m_display)) {
        ref.m_key = keyOf(*spec);
        ref.m_host = spec->host.toLower();
    } else {
        ref.m_key = ref.m_display;
        ref.m_host = QUrl(ref.m_display).host().toLower();
    }
    return ref;
}

QString SiteRef::savedName() const
{
    return m_saved ? m_display.mid(kSavedPrefix.size()) : QString();
}

} // namespace ferry::session
