/*! One entity table per article: every person named, their roles, who spoke and was seen last. */
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dateline::fields {

struct Person {
    std::vector<std::string> names;  ///< tokens of the fullest form seen
    std::set<std::string> role;      ///< lowercase role words seen before the name
    bool female = false;
    int last_seen = -1;              ///< clock of the latest mention
    int last_spoke = -1;             ///< clock of the latest statement

    std::string full() const;
};

class People {
public:
    /** Registers a name of two or more tokens, or a lone surname after a personal title
     *  ("President Reagan"), with its role words; a shorter form of a known name ("De Mistura"
     *  after "Staffan de Mistura") is that person. The name of a known business is no person. */
    std::optional<std::size_t> add(const std::vector<std::string>& names, const std::vector<std::string>& role);

    /** Registers the name of a business the article gives with its company form ("Morgan
     *  Stanley" from "Morgan Stanley SA", "Wells Fargo" from "Wells Fargo and Co"): the same
     *  words alone elsewhere in the article name the business, not a person. */
    void add_organisation(const std::vector<std::string>& names);

    /** Whether these tokens are the name of a business registered in this article. */
    bool is_organisation(const std::vector<std::string>& names) const;

    /** The person with the fullest name ending in these tokens (case-insensitive). */
    std::optional<std::size_t> find(const std::vector<std::string>& names) const;

    /** "the Russian leader": the most recently seen person whose role fits the noun,
     *  preferring one whose role also has the modifiers ("russian"). */
    std::optional<std::size_t> by_role(const std::string& noun, const std::vector<std::string>& modifiers) const;

    /** "he"/"she": the most recent speaker of that gender, else the most recently seen. */
    std::optional<std::size_t> by_pronoun(bool female) const;

    void seen(std::size_t i) { people_[i].last_seen = ++clock_; }
    void spoke(std::size_t i) { people_[i].last_spoke = people_[i].last_seen = ++clock_; }
    const Person& operator[](std::size_t i) const { return people_[i]; }

private:
    bool has_person(const std::vector<std::string>& names) const;
    std::optional<std::size_t> find_full(const std::vector<std::string>& names) const;
    template <class Pred>
    std::optional<std::size_t> most_recent(Pred pred, int Person::*when) const;

    std::vector<Person> people_;
    std::vector<std::vector<std::string>> organisations_;
    int clock_ = 0;
};

}  // namespace dateline::fields
