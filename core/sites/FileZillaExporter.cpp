#include "FileZillaExporter.h"

#include <QXmlStreamWriter>

#include "FileZillaFormat.h"
#include "util/AtomicFile.h"

namespace ferry::sites {

using remote::Status;

namespace {

class Writer
{
public:
    Writer(QByteArray *out, const QHash<QUuid, QString> &passwords) : m_xml(out), m_passwords(passwords)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    void write(const QList<Site> &sites)
    {
        m_xml.writeStartDocument(QStringLiteral("1.0"), true);
        m_xml.writeStartElement(QStringLiteral("FileZilla3"));
        m_xml.writeAttribute(QStringLiteral("version"), QStringLiteral("3.63.0"));
        m_xml.writeAttribute(QStringLiteral("platform"), QStringLiteral("*nix"));
        m_xml.writeStartElement(QStringLiteral("Servers"));
        writeLevel(sites, 0);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
    }

private:
    // The sites whose folder path has `depth` parts are written here; deeper ones go into
    // sub-folders, in the order their folders first appear.
    void writeLevel(const QList<Site> &sites, qsizetype depth)
    {
        QStringList subfolders;
        for (const Site &site : sites) {
            if (site.folder.size() == depth)
                writeServer(site);
            else if (!subfolders.contains(site.folder.at(depth)))
                subfolders.append(site.folder.at(depth));
        }
        for (const QString &name : std::as_const(subfolders)) {
            QList<Site> inside;
            for (const Site &site : sites) {
                if (site.folder.size() > depth && site.folder.at(depth) == name)
                    inside.append(site);
            }
            m_xml.writeStartElement(QStringLiteral("Folder"));
            m_xml.writeAttribute(QStringLiteral("expanded"), QStringLiteral("1"));
            m_xml.writeCharacters(name);
            writeLevel(inside, depth + 1);
            m_xml.writeEndElement();
        }
    }

    void text(const char *tag, const QString &value) { m_xml.writeTextElement(QLatin1String(tag), value); }
    void number(const char *tag, int value) { text(tag, QString::number(value)); }

    void writeServer(const Site &site)
    {
        m_xml.writeStartElement(QStringLiteral("Server"));
        text("Host", site.host);
        number("Port", site.connectionSpec().effectivePort());
        number("Protocol", FileZillaFormat::numberForProtocol(site));
        number("Type", 0);
        text("User", site.user);
        const auto password = m_passwords.constFind(site.id);
        if (site.logon == LogonType::Normal && password != m_passwords.constEnd()) {
            m_xml.writeStartElement(QStringLiteral("Pass"));
            m_xml.writeAttribute(QStringLiteral("encoding"), QStringLiteral("base64"));
            m_xml.writeCharacters(QString::fromLatin1(password->toUtf8().toBase64()));
            m_xml.writeEndElement();
        }
        if (site.logon == LogonType::KeyFile)
            text("Keyfile", site.keyFile);
        number("Logontype", FileZillaFormat::numberForLogon(site.logon));
        number("TimezoneOffset", site.timeZoneOffsetMinutes);
        text("PasvMode", FileZillaFormat::nameForTransferMode(site.transferMode));
        number("MaximumMultipleConnections", site.maxConnections);
        switch (site.charset) {
        case Charset::Auto:
            text("EncodingType", QStringLiteral("Auto"));
            break;
        case Charset::Utf8:
            text("EncodingType", QStringLiteral("UTF-8"));
            break;
        case Charset::Named:
            text("EncodingType", QStringLiteral("Custom"));
            text("CustomEncoding", site.charsetName);
            break;
        }
        number("BypassProxy", 0);
        text("Name", site.name);
        text("Comments", site.comments);
        number("Colour", 0);
        text("LocalDir", site.localDir);
        text("RemoteDir", FileZillaFormat::toSafePath(site.remoteDir));
        number("SyncBrowsing", 0);
        number("DirectoryComparison", 0);
        m_xml.writeEndElement();
    }

    QXmlStreamWriter m_xml;
    const QHash<QUuid, QString> &m_passwords;
};

} // namespace

QByteArray FileZillaExporter::toXml(const QList<Site> &sites, const QHash<QUuid, QString> &passwords)
{
    QByteArray out;
    Writer(&out, passwords).write(sites);
    return out;
}

Status FileZillaExporter::exportFile(const QString &path, const QList<Site> &sites,
                                     const QHash<QUuid, QString> &passwords)
{
    return util::AtomicFile::write(path, toXml(sites, passwords), !passwords.isEmpty());
}

} // namespace ferry::sites
