#include "dateline/schema/facet_slot.hpp"

namespace dateline::schema {

const FacetField* find_facet_field(std::string_view name)
{
    for (const auto& f : FacetFields)
        if (f.name() == name)
            return &f;
    return nullptr;
}

std::string pack_facet_values(const Xapian::Document& doc)
{
    std::string packed;
    for (const auto& f : FacetFields) {
        if (&f != &FacetFields.front())
            packed += FacetSeparator;
        packed += doc.get_value(f.slot());
    }
    return packed;
}

}  // namespace dateline::schema
