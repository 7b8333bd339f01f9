// A story's content hash is the key of its record in every index built so far: it must not
// change with the code that computes it.
#include <doctest/doctest.h>

#include <string>

#include "dateline/index/store.hpp"
#include "dateline/util/hash.hpp"

using namespace dateline;

TEST_CASE("util/hash: FNV-1a 64 as published, and text hashed in pieces hashes as it would whole")
{
    CHECK(util::fnv1a64("") == 14695981039346656037ull);
    CHECK(util::fnv1a64("a") == 0xaf63dc4c8601ec8cull);
    CHECK(util::fnv1a64("foobar") == 0x85944171f73967e8ull);
    CHECK(util::fnv1a64("bar", util::fnv1a64("foo")) == util::fnv1a64("foobar"));
}

TEST_CASE("index/store: a story's content hash is its folded title and paragraphs, one per line")
{
    Article article;
    article.title = "Peskov  on SANCTIONS";
    Section first;
    first.paragraphs = {"The Kremlin\t said   so.", "Nothing more."};
    Section second;
    second.paragraphs = {"\u00c9lys\u00e9e  replied."};
    article.sections = {first, second};
    // Lowercased, runs of spaces folded to one, joined by newlines: how every index so far
    // keyed its stories.
    CHECK(index::content_hash(article) ==
          util::fnv1a64("peskov on sanctions\nthe kremlin said so.\nnothing more.\n\u00e9lys\u00e9e replied."));
    article.sections[1].paragraphs[0] = "Elysee replied.";
    CHECK(index::content_hash(article) !=
          util::fnv1a64("peskov on sanctions\nthe kremlin said so.\nnothing more.\n\u00e9lys\u00e9e replied."));
}
