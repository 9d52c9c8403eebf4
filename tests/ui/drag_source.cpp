// A second X client for tst_gui_e2e: a small window at the position given that starts a
// drag of text/uri-list (the files named on its command line) when pressed and moved,
// as a desktop file manager does. Usage: drag_source X Y FILE...
#include <QApplication>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QUrl>

namespace {
class Source : public QLabel
{
public:
    explicit Source(QList<QUrl> urls) : m_urls(std::move(urls))
    {
        setText(QStringLiteral("drag me"));
        setAlignment(Qt::AlignCenter);
        setAccessibleName(QStringLiteral("drag source"));
        setWindowTitle(QStringLiteral("ferry-drag-source"));
        resize(160, 80);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override { m_pressed = event->position().toPoint(); }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        if ((event->position().toPoint() - m_pressed).manhattanLength() < QApplication::startDragDistance())
            return;
        auto *drag = new QDrag(this);
        auto *data = new QMimeData;
        data->setUrls(m_urls);
        drag->setMimeData(data);
        const Qt::DropAction done = drag->exec(Qt::CopyAction);
        printf("drop: %d\n", int(done));
        fflush(stdout);
    }

private:
    QList<QUrl> m_urls;
    QPoint m_pressed;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4)
        return 2;
    QList<QUrl> urls;
    for (const QString &file : args.mid(3))
        urls.append(QUrl::fromLocalFile(file));
    Source source(urls);
    source.move(args.at(1).toInt(), args.at(2).toInt());
    source.show();
    printf("ready\n");
    fflush(stdout);
    return QApplication::exec();
}
