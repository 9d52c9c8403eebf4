#include "SyncPlanning.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "RemoteTreeLister.h"
#include "TreeListing.h"
#include "util/BackgroundTask.h"

namespace ferry::sync {

using namespace ferry::remote;
using session::Connection;
using session::Session;

namespace {

std::optional<QCryptographicHash::Algorithm> localAlgorithm(const QString &name)
{
    if (name == QLatin1String("SHA-256"))
        return QCryptographicHash::Sha256;
    if (name == QLatin1String("SHA-1"))
        return QCryptographicHash::Sha1;
    if (name == QLatin1String("MD5"))
        return QCryptographicHash::Md5;
    return std::nullopt;
}

Result<QString> localChecksum(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Local,
            QCoreApplication::translate("ferry::sync", "cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(algorithm);
    if (!hash.addData(&file))
        return Error(ErrorKind::Local,
                     QCoreApplication::translate("ferry::sync", "cannot read %1").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

// compare checksum: fills both sides' checksums of the files whose sizes agree (the only
// ones the planner compares by checksum). An error when the server offers no checksum
// this side can compute too. On a connection's worker thread.
Status fillChecksums(RemoteFileSystem &fs, const RemotePath &root, const QString &localRoot, SyncTree &local,
                     SyncTree &remoteTree)
{
    QStringList same;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        const auto other = remoteTree.constFind(it.key());
        if (it->kind == SyncEntry::Kind::File && other != remoteTree.cend() &&
            other->kind == SyncEntry::Kind::File && other->size == it->size && it->size >= 0)
            same.append(it.key());
    }
    const QStringList algorithms = fs.checksumAlgorithms();
    QStringList candidates; // those this side computes too, the server's best first
    for (const QString &a : algorithms) {
        if (localAlgorithm(a))
            candidates.append(a);
    }
    if (candidates.isEmpty())
        return Error(ErrorKind::Protocol,
                     algorithms.isEmpty()
                         ? QCoreApplication::translate(
                               "ferry::sync", "comparing by checksum: the server offers no checksum "
                                              "command; compare by size and time (--compare size,time)")
                         : QCoreApplication::translate(
                               "ferry::sync", "comparing by checksum: the server offers only %1, which "
                                              "Ferry cannot compute locally; compare by size and time "
                                              "(--compare size,time)")
                               .arg(algorithms.join(QStringLiteral(", "))));
    // A server may offer a command in FEAT and refuse it (500, 502, 504): the next
    // algorithm is tried, until one answers for the first file; that one is used for all.
    const auto refused = [](const Error &e) {
        return e.serverReply().startsWith(QLatin1String("50"));
    };
    QString chosen;
    QStringList refusals;
    for (const QString &path : std::as_const(same)) {
        Result<QString> sum = Error(ErrorKind::Protocol, QString());
        if (chosen.isEmpty()) {
            for (const QString &a : std::as_const(candidates)) {
                sum = fs.checksum(root.resolved(path), a);
                if (sum) {
                    chosen = a;
                    break;
                }
                if (!refused(sum.error()))
                    break;
                refusals.append(QStringLiteral("%1: %2").arg(a, sum.error().serverReply().trimmed()));
            }
            if (!sum && refused(sum.error()))
                return Error(ErrorKind::Protocol,
                             QCoreApplication::translate(
                                 "ferry::sync", "comparing by checksum: the server refused to compute "
                                                "checksums (%1); compare by size and time (--compare "
                                                "size,time)")
                                 .arg(refusals.join(QStringLiteral("; "))),
                             sum.error().serverReply());
        } else {
            sum = fs.checksum(root.resolved(path), chosen);
        }
        if (!sum)
            return Error(sum.error().kind(), QStringLiteral("%1: %2").arg(path, sum.error().message()),
                         sum.error().serverReply());
        auto mine = localChecksum(QDir(localRoot).filePath(path), *localAlgorithm(chosen));
        if (!mine)
            return mine.error();
        remoteTree[path].checksum = sum->toLower();
        local[path].checksum = *mine;
    }
    return {};
}

} // namespace

void withTransferConnection(Session &session, QObject *context, std::function<void(Connection *)> run)
{
    if (Connection *connection = session.acquireTransferConnection()) {
        run(connection);
        return;
    }
    // Another user of the pool gives one back.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    const QPointer<Session> guard(&session);
    *waiting = QObject::connect(&session, &Session::transferConnectionReleased, context,
                                [guard, waiting, run = std::move(run)] {
                                    if (!guard)
                                        return;
                                    Connection *connection = guard->acquireTransferConnection();
                                    if (!connection)
                                        return;
                                    QObject::disconnect(*waiting);
                                    run(connection);
                                });
}

SyncPlanning::SyncPlanning(Session &session, const Request &request, QObject *parent)
    : QObject(parent), m_session(&session), m_request(request)
{}

SyncPlanning::~SyncPlanning()
{
    m_token.cancel();
}

void SyncPlanning::start()
{
    if (m_started)
        return;
    m_started = true;
    m_plan.options = m_request.options;
    if (m_request.connections > m_session->transferConnectionLimit())
        m_session->setTransferConnectionLimit(m_request.connections);
    listLocal();
    checkRoot();
}

void SyncPlanning::listLocal()
{
    // On a pool thread while the remote tree is listed: walking a big local tree takes
    // about a third of the remote listing's time on loopback, and needs no connection.
    const QString root = m_request.localRoot;
    const SyncExcludes excludes = m_request.options.excludes;
    const CancelToken token = m_token;
    util::runInBackground(
        this,
        [root, excludes, token]() -> Result<SyncTree> {
            if (!QFileInfo(root).isDir())
                return SyncTree();
            return TreeListing::listLocal(root, excludes, token);
        },
        [this](Result<SyncTree> listed) {
            m_localTree = std::move(listed);
            if (m_remoteDone)
                makePlan();
        });
}

void SyncPlanning::cancel()
{
    m_token.cancel();
    if (m_lister)
        m_lister->cancel();
    if (!isFinished())
        fail(Error(ErrorKind::Cancelled, QStringLiteral("cancelled")));
}

void SyncPlanning::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT progressed();
}

void SyncPlanning::fail(const Error &error)
{
    if (isFinished())
        return;
    m_token.cancel(); // the local walk, if it still runs
    m_error = error;
    setStage(Stage::Done);
    Q_EMIT finished();
}

void SyncPlanning::checkRoot()
{
    setStage(Stage::Checking);
    const RemotePath root = m_request.remoteRoot;
    const bool up = m_request.options.direction == SyncDirection::Up;
    const QPointer<SyncPlanning> self(this);
    onConnection<DirEntry>(
        *m_session, this, m_token, [root](RemoteFileSystem &fs) -> Result<DirEntry> { return fs.stat(root); },
        [self, up, root](const Result<DirEntry> &entry) {
            if (!self || self->isFinished())
                return;
            if (!entry) {
                if (entry.error().kind() != ErrorKind::NotFound || !up)
                    return self->fail(entry.error());
                self->m_remoteMissing = true;
                return self->remoteDone();
            }
            if (!entry->isDir())
                return self->fail(Error(
                    ErrorKind::Local,
                    QCoreApplication::translate("ferry::sync", "%1 is not a folder").arg(root.toString())));
            self->listRemote();
        });
}

void SyncPlanning::listRemote()
{
    setStage(Stage::ListingRemote);
    m_clock.start();
    m_lister = new RemoteTreeLister(*m_session, m_request.remoteRoot, m_request.options.excludes,
                                    m_request.connections, this);
    connect(m_lister, &RemoteTreeLister::folderListed, this, [this] {
        m_listings = m_lister->listings();
        m_peak = m_lister->peakParallel();
        Q_EMIT progressed();
    });
    connect(m_lister, &RemoteTreeLister::finished, this, [this] {
        m_listings = m_lister->listings();
        m_peak = m_lister->peakParallel();
        m_listingMs = m_clock.elapsed();
        if (isFinished())
            return;
        if (m_lister->error())
            return fail(*m_lister->error());
        m_remoteTree = m_lister->tree();
        remoteDone();
    });
    m_lister->start();
}

void SyncPlanning::remoteDone()
{
    m_remoteDone = true;
    setStage(Stage::ListingLocal);
    if (m_localTree)
        makePlan();
}

void SyncPlanning::makePlan()
{
    if (isFinished())
        return;
    if (!*m_localTree)
        return fail(m_localTree->error());
    const SyncOptions options = m_request.options;
    const QPointer<SyncPlanning> self(this);
    const auto planned = [self](const Result<SyncPlan> &plan) {
        if (!self || self->isFinished())
            return;
        if (!plan)
            return self->fail(plan.error());
        self->m_plan = plan.value();
        self->setStage(Stage::Done);
        Q_EMIT self->finished();
    };
    const auto planTrees = [options](const SyncTree &localTree, const SyncTree &remoteTree) {
        return options.direction == SyncDirection::Up ? SyncPlanner::plan(localTree, remoteTree, options)
                                                      : SyncPlanner::plan(remoteTree, localTree, options);
    };
    SyncTree localTree = std::move(m_localTree->value());
    SyncTree remoteTree = std::move(m_remoteTree);
    if (options.compare != SyncCompare::Checksum) {
        // Off the caller's thread: comparing trees of 100,000 entries is not instant.
        util::runInBackground(
            this,
            [planTrees, localTree = std::move(localTree), remoteTree = std::move(remoteTree)]()
                -> Result<SyncPlan> { return planTrees(localTree, remoteTree); },
            planned);
        return;
    }
    // The checksums need a connection: on its worker thread.
    const Request request = m_request;
    onConnection<SyncPlan>(
        *m_session, this, m_token,
        [request, planTrees, localTree = std::move(localTree),
         remoteTree = std::move(remoteTree)](RemoteFileSystem &fs) mutable -> Result<SyncPlan> {
            if (auto st = fillChecksums(fs, request.remoteRoot, request.localRoot, localTree, remoteTree);
                !st)
                return st.error();
            return planTrees(localTree, remoteTree);
        },
        planned);
}

} // namespace ferry::sync
