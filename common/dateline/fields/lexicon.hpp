/*! Word lists attribution relies on: speech verbs, titles and roles, organisation words. */
#pragma once

#include <string_view>

namespace dateline::fields::lexicon {

/** How strongly a verb attributes speech. */
enum class Cue { None, Weak, Strong };

/** "said", "told", "stressed", "pointed" (before "out"), ...: Strong; "believes", "hopes",
 *  "expects", "thinks": Weak (used only when a sentence has no strong cue). Lowercase input. */
Cue speech_verb(std::string_view lower);

/** Titles and role words that precede a name and are not part of it:
 *  "President", "Foreign", "Minister", "spokesman", "Russian", "US"... Lowercase input. */
bool is_role_word(std::string_view lower);

/** Words that make a capitalised run an organisation or place, not a person:
 *  "Ministry", "Kremlin", "Council", "Nations", ... Lowercase input. */
bool is_organisation_word(std::string_view lower);

/** An organisation word that is a name by itself ("kremlin", "opec", "reuters"), not a kind
 *  of body ("ministry", "bank", "group"). */
bool is_named_organisation(std::string_view lower);

/** Company forms and trades: "Inc", "Corp", "Ltd", "AG", "plc", "Associates", "Capital",
 *  "Securities"... A run holding one is a business (also counted by is_organisation_word). */
bool is_company_word(std::string_view lower);

/** Titles that make a lone surname a person: "President Reagan", "Mr Lawson", "Judge Green". */
bool is_personal_title(std::string_view lower);

/** Capitalised words that never start or form a name: "The", "In", "On", months, days. */
bool is_function_word(std::string_view lower);

/** Adverbs and auxiliaries that may stand between a subject and its verb: "also", "has". */
bool is_adverb(std::string_view lower);

/** Lowercase particles inside names: "bin", "al", "de", "van", "von". */
bool is_name_particle(std::string_view lower);

/** The role words a role noun may refer to: "diplomat" -> minister, ambassador, envoy...
 *  Returns whether a person whose role contains `role_word` fits the noun. */
bool role_fits(std::string_view noun, std::string_view role_word);

/** Role nouns that refer back to a person: "spokesman", "minister", "diplomat", "leader". */
bool is_role_noun(std::string_view lower);

/** A country, a US state or a large city, or a place that stands for its market or government
 *  ("wall street"), in lower case with single spaces. A place that says something speaks for
 *  an organisation, never as a person ("South Korea said", "New York dealers said"). */
bool is_place(std::string_view lower);

}  // namespace dateline::fields::lexicon
