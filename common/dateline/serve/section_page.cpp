// GET /section/ID: a section, or its whole article, as the show command prints it.
#include <fmt/format.h>

#include "dateline/schema/schema.hpp"
#include "dateline/serve/html.hpp"
#include "dateline/serve/layout.hpp"
#include "dateline/serve/page.hpp"

namespace dateline::serve {

namespace {

std::string paragraphs(const std::string& text)
{
    std::string out;
    std::size_t from = 0;
    while (from <= text.size()) {
        auto end = text.find('\n', from);
        if (end == std::string::npos)
            end = text.size();
        if (end > from)
            out += "<p>" + html_escape(std::string_view(text).substr(from, end - from)) + "</p>\n";
        from = end + 1;
    }
    return out;
}

std::string speaker_links(const std::vector<std::string>& names)
{
    const auto filter = schema::key(schema::FieldId::Speaker);
    std::string out;
    for (const auto& name : names)
        out += fmt::format("{}<a href=\"{}\">{}</a>", out.empty() ? "" : ", ",
                           html_escape("/" + query_string({{filter, name}})), html_escape(name));
    return out;
}

std::string section_html(const schema::SectionData& s)
{
    std::string out = fmt::format("<section class=\"section\" id=\"{}\">", html_escape(s.id));
    if (s.heading)
        out += "<h2>" + html_escape(*s.heading) + "</h2>\n";
    out += paragraphs(s.text);
    if (!s.speakers.empty())
        out += "<p class=\"speakers\">speakers: " + speaker_links(s.speakers) + "</p>\n";
    for (const auto& q : s.quotes)
        out += "<blockquote>" + html_escape(q.text) + (q.speaker.empty() ? "" : " — " + html_escape(q.speaker)) +
               "</blockquote>\n";
    return out + "</section>\n";
}

// Only web addresses become links: a "javascript:" URL from an archive must stay text.
std::string source_html(const schema::SectionData& s)
{
    std::string out = "<p class=\"meta\">source: " + html_escape(s.source);
    if (s.url.starts_with("https://") || s.url.starts_with("http://"))
        out += fmt::format(" · <a rel=\"noopener noreferrer\" href=\"{0}\">{0}</a>", html_escape(s.url));
    return out + "</p>\n";
}

}  // namespace

std::string render_section_page(const search::Shown& shown)
{
    const auto header = "<header><a class=\"brand\" href=\"/\">Dateline</a>" + search_form({}) + "</header>\n";
    if (shown.sections.empty())
        return html_document("Not found - Dateline",
                             header + "<main><p class=\"error\">No section or article with id " +
                                 html_escape(shown.id) + ".</p></main>\n");
    const auto& first = shown.sections.front();
    std::string meta = first.date.value_or("date unknown");
    for (const auto* part : {&first.location, &first.agency})
        if (!part->empty())
            meta += " · " + *part;
    std::string body = header + "<main><article>\n<h1>" + html_escape(first.title) + "</h1>\n";
    if (!first.subtitle.empty())
        body += "<p class=\"heading\">" + html_escape(first.subtitle) + "</p>\n";
    body += "<p class=\"meta\">" + html_escape(meta) + "</p>\n";
    for (const auto& s : shown.sections)
        body += section_html(s);
    body += source_html(first);
    if (!shown.whole_article)
        body += fmt::format("<p><a href=\"{}\">The whole article</a></p>\n",
                            html_escape("/section/" + url_encode(first.id) + "?article=1"));
    return html_document(first.title + " - Dateline", body + "</article></main>\n");
}

}  // namespace dateline::serve
