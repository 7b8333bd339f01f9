/*! What ranking can change at search time: the weighting scheme and its parameters. (Field
 *  weights and stemming are fixed when a section is indexed: schema.hpp,
 *  index/document_builder.cpp.) */
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

namespace dateline::search {

/** The schemes Xapian 1.4 ships that rank by relevance: BM25 and BM25+, and the
 *  divergence-from-randomness family (Amati and van Rijsbergen). */
enum class Scheme { Bm25, Bm25Plus, IneB2, IfB2, InL2, BB2, PL2, DLH, DPH };

/** A scheme and its parameters; each scheme reads only its own (bm25: k1 k2 k3 b
 *  min_normlen; bm25+: those and delta; ineb2 ifb2 inl2 bb2 pl2: c; dlh, dph: none). */
struct Weighting {
    Scheme scheme = Scheme::Bm25;
    double k1 = 1.0;           ///< how fast repeats of a word stop counting: 0 counts it once
    double k2 = 0.0;           ///< Xapian's extra document-length correction; 0 is off
    double k3 = 1.0;           ///< the same as k1 for a word repeated in the query
    double b = 0.5;            ///< length normalisation: 0 none, 1 a word in a section twice as long counts half
    double min_normlen = 0.5;  ///< shorter sections count as this fraction of the average length
    double delta = 1.0;        ///< BM25+: what any occurrence adds, however long the section
    double c = 1.0;            ///< DFR: the strength of length normalisation 2
};

/** Xapian's own default, BM25Weight(1, 0, 1, 0.5, 0.5). */
inline constexpr Weighting XapianBm25{};

/** What dateline-search ranks with: IneB2 (divergence from randomness, c = 1). Of every
 *  scheme tried on two judged collections (docs/RELEVANCE.md) it is the one that gains most
 *  where queries are long and stories vary in length (CISI: MAP +0.023 over BM25, p < 0.001)
 *  and loses nothing significant where queries are short (Reuters proxy: +0.004, p = 0.61),
 *  with no parameter tuned to either: c = 1 is the authors' and Xapian's default. */
inline constexpr Weighting DefaultWeighting{Scheme::IneB2};

/** "--weighting ineb2", "bm25:k1=1.2,b=0.75", "pl2:c=2": a scheme by name, then KEY=NUMBER
 *  pairs that change its parameters (the rest keep their defaults). Throws Error (Usage)
 *  "invalid --weighting 'TEXT': ..." for anything else. */
Weighting parse_weighting(std::string_view text);

/** "--bm25 k1=1.2,b=0.75": BM25 with those parameters changed in `base`'s (Xapian's own). Throws Error
 *  (Usage) "invalid --bm25 'TEXT': ...". */
Weighting parse_bm25(std::string_view text, Weighting base = XapianBm25);

/** "BM25 k1=1 k2=0 k3=1 b=0.5 min_normlen=0.5", "IneB2 c=1", for --explain. */
std::string describe(const Weighting& weighting);

/** The weighting scheme for Enquire::set_weighting_scheme(). */
std::unique_ptr<Xapian::Weight> make_weight(const Weighting& weighting);

}  // namespace dateline::search
