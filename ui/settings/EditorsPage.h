#pragma once
// Settings > Editors: which program View/Edit (F3 / F4) opens a downloaded file with, per
// extension (FileZilla's "File editing > Filetype associations", WinSCP's editors list):
// a table of extension and command ("%f" for the file; appended when absent), Add and
// Remove. An extension not listed opens with the desktop's default application. The
// dialog's Apply/OK write it (AppSettings::setEditors). GUI thread.
#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ferry::ui {

class EditorsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EditorsPage(QWidget *parent = nullptr);

    void setEditors(const QMap<QString, QString> &editors);
    QMap<QString, QString> editors() const;
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_hint;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace ferry::ui
