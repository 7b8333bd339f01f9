/*! Section -> Xapian document, reading only the schema table for prefixes, slots and weights. */
#pragma once

#include <string>

#include <xapian.h>

#include "dateline/model.hpp"

namespace dateline::index {

/** "<article id>-<ordinal>": the unique id of a section (its Q term). */
std::string section_id(const Article& article, const Section& section);

/** Builds documents; holds the TermGenerator (and its stemmer's memory) for one thread. */
class DocumentBuilder {
public:
    DocumentBuilder();

    /** Free text: title (also under S), heading (also under XHEAD), subtitle in section 0,
     *  body; boolean terms for ids, speakers (full name and surname), location, agency,
     *  day, month and year; values for sorting and facets; data for printing hits. */
    Xapian::Document build(const Article& article, const Section& section);

    /** One document per section, in order. Runs on the parsing threads (one builder each),
     *  so the single writer only stores them. */
    std::vector<Xapian::Document> build(const Article& article);

private:
    Xapian::TermGenerator terms_;
};

}  // namespace dateline::index
