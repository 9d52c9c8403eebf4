#include "FtpReplyErrors.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace ferry::ftp {

using namespace ferry::remote;

namespace {

struct Rule
{
    QList<int> codes;
    QStringList words; // one of them in the reply's text (any case); empty: any text
    ErrorKind kind;
};

// First match wins. Servers word the same condition differently (vsftpd, pure-ftpd,
// ProFTPD, IIS, FileZilla Server); the words are the ones they use.
const QList<Rule> &rules()
{
    static const QList<Rule> table = {
        {{421, 425, 426}, {}, ErrorKind::Network},
        {{530}, {}, ErrorKind::Auth},
        {{550, 553, 450, 451},
         {QStringLiteral("permission"), QStringLiteral("denied"), QStringLiteral("not allowed"),
          QStringLiteral("access")},
         ErrorKind::Permission},
        {{550},
         {QStringLiteral("no such"), QStringLiteral("not found"), QStringLiteral("not exist"),
          QStringLiteral("n't exist"), QStringLiteral("failed to open"),
          QStringLiteral("could not get file size"), QStringLiteral("failed to change directory"),
          QStringLiteral("can't check for file existence"), QStringLiteral("unavailable")},
         ErrorKind::NotFound},
    };
    return table;
}

bool matches(const Rule &rule, int code, const QString &lower)
{
    if (!rule.codes.contains(code))
        return false;
    if (rule.words.isEmpty())
        return true;
    for (const QString &word : rule.words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

} // namespace

Error FtpReplyErrors::toError(const FtpReply &reply, const QString &what)
{
    const QString text = reply.toString();
    const QString lower = text.toLower();
    const QString message = QCoreApplication::translate("ferry::ftp", "%1 failed").arg(what);
    for (const Rule &rule : rules()) {
        if (matches(rule, reply.code, lower))
            return Error(rule.kind, message, text);
    }
    Error e(ErrorKind::Protocol, message, text);
    e.setTransient(reply.isTransientError());
    return e;
}

} // namespace ferry::ftp
