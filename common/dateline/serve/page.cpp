#include "dateline/serve/page.hpp"

#include <fmt/format.h>

#include "dateline/facets/facets.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/serve/html.hpp"
#include "dateline/serve/layout.hpp"
#include "dateline/serve/svg_timeline.hpp"

namespace dateline::serve {

namespace {

std::string header(const QueryParams& params)
{
    return "<header><a class=\"brand\" href=\"/\">Dateline</a>" + search_form(params) + "</header>\n";
}

// The page's search with `name` set to `value` alone, from the first hit.
std::string link_with(const QueryParams& params, std::string_view name, const std::string& value)
{
    auto changed = without(without(params, name), "offset");
    changed.emplace_back(std::string(name), value);
    return html_escape("/" + query_string(changed));
}

// A month facet narrows by date; the other facets are filters of the same name.
std::string facet_link(const QueryParams& params, std::string_view facet, const std::string& value)
{
    if (facet != schema::field(schema::FieldId::Month).name)
        return link_with(params, facet, value);
    auto changed = without(without(without(params, "since"), "until"), "offset");
    changed.emplace_back("since", value);
    changed.emplace_back("until", value);
    return html_escape("/" + query_string(changed));
}

std::string notes(const QueryParams& params, const search::SearchResult& r)
{
    std::string out;
    const auto note = [&](const std::string& html) { out += "<p class=\"notice\">" + html + "</p>\n"; };
    if (!r.suggestion.empty() && r.corrected)
        note(fmt::format("Nothing matches <q>{}</q>. Showing results for <q>{}</q>.", html_escape(r.query),
                         html_escape(r.suggestion)));
    else if (!r.suggestion.empty())
        note(fmt::format("Did you mean: <a class=\"suggestion\" href=\"{}\">{}</a>", link_with(params, "q", r.suggestion),
                         html_escape(r.suggestion)));
    if (r.relaxed)
        note(fmt::format("No section has all the words of <q>{}</q>. Showing sections with any of them.",
                         html_escape(r.query)));
    for (const auto& value : r.unknown_values)
        note("No section has " + html_escape(value) + ".");
    if (!r.unavailable.empty()) {
        std::string shards;
        for (const auto& s : r.unavailable)
            shards += (shards.empty() ? "" : "; ") + s;
        note("Partial results: left out " + html_escape(shards));
    }
    return out;
}

std::string speakers_html(const QueryParams& params, const std::vector<std::string>& speakers)
{
    if (speakers.empty())
        return {};
    const auto filter = schema::key(schema::FieldId::Speaker);
    std::string out = "<div class=\"speakers\">speakers: ";
    for (std::size_t i = 0; i < speakers.size(); ++i)
        out += fmt::format("{}<a href=\"{}\">{}</a>", i ? ", " : "", link_with(params, filter, speakers[i]),
                           html_escape(speakers[i]));
    return out + "</div>";
}

std::string hit_html(const QueryParams& params, const search::Hit& hit)
{
    const auto& s = hit.section;
    std::string meta = s.date.value_or("date unknown");
    for (const auto* part : {&s.location, &s.agency})
        if (!part->empty())
            meta += " · " + *part;
    std::string out = fmt::format(
        "<li class=\"hit\" value=\"{}\"><a class=\"title\" href=\"/section/{}\">{}</a>"
        "<div class=\"meta\">{}</div>",
        hit.rank, html_escape(url_encode(s.id)), html_escape(s.title.empty() ? "(no title)" : s.title),
        html_escape(meta));
    if (s.heading)
        out += "<div class=\"heading\">§ " + html_escape(*s.heading) + "</div>";
    out += "<p class=\"snippet\">" + marked_html(hit.snippet) + "</p>";
    for (const auto& q : hit.quotes)
        out += "<blockquote>" + marked_html(q.text) + (q.speaker.empty() ? "" : " — " + html_escape(q.speaker)) +
               "</blockquote>";
    out += speakers_html(params, s.speakers);
    if (hit.more_sections > 0)
        out += fmt::format("<div class=\"meta\">{} more section{} of this article matched</div>", hit.more_sections,
                           hit.more_sections == 1 ? "" : "s");
    return out + "</li>\n";
}

std::string paging(const QueryParams& params, const search::SearchResult& r)
{
    std::string out;
    const auto page_link = [&](Xapian::doccount offset, std::string_view text, std::string_view rel) {
        auto changed = without(params, "offset");
        if (offset > 0)
            changed.emplace_back("offset", std::to_string(offset));
        out += fmt::format("<a rel=\"{}\" href=\"{}\">{}</a>", rel, html_escape("/" + query_string(changed)), text);
    };
    if (r.offset > 0)
        page_link(r.offset > r.limit ? r.offset - r.limit : 0, "← previous", "prev");
    if (r.limit > 0 && r.offset + r.limit < r.total)
        page_link(r.offset + r.limit, "next →", "next");
    return out.empty() ? out : "<nav class=\"pages\">" + out + "</nav>\n";
}

std::string summary(const search::SearchResult& r)
{
    const auto noun = r.per_article ? "article" : "section";
    if (r.total == 0)
        return "<p class=\"summary\">No " + std::string(noun) + "s match.</p>\n";
    const auto last = std::min<Xapian::doccount>(r.total, r.offset + static_cast<Xapian::doccount>(r.hits.size()));
    return fmt::format("<p class=\"summary\">{} {}{} match{} (showing {}-{}); {:.1f} ms</p>\n", r.total, noun,
                       r.total == 1 ? "" : "s", r.total == 1 ? "es" : "", r.hits.empty() ? 0 : r.offset + 1, last,
                       r.took_ms);
}

std::string facets_html(const QueryParams& params, const search::SearchResult& r)
{
    std::string out = "<aside class=\"facets\">";
    for (const auto& field : facets::FacetFields) {
        const auto& values = facets::facet(r.facets, field.name());
        if (values.empty())
            continue;
        out += fmt::format("<h3>{}</h3><ul class=\"facet\" data-facet=\"{}\">", field.plural(), field.name());
        for (const auto& v : values)
            out += fmt::format("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>",
                               facet_link(params, field.name(), v.value), html_escape(v.value), v.count);
        out += "</ul>";
    }
    return out + "</aside>\n";
}

}  // namespace

std::string render_search_page(const QueryParams& params, const search::SearchResult& r)
{
    std::string body = header(params) + "<main>\n" + notes(params, r) + summary(r);
    if (r.timeline)
        body += svg_timeline(*r.timeline, params);
    body += "<div class=\"layout\"><section class=\"hits\">";
    body += fmt::format("<ol class=\"hits-list\" start=\"{}\">\n", r.offset + 1);
    for (const auto& hit : r.hits)
        body += hit_html(params, hit);
    body += "</ol>\n" + paging(params, r) + "</section>\n" + facets_html(params, r) + "</div></main>\n";
    const auto q = param(params, "q");
    return html_document(q.empty() ? "Dateline" : q + " - Dateline", body);
}

std::string render_error_page(const QueryParams& params, const std::string& message, const std::string& hint)
{
    std::string body = header(params) + "<main><p class=\"error\">" + html_escape(message);
    if (!hint.empty())
        body += "<br>" + html_escape(hint);
    return html_document("Error - Dateline", body + "</p></main>\n");
}

}  // namespace dateline::serve
