// labels: unit
// Hostile archives, made at test time with libarchive's writer (which writes whatever
// names it is given) and Info-ZIP: "../evil", absolute paths, drive letters, a symbolic
// link out of the target followed by a file under it, a link already in the target, a
// hard link to /etc/passwd, a zip bomb, a member beyond the total limit, an encrypted
// member. After each extraction the test compares the whole temporary root with what was
// there before: nothing may appear or change outside the target folder. Each case ends
// with a clear error or with the member skipped and named in the report.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

#include "TestUtil.h"
#include "archive/Archive.h"

using namespace ferry::archive;
using namespace ferry::remote;
using namespace ferry::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// The error's text, or nothing when it succeeded (QVERIFY2 evaluates its message always).
template <typename R> QString why(const R &result)
{
    return result ? QString() : result.error().toString();
}

struct Member
{
    QByteArray path;
    char type = 'f'; // f file, d folder, l symlink, h hard link
    QByteArray data; // file data, or the link's target
};

// A tar (pax) archive holding exactly `members`, names untouched.
bool writeTar(const QString &path, const QList<Member> &members)
{
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    for (const Member &m : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, m.path.constData());
        archive_entry_set_perm(e, 0644);
        archive_entry_set_mtime(e, 1700000000, 0);
        switch (m.type) {
        case 'd':
            archive_entry_set_filetype(e, AE_IFDIR);
            archive_entry_set_perm(e, 0755);
            break;
        case 'l':
            archive_entry_set_filetype(e, AE_IFLNK);
            archive_entry_set_symlink(e, m.data.constData());
            break;
        case 'h':
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_hardlink(e, m.data.constData());
            break;
        default:
            archive_entry_set_filetype(e, AE_IFREG);
            archive_entry_set_size(e, m.data.size());
            break;
        }
        archive_write_header(a, e);
        if (m.type == 'f')
            archive_write_data(a, m.data.constData(), size_t(m.data.size()));
        archive_entry_free(e);
    }
    const bool ok = archive_write_close(a) == ARCHIVE_OK;
    archive_write_free(a);
    return ok;
}

// Every path below `root` with what it is (file hash, link target, folder), links never
// followed: the "nothing outside the target changed" check.
QMap<QString, QByteArray> everything(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QByteArray what;
        if (info.isSymLink())
            what = "link:" + QFile::encodeName(QFile::symLinkTarget(path));
        else if (info.isDir())
            what = "folder";
        else
            what = sha256OfFile(path);
        out.insert(QDir(root).relativeFilePath(path), what);
    }
    return out;
}

QMap<QString, QByteArray> outside(const QMap<QString, QByteArray> &all, const QString &targetName)
{
    QMap<QString, QByteArray> out;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() != targetName && !it.key().startsWith(targetName + QLatin1Char('/')))
            out.insert(it.key(), it.value());
    }
    return out;
}

