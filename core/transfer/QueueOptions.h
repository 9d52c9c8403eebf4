#pragma once
// The connection settings a queue item keeps (ItemOptions::connect), so that a
// later run connects the way the item was queued: passive/active, charset, extra CAs,
// pinned fingerprints and host keys, identity files, timeout. Never a password, and
// never a one-time consent such as "accept a new certificate". Plain functions.

#include <QJsonObject>

#include "remote/ConnectOptions.h"

namespace ferry::transfer {

QJsonObject connectOptionsToJson(const remote::ConnectOptions &options);
// `base` supplies what the JSON leaves out (the run's own command-line options); lists
// from both are joined.
remote::ConnectOptions connectOptionsFromJson(const QJsonObject &json,
                                              const remote::ConnectOptions &base = {});

} // namespace ferry::transfer
