/*! Xapian's English stemmer with a memory. Snippets stem every word of each hit they scan
 *  (a fifth of a query's time on Reuters, perf), the document builder every word it
 *  indexes, and news repeats its words. */
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

namespace dateline::text {

/** A Xapian stemmer that remembers its answers: a fixed table of slots, each word in the one
 *  its hash names, a newcomer replacing what was there. A word and its stem sit in their
 *  slot (most words fit a string's inline buffer), so a lookup reads one place in memory
 *  where a node-based map chases two or three; the table never grows and is never cleared. */
class CachingStemmer : public Xapian::StemImplementation {
public:
    /// A table of 2^slot_bits slots (72 bytes each), made on first use. The document
    /// builder's default is more than the distinct words a parsing thread meets in a while
    /// (about 60,000 in all of Reuters-21578): 4.7 MB.
    explicit CachingStemmer(const std::string& language, unsigned slot_bits = 16)
        : stem_(language), mask_((std::size_t{1} << slot_bits) - 1)
    {
    }
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return "cached " + stem_.get_description(); }

private:
    struct Slot {
        std::uint64_t hash = 0;  // 0: empty (a word's hash is made odd)
        std::string word;
        std::string stem;
    };
    Xapian::Stem stem_;
    std::size_t mask_;
    std::vector<Slot> slots_;
};

/** This thread's English stemmer for searching, its memory kept from query to query (a
 *  Xapian::Stem is a handle: copies share it, so it must not cross threads). Its table is
 *  smaller (16,384 slots, 1.2 MB): a query stems its own words and those of the hits it shows. */
Xapian::Stem english_stemmer();

}  // namespace dateline::text
