/*! What the query builder does to typed words before Xapian parses them: letters typed as
 *  an acronym become the acronym the indexer made of them, and an any-word query leaves out
 *  the words that would only add noise (docs/RELEVANCE.md, "Query words"). */
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>

#include <xapian.h>

namespace dateline::query {

/** Whether the index holds a term (lower-case, unprefixed). */
using HoldsTerm = std::function<bool(const std::string&)>;

/** The text with acronyms written as the indexer's term generator reads them, and the
 *  acronyms that must not be taken for stopwords. */
struct AcronymText {
    std::string text;
    std::set<std::string> acronyms;  ///< lower-case: "us", "who"
};

/** `u.s.`, `U.S`, `U. S.` and `u s` -> `US` when the index holds `us` (the indexer makes one
 *  term of an upper-case `U.S.`; lower-case dots, or letters split by another tool, would
 *  otherwise be a phrase of one-letter words or two stray letters). A word in capitals such
 *  as `WHO` or `IT`, in a query that also has lower case, is kept as an acronym too. Words
 *  with a field prefix (`title:`) are left alone. At most one pass over the text. */
AcronymText join_acronyms(std::string_view text, const HoldsTerm& holds);

/** The stopper for queries: Snowball's English stop list, and in any-word queries single
 *  letters too, but never a word `join_acronyms` kept as an acronym. An all-word query keeps
 *  its letters: `plan b` asks for the b. Xapian's QueryParser applies it outside phrases and
 *  to words without `+`, and keeps every word of a query made only of them. */
class QueryStopper : public Xapian::Stopper {
public:
    void keep(std::set<std::string> acronyms) { acronyms_ = std::move(acronyms); }
    void drop_letters(bool drop) { drop_letters_ = drop; }
    bool operator()(const std::string& term) const override;
    std::string get_description() const override { return "dateline::query::QueryStopper"; }

private:
    std::set<std::string> acronyms_;
    bool drop_letters_ = true;
};

}  // namespace dateline::query
