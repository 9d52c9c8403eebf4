#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

#include "PlatformFile.h"

namespace ferry::util {

namespace {

constexpr qint64 kMaxLine = 64 * 1024;

QByteArray encode(const QStringList &request)
{
    return QJsonDocument(QJsonArray::fromStringList(request)).toJson(QJsonDocument::Compact) + '\n';
}

// The request in line, or false when it is not a JSON array of strings.
bool decode(const QByteArray &line, QStringList *request)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isArray())
        return false;
    request->clear();
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return false;
        request->append(value.toString());
    }
    return true;
}

} // namespace

InstanceChannel::InstanceChannel(QObject *parent) : QObject(parent) {}

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverName(const QString &configDir)
{
    const QByteArray folder = QDir(configDir).absolutePath().toUtf8();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // A full path: QLocalServer would otherwise put every user's sockets in one /tmp name
    // space. Socket paths are limited to about 100 bytes, so the folder is hashed.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("ferry-%1.socket").arg(hash));
    return QDir(QDir::tempPath())
        .filePath(QStringLiteral("ferry-%1-%2.socket").arg(platform::userNumber()).arg(hash));
#else
    return QStringLiteral("ferry-%1-%2").arg(qEnvironmentVariable("USERNAME"), hash);
#endif
}

bool InstanceChannel::handOff(const QString &name, const QStringList &request, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool InstanceChannel::listen(const QString &name)
{
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(name)) {
        // A socket file left by an instance that died: nobody answered handOff(), so it
        // is stale.
        QLocalServer::removeServer(name);
        if (!m_server->listen(name)) {
            m_error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    return true;
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxLine)
                    socket->abort();
                return;
            }
            QStringList request;
            const QByteArray line = socket->readLine(kMaxLine);
            if (!decode(line.trimmed(), &request)) {
                socket->abort();
                return;
            }
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT requested(request);
        });
    }
}

} // namespace ferry::util
