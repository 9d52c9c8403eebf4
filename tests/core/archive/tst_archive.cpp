// labels: unit
// core/archive on archives made at test time by Debian's own tools (bsdtar, zip, 7z) and
// by Ferry itself: listings, member reads (SHA-256, whole and from an offset, on the
// reader's thread and on the caller's), the one-pass walk, extraction of everything and
// of a selection, and creation round trips in every format Ferry writes (read back by
// bsdtar too), with cancel leaving nothing behind.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

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

bool run(const QStringList &command, const QString &cwd, QString *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(120000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    else if (p.exitCode() != 0)
        qWarning("%s: %s", qPrintable(command.join(QLatin1Char(' '))), p.readAll().constData());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Relative path -> SHA-256 (files) or "link:TARGET" or "folder", below `dir`.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = QDir(dir).relativeFilePath(path);
        if (info.isSymLink()) {
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            out.insert(relative, "link:" + QByteArray(target, n < 0 ? 0 : int(n)));
        } else if (info.isDir())
            out.insert(relative, "folder");
        else
            out.insert(relative, sha256OfFile(path));
    }
    return out;
}

// The member through borrow(): the reader's own blocks, no copy into ours.
QByteArray borrowAllOf(MemberReader &reader, qint64 chunk = 100000)
{
    QByteArray out;
    while (true) {
        auto got = reader.borrow(chunk);
        if (!got) {
            qWarning("borrow failed: %s", qPrintable(why(got)));
            return {};
        }
        if (got->isEmpty())
            return out;
        out.append(got->data(), got->size());
    }
}

QByteArray readAllOf(MemberReader &reader, qint64 chunk = 100000)
{
    QByteArray out;
    QByteArray buffer(chunk, Qt::Uninitialized);
    while (true) {
        auto got = reader.read(buffer.data(), buffer.size());
        if (!got) {
            qWarning("read failed: %s", qPrintable(why(got)));
            return {};
        }
        if (*got == 0)
            return out;
        out.append(buffer.constData(), *got);
    }
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void names();
    void formats_data();
    void formats();
    void createRoundTrips_data();
    void createRoundTrips();
    void createCancelledLeavesNothing();
    void extractKeepsExistingFiles();
    void notAnArchive();
    void storedAndCompressedMembers();

private:
    QTemporaryDir m_dir;
    QString m_src; // the tree every archive holds, as "tree/..."
    QByteArray m_random;
    QMap<QString, QByteArray> m_tree; // snapshot of m_src/tree
};

void TestArchive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_src = m_dir.filePath(QStringLiteral("src"));
    const QString tree = m_src + QStringLiteral("/tree");
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub/deep")));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/empty")));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/bin")));
    QFile a(tree + QStringLiteral("/a.txt"));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("alpha\n");
    a.close();
    QFile z(tree + QStringLiteral("/sub/deep/z.txt"));
    QVERIFY(z.open(QIODevice::WriteOnly));
    z.write(QByteArray(70000, 'z'));
    z.close();
    QVERIFY(writeRandomFile(tree + QStringLiteral("/bin/random.bin"), 3 * MiB + 123, 7));
    QFile r(tree + QStringLiteral("/bin/random.bin"));
    QVERIFY(r.open(QIODevice::ReadOnly));
    m_random = r.readAll();
    QVERIFY(QFile::link(QStringLiteral("a.txt"), tree + QStringLiteral("/link")));
    m_tree = snapshot(tree);
    QCOMPARE(m_tree.size(), 8);
}

