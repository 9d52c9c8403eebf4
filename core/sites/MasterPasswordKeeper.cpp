#include "MasterPasswordKeeper.h"

#include <QCoreApplication>

#include <utility>

#include "util/Paths.h"

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;

MasterPasswordKeeper::MasterPasswordKeeper(Asker asker, QString vaultPath)
    : m_asker(std::move(asker)),
      m_vaultPath(vaultPath.isEmpty() ? util::Paths::configFile(QStringLiteral("vault.bin"))
                                      : std::move(vaultPath))
{}

MasterPasswordKeeper::~MasterPasswordKeeper()
{
    QMutexLocker lock(&m_mutex);
    if (m_known)
        m_known->fill(QChar(0)); // the copies the stores made are theirs to clear
}

void MasterPasswordKeeper::remember(const QString &password)
{
    QMutexLocker lock(&m_mutex);
    if (m_known)
        m_known->fill(QChar(0));
    m_known = password;
}

bool MasterPasswordKeeper::isKnown() const
{
    QMutexLocker lock(&m_mutex);
    return m_known.has_value();
}

int MasterPasswordKeeper::questionsAsked() const
{
    QMutexLocker lock(&m_mutex);
    return m_asked;
}

Result<QString> MasterPasswordKeeper::obtain(bool creating)
{
    QMutexLocker lock(&m_mutex);
    if (m_known)
        return *m_known;
    QString refused;
    for (;;) {
        ++m_asked;
        std::optional<QString> answer = m_asker ? m_asker(creating, refused) : std::nullopt;
        if (!answer)
            return Error(ErrorKind::Cancelled,
                         QCoreApplication::translate("MasterPasswordKeeper",
                                                     "the vault's master password was not given"));
        if (answer->isEmpty()) {
            refused =
                QCoreApplication::translate("MasterPasswordKeeper", "The master password must not be empty.");
            continue;
        }
        if (!creating) {
            // Checked against the vault now, so a wrong one is asked again here and not
            // reported as a failed lookup later.
            VaultCredentialStore check([candidate = *answer](bool) -> Result<QString> { return candidate; },
                                       m_vaultPath);
            if (remote::Status opened = check.unlock(); !opened) {
                if (opened.error().kind() != ErrorKind::Auth)
                    return opened.error(); // damaged or unreadable: asking again will not help
                refused = QCoreApplication::translate("MasterPasswordKeeper",
                                                      "Wrong master password. Please try again.");
                continue;
            }
        }
        m_known = *answer;
        return *answer;
    }
}

VaultCredentialStore::MasterPasswordProvider MasterPasswordKeeper::provider()
{
    return [this](bool creating) {
        return obtain(creating);
    };
}

} // namespace ferry::sites
