#include "dateline/facets/values.hpp"

#include <map>

#include "dateline/error.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::facets {

namespace {

// Years are counted from the months.
const std::string YearField = schema::key(schema::FieldId::Year);
const std::string MonthField = schema::key(schema::FieldId::Month);

// One pass over every document with a spy: the built-in, remote-capable way to count values.
std::vector<FacetValue> count_slot(const Xapian::Database& db, const FacetField& field)
{
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    Xapian::ValueCountMatchSpy spy(field.slot());
    enquire.add_matchspy(&spy);
    enquire.get_mset(0, 0, db.get_doccount());
    return spy_counts(spy, field.list);
}

// Years are the first four characters of the month values ("2017-01").
std::vector<FacetValue> years(const std::vector<FacetValue>& months)
{
    std::map<std::string, Xapian::doccount> counts;
    for (const auto& m : months)
        counts[m.value.substr(0, 4)] += m.count;
    std::vector<FacetValue> out;
    for (auto& [year, count] : counts)
        out.push_back({year, count});
    return out;
}

}  // namespace

std::string value_field_names()
{
    std::string out;
    for (const auto& f : FacetFields)
        out += std::string(f.name()) + ", ";
    return out + YearField;
}

bool has_word_prefix(std::string_view value, std::string_view prefix)
{
    const auto lower_prefix = text::to_lower(prefix);
    if (text::to_lower(value).starts_with(lower_prefix))
        return true;  // "st. p" finds "St. Petersburg"
    for (const auto word : text::split_words(value))
        if (text::to_lower(word).starts_with(lower_prefix))
            return true;
    return false;
}

std::vector<FacetValue> count_all(const Xapian::Database& db, const FacetField& field)
{
    auto values = count_slot(db, field);
    sort_by_count(values);
    return values;
}

ValueList list_values(const Xapian::Database& db, std::string_view field, std::string_view prefix,
                      std::size_t limit)
{
    const bool year = field == YearField;
    const auto* facet_field = find_facet_field(year ? MonthField : field);
    if (!facet_field)
        throw Error(Error::Code::Usage, "unknown field '" + std::string(field) + "'",
                    "fields are " + value_field_names());
    auto all = count_slot(db, *facet_field);  // sorted by value: time order for months
    if (year)
        all = years(all);
    else if (facet_field->field != schema::FieldId::Month)
        sort_by_count(all);
    ValueList list{std::string(field), std::string(prefix), 0, {}};
    for (auto& v : all) {
        if (!has_word_prefix(v.value, prefix))
            continue;
        ++list.matching_values;
        if (limit == 0 || list.values.size() < limit)
            list.values.push_back(std::move(v));
    }
    return list;
}

}  // namespace dateline::facets
