#include "dateline/fields/people.hpp"

#include <algorithm>

#include "dateline/fields/lexicon.hpp"
#include "dateline/fields/names.hpp"
#include "dateline/text/strings.hpp"

namespace dateline::fields {

namespace {

bool same_name(const std::string& a, const std::string& b)
{
    return a.size() == b.size() && text::to_lower(a) == text::to_lower(b);
}

// Names alone cannot say; these first names end in -a but belong to men.
bool feminine_first_name(const std::string& first)
{
    static const std::set<std::string> male_in_a{"Nikita", "Ilya", "Foma", "Luka", "Kuzma", "Joshua", "Musa", "Mustafa"};
    return first.size() > 2 && first.back() == 'a' && !male_in_a.contains(first);
}

// "russia" in "Russia's top diplomat" is the "russian" of a role.
std::string adjective(std::string word)
{
    if (word == "russia")
        return "russian";
    if (word == "ukraine")
        return "ukrainian";
    if (word == "china")
        return "chinese";
    return word;
}

}  // namespace

std::string Person::full() const
{
    return join_names(names);
}

std::optional<std::size_t> People::add(const std::vector<std::string>& names, const std::vector<std::string>& role)
{
    const bool titled = names.size() == 1 && !role.empty() && lexicon::is_personal_title(role.back());
    if ((names.size() < 2 && !titled) || is_organisation(names))
        return std::nullopt;
    auto index = find(names);
    if (!index) {
        people_.push_back(Person{names, {}, false, -1, -1});
        index = people_.size() - 1;
    }
    auto& p = people_[*index];
    for (const auto& r : role) {
        p.role.insert(r);
        if (r == "spokeswoman" || r == "chairwoman" || r == "woman" || r == "queen" || r == "princess" ||
            r == "mrs" || r == "ms")
            p.female = true;
    }
    p.female = p.female || feminine_first_name(p.names.front());
    return index;
}

void People::add_organisation(const std::vector<std::string>& names)
{
    if (!names.empty() && !is_organisation(names))
        organisations_.push_back(names);
}

bool People::is_organisation(const std::vector<std::string>& names) const
{
    if (lexicon::is_place(text::to_lower(join_names(names))) && !has_person(names))
        return true;
    return std::any_of(organisations_.begin(), organisations_.end(), [&](const auto& o) {
        return std::equal(names.begin(), names.end(), o.begin(), o.end(), same_name);
    });
}

// Someone already met whose name ends with `names` ("Vernon Jordan" for "Jordan").
bool People::has_person(const std::vector<std::string>& names) const
{
    return std::any_of(people_.begin(), people_.end(), [&](const Person& p) {
        return p.names.size() >= names.size() && std::equal(names.rbegin(), names.rend(), p.names.rbegin(), same_name);
    });
}

std::optional<std::size_t> People::find(const std::vector<std::string>& names) const
{
    if (is_organisation(names))
        return std::nullopt;
    if (names.size() >= 2)
        if (auto found = find_full(names))
            return found;
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < people_.size(); ++i) {
        const auto& p = people_[i];
        if (p.names.size() >= names.size() && std::equal(names.rbegin(), names.rend(), p.names.rbegin(), same_name) &&
            (!best || p.names.size() > people_[*best].names.size()))
            best = i;
    }
    return best;
}

std::optional<std::size_t> People::by_role(const std::string& noun, const std::vector<std::string>& modifiers) const
{
    auto fits = [&](const Person& p) {
        return std::any_of(p.role.begin(), p.role.end(), [&](const std::string& r) { return lexicon::role_fits(noun, r); });
    };
    auto modified = [&](const Person& p) {
        return fits(p) && std::all_of(modifiers.begin(), modifiers.end(),
                                      [&](const std::string& m) { return p.role.contains(adjective(m)); });
    };
    if (!modifiers.empty())
        if (auto best = most_recent(modified, &Person::last_seen))
            return best;
    return most_recent(fits, &Person::last_seen);
}

std::optional<std::size_t> People::by_pronoun(bool female) const
{
    auto fits = [&](const Person& p) { return p.female == female; };
    if (auto spoke = most_recent(fits, &Person::last_spoke))
        return spoke;
    return most_recent(fits, &Person::last_seen);
}

std::optional<std::size_t> People::find_full(const std::vector<std::string>& names) const
{
    for (std::size_t i = 0; i < people_.size(); ++i)
        if (std::equal(names.begin(), names.end(), people_[i].names.begin(), people_[i].names.end(), same_name))
            return i;
    return std::nullopt;
}

template <class Pred>
std::optional<std::size_t> People::most_recent(Pred pred, int Person::*when) const
{
    std::optional<std::size_t> best;
    for (std::size_t i = 0; i < people_.size(); ++i)
        if (people_[i].*when >= 0 && pred(people_[i]) && (!best || people_[i].*when > people_[*best].*when))
            best = i;
    return best;
}

}  // namespace dateline::fields
