#pragma once
// The core services the window works through, built once by app/ferry_main.cpp (or a
// test) and passed in; they outlive the window. No singletons.

namespace ferry::session {
class SessionManager;
} // namespace ferry::session

namespace ferry::sites {
class CredentialService;
class SiteStore;
} // namespace ferry::sites

namespace ferry::transfer {
class QueueService;
class QueueSites;
} // namespace ferry::transfer

namespace ferry::settings {
class AppSettings;
} // namespace ferry::settings

namespace ferry::archive {
class ArchiveJobs;
} // namespace ferry::archive

namespace ferry::ui {

struct Services
{
    session::SessionManager &sessions; // browsing connections
    transfer::QueueService &queue;     // the persistent transfer queue and its connections
    transfer::QueueSites &queueSites;  // passwords typed while browsing reach the queue here
    sites::SiteStore &siteStore;       // the saved sites (sites.json); GUI thread
    // Site passwords off the GUI thread; asks the vault's master password once per run.
    sites::CredentialService &credentials;
    // The user's settings (app/ makes them); null: the window opens <config>/settings.ini.
    settings::AppSettings *settings = nullptr;
    // Extracting and compressing on a worker thread, shown in the queue panel's "Local
    // operations" tab; null: the window makes its own.
    archive::ArchiveJobs *archiveJobs = nullptr;
};

} // namespace ferry::ui
