#pragma once
// A site's identity, the one way every part of Ferry names a server: the queue's items,
// the Scheduler's site cache and per-host limits, the SessionManager's sessions, the
// window's drag and drop. A site is a saved one ("site:NAME") or a server reached by URL.
// A plain value type that never holds a password.
//
//   display()  the name stored in the queue and shown: "site:NAME", or the URL without
//              password (fromSpec(): also without path and trailing '/', as in
//              "ftpes://alice@host:2121"; parse() keeps a URL as given otherwise).
//   key()      for caches and maps: "site:NAME", or "scheme://user@host:port" with the
//              host in lower case and the port always written, so "ftp://a@H" and
//              "ftp://a@h:21/" are the same site.
//   host()     the host (lower case) for the per-host limits and backoff; empty for a
//              saved site (known once resolved) and for text that is not a URL.

#include <QString>

#include "remote/ConnectionSpec.h"

namespace ferry::session {

class SiteRef
{
public:
    SiteRef() = default;

    // The server of a connection (its password, path and trailing '/' left out).
    static SiteRef fromSpec(const remote::ConnectionSpec &spec);
    // A saved site by its name (a path such as "Work/www" for one in a folder).
    static SiteRef saved(const QString &name);
    // "site:NAME" or a URL, as a queue item stores it; a password in the URL is dropped.
    // Other text is kept as it is (its key is the text, it has no host).
    static SiteRef parse(const QString &text);

    bool isEmpty() const { return m_display.isEmpty(); }
    bool isSaved() const { return m_saved; }
    // The saved site's name ("" for a URL).
    QString savedName() const;

    const QString &display() const { return m_display; }
    const QString &key() const { return m_key; }
    const QString &host() const { return m_host; }

    friend bool operator==(const SiteRef &a, const SiteRef &b) { return a.m_key == b.m_key; }
    friend bool operator!=(const SiteRef &a, const SiteRef &b) { return !(a == b); }

private:
    static QString keyOf(const remote::ConnectionSpec &spec);

    QString m_display;
    QString m_key;
    QString m_host;
    bool m_saved = false;
};

} // namespace ferry::session
