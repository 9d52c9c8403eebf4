#pragma once
// Helpers shared by the widget tests: a stall meter for the GUI thread, settings kept
// in a temporary folder, and the services a MainWindow works through.

#include <QElapsedTimer>
#include <QObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <memory>

#include "../support/Sanitizers.h"
#include "../support/StallMeter.h"
#include "Services.h"
#include "remote/ConnectOptions.h"
#include "session/QuestionRequest.h"
#include "session/SessionManager.h"
#include "settings/AppSettings.h"
#include "sites/CredentialService.h"
#include "sites/CredentialStoreChooser.h"
#include "sites/SiteStore.h"
#include "transfer/QueueService.h"
#include "transfer/QueueSites.h"

namespace ferry::test {

// Points QSettings (user scope, INI and native) at a temporary folder for the test's life.
class ScopedSettings
{
public:
    ScopedSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The window's services for a test: real engines, or the maker's (the test engine), and a
// queue that lives in memory unless a path is given.
class TestServices
{
public:
    explicit TestServices(const ferry::session::FileSystemMaker &maker = {},
                          const QString &queuePath = QStringLiteral(":memory:"))
        : m_sessions(maker ? std::make_unique<ferry::session::SessionManager>(maker)
                           : std::make_unique<ferry::session::SessionManager>()),
          m_sites(std::make_shared<ferry::transfer::QueueSites>(ferry::remote::ConnectOptions(), nullptr)),
          m_queue(maker ? std::make_unique<ferry::transfer::QueueService>(
                              ferry::transfer::QueueSites::resolver(m_sites), maker)
                        : std::make_unique<ferry::transfer::QueueService>(
                              ferry::transfer::QueueSites::resolver(m_sites)))
    {
        m_queue->open(queuePath);
    }
    ~TestServices()
    {
        m_queue.reset(); // its connections end before the browsing ones
    }
    ferry::ui::Services services()
    {
        return {*m_sessions, *m_queue, *m_sites, m_siteStore, *m_credentials, &m_settings};
    }
    // The window's settings, in a temporary folder (never the user's).
    ferry::settings::AppSettings &settings() { return m_settings; }
    ferry::session::SessionManager &sessions() { return *m_sessions; }
    ferry::transfer::QueueService &queue() { return *m_queue; }
    ferry::transfer::QueueSites &sites() { return *m_sites; }
    ferry::sites::SiteStore &siteStore() { return m_siteStore; }
    ferry::sites::CredentialService &credentials() { return *m_credentials; }
    // Where sites.json, credentials.json and vault.bin are.
    QString configDir() const { return m_configDir.path(); }

private:
    QTemporaryDir m_settingsDir;
    ferry::settings::AppSettings m_settings{m_settingsDir.filePath(QStringLiteral("settings.ini")),
                                            QString()};
    // sites.json and the passwords in a folder of the test's own.
    QTemporaryDir m_configDir;
    ferry::sites::SiteStore m_siteStore{m_configDir.filePath(QStringLiteral("sites.json"))};
    std::unique_ptr<ferry::sites::CredentialService> m_credentials =
        std::make_unique<ferry::sites::CredentialService>(
            m_configDir.filePath(QStringLiteral("credentials.json")),
            m_configDir.filePath(QStringLiteral("vault.bin")));
    std::unique_ptr<ferry::session::SessionManager> m_sessions;
    std::shared_ptr<ferry::transfer::QueueSites> m_sites;
    std::unique_ptr<ferry::transfer::QueueService> m_queue;
};

// The services' passwords go to a vault in the test's config folder; its master password
// is answered (and counted) as the user would, after the window's own dialog opened.
struct AnsweredVault
{
    int asked = 0;
    AnsweredVault(TestServices &services, const QString &master)
    {
        if (!ferry::sites::CredentialStoreChooser(services.configDir() + QStringLiteral("/credentials.json"))
                 .setConfigured(ferry::sites::CredentialBackend::Vault))
            qFatal("cannot choose the vault");
        QObject::connect(&services.credentials(), &ferry::sites::CredentialService::questionAsked,
                         &services.credentials(), [this, master](ferry::session::QuestionRequest *request) {
                             ++asked;
                             QTimer::singleShot(0, request, [request, master] { request->answer(master); });
                         });
    }
};

} // namespace ferry::test
