#include "dateline/text/stem_cache.hpp"

namespace dateline::text {

namespace {

// A few MB at most: enough for the vocabulary of many hits.
constexpr std::size_t MaxWords = 50'000;

}  // namespace

std::string CachingStemmer::operator()(const std::string& word)
{
    if (const auto it = stems_.find(word); it != stems_.end())
        return it->second;
    if (stems_.size() >= MaxWords)
        stems_.clear();
    auto stem = stem_(word);
    stems_.emplace(word, stem);
    return stem;
}

Xapian::Stem english_stemmer()
{
    thread_local const Xapian::Stem stemmer(new CachingStemmer("english"));
    return stemmer;
}

}  // namespace dateline::text
