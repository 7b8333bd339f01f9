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

/** The Xapian document data of a section: a compact binary record, versioned by its first
 *  byte (SchemaVersion). section_data_json() shows it as text. */
std::string encode_section_data(const Article& article, const Section& section, const std::string& id);

/** The same data listing `sources` (sorted) as the other sources of the story; none: no list. */
std::string with_duplicates(const std::string& data, const std::vector<std::string>& sources);

/** Reads document data back; a malformed or truncated record, or one of another schema
 *  version, throws dateline::Error (Database). Reads nothing past the record's end. */
SectionData decode_section_data(const std::string& data);

/** Every stored field as one line of JSON, as stored: what `dateline-search show --raw`
 *  prints, where xapian-delve shows binary data. */
std::string section_data_json(const SectionData& data);

}  // namespace dateline::schema
