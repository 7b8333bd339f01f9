// The caching stemmer answers exactly as Xapian's, first time and remembered.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dateline/text/stem_cache.hpp"

using namespace dateline;

TEST_CASE("text/stem_cache: the same stems as Xapian's English stemmer, remembered or not")
{
    const Xapian::Stem plain("english");
    const auto cached = text::english_stemmer();
    const std::vector<std::string> words{"sanctions", "sanction", "attacks", "hacker", "presidential", "talks",
                                         "", "Peskov", "running", "ran", "sanctions"};
    for (int round = 0; round < 2; ++round)
        for (const auto& w : words) {
            INFO("word: '" << w << "', round " << round);
            CHECK(cached(w) == plain(w));
        }
    CHECK(cached.get_description().find("english") != std::string::npos);
}

TEST_CASE("text/stem_cache: words that share a slot replace each other and every answer stays right")
{
    const Xapian::Stem plain("english");
    const Xapian::Stem tiny(new text::CachingStemmer("english", 1));  // two slots for all these words
    const std::vector<std::string> words{"sanctions", "attacks", "hackers", "ministries", "talks", "denied",
                                         "running", "presidential", "agencies", "sanctions", "attacks"};
    for (int round = 0; round < 3; ++round)
        for (const auto& w : words) {
            INFO("word: '" << w << "', round " << round);
            CHECK(tiny(w) == plain(w));
        }
}
