/*! What ranking can change at search time: Xapian's BM25 parameters. (Field weights and
 *  stemming are fixed when a section is indexed: schema.hpp, index/document_builder.cpp.) */
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace dateline::search {

/** Xapian::BM25Weight's parameters. */
struct Bm25Params {
    double k1 = 1.0;           ///< how fast repeats of a word stop counting: 0 counts it once
    double k2 = 0.0;           ///< Xapian's extra document-length correction; 0 is off
    double k3 = 1.0;           ///< the same as k1 for a word repeated in the query
    double b = 0.5;            ///< length normalisation: 0 none, 1 a word in a section twice as long counts half
    double min_normlen = 0.5;  ///< shorter sections count as this fraction of the average length
};

/** Xapian's own defaults, BM25Weight(1, 0, 1, 0.5, 0.5). */
inline constexpr Bm25Params XapianBm25{};

/** What dateline-search ranks with: Xapian's defaults, which nothing beat significantly on the
 *  Reuters proxy collection (k1 0.5-2, b 0.3-1, k2, min_normlen; docs/RELEVANCE.md). */
inline constexpr Bm25Params DefaultBm25 = XapianBm25;

/** "k1=1.2,b=0.75" -> `base` with those parameters changed; keys k1, k2, k3 (numbers of 0 or
 *  more), b and min_normlen (from 0 to 1). Throws Error (Usage) "invalid --bm25 'TEXT': ..."
 *  for anything else. */
Bm25Params parse_bm25(std::string_view text, Bm25Params base = DefaultBm25);

/** "BM25 k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5", for --explain. */
std::string describe(const Bm25Params& params);

/** The weighting scheme for Enquire::set_weighting_scheme(). */
Xapian::BM25Weight bm25_weight(const Bm25Params& params);

}  // namespace dateline::search
