#include "Site.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ferry::sites {

using remote::ConnectionSpec;
using remote::Error;
using remote::ErrorKind;
using remote::Protocol;
using remote::Result;

namespace {

// Enum values and their names in sites.json and on the command line.
template <typename Enum> struct Named
{
    Enum value;
    const char *name;
};
constexpr Named<LogonType> kLogons[] = {
    {LogonType::Anonymous, "anonymous"},     {LogonType::Normal, "normal"},   {LogonType::Ask, "ask"},
    {LogonType::Interactive, "interactive"}, {LogonType::KeyFile, "keyfile"}, {LogonType::Agent, "agent"},
};
constexpr Named<TransferMode> kModes[] = {
    {TransferMode::Default, "default"}, {TransferMode::Passive, "passive"}, {TransferMode::Active, "active"}};

template <typename Enum, size_t N> QString nameOf(const Named<Enum> (&table)[N], Enum value)
{
    for (const Named<Enum> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return QLatin1String(table[0].name);
}

template <typename Enum, size_t N>
bool valueOf(const Named<Enum> (&table)[N], const QString &name, Enum *value)
{
    for (const Named<Enum> &entry : table) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

Error fieldError(const QString &field, const QString &why)
{
    return Error(ErrorKind::Local,
                 QCoreApplication::translate("ferry::sites", "site field '%1': %2").arg(field, why));
}

} // namespace

QString Site::fullPath() const
{
    return folder.isEmpty() ? name : QString(folderPath() + QLatin1Char('/') + name);
}

ConnectionSpec Site::connectionSpec() const
{
    ConnectionSpec spec;
    spec.protocol = protocol;
    spec.host = host;
    spec.port = port;
    spec.user = logon == LogonType::Anonymous ? QString() : user;
    return spec;
}

void Site::applyTo(remote::ConnectOptions &options) const
{
    if (protocol == Protocol::Ftp && tlsIfAvailable)
        options.tlsIfAvailable = true;
    switch (transferMode) {
    case TransferMode::Default:
        break;
    case TransferMode::Passive:
        options.activeMode = false;
        break;
    case TransferMode::Active:
        options.activeMode = true;
        break;
    }
    switch (charset) {
    case Charset::Auto:
        break;
    case Charset::Utf8:
        options.charset = QStringLiteral("UTF-8");
        break;
    case Charset::Named:
        options.charset = charsetName;
        break;
    }
    if (timeZoneOffsetMinutes != 0)
        options.serverTimeZoneOffsetMinutes = timeZoneOffsetMinutes;
    if (maxConnections > 0)
        options.maxConnections = maxConnections;
    if (logon == LogonType::KeyFile && !keyFile.isEmpty() && !options.identityFiles.contains(keyFile))
        options.identityFiles.prepend(keyFile);
    if (logon == LogonType::Agent)
        options.useAgent = true;
}

QString Site::logonName(LogonType logon)
{
    return nameOf(kLogons, logon);
}

bool Site::logonFromName(const QString &name, LogonType *logon)
{
    return valueOf(kLogons, name, logon);
}

QString Site::transferModeName(TransferMode mode)
{
    return nameOf(kModes, mode);
}

bool Site::transferModeFromName(const QString &name, TransferMode *mode)
{
    return valueOf(kModes, name, mode);
}

QJsonObject Site::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("folder"), QJsonArray::fromStringList(folder));
    o.insert(QStringLiteral("protocol"), ConnectionSpec::scheme(protocol));
    if (protocol == Protocol::Ftp)
        o.insert(QStringLiteral("tlsIfAvailable"), tlsIfAvailable);
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), port);
    o.insert(QStringLiteral("user"), user);
    o.insert(QStringLiteral("logon"), logonName(logon));
    o.insert(QStringLiteral("keyFile"), keyFile);
    o.insert(QStringLiteral("transferMode"), transferModeName(transferMode));
    const char *charsetNames[] = {"auto", "utf-8", "named"};
    o.insert(QStringLiteral("charset"), QLatin1String(charsetNames[int(charset)]));
    o.insert(QStringLiteral("charsetName"), charsetName);
    o.insert(QStringLiteral("timeZoneOffsetMinutes"), timeZoneOffsetMinutes);
    o.insert(QStringLiteral("maxConnections"), maxConnections);
    o.insert(QStringLiteral("localDir"), localDir);
    o.insert(QStringLiteral("remoteDir"), remoteDir);
    o.insert(QStringLiteral("comments"), comments);
    if (!bookmarks.isEmpty()) {
        QJsonArray list;
        for (const Bookmark &b : bookmarks) {
            QJsonObject entry;
            entry.insert(QStringLiteral("remoteDir"), b.remoteDir);
            if (!b.name.isEmpty())
                entry.insert(QStringLiteral("name"), b.name);
            if (!b.localDir.isEmpty())
                entry.insert(QStringLiteral("localDir"), b.localDir);
            list.append(entry);
        }
        o.insert(QStringLiteral("bookmarks"), list);
    }
    return o;
}

