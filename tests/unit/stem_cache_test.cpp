// The caching stemmer answers exactly as Xapian's, first time and remembered.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dateline/text/stem_cache.hpp"

using namespace dateline;

namespace {

// Every word, asked `rounds` times over, stems as Xapian's English stemmer stems it.
void check_same_stems(const Xapian::Stem& cached, const std::vector<std::string>& words, int rounds)
{
    const Xapian::Stem plain("english");
    for (int round = 0; round < rounds; ++round)
        for (const auto& w : words) {
            INFO("word: '" << w << "', round " << round);
            CHECK(cached(w) == plain(w));
        }
}

}  // namespace

TEST_CASE("text/stem_cache: the same stems as Xapian's English stemmer, remembered or not")
{
    const auto cached = text::english_stemmer();
    check_same_stems(cached, {"sanctions", "sanction", "attacks", "hacker", "presidential", "talks", "", "Peskov",
                              "running", "ran", "sanctions"}, 2);
    CHECK(cached.get_description().find("english") != std::string::npos);
}

TEST_CASE("text/stem_cache: words that share a slot replace each other and every answer stays right")
{
    const Xapian::Stem tiny(new text::CachingStemmer("english", 1));  // two slots for all these words
    check_same_stems(tiny, {"sanctions", "attacks", "hackers", "ministries", "talks", "denied", "running",
                            "presidential", "agencies", "sanctions", "attacks"}, 3);
}
