#include "QuestionRequest.h"

#include <utility>

namespace ferry::session {

using remote::TrustDecision;

bool QuestionState::answer(TrustDecision decision, const QString &secret, bool secretGiven)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_answered)
        return false;
    m_answered = true;
    m_decision = decision;
    m_secret = secret;
    m_secretGiven = secretGiven;
    m_cond.notify_all();
    return true;
}

bool QuestionState::answerChoice(int choice, bool forAll)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_answered)
        return false;
    m_answered = true;
    m_decision = TrustDecision::AcceptOnce;
    m_choice = choice;
    m_choiceForAll = forAll;
    m_cond.notify_all();
    return true;
}

int QuestionState::choice() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_gaveUp ? -1 : m_choice;
}

bool QuestionState::choiceForAll() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_choiceForAll;
}

bool QuestionState::isAnswered() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_answered;
}

TrustDecision QuestionState::decision() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_gaveUp ? TrustDecision::Reject : m_decision;
}

QString QuestionState::secret() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_secret;
}

bool QuestionState::secretGiven() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_secretGiven && !m_gaveUp;
}

namespace {
remote::ConnectionSpec withoutPassword(remote::ConnectionSpec spec)
{
    spec.password.clear();
    spec.hasPassword = false;
    return spec;
}
} // namespace

QuestionRequest::QuestionRequest(const remote::ConnectionSpec &spec, const remote::CertificateInfo &info,
                                 std::shared_ptr<QuestionState> state, QObject *parent)
    : QObject(parent), m_kind(Kind::Certificate), m_spec(withoutPassword(spec)), m_certificate(info),
      m_state(std::move(state))
{}

QuestionRequest::QuestionRequest(const remote::ConnectionSpec &spec, const remote::HostKeyInfo &info,
                                 std::shared_ptr<QuestionState> state, QObject *parent)
    : QObject(parent), m_kind(Kind::HostKey), m_spec(withoutPassword(spec)), m_hostKey(info),
      m_state(std::move(state))
{}

QuestionRequest::QuestionRequest(const remote::ConnectionSpec &spec, const remote::SecretPrompt &prompt,
                                 std::shared_ptr<QuestionState> state, QObject *parent)
    : QObject(parent), m_kind(Kind::Secret), m_spec(withoutPassword(spec)), m_prompt(prompt),
      m_state(std::move(state))
{}

QuestionRequest::QuestionRequest(Kind kind, const remote::ConnectionSpec &spec,
                                 std::shared_ptr<QuestionState> state, QObject *parent)
    : QObject(parent), m_kind(kind), m_spec(withoutPassword(spec)), m_state(std::move(state))
{}

QuestionRequest *QuestionRequest::copy() const
{
    switch (m_kind) {
    case Kind::Certificate:
        return new QuestionRequest(m_spec, m_certificate, m_state, nullptr);
    case Kind::HostKey:
        return new QuestionRequest(m_spec, m_hostKey, m_state, nullptr);
    case Kind::Secret:
    case Kind::FileExists:
    case Kind::EditedFile:
        break; // FileExistsRequest and EditQuestion override copy()
    }
    return new QuestionRequest(m_spec, m_prompt, m_state, nullptr);
}

QuestionRequest::~QuestionRequest()
{
    m_state->answer(TrustDecision::Reject);
}

bool QuestionRequest::isReusableSecret() const
{
    if (m_kind != Kind::Secret || m_prompt.echo || !m_prompt.sessionReuse)
        return false;
    const QString text = m_prompt.prompt.toLower();
    return text.contains(QLatin1String("password")) || text.contains(QLatin1String("passphrase"));
}

void QuestionRequest::answer(TrustDecision decision)
{
    m_state->answer(decision);
    close();
}

void QuestionRequest::answer(const QString &secret)
{
    m_state->answer(TrustDecision::AcceptOnce, secret, true);
    close();
}

void QuestionRequest::cancel()
{
    m_state->answer(TrustDecision::Reject);
    close();
}

void QuestionRequest::withdraw()
{
    close();
}

void QuestionRequest::close()
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace ferry::session
