#include "dateline/search/ranking.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <span>

#include <fmt/format.h>

#include "dateline/error.hpp"

namespace dateline::search {

namespace {

struct Key {
    std::string_view name;
    double Weighting::*member;
    bool fraction;  ///< from 0 to 1; else any number from 0
};

constexpr Key K1{"k1", &Weighting::k1, false}, K2{"k2", &Weighting::k2, false}, K3{"k3", &Weighting::k3, false},
    B{"b", &Weighting::b, true}, MinNormlen{"min_normlen", &Weighting::min_normlen, true},
    Delta{"delta", &Weighting::delta, false}, C{"c", &Weighting::c, false};

constexpr Key Bm25Keys[] = {K1, K2, K3, B, MinNormlen};
constexpr Key Bm25PlusKeys[] = {K1, K2, K3, B, MinNormlen, Delta};
constexpr Key DfrKeys[] = {C};

using Make = std::unique_ptr<Xapian::Weight> (*)(const Weighting&);

struct SchemeRow {
    Scheme scheme;
    std::string_view name;   ///< as --weighting takes it
    std::string_view label;  ///< as --explain prints it
    std::span<const Key> keys;
    Make make;
};

template <class W, class... Args>
std::unique_ptr<Xapian::Weight> make(Args... args)
{
    return std::make_unique<W>(args...);
}

const SchemeRow Schemes[] = {
    {Scheme::Bm25, "bm25", "BM25", Bm25Keys,
     [](const Weighting& w) { return make<Xapian::BM25Weight>(w.k1, w.k2, w.k3, w.b, w.min_normlen); }},
    {Scheme::Bm25Plus, "bm25+", "BM25+", Bm25PlusKeys,
     [](const Weighting& w) { return make<Xapian::BM25PlusWeight>(w.k1, w.k2, w.k3, w.b, w.min_normlen, w.delta); }},
    {Scheme::IneB2, "ineb2", "IneB2", DfrKeys, [](const Weighting& w) { return make<Xapian::IneB2Weight>(w.c); }},
    {Scheme::IfB2, "ifb2", "IfB2", DfrKeys, [](const Weighting& w) { return make<Xapian::IfB2Weight>(w.c); }},
    {Scheme::InL2, "inl2", "InL2", DfrKeys, [](const Weighting& w) { return make<Xapian::InL2Weight>(w.c); }},
    {Scheme::BB2, "bb2", "BB2", DfrKeys, [](const Weighting& w) { return make<Xapian::BB2Weight>(w.c); }},
    {Scheme::PL2, "pl2", "PL2", DfrKeys, [](const Weighting& w) { return make<Xapian::PL2Weight>(w.c); }},
    {Scheme::DLH, "dlh", "DLH", {}, [](const Weighting&) { return make<Xapian::DLHWeight>(); }},
    {Scheme::DPH, "dph", "DPH", {}, [](const Weighting&) { return make<Xapian::DPHWeight>(); }},
};

const SchemeRow& row(Scheme scheme)
{
    return *std::find_if(std::begin(Schemes), std::end(Schemes), [&](const auto& r) { return r.scheme == scheme; });
}

std::string scheme_names()
{
    std::string out;
    for (const auto& r : Schemes)
        out += (out.empty() ? "" : ", ") + std::string(r.name);
    return out;
}

struct Invalid {
    std::string_view option;  ///< "--bm25" or "--weighting"
    std::string_view text;

    [[noreturn]] void operator()(const std::string& why) const
    {
        throw Error(Error::Code::Usage, fmt::format("invalid {} '{}': {}", option, text, why),
                    option == "--bm25" ? "give KEY=NUMBER pairs joined by commas, e.g. --bm25 k1=1.2,b=0.75 "
                                         "(keys k1, k2, k3, b, min_normlen)"
                                       : "give a scheme (" + scheme_names() +
                                             "), then :KEY=NUMBER pairs joined by commas, e.g. "
                                             "--weighting bm25:k1=1.2,b=0.75 or --weighting ineb2:c=2");
    }
};

std::optional<double> to_number(std::string_view s)
{
    double value = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void set_pair(const Invalid& invalid, const SchemeRow& scheme, std::string_view pair, Weighting& w)
{
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos)
        invalid(fmt::format("'{}' is not KEY=NUMBER", pair));
    const auto name = pair.substr(0, eq);
    for (const auto& key : scheme.keys) {
        if (key.name != name)
            continue;
        const auto value = to_number(pair.substr(eq + 1));
        if (!value || *value < 0 || (key.fraction && *value > 1))
            invalid(fmt::format("{} must be a number {}", name, key.fraction ? "from 0 to 1" : "of 0 or more"));
        w.*key.member = *value;
        return;
    }
    invalid(fmt::format("unknown key '{}' for {}", name, scheme.name));
}

void set_pairs(const Invalid& invalid, std::string_view pairs, Weighting& w)
{
    const auto& scheme = row(w.scheme);
    std::size_t start = 0;
    while (start <= pairs.size()) {
        const auto comma = std::min(pairs.find(',', start), pairs.size());
        set_pair(invalid, scheme, pairs.substr(start, comma - start), w);
        start = comma + 1;
    }
}

}  // namespace

Weighting parse_weighting(std::string_view text)
{
    const Invalid invalid{"--weighting", text};
    const auto colon = text.find(':');
    const auto name = text.substr(0, colon);
    const auto found =
        std::find_if(std::begin(Schemes), std::end(Schemes), [&](const auto& r) { return r.name == name; });
    if (found == std::end(Schemes))
        invalid(fmt::format("unknown scheme '{}'", name));
    Weighting w;
    w.scheme = found->scheme;
    if (colon != std::string_view::npos)
        set_pairs(invalid, text.substr(colon + 1), w);
    return w;
}

Weighting parse_bm25(std::string_view text, Weighting base)
{
    base.scheme = Scheme::Bm25;
    set_pairs(Invalid{"--bm25", text}, text, base);
    return base;
}

std::string describe(const Weighting& w)
{
    const auto& scheme = row(w.scheme);
    std::string out(scheme.label);
    for (const auto& key : scheme.keys)
        out += fmt::format(" {}={:g}", key.name, w.*key.member);
    return out;
}

std::unique_ptr<Xapian::Weight> make_weight(const Weighting& w)
{
    return row(w.scheme).make(w);
}

}  // namespace dateline::search