QString reasons(const ExtractReport &report)
{
    QStringList out;
    for (const SkippedMember &s : report.skipped)
        out.append(s.path + QStringLiteral(": ") + s.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestArchiveHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pathsLeavingTheTarget();
    void linkOutThenFileUnderIt();
    void linkInsideThenFileUnderIt();
    void linkAlreadyInTheTarget();
    void hardLinkToPasswd();
    void zipBomb();
    void totalLimitRemovesPartialOutput();
    void memberLimit();
    void encryptedMember();
    void cancelRemovesPartialOutput();

private:
    // Extracts `archive` into root/target, then checks that nothing outside it changed.
    Result<ExtractReport> extractChecked(const QString &archive, const ExtractOptions &options = {});

    std::unique_ptr<QTemporaryDir> m_root;
    QString target() const { return m_root->filePath(QStringLiteral("target")); }
};

void TestArchiveHostile::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(m_root->isValid());
    // Things an attack would like to reach: a folder beside the target, and a file.
    QVERIFY(QDir().mkpath(m_root->filePath(QStringLiteral("outside"))));
    QFile secret(m_root->filePath(QStringLiteral("outside/secret")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("keep me");
    secret.close();
    QVERIFY(QDir().mkpath(target()));
}

Result<ExtractReport> TestArchiveHostile::extractChecked(const QString &archive,
                                                         const ExtractOptions &options)
{
    const auto before = outside(everything(m_root->path()), QStringLiteral("target"));
    auto result = extractArchive(archive, target(), options);
    const auto after = outside(everything(m_root->path()), QStringLiteral("target"));
    if (before != after) {
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                changed.append(it.key());
        }
        qWarning("written outside the target: %s", qPrintable(changed.join(QStringLiteral(", "))));
        return Error(ErrorKind::Local, QStringLiteral("TEST: something outside the target changed"));
    }
    return result;
}

void TestArchiveHostile::pathsLeavingTheTarget()
{
    const QString archive = m_root->filePath(QStringLiteral("paths.tar"));
    const QByteArray absolute = QFile::encodeName(m_root->filePath(QStringLiteral("outside/abs-evil")));
    QVERIFY(writeTar(archive,
                     {{"../evil", 'f', "x"},
                      {"../outside/evil", 'f', "x"},
                      {"ok/../../evil2", 'f', "x"},
                      {absolute, 'f', "x"},
                      {"/tmp/ferry-evil-" + QByteArray::number(QCoreApplication::applicationPid()), 'f', "x"},
                      {"C:\\evil", 'f', "x"},
                      {"C:evil", 'f', "x"},
                      {"..\\evil3", 'f', "x"},
                      {"fine.txt", 'f', "fine"}}));
    auto report = extractChecked(archive);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->files, 1);
    QCOMPARE(report->skipped.size(), 8);
    for (const SkippedMember &s : report->skipped)
        QVERIFY2(s.reason.contains(QStringLiteral("leaves the target folder")), qPrintable(reasons(*report)));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/ferry-evil-%1").arg(QCoreApplication::applicationPid())));
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("fine.txt")});
}

void TestArchiveHostile::linkOutThenFileUnderIt()
{
    const QString archive = m_root->filePath(QStringLiteral("linkout.tar"));
    QVERIFY(
        writeTar(archive, {{"escape", 'l', QFile::encodeName(m_root->filePath(QStringLiteral("outside")))},
                           {"escape/pwned", 'f', "x"},
                           {"up", 'l', "../outside"},
                           {"up/pwned2", 'f', "x"},
                           {"etc", 'l', "/etc"},
                           {"etc/ferry-pwned", 'f', "x"}}));
    auto report = extractChecked(archive);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->links, 0);
    QVERIFY2(report->skipped.size() == 3, qPrintable(reasons(*report)));
    for (const SkippedMember &s : report->skipped)
        QVERIFY2(s.reason.contains(QStringLiteral("link pointing outside")), qPrintable(reasons(*report)));
    // The files went into real folders inside the target, not through links.
    QVERIFY(!QFileInfo(target() + QStringLiteral("/escape")).isSymLink());
    QVERIFY(QFileInfo(target() + QStringLiteral("/escape/pwned")).isFile());
    QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/ferry-pwned")));
}

void TestArchiveHostile::linkInsideThenFileUnderIt()
{
    // A link that stays inside is made; a member under it is not written through it.
    const QString archive = m_root->filePath(QStringLiteral("linkin.tar"));
    QVERIFY(writeTar(archive, {{"real", 'd', {}}, {"alias", 'l', "real"}, {"alias/file", 'f', "x"}}));
    auto report = extractChecked(archive);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->links, 1);
    QCOMPARE(report->skipped.size(), 1);
    QCOMPARE(report->skipped.first().path, QStringLiteral("alias/file"));
    QVERIFY2(report->skipped.first().reason.contains(QStringLiteral("passes through the link")),
             qPrintable(reasons(*report)));
    QVERIFY(!QFileInfo::exists(target() + QStringLiteral("/real/file")));
}

