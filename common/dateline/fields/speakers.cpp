#include "dateline/fields/speakers.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "dateline/fields/lexicon.hpp"
#include "dateline/fields/tokens.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::fields {

namespace {

using Kind = Token::Kind;
using Tokens = std::vector<Token>;

constexpr std::size_t MaxNameTokens = 4;
constexpr std::size_t MaxRoleTokens = 6;

bool is_word(const Tokens& t, std::size_t i) { return i < t.size() && t[i].kind == Kind::Word; }

// A token that can be part of a person's name.
bool is_name_token(const Token& t)
{
    return t.kind == Kind::Word && t.capitalised && !lexicon::is_function_word(t.lower) &&
           !lexicon::is_role_word(t.lower) && !lexicon::is_organisation_word(t.lower);
}

bool is_preposition(const Token& t)
{
    return t.kind == Kind::Word && (t.lower == "for" || t.lower == "to" || t.lower == "of" || t.lower == "in" ||
                                    t.lower == "at" || t.lower == "from");
}

bool same_name(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && text::to_lower(a) == text::to_lower(b);
}

struct Person {
    std::vector<std::string> names;  // tokens of the fullest form
    std::set<std::string> role;      // lowercase role words seen before the name
    bool female = false;
    int last_seen = -1;
    int last_spoke = -1;

    std::string full() const
    {
        std::string out;
        for (const auto& n : names)
            out += (out.empty() ? "" : " ") + n;
        return out;
    }
};

bool feminine_first_name(const std::string& first)
{
    static const std::set<std::string> male_in_a{"Nikita", "Ilya", "Foma", "Luka", "Kuzma", "Joshua", "Musa"};
    return first.size() > 2 && first.back() == 'a' && !male_in_a.contains(first);
}

/** One entity table per article: every person named, their role, when last seen. */
class People {
public:
    // Registers a name run with its role words; returns the person's index.
    std::optional<std::size_t> add(const std::vector<std::string>& names, const std::vector<std::string>& role)
    {
        if (names.size() < 2)
            return std::nullopt;
        // "De Mistura" after "Staffan de Mistura" is the same person.
        auto index = find(names);
        if (!index) {
            people_.push_back(Person{names, {}, false, -1, -1});
            index = people_.size() - 1;
        }
        auto& p = people_[*index];
        for (const auto& r : role) {
            p.role.insert(r);
            if (r == "spokeswoman" || r == "chairwoman" || r == "woman")
                p.female = true;
        }
        p.female = p.female || feminine_first_name(p.names.front());
        return index;
    }

    // A name run of any length -> the person with the fullest matching name.
    std::optional<std::size_t> find(const std::vector<std::string>& names) const
    {
        if (names.size() >= 2) {
            if (auto found = find_full(names))
                return found;
        }
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (p.names.size() >= names.size() &&
                std::equal(names.rbegin(), names.rend(), p.names.rbegin(), same_name) &&
                (!best || p.names.size() > people_[*best].names.size()))
                best = i;
        }
        return best;
    }

    std::optional<std::size_t> by_role(const std::string& noun) const
    {
        return most_recent([&](const Person& p) {
            return std::any_of(p.role.begin(), p.role.end(),
                               [&](const std::string& r) { return lexicon::role_fits(noun, r); });
        }, &Person::last_seen);
    }

    std::optional<std::size_t> by_pronoun(bool female) const
    {
        auto fits = [&](const Person& p) { return p.female == female; };
        if (auto spoke = most_recent(fits, &Person::last_spoke))
            return spoke;
        return most_recent(fits, &Person::last_seen);
    }

    void seen(std::size_t i) { people_[i].last_seen = ++clock_; }
    void spoke(std::size_t i) { people_[i].last_spoke = people_[i].last_seen = ++clock_; }
    const Person& operator[](std::size_t i) const { return people_[i]; }

private:
    std::optional<std::size_t> find_full(const std::vector<std::string>& names) const
    {
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (std::equal(names.begin(), names.end(), people_[i].names.begin(), people_[i].names.end(), same_name))
                return i;
        return std::nullopt;
    }

    template <class Pred>
    std::optional<std::size_t> most_recent(Pred pred, int Person::*when) const
    {
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].*when >= 0 && pred(people_[i]) && (!best || people_[i].*when > people_[*best].*when))
                best = i;
        return best;
    }

    std::vector<Person> people_;
    int clock_ = 0;
};

/** A capitalised name run [begin, end) in a token list, and the role words before it. */
struct NameRun {
    std::size_t begin = 0, end = 0;
    std::vector<std::string> names, role;
    bool organisation = false;
};

std::vector<std::string> role_before(const Tokens& t, std::size_t begin)
{
    std::vector<std::string> role;
    std::size_t j = begin;
    while (j > 0 && role.size() < MaxRoleTokens && is_word(t, j - 1) &&
           (lexicon::is_role_word(t[j - 1].lower) || t[j - 1].lower == "of" || t[j - 1].lower == "to")) {
        --j;
        role.push_back(t[j].lower);
    }
    std::reverse(role.begin(), role.end());
    return role;
}

