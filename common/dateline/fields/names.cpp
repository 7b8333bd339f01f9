#include "dateline/fields/names.hpp"

#include <algorithm>
#include <cctype>

#include "dateline/fields/lexicon.hpp"

namespace dateline::fields {

using Kind = Token::Kind;

namespace {

bool is_preposition(const Token& t)
{
    return t.kind == Kind::Word && (t.lower == "for" || t.lower == "to" || t.lower == "of" || t.lower == "in" ||
                                    t.lower == "at" || t.lower == "from" || t.lower == "and");
}

std::vector<std::string> role_before(const Tokens& t, std::size_t begin)
{
    std::vector<std::string> role;
    std::size_t j = begin;
    while (j > 0 && role.size() < MaxRoleTokens && is_word(t, j - 1) &&
           (lexicon::is_role_word(t[j - 1].lower) || t[j - 1].lower == "of" || t[j - 1].lower == "to" ||
            (t[j - 1].capitalised && !lexicon::is_function_word(t[j - 1].lower)))) {
        --j;
        role.push_back(t[j].lower);
    }
    std::reverse(role.begin(), role.end());
    return role;
}

bool particle_between(const Tokens& t, std::size_t i)
{
    return is_word(t, i) && lexicon::is_name_particle(t[i].lower) && i > 0 && is_name_token(t[i - 1]) &&
           i + 1 < t.size() && is_name_token(t[i + 1]);
}

// A person's name is written in normal case: "PHELPS DODGE" (a headline or a company in
// capitals) and "Privately-held", "Texas-based" (descriptions) are not names; a Korean given
// name such as "Mahn-je" is.
bool person_shaped(std::string_view word)
{
    static constexpr std::string_view descriptions[] = {"-based", "-held",   "-owned",  "-controlled",
                                                        "-born",  "-led",    "-backed", "-run"};
    for (const auto tail : descriptions)
        if (word.ends_with(tail))
            return false;
    std::size_t upper = 0, letters = 0;
    for (std::size_t k = 0; k < word.size(); ++k) {
        const auto c = static_cast<unsigned char>(word[k]);
        if (std::isdigit(c))
            return false;
        if (std::isalpha(c)) {
            ++letters;
            upper += std::isupper(c) != 0;
        }
    }
    return letters < 2 || upper < letters;
}

}  // namespace

bool is_word(const Tokens& t, std::size_t i)
{
    return i < t.size() && t[i].kind == Kind::Word;
}

bool name_shaped(const Token& t)
{
    return t.kind == Kind::Word && t.capitalised && !lexicon::is_function_word(t.lower) &&
           !lexicon::is_role_word(t.lower) && !lexicon::is_organisation_word(t.lower) && person_shaped(t.text);
}

std::optional<NameRun> run_ending_at(const Tokens& t, std::size_t end)
{
    std::size_t begin = end;
    while (begin > 0 && end - begin < MaxNameTokens) {
        const auto& tok = t[begin - 1];
        if (!is_name_token(tok) && !particle_between(t, begin - 1))
            break;
        if (begin < end && tok.possessive)
            break;  // "Russia's Lavrov": the possessive is not part of the name
        --begin;
    }
    // "Envoy for Syria Staffan de Mistura": the place belongs to the role, not the name.
    if (end - begin >= 3 && begin > 0 && is_preposition(t[begin - 1]))
        ++begin;
    if (begin == end)
        return std::nullopt;
    NameRun run{begin, end, {}, role_before(t, begin), false};
    for (std::size_t k = begin; k < end; ++k) {
        run.names.emplace_back(t[k].text);
        run.organisation = run.organisation || lexicon::is_organisation_word(t[k].lower);
    }
    // "the White House said": organisations.
    if (begin > 0 && is_word(t, begin - 1) && t[begin - 1].lower == "the")
        run.organisation = true;
    return run;
}

std::vector<NameRun> name_runs(const Tokens& t)
{
    std::vector<NameRun> runs;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_name_token(t[i]))
            continue;
        std::size_t end = i;
        while (end < t.size() && end - i < MaxNameTokens && (is_name_token(t[end]) || particle_between(t, end)) &&
               (end == i || !t[end - 1].possessive))
            ++end;
        if (auto run = run_ending_at(t, end); run && run->begin >= i && !run->organisation)
            runs.push_back(std::move(*run));
        i = end > i ? end - 1 : i;
    }
    return runs;
}

std::optional<std::string> organisation_ending_at(const Tokens& t, std::size_t end)
{
    std::size_t begin = end;
    bool named = false;
    bool own_word = false;  // a word of its own, not only "Co", "Bank", "Group"
    while (begin > 0 && end - begin < MaxRoleTokens && is_word(t, begin - 1)) {
        const auto& w = t[begin - 1];
        // "Wells Fargo and Co", "Johnson & Johnson": the "and" before a company form is the name's.
        const bool joins = ((w.lower == "and" || w.text == "&") && begin < end && begin >= 2 &&
                            lexicon::is_company_word(t[begin].lower) && is_word(t, begin - 2) && t[begin - 2].capitalised) ||
                           // "Bank of Canada", "Ministry of Finance": "of" after a kind of body
                           (w.lower == "of" && begin < end && begin >= 2 && is_word(t, begin - 2) &&
                            t[begin - 2].capitalised && lexicon::is_organisation_word(t[begin - 2].lower) &&
                            !lexicon::is_named_organisation(t[begin - 2].lower));
        if (!joins && !(w.capitalised && !lexicon::is_function_word(w.lower)))
            break;
        --begin;
        named = named || lexicon::is_organisation_word(w.lower);
        own_word = own_word || (!joins && (!lexicon::is_organisation_word(w.lower) || lexicon::is_named_organisation(w.lower)));
        if (w.possessive && begin + 1 < end)
            return std::nullopt;  // "Russia's Foreign Ministry" reads as the ministry, kept simple
    }
    const bool after_the = begin > 0 && is_word(t, begin - 1) && t[begin - 1].lower == "the";
    if (begin == end || !(named || after_the))
        return std::nullopt;
    // "the Bank said", "Co said": a name made only of generic words points back at one the
    // story gave in full; as a value of its own it would only say "Bank".
    if (!own_word)
        return std::nullopt;
    std::vector<std::string> words;
    for (std::size_t k = begin; k < end; ++k)
        words.emplace_back(t[k].text);
    return join_names(words);
}

std::string join_names(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += (out.empty() ? "" : " ") + n;
    return out;
}

}  // namespace dateline::fields
