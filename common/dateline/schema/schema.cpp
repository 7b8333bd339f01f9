#include "dateline/schema/schema.hpp"

#include "dateline/util/hash.hpp"

namespace dateline::schema {

namespace {

// Xapian refuses terms over 245 bytes; keep a margin and make long ones unique by hash (Omega's hash_long_term).
constexpr std::size_t MaxTermBytes = 240;

}  // namespace

std::string normalise_value(std::string_view value)
{
    std::string out;
    bool pending_space = false;
    for (Xapian::Utf8Iterator it(value.data(), value.size()), end; it != end; ++it) {
        const unsigned ch = *it;
        if (Xapian::Unicode::is_whitespace(ch)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space)
            out += ' ';
        pending_space = false;
        Xapian::Unicode::append_utf8(out, Xapian::Unicode::tolower(ch));
    }
    return out;
}

std::string boolean_term(FieldId id, std::string_view value)
{
    std::string term{field(id).prefix};
    term += normalise_value(value);
    if (term.size() > MaxTermBytes) {
        const auto hash = util::hex_id(term);
        term.resize(MaxTermBytes - hash.size());
        // Do not leave half a UTF-8 sequence before the hash.
        while (!term.empty() && (static_cast<unsigned char>(term.back()) & 0xC0) == 0x80)
            term.pop_back();
        if (!term.empty() && static_cast<unsigned char>(term.back()) >= 0xC0)
            term.pop_back();
        term += hash;
    }
    return term;
}

}  // namespace dateline::schema