void TestArchiveHostile::linkAlreadyInTheTarget()
{
    QVERIFY(QFile::link(m_root->filePath(QStringLiteral("outside")), target() + QStringLiteral("/pre")));
    QVERIFY(QFile::link(m_root->filePath(QStringLiteral("outside/secret")),
                        target() + QStringLiteral("/secret")));
    const QString archive = m_root->filePath(QStringLiteral("pre.tar"));
    QVERIFY(writeTar(archive, {{"pre/file", 'f', "x"}, {"secret", 'f', "overwritten"}}));
    ExtractOptions replace;
    replace.overwrite = true; // even then, never through a link: the link is replaced
    auto report = extractChecked(archive, replace);
    QVERIFY2(report, qPrintable(why(report)));
    QCOMPARE(report->skipped.size(), 1);
    QCOMPARE(report->skipped.first().path, QStringLiteral("pre/file"));
    QFile secret(m_root->filePath(QStringLiteral("outside/secret")));
    QVERIFY(secret.open(QIODevice::ReadOnly));
    QCOMPARE(secret.readAll(), QByteArray("keep me"));
    QVERIFY(!QFileInfo(target() + QStringLiteral("/secret")).isSymLink());
}

void TestArchiveHostile::hardLinkToPasswd()
{
    const QString archive = m_root->filePath(QStringLiteral("hard.tar"));
    QVERIFY(writeTar(archive,
                     {{"passwd", 'h', "/etc/passwd"},
                      {"passwd2", 'h', "../../../../../../../etc/passwd"},
                      {"secret", 'h', QFile::encodeName(m_root->filePath(QStringLiteral("outside/secret")))},
                      {"own.txt", 'f', "own"},
                      {"own-again.txt", 'h', "own.txt"}}));
    auto report = extractChecked(archive);
    QVERIFY2(report, qPrintable(why(report)));
    QVERIFY2(report->skipped.size() == 3, qPrintable(reasons(*report)));
    for (const SkippedMember &s : report->skipped)
        QVERIFY2(s.reason.contains(QStringLiteral("hard link")) ||
                     s.reason.contains(QStringLiteral("leaves")),
                 qPrintable(reasons(*report)));
    // Nothing in the target shares an inode with /etc/passwd or the secret.
    struct stat passwd, secret;
    QCOMPARE(::stat("/etc/passwd", &passwd), 0);
    QCOMPARE(
        ::stat(QFile::encodeName(m_root->filePath(QStringLiteral("outside/secret"))).constData(), &secret),
        0);
    QDirIterator it(target(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        struct stat st;
        QCOMPARE(::lstat(QFile::encodeName(it.next()).constData(), &st), 0);
        QVERIFY(st.st_ino != passwd.st_ino || st.st_dev != passwd.st_dev);
        QVERIFY(st.st_ino != secret.st_ino || st.st_dev != secret.st_dev);
    }
    // A hard link between two members of the archive is made.
    QCOMPARE(report->links, 1);
    QCOMPARE(sha256OfFile(target() + QStringLiteral("/own-again.txt")), sha256OfBytes("own"));
}

void TestArchiveHostile::zipBomb()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        QSKIP("zip is not installed (scripts/setup-debian.sh)");
    // 64 MiB of zeros deflate to about 64 KiB: a ratio of about 1000.
    const QString zeros = m_root->filePath(QStringLiteral("make/zeros.bin"));
    QVERIFY(QDir().mkpath(m_root->filePath(QStringLiteral("make"))));
    QVERIFY(writeSparseFile(zeros, 64 * MiB));
    const QString archive = m_root->filePath(QStringLiteral("bomb.zip"));
    QProcess zip;
    zip.setWorkingDirectory(m_root->filePath(QStringLiteral("make")));
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), archive, QStringLiteral("zeros.bin")});
    QVERIFY(zip.waitForFinished(60000) && zip.exitCode() == 0);
    QVERIFY(QFile::remove(zeros));
    QVERIFY(QFileInfo(archive).size() < MiB);
    ExtractOptions options;
    options.limits.ratioFrom = 8 * MiB; // the default is 100 MiB: the same rule, a smaller test
    auto report = extractChecked(archive, options);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(QStringLiteral("bomb")), qPrintable(report.error().message()));
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestArchiveHostile::totalLimitRemovesPartialOutput()
{
    const QString archive = m_root->filePath(QStringLiteral("total.tar"));
    QByteArray big(3 * MiB, 'b');
    QVERIFY(
        writeTar(archive, {{"dir", 'd', {}}, {"dir/small.txt", 'f', "small"}, {"dir/big.bin", 'f', big}}));
    // A folder that was there before stays, with what it held.
    QVERIFY(QDir().mkpath(target() + QStringLiteral("/dir")));
    QFile keep(target() + QStringLiteral("/dir/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    ExtractOptions options;
    options.limits.maxTotal = 1 * MiB;
    auto report = extractChecked(archive, options);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(QStringLiteral("more than")),
             qPrintable(report.error().message()));
    QCOMPARE(QDir(target() + QStringLiteral("/dir"))
                 .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("keep.txt")});
}

