#include "dateline/fields/lexicon.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <utility>
#include <vector>

namespace dateline::fields::lexicon {

namespace {

// A word list as a hash set, built on first use: attribution asks these lists about every
// word of every story, and a scan of a list of hundreds was a sixth of indexing (perf).
template <const auto& Words>
bool contains(std::string_view word)
{
    static const std::unordered_set<std::string_view> set(Words.begin(), Words.end());
    return set.contains(word);
}

// Every inflection a speech verb takes in agency copy, stems listed once.
constexpr auto StrongStems = std::to_array<std::string_view>({
    "say", "tell", "add", "note", "stress", "emphasiz", "emphasis", "underlin", "underscor",
    "explain", "recall", "remark", "state", "assert", "conclud", "report", "announc", "warn",
    "insist", "confirm", "den", "continu", "argu", "respond", "repl", "comment", "writ",
    "claim", "suggest", "urg", "acknowledg", "admit", "declar", "mention", "reiterat",
    "specif", "clarif", "complain", "describ", "estimat", "observ", "predict", "promis",
    "assur", "accus", "criticiz", "criticis", "point", "wrote", "caution", "forecast"});

constexpr auto WeakStems = std::to_array<std::string_view>({"believ", "think", "hope", "expect"});

constexpr auto IrregularForms = std::to_array<std::string_view>({
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "written",
    "denied", "denies", "replied", "replies", "specified", "clarified", "thought", "thinks", "urged", "argued"});

constexpr auto Endings = std::to_array<std::string_view>({"", "s", "d", "ed", "es", "ing", "e", "ies", "ied"});

// Every form of the stems: each with one of the Endings, or with its last consonant doubled
// before "ed" or "ing" ("admitted"), listed once.
template <std::size_t N>
std::vector<std::string> inflections(const std::array<std::string_view, N>& stems)
{
    std::vector<std::string> all;
    for (const auto stem : stems) {
        for (const auto ending : Endings)
            all.push_back(std::string(stem) + std::string(ending));
        for (const std::string_view ending : {"ed", "ing"})
            all.push_back(std::string(stem) + stem.back() + std::string(ending));
    }
    return all;
}

constexpr auto RoleWords = std::to_array<std::string_view>({
    "chairperson", "secretary-general", "under-secretary-general", "deputy-head", "executive", "ceo",
    "affairs", "policy", "staff", "prince", "crown", "sheikh", "emir", "sultan", "high", "federal",
    "analyst", "economist", "professor", "dr", "mr", "mrs", "ms",
    "president", "president-elect", "prime", "minister", "foreign", "defense", "defence", "deputy",
    "first", "vice", "spokesman", "spokeswoman", "spokesperson", "press", "secretary", "ambassador",
    "envoy", "representative", "permanent", "special", "chairman", "chairwoman", "chair", "head",
    "chief", "director", "general", "governor", "mayor", "senator", "speaker", "leader", "king",
    "queen", "emperor", "chancellor", "commissioner", "adviser", "advisor", "aide", "official",
    "russian", "russia", "us", "u.s", "american", "ukrainian", "german", "french", "british",
    "chinese", "belarusian", "kremlin", "state", "nominee", "economic", "energy", "finance",
    "health", "culture", "sports", "sport", "central", "bank", "un", "nato", "eu", "former",
    "acting", "top", "interior", "justice",
    // Job titles and honorifics of business, law and government copy (Reuters, AP, AFP...).
    "administrator", "manager", "premier", "officer", "treasurer", "judge", "attorney", "lawyer",
    "counsel", "strategist", "trader", "dealer", "partner", "founder", "president's", "managing",
    "operating", "assistant", "associate", "senior", "junior", "sales", "marketing", "exchequer",
    "investor", "financier", "shareholder", "broker", "consultant",
    "congressman", "congresswoman", "representative", "sen", "rep", "gov", "gen", "col", "lt",
    "capt", "adm", "prof", "sir", "lord", "lady", "dame", "rabbi", "cardinal", "archbishop",
    "bishop", "ayatollah", "colonel", "major", "captain", "admiral", "commander", "marshal",
    "inspector", "sheriff", "prosecutor", "auditor", "comptroller", "controller", "ombudsman",
    "commissioner", "regulator", "undersecretary", "under", "trade", "agriculture", "treasury",
    "commerce", "labor", "labour", "transport", "transportation", "oil", "industry", "industrial",
    "planning", "budget", "monetary", "union", "party", "democratic", "republican", "democrat",
    "chief's", "legislator", "lawmaker", "delegate", "negotiator", "mediator", "director-general",
    "vice-president", "vice-chairman", "co-chairman", "deputy-director", "president-director"});

// Title words that make a lone surname a person's name: "President Reagan", "Mr Lawson".
constexpr auto PersonalTitles = std::to_array<std::string_view>({
    "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "president",
    "chancellor", "senator", "sen", "governor", "gov", "judge", "premier", "minister", "secretary",
    "chairman", "chairwoman", "ambassador", "king", "queen", "pope", "emperor", "congressman",
    "congresswoman", "rep", "mayor", "general", "gen", "commissioner", "ayatollah", "sheikh", "prince"});

// Company forms and trades that make a capitalised run a business, not a person: "Avon Products
// Inc", "Morgan Stanley SA", "Lynch Capital Markets", "Dome Mines Ltd".
constexpr auto CompanyWords = std::to_array<std::string_view>({
    "inc", "corp", "co", "cos", "ltd", "plc", "ag", "sa", "nv", "bv", "gmbh", "llc", "lp", "spa",
    "ab", "asa", "oy", "kk", "pty", "bhd", "fsb", "trust", "associates", "partners", "capital",
    "markets", "holdings", "holding", "industries", "bancorp", "bancshares", "banque", "banco",
    "securities", "financial", "systems", "products", "stores", "enterprises", "international",
    "technologies", "technology", "laboratories", "labs", "pharmaceuticals", "communications",
    "telecommunications", "savings", "investors", "investment", "investments", "petroleum",
    "mines", "mining", "minerals", "chemical", "chemicals", "electric", "electronics", "motors",
    "airlines", "airways", "railroad", "railway", "energy", "resources", "insurance", "brokerage",
    "exchange", "reports", "manufacturing", "properties", "realty", "steel", "foods", "brands",
    "ventures", "management", "advisers", "advisors", "consultants", "research", "journal",
    "magazine", "gazette", "herald", "tribune", "telegraph", "broadcasting", "television", "radio",
    "comite", "groupe", "societe", "compagnie", "cie", "credit", "association", "federation",
    "league", "foundation", "society", "institution", "authority", "board", "bureau", "commission"});

constexpr auto OrganisationWords = std::to_array<std::string_view>({
    "kremlin", "ministry", "ministry's", "department", "office", "service", "committee", "council",
    "agency", "bank", "commission", "government", "embassy", "administration", "company",
    "corporation", "party", "union", "nations", "states", "kingdom", "republic", "federation",
    "house", "court", "assembly", "parliament", "duma", "senate", "congress", "mission", "tass",
    "reuters", "politico", "times", "post", "news", "press", "organization", "organisation",
    "group", "fund", "forum", "institute", "university", "centre", "center", "board", "army",
    "navy", "force", "forces", "command", "roscosmos", "gazprom", "opec", "nato", "pentagon", "osce", "opcw",
    "iaea", "imf", "eu", "interfax", "ria", "bloomberg", "xinhua", "cnn", "bbc", "commission's",
    "statistics"});

constexpr auto NamedOrganisations = std::to_array<std::string_view>({
    "kremlin", "duma", "tass", "reuters", "politico", "roscosmos", "gazprom", "opec", "nato",
    "pentagon", "osce", "opcw", "iaea", "imf", "eu", "interfax", "ria", "bloomberg", "xinhua",
    "cnn", "bbc"});

// Words that start a sentence with a capital but never a name: "Although Volcker said",
// "Yesterday Citicorp said" and "Tuesday Lavrov said" are Volcker, Citicorp and Lavrov.
constexpr auto FunctionWords = std::to_array<std::string_view>({
    "the", "a", "an", "in", "on", "at", "as", "but", "and", "or", "if", "when", "while", "after",
    "before", "this", "that", "these", "those", "it", "its", "we", "they", "our", "however",
    "some", "many", "most", "several", "other", "others", "both", "each", "few", "such",
    "with", "without", "within", "for", "from", "into", "by", "about", "since", "until", "during",
    "despite", "besides", "among", "amid", "between", "through", "across", "against", "unlike",
    "although", "though", "because", "whether", "whereas", "nevertheless", "meanwhile",
    "moreover", "furthermore", "instead", "yet", "so", "nor", "neither", "either", "all", "any",
    "every", "what", "which", "who", "where", "why", "how", "today", "yesterday", "tomorrow",
    "tonight", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday"});

constexpr auto Adverbs = std::to_array<std::string_view>({
    "also", "later", "earlier", "then", "again", "has", "had", "have", "further", "once",
    "repeatedly", "previously", "recently", "already", "directly", "openly", "publicly",
    "bluntly", "firmly", "clearly", "separately", "additionally"});

constexpr auto Particles = std::to_array<std::string_view>({
    "bin", "ibn", "al", "el", "de", "van", "von", "der", "da", "di", "la", "le", "del", "della", "dos", "das", "du", "ter", "ten"});

constexpr auto RoleNouns = std::to_array<std::string_view>({
    "spokesman", "spokeswoman", "spokesperson", "minister", "diplomat", "leader", "president",
    "ambassador", "envoy", "representative", "chairman", "chairwoman", "chief", "head", "official",
    "governor", "secretary", "senator", "mayor", "premier", "politician"});

// A noun and the role words it can stand for ("the diplomat" is a foreign minister or envoy).
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> RoleSynonyms{{
    {"diplomat", "foreign"}, {"diplomat", "ambassador"}, {"diplomat", "envoy"},
    {"diplomat", "representative"}, {"diplomat", "spokeswoman"}, {"diplomat", "diplomat"},
    {"leader", "president"}, {"leader", "leader"}, {"leader", "prime"}, {"premier", "prime"},
    {"head", "head"}, {"head", "president"}, {"head", "chief"}, {"chief", "head"},
    {"official", "official"}, {"politician", "senator"}}};


// Countries (some by their 1980s names, as archives hold them), US states and the cities and
// markets that wire copy makes speak. Whole names only: "Jordan" is a place unless a person of
// that name came earlier in the story (People::is_organisation).
constexpr auto Places = std::to_array<std::string_view>({
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "botswana",
    "brazil", "britain", "great britain", "bulgaria", "burma", "cambodia", "cameroon", "canada",
    "chile", "china", "colombia", "congo", "costa rica", "croatia", "cuba", "cyprus",
    "czechoslovakia", "czech republic", "denmark", "ecuador", "egypt", "el salvador", "estonia",
    "ethiopia", "europe", "finland", "france", "gabon", "georgia", "germany", "west germany",
    "east germany", "ghana", "greece", "guatemala", "guinea", "haiti", "honduras", "hong kong",
    "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "south korea",
    "north korea", "kuwait", "laos", "latvia", "lebanon", "liberia", "libya", "lithuania",
    "luxembourg", "malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "morocco",
    "mozambique", "namibia", "nepal", "netherlands", "holland", "new zealand", "nicaragua", "niger",
    "nigeria", "norway", "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland",
    "portugal", "qatar", "romania", "russia", "saudi arabia", "senegal", "serbia", "singapore",
    "slovakia", "slovenia", "somalia", "south africa", "soviet union", "spain", "sri lanka",
    "sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia",
    "turkey", "uganda", "ukraine", "united arab emirates", "uruguay", "venezuela", "vietnam",
    "yemen", "yugoslavia", "zaire", "zambia", "zimbabwe", "america", "latin america", "africa",
    "asia", "middle east", "gulf",
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
    "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
    "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico",
    "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
    "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
    "virginia", "west virginia", "wisconsin", "wyoming", "ontario", "quebec", "alberta",
    "amsterdam", "ankara", "athens", "baghdad", "bangkok", "beijing", "peking", "beirut",
    "berlin", "bogota", "bonn", "boston", "brasilia", "brussels", "budapest", "buenos aires",
    "cairo", "canberra", "caracas", "chicago", "copenhagen", "dallas", "damascus", "detroit",
    "dublin", "frankfurt", "geneva", "hanoi", "havana", "helsinki", "houston", "islamabad",
    "istanbul", "jakarta", "jerusalem", "johannesburg", "kabul", "karachi", "kiev", "kyiv",
    "kuala lumpur", "lagos", "lima", "lisbon", "london", "los angeles", "madrid", "manila",
    "melbourne", "mexico city", "milan", "minsk", "montreal", "moscow", "nairobi", "new delhi",
    "oslo", "ottawa", "paris", "prague", "pretoria", "rio de janeiro", "riyadh", "rome",
    "san francisco", "santiago", "sao paulo", "seoul", "shanghai", "stockholm", "sydney",
    "taipei", "tehran", "tel aviv", "tokyo", "toronto", "vancouver", "vienna", "warsaw",
    "washington", "wellington", "zurich", "wall street", "the city", "whitehall", "capitol hill"});

}  // namespace

Cue speech_verb(std::string_view lower)
{
    // One look-up for every word of every story: the irregular forms over the strong
    // inflections over the weak ones, as a chain of three look-ups would rank them.
    static const auto cues = [] {
        static const auto strong = inflections(StrongStems);
        static const auto weak = inflections(WeakStems);
        std::unordered_map<std::string_view, Cue> out;
        for (const auto& form : weak)
            out[form] = Cue::Weak;
        for (const auto& form : strong)
            out[form] = Cue::Strong;
        for (const auto form : IrregularForms)
            out[form] = form == "thought" || form == "thinks" ? Cue::Weak : Cue::Strong;
        return out;
    }();
    const auto it = cues.find(lower);
    return it == cues.end() ? Cue::None : it->second;
}

bool is_role_word(std::string_view lower) { return contains<RoleWords>(lower); }
bool is_organisation_word(std::string_view lower)
{
    return contains<OrganisationWords>(lower) || is_company_word(lower);
}
bool is_company_word(std::string_view lower) { return contains<CompanyWords>(lower); }
bool is_named_organisation(std::string_view lower) { return contains<NamedOrganisations>(lower); }
bool is_personal_title(std::string_view lower) { return contains<PersonalTitles>(lower); }
bool is_function_word(std::string_view lower) { return contains<FunctionWords>(lower); }
bool is_adverb(std::string_view lower) { return contains<Adverbs>(lower); }
bool is_name_particle(std::string_view lower) { return contains<Particles>(lower); }
bool is_role_noun(std::string_view lower) { return contains<RoleNouns>(lower); }
bool is_place(std::string_view lower) { return contains<Places>(lower); }

bool role_fits(std::string_view noun, std::string_view role_word)
{
    if (noun == role_word)
        return true;
    return std::any_of(RoleSynonyms.begin(), RoleSynonyms.end(),
                       [&](const auto& pair) { return pair.first == noun && pair.second == role_word; });
}

}  // namespace dateline::fields::lexicon
