#include "dateline/facets/facets.hpp"

#include <algorithm>
#include <map>

#include "dateline/schema.hpp"

namespace dateline::facets {

using schema::Slot;

namespace {

std::vector<FacetValue> top(std::map<std::string, Xapian::doccount> counts, std::size_t limit)
{
    std::vector<FacetValue> out;
    for (auto& [value, count] : counts)
        if (!value.empty())
            out.push_back({value, count});
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

std::map<std::string, Xapian::doccount> values(const Xapian::ValueCountMatchSpy& spy)
{
    std::map<std::string, Xapian::doccount> counts;
    for (auto it = spy.values_begin(); it != spy.values_end(); ++it)
        counts[*it] += it.get_termfreq();
    return counts;
}

// The spy counts each distinct speaker list; split the lists and add up per name.
std::map<std::string, Xapian::doccount> split_lists(const std::map<std::string, Xapian::doccount>& lists)
{
    std::map<std::string, Xapian::doccount> counts;
    for (const auto& [list, count] : lists) {
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
    return counts;
}

}  // namespace

FacetSpies::FacetSpies()
    : speaker_(schema::slot(Slot::Speakers)), location_(schema::slot(Slot::Location)),
      month_(schema::slot(Slot::Month))
{
}

void FacetSpies::attach(Xapian::Enquire& enquire)
{
    enquire.add_matchspy(&speaker_);
    enquire.add_matchspy(&location_);
    enquire.add_matchspy(&month_);
}

Facets FacetSpies::collect(std::size_t limit) const
{
    return Facets{top(split_lists(values(speaker_)), limit), top(values(location_), limit),
                  top(values(month_), limit)};
}

}  // namespace dateline::facets
