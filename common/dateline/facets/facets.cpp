#include "dateline/facets/facets.hpp"

#include <algorithm>
#include <map>

namespace dateline::facets {

namespace {

void add_list(std::map<std::string, Xapian::doccount>& counts, const std::string& list, Xapian::doccount count)
{
    std::size_t start = 0;
    while (start <= list.size()) {
        auto end = list.find(schema::ListSeparator, start);
        if (end == std::string::npos)
            end = list.size();
        if (end > start)
            counts[list.substr(start, end - start)] += count;
        start = end + 1;
    }
}

}  // namespace

const FacetField* find_facet_field(std::string_view name)
{
    for (const auto& f : FacetFields)
        if (f.name() == name)
            return &f;
    return nullptr;
}

const std::vector<FacetValue>& facet(const Facets& facets, std::string_view name)
{
    static const std::vector<FacetValue> none;
    for (const auto& f : facets)
        if (f.name == name)
            return f.values;
    return none;
}

std::vector<FacetValue> spy_counts(const Xapian::ValueCountMatchSpy& spy, bool list)
{
    // The spy counts each distinct slot value; a list value is split into its names.
    std::map<std::string, Xapian::doccount> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
        if (list)
            add_list(counts, *it, it.get_termfreq());
        else if (!(*it).empty())
            counts[*it] += it.get_termfreq();
    }
    std::vector<FacetValue> out;
    for (auto& [value, count] : counts)
        out.push_back({value, count});
    return out;
}

void sort_by_count(std::vector<FacetValue>& values)
{
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
}

FacetSpies::FacetSpies()
{
    for (const auto& f : FacetFields)
        spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.slot()));
}

void FacetSpies::attach(Xapian::Enquire& enquire)
{
    for (auto& spy : spies_)
        enquire.add_matchspy(spy.get());
}

Facets FacetSpies::collect(std::size_t limit) const
{
    Facets out;
    for (std::size_t i = 0; i < FacetFields.size(); ++i) {
        auto values = spy_counts(*spies_[i], FacetFields[i].list);
        sort_by_count(values);  // values arrive sorted by value, so ties stay in value order
        if (values.size() > limit)
            values.resize(limit);
        out.push_back({std::string(FacetFields[i].name()), std::move(values)});
    }
    return out;
}

}  // namespace dateline::facets
