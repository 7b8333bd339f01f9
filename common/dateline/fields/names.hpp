/*! Names in running text: capitalised runs of tokens, without the titles and roles before them. */
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/fields/tokens.hpp"

namespace dateline::fields {

using Tokens = std::vector<Token>;

inline constexpr std::size_t MaxNameTokens = 5;  ///< "Salman bin Abdulaziz Al Saud"
inline constexpr std::size_t MaxRoleTokens = 8;  ///< "Russian Permanent Representative to the UN"

/** A run of name tokens [begin, end) and the role words just before it. */
struct NameRun {
    std::size_t begin = 0, end = 0;
    std::vector<std::string> names;  ///< as written: "Sergey", "Lavrov"
    std::vector<std::string> role;   ///< lowercase: "russian", "foreign", "minister"
    bool organisation = false;       ///< "the White House", "Kremlin": not a person
};

bool is_word(const Tokens& t, std::size_t i);

/** A word that can be part of a person's name: capitalised, and not a title, role,
 *  organisation or function word. Asked once per word, by tokenize (Token::name). */
bool name_shaped(const Token& t);

/** Token::name: attribution asks it of a word many times over. */
inline bool is_name_token(const Token& t)
{
    return t.name;
}

/** The name run that ends just before `end`, if any. */
std::optional<NameRun> run_ending_at(const Tokens& t, std::size_t end);

/** Every run of two or more name tokens in a paragraph: the people it names in full. */
std::vector<NameRun> name_runs(const Tokens& t);

/** The organisation named by the capitalised words that end before `end`
 *  ("the Russian Foreign Ministry" -> "Russian Foreign Ministry", "NATO"), if they name one. */
std::optional<std::string> organisation_ending_at(const Tokens& t, std::size_t end);

/** "Dmitry Peskov" from its tokens. */
std::string join_names(const std::vector<std::string>& names);

}  // namespace dateline::fields
