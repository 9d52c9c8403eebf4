#pragma once
// The editable path bar above each pane: type a path and press Enter to go there; the
// drop-down holds the folders visited, newest first. What is typed is never completed
// from that history. GUI thread.

#include <QComboBox>

namespace ferry::ui {

class PathBar : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int kMaxHistory = 30;

    explicit PathBar(QWidget *parent = nullptr);

    // Shows path and records it in the history (moved to the top when already there).
    void setPath(const QString &path);
    QString path() const { return currentText(); }
    QStringList history() const;

Q_SIGNALS:
    // The user typed or picked a path.
    void pathEntered(const QString &path);
};

} // namespace ferry::ui
