#include "EditSessions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QPointer>
#include <QStandardPaths>
#include <QUuid>

#include "OnConnection.h"
#include "remote/RemoteFileSystem.h"
#include "session/Session.h"
#include "transfer/FileCopy.h"
#include "transfer/QueueOptions.h"
#include "transfer/QueueService.h"
#include "util/BackgroundTask.h"

namespace ferry::edit {

using remote::DirEntry;
using remote::Error;
using remote::ErrorKind;
using remote::Result;

namespace {

// A folder only its owner may enter: the copies may hold anything the server held.
bool makePrivateFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

// The server's file as it was when last seen: size and time are what tell a change.
bool sameOnServer(const DirEntry &now, qint64 size, const QDateTime &time)
{
    return now.size.value_or(-1) == size && now.mtime == time;
}

} // namespace

EditSessions::EditSessions(transfer::QueueService &queue, QObject *parent)
    : QObject(parent), m_queue(queue), m_run(QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    connect(&m_watcher, &LocalChangeWatcher::fileChanged, this, &EditSessions::localChanged);
    connect(&m_queue, &transfer::QueueService::itemsAdded, this,
            [this](const QList<transfer::QueueItem> &items, qint64) {
                for (const transfer::QueueItem &item : items) {
                    if (item.direction != transfer::Direction::Upload)
                        continue;
                    for (qsizetype i = 0; i < m_leftUploads.size(); ++i) {
                        if (m_leftUploads.at(i).localPath == item.localPath &&
                            m_leftUploads.at(i).remotePath.toString() == item.remotePath) {
                            m_leftByItem.insert(item.id, m_leftUploads.takeAt(i));
                            break;
                        }
                    }
                    for (File &f : m_files) {
                        if (f.state == State::Uploading && f.queueItem == 0 &&
                            f.localPath == item.localPath && f.remotePath.toString() == item.remotePath) {
                            f.queueItem = item.id;
                            m_byQueueItem.insert(item.id, f.id);
                            break;
                        }
                    }
                }
            });
    connect(&m_queue, &transfer::QueueService::itemsChanged, this,
            [this](const QList<transfer::QueueItem> &items) {
                for (const transfer::QueueItem &item : items) {
                    if (m_leftByItem.contains(item.id) && (item.state == transfer::ItemState::Done ||
                                                           item.state == transfer::ItemState::Failed ||
                                                           item.state == transfer::ItemState::Skipped ||
                                                           item.state == transfer::ItemState::Cancelled)) {
                        const EditCopy copy = m_leftByItem.take(item.id);
                        if (item.state == transfer::ItemState::Done)
                            EditCopies::discard(copy);
                        Q_EMIT leftCopyUploaded(copy, item.state == transfer::ItemState::Done
                                                          ? QString()
                                                          : (item.lastError.isEmpty()
                                                                 ? tr("The upload did not finish")
                                                                 : item.lastError));
                        continue;
                    }
                    const auto it = m_byQueueItem.constFind(item.id);
                    if (it == m_byQueueItem.cend())
                        continue;
                    switch (item.state) {
                    case transfer::ItemState::Done:
                    case transfer::ItemState::Failed:
                    case transfer::ItemState::Skipped:
                    case transfer::ItemState::Cancelled:
                        uploadEnded(*it, item);
                        break;
                    default:
                        break;
                    }
                }
            });
}

EditSessions::~EditSessions()
{
    const QList<int> ids = m_files.keys();
    for (int id : ids)
        finishClose(id);
}

QString EditSessions::tempRoot() const
{
    if (!m_tempRoot.isEmpty())
        return m_tempRoot;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/edit");
}

int EditSessions::open(session::Session *session, const transfer::QueueTarget &target,
                       const remote::RemotePath &path, Mode mode)
{
    const QString siteKey = session->site().key();
    for (File &f : m_files) {
        if (f.siteKey == siteKey && f.remotePath == path && f.state != State::Failed && !f.closing) {
            if (mode == Mode::Edit && f.mode == Mode::View) {
                f.mode = Mode::Edit; // viewed first, now edited: watched from here on
                m_watcher.watchFile(f.localPath);
            }
            if (f.state != State::Downloading) {
                const int id = f.id;
                QMetaObject::invokeMethod(
                    this,
                    [this, id] {
                        if (m_files.contains(id))
                            Q_EMIT readyToOpen(id, m_files.value(id).localPath, m_files.value(id).mode);
                    },
                    Qt::QueuedConnection);
            }
            return f.id;
        }
    }
    File f;
    f.id = ++m_nextId;
    f.mode = mode;
    f.target = target;
    f.siteKey = siteKey;
    f.remotePath = path;
    f.session = session;
    const QString siteFolder =
        tempRoot() + QLatin1Char('/') +
        QString::fromLatin1(
            QCryptographicHash::hash(siteKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    // The run in the name: a later run never makes its copies where a crashed one left its own.
    const QString folder = siteFolder + QLatin1Char('/') + m_run + QLatin1Char('-') + QString::number(f.id);
    f.localPath = QFileInfo(folder + QLatin1Char('/') + path.name()).absoluteFilePath();
    m_files.insert(f.id, f);
    if (makePrivateFolder(tempRoot()) && !m_lock) {
        m_lock = std::make_unique<QLockFile>(EditCopies::lockFor(tempRoot(), m_run));
        m_lock->setStaleLockTime(0); // held for as long as this run lives
        m_lock->tryLock(0);
    }
    if (!makePrivateFolder(tempRoot()) || !makePrivateFolder(siteFolder) || !makePrivateFolder(folder) ||
        !remote::RemotePath::isSafeName(path.name())) {
        File &made = m_files[f.id];
        made.state = State::Failed;
        made.error = tr("Cannot make the temporary folder %1").arg(folder);
        const int id = f.id;
        QMetaObject::invokeMethod(
            this, [this, id] { Q_EMIT failed(id, m_files.value(id).error); }, Qt::QueuedConnection);
        return f.id;
    }
    writeManifest(f, QString()); // before the download: a crash during it leaves a record too
    download(f.id);
    return f.id;
}

void EditSessions::writeManifest(const File &f, const QString &sha256)
{
    EditCopy copy;
    copy.manifest = EditCopies::manifestFor(f.localPath);
    copy.run = m_run;
    copy.site = f.target.site;
    copy.connect = transfer::connectOptionsToJson(f.target.options);
    copy.remotePath = f.remotePath;
    copy.localPath = f.localPath;
    copy.downloadedSha256 = sha256;
    copy.save();
}

void EditSessions::findLeftCopies()
{
    const QString root = tempRoot();
    util::runInBackground(
        this, [root] { return EditCopies::findLeft(root); },
        [this](const EditCopies::Found &found) { Q_EMIT leftCopiesFound(found.changed, found.removed); });
}

void EditSessions::uploadLeftCopy(const EditCopy &copy)
{
    const QList<transfer::QueueItem> items =
        transfer::uploadItems(copy.target(), {copy.localPath}, copy.remotePath.parent().toString(),
                              transfer::ExistsAction::Overwrite);
    if (items.isEmpty()) {
        Q_EMIT leftCopyUploaded(copy, tr("%1 is gone").arg(copy.localPath));
        return;
    }
    m_leftUploads.append(copy);
    m_queue.add(items, true);
}

void EditSessions::discardLeftCopy(const EditCopy &copy)
{
    EditCopies::discard(copy);
}

std::optional<EditSessions::File> EditSessions::file(int id) const
{
    const auto it = m_files.constFind(id);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

QList<int> EditSessions::unsaved(const session::Session *session) const
{
    QList<int> ids;
    for (const File &f : m_files) {
        if (f.mode != Mode::Edit || (session && f.session != session))
            continue;
        if (f.changed || f.changedAgain || f.state == State::Uploading || f.state == State::Checking)
            ids.append(f.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void EditSessions::close(int id)
{
    auto it = m_files.find(id);
    if (it == m_files.end())
        return;
    m_watcher.unwatch(it->localPath);
    if (it->state == State::Uploading || it->state == State::Checking || it->state == State::Downloading) {
        it->closing = true; // the queue or the connection still reads or writes the copy
        return;
    }
    finishClose(id);
}

void EditSessions::closeFor(const session::Session *session)
{
    const QList<File> all = m_files.values();
    for (const File &f : all) {
        if (f.session == session)
            close(f.id);
    }
}

void EditSessions::closeAll()
{
    const QList<int> ids = m_files.keys();
    for (int id : ids)
        close(id);
}

void EditSessions::finishClose(int id)
{
    const File f = m_files.take(id);
    m_watcher.unwatch(f.localPath);
    m_byQueueItem.remove(f.queueItem);
    // The copy's own folder (<site>/<run>-<id>) and manifest, and the site's folder when
    // it is empty now.
    const QString folder = QFileInfo(f.localPath).absolutePath();
    QDir(folder).removeRecursively();
    QFile::remove(EditCopies::manifestFor(f.localPath));
    QDir().rmdir(QFileInfo(folder).absolutePath());
}

EditSessions::File *EditSessions::byLocal(const QString &localPath)
{
    for (File &f : m_files) {
        if (f.localPath == localPath)
            return &f;
    }
    return nullptr;
}

void EditSessions::setState(int id, State state)
{
    auto it = m_files.find(id);
    if (it == m_files.end())
        return;
    it->state = state;
    Q_EMIT fileStateChanged(id);
}

void EditSessions::runRemote(session::Session *session, Work work, Done done)
{
    runOnConnection<DirEntry>(this, session, std::move(work), std::move(done));
}

void EditSessions::download(int id)
{
    const File f = m_files.value(id);
    const remote::RemotePath path = f.remotePath;
    const QString local = f.localPath;
    m_watcher.unwatch(local); // our own write is not the user's change
    setState(id, State::Downloading);
    auto hash = std::make_shared<QString>(); // the copy's SHA-256, for the manifest
    runRemote(
        f.session,
        [path, local, hash](remote::RemoteFileSystem &fs) -> Result<DirEntry> {
            auto entry = fs.stat(path);
            if (!entry)
                return entry.error();
            if (entry->isDir())
                return Error(ErrorKind::Local, tr("%1 is a folder").arg(path.toString()));
            transfer::CopyOptions options;
            options.preserveTime = true;
            auto copied = transfer::downloadFile(fs, path, local, options, {}, &*entry);
            if (!copied)
                return copied.error();
            *hash = EditCopies::sha256(local);
            // Listed again: the time the server shows after the transfer is the one an
            // upload's check compares with.
            return fs.stat(path);
        },
        [this, id, hash](const Result<DirEntry> &result) {
            auto it = m_files.find(id);
            if (it == m_files.end())
                return;
            if (it->closing) {
                finishClose(id);
                return;
            }
            if (result)
                writeManifest(*it, *hash);
            if (!result) {
                it->error = result.error().message();
                // A first download that failed leaves nothing to edit; a "download theirs"
                // that failed leaves the local copy as it was, still changed.
                const bool first = it->remoteSize < 0 && !it->remoteTime.isValid() && it->uploads == 0 &&
                                   !QFileInfo::exists(it->localPath);
                if (!first && it->mode == Mode::Edit)
                    m_watcher.watchFile(it->localPath);
                setState(id, first ? State::Failed : State::Open);
                Q_EMIT failed(id, it->error);
                return;
            }
            it->remoteSize = result->size.value_or(-1);
            it->remoteTime = result->mtime;
            it->changed = false;
            it->changedAgain = false;
            if (it->mode == Mode::Edit)
                m_watcher.watchFile(it->localPath);
            setState(id, State::Open);
            Q_EMIT readyToOpen(id, it->localPath, it->mode);
        });
}

void EditSessions::localChanged(const QString &localPath)
{
    File *f = byLocal(localPath);
    if (!f || f->mode != Mode::Edit || f->closing || !QFileInfo::exists(localPath))
        return;
    switch (f->state) {
    case State::Checking:
    case State::Uploading:
        f->changedAgain = true; // uploaded again once this upload ends
        return;
    case State::Asking:
    case State::Downloading:
    case State::Failed:
        f->changed = true;
        return;
    case State::Open:
        break;
    }
    f->changed = true;
    if (f->alwaysUpload)
        check(f->id);
    else
        ask(f->id);
}

void EditSessions::ask(int id)
{
    const File &f = m_files[id];
    EditQuestion::Details d;
    d.topic = EditQuestion::Topic::UploadChanged;
    d.fileId = id;
    d.site = f.target.site;
    d.remotePath = f.remotePath;
    d.localPath = f.localPath;
    const QFileInfo local(f.localPath);
    d.localSize = local.size();
    d.localTime = local.lastModified().toUTC();
    d.downloadedSize = f.remoteSize;
    d.downloadedTime = f.remoteTime;
    auto *question = new EditQuestion(d, this);
    connect(question, &session::QuestionRequest::closed, this, [this, id, question] {
        auto it = m_files.find(id);
        if (it == m_files.end())
            return;
        const EditQuestion::Answer answer = question->chosen();
        if (answer == EditQuestion::Answer::Upload) {
            it->alwaysUpload = it->alwaysUpload || question->forAll();
            check(id);
            return;
        }
        // Skipped: still changed, asked again at the next change.
        setState(id, State::Open);
        if (it->closing)
            finishClose(id);
    });
    setState(id, State::Asking);
    Q_EMIT questionAsked(question);
}

void EditSessions::check(int id)
{
    m_files[id].changedAgain = false;
    const File f = m_files.value(id);
    const remote::RemotePath path = f.remotePath;
    setState(id, State::Checking);
    runRemote(
        f.session, [path](remote::RemoteFileSystem &fs) -> Result<DirEntry> { return fs.stat(path); },
        [this, id](const Result<DirEntry> &result) {
            auto it = m_files.find(id);
            if (it == m_files.end())
                return;
            if (!result && result.error().kind() != ErrorKind::NotFound) {
                it->error = result.error().message();
                setState(id, State::Open);
                Q_EMIT failed(id, it->error);
                if (it->closing)
                    finishClose(id);
                return;
            }
            if (result && sameOnServer(result.value(), it->remoteSize, it->remoteTime)) {
                queueUpload(id);
                return;
            }
            askConflict(id, result); // changed or removed on the server meanwhile
        });
}

void EditSessions::askConflict(int id, const Result<DirEntry> &now)
{
    const File &f = m_files[id];
    EditQuestion::Details d;
    d.topic = EditQuestion::Topic::ChangedOnServer;
    d.fileId = id;
    d.site = f.target.site;
    d.remotePath = f.remotePath;
    d.localPath = f.localPath;
    const QFileInfo local(f.localPath);
    d.localSize = local.size();
    d.localTime = local.lastModified().toUTC();
    d.downloadedSize = f.remoteSize;
    d.downloadedTime = f.remoteTime;
    if (now) {
        d.serverSize = now->size.value_or(-1);
        d.serverTime = now->mtime;
    }
    auto *question = new EditQuestion(d, this);
    connect(question, &session::QuestionRequest::closed, this, [this, id, question] {
        auto it = m_files.find(id);
        if (it == m_files.end())
            return;
        switch (question->chosen()) {
        case EditQuestion::Answer::Overwrite:
            queueUpload(id);
            return;
        case EditQuestion::Answer::DownloadTheirs:
            download(id);
            return;
        default:
            setState(id, State::Open); // nothing uploaded; still changed
            if (it->closing)
                finishClose(id);
            return;
        }
    });
    setState(id, State::Asking);
    Q_EMIT questionAsked(question);
}

void EditSessions::queueUpload(int id)
{
    File &f = m_files[id];
    const QList<transfer::QueueItem> items = transfer::uploadItems(
        f.target, {f.localPath}, f.remotePath.parent().toString(), transfer::ExistsAction::Overwrite);
    if (items.isEmpty()) {
        f.error = tr("%1 is gone").arg(f.localPath);
        setState(id, State::Open);
        Q_EMIT failed(id, f.error);
        return;
    }
    f.queueItem = 0;
    f.changedAgain = false;
    setState(id, State::Uploading);
    m_queue.add(items, true);
}

void EditSessions::uploadEnded(int id, const transfer::QueueItem &item)
{
    m_byQueueItem.remove(item.id);
    auto it = m_files.find(id);
    if (it == m_files.end())
        return;
    it->queueItem = 0;
    if (item.state != transfer::ItemState::Done) {
        it->error = item.lastError.isEmpty() ? tr("The upload did not finish") : item.lastError;
        setState(id, State::Open);
        Q_EMIT failed(id, it->error);
        if (it->closing)
            finishClose(id);
        return;
    }
    ++it->uploads;
    // What the server has now is the new "downloaded" state the next upload checks.
    // The manifest learns what the server has now only from the queue's own hash of what
    // it sent: hashing the copy here could take in a newer save not uploaded yet, which a
    // crash would then lose.
    if (item.checksum.startsWith(QLatin1String("SHA-256:")) && !it->changedAgain)
        writeManifest(*it, item.checksum.mid(8).toLower());
    const remote::RemotePath path = it->remotePath;
    const QPointer<session::Session> session = it->session;
    setState(id, State::Checking);
    runRemote(
        session, [path](remote::RemoteFileSystem &fs) -> Result<DirEntry> { return fs.stat(path); },
        [this, id](const Result<DirEntry> &result) {
            auto file = m_files.find(id);
            if (file == m_files.end())
                return;
            if (result) {
                file->remoteSize = result->size.value_or(-1);
                file->remoteTime = result->mtime;
            }
            const bool again = file->changedAgain;
            file->changed = again;
            file->changedAgain = false;
            setState(id, State::Open);
            Q_EMIT uploaded(id);
            if (file->closing && !again) {
                finishClose(id);
                return;
            }
            if (again && !file->closing) {
                if (file->alwaysUpload)
                    check(id);
                else
                    ask(id);
            }
        });
}

} // namespace ferry::edit
