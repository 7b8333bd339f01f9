/*! THE Xapian schema: every term prefix, value slot and weight, in one table.
 *
 * Nobody else types a prefix or a slot number: the document builder, the query
 * builder, the facets and --help all read this table. Prefixes follow Omega's
 * conventions (termprefixes.rst): S title, Q unique id, X... our own, with a
 * colon where the value may start with a capital letter. */
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

namespace dateline::schema {

/** Bump on any change to prefixes, slots, weights or document data; old indexes are refused.
 *  2: one packed facet slot. 3: binary section data (section_data.hpp). */
inline constexpr int SchemaVersion = 3;

/** Database metadata key holding SchemaVersion. */
inline constexpr std::string_view SchemaVersionKey = "dateline.schema_version";

/** Database metadata key set, in the same commit, when indexed words change, and cleared when
 *  the spelling data ("did you mean") has been brought in line with them. */
inline constexpr std::string_view SpellingStaleKey = "dateline.spelling_stale";

/** Value slots: what is sorted, ranged or counted. */
enum class Slot : Xapian::valueno {
    Date = 0,      ///< "YYYYMMDD": sorted and ranged (string order is date order, any year)
    Month = 1,     ///< "YYYY-MM": month facet
    Location = 2,  ///< display form ("St. Petersburg"): location facet
    Speakers = 3,  ///< display names sorted, joined by ListSeparator: speaker facet
    ArticleId = 4, ///< article id: collapse key, one hit per article
    Agency = 5,    ///< "TASS": agency facet
    Organizations = 6, ///< organisation names sorted, joined by ListSeparator: organization facet
    /// The facet slots above again, in facets::FacetFields order, joined by FacetSeparator:
    /// counting facets reads one value per matching section instead of five, which halves
    /// their cost (value reads are most of it). Schema 2.
    Facets = 7,
    None = Xapian::BAD_VALUENO,
};

/** Joins several values in one slot (speakers); never occurs in a name. */
inline constexpr char ListSeparator = '\x1f';

/** Joins the facets' values in Slot::Facets; never occurs in a name. */
inline constexpr char FacetSeparator = '\x1e';

/** Which part of a section a field holds. */
enum class FieldId {
    SectionId, Article, Title, Heading, Body, Speaker, Location, Agency, Date, Month, Year, Organization, Quote
};

/** Free text (stemmed, positional, ranked) or an exact filter term. */
enum class Kind { Text, Boolean };

struct Field {
    FieldId id;
    std::string_view name;    ///< query prefix ("speaker:"), option and JSON key; empty: not queryable by name
    std::string_view plural;  ///< JSON key of a list of values ("speakers") and facet label; empty: none
    std::string_view prefix;  ///< Xapian term prefix
    Kind kind;
    Xapian::termcount wdf;    ///< within-document frequency per occurrence: the field weight in BM25
    Slot slot;                ///< value slot, Slot::None when the field has no value
    std::string_view description;
};

inline constexpr std::array Fields{
    // Q: Omega's unique-id prefix; replace_document("Q" + id) makes re-indexing idempotent.
    Field{FieldId::SectionId, "id", "", "Q", Kind::Boolean, 0, Slot::None, "section id (article id-ordinal)"},
    // All sections of an article share it, so an article can be replaced as a whole.
    Field{FieldId::Article, "article", "", "XART", Kind::Boolean, 0, Slot::ArticleId, "article id"},
    // Title words also go unprefixed at this weight, so plain queries favour title matches.
    Field{FieldId::Title, "title", "", "S", Kind::Text, 3, Slot::None, "article title"},
    Field{FieldId::Heading, "heading", "", "XHEAD", Kind::Text, 2, Slot::None, "section sub-heading"},
    Field{FieldId::Body, "", "", "", Kind::Text, 1, Slot::None, "section text (and the subtitle in section 0)"},
    // Colon: names start with capitals. Terms are lowercased; full name and surname both indexed.
    Field{FieldId::Speaker, "speaker", "speakers", "XSPEAKER:", Kind::Boolean, 0, Slot::Speakers,
          "person quoted or reported"},
    Field{FieldId::Location, "location", "locations", "XLOC:", Kind::Boolean, 0, Slot::Location, "dateline city"},
    Field{FieldId::Agency, "agency", "agencies", "XAGENCY:", Kind::Boolean, 0, Slot::Agency, "news agency"},
    Field{FieldId::Date, "date", "", "XD", Kind::Boolean, 0, Slot::Date, "day, YYYYMMDD"},
    Field{FieldId::Month, "month", "months", "XM", Kind::Boolean, 0, Slot::Month, "month, YYYYMM"},
    Field{FieldId::Year, "year", "", "XY", Kind::Boolean, 0, Slot::None, "year, YYYY"},
    // Organisations that make statements ("the Foreign Ministry said"), kept apart from people.
    Field{FieldId::Organization, "organization", "organizations", "XORG:", Kind::Boolean, 0, Slot::Organizations,
          "organisation making a statement"},
    // Only the words inside quotation marks (they are in the body too): quote:elections.
    Field{FieldId::Quote, "quote", "quotes", "XQUOTE", Kind::Text, 1, Slot::None, "words said in direct quotes"},
};

/** The table entry for a field. */
constexpr const Field& field(FieldId id) { return Fields[static_cast<std::size_t>(id)]; }

/** The JSON and CSV key of a field's one value ("location") and of its list ("speakers"). */
inline std::string key(FieldId id) { return std::string(field(id).name); }
inline std::string list_key(FieldId id) { return std::string(field(id).plural); }

/** A slot as Xapian's value number. */
constexpr Xapian::valueno slot(Slot s) { return static_cast<Xapian::valueno>(s); }

namespace detail {
constexpr bool ids_match_positions()
{
    for (std::size_t i = 0; i < Fields.size(); ++i)
        if (static_cast<std::size_t>(Fields[i].id) != i)
            return false;
    return true;
}
constexpr bool prefixes_unique()
{
    for (std::size_t i = 0; i < Fields.size(); ++i)
        for (std::size_t j = i + 1; j < Fields.size(); ++j)
            if (Fields[i].prefix == Fields[j].prefix)
                return false;
    return true;
}
constexpr bool slots_unique()
{
    for (std::size_t i = 0; i < Fields.size(); ++i)
        for (std::size_t j = i + 1; j < Fields.size(); ++j)
            if (Fields[i].slot != Slot::None && Fields[i].slot == Fields[j].slot)
                return false;
    return true;
}
}  // namespace detail

static_assert(detail::ids_match_positions(), "Fields must be listed in FieldId order");
static_assert(detail::prefixes_unique(), "two fields share a term prefix");
static_assert(detail::slots_unique(), "two fields share a value slot");

/** Lowercased, whitespace-collapsed form of a filter value: what boolean terms hold. */
std::string normalise_value(std::string_view value);

/** The boolean term for a value of a field: prefix + normalised value, hashed if over Xapian's limit. */
std::string boolean_term(FieldId id, std::string_view value);

}  // namespace dateline::schema