Result<Site> Site::fromJson(const QJsonObject &o)
{
    Site s;
    s.id = QUuid::fromString(o.value(QStringLiteral("id")).toString());
    if (s.id.isNull())
        return fieldError(QStringLiteral("id"),
                          QCoreApplication::translate("ferry::sites", "missing or not a UUID"));
    s.name = o.value(QStringLiteral("name")).toString();
    if (s.name.isEmpty())
        return fieldError(QStringLiteral("name"), QCoreApplication::translate("ferry::sites", "empty"));
    for (const QJsonValue &part : o.value(QStringLiteral("folder")).toArray())
        s.folder.append(part.toString());
    if (!ConnectionSpec::protocolFromScheme(o.value(QStringLiteral("protocol")).toString(), &s.protocol))
        return fieldError(QStringLiteral("protocol"),
                          QCoreApplication::translate("ferry::sites", "not ftp, ftpes, ftps or sftp"));
    s.tlsIfAvailable = o.value(QStringLiteral("tlsIfAvailable")).toBool();
    s.host = o.value(QStringLiteral("host")).toString();
    const int port = o.value(QStringLiteral("port")).toInt();
    if (port < 0 || port > 65535)
        return fieldError(QStringLiteral("port"),
                          QCoreApplication::translate("ferry::sites", "out of range"));
    s.port = static_cast<quint16>(port);
    s.user = o.value(QStringLiteral("user")).toString();
    if (!logonFromName(o.value(QStringLiteral("logon")).toString(QStringLiteral("normal")), &s.logon))
        return fieldError(QStringLiteral("logon"),
                          QCoreApplication::translate("ferry::sites", "unknown logon type"));
    s.keyFile = o.value(QStringLiteral("keyFile")).toString();
    if (!transferModeFromName(o.value(QStringLiteral("transferMode")).toString(QStringLiteral("default")),
                              &s.transferMode))
        return fieldError(QStringLiteral("transferMode"),
                          QCoreApplication::translate("ferry::sites", "not default, passive or active"));
    const QString charset = o.value(QStringLiteral("charset")).toString(QStringLiteral("auto"));
    if (charset == QLatin1String("auto"))
        s.charset = Charset::Auto;
    else if (charset == QLatin1String("utf-8"))
        s.charset = Charset::Utf8;
    else if (charset == QLatin1String("named"))
        s.charset = Charset::Named;
    else
        return fieldError(QStringLiteral("charset"),
                          QCoreApplication::translate("ferry::sites", "not auto, utf-8 or named"));
    s.charsetName = o.value(QStringLiteral("charsetName")).toString();
    s.timeZoneOffsetMinutes = o.value(QStringLiteral("timeZoneOffsetMinutes")).toInt();
    s.maxConnections = o.value(QStringLiteral("maxConnections")).toInt();
    s.localDir = o.value(QStringLiteral("localDir")).toString();
    s.remoteDir = o.value(QStringLiteral("remoteDir")).toString();
    s.comments = o.value(QStringLiteral("comments")).toString();
    for (const QJsonValue &value : o.value(QStringLiteral("bookmarks")).toArray()) {
        const QJsonObject entry = value.toObject();
        Bookmark b;
        b.name = entry.value(QStringLiteral("name")).toString();
        b.remoteDir = entry.value(QStringLiteral("remoteDir")).toString();
        b.localDir = entry.value(QStringLiteral("localDir")).toString();
        if (!b.remoteDir.startsWith(QLatin1Char('/')))
            return fieldError(
                QStringLiteral("bookmarks"),
                QCoreApplication::translate("ferry::sites", "a remote folder that is not absolute"));
        s.bookmarks.append(b);
    }
    return s;
}

} // namespace ferry::sites
