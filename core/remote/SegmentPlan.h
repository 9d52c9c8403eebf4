#pragma once
// How many streams carry one large file at once: FTP's segmented downloads (one
// connection per segment) and SFTP's segmented uploads (one channel per segment) decide
// with the same rules, so a site behaves alike whichever protocol it speaks.
//
// First the link: below kLanRoundTripMs (loopback, LAN) one stream is fastest, and a file
// under `minBytes` gains nothing from more (FTP: 32 MiB, where each stream is a login;
// SFTP: 8 MiB, its channels are cheap). On a middling link (below 10 ms) the protocol's
// `midLink` count, on a long one its `longLink` count. Never more than the site's
// connection limit, nor one per `minSegment` bytes (FTP 8 MiB, SFTP 4 MiB). A forced count
// (FERRY_FTP_SEGMENTS, FERRY_SFTP_SEGMENTS: tests on loopback) skips the link rules, not the two bounds. Pure
// functions; any thread.

#include <QtGlobal>

namespace ferry::remote {

struct SegmentChoice
{
    double rttMs = 0;                    // the link's round trip (kernelMinRoundTripMs where known)
    qint64 bytes = 0;                    // what is left to send or fetch
    int limit = 0;                       // the site's connection limit; 0: none stated
    int midLink = 2;                     // streams from 5 ms
    int longLink = 4;                    // streams from 10 ms
    int forced = 0;                      // 1-16: this many, whatever the link; 0: choose
    qint64 minBytes = 32 * 1024 * 1024;  // smaller files: one stream
    qint64 minSegment = 8 * 1024 * 1024; // no segment smaller
};

inline constexpr double kLanRoundTripMs = 5;
inline constexpr double kLongRoundTripMs = 10;

int segmentCount(const SegmentChoice &choice);

// A stream that joins late takes the back of a range another stream is moving: `left`
// bytes are still ahead of that one, which moves `pace` bytes per ms, and the joiner
// starts `delayMs` behind it (its request, its data connection's slow start). Both end
// together when the joiner takes (left - pace x delay) / 2; never less than minPart nor
// more than left - minPart (left must be at least 2 x minPart). pace 0 (not known yet):
// half.
qint64 joinShare(qint64 left, double pace, double delayMs, qint64 minPart);

// The kernel's smallest round-trip sample of the TCP connection on fd (TCP_INFO's
// tcpi_min_rtt, the handshake's included) in ms; -1 when it cannot tell. Free of the
// scheduling delays of both ends that a request's round trip carries on a busy machine.
double kernelMinRoundTripMs(int fd);

// The count an environment variable forces (1-16); 0 when unset or out of range.
int forcedSegments(const char *variable);

} // namespace ferry::remote
