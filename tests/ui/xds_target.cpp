// A second X client for tst_gui_e2e: a file manager's folder as a drop target. Usage:
// xds_target X Y FOLDER MODE. MODE "xds": it speaks X Direct Save as Dolphin, Nautilus,
// Thunar and Caja do: on the drop it reads the file name the source put in the property
// XdndDirectSave0 of the drag's source window (the XdndSelection owner), writes back the
// file:// URL of FOLDER/name, asks for the selection as XdndDirectSave0 and prints the
// answer ("xds: S"). MODE "uri": a target without XDS that asks for text/uri-list and
// prints how many URLs it got ("uri: 0"). The X side goes through a connection of its
// own (xcb), so Qt's event handling is not disturbed.
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QMimeData>
#include <QThread>
#include <QUrl>

#include <xcb/xcb.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    xcb_intern_atom_reply_t *reply =
        xcb_intern_atom_reply(c, xcb_intern_atom(c, false, uint16_t(strlen(name)), name), nullptr);
    const xcb_atom_t a = reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    free(reply);
    return a;
}

QByteArray property(xcb_connection_t *c, xcb_window_t window, xcb_atom_t name)
{
    xcb_get_property_reply_t *reply = xcb_get_property_reply(
        c, xcb_get_property(c, false, window, name, XCB_GET_PROPERTY_TYPE_ANY, 0, 4096), nullptr);
    QByteArray out;
    if (reply && reply->type != XCB_ATOM_NONE)
        out = QByteArray(static_cast<const char *>(xcb_get_property_value(reply)),
                         xcb_get_property_value_length(reply));
    free(reply);
    return out;
}

// The target side of XDS; returns the source's answer ("S", "F", "E") or why it failed.
QByteArray directSave(xcb_window_t requestor, const QString &folder)
{
    xcb_connection_t *c = xcb_connect(nullptr, nullptr);
    if (xcb_connection_has_error(c))
        return "no X connection";
    const xcb_atom_t selection = atom(c, "XdndSelection");
    const xcb_atom_t xds = atom(c, "XdndDirectSave0");
    const xcb_atom_t textPlain = atom(c, "text/plain");
    const xcb_atom_t reply = atom(c, "FERRY_XDS_REPLY");
    xcb_get_selection_owner_reply_t *owner =
        xcb_get_selection_owner_reply(c, xcb_get_selection_owner(c, selection), nullptr);
    const xcb_window_t source = owner ? owner->owner : xcb_window_t(XCB_WINDOW_NONE);
    free(owner);
    QByteArray answer;
    const QByteArray name = property(c, source, xds);
    printf("name: %s\n", name.constData());
    if (source == XCB_WINDOW_NONE || name.isEmpty()) {
        answer = "no file name offered";
    } else {
        const QByteArray url =
            QUrl::fromLocalFile(QDir(folder).filePath(QString::fromUtf8(name))).toEncoded();
        xcb_change_property(c, XCB_PROP_MODE_REPLACE, source, xds, textPlain, 8, uint32_t(url.size()),
                            url.constData());
        xcb_delete_property(c, requestor, reply);
        // The drop went to requestor: Qt's source finds the drag by it.
        xcb_convert_selection(c, requestor, selection, xds, reply, XCB_CURRENT_TIME);
        xcb_flush(c);
        QElapsedTimer clock;
        clock.start();
        while (answer.isEmpty() && clock.elapsed() < 15000) {
            QThread::msleep(20);
            answer = property(c, requestor, reply);
        }
        if (answer.isEmpty())
            answer = "no answer";
    }
    xcb_disconnect(c);
    return answer;
}

class Target : public QLabel
{
public:
    Target(QString folder, bool xds) : m_folder(std::move(folder)), m_xds(xds)
    {
        setText(m_xds ? QStringLiteral("folder (XDS)") : QStringLiteral("no XDS"));
        setAlignment(Qt::AlignCenter);
        setAccessibleName(QStringLiteral("drop target"));
        setWindowTitle(QStringLiteral("ferry-xds-target"));
        setAcceptDrops(true);
        resize(220, 160);
    }

protected:
    bool wanted(const QMimeData *data) const
    {
        return m_xds ? data->formats().contains(QStringLiteral("XdndDirectSave0")) : data->hasUrls();
    }
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (wanted(event->mimeData()))
            event->acceptProposedAction();
    }
    void dragMoveEvent(QDragMoveEvent *event) override
    {
        if (wanted(event->mimeData()))
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        if (m_xds)
            printf("xds: %s\n", directSave(xcb_window_t(window()->winId()), m_folder).constData());
        else
            printf("uri: %d\n", int(event->mimeData()->urls().size()));
        fflush(stdout);
        event->acceptProposedAction();
    }

private:
    QString m_folder;
    bool m_xds;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() != 5)
        return 2;
    Target target(args.at(3), args.at(4) == QLatin1String("xds"));
    target.move(args.at(1).toInt(), args.at(2).toInt());
    target.show();
    printf("ready\n");
    fflush(stdout);
    return QApplication::exec();
}
