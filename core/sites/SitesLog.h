#pragma once
// The sites module's logging category, "ferry.sites" (defined in SiteStore.cpp). Nothing
// logged under it ever carries a password.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSites)
