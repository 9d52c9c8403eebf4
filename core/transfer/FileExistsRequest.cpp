#include "FileExistsRequest.h"

namespace ferry::transfer {

namespace {
// The item's server for the dialogs' titles: its URL's, or nothing for a saved site.
remote::ConnectionSpec specOf(const QString &site)
{
    auto spec = remote::ConnectionSpec::fromUrl(site);
    return spec ? spec.value() : remote::ConnectionSpec();
}
} // namespace

FileExistsRequest::FileExistsRequest(const QueueItem &item, const ExistsQuestion &question, QObject *parent,
                                     std::shared_ptr<session::QuestionState> state)
    : QuestionRequest(Kind::FileExists, specOf(item.site), std::move(state), parent), m_item(item),
      m_question(question)
{}

void FileExistsRequest::answer(ExistsAction action, bool forAll)
{
    if (isClosed() || action == ExistsAction::Ask || !state()->answerChoice(int(action), forAll))
        return;
    Q_EMIT answered(action, forAll);
    close();
}

bool FileExistsRequest::isAnswered() const
{
    return state()->choice() >= 0;
}

ExistsAction FileExistsRequest::action() const
{
    const int choice = state()->choice();
    return choice >= 0 ? ExistsAction(choice) : ExistsAction::Ask;
}

bool FileExistsRequest::forAll() const
{
    return state()->choice() >= 0 && state()->choiceForAll();
}

session::QuestionRequest *FileExistsRequest::copy() const
{
    return new FileExistsRequest(m_item, m_question, nullptr, state());
}

} // namespace ferry::transfer
