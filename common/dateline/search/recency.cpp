#include "dateline/search/recency.hpp"

#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "dateline/error.hpp"
#include "dateline/facets/timeline.hpp"
#include "dateline/query/calendar.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::search {

namespace {

constexpr int MaxHalfLifeDays = 365 * 1000;

int unit_days(char unit)
{
    switch (unit) {
    case 'd': return 1;
    case 'w': return 7;
    case 'm': return 30;
    case 'y': return 365;
    default: return 0;
    }
}

std::optional<calendar::Date> from_key(const std::string& key)
{
    return calendar::parse_iso(key.substr(0, 4) + "-" + key.substr(4, 2) + "-" + key.substr(6, 2));
}

// The best score the query reaches: a cheap top-1 match, which Xapian prunes hard.
double top_score(const Xapian::Database& db, const Xapian::Query& query, const Xapian::Weight& weight)
{
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    enquire.set_weighting_scheme(weight);
    const double top = enquire.get_mset(0, 1).get_max_attained();
    return top > 0 ? top : 1.0;
}

}  // namespace

int parse_half_life(std::string_view text)
{
    int count = 0;
    const int days = text.size() >= 2 ? unit_days(text.back()) : 0;
    const auto digits = text.substr(0, text.empty() ? 0 : text.size() - 1);
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
    if (days == 0 || ec != std::errc{} || end != digits.data() + digits.size() || count <= 0 ||
        count > MaxHalfLifeDays / days)
        throw Error(Error::Code::Usage, "invalid half-life '" + std::string(text) + "'",
                    "a half-life is a number of days, weeks, months or years: 30d, 2w, 6m, 1y");
    return count * days;
}

Recency with_recency(const Xapian::Database& db, const Xapian::Query& query, int half_life_days,
                     const Xapian::Weight& weight)
{
    const auto days = facets::all_day_counts(db);
    if (days.empty())
        return {query, "no dated sections: no recency boost"};
    const double top = top_score(db, query, weight);
    const auto newest = from_key(days.rbegin()->first).value_or(calendar::Date{1970, 1, 1});
    const long newest_day = query::day_number(newest);
    auto* source = new Xapian::ValueMapPostingSource(schema::slot(schema::Slot::Date));
    for (const auto& [key, count] : days) {
        if (const auto day = from_key(key)) {
            const double age = static_cast<double>(newest_day - query::day_number(*day));
            source->add_mapping(key, top * std::exp2(-age / half_life_days));
        }
    }
    source->set_default_weight(0.0);
    Recency r;
    r.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, Xapian::Query(source->release()));
    r.formula = fmt::format("score + {:.2f} x 0.5^(age / {} days), age counted back from {}", top, half_life_days,
                            calendar::to_iso(newest));
    return r;
}

}  // namespace dateline::search
