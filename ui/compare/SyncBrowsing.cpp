#include "compare/SyncBrowsing.h"

#include <QDir>
#include <QFileInfo>

#include "panes/LocalPane.h"
#include "panes/RemoteFileModel.h"
#include "panes/RemotePane.h"

namespace ferry::ui {

namespace {

QStringList localSegments(const QString &path)
{
    return QDir::cleanPath(path).split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString localPathOf(const QStringList &segments)
{
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

remote::RemotePath remotePathOf(const QStringList &segments)
{
    return remote::RemotePath(QLatin1Char('/') + segments.join(QLatin1Char('/')));
}

} // namespace

SyncBrowsing::SyncBrowsing(LocalPane *local, RemotePane *remote, QObject *parent)
    : QObject(parent), m_local(local), m_remote(remote)
{
    connect(local, &LocalPane::folderChanged, this, &SyncBrowsing::localChanged);
    connect(remote, &RemotePane::folderOpened, this, &SyncBrowsing::remoteOpened);
    connect(remote, &RemotePane::folderFailed, this, &SyncBrowsing::remoteFailed);
}

QStringList SyncBrowsing::relative(const QStringList &base, const QStringList &path)
{
    qsizetype common = 0;
    while (common < base.size() && common < path.size() && base.at(common) == path.at(common))
        ++common;
    QStringList out;
    for (qsizetype i = common; i < base.size(); ++i)
        out.append(QStringLiteral(".."));
    out.append(path.mid(common));
    return out;
}

std::optional<QStringList> SyncBrowsing::apply(const QStringList &base, const QStringList &relative)
{
    QStringList out = base;
    for (const QString &segment : relative) {
        if (segment == QLatin1String("..")) {
            if (out.isEmpty())
                return std::nullopt;
            out.removeLast();
        } else {
            out.append(segment);
        }
    }
    return out;
}

bool SyncBrowsing::setEnabled(bool enabled)
{
    if (enabled && (!m_local || !m_remote || !m_remote->session() || !m_remote->fileModel()->hasListing()))
        enabled = false;
    if (enabled) {
        m_localBase = localSegments(m_local->currentPath());
        m_remoteBase = m_remote->currentPath().segments();
    }
    m_asked.reset();
    const bool changed = enabled != m_enabled;
    m_enabled = enabled;
    if (changed)
        Q_EMIT enabledChanged(enabled);
    return enabled;
}

void SyncBrowsing::switchOff(const QString &why)
{
    setEnabled(false);
    Q_EMIT message(why);
}

void SyncBrowsing::localChanged(const QString &path)
{
    if (!m_enabled || !m_remote || !m_remote->session())
        return;
    const auto target = apply(m_remoteBase, relative(m_localBase, localSegments(path)));
    if (!target) {
        switchOff(tr("Synchronized browsing is off: the server has no folder above %1")
                      .arg(remotePathOf(m_remoteBase).toString()));
        return;
    }
    const remote::RemotePath folder = remotePathOf(*target);
    if (folder == m_remote->currentPath() && !m_asked)
        return;
    if (m_asked && *m_asked == folder)
        return;
    m_asked = folder;
    m_remote->openFolder(folder);
}

void SyncBrowsing::remoteOpened(const remote::RemotePath &path)
{
    if (!m_enabled || !m_local)
        return;
    m_asked.reset();
    const auto target = apply(m_localBase, relative(m_remoteBase, path.segments()));
    if (!target) {
        switchOff(tr("Synchronized browsing is off: there is no local folder above %1")
                      .arg(localPathOf(m_localBase)));
        return;
    }
    const QString folder = localPathOf(*target);
    if (QDir::cleanPath(folder) == QDir::cleanPath(m_local->currentPath()))
        return;
    if (!QFileInfo(folder).isDir()) {
        switchOff(tr("Synchronized browsing is off: the local folder %1 does not exist").arg(folder));
        return;
    }
    m_local->openFolder(folder);
}

void SyncBrowsing::remoteFailed(const remote::RemotePath &path, const QString &error)
{
    if (!m_enabled || !m_asked || *m_asked != path)
        return;
    m_asked.reset();
    switchOff(tr("Synchronized browsing is off: the remote folder %1 cannot be opened (%2)")
                  .arg(path.toString(), error));
}

} // namespace ferry::ui
