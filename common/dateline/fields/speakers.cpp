#include "dateline/fields/speakers.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "dateline/fields/lexicon.hpp"
#include "dateline/fields/names.hpp"
#include "dateline/fields/people.hpp"

namespace dateline::fields {

namespace {

using Kind = Token::Kind;

/** Who a cue points at: people, or an organisation. */
struct Subject {
    std::vector<std::size_t> people;
    std::string organisation;
};

/** A speech cue found in a paragraph: its position and whom it attributes. */
struct Cue {
    std::size_t at = 0;
    Subject subject;
    bool weak = false;
    bool nominal = false;  ///< "a statement by X", "X's words": X spoke, but elsewhere
};

/** What one paragraph says about speech. */
struct Attribution {
    std::vector<std::size_t> speakers;
    std::vector<std::string> organisations;
    std::vector<std::pair<std::string, std::optional<std::size_t>>> quotes;  // text, speaker
};

bool is_nominal_cue(std::string_view w)
{
    return w == "statement" || w == "statements" || w == "remarks" || w == "words" || w == "comments";
}

// Byte offsets of a token's text inside its paragraph.
std::size_t offset(const std::string& paragraph, const Token& t)
{
    return static_cast<std::size_t>(t.text.data() - paragraph.data());
}

/** Attribution state for one article as it is read in order. */
class Attributor {
public:
    explicit Attributor(People& people) : people_(people) {}

    /** `t` and `runs`: the paragraph's tokens and name runs, as learn_people found them. */
    Attribution paragraph(const std::string& text, const Tokens& t, const std::vector<NameRun>& runs)
    {
        for (const auto& run : runs)
            if (auto p = people_.find(run.names))
                people_.seen(*p);
        std::vector<Cue> cues;
        for (std::size_t i = 0; i < t.size(); ++i) {
            weak_ = nominal_ = false;
            auto subject = cue_at(t, i);
            if (!subject)
                continue;
            if (!weak_ && !nominal_)
                for (auto p : subject->people)
                    mark_spoke(p);  // at once: a "he said" later refers back to them
            cues.push_back(Cue{i, std::move(*subject), weak_, nominal_});
        }
        // Weak cues ("believes", "hopes") count only where nothing stronger was found.
        const bool any_strong = std::any_of(cues.begin(), cues.end(), [](const Cue& c) { return !c.weak; });
        std::erase_if(cues, [&](const Cue& c) { return any_strong && c.weak; });
        Attribution out;
        for (const auto& cue : cues) {
            for (auto p : cue.subject.people) {
                if (cue.weak)
                    mark_spoke(p);
                out.speakers.push_back(p);
            }
            if (!cue.subject.organisation.empty())
                out.organisations.push_back(cue.subject.organisation);
        }
        // A paragraph that is only a quote continues the previous speaker.
        if (out.speakers.empty() && out.organisations.empty() && !t.empty() && t.front().kind == Kind::OpenQuote &&
            last_speaker_)
            out.speakers.push_back(*last_speaker_);
        quotes(text, t, cues, out);
        return out;
    }

private:
    void mark_spoke(std::size_t p)
    {
        people_.spoke(p);
        last_speaker_ = p;
    }

    // Each quoted span, with the speaker of the nearest cue after it in its sentence, else before it.
    void quotes(const std::string& text, const Tokens& t, const std::vector<Cue>& cues, Attribution& out)
    {
        for (std::size_t open = 0; open < t.size(); ++open) {
            if (t[open].kind != Kind::OpenQuote)
                continue;
            std::size_t close = open + 1;
            while (close < t.size() && t[close].kind != Kind::CloseQuote)
                ++close;
            if (close >= t.size())
                break;
            const auto begin = offset(text, t[open]) + t[open].text.size();
            auto quote = text.substr(begin, offset(text, t[close]) - begin);
            while (!quote.empty() && (quote.back() == ',' || quote.back() == ' '))
                quote.pop_back();
            out.quotes.emplace_back(std::move(quote), quote_speaker(t, open, close, cues, out));
            open = close;
        }
    }

    std::optional<std::size_t> quote_speaker(const Tokens& t, std::size_t open, std::size_t close,
                                             const std::vector<Cue>& cues, const Attribution& out)
    {
        const Cue* best = nullptr;
        std::size_t best_distance = 0;
        for (const auto& cue : cues) {
            if (cue.subject.people.empty() || cue.nominal)
                continue;
            const bool after = cue.at > close;
            std::size_t distance = after ? cue.at - close : open > cue.at ? open - cue.at : t.size();
            if (!after)
                distance += 4;  // "Q," he said beats he said ... "Q"
            if (!best || distance < best_distance) {
                best = &cue;
                best_distance = distance;
            }
        }
        if (best)
            return best->subject.people.front();
        if (!out.speakers.empty())
            return out.speakers.front();
        return last_speaker_;
    }

