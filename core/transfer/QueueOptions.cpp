#include "QueueOptions.h"

#include <QJsonArray>

namespace ferry::transfer {

namespace {
QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList joined(const QStringList &base, const QJsonValue &value)
{
    QStringList out = base;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !out.contains(v.toString()))
            out.append(v.toString());
    }
    return out;
}
} // namespace

QJsonObject connectOptionsToJson(const remote::ConnectOptions &options)
{
    const remote::ConnectOptions defaults;
    QJsonObject json;
    if (options.timeoutSeconds != defaults.timeoutSeconds)
        json.insert(QStringLiteral("timeout"), options.timeoutSeconds);
    if (options.activeMode)
        json.insert(QStringLiteral("active"), true);
    if (options.tlsIfAvailable)
        json.insert(QStringLiteral("tlsIfAvailable"), true);
    if (!options.charset.isEmpty())
        json.insert(QStringLiteral("charset"), options.charset);
    if (!options.caFiles.isEmpty())
        json.insert(QStringLiteral("caFiles"), toArray(options.caFiles));
    if (!options.trustedCertFingerprints.isEmpty())
        json.insert(QStringLiteral("certFingerprints"), toArray(options.trustedCertFingerprints));
    if (options.serverTimeZoneOffsetMinutes != 0)
        json.insert(QStringLiteral("timeZoneOffset"), options.serverTimeZoneOffsetMinutes);
    if (!options.identityFiles.isEmpty())
        json.insert(QStringLiteral("identityFiles"), toArray(options.identityFiles));
    if (!options.knownHostsFile.isEmpty())
        json.insert(QStringLiteral("knownHosts"), options.knownHostsFile);
    if (!options.pinnedHostKeys.isEmpty())
        json.insert(QStringLiteral("hostKeys"), toArray(options.pinnedHostKeys));
    if (!options.useAgent)
        json.insert(QStringLiteral("agent"), false);
    return json;
}

remote::ConnectOptions connectOptionsFromJson(const QJsonObject &json, const remote::ConnectOptions &base)
{
    remote::ConnectOptions options = base;
    const remote::ConnectOptions defaults;
    if (json.contains(QStringLiteral("timeout")) && base.timeoutSeconds == defaults.timeoutSeconds)
        options.timeoutSeconds = json.value(QStringLiteral("timeout")).toInt(defaults.timeoutSeconds);
    if (json.value(QStringLiteral("active")).toBool())
        options.activeMode = true;
    if (json.value(QStringLiteral("tlsIfAvailable")).toBool())
        options.tlsIfAvailable = true;
    if (options.charset.isEmpty())
        options.charset = json.value(QStringLiteral("charset")).toString();
    options.caFiles = joined(options.caFiles, json.value(QStringLiteral("caFiles")));
    options.trustedCertFingerprints =
        joined(options.trustedCertFingerprints, json.value(QStringLiteral("certFingerprints")));
    if (options.serverTimeZoneOffsetMinutes == 0)
        options.serverTimeZoneOffsetMinutes = json.value(QStringLiteral("timeZoneOffset")).toInt();
    options.identityFiles = joined(options.identityFiles, json.value(QStringLiteral("identityFiles")));
    if (options.knownHostsFile.isEmpty())
        options.knownHostsFile = json.value(QStringLiteral("knownHosts")).toString();
    options.pinnedHostKeys = joined(options.pinnedHostKeys, json.value(QStringLiteral("hostKeys")));
    if (json.contains(QStringLiteral("agent")))
        options.useAgent = json.value(QStringLiteral("agent")).toBool(true);
    return options;
}

} // namespace ferry::transfer
