#pragma once
// A byte count as people read it, for the window and ferry-cli alike: "0 B", "1023 B",
// "1.5 KiB", "12.3 MiB" (binary units up to PiB, one decimal above bytes), "?" for an
// unknown (negative) size. The number is written in the given locale: the window passes
// the user's ("1,023 B", "1,5 KiB" in German), ferry-cli the C locale, so scripts read
// the same text everywhere. Any thread.

#include <QLocale>
#include <QString>

namespace ferry::util {

QString humanSize(qint64 bytes, const QLocale &locale = QLocale::c());

} // namespace ferry::util