void TestArchive::names()
{
    QCOMPARE(formatForName(QStringLiteral("x.tar.zst")), std::optional(ArchiveFormat::TarZst));
    QCOMPARE(formatForName(QStringLiteral("X.TGZ")), std::optional(ArchiveFormat::TarGz));
    QCOMPARE(formatForName(QStringLiteral("a.zip")), std::optional(ArchiveFormat::Zip));
    QVERIFY(!formatForName(QStringLiteral("a.7z")));
    QVERIFY(looksLikeArchive(QStringLiteral("a.7z")));
    QVERIFY(!looksLikeArchive(QStringLiteral("notes.txt")));
    QVERIFY(!looksLikeArchive(QStringLiteral(".zip")));
    QCOMPARE(withoutArchiveSuffix(QStringLiteral("site-1.2.tar.gz")), QStringLiteral("site-1.2"));

    bool safe = false;
    QCOMPARE(normaliseMemberPath(QStringLiteral("./a//b/"), &safe), QStringLiteral("a/b"));
    QVERIFY(safe);
    for (const char *bad :
         {"../evil", "/etc/passwd", "a/../../b", "C:\\evil", "C:evil", "\\\\server\\x", "a\\..\\..\\b"}) {
        normaliseMemberPath(QString::fromLatin1(bad), &safe);
        QVERIFY2(!safe, bad);
    }
    QCOMPARE(normaliseMemberPath(QStringLiteral("a\\b"), &safe), QStringLiteral("a\\b"));
    QVERIFY(safe);

    // ARCHIVE!/member: split where the left part is a file.
    const QString archive = m_dir.filePath(QStringLiteral("names.zip"));
    QFile f(archive);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto split = splitMemberPath(archive + QStringLiteral("!/dir/./file"));
    QVERIFY(split);
    QCOMPARE(split->archive, archive);
    QCOMPARE(split->member, QStringLiteral("dir/file"));
    QVERIFY(!splitMemberPath(m_dir.filePath(QStringLiteral("missing.zip!/x"))));
    QVERIFY(!splitMemberPath(archive + QStringLiteral("!/../x")));

    // The local pane's path into an archive: the archive is the part that is a file.
    auto inside = splitFolderPath(archive + QStringLiteral("/dir//inner/"));
    QVERIFY(inside);
    QCOMPARE(inside->archive, archive);
    QCOMPARE(inside->member, QStringLiteral("dir/inner"));
    inside = splitFolderPath(archive);
    QVERIFY(inside);
    QCOMPARE(inside->member, QString());
    QVERIFY(!splitFolderPath(m_dir.path()));                                  // a folder
    QVERIFY(!splitFolderPath(m_dir.filePath(QStringLiteral("missing/x/y")))); // nothing there
    QVERIFY(!splitFolderPath(m_dir.filePath(QStringLiteral("sub.zip/x"))));
}

void TestArchive::formats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<bool>("links");
    const QString t = QStringLiteral("tree");
    const auto row = [](const char *name, const QString &file, const QStringList &command, bool links) {
        QTest::newRow(name) << file << command << links;
    };
    row("tar (bsdtar)", QStringLiteral("t.tar"),
        {QStringLiteral("bsdtar"), QStringLiteral("-cf"), QStringLiteral("t.tar"), t}, true);
    row("tar.gz (bsdtar, ./ names)", QStringLiteral("t.tar.gz"),
        {QStringLiteral("bsdtar"), QStringLiteral("-czf"), QStringLiteral("t.tar.gz"),
         QStringLiteral("./tree")},
        true);
    row("tar.bz2 (bsdtar)", QStringLiteral("t.tar.bz2"),
        {QStringLiteral("bsdtar"), QStringLiteral("-cjf"), QStringLiteral("t.tar.bz2"), t}, true);
    row("tar.xz (bsdtar)", QStringLiteral("t.tar.xz"),
        {QStringLiteral("bsdtar"), QStringLiteral("-cJf"), QStringLiteral("t.tar.xz"), t}, true);
    row("tar.zst (bsdtar)", QStringLiteral("t.tar.zst"),
        {QStringLiteral("bsdtar"), QStringLiteral("--zstd"), QStringLiteral("-cf"),
         QStringLiteral("t.tar.zst"), t},
        true);
    row("zip (Info-ZIP)", QStringLiteral("t.zip"),
        {QStringLiteral("zip"), QStringLiteral("-q"), QStringLiteral("-r"), QStringLiteral("-y"),
         QStringLiteral("t.zip"), t},
        true);
    row("7z (p7zip)", QStringLiteral("t.7z"),
        {QStringLiteral("7z"), QStringLiteral("a"), QStringLiteral("-bd"), QStringLiteral("-snl"),
         QStringLiteral("t.7z"), t},
        true);
    row("cpio (bsdtar)", QStringLiteral("t.cpio"),
        {QStringLiteral("bsdtar"), QStringLiteral("--format"), QStringLiteral("newc"), QStringLiteral("-cf"),
         QStringLiteral("t.cpio"), t},
        true);
    row("iso (bsdtar)", QStringLiteral("t.iso"),
        {QStringLiteral("bsdtar"), QStringLiteral("--format"), QStringLiteral("iso9660"),
         QStringLiteral("--options"), QStringLiteral("iso9660:rockridge"), QStringLiteral("-cf"),
         QStringLiteral("t.iso"), t},
        true);
}

