#pragma once
// What a thread of Ferry's own does just before its event loop ends, when it used the
// crypto libraries (TLS through Qt, SSH through libssh).
//
// OpenSSL keeps per-thread state (the error queue, the thread's random generators) that
// it frees from a thread-exit hook. QThread::wait() returns when the thread's run() has
// ended, before those hooks run, so the main thread may already be inside exit() and
// OpenSSL's own at-exit clean-up when they do: that clean-up removes the hooks' key and
// the thread's state is never freed (LeakSanitizer saw ~1 KB per connection thread at the
// end of some ferry-cli runs). Freeing it on the thread itself, before it signals that it
// has finished, removes the race.

namespace ferry::util {

// Frees the calling thread's crypto-library state. Safe to call on any thread, more than
// once; a later use of the library on the same thread starts it again.
void releaseThreadCryptoState();

} // namespace ferry::util