    std::optional<Subject> person_subject(std::optional<std::size_t> p)
    {
        if (!p)
            return std::nullopt;
        return Subject{{*p}, {}};
    }

    std::optional<Subject> cue_at(const Tokens& t, std::size_t i)
    {
        if (!is_word(t, i))
            return std::nullopt;
        const auto& w = t[i].lower;
        if (w == "according" && is_word(t, i + 1) && t[i + 1].lower == "to")
            return subject_after(t, i + 2);
        if (is_nominal_cue(w) && !t[i].capitalised) {
            nominal_ = true;
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
        weak_ = cue == lexicon::Cue::Weak;
        if (auto who = subject_before(t, i))
            return who;
        // "Q," said Zakharova. / "Q," said the Kremlin spokesman. / Rates will fall, said John Smith.
        // After a comma only a name: in "X, who was barred ..., said he would" the subject is X.
        const bool inverted = i > 0 && (t[i - 1].kind == Kind::CloseQuote ||
                                        (t[i - 1].kind == Kind::Comma && is_word(t, i + 1) && t[i + 1].capitalised));
        return inverted ? subject_after(t, i + 1) : std::nullopt;
    }

    // "Trump's words", "Tillerson's latest statements"
    std::optional<Subject> possessive_before(const Tokens& t, std::size_t i)
    {
        std::size_t j = i;
        if (j > 0 && is_word(t, j - 1) && !t[j - 1].capitalised && !t[j - 1].possessive)
            --j;  // one adjective: "latest", "recent"
        if (j == 0 || !t[j - 1].possessive || !t[j - 1].capitalised)
            return std::nullopt;
        const auto run = run_ending_at(t, j);
        return run && !run->organisation ? person_subject(person(*run)) : std::nullopt;
    }

    std::optional<Subject> subject_before(const Tokens& t, std::size_t verb)
    {
        std::size_t j = verb;
        while (j > 0 && is_word(t, j - 1) && lexicon::is_adverb(t[j - 1].lower))
            --j;
        // "X was quoted as saying"
        if (t[verb].lower == "saying" && j >= 3 && t[j - 1].lower == "as" && t[j - 2].lower == "quoted")
            j -= t[j - 3].lower == "was" ? 3 : 2;
        // "A spokeswoman for Trump, Hope Hicks, denied" / "Churkin, responding in the chamber, said"
        if (j >= 2 && t[j - 1].kind == Kind::Comma && t[j - 2].kind != Kind::CloseQuote) {
            const auto open = clause_start(t, j - 1);
            if (open < j - 1) {
                if (auto run = run_ending_at(t, j - 1); run && run->begin == open + 1 && !run->organisation)
                    return person_subject(person(*run));
                j = open;
            }
        }
        // "the leader's state visit": after a possessive the "verb" is a noun.
        if (j == 0 || !is_word(t, j - 1) || t[j - 1].possessive)
            return std::nullopt;
        if (auto who = affiliated_before(t, j))
            return who;
        if (auto who = appositive_role_before(t, j))
            return who;
        const auto& prev = t[j - 1];
        if (prev.lower == "he" || prev.lower == "she")
            return person_subject(people_.by_pronoun(prev.lower == "she"));
        // "Peskov called the restrictions illegal and said ...": the sentence's subject.
        if (prev.lower == "and" || prev.lower == "but")
            return sentence_subject(t, j - 1);
        // "Donald Trump, who said that ..."
        if (prev.lower == "who" && j >= 2 && t[j - 2].kind == Kind::Comma)
            j -= 2;
        if (!t[j - 1].capitalised && lexicon::is_role_noun(t[j - 1].lower))
            return person_subject(role_reference(t, j - 1));
        if (auto run = run_ending_at(t, j)) {
            // "a trader at Smith Barney said": an affiliation is not the speaker.
            if (run->begin > 0 && is_affiliation(t[run->begin - 1]) && run->role.empty())
                return std::nullopt;
            if (people_.is_organisation(run->names)) {
                // "The Bank of Canada said": the body whose name ends with the place.
                if (auto organisation = organisation_ending_at(t, j))
                    return Subject{{}, *organisation};
                return run_subject(*run);
            }
            if (!run->organisation)
                return joint(t, *run);
        }
        if (auto organisation = organisation_ending_at(t, j))
            return Subject{{}, *organisation};
        return std::nullopt;
    }

    // "Lavrov and Pompeo told reporters": both speak.
    std::optional<Subject> joint(const Tokens& t, const NameRun& last)
    {
        auto p = person(last);
        if (!p)
            return std::nullopt;
        Subject s{{*p}, {}};
        if (last.begin >= 2 && is_word(t, last.begin - 1) && t[last.begin - 1].lower == "and")
            if (auto first = run_ending_at(t, last.begin - 1); first && !first->organisation)
                if (auto q = person(*first))
                    s.people.insert(s.people.begin(), *q);
        return s;
    }

    // "the Russian leader", "Russia's top diplomat", "the Kremlin spokesman"
    std::optional<std::size_t> role_reference(const Tokens& t, std::size_t noun)
    {
        std::vector<std::string> modifiers;
        for (std::size_t k = noun; k > 0 && noun - k < 4 && is_word(t, k - 1) && t[k - 1].lower != "the"; --k) {
            // Role words and capitalised ones ("the Turkish leader"): both are in a person's role.
            if (lexicon::is_role_word(t[k - 1].lower) || t[k - 1].capitalised)
                modifiers.push_back(t[k - 1].lower);
            if (t[k - 1].possessive)
                break;
        }
        return people_.by_role(t[noun].lower, modifiers);
    }

    // The person named at the start of the sentence that contains `pos`, if a verb follows the name.
    std::optional<Subject> sentence_subject(const Tokens& t, std::size_t pos)
    {
        std::size_t k = pos;
        bool in_quote = false;
        while (k > 0 && !(t[k - 1].kind == Kind::Stop && !in_quote)) {
            if (t[k - 1].kind == Kind::CloseQuote)
                in_quote = true;
            else if (t[k - 1].kind == Kind::OpenQuote)
                in_quote = false;
            --k;
        }
        while (k < pos && is_word(t, k) && (lexicon::is_role_word(t[k].lower) || !t[k].capitalised))
            ++k;  // "Kremlin spokesman Dmitry Peskov"
        std::size_t end = k;
        while (end < pos && (is_name_token(t[end]) || (is_word(t, end) && lexicon::is_name_particle(t[end].lower))))
            ++end;
        if (end == k || end >= pos || !is_word(t, end) || t[end].capitalised)
            return std::nullopt;
        auto run = run_ending_at(t, end);
        return run && !run->organisation ? person_subject(person(*run)) : std::nullopt;
    }

    // The position of the comma that opens ", <clause>," closed by the comma at `close`.
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
        return close;
    }