void TestArchive::formats()
{
    QFETCH(QString, file);
    QFETCH(QStringList, command);
    QFETCH(bool, links);
    if (QStandardPaths::findExecutable(command.first()).isEmpty())
        QSKIP(qPrintable(command.first() + QStringLiteral(" is not installed (scripts/setup-debian.sh)")));
    QVERIFY(run(command, m_src));
    const QString archive = m_src + QLatin1Char('/') + file;

    // The listing: every member once, folders (made up where only implied), sizes, times.
    auto tree = listArchive(archive);
    QVERIFY2(tree, qPrintable(why(tree)));
    const ArchiveEntry *random = tree->find(QStringLiteral("tree/bin/random.bin"));
    QVERIFY(random);
    QCOMPARE(random->type, EntryType::File);
    QCOMPARE(random->size, qint64(m_random.size()));
    QVERIFY(random->mtime.isValid());
    QVERIFY(qAbs(random->mtime.secsTo(
                QFileInfo(m_src + QStringLiteral("/tree/bin/random.bin")).lastModified())) <= 2);
    QVERIFY(tree->find(QStringLiteral("tree/sub/deep"))->isFolder());
    QVERIFY(tree->find(QStringLiteral("tree/empty"))->isFolder());
    QCOMPARE(tree->find(QStringLiteral("tree/a.txt"))->size, 6);
    if (links) {
        const ArchiveEntry *link = tree->find(QStringLiteral("tree/link"));
        QVERIFY(link);
        QCOMPARE(link->type, EntryType::Symlink);
        QCOMPARE(link->linkTarget, QStringLiteral("a.txt"));
    }
    QStringList top;
    for (const ArchiveEntry *e : tree->children(QStringLiteral("tree")))
        top.append(e->name());
    top.sort();
    QCOMPARE(top, QStringList({QStringLiteral("a.txt"), QStringLiteral("bin"), QStringLiteral("empty"),
                               QStringLiteral("link"), QStringLiteral("sub")}));
    QCOMPARE(tree->totalSize(), qint64(m_random.size() + 6 + 70000));

    // One member, whole and from an offset, on its own thread and on the caller's.
    for (bool thread : {true, false}) {
        auto reader = openMember(archive, QStringLiteral("tree/bin/random.bin"), 0, {}, thread);
        QVERIFY2(reader, qPrintable(why(reader)));
        QCOMPARE(sha256OfBytes(readAllOf(**reader)), sha256OfBytes(m_random));
        const qint64 offset = MiB + 17;
        auto resumed = openMember(archive, QStringLiteral("./tree/bin/random.bin"), offset, {}, thread);
        QVERIFY(resumed);
        QCOMPARE(sha256OfBytes(readAllOf(**resumed, 4096)), sha256OfBytes(m_random.mid(offset)));
    }
    auto found = findMember(archive, QStringLiteral("tree/sub/deep/z.txt"));
    QVERIFY(found);
    QCOMPARE(found->size, 70000);
    auto missing = openMember(archive, QStringLiteral("tree/nothing"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind(), ErrorKind::NotFound);
    auto folder = openMember(archive, QStringLiteral("tree/sub"));
    QVERIFY(!folder);

    // The one-pass walk sees every member and reads the ones it wants.
    QStringList seen;
    QByteArray zData;
    auto walked = forEachMember(
        archive, [](const ArchiveEntry &e) { return e.path.startsWith(QLatin1String("tree/sub")); },
        [&](const ArchiveEntry &e, MemberReader *data) -> Status {
            seen.append(e.path);
            if (data)
                zData = readAllOf(*data);
            return {};
        });
    QVERIFY2(walked, qPrintable(why(walked)));
    QVERIFY(seen.contains(QStringLiteral("tree/sub/deep/z.txt")));
    QCOMPARE(zData, QByteArray(70000, 'z'));

    // Everything, then a selection.
    const QString all = m_dir.filePath(QStringLiteral("all-") + file);
    auto extracted = extractArchive(archive, all);
    QVERIFY2(extracted, qPrintable(why(extracted)));
    QVERIFY2(extracted->skipped.isEmpty(), qPrintable(extracted->skipped.value(0).reason));
    QMap<QString, QByteArray> got = snapshot(all + QStringLiteral("/tree"));
    QMap<QString, QByteArray> want = m_tree;
    if (!links)
        want.remove(QStringLiteral("link"));
    QCOMPARE(got, want);
    QCOMPARE(extracted->files, 3);

    const QString some = m_dir.filePath(QStringLiteral("some-") + file);
    ExtractOptions options;
    options.members = {QStringLiteral("tree/sub"), QStringLiteral("tree/a.txt")};
    qint64 lastDone = -1;
    options.progress = [&lastDone](qint64 done, qint64) {
        lastDone = done;
    };
    extracted = extractArchive(archive, some, options);
    QVERIFY2(extracted, qPrintable(why(extracted)));
    QCOMPARE(snapshot(some).keys(),
             QStringList({QStringLiteral("tree"), QStringLiteral("tree/a.txt"), QStringLiteral("tree/sub"),
                          QStringLiteral("tree/sub/deep"), QStringLiteral("tree/sub/deep/z.txt")}));
    QCOMPARE(lastDone, QFileInfo(archive).size());
}

void TestArchive::createRoundTrips_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("zip") << int(ArchiveFormat::Zip);
    QTest::newRow("tar.gz") << int(ArchiveFormat::TarGz);
    QTest::newRow("tar.xz") << int(ArchiveFormat::TarXz);
    QTest::newRow("tar.zst") << int(ArchiveFormat::TarZst);
}

