#pragma once
// ferry-cli's `sites` command (list, add, remove, import-filezilla, import-ssh-config,
// export-filezilla, backend) and the --site resolver every remote command uses. Runs on
// the main thread; the credential store it opens blocks it (keyring round trips, vault
// key derivation), which is fine for the CLI.

#include "transfer/QueueSites.h"

namespace ferry::cli {

// The sites command's usage, printed after a usage error of it.
extern const char kSitesHelp[];

struct CliContext;

int cmdSites(CliContext &ctx);

// Sets ctx.resolveSite: `--site NAME [path]` becomes a ConnectionSpec with the site's
// stored password and the site's options merged into ctx.connect.
void installSiteResolver(CliContext &ctx);

// Opens the credential store the way --site does (asking for the vault's master password
// on the terminal once per run when the vault is the store). Call it on the main thread.
transfer::QueueSites::CredentialOpener credentialOpener(CliContext &ctx);

} // namespace ferry::cli