    // The speaker named right after a cue: a pronoun, "the <role>", "[role] Name", or an organisation.
    std::optional<Subject> subject_after(const Tokens& t, std::size_t start)
    {
        if (!is_word(t, start))
            return std::nullopt;
        if (t[start].lower == "he" || t[start].lower == "she")
            return person_subject(people_.by_pronoun(t[start].lower == "she"));
        std::size_t end = start;
        while (is_word(t, end) && end - start < MaxRoleTokens + MaxNameTokens &&
               (t[end].capitalised || lexicon::is_role_word(t[end].lower) || lexicon::is_role_noun(t[end].lower) ||
                lexicon::is_name_particle(t[end].lower) || t[end].lower == "the" || t[end].lower == "of"))
            ++end;
        if (end == start)
            return std::nullopt;
        if (auto who = affiliated_after(t, start, end))
            return who;
        if (auto run = run_ending_at(t, end); run && run->end == end) {
            if (!run->organisation)
                return run_subject(*run);
        }
        if (!t[end - 1].capitalised && lexicon::is_role_noun(t[end - 1].lower))
            return person_subject(role_reference(t, end - 1));
        if (auto organisation = organisation_ending_at(t, end))
            return Subject{{}, *organisation};
        return std::nullopt;
    }

    // A name run as a subject: a business the article names with its company form, else a person.
    std::optional<Subject> run_subject(const NameRun& run)
    {
        if (people_.is_organisation(run.names))
            return Subject{{}, join_names(run.names)};
        return person_subject(person(run));
    }

    // "Carol Bell of Phillips and Drew told", "Mark Obrinsky of the U.S. League of Savings
    // Institutions said": the person named before the affiliation, scanning back from `end`.
    std::optional<Subject> affiliated_before(const Tokens& t, std::size_t end)
    {
        constexpr std::size_t MaxAffiliationTokens = 12;
        for (std::size_t k = end; k > 1 && end - k < MaxAffiliationTokens && is_word(t, k - 1); --k) {
            if (!is_affiliation(t[k - 1]) || k == end)
                continue;
            if (auto run = run_ending_at(t, k - 1); run && !run->organisation && !people_.is_organisation(run->names))
                if (auto p = person(*run))
                    return person_subject(p);
        }
        return std::nullopt;
    }

