#include "SshConfigImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;

namespace {

constexpr int kMaxIncludeDepth = 16;

struct Setting
{
    QStringList hosts; // the Host patterns it sits under; empty before any Host line
    bool inMatch = false;
    QString key; // lower case
    QStringList args;
};

// Splits "Key value", "Key=value" and "Key = \"quoted value\"" into key and arguments.
bool tokenize(const QString &line, QString *key, QStringList *args)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
        return false;
    qsizetype i = 0;
    while (i < trimmed.size() && !trimmed.at(i).isSpace() && trimmed.at(i) != QLatin1Char('='))
        ++i;
    *key = trimmed.left(i).toLower();
    while (i < trimmed.size() && trimmed.at(i).isSpace())
        ++i;
    if (i < trimmed.size() && trimmed.at(i) == QLatin1Char('='))
        ++i;
    args->clear();
    QString current;
    bool quoted = false;
    bool have = false;
    for (; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            have = true;
        } else if (c.isSpace() && !quoted) {
            if (have)
                args->append(current);
            current.clear();
            have = false;
        } else {
            current += c;
            have = true;
        }
    }
    if (have)
        args->append(current);
    return !key->isEmpty();
}

bool matchesPattern(const QString &pattern, const QString &alias)
{
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::CaseInsensitiveOption)
        .match(alias)
        .hasMatch();
}

