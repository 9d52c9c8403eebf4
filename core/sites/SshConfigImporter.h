#pragma once
// Turns the hosts of an OpenSSH client config (~/.ssh/config) into SFTP sites: one site
// per concrete alias on a Host line (patterns with '*', '?' or '!' only contribute
// settings), with HostName, Port, User and the first IdentityFile resolved as ssh does:
// the first value found wins, across Host blocks and Include'd files in order, "Host *"
// included. An IdentityFile makes a key-file logon, otherwise the agent is used. Match
// blocks are not evaluated (their conditions need a live connection) and are skipped.
// ProxyJump/ProxyCommand are reported with what the engine will do: it reads ~/.ssh/config
// for the site's host name when connecting, so a proxy set for the alias only is not
// followed when HostName differs, and one that matches the host name is. Pure functions
// apart from reading the files; any thread.

#include <QString>

#include "ImportedSites.h"
#include "base/Result.h"

namespace ferry::sites {

class SshConfigImporter
{
public:
    // ~/.ssh/config when no path is given.
    static remote::Result<ImportedSites> importFile(const QString &path = {});
    // The text of a config; Include paths that are relative resolve against includeDir
    // (~/.ssh for a user's config), "~" against homeDir.
    static ImportedSites importText(const QString &text, const QString &includeDir, const QString &homeDir);
};

} // namespace ferry::sites
