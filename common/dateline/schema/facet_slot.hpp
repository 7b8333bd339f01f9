/*! The packed facet slot (Slot::Facets): which fields are counted per value, in what order
 *  their values are joined into it. The indexer writes it, the facet counters read it. */
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <xapian.h>

#include "dateline/schema/schema.hpp"

namespace dateline::schema {

/** A field counted per value: its schema entry (name, slot) and whether its slot holds a
 *  list joined by ListSeparator. */
struct FacetField {
    FieldId field;
    bool list;

    std::string_view name() const { return schema::field(field).name; }
    std::string_view plural() const { return schema::field(field).plural; }  ///< "speakers": its label
    Xapian::valueno slot() const { return schema::slot(schema::field(field).slot); }
};

/** The facets of every search, in the order they are printed. */
inline constexpr std::array<FacetField, 5> FacetFields{{
    {FieldId::Speaker, true},
    {FieldId::Location, false},
    {FieldId::Agency, false},
    {FieldId::Organization, true},
    {FieldId::Month, false},
}};

/** The table entry named `name` ("speaker"), or nullptr. */
const FacetField* find_facet_field(std::string_view name);

/** The value of Slot::Facets for a document whose facet slots are set: each
 *  FacetFields slot's value in order, joined by FacetSeparator. */
std::string pack_facet_values(const Xapian::Document& doc);

}  // namespace dateline::schema
