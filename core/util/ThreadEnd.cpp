#include "ThreadEnd.h"

#include <openssl/crypto.h>

namespace ferry::util {

void releaseThreadCryptoState()
{
    OPENSSL_thread_stop();
}

} // namespace ferry::util