// The run of name tokens that ends just before `end`.
std::optional<NameRun> run_ending_at(const Tokens& t, std::size_t end)
{
    std::size_t begin = end;
    while (begin > 0 && end - begin < MaxNameTokens) {
        const auto& tok = t[begin - 1];
        const bool particle = tok.kind == Kind::Word && lexicon::is_name_particle(tok.lower) && begin < end &&
                              begin >= 2 && is_name_token(t[begin - 2]);
        if (!is_name_token(tok) && !particle)
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
    // "the White House said", "the Kremlin said": organisations.
    if (begin > 0 && is_word(t, begin - 1) && t[begin - 1].lower == "the")
        run.organisation = true;
    return run;
}

// All name runs of two or more tokens in a paragraph: the people it names.
std::vector<NameRun> name_runs(const Tokens& t)
{
    std::vector<NameRun> runs;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!is_name_token(t[i]))
            continue;
        std::size_t end = i;
        while (end < t.size() && end - i < MaxNameTokens &&
               (is_name_token(t[end]) || (lexicon::is_name_particle(t[end].lower) && end + 1 < t.size() &&
                                          is_name_token(t[end + 1]))) &&
               (end == i || !t[end - 1].possessive))
            ++end;
        if (auto run = run_ending_at(t, end); run && run->begin >= i && !run->organisation)
            runs.push_back(std::move(*run));
        i = end > i ? end - 1 : i;
    }
    return runs;
}

/** Attribution state for one article as it is read in order. */
class Attributor {
public:
    explicit Attributor(People& people) : people_(people) {}

    // The speakers of one paragraph, in the order found.
    std::vector<std::size_t> paragraph(const Tokens& t)
    {
        for (const auto& run : name_runs(t))
            if (auto p = people_.find(run.names))
                people_.seen(*p);
        std::vector<std::size_t> strong, weak;
        for (std::size_t i = 0; i < t.size(); ++i) {
            auto who = cue_at(t, i);
            if (!who)
                continue;
            if (cue_strength_ == lexicon::Cue::Weak) {
                weak.push_back(*who);
                continue;
            }
            strong.push_back(*who);
            // At once: a "he said" later in the paragraph refers back to this speaker.
            people_.spoke(*who);
            last_speaker_ = *who;
        }
        if (strong.empty()) {
            for (auto p : weak) {
                people_.spoke(p);
                last_speaker_ = p;
            }
            strong = std::move(weak);
        }
        // A paragraph that is only a quote continues the previous speaker.
        if (strong.empty() && !t.empty() && t.front().kind == Kind::OpenQuote && last_speaker_)
            strong.push_back(*last_speaker_);
        return strong;
    }

private:
    std::optional<std::size_t> cue_at(const Tokens& t, std::size_t i)
    {
        cue_strength_ = lexicon::Cue::Strong;
        if (!is_word(t, i))
            return std::nullopt;
        const auto& w = t[i].lower;
        if (w == "according" && is_word(t, i + 1) && t[i + 1].lower == "to")
            return subject_after(t, i + 2);
        if ((w == "statement" || w == "statements" || w == "remarks" || w == "words" || w == "comments") &&
            !t[i].capitalised) {
            std::size_t j = i + 1;
            if (is_word(t, j) && t[j].lower == "made")
                ++j;
            if (is_word(t, j) && (t[j].lower == "by" || t[j].lower == "of"))
                return subject_after(t, j + 1);
            return possessive_before(t, i);
        }
        if (t[i].capitalised)
            return std::nullopt;
        const auto cue = lexicon::speech_verb(w);
        if (cue == lexicon::Cue::None)
            return std::nullopt;
        if (w.starts_with("point") && !(is_word(t, i + 1) && t[i + 1].lower == "out"))
            return std::nullopt;
        cue_strength_ = cue;
        if (auto who = subject_before(t, i))
            return who;
        // "Q," said Zakharova. / "Q," said the Kremlin spokesman.
        const bool after_quote = i > 0 && (t[i - 1].kind == Kind::CloseQuote ||
                                           (t[i - 1].kind == Kind::Comma && i > 1 && t[i - 2].kind == Kind::CloseQuote));
        return after_quote ? subject_after(t, i + 1) : std::nullopt;
    }

    // "Trump's words", "Tillerson's latest statements"
    std::optional<std::size_t> possessive_before(const Tokens& t, std::size_t i)
    {
        std::size_t j = i;
        if (j > 0 && is_word(t, j - 1) && !t[j - 1].capitalised && !t[j - 1].possessive)
            --j;  // one adjective: "latest", "recent"
        if (j == 0 || !t[j - 1].possessive || !t[j - 1].capitalised)
            return std::nullopt;
        const auto run = run_ending_at(t, j);
        return run && !run->organisation ? person(*run) : std::nullopt;
    }

