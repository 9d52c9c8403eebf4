#include "SegmentPlan.h"

#include <QByteArray>

#include "util/PlatformNet.h"

namespace ferry::remote {

namespace {
constexpr int kMaxForced = 16;
}

int segmentCount(const SegmentChoice &c)
{
    int n = c.forced;
    if (n <= 0) {
        if (c.rttMs < kLanRoundTripMs || c.bytes < c.minBytes)
            return 1;
        n = c.rttMs < kLongRoundTripMs ? c.midLink : c.longLink;
    }
    if (c.limit > 0)
        n = qMin(n, c.limit);
    n = int(qMin<qint64>(n, qMax<qint64>(1, c.bytes / qMax<qint64>(1, c.minSegment))));
    return qMax(1, n);
}

qint64 joinShare(qint64 left, double pace, double delayMs, qint64 minPart)
{
    const qint64 behind = qint64(qMax(0.0, pace) * qMax(0.0, delayMs));
    return qBound(minPart, (left - behind) / 2, qMax(minPart, left - minPart));
}

double kernelMinRoundTripMs(int fd)
{
    return util::platform::tcpMinRoundTripMs(fd);
}

int forcedSegments(const char *variable)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue(variable, &ok);
    return ok && n >= 1 && n <= kMaxForced ? n : 0;
}

} // namespace ferry::remote
