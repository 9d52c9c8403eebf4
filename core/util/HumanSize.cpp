#include "HumanSize.h"

#include <QCoreApplication>

namespace ferry::util {

QString humanSize(qint64 bytes, const QLocale &locale)
{
    if (bytes < 0)
        return QStringLiteral("?");
    if (bytes < 1024)
        return QCoreApplication::translate("ferry::util", "%1 B").arg(locale.toString(bytes));
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB"};
    double value = double(bytes);
    int unit = -1;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    return locale.toString(value, 'f', 1) + QLatin1Char(' ') + QLatin1String(units[unit]);
}

} // namespace ferry::util
