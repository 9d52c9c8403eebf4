#include "VaultCredentialStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

#include "SitesLog.h"
#include "util/AtomicFile.h"
#include "util/Paths.h"

namespace ferry::sites {

using remote::Error;
using remote::ErrorKind;
using remote::Result;
using remote::Status;

namespace {

constexpr char kMagic[8] = {'F', 'E', 'R', 'R', 'Y', 'V', 'L', 'T'};
constexpr quint8 kFormat = 1;
constexpr quint8 kAlgorithm = 1; // Argon2id 1.3 + XChaCha20-Poly1305-IETF
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr int kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int kVerifierBytes = 32;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kHeaderHashBytes = 16;
constexpr int kOffSalt = 20;
constexpr int kOffVerifier = kOffSalt + kSaltBytes;
constexpr int kOffNonce = kOffVerifier + kVerifierBytes;
constexpr int kOffHeaderHash = kOffNonce + kNonceBytes;
constexpr int kHeaderBytes = kOffHeaderHash + kHeaderHashBytes;
// Bounds on a header's cost, so a damaged or hostile file cannot make us allocate
// gigabytes or spin for minutes.
constexpr quint32 kMaxOps = 64;
constexpr quint32 kMaxMemKiB = 4u * 1024 * 1024;
constexpr int kLockTimeoutMs = 10000;

const uchar *bytes(const QByteArray &a, int offset = 0)
{
    return reinterpret_cast<const uchar *>(a.constData()) + offset;
}

} // namespace

struct VaultCredentialStore::Key
{
    quint32 ops;
    quint32 memKiB;
    uchar salt[kSaltBytes];
    uchar encryption[kKeyBytes];
    uchar verifier[kVerifierBytes]; // BLAKE2b of the derived key's second half
};

VaultCredentialStore::Cost VaultCredentialStore::defaultCost()
{
    return {3, 64 * 1024};
}

VaultCredentialStore::VaultCredentialStore(MasterPasswordProvider provider, QString path)
    : m_provider(std::move(provider)),
      m_path(path.isEmpty() ? util::Paths::configFile(QStringLiteral("vault.bin")) : std::move(path)),
      m_cost(defaultCost())
{
    if (sodium_init() < 0)
        qCCritical(lcSites) << "libsodium failed to initialise";
}

VaultCredentialStore::~VaultCredentialStore()
{
    if (m_key)
        sodium_free(m_key);
}

bool VaultCredentialStore::exists() const
{
    return QFile::exists(m_path);
}

Status VaultCredentialStore::deriveInto(Key &key, const QString &password) const
{
    QByteArray utf8 = password.toUtf8();
    uchar derived[kKeyBytes + 32];
    const int rc =
        crypto_pwhash(derived, sizeof derived, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      key.salt, key.ops, size_t(key.memKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return Error(ErrorKind::Local, QCoreApplication::translate(
                                           "ferry::sites", "not enough memory to derive the vault key"));
    std::memcpy(key.encryption, derived, kKeyBytes);
    crypto_generichash(key.verifier, kVerifierBytes, derived + kKeyBytes, 32, nullptr, 0);
    sodium_memzero(derived, sizeof derived);
    return {};
}

Error VaultCredentialStore::damaged(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = m_path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    QString message;
    if (QFile::rename(m_path, aside))
        message = QCoreApplication::translate(
                      "ferry::sites",
                      "the password vault %1 is damaged (%2); it was kept aside as %3, and the next "
                      "saved password starts a new vault")
                      .arg(m_path, why, aside);
    else
        message = QCoreApplication::translate(
                      "ferry::sites",
                      "the password vault %1 is damaged (%2) and could not be moved aside; it is left "
                      "as it is")
                      .arg(m_path, why);
    qCWarning(lcSites).noquote() << message;
    if (m_key) {
        sodium_free(m_key);
        m_key = nullptr;
    }
    return Error(ErrorKind::Local, message);
}

Result<VaultCredentialStore::Entries> VaultCredentialStore::decrypt(const QByteArray &file)
{
    if (file.size() < kHeaderBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES) ||
        std::memcmp(file.constData(), kMagic, sizeof kMagic) != 0)
        return damaged(QCoreApplication::translate("ferry::sites", "not a Ferry vault, or cut short"));
    uchar headerHash[kHeaderHashBytes];
    crypto_generichash(headerHash, sizeof headerHash, bytes(file), kOffHeaderHash, nullptr, 0);
    if (sodium_memcmp(headerHash, bytes(file, kOffHeaderHash), kHeaderHashBytes) != 0)
        return damaged(QCoreApplication::translate("ferry::sites", "its header does not match its checksum"));
    if (quint8(file.at(8)) != kFormat || quint8(file.at(9)) != kAlgorithm)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate(
                         "ferry::sites", "the password vault %1 was written by a newer Ferry (format %2)")
                         .arg(m_path)
                         .arg(quint8(file.at(8))));
    const quint32 ops = qFromLittleEndian<quint32>(bytes(file, 12));
    const quint32 memKiB = qFromLittleEndian<quint32>(bytes(file, 16));
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || memKiB * 1024ull < crypto_pwhash_MEMLIMIT_MIN ||
        memKiB > kMaxMemKiB)
        return damaged(
            QCoreApplication::translate("ferry::sites", "its key derivation cost is out of range"));