    // "said Allan Leslie of Discount Corp": the person between the cue and the affiliation.
    std::optional<Subject> affiliated_after(const Tokens& t, std::size_t start, std::size_t end)
    {
        for (std::size_t k = start + 1; k < end; ++k)
            if (is_affiliation(t[k]))
                if (auto run = run_ending_at(t, k); run && run->begin == start && !run->organisation)
                    return run_subject(*run);
        return std::nullopt;
    }

    static bool is_affiliation(const Token& tok)
    {
        return tok.lower == "of" || tok.lower == "at" || tok.lower == "from" || tok.lower == "with";
    }

    // "Terry Hobbs, assistant vice president, said" without the second comma.
    std::optional<Subject> appositive_role_before(const Tokens& t, std::size_t j)
    {
        std::size_t k = j;
        while (k > 0 && is_word(t, k - 1) && !t[k - 1].capitalised &&
               (lexicon::is_role_word(t[k - 1].lower) || lexicon::is_role_noun(t[k - 1].lower)))
            --k;
        if (k == j || k < 2 || t[k - 1].kind != Kind::Comma)
            return std::nullopt;
        auto run = run_ending_at(t, k - 1);
        return run && !run->organisation ? run_subject(*run) : std::nullopt;
    }

    std::optional<std::size_t> person(const NameRun& run)
    {
        if (auto known = people_.find(run.names))
            return known;
        return people_.add(run.names, run.role);
    }

    People& people_;
    std::optional<std::size_t> last_speaker_;
    bool weak_ = false;
    bool nominal_ = false;
};

// "Morgan Stanley" in "Morgan Stanley SA", "Wells Fargo" in "Wells Fargo and Co": the words
// before a company form (and the forms after it) name the business.
void learn_organisations(const Tokens& t, People& people)
{
    for (std::size_t c = 0; c < t.size(); ++c) {
        if (!is_word(t, c) || !t[c].capitalised || !lexicon::is_company_word(t[c].lower))
            continue;
        std::size_t k = c;
        while (k > 0 && is_word(t, k - 1) &&
               (lexicon::is_company_word(t[k - 1].lower) || t[k - 1].lower == "and" || t[k - 1].text == "&"))
            --k;
        std::vector<std::string> names;
        for (; k > 0 && names.size() < MaxNameTokens && is_word(t, k - 1) && t[k - 1].capitalised &&
               !lexicon::is_function_word(t[k - 1].lower) && !lexicon::is_company_word(t[k - 1].lower);
             --k)
            names.insert(names.begin(), std::string(t[k - 1].text));
        people.add_organisation(names);
    }
}

/** A paragraph's tokens and name runs: found once, used to learn the article's people and
 *  again to attribute its speech (doing it twice was a third of attribution's instructions). */
struct Paragraph {
    explicit Paragraph(std::string_view text) : tokens(tokenize(text)), runs(name_runs(tokens)) {}
    Tokens tokens;
    std::vector<NameRun> runs;
};

/** Every paragraph of the article, the title and subtitle first. */
std::vector<Paragraph> learn_people(const Article& article, People& people)
{
    std::vector<Paragraph> paragraphs;
    std::size_t count = 2;
    for (const auto& section : article.sections)
        count += section.paragraphs.size();
    paragraphs.reserve(count);
    paragraphs.emplace_back(article.title);
    paragraphs.emplace_back(article.subtitle);
    for (const auto& section : article.sections)
        for (const auto& paragraph : section.paragraphs)
            paragraphs.emplace_back(paragraph);
    for (const auto& p : paragraphs)
        learn_organisations(p.tokens, people);
    for (const auto& p : paragraphs)
        for (const auto& run : p.runs)
            people.add(run.names, run.role);
    return paragraphs;
}

}  // namespace

void attribute_speakers(Article& article)
{
    People people;
    const auto paragraphs = learn_people(article, people);
    auto next = paragraphs.begin() + 2;  // past the title and subtitle
    Attributor attributor(people);
    for (auto& section : article.sections) {
        std::set<std::string> names, organisations;
        section.quotes.clear();
        for (const auto& paragraph : section.paragraphs) {
            const auto& known = *next++;
            auto found = attributor.paragraph(paragraph, known.tokens, known.runs);
            for (auto p : found.speakers)
                names.insert(people[p].full());
            organisations.insert(found.organisations.begin(), found.organisations.end());
            for (auto& [text, speaker] : found.quotes)
                section.quotes.push_back(Quote{speaker ? people[*speaker].full() : std::string{}, std::move(text)});
        }
        section.speakers.assign(names.begin(), names.end());
        section.organizations.assign(organisations.begin(), organisations.end());
    }
}

}  // namespace dateline::fields
