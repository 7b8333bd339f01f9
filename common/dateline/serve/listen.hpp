/*! Where the server listens: --listen HOST:PORT. */
#pragma once

#include <string>
#include <string_view>

namespace dateline::serve {

struct ListenAddress {
    std::string host;  ///< "127.0.0.1", "::1" (without brackets), "0.0.0.0"
    int port = 0;      ///< 0: any free port
};

/** "HOST:PORT" or "[IPV6]:PORT", PORT 0..65535 (0: a free one); throws Error (Usage) naming
 *  the text otherwise. */
ListenAddress parse_listen(std::string_view text);

/** "http://HOST:PORT/" as a browser takes it (IPv6 in brackets). */
std::string address_url(const ListenAddress& address);

}  // namespace dateline::serve
