#pragma once
// The texts of a widget (or of a QObject that fills widgets: menus, toolbars) that must
// follow a language change without a restart. Each text is bound once, with its source
// string (marked QT_TR_NOOP in the owner's class, so lupdate finds it in the owner's
// context) and the setter that shows it; the text is set at once, and retranslate(),
// which the owner calls from its changeEvent(QEvent::LanguageChange) (or its own
// retranslate()), sets every one again in the language now loaded. An entry whose target
// was destroyed is dropped. GUI thread.

#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

namespace ferry::ui {

class Retranslator
{
public:
    using Setter = std::function<void(const QString &)>;

    // context: the owner's class name, as tr() uses it (metaObject()->className()).
    explicit Retranslator(const char *context) : m_context(context) {}

    // Sets target's text through set now and at every retranslate().
    void bind(QObject *target, const char *source, Setter set);
    // The same through a member setter: bind(action, &QAction::setText, QT_TR_NOOP("&Open")).
    template <typename T, typename S>
    void bind(T *target, void (S::*setter)(const QString &), const char *source)
    {
        bind(target, source, [target, setter](const QString &text) { (target->*setter)(text); });
    }
    // The accessible name (the text without '&' and a trailing ':') along with the text.
    template <typename T, typename S>
    void bindNamed(T *target, void (S::*setter)(const QString &), const char *source)
    {
        bind(target, source, [target, setter](const QString &text) {
            (target->*setter)(text);
            target->setAccessibleName(plain(text));
        });
    }

    void retranslate();
    QString tr(const char *source) const;
    static QString plain(QString text);

private:
    struct Entry
    {
        QPointer<QObject> target;
        const char *source;
        Setter set;
    };
    const char *m_context;
    std::vector<Entry> m_entries;
};

} // namespace ferry::ui
