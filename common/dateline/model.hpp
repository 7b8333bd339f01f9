/*! The data model every stage passes along: articles made of sections. Plain structs. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/calendar/date.hpp"

namespace dateline {

/** Where an article came from: a file, and later an archive member. */
struct SourceRef {
    std::string path;    ///< absolute, normalised path of the file
    std::string member;  ///< member inside an archive, empty for a plain file

    /** "path" or "path:member", the form messages and hits show. */
    std::string display() const { return member.empty() ? path : path + ":" + member; }
};

/** Which evidence gave an article its date (DESIGN.md's order). */
enum class DateSource { None, Metadata, Dateline, Path, Option, Reference };

/** "metadata", "dateline", "path", "option", "reference", or "" for None. */
const char* to_string(DateSource source) noexcept;

/** Words a person said, in quotation marks in the text. */
struct Quote {
    std::string speaker;  ///< canonical full name, empty when nobody could be named
    std::string text;     ///< the quoted words, without the quotation marks
};

/** One part of an article: the lead (ordinal 0) or the text under one sub-heading. */
struct Section {
    int ordinal = 0;
    std::optional<std::string> heading;   ///< none for the lead
    std::vector<std::string> paragraphs;  ///< body text, one string per paragraph
    std::vector<std::string> speakers;    ///< canonical full names, sorted, unique
    std::vector<std::string> organizations;  ///< organisations that make statements, sorted, unique
    std::vector<Quote> quotes;            ///< direct quotes in text order

    /** The paragraphs joined by blank lines. */
    std::string text() const;
};

/** One news story as found in one source. */
struct Article {
    std::string id;  ///< stable: derived from the source, so re-indexing replaces
    SourceRef source;
    std::string title;
    std::string subtitle;
    std::string url;          ///< canonical URL when the source gives one
    std::string external_id;  ///< the source's own id for the story (JSON "id"), if any
    std::optional<calendar::Date> date;
    DateSource date_source = DateSource::None;
    std::string location;  ///< dateline city in normal capitalisation, may be empty
    std::string agency;    ///< "TASS", ..., may be empty
    std::vector<Section> sections;
};

}  // namespace dateline
