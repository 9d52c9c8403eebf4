#pragma once
// "The target exists": the queue's question when an item's rule is Ask, one of the
// QuestionRequest family (session/QuestionRequest.h), so it travels the same path as a
// certificate, host-key or password question: Scheduler -> QueueService (copied onto the
// caller's thread, sharing the QuestionState) -> the window's openQuestionDialog or
// ferry-cli's prompt. Answer once with an action; with forAll the action also applies to
// every later item that would ask. cancel() (or closing unanswered, or destroying it)
// skips the file, never overwrites it. Lives on one thread; the state is shared.

#include <memory>

#include "QueueItem.h"
#include "TransferTask.h"
#include "session/QuestionRequest.h"

namespace ferry::transfer {

class FileExistsRequest : public session::QuestionRequest
{
    Q_OBJECT
public:
    FileExistsRequest(
        const QueueItem &item, const ExistsQuestion &question, QObject *parent,
        std::shared_ptr<session::QuestionState> state = std::make_shared<session::QuestionState>());

    const QueueItem &item() const { return m_item; }
    const ExistsQuestion &question() const { return m_question; }
    // Ask is not an answer; Rename, Resume, Overwrite... are. The first answer wins.
    void answer(ExistsAction action, bool forAll = false);
    // An action was chosen (here or on a copy sharing the state).
    bool isAnswered() const;
    // The chosen action; Ask while none is (or when the question was declined).
    ExistsAction action() const;
    bool forAll() const;

    QuestionRequest *copy() const override;

Q_SIGNALS:
    void answered(ferry::transfer::ExistsAction action, bool forAll);

private:
    QueueItem m_item;
    ExistsQuestion m_question;
};

} // namespace ferry::transfer
