#include "FileOpenFilter.h"

#include <QFileOpenEvent>

#include <utility>

namespace ferry::ui {

FileOpenFilter::FileOpenFilter(QObject *parent) : QObject(parent) {}

void FileOpenFilter::setTarget(Target target)
{
    m_target = std::move(target);
    if (!m_target)
        return;
    const QStringList kept = std::exchange(m_pending, {});
    for (const QString &url : kept)
        m_target({QStringLiteral("url"), url});
}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
    if (!url.isValid() || url.isLocalFile())
        return QObject::eventFilter(watched, event);
    // Encoded as it came, so that ConnectionSpec decodes user, password and path once.
    const QString text = url.toString(QUrl::FullyEncoded);
    if (m_target)
        m_target({QStringLiteral("url"), text});
    else
        m_pending.append(text);
    return true;
}

} // namespace ferry::ui
