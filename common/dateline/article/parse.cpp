#include "dateline/article/parse.hpp"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <functional>
#include <sstream>

#include "dateline/article/text_parser.hpp"
#include "dateline/fields/date_resolver.hpp"
#include "dateline/fields/speakers.hpp"
#include "dateline/ingest/decode.hpp"
#include "dateline/section/splitter.hpp"
#include "dateline/util/hash.hpp"

namespace dateline::article {

namespace {

using PageParser = std::function<std::optional<Page>(std::string_view)>;

/** A format the indexer reads: its file name endings and its parser. */
struct Format {
    std::string_view name;
    std::array<std::string_view, 3> extensions;
    PageParser parse;
};

const std::array<Format, 1>& formats()
{
    static const std::array<Format, 1> table{{
        {"text", {".txt", ".text", ""}, parse_text_page},
    }};
    return table;
}

const Format* format_for(const std::filesystem::path& path)
{
    const auto ext = path.extension().string();
    for (const auto& format : formats())
        for (auto e : format.extensions)
            if (ext == e)
                return &format;
    return nullptr;
}

Article build_article(Page page, const SourceRef& source, const ParseOptions& options, std::vector<Problem>& problems)
{
    Article article;
    article.source = source;
    article.id = util::hex_id(source.display());
    article.title = std::move(page.title);
    article.subtitle = std::move(page.subtitle);
    if (page.dateline) {
        article.location = page.dateline->location;
        article.agency = page.dateline->agency;
    } else {
        problems.push_back(Problem{source, 0, Reason::NoDateline, ""});
    }
    const auto resolved = fields::resolve_date(fields::DateEvidence{
        page.metadata_date, page.dateline, source.display(), options.year, options.reference});
    article.date = resolved.date;
    article.date_source = resolved.source;
    if (!article.date)
        problems.push_back(Problem{source, 0, Reason::UnknownDate,
                                   "no year in the metadata, dateline or path; give --year or --reference-date"});
    article.sections = section::split_sections(std::move(page.body));
    fields::attribute_speakers(article);
    return article;
}

}  // namespace

bool is_supported(const std::filesystem::path& path)
{
    return format_for(path) != nullptr;
}

Parsed parse_bytes(const SourceRef& source, std::string bytes, const ParseOptions& options)
{
    Parsed out;
    const Format* format = format_for(source.member.empty() ? source.path : source.member);
    if (!format) {
        out.problems.push_back(Problem{source, 0, Reason::UnsupportedFormat, "not a format dateline-index reads"});
        return out;
    }
    auto decoded = ingest::decode(std::move(bytes));
    if (decoded.failure) {
        out.problems.push_back(Problem{source, 0, *decoded.failure, decoded.message});
        return out;
    }
    auto page = format->parse(decoded.text);
    if (!page) {
        out.problems.push_back(Problem{source, 0, Reason::NoArticle, "no body text after the headline"});
        return out;
    }
    out.articles.push_back(build_article(std::move(*page), source, options, out.problems));
    return out;
}

Parsed parse_file(const std::filesystem::path& path, const ParseOptions& options)
{
    const SourceRef source{path.string(), {}};
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (!in || !(bytes << in.rdbuf()) || in.bad()) {
        // An empty file makes operator<< fail without an error: that is not unreadable.
        if (in && !in.bad() && std::filesystem::file_size(path) == 0)
            return parse_bytes(source, {}, options);
        return Parsed{{}, {Problem{source, 0, Reason::Unreadable, std::strerror(errno)}}};
    }
    return parse_bytes(source, std::move(bytes).str(), options);
}

}  // namespace dateline::article
