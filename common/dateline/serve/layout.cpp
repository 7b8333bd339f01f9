#include "dateline/serve/layout.hpp"

#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>

#include "dateline/schema/schema.hpp"
#include "dateline/serve/html.hpp"

namespace dateline::serve {

namespace {

constexpr std::string_view Style = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafafa}
header{background:#1d2330;color:#fff;padding:.8em 1.2em}
header a.brand{color:#fff;font-weight:700;text-decoration:none;font-size:1.2em;margin-right:1em}
form.search{display:flex;flex-wrap:wrap;gap:.4em;align-items:center;margin-top:.5em}
form.search input,form.search select,form.search button{font:inherit;padding:.3em .5em}
form.search input[name=q]{flex:1 1 24em}
form.search label{color:#dde}
main{padding:1em 1.2em;max-width:72em}
.layout{display:flex;gap:2em;align-items:flex-start}
.hits{flex:1}
ol.hits-list{padding-left:1.6em}
li.hit{margin-bottom:1.1em}
li.hit a.title{font-weight:600;font-size:1.05em}
.meta,.count,.summary{color:#5a6272}
.heading{font-style:italic}
mark{background:#ffe58a}
aside.facets{width:16em}
aside.facets h3{font-size:.95em;margin:.8em 0 .2em;text-transform:capitalize}
aside.facets ul{list-style:none;padding:0;margin:0}
.notice{background:#eef3ff;border-left:4px solid #4a6fd1;padding:.4em .8em}
.error{background:#fff0f0;border-left:4px solid #c33;padding:.4em .8em}
svg.timeline rect{fill:#4a6fd1}svg.timeline a:hover rect{fill:#1d2330}
svg.timeline line{stroke:#999}svg.timeline text{font-size:11px;fill:#5a6272}
nav.pages a{margin-right:1em}
blockquote{border-left:3px solid #ccc;margin:.5em 0;padding-left:.8em}
)";

// Better with script: changing the order searches at once; "/" jumps to the search box.
constexpr std::string_view Script = R"(
document.querySelectorAll('form.search select').forEach(function(s){
  s.addEventListener('change',function(){s.form.submit();});});
document.addEventListener('keydown',function(e){
  var q=document.querySelector('form.search input[name=q]');
  if(e.key==='/'&&q&&document.activeElement!==q){e.preventDefault();q.focus();}});
)";

struct Field {
    std::string_view name, placeholder;
};

constexpr std::array TextFields{
    Field{"q", "Search: words, \"phrases\", OR, NOT, speaker:, date:..."},
    Field{schema::field(schema::FieldId::Speaker).name, "Speaker"},
    Field{schema::field(schema::FieldId::Location).name, "Location"},
    Field{"since", "Since (2017, 2017-01, 3m)"},
    Field{"until", "Until"},
};

std::string select_sort(const std::string& current)
{
    std::string out = "<select name=\"sort\" aria-label=\"Order\"><option value=\"\">best first</option>";
    for (const auto& [value, text] : {std::pair{"newest", "newest first"}, std::pair{"oldest", "oldest first"},
                                      std::pair{"relevance", "relevance"}})
        out += fmt::format("<option value=\"{}\"{}>{}</option>", value, current == value ? " selected" : "", text);
    return out + "</select>";
}

}  // namespace

std::string html_document(std::string_view title, const std::string& body)
{
    return fmt::format("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>{}</title><style>{}</style></head>\n<body>\n{}<script>{}</script>\n</body></html>\n",
                       html_escape(title), Style, body, Script);
}

std::string search_form(const QueryParams& params)
{
    std::string out = "<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">";
    std::set<std::string_view> shown;
    for (const auto& f : TextFields) {
        out += fmt::format("<input type=\"{}\" name=\"{}\" value=\"{}\" placeholder=\"{}\" aria-label=\"{}\">",
                           f.name == "q" ? "search" : "text", f.name, html_escape(param(params, f.name)),
                           html_escape(f.placeholder), html_escape(f.placeholder));
        shown.insert(f.name);
    }
    out += select_sort(param(params, "sort"));
    const auto per_article = param(params, "per_article");
    out += fmt::format("<label><input type=\"checkbox\" name=\"per_article\" value=\"1\"{}> one per article</label>",
                       per_article.empty() || per_article == "0" ? "" : " checked");
    shown.insert({"sort", "per_article", "offset"});
    // The rest (a second speaker, agency, match...) rides along unseen; a new search starts
    // at the first page.
    std::set<std::string_view> first_seen;
    for (const auto& [name, value] : params) {
        const bool visible = shown.contains(name) && first_seen.insert(name).second;
        if (!visible && name != "offset")
            out += fmt::format("<input type=\"hidden\" name=\"{}\" value=\"{}\">", html_escape(name),
                               html_escape(value));
    }
    return out + "<button type=\"submit\">Search</button></form>";
}

}  // namespace dateline::serve
