/*! Xapian's English stemmer with a memory. Snippets stem every word of each hit they scan
 *  (a fifth of a query's time on Reuters, perf), the document builder every word it
 *  indexes, and news repeats its words. */
#pragma once

#include <string>
#include <unordered_map>

#include <xapian.h>

namespace dateline::text {

/** A Xapian stemmer that remembers its answers, up to a bound (then starts afresh). */
class CachingStemmer : public Xapian::StemImplementation {
public:
    explicit CachingStemmer(const std::string& language) : stem_(language) {}
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return "cached " + stem_.get_description(); }

private:
    Xapian::Stem stem_;
    std::unordered_map<std::string, std::string> stems_;
};

/** This thread's English stemmer for searching, its memory kept from query to query (a
 *  Xapian::Stem is a handle: copies share it, so it must not cross threads). */
Xapian::Stem english_stemmer();

}  // namespace dateline::text