void TestArchiveHostile::memberLimit()
{
    const QString archive = m_root->filePath(QStringLiteral("member.tar"));
    QVERIFY(writeTar(archive, {{"a.txt", 'f', "a"}, {"big.bin", 'f', QByteArray(2 * MiB, 'b')}}));
    ExtractOptions options;
    options.limits.maxMember = MiB;
    auto report = extractChecked(archive, options);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(QStringLiteral("big.bin")),
             qPrintable(report.error().message()));
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestArchiveHostile::encryptedMember()
{
    if (QStandardPaths::findExecutable(QStringLiteral("zip")).isEmpty())
        QSKIP("zip is not installed (scripts/setup-debian.sh)");
    QVERIFY(QDir().mkpath(m_root->filePath(QStringLiteral("make"))));
    QFile plain(m_root->filePath(QStringLiteral("make/plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("a secret text");
    plain.close();
    const QString archive = m_root->filePath(QStringLiteral("enc.zip"));
    QProcess zip;
    zip.setWorkingDirectory(m_root->filePath(QStringLiteral("make")));
    zip.start(QStringLiteral("zip"), {QStringLiteral("-q"), QStringLiteral("-P"), QStringLiteral("pw"),
                                      archive, QStringLiteral("plain.txt")});
    QVERIFY(zip.waitForFinished(60000) && zip.exitCode() == 0);
    auto tree = listArchive(archive);
    QVERIFY2(tree, qPrintable(why(tree)));
    QVERIFY(tree->find(QStringLiteral("plain.txt"))->encrypted);
    auto report = extractChecked(archive);
    QVERIFY(!report);
    QVERIFY2(report.error().message().contains(QStringLiteral("encrypted")),
             qPrintable(report.error().message()));
    auto reader = openMember(archive, QStringLiteral("plain.txt"));
    QVERIFY(!reader);
    QVERIFY2(reader.error().message().contains(QStringLiteral("encrypted")),
             qPrintable(reader.error().message()));
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestArchiveHostile::cancelRemovesPartialOutput()
{
    const QString archive = m_root->filePath(QStringLiteral("cancel.tar"));
    QVERIFY(writeTar(archive, {{"a/one.txt", 'f', "1"}, {"a/big.bin", 'f', QByteArray(4 * MiB, 'c')}}));
    ExtractOptions options;
    options.progress = [cancel = options.cancel](qint64 done, qint64) {
        if (done > MiB)
            cancel.cancel();
    };
    auto report = extractChecked(archive, options);
    QVERIFY(!report);
    QCOMPARE(report.error().kind(), ErrorKind::Cancelled);
    QCOMPARE(QDir(target()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestArchiveHostile)
#include "tst_archivehostile.moc"
