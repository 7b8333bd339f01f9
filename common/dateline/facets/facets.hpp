/*! Exact counts per speaker, location, agency, organization and month over the whole match
 *  set. Locally one spy reads the packed slot (schema::Slot::Facets) once per matching
 *  section; remote shards, whose servers know only Xapian's own spies, are counted by a
 *  built-in ValueCountMatchSpy per facet slot. Both give the same counts. */
#pragma once

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "dateline/schema/facet_slot.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::facets {

using schema::FacetField;
using schema::FacetFields;
using schema::find_facet_field;

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
    friend bool operator==(const FacetValue&, const FacetValue&) = default;
};

struct Facet {
    std::string name;  ///< FacetField::name()
    std::vector<FacetValue> values;
    friend bool operator==(const Facet&, const Facet&) = default;
};

using Facets = std::vector<Facet>;

/** The values of the facet named `name`; empty when there is none. */
const std::vector<FacetValue>& facet(const Facets& facets, std::string_view name);

/** Counts per value of a spy on one slot; list slots are split so each name counts once per
 *  section. Empty values (sections without one) are left out. */
std::vector<FacetValue> spy_counts(const Xapian::ValueCountMatchSpy& spy, bool list);

/** Highest count first, ties by value. */
void sort_by_count(std::vector<FacetValue>& values);

/** Counts every facet from the packed slot: one value read per section. Not serialisable,
 *  so Xapian refuses it for remote shards (UnimplementedError). */
class PackedFacetSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& doc, double weight) override;

    /** The `limit` values of FacetFields[facet] counted most often, highest count first,
     *  ties by value; empty values are not counted. */
    std::vector<FacetValue> top(std::size_t facet, std::size_t limit) const;

    /** Adds another spy's counts (one that saw other sections) to these. */
    void merge(const PackedFacetSpy& other);

private:
    struct Hash {
        using is_transparent = void;  // find() by string_view: no string built per value
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using Counts = std::unordered_map<std::string, Xapian::doccount, Hash, std::equal_to<>>;
    void count(Counts& counts, std::string_view value);
    std::array<Counts, FacetFields.size()> counts_;
};

/** Spies to attach to an Enquire before get_mset(); read them with collect().
 *  Must outlive the Enquire's use of them. */
class FacetSpies {
public:
    FacetSpies() = default;
    FacetSpies(const FacetSpies&) = delete;
    FacetSpies& operator=(const FacetSpies&) = delete;

    /** portable: Xapian's own spies, which remote shards can run (slower). */
    void attach(Xapian::Enquire& enquire, bool portable = false);

    /** The top `limit` values of each facet by count (ties by value). A section with
     *  several speakers counts once for each. */
    Facets collect(std::size_t limit) const;

    /** The same spies on one more `enquire`, to go on counting other sections. */
    void add_to(Xapian::Enquire& enquire);

    /** Adds the counts of spies attached (not portable) to a search of other sections. */
    void merge(const FacetSpies& other);

private:
    std::unique_ptr<PackedFacetSpy> packed_;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies_;
};

}  // namespace dateline::facets
