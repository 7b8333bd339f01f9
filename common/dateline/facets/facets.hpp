/*! Exact counts per speaker, location and month over the whole match set, from Xapian's
 *  built-in ValueCountMatchSpy (serialisable, so remote shards can compute them too). */
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace dateline::facets {

struct FacetValue {
    std::string value;
    Xapian::doccount count = 0;
};

struct Facets {
    std::vector<FacetValue> speaker;
    std::vector<FacetValue> location;
    std::vector<FacetValue> month;
};

/** Spies to attach to an Enquire before get_mset(); read them with collect().
 *  Must outlive the Enquire's use of them. */
class FacetSpies {
public:
    FacetSpies();
    FacetSpies(const FacetSpies&) = delete;
    FacetSpies& operator=(const FacetSpies&) = delete;
    void attach(Xapian::Enquire& enquire);

    /** The top `limit` values of each facet by count (ties by value). A section with
     *  several speakers counts once for each. */
    Facets collect(std::size_t limit) const;

private:
    Xapian::ValueCountMatchSpy speaker_;
    Xapian::ValueCountMatchSpy location_;
    Xapian::ValueCountMatchSpy month_;
};

}  // namespace dateline::facets