    std::optional<std::size_t> subject_before(const Tokens& t, std::size_t verb)
    {
        std::size_t j = verb;
        while (j > 0 && is_word(t, j - 1) && lexicon::is_adverb(t[j - 1].lower))
            --j;
        // "X was quoted as saying"
        if (t[verb].lower == "saying" && j >= 3 && t[j - 1].lower == "as" && t[j - 2].lower == "quoted")
            j -= t[j - 3].lower == "was" ? 3 : 2;
        // "Churkin, responding in the chamber, said": skip a clause set off by commas.
        if (j >= 2 && t[j - 1].kind == Kind::Comma && t[j - 2].kind != Kind::CloseQuote)
            j = clause_start(t, j - 1);
        // "the leader's state visit": after a possessive the "verb" is a noun.
        if (j == 0 || !is_word(t, j - 1) || t[j - 1].possessive)
            return std::nullopt;
        const auto& prev = t[j - 1];
        if (prev.lower == "he" || prev.lower == "she")
            return people_.by_pronoun(prev.lower == "she");
        // "Peskov called the restrictions illegal and said ...": the sentence's subject.
        if (prev.lower == "and")
            return sentence_subject(t, j - 1);
        // "Donald Trump, who said that ..."
        if (prev.lower == "who" && j >= 2 && t[j - 2].kind == Kind::Comma)
            j -= 2;
        if (!t[j - 1].capitalised && lexicon::is_role_noun(t[j - 1].lower))
            return people_.by_role(t[j - 1].lower);
        if (auto run = run_ending_at(t, j); run && !run->organisation)
            return person(*run);
        return std::nullopt;
    }

    // The person named at the start of the sentence that contains `pos`, if a verb follows the name.
    std::optional<std::size_t> sentence_subject(const Tokens& t, std::size_t pos)
    {
        std::size_t k = pos;
        while (k > 0 && t[k - 1].kind != Kind::Stop && t[k - 1].kind != Kind::OpenQuote &&
               t[k - 1].kind != Kind::CloseQuote)
            --k;
        while (k < pos && is_word(t, k) && (lexicon::is_role_word(t[k].lower) || !t[k].capitalised))
            ++k;  // "Kremlin spokesman Dmitry Peskov"
        std::size_t end = k;
        while (end < pos && is_name_token(t[end]))
            ++end;
        if (end == k || end >= pos || !is_word(t, end) || t[end].capitalised)
            return std::nullopt;
        auto run = run_ending_at(t, end);
        return run && !run->organisation ? person(*run) : std::nullopt;
    }

    // The position before ", <clause>," that ends at the comma `close`, or `close` itself.
    static std::size_t clause_start(const Tokens& t, std::size_t close)
    {
        constexpr std::size_t MaxClauseTokens = 12;
        for (std::size_t k = close; k > 0 && close - k < MaxClauseTokens; --k) {
            const auto& tok = t[k - 1];
            if (tok.kind == Kind::Stop || tok.kind == Kind::OpenQuote || tok.kind == Kind::CloseQuote)
                break;
            if (tok.kind == Kind::Comma)
                return k - 1;
        }
        return close + 1;  // no opening comma: leave the verb's neighbour as it was
    }

    // The speaker named right after a cue: a pronoun, "the <role>", or "[role] Name".
    std::optional<std::size_t> subject_after(const Tokens& t, std::size_t start)
    {
        if (!is_word(t, start))
            return std::nullopt;
        if (t[start].lower == "he" || t[start].lower == "she")
            return people_.by_pronoun(t[start].lower == "she");
        std::size_t end = start;
        while (is_word(t, end) && end - start < MaxRoleTokens + MaxNameTokens &&
               (t[end].capitalised || lexicon::is_role_word(t[end].lower) || lexicon::is_role_noun(t[end].lower) ||
                lexicon::is_name_particle(t[end].lower) || t[end].lower == "the" || t[end].lower == "of"))
            ++end;
        if (end == start)
            return std::nullopt;
        if (auto run = run_ending_at(t, end); run && !run->organisation && run->end == end)
            return person(*run);
        if (!t[end - 1].capitalised && lexicon::is_role_noun(t[end - 1].lower))
            return people_.by_role(t[end - 1].lower);
        return std::nullopt;
    }

    std::optional<std::size_t> person(const NameRun& run)
    {
        if (auto known = people_.find(run.names))
            return known;
        return people_.add(run.names, run.role);
    }

    People& people_;
    std::optional<std::size_t> last_speaker_;
    lexicon::Cue cue_strength_ = lexicon::Cue::Strong;
};

void learn_people(const Article& article, People& people)
{
    auto learn = [&](const std::string& paragraph) {
        for (const auto& run : name_runs(tokenize(paragraph)))
            people.add(run.names, run.role);
    };
    learn(article.title);
    learn(article.subtitle);
    for (const auto& section : article.sections)
        for (const auto& paragraph : section.paragraphs)
            learn(paragraph);
}

}  // namespace

void attribute_speakers(Article& article)
{
    People people;
    learn_people(article, people);
    Attributor attributor(people);
    for (auto& section : article.sections) {
        std::set<std::string> names;
        for (const auto& paragraph : section.paragraphs)
            for (auto p : attributor.paragraph(tokenize(paragraph)))
                names.insert(people[p].full());
        section.speakers.assign(names.begin(), names.end());
    }
}

}  // namespace dateline::fields
