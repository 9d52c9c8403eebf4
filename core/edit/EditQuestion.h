#pragma once
// View/Edit's questions (EditSessions), one of the QuestionRequest family so that the
// window opens them the way it opens every other question (ui/questions/):
// - UploadChanged: "the file you edited changed: upload it?" Upload, with forAll meaning
//   "always for this file" (asked no more while it is open), or Skip (kept as changed,
//   not uploaded; asked again on its next change).
// - ChangedOnServer: before an upload the server's file was listed and differs (size or
//   time) from what was downloaded: Overwrite it, DownloadTheirs (the server's copy
//   replaces the local one, which is opened again), or Cancel (nothing is uploaded).
// cancel(), closing unanswered or destroying it is Skip / Cancel: never an upload.
// Lives on the GUI (or test) thread.
#include <QDateTime>

#include <memory>

#include "remote/RemotePath.h"
#include "session/QuestionRequest.h"

namespace ferry::edit {

class EditQuestion : public session::QuestionRequest
{
    Q_OBJECT
public:
    enum class Topic
    {
        UploadChanged,
        ChangedOnServer
    };
    enum class Answer
    {
        Upload,
        Skip,
        Overwrite,
        DownloadTheirs,
        Cancel
    };
    struct Details
    {
        Topic topic = Topic::UploadChanged;
        int fileId = 0;
        QString site; // for the title: the queue site's display
        remote::RemotePath remotePath;
        QString localPath;
        qint64 localSize = -1;
        QDateTime localTime;
        qint64 downloadedSize = -1; // the server's file when it was downloaded
        QDateTime downloadedTime;
        qint64 serverSize = -1; // ChangedOnServer: the server's file now
        QDateTime serverTime;
    };

    EditQuestion(const Details &details, QObject *parent,
                 std::shared_ptr<session::QuestionState> state = std::make_shared<session::QuestionState>());

    const Details &details() const { return m_details; }
    // The first answer wins; forAll with Upload: always for this file.
    void answer(Answer answer, bool forAll = false);
    bool isAnswered() const;
    // Skip (UploadChanged) or Cancel (ChangedOnServer) while unanswered or declined.
    Answer chosen() const;
    bool forAll() const;

    QuestionRequest *copy() const override;

Q_SIGNALS:
    void answered(ferry::edit::EditQuestion::Answer answer, bool forAll);

private:
    Details m_details;
};

} // namespace ferry::edit
