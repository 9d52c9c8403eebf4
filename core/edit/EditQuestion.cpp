#include "EditQuestion.h"

namespace ferry::edit {

namespace {
remote::ConnectionSpec specOf(const QString &site)
{
    auto spec = remote::ConnectionSpec::fromUrl(site);
    return spec ? spec.value() : remote::ConnectionSpec();
}
} // namespace

EditQuestion::EditQuestion(const Details &details, QObject *parent,
                           std::shared_ptr<session::QuestionState> state)
    : QuestionRequest(Kind::EditedFile, specOf(details.site), std::move(state), parent), m_details(details)
{}

void EditQuestion::answer(Answer answer, bool forAll)
{
    if (isClosed() || !state()->answerChoice(int(answer), forAll))
        return;
    Q_EMIT answered(answer, forAll);
    close();
}

bool EditQuestion::isAnswered() const
{
    return state()->choice() >= 0;
}

EditQuestion::Answer EditQuestion::chosen() const
{
    const int choice = state()->choice();
    if (choice >= 0)
        return Answer(choice);
    return m_details.topic == Topic::UploadChanged ? Answer::Skip : Answer::Cancel;
}

bool EditQuestion::forAll() const
{
    return state()->choice() >= 0 && state()->choiceForAll();
}

session::QuestionRequest *EditQuestion::copy() const
{
    return new EditQuestion(m_details, nullptr, state());
}

} // namespace ferry::edit
