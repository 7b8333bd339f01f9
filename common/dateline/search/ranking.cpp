#include "dateline/search/ranking.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "dateline/error.hpp"

namespace dateline::search {

namespace {

struct Key {
    std::string_view name;
    double Bm25Params::*member;
    bool fraction;  ///< from 0 to 1; else any number from 0
};

constexpr Key Keys[] = {
    {"k1", &Bm25Params::k1, false}, {"k2", &Bm25Params::k2, false},
    {"k3", &Bm25Params::k3, false}, {"b", &Bm25Params::b, true},
    {"min_normlen", &Bm25Params::min_normlen, true},
};

[[noreturn]] void invalid(std::string_view text, const std::string& why)
{
    throw Error(Error::Code::Usage, fmt::format("invalid --bm25 '{}': {}", text, why),
                "give KEY=NUMBER pairs joined by commas, e.g. --bm25 k1=1.2,b=0.75 "
                "(keys k1, k2, k3, b, min_normlen)");
}

std::optional<double> to_number(std::string_view s)
{
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void set_pair(std::string_view text, std::string_view pair, Bm25Params& params)
{
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos)
        invalid(text, fmt::format("'{}' is not KEY=NUMBER", pair));
    const auto name = pair.substr(0, eq);
    for (const auto& key : Keys) {
        if (key.name != name)
            continue;
        const auto value = to_number(pair.substr(eq + 1));
        if (!value || *value < 0 || (key.fraction && *value > 1))
            invalid(text, fmt::format("{} must be a number {}", name, key.fraction ? "from 0 to 1" : "of 0 or more"));
        params.*key.member = *value;
        return;
    }
    invalid(text, fmt::format("unknown key '{}'", name));
}

}  // namespace

Bm25Params parse_bm25(std::string_view text, Bm25Params base)
{
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = std::min(text.find(',', start), text.size());
        set_pair(text, text.substr(start, comma - start), base);
        start = comma + 1;
    }
    return base;
}

std::string describe(const Bm25Params& p)
{
    return fmt::format("BM25 k1={:g} k2={:g} k3={:g} b={:g} min_normlen={:g}", p.k1, p.k2, p.k3, p.b,
                       p.min_normlen);
}

Xapian::BM25Weight bm25_weight(const Bm25Params& p)
{
    return Xapian::BM25Weight(p.k1, p.k2, p.k3, p.b, p.min_normlen);
}

}  // namespace dateline::search