    const bool cached = m_key && m_key->ops == ops && m_key->memKiB == memKiB &&
                        std::memcmp(m_key->salt, bytes(file, kOffSalt), kSaltBytes) == 0;
    if (!cached) {
        Result<QString> password =
            m_provider
                ? m_provider(false)
                : Result<QString>(Error(ErrorKind::Auth,
                                        QCoreApplication::translate("ferry::sites", "no master password")));
        if (!password)
            return password.error();
        auto *key = static_cast<Key *>(sodium_malloc(sizeof(Key)));
        if (!key)
            return Error(ErrorKind::Local,
                         QCoreApplication::translate("ferry::sites", "cannot allocate secure memory"));
        key->ops = ops;
        key->memKiB = memKiB;
        std::memcpy(key->salt, bytes(file, kOffSalt), kSaltBytes);
        if (Status derived = deriveInto(*key, *password); !derived) {
            sodium_free(key);
            return derived.error();
        }
        if (sodium_memcmp(key->verifier, bytes(file, kOffVerifier), kVerifierBytes) != 0) {
            sodium_free(key);
            return Error(
                ErrorKind::Auth,
                QCoreApplication::translate("ferry::sites", "wrong master password for the password vault %1")
                    .arg(m_path));
        }
        if (m_key)
            sodium_free(m_key);
        m_key = key;
    }

    const qsizetype cipherBytes = file.size() - kHeaderBytes;
    QByteArray plain(cipherBytes - qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long plainBytes = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<uchar *>(plain.data()), &plainBytes, nullptr, bytes(file, kHeaderBytes),
            static_cast<unsigned long long>(cipherBytes), bytes(file), kHeaderBytes, bytes(file, kOffNonce),
            m_key->encryption) != 0)
        return damaged(QCoreApplication::translate("ferry::sites", "its contents fail authentication"));
    const QJsonDocument doc = QJsonDocument::fromJson(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!doc.isObject())
        return damaged(
            QCoreApplication::translate("ferry::sites", "its decrypted contents are not readable"));
    Entries entries;
    const QJsonObject map = doc.object().value(QStringLiteral("entries")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        entries.insert(it.key(), it.value().toString());
    return entries;
}

Result<VaultCredentialStore::Entries> VaultCredentialStore::read(bool *missing)
{
    QFile file(m_path);
    *missing = !file.exists();
    if (*missing)
        return Entries();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Local, QCoreApplication::translate("ferry::sites", "cannot read %1: %2")
                                           .arg(m_path, file.errorString()));
    return decrypt(file.readAll());
}

Status VaultCredentialStore::newKey()
{
    Result<QString> password =
        m_provider ? m_provider(true)
                   : Result<QString>(Error(
                         ErrorKind::Auth, QCoreApplication::translate("ferry::sites", "no master password")));
    if (!password)
        return password.error();
    if (password->isEmpty())
        return Error(ErrorKind::Auth, QCoreApplication::translate(
                                          "ferry::sites", "the vault's master password must not be empty"));
    auto *key = static_cast<Key *>(sodium_malloc(sizeof(Key)));
    if (!key)
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sites", "cannot allocate secure memory"));
    key->ops = m_cost.opsLimit;
    key->memKiB = m_cost.memLimitKiB;
    randombytes_buf(key->salt, kSaltBytes);
    if (Status derived = deriveInto(*key, *password); !derived) {
        sodium_free(key);
        return derived;
    }
    if (m_key)
        sodium_free(m_key);
    m_key = key;
    return {};
}

