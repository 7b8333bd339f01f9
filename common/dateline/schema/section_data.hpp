/*! The stored section format, the document data: everything a hit prints, so a search
 *  never re-reads the archive. Written by the indexer, read by search, show and the page. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/model.hpp"

namespace dateline::schema {

/** A stored section as the searcher reads it back. */
struct SectionData {
    std::string id;
    std::string article_id;
    int section = 0;
    std::string title;
    std::string url;       ///< canonical URL of the article, when known
    std::string external_id;  ///< the source's own id for the story (a JSON record's "id"), if any
    std::string subtitle;  ///< only stored with section 0
    std::optional<std::string> heading;
    std::string text;
    std::optional<std::string> date;  ///< "YYYY-MM-DD"
    std::string date_source;
    std::string location;
    std::string agency;
    std::vector<std::string> speakers;
    std::vector<std::string> organizations;
    std::vector<Quote> quotes;
    std::string source;
    std::vector<std::string> duplicates;  ///< other sources of the same story
};

/** JSON text stored as the Xapian document data. */
std::string encode_section_data(const Article& article, const Section& section, const std::string& id);

/** The same data listing `sources` (sorted) as the other sources of the story; none: no list. */
std::string with_duplicates(const std::string& data, const std::vector<std::string>& sources);

/** Reads document data back; a malformed record throws dateline::Error (Database). */
SectionData decode_section_data(const std::string& data);

}  // namespace dateline::schema
