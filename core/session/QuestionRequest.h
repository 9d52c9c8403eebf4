#pragma once
// A question to the user: from a connection's worker thread, an untrusted TLS certificate,
// an unknown or changed SSH host key, or a password / keyboard-interactive prompt; from
// the queue, "the target file exists" (transfer::FileExistsRequest, Kind::FileExists).
// Every kind travels the same path (Session/SessionManager or the Scheduler, then
// QueueService's copy onto the caller's thread, then the window's openQuestionDialog or
// ferry-cli's prompt).
//
// The worker that asked stays blocked until the question is answered: answer() or
// cancel() (which answers "no") from the GUI thread wakes it. When the worker gives up
// first (its job was cancelled, its connection closed), the request is withdrawn:
// closed() is emitted and a dialog showing it should close. Destroying an unanswered
// request answers "no". The request deletes itself (deleteLater) once closed.
//
// Lives on the GUI (or CLI main) thread; only QuestionState is shared with the worker.

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "remote/ConnectionSpec.h"
#include "remote/Interaction.h"

namespace ferry::session {

// The rendezvous between the waiting worker and the answering GUI thread. Thread-safe.
// std::mutex and std::condition_variable rather than QMutex and QWaitCondition: the wait
// releases and retakes a QMutex inside Qt, where ThreadSanitizer (with a Qt not built for
// it) cannot follow, and reports the next lock as a double lock.
class QuestionState
{
public:
    // The first answer wins; false when the question was already answered or given up.
    bool answer(remote::TrustDecision decision, const QString &secret = {}, bool secretGiven = false);
    // An answer that is one of several choices (a FileExistsRequest's action), and
    // whether it holds for every later question of the kind. The first answer wins.
    bool answerChoice(int choice, bool forAll);
    // Worker side: blocks until answered, or until giveUp() returns true (checked every
    // pollMs); a given-up question counts as answered "no". Returns true when answered
    // by the user.
    template <typename GiveUp> bool wait(GiveUp giveUp, int pollMs = 50)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_answered) {
            m_cond.wait_for(lock, std::chrono::milliseconds(pollMs));
            if (!m_answered && giveUp()) {
                m_answered = true;
                m_gaveUp = true;
                return false;
            }
        }
        return !m_gaveUp;
    }
    bool isAnswered() const;
    remote::TrustDecision decision() const;
    // The secret the user typed; empty unless secretGiven().
    QString secret() const;
    bool secretGiven() const;
    // The choice given with answerChoice(); -1 when none was.
    int choice() const;
    bool choiceForAll() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_cond;
    bool m_answered = false;
    bool m_gaveUp = false;
    remote::TrustDecision m_decision = remote::TrustDecision::Reject;
    QString m_secret;
    bool m_secretGiven = false;
    int m_choice = -1;
    bool m_choiceForAll = false;
};

class QuestionRequest : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        Certificate,
        HostKey,
        Secret,
        FileExists,
        EditedFile // edit::EditQuestion: upload a file edited in place? changed on the server?
    };

    QuestionRequest(const remote::ConnectionSpec &spec, const remote::CertificateInfo &info,
                    std::shared_ptr<QuestionState> state, QObject *parent);
    QuestionRequest(const remote::ConnectionSpec &spec, const remote::HostKeyInfo &info,
                    std::shared_ptr<QuestionState> state, QObject *parent);
    QuestionRequest(const remote::ConnectionSpec &spec, const remote::SecretPrompt &prompt,
                    std::shared_ptr<QuestionState> state, QObject *parent);
    ~QuestionRequest() override;

    Kind kind() const { return m_kind; }
    // The connection that asks (without its password), for the dialog's title.
    const remote::ConnectionSpec &connection() const { return m_spec; }
    const remote::CertificateInfo &certificate() const { return m_certificate; }
    const remote::HostKeyInfo &hostKey() const { return m_hostKey; }
    const remote::SecretPrompt &secretPrompt() const { return m_prompt; }
    bool isClosed() const { return m_closed; }
    // A password or key passphrase (the same for every connection to the server), not a
    // one-time code or an echoed answer.
    bool isReusableSecret() const;
    const std::shared_ptr<QuestionState> &state() const { return m_state; }

    // Certificate and host-key questions.
    void answer(remote::TrustDecision decision);
    // Secret questions: the password or code the user typed.
    void answer(const QString &secret);
    // "No": reject the certificate or key, decline to give the secret.
    void cancel();
    // Called when the worker gave up waiting: closes without answering.
    void withdraw();

    // A new request for the same question sharing this one's state, without a parent
    // (QueueService moves it to the caller's thread; answering it answers this one).
    virtual QuestionRequest *copy() const;

Q_SIGNALS:
    void closed();

protected:
    // For the other kinds of the family (FileExistsRequest, EditQuestion).
    QuestionRequest(Kind kind, const remote::ConnectionSpec &spec, std::shared_ptr<QuestionState> state,
                    QObject *parent);
    void close();

private:
    Kind m_kind;
    remote::ConnectionSpec m_spec;
    remote::CertificateInfo m_certificate;
    remote::HostKeyInfo m_hostKey;
    remote::SecretPrompt m_prompt;
    std::shared_ptr<QuestionState> m_state;
    bool m_closed = false;
};

} // namespace ferry::session
