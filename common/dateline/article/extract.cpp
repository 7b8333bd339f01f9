#include "dateline/article/extract.hpp"

#include "dateline/fields/date_resolver.hpp"
#include "dateline/fields/speakers.hpp"
#include "dateline/section/splitter.hpp"

namespace dateline::article {

Article extract_article(Page page, const SourceRef& source, std::string id, const DateDefaults& dates,
                        std::vector<Problem>& problems)
{
    bound_sizes(page);
    Article article;
    article.source = source;
    article.id = std::move(id);
    article.title = std::move(page.title);
    article.subtitle = std::move(page.subtitle);
    article.url = std::move(page.url);
    article.external_id = std::move(page.external_id);
    if (page.dateline) {
        article.location = page.dateline->location;
        article.agency = page.dateline->agency;
    }
    if (!page.dateline || (page.dateline->agency.empty() && page.dateline->month == 0))
        problems.push_back(Problem{source, page.line, Reason::NoDateline, ""});
    const auto resolved = fields::resolve_date(fields::DateEvidence{
        page.metadata_date, page.dateline, source.display(), dates.year,
        dates.reference ? dates.reference : page.reference_date});
    article.date = resolved.date;
    article.date_source = resolved.source;
    if (!article.date)
        problems.push_back(Problem{source, page.line, Reason::UnknownDate,
                                   "no year in the metadata, dateline or path; give --year or --reference-date"});
    article.sections = section::split_sections(std::move(page.body));
    fields::attribute_speakers(article);
    return article;
}

}  // namespace dateline::article
