#include "FileZillaImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include "FileZillaFormat.h"

namespace ferry::sites {

using remote::ConnectionSpec;
using remote::Error;
using remote::ErrorKind;
using remote::Result;

namespace {

class Reader
{
public:
    explicit Reader(const QByteArray &xml) : m_xml(xml) {}

    Result<ImportedSites> run()
    {
        // Only the root element is read: asking for more after it reports a premature end.
        if (!m_xml.readNextStartElement() || m_xml.name() != QLatin1String("FileZilla3")) {
            if (!m_xml.hasError())
                m_xml.raiseError(QCoreApplication::translate("ferry::sites", "not a FileZilla site file"));
        } else {
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("Servers"))
                    readChildren({});
                else
                    m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return Error(ErrorKind::Local,
                         QCoreApplication::translate("ferry::sites", "FileZilla site file, line %1: %2")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.errorString()));
        return m_result;
    }

private:
    // Reads the children of <Servers> or a <Folder>; returns the element's own text,
    // trimmed: a folder's name, which FileZilla writes before the children.
    QString readChildren(const QStringList &folder)
    {
        QString ownText;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token == QXmlStreamReader::Characters)
                ownText += m_xml.text();
            else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("Folder"))
                readFolder(folder);
            else if (token == QXmlStreamReader::StartElement && m_xml.name() == QLatin1String("Server"))
                readServer(folder);
            else if (token == QXmlStreamReader::StartElement)
                m_xml.skipCurrentElement();
        }
        return ownText.trimmed();
    }

    void readFolder(const QStringList &parent)
    {
        // The sites inside are read with a placeholder for this folder's name, which is
        // only complete at the folder's end.
        const qsizetype firstSite = m_result.sites.size();
        QStringList folder = parent;
        folder.append(QString());
        const QString name = readChildren(folder);
        for (qsizetype i = firstSite; i < m_result.sites.size(); ++i)
            m_result.sites[i].site.folder[parent.size()] = name;
    }

    void readServer(const QStringList &folder)
    {
        ImportedSite imported;
        Site &site = imported.site;
        site.folder = folder;
        QString text;
        int protocol = 0;
        int logon = 1;
        int port = 0;
        QString pass;
        QString passEncoding;
        bool hasPass = false;
        QString encodingType;
        QString customEncoding;
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement)
                break;
            if (token == QXmlStreamReader::Characters) {
                text += m_xml.text();
                continue;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            const QString tag = m_xml.name().toString();
            if (tag == QLatin1String("Pass")) {
                passEncoding = m_xml.attributes().value(QLatin1String("encoding")).toString();
                hasPass = true;
            }
            const QString value = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (tag == QLatin1String("Host"))
                site.host = value.trimmed();
            else if (tag == QLatin1String("Port"))
                port = value.toInt();
            else if (tag == QLatin1String("Protocol"))
                protocol = value.toInt();
            else if (tag == QLatin1String("User"))
                site.user = value;
            else if (tag == QLatin1String("Pass"))
                pass = value;
            else if (tag == QLatin1String("Logontype"))
                logon = value.toInt();
            else if (tag == QLatin1String("Keyfile"))
                site.keyFile = value;
            else if (tag == QLatin1String("TimezoneOffset"))
                site.timeZoneOffsetMinutes = value.toInt();
            else if (tag == QLatin1String("PasvMode"))
                site.transferMode = FileZillaFormat::transferModeFromName(value);
            else if (tag == QLatin1String("MaximumMultipleConnections"))
                site.maxConnections = value.toInt();
            else if (tag == QLatin1String("EncodingType"))
                encodingType = value;
            else if (tag == QLatin1String("CustomEncoding"))
                customEncoding = value;
            else if (tag == QLatin1String("Name"))
                site.name = value;
            else if (tag == QLatin1String("Comments"))
                site.comments = value;
            else if (tag == QLatin1String("LocalDir"))
                site.localDir = value;
            else if (tag == QLatin1String("RemoteDir") && !value.isEmpty()) {
                site.remoteDir = FileZillaFormat::fromSafePath(value);
                if (site.remoteDir.isEmpty())
                    warn(site, QCoreApplication::translate(
                                   "ferry::sites", "its default remote folder '%1' is not readable; left out")
                                   .arg(value));
            }
        }
        if (site.name.isEmpty())
            site.name = text.trimmed(); // older files name the site in its text
        if (site.name.isEmpty())
            site.name = site.host;

        if (!FileZillaFormat::protocolFromNumber(protocol, &site)) {
            warn(site, QCoreApplication::translate("ferry::sites",
                                                   "FileZilla protocol %1 is not FTP, FTPS or SFTP; skipped")
                           .arg(protocol));
            return;
        }
        if (site.host.isEmpty()) {
            warn(site, QCoreApplication::translate("ferry::sites", "it names no host; skipped"));
            return;
        }
        site.port = port > 0 && port <= 65535 && port != ConnectionSpec::defaultPort(site.protocol)
                        ? static_cast<quint16>(port)
                        : 0;
        if (!FileZillaFormat::logonFromNumber(logon, &site.logon)) {
            warn(site,
                 QCoreApplication::translate("ferry::sites", "unknown logon type %1; imported as normal")
                     .arg(logon));
            site.logon = LogonType::Normal;
        }
        if (logon == 4)
            warn(site,
                 QCoreApplication::translate(
                     "ferry::sites", "the FTP account (ACCT) is not supported; imported as a normal logon"));
        if (site.logon == LogonType::KeyFile && site.protocol != remote::Protocol::Sftp) {
            warn(site, QCoreApplication::translate(
                           "ferry::sites", "a key file logon needs SFTP; imported as \"ask for password\""));
            site.logon = LogonType::Ask;
        }
        if (site.logon != LogonType::KeyFile)
            site.keyFile.clear();
        if (encodingType == QLatin1String("UTF-8")) {
            site.charset = Charset::Utf8;
        } else if (encodingType == QLatin1String("Custom") && !customEncoding.isEmpty()) {
            site.charset = Charset::Named;
            site.charsetName = customEncoding;
        }

        if (hasPass && site.logon == LogonType::Normal) {
            if (passEncoding == QLatin1String("base64")) {
                const auto decoded =
                    QByteArray::fromBase64Encoding(pass.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (decoded)
                    imported.password = QString::fromUtf8(*decoded);
                else
                    warn(site, QCoreApplication::translate(
                                   "ferry::sites", "its password is not valid base64; it will be asked for"));
            } else if (passEncoding.isEmpty()) {
                imported.password = pass;
            } else {
                warn(site, QCoreApplication::translate(
                               "ferry::sites",
                               "its password is protected by FileZilla's master password and cannot be "
                               "imported; it will be asked for"));
            }
            if (!imported.password)
                site.logon = LogonType::Ask;
        }
        m_result.sites.append(std::move(imported));
    }

    void warn(const Site &site, const QString &what)
    {
        // The folder names are not all known yet, so the site is named by itself.
        m_result.warnings.append(
            QStringLiteral("%1: %2").arg(site.name.isEmpty() ? site.host : site.name, what));
    }

    QXmlStreamReader m_xml;
    ImportedSites m_result;
};

} // namespace

Result<ImportedSites> FileZillaImporter::importXml(const QByteArray &xml)
{
    return Reader(xml).run();
}

Result<ImportedSites> FileZillaImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "cannot read %1: %2").arg(path, file.errorString()));
    return importXml(file.readAll());
}

} // namespace ferry::sites
