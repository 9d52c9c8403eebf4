#pragma once
// macOS hands a URL the user opened elsewhere (a browser's sftp:// link; Info.plist's
// CFBundleURLTypes names the schemes) to the running application as a QFileOpenEvent,
// also at launch, before the window exists. Installed on the application, this filter
// keeps such URLs until a target is set and then passes each on as the request
// {"url", URL}, as `ferry URL` and the single-instance channel do
// (MainWindow::openRequest). Local files are left alone. Other systems never send the
// event, so the filter costs nothing there. GUI thread.

#include <QObject>
#include <QStringList>

#include <functional>

namespace ferry::ui {

class FileOpenFilter : public QObject
{
public:
    using Target = std::function<bool(const QStringList &request)>;

    explicit FileOpenFilter(QObject *parent = nullptr);
    // From now on requests go to target; those kept meanwhile go first, in order.
    void setTarget(Target target);
    QStringList pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Target m_target;
    QStringList m_pending;
};

} // namespace ferry::ui
