#include "dateline/text/stem_cache.hpp"

#include <functional>
#include <string_view>
#include <utility>

namespace dateline::text {

std::string CachingStemmer::operator()(const std::string& word)
{
    if (slots_.empty())
        slots_.resize(mask_ + 1);
    const auto hash = std::hash<std::string_view>{}(word) | 1u;
    auto& slot = slots_[(hash >> 1) & mask_];
    if (slot.hash != hash || slot.word != word) {
        auto stem = stem_(word);
        slot.hash = 0;  // empty until word and stem are both in place
        slot.word = word;
        slot.stem = std::move(stem);
        slot.hash = hash;
    }
    return slot.stem;
}

Xapian::Stem english_stemmer()
{
    thread_local const Xapian::Stem stemmer(new CachingStemmer("english", 14));
    return stemmer;
}

}  // namespace dateline::text
