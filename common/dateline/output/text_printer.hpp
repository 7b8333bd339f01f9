/*! --format text, for people: search hits here (text_printer.cpp), show, stats and values
 *  in text_lookup.cpp. */
#pragma once

#include "dateline/output/printers.hpp"
#include "dateline/output/style.hpp"

namespace dateline::output {

class TextPrinter : public Printer {
public:
    TextPrinter(std::ostream& out, const PrintOptions& options) : out_(out), style_{options.colour}, width_(options.width) {}
    void search(const search::SearchResult& result) override;
    void show(const search::Shown& shown) override;
    void stats(const search::IndexStats& stats) override;
    void values(const facets::ValueList& values) override;

private:
    void notices(const search::SearchResult& result);
    void hit(const search::Hit& hit);
    void totals(const search::SearchResult& result);
    void facet(std::string_view label, const std::vector<facets::FacetValue>& values);
    void section(const schema::SectionData& section);

    std::ostream& out_;
    Style style_;
    std::size_t width_;
};

/** Items joined by `sep`. */
std::string join(const std::vector<std::string>& items, std::string_view sep);

}  // namespace dateline::output