// ssh's rule: some pattern matches and no negated one does.
bool hostMatches(const QStringList &patterns, const QString &alias)
{
    bool matched = false;
    for (const QString &p : patterns) {
        const bool negated = p.startsWith(QLatin1Char('!'));
        if (matchesPattern(negated ? p.mid(1) : p, alias)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

bool isConcrete(const QString &pattern)
{
    return !pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')) &&
           !pattern.startsWith(QLatin1Char('!'));
}

class Parser
{
public:
    Parser(QString includeDir, QString homeDir)
        : m_includeDir(std::move(includeDir)), m_homeDir(std::move(homeDir))
    {}

    void parse(const QString &text, QStringList hosts, bool inMatch, int depth)
    {
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            QString key;
            QStringList args;
            if (!tokenize(line, &key, &args))
                continue;
            if (key == QLatin1String("host")) {
                hosts = args;
                inMatch = false;
                for (const QString &a : std::as_const(args)) {
                    if (isConcrete(a) && !m_aliases.contains(a))
                        m_aliases.append(a);
                }
            } else if (key == QLatin1String("match")) {
                hosts.clear();
                inMatch = true;
                m_sawMatch = true;
            } else if (key == QLatin1String("include")) {
                for (const QString &pattern : std::as_const(args))
                    include(pattern, hosts, inMatch, depth);
            } else {
                m_settings.append({hosts, inMatch, key, args});
            }
        }
    }

    ImportedSites result()
    {
        ImportedSites out;
        if (m_sawMatch)
            out.warnings.append(QCoreApplication::translate(
                "ferry::sites", "Match blocks are not evaluated; their settings were left out"));
        out.warnings.append(m_warnings);
        for (const QString &alias : std::as_const(m_aliases))
            out.sites.append({siteFor(alias, &out.warnings), std::nullopt});
        return out;
    }

private:
    void include(const QString &pattern, const QStringList &hosts, bool inMatch, int depth)
    {
        if (depth >= kMaxIncludeDepth) {
            m_warnings.append(
                QCoreApplication::translate("ferry::sites", "Include nested too deeply at '%1'; stopped")
                    .arg(pattern));
            return;
        }
        QString path = expandHome(pattern);
        if (QFileInfo(path).isRelative())
            path = m_includeDir + QLatin1Char('/') + path;
        const QFileInfo info(path);
        const QStringList files = QDir(info.path()).entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(info.path() + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly)) {
                m_warnings.append(QCoreApplication::translate("ferry::sites", "cannot read included %1")
                                      .arg(file.fileName()));
                continue;
            }
            parse(QString::fromUtf8(file.readAll()), hosts, inMatch, depth + 1);
        }
    }

    QString expandHome(const QString &path) const
    {
        if (path == QLatin1String("~"))
            return m_homeDir;
        if (path.startsWith(QLatin1String("~/")))
            return m_homeDir + path.mid(1);
        return path;
    }

    QString first(const QString &alias, const char *key) const
    {
        for (const Setting &s : m_settings) {
            if (s.key == QLatin1String(key) && !s.inMatch && !s.args.isEmpty() &&
                (s.hosts.isEmpty() || hostMatches(s.hosts, alias)))
                return s.args.join(QLatin1Char(' '));
        }
        return {};
    }

    Site siteFor(const QString &alias, QStringList *warnings) const
    {
        Site site;
        site.name = alias;
        site.protocol = remote::Protocol::Sftp;
        const QString hostName = first(alias, "hostname");
        site.host = hostName.isEmpty() ? alias : expandTokens(hostName, alias, alias, {});
        const int port = first(alias, "port").toInt();
        site.port = port > 0 && port <= 65535 && port != 22 ? static_cast<quint16>(port) : 0;
        site.user = first(alias, "user");
        const QString identity = first(alias, "identityfile");
        if (!identity.isEmpty() && identity.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
            site.logon = LogonType::KeyFile;
            site.keyFile = expandHome(expandTokens(identity, alias, site.host, site.user));
        } else {
            site.logon = LogonType::Agent;
        }
        // What the engine does (SshSession): libssh reads ~/.ssh/config when it connects,
        // for the host name the site stores, and runs a ProxyJump or ProxyCommand it
        // finds there with OpenSSH's ssh. So a proxy under this alias is followed only when
        // the config names one for that host name as well.
        const QString proxy = proxyFor(alias);
        if (!proxy.isEmpty()) {
            const QString forHost = site.host == alias ? proxy : proxyFor(site.host);
            if (!forHost.isEmpty())
                warnings->append(
                    QStringLiteral("%1: %2 is followed: when the site connects to %3, Ferry reads "
                                   "~/.ssh/config and runs the proxy with OpenSSH's ssh, which must be "
                                   "on PATH and reach it without questions")
                        .arg(alias, forHost, site.host));
            else
                warnings->append(
                    QStringLiteral("%1: %2 is not followed: it is set for the alias %1, but the site "
                                   "connects to %3, for which ~/.ssh/config names no proxy, so it "
                                   "connects directly. Set the site's host to %1 (when this is "
                                   "~/.ssh/config) or add a Host line for %3 to go through the proxy")
                        .arg(alias, proxy, site.host));
        }
        return site;
    }

    // "ProxyJump HOST" or "ProxyCommand CMD" as ssh would use them for name (the first one
    // set wins, as in ssh; "none" means none); empty when there is none.
    QString proxyFor(const QString &name) const
    {
        for (const Setting &s : m_settings) {
            const bool jump = s.key == QLatin1String("proxyjump");
            if ((!jump && s.key != QLatin1String("proxycommand")) || s.inMatch || s.args.isEmpty() ||
                (!s.hosts.isEmpty() && !hostMatches(s.hosts, name)))
                continue;
            const QString value = s.args.join(QLatin1Char(' '));
            if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                return {};
            return (jump ? QStringLiteral("ProxyJump ") : QStringLiteral("ProxyCommand ")) + value;
        }
        return {};
    }

    // ssh's %-tokens in HostName and IdentityFile that can be known without connecting.
    QString expandTokens(const QString &value, const QString &alias, const QString &host,
                         const QString &user) const
    {
        QString out;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value.at(i) != QLatin1Char('%') || i + 1 == value.size()) {
                out += value.at(i);
                continue;
            }
            const QChar token = value.at(++i);
            switch (token.unicode()) {
            case '%':
                out += QLatin1Char('%');
                break;
            case 'h':
                out += host;
                break;
            case 'n':
                out += alias;
                break;
            case 'd':
                out += m_homeDir;
                break;
            case 'r':
                out += user;
                break;
            case 'u':
                out += qEnvironmentVariable("USER");
                break;
            default:
                out += QLatin1Char('%') + token;
                break;
            }
        }
        return out;
    }

    QString m_includeDir;
    QString m_homeDir;
    QList<Setting> m_settings;
    QStringList m_aliases;
    QStringList m_warnings;
    bool m_sawMatch = false;
};

} // namespace

ImportedSites SshConfigImporter::importText(const QString &text, const QString &includeDir,
                                            const QString &homeDir)
{
    Parser parser(includeDir, homeDir);
    parser.parse(text, {}, false, 0);
    return parser.result();
}

Result<ImportedSites> SshConfigImporter::importFile(const QString &path)
{
    const QString home = QDir::homePath();
    const QString file = path.isEmpty() ? home + QStringLiteral("/.ssh/config") : path;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "cannot read %1: %2").arg(file, in.errorString()));
    // OpenSSH resolves a user config's relative Include against ~/.ssh; for a config
    // elsewhere its own folder is the useful equivalent.
    const QString includeDir =
        path.isEmpty() ? home + QStringLiteral("/.ssh") : QFileInfo(file).absolutePath();
    return importText(QString::fromUtf8(in.readAll()), includeDir, home);
}

} // namespace ferry::sites
