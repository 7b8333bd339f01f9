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

void PackedFacetSpy::count(Counts& counts, std::string_view value)
{
    if (value.empty())
        return;
    if (const auto it = counts.find(value); it != counts.end())
        ++it->second;
    else
        counts.emplace(value, 1);
}

void PackedFacetSpy::operator()(const Xapian::Document& doc, double)
{
    const auto packed = doc.get_value(schema::slot(schema::Slot::Facets));
    std::string_view rest(packed);
    for (std::size_t i = 0; i < FacetFields.size(); ++i) {
        const auto end = std::min(rest.find(schema::FacetSeparator), rest.size());
        auto value = rest.substr(0, end);
        rest.remove_prefix(std::min(end + 1, rest.size()));
        if (!FacetFields[i].list) {
            count(counts_[i], value);
            continue;
        }
        while (!value.empty()) {
            const auto cut = std::min(value.find(schema::ListSeparator), value.size());
            count(counts_[i], value.substr(0, cut));
            value.remove_prefix(std::min(cut + 1, value.size()));
        }
    }
}

std::vector<FacetValue> PackedFacetSpy::top(std::size_t facet, std::size_t limit) const
{
    // Only the top few are shown: order pointers, copy those strings alone.
    std::vector<const Counts::value_type*> entries;
    entries.reserve(counts_[facet].size());
    for (const auto& entry : counts_[facet])
        entries.push_back(&entry);
    const auto n = std::min(limit, entries.size());
    std::partial_sort(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(n), entries.end(),
                      [](const auto* a, const auto* b) {
                          return a->second != b->second ? a->second > b->second : a->first < b->first;
                      });
    std::vector<FacetValue> out;
    for (std::size_t i = 0; i < n; ++i)
        out.push_back({entries[i]->first, entries[i]->second});
    return out;
}

void PackedFacetSpy::merge(const PackedFacetSpy& other)
{
    for (std::size_t i = 0; i < counts_.size(); ++i)
        for (const auto& [value, count] : other.counts_[i])
            counts_[i][value] += count;
}

void FacetSpies::add_to(Xapian::Enquire& enquire)
{
    if (packed_)
        enquire.add_matchspy(packed_.get());
    for (auto& spy : spies_)
        enquire.add_matchspy(spy.get());
}

void FacetSpies::merge(const FacetSpies& other)
{
    if (!other.packed_)
        return;
    if (!packed_)
        packed_ = std::make_unique<PackedFacetSpy>();  // this side took no share
    packed_->merge(*other.packed_);
}

void FacetSpies::attach(Xapian::Enquire& enquire, bool portable)
{
    packed_.reset();
    spies_.clear();
    if (!portable) {
        packed_ = std::make_unique<PackedFacetSpy>();
        enquire.add_matchspy(packed_.get());
        return;
    }
    for (const auto& f : FacetFields) {
        spies_.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(f.slot()));
        enquire.add_matchspy(spies_.back().get());
    }
}

Facets FacetSpies::collect(std::size_t limit) const
{
    Facets out;
    for (std::size_t i = 0; i < FacetFields.size(); ++i) {
        std::vector<FacetValue> values;  // none when not attached (--facets 0)
        if (packed_) {
            values = packed_->top(i, limit);
        } else if (!spies_.empty()) {
            values = spy_counts(*spies_[i], FacetFields[i].list);
            sort_by_count(values);  // values arrive sorted by value, so ties stay in value order
            if (values.size() > limit)
                values.resize(limit);
        }
        out.push_back({std::string(FacetFields[i].name()), std::move(values)});
    }
    return out;
}

}  // namespace dateline::facets
