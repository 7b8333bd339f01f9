#include "dateline/serve/listen.hpp"

#include <charconv>

#include "dateline/error.hpp"

namespace dateline::serve {

ListenAddress parse_listen(std::string_view text)
{
    const auto bad = [&](std::string_view why) {
        return Error(Error::Code::Usage, "--listen " + std::string(text) + ": " + std::string(why),
                     "give HOST:PORT, e.g. 127.0.0.1:8080 or [::1]:8080");
    };
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
        throw bad("no port");
    auto host = text.substr(0, colon);
    const auto port_text = text.substr(colon + 1);
    if (host.starts_with('[') && host.ends_with(']'))
        host = host.substr(1, host.size() - 2);
    else if (host.find(':') != std::string_view::npos)
        throw bad("an IPv6 address goes in brackets");
    if (host.empty())
        throw bad("no host");
    int port = -1;
    const auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (port_text.empty() || ec != std::errc() || end != port_text.data() + port_text.size() || port < 0 ||
        port > 65535)
        throw bad("the port must be a number from 0 to 65535");
    return {std::string(host), port};
}

std::string address_url(const ListenAddress& address)
{
    const bool v6 = address.host.find(':') != std::string::npos;
    return "http://" + (v6 ? "[" + address.host + "]" : address.host) + ":" + std::to_string(address.port) + "/";
}

}  // namespace dateline::serve
