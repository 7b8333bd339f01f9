/*! Section -> Xapian document, reading only the schema table for prefixes, slots and weights. */
#pragma once

#include <string>

#include <xapian.h>

#include "dateline/model.hpp"

namespace dateline::index {

/** "<article id>-<ordinal>": the unique id of a section (its Q term). */
std::string section_id(const Article& article, const Section& section);

/** Builds documents; holds the TermGenerator so it is set up once per run. */
class DocumentBuilder {
public:
    DocumentBuilder();

    /** Also records every indexed word in the database's spelling table, for "did you mean". */
    void collect_spelling(Xapian::WritableDatabase& db);

    /** Free text: title (also under S), heading (also under XHEAD), subtitle in section 0,
     *  body; boolean terms for ids, speakers (full name and surname), location, agency,
     *  day, month and year; values for sorting and facets; data for printing hits. */
    Xapian::Document build(const Article& article, const Section& section);

private:
    Xapian::TermGenerator terms_;
};

}  // namespace dateline::index
