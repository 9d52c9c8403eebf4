#include "panes/DirectSave.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QUrl>

#if defined(FERRY_HAVE_XCB) && !QT_CONFIG(xcb)
#undef FERRY_HAVE_XCB // a Qt without its xcb platform has no X11 connection to share
#endif

#ifdef FERRY_HAVE_XCB
#include <xcb/xcb.h>

#include <cstdlib>
#include <memory>
#endif

namespace ferry::ui::DirectSave {

namespace {

#ifdef FERRY_HAVE_XCB
struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
template <typename T> using Reply = std::unique_ptr<T, FreeDeleter>;

xcb_connection_t *connection()
{
    auto *x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    const Reply<xcb_intern_atom_reply_t> reply(
        xcb_intern_atom_reply(c, xcb_intern_atom(c, false, uint16_t(qstrlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

// The window the drag's XdndEnter names as its source: Qt's owner of XdndSelection.
xcb_window_t dragSourceWindow(xcb_connection_t *c)
{
    const xcb_atom_t selection = atom(c, "XdndSelection");
    if (selection == XCB_ATOM_NONE)
        return XCB_WINDOW_NONE;
    const Reply<xcb_get_selection_owner_reply_t> reply(
        xcb_get_selection_owner_reply(c, xcb_get_selection_owner(c, selection), nullptr));
    return reply ? reply->owner : xcb_window_t(XCB_WINDOW_NONE);
}
#endif
} // namespace

bool available()
{
#ifdef FERRY_HAVE_XCB
    return QGuiApplication::platformName() == QLatin1String("xcb") && connection() != nullptr;
#else
    return false;
#endif
}

bool offer(const QString &fileName)
{
#ifdef FERRY_HAVE_XCB
    xcb_connection_t *c = available() ? connection() : nullptr;
    if (!c)
        return false;
    const xcb_window_t source = dragSourceWindow(c);
    if (source == XCB_WINDOW_NONE)
        return false;
    const QByteArray name = fileName.toUtf8();
    xcb_change_property(c, XCB_PROP_MODE_REPLACE, source, atom(c, kFormat), atom(c, "text/plain"), 8,
                        uint32_t(name.size()), name.constData());
    xcb_flush(c);
    return true;
#else
    Q_UNUSED(fileName);
    return false;
#endif
}

std::optional<QByteArray> requestedUrl()
{
#ifdef FERRY_HAVE_XCB
    xcb_connection_t *c = available() ? connection() : nullptr;
    if (!c)
        return std::nullopt;
    const xcb_window_t source = dragSourceWindow(c);
    if (source == XCB_WINDOW_NONE)
        return std::nullopt;
    // A URL is short; 64 KiB (16,384 32-bit units) is plenty and bounds what is read.
    const Reply<xcb_get_property_reply_t> reply(xcb_get_property_reply(
        c, xcb_get_property(c, false, source, atom(c, kFormat), XCB_GET_PROPERTY_TYPE_ANY, 0, 16384),
        nullptr));
    if (!reply || reply->type == XCB_ATOM_NONE || reply->format != 8)
        return std::nullopt;
    return QByteArray(static_cast<const char *>(xcb_get_property_value(reply.get())),
                      xcb_get_property_value_length(reply.get()));
#else
    return std::nullopt;
#endif
}

std::optional<QString> folderOf(const QByteArray &url, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QUrl parsed = QUrl::fromEncoded(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("file"))
        return fail(
            QCoreApplication::translate("DirectSave", "the drop target did not name a local folder (%1)")
                .arg(QString::fromUtf8(url.left(200))));
    const QString host = parsed.host();
    if (!host.isEmpty() && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0)
        return fail(QCoreApplication::translate("DirectSave",
                                                "the drop target named a folder on another computer (%1)")
                        .arg(host));
    const QString path = parsed.path(QUrl::FullyDecoded);
    const QFileInfo file(path);
    if (!file.isAbsolute() || file.fileName().isEmpty())
        return fail(
            QCoreApplication::translate("DirectSave", "the drop target did not name a file in a folder (%1)")
                .arg(path));
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return fail(QCoreApplication::translate("DirectSave", "the folder %1 does not exist")
                        .arg(folder.absoluteFilePath()));
    if (!folder.isWritable())
        return fail(QCoreApplication::translate("DirectSave", "you cannot write to the folder %1")
                        .arg(folder.absoluteFilePath()));
    return folder.canonicalFilePath();
}

} // namespace ferry::ui::DirectSave