void TestArchive::createRoundTrips()
{
    QFETCH(int, format);
    const auto f = ArchiveFormat(format);
    const QString archive = m_dir.filePath(QStringLiteral("made") + suffixOf(f));
    qint64 lastDone = -1, lastTotal = -1;
    CreateOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    auto made = createArchive(
        archive, f, {m_src + QStringLiteral("/tree"), m_src + QStringLiteral("/tree/a.txt")}, options);
    QVERIFY2(made, qPrintable(why(made)));
    QCOMPARE(*made, QFileInfo(archive).size());
    QCOMPARE(lastTotal, qint64(m_random.size() + 6 + 70000 + 6));
    QCOMPARE(lastDone, lastTotal);
    // No temporary file left beside it.
    QCOMPARE(
        QDir(m_dir.path())
            .entryList({QStringLiteral("made") + suffixOf(f) + QLatin1Char('*')}, QDir::Files | QDir::Hidden),
        QStringList{QFileInfo(archive).fileName()});

    // Read back by Ferry and by bsdtar.
    auto tree = listArchive(archive);
    QVERIFY2(tree, qPrintable(why(tree)));
    QVERIFY(tree->find(QStringLiteral("a.txt")));
    QCOMPARE(tree->find(QStringLiteral("tree/link"))->type, EntryType::Symlink);
    QString listing;
    QVERIFY(run({QStringLiteral("bsdtar"), QStringLiteral("-tf"), archive}, m_dir.path(), &listing));
    QVERIFY2(listing.contains(QStringLiteral("tree/bin/random.bin")), qPrintable(listing));
    const QString out = m_dir.filePath(QStringLiteral("roundtrip") + suffixOf(f));
    auto extracted = extractArchive(archive, out);
    QVERIFY2(extracted, qPrintable(why(extracted)));
    QCOMPARE(snapshot(out + QStringLiteral("/tree")), m_tree);
    QCOMPARE(sha256OfFile(out + QStringLiteral("/a.txt")), m_tree.value(QStringLiteral("a.txt")));
}

void TestArchive::createCancelledLeavesNothing()
{
    const QString archive = m_dir.filePath(QStringLiteral("cancelled.tar.gz"));
    QFile old(archive);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old file");
    old.close();
    CreateOptions options;
    options.progress = [cancel = options.cancel](qint64 done, qint64) {
        if (done > MiB)
            cancel.cancel();
    };
    auto made = createArchive(archive, ArchiveFormat::TarGz, {m_src + QStringLiteral("/tree")}, options);
    QVERIFY(!made);
    QCOMPARE(made.error().kind(), ErrorKind::Cancelled);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("cancelled.tar.gz")});
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old file"));
}