Status VaultCredentialStore::write(const Entries &entries)
{
    QJsonObject map;
    for (auto it = entries.begin(); it != entries.end(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("entries"), map);
    QByteArray plain = QJsonDocument(root).toJson(QJsonDocument::Compact);

    QByteArray out(kHeaderBytes + plain.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    auto *o = reinterpret_cast<uchar *>(out.data());
    std::memcpy(o, kMagic, sizeof kMagic);
    o[8] = kFormat;
    o[9] = kAlgorithm;
    qToLittleEndian<quint32>(m_key->ops, o + 12);
    qToLittleEndian<quint32>(m_key->memKiB, o + 16);
    std::memcpy(o + kOffSalt, m_key->salt, kSaltBytes);
    std::memcpy(o + kOffVerifier, m_key->verifier, kVerifierBytes);
    randombytes_buf(o + kOffNonce, kNonceBytes);
    crypto_generichash(o + kOffHeaderHash, kHeaderHashBytes, o, kOffHeaderHash, nullptr, 0);
    unsigned long long cipherBytes = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + kHeaderBytes, &cipherBytes, bytes(plain),
                                               static_cast<unsigned long long>(plain.size()), o, kHeaderBytes,
                                               nullptr, o + kOffNonce, m_key->encryption);
    sodium_memzero(plain.data(), size_t(plain.size()));

    return util::AtomicFile::write(m_path, out, true);
}

Status VaultCredentialStore::change(const std::function<void(Entries &)> &apply)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "%1 is locked by another Ferry process").arg(m_path));
    bool missing = false;
    Result<Entries> entries = read(&missing);
    if (!entries)
        return entries.error();
    if (missing) {
        if (Status made = newKey(); !made)
            return made;
    }
    apply(*entries);
    return write(*entries);
}

Status VaultCredentialStore::unlock()
{
    bool missing = false;
    Result<Entries> entries = read(&missing);
    if (!entries)
        return entries.error();
    if (missing)
        return change([](Entries &) {});
    return {};
}

Status VaultCredentialStore::changeMasterPassword(const QString &oldPassword, const QString &newPassword)
{
    if (newPassword.isEmpty())
        return Error(ErrorKind::Local, QCoreApplication::translate(
                                           "ferry::sites", "the vault's master password must not be empty"));
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sites", "%1 is locked by another Ferry process").arg(m_path));
    if (!exists())
        return Error(
            ErrorKind::NotFound,
            QCoreApplication::translate("ferry::sites", "there is no password vault at %1 yet").arg(m_path));
    // The old password opens the file (never a key this instance had cached).
    const MasterPasswordProvider kept = std::move(m_provider);
    m_provider = [oldPassword](bool creating) -> Result<QString> {
        if (creating)
            return Error(ErrorKind::NotFound,
                         QCoreApplication::translate("ferry::sites", "the password vault disappeared"));
        return oldPassword;
    };
    if (m_key) {
        sodium_free(m_key);
        m_key = nullptr;
    }
    bool missing = false;
    Result<Entries> entries = read(&missing);
    m_provider = [newPassword](bool) -> Result<QString> {
        return newPassword;
    };
    Status changed = entries ? newKey() : Status(entries.error());
    if (changed)
        changed = write(*entries);
    if (entries) {
        for (QString &value : *entries)
            value.fill(QChar(0));
    }
    m_provider = kept;
    if (!changed) {
        if (m_key) { // the new key, never written: forget it
            sodium_free(m_key);
            m_key = nullptr;
        }
        return changed;
    }
    qCInfo(lcSites).noquote() << "the password vault" << m_path << "has a new master password";
    return {};
}

Result<std::optional<QString>> VaultCredentialStore::password(const QUuid &siteId)
{
    bool missing = false;
    Result<Entries> entries = read(&missing);
    if (!entries)
        return entries.error();
    const auto it = entries->constFind(keyFor(siteId));
    if (it == entries->constEnd())
        return std::optional<QString>();
    return std::optional<QString>(*it);
}

Status VaultCredentialStore::setPassword(const QUuid &siteId, const QString &password)
{
    const QString key = keyFor(siteId);
    const Status status = change([&](Entries &entries) { entries.insert(key, password); });
    if (status)
        qCDebug(lcSites) << "stored a password in the vault for site" << siteId;
    return status;
}

Status VaultCredentialStore::removePassword(const QUuid &siteId)
{
    if (!exists())
        return {};
    const QString key = keyFor(siteId);
    return change([&](Entries &entries) { entries.remove(key); });
}

} // namespace ferry::sites