void TestArchive::extractKeepsExistingFiles()
{
    const QString archive = m_dir.filePath(QStringLiteral("existing.zip"));
    QVERIFY(createArchive(archive, ArchiveFormat::Zip, {m_src + QStringLiteral("/tree")}).ok());
    const QString out = m_dir.filePath(QStringLiteral("existing"));
    QVERIFY(QDir().mkpath(out + QStringLiteral("/tree")));
    QFile mine(out + QStringLiteral("/tree/a.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    auto extracted = extractArchive(archive, out);
    QVERIFY(extracted);
    QCOMPARE(extracted->skipped.size(), 1);
    QCOMPARE(extracted->skipped.first().path, QStringLiteral("tree/a.txt"));
    QVERIFY(mine.open(QIODevice::ReadOnly));
    QCOMPARE(mine.readAll(), QByteArray("mine"));
    mine.close();
    // Asked to, it replaces the file.
    ExtractOptions overwrite;
    overwrite.overwrite = true;
    extracted = extractArchive(archive, out, overwrite);
    QVERIFY(extracted);
    QCOMPARE(sha256OfFile(out + QStringLiteral("/tree/a.txt")), m_tree.value(QStringLiteral("a.txt")));
}

void TestArchive::notAnArchive()
{
    const QString text = m_dir.filePath(QStringLiteral("plain.zip"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just some words, not an archive at all\n");
    f.close();
    auto tree = listArchive(text);
    QVERIFY(!tree);
    QVERIFY2(tree.error().message().contains(text), qPrintable(tree.error().message()));
    auto none = listArchive(m_dir.filePath(QStringLiteral("none.zip")));
    QVERIFY(!none);
    QCOMPARE(none.error().kind(), ErrorKind::NotFound);
}

// A member of random data is stored as it is in a tar.zst (decoding it is a copy): it is
// lent from libarchive's blocks on the caller's thread. A compressible one is decoded on
// a thread of its own. A sparse member's hole is lent as zeros. All read whole, from an
// offset, by read() and by borrow().
void TestArchive::storedAndCompressedMembers()
{
    for (const char *tool : {"tar", "zstd"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP("tar and zstd are needed (scripts/setup-debian.sh)");
    const QString dir = m_dir.filePath(QStringLiteral("stored"));
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(writeRandomFile(dir + QStringLiteral("/random.bin"), 5 * MiB + 11, 3));
    QByteArray text;
    for (int i = 0; text.size() < 5 * MiB; ++i)
        text += QByteArrayLiteral("line ") + QByteArray::number(i) + QByteArrayLiteral(" of a log\n");
    QFile t(dir + QStringLiteral("/text.txt"));
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(text);
    t.close();
    // A sparse file: 2 MiB of data, a 3 MiB hole, 1 MiB of data, and a hole at the end.
    QFile sp(dir + QStringLiteral("/sparse.bin"));
    QVERIFY(sp.open(QIODevice::WriteOnly));
    const QByteArray head = m_random.left(2 * MiB), tail = m_random.mid(2 * MiB, MiB);
    sp.write(head);
    QVERIFY(sp.seek(5 * MiB));
    sp.write(tail);
    QVERIFY(sp.resize(8 * MiB));
    sp.close();
    QByteArray sparse = head + QByteArray(3 * MiB, '\0') + tail + QByteArray(2 * MiB, '\0');
    QVERIFY(run({QStringLiteral("tar"), QStringLiteral("--sparse"), QStringLiteral("--zstd"),
                 QStringLiteral("-cf"), QStringLiteral("m.tar.zst"), QStringLiteral("random.bin"),
                 QStringLiteral("text.txt"), QStringLiteral("sparse.bin")},
                dir));
    const QString archive = dir + QStringLiteral("/m.tar.zst");
    QFile r(dir + QStringLiteral("/random.bin"));
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QByteArray random = r.readAll();

    struct Case
    {
        const char *member;
        QByteArray data;
        int ownThread; // -1: either (a hole is all zeros, as compressible as can be)
    };
    for (const Case &c :
         {Case{"random.bin", random, 0}, Case{"text.txt", text, 1}, Case{"sparse.bin", sparse, -1}}) {
        const QString member = QString::fromLatin1(c.member);
        for (qint64 offset : {qint64(0), qint64(MiB + 5), qint64(3 * MiB)}) {
            auto borrowed = openMember(archive, member, offset);
            QVERIFY2(borrowed, qPrintable(why(borrowed)));
            if (c.ownThread >= 0)
                QCOMPARE((*borrowed)->decodesOnOwnThread(), bool(c.ownThread));
            QCOMPARE(sha256OfBytes(borrowAllOf(**borrowed, 300000)), sha256OfBytes(c.data.mid(offset)));
            auto read = openMember(archive, member, offset);
            QVERIFY(read);
            QCOMPARE(sha256OfBytes(readAllOf(**read, 70000)), sha256OfBytes(c.data.mid(offset)));
            auto direct = openMember(archive, member, offset, {}, false);
            QVERIFY(direct);
            QCOMPARE(sha256OfBytes(borrowAllOf(**direct, 300000)), sha256OfBytes(c.data.mid(offset)));
        }
    }
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
