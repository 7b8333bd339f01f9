#include <doctest/doctest.h>

#include "dateline/fields/lexicon.hpp"
#include "dateline/fields/speakers.hpp"

using namespace dateline;

namespace {

using Names = std::vector<std::string>;

// One article whose sections hold the given paragraphs, with speakers attributed.
Article article_of(const std::vector<std::vector<std::string>>& sections)
{
    Article article;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        Section s;
        s.ordinal = static_cast<int>(i);
        s.paragraphs = sections[i];
        article.sections.push_back(s);
    }
    fields::attribute_speakers(article);
    return article;
}

// Each section's speakers.
std::vector<Names> speakers_of(const std::vector<std::vector<std::string>>& sections)
{
    std::vector<Names> out;
    for (const auto& s : article_of(sections).sections)
        out.push_back(s.speakers);
    return out;
}

Names one(const std::string& paragraph)
{
    return speakers_of({{paragraph}})[0];
}

}  // namespace

TEST_CASE("fields/speakers: direct quotes, cue after or before, name before or after the verb")
{
    const auto intro = std::string("Kremlin spokesman Dmitry Peskov said on Monday that talks were possible. ");
    CHECK(one(intro + "\"We are ready,\" Peskov said.") == Names{"Dmitry Peskov"});
    CHECK(one(intro + "\"We are ready,\" said Peskov.") == Names{"Dmitry Peskov"});
    CHECK(one("\u201CWe are ready,\u201D said Foreign Ministry spokeswoman Maria Zakharova.") == Names{"Maria Zakharova"});
    CHECK(one("Russian Permanent Representative to the UN Vasily Nebenzya said: \"This is unacceptable.\"") ==
          Names{"Vasily Nebenzya"});
}

TEST_CASE("fields/speakers: indirect speech")
{
    CHECK(one("The talks will go on, Kremlin spokesman Dmitry Peskov said.") == Names{"Dmitry Peskov"});
    CHECK(one("Foreign Minister Sergey Lavrov stated on Thursday that the talks will go on.") == Names{"Sergey Lavrov"});
    CHECK(speakers_of({{"Kremlin spokesman Dmitry Peskov arrived."}, {"The accusations are groundless, according to Peskov."}})[1] ==
          Names{"Dmitry Peskov"});
    CHECK(one("He commented on a statement made by Secretary of State nominee Rex Tillerson that sanctions stay.") ==
          Names{"Rex Tillerson"});
    CHECK(one("Saudi Energy Minister Khalid al-Falih told reporters that the deal holds.") == Names{"Khalid al-Falih"});
    CHECK(one("Russian envoy Vitaly Churkin, responding in the chamber, said the draft was biased.") ==
          Names{"Vitaly Churkin"});
    CHECK(one("The remarks came from US President-elect Donald Trump, who said that ties would improve.") ==
          Names{"Donald Trump"});
    CHECK(one("Kremlin spokesman Dmitry Peskov called the restrictions illegal and said they would be answered.") ==
          Names{"Dmitry Peskov"});
}

TEST_CASE("fields/speakers: a word that opens the sentence is not the start of the name")
{
    // Seen as speakers on Reuters: "Although Volcker", "Besides Baker", "Tuesday I"...
    CHECK(one("Fed Chairman Paul Volcker spoke first. Although Volcker said rates would hold, markets fell.") ==
          Names{"Paul Volcker"});
    CHECK(one("Treasury Secretary James Baker met them. Besides Baker said the dollar was stable.") ==
          Names{"James Baker"});
    CHECK(one("Plant manager Alan Dixon was there. Wednesday Dixon told reporters the plant would close.") ==
          Names{"Alan Dixon"});
    CHECK(one("Investor Paul Bilzerian said he would raise his offer.") == Names{"Paul Bilzerian"});
}

TEST_CASE("fields/speakers: people only mentioned and organisations do not speak")
{
    CHECK(one("Putin and Trump will get along, Kremlin spokesman Dmitry Peskov said.") == Names{"Dmitry Peskov"});
    CHECK(one("The Foreign Ministry said in a statement that the move was hostile.").empty());
    CHECK(one("The Kremlin said the talks were useful.").empty());
    CHECK(one("Washington said the sanctions would stay.").empty());
    CHECK(one("President Vladimir Putin met Chancellor Angela Merkel in Sochi.").empty());
    // "state" after a possessive is a noun, not a speech verb.
    CHECK(one("Putin and Chinese President Xi Jinping discussed the Chinese leader's state visit.").empty());
}

TEST_CASE("fields/speakers: pronouns, role nouns and surnames resolve across sections")
{
    const auto s = speakers_of({
        {"Kremlin spokesman Dmitry Peskov said the talks went well.",
         "Foreign Ministry spokeswoman Maria Zakharova said the same. \"We agree,\" she added."},
        {"\"We will see,\" the Kremlin spokesman said."},
        {"\"Nothing has changed,\" he said."},
        {"\"And we will wait.\""},
    });
    CHECK(s[0] == Names{"Dmitry Peskov", "Maria Zakharova"});
    CHECK(s[1] == Names{"Dmitry Peskov"});
    CHECK(s[2] == Names{"Dmitry Peskov"});
    CHECK(s[3] == Names{"Dmitry Peskov"});  // a quote with no cue continues the speaker
}

TEST_CASE("fields/speakers: the fullest form of a name, even when it comes later")
{
    const auto s = speakers_of({{"\"Talks are useful,\" Lavrov said."},
                                {"Russian Foreign Minister Sergey Lavrov met his counterpart."}});
    CHECK(s[0] == Names{"Sergey Lavrov"});
    CHECK(s[1].empty());
    CHECK(one("UN Special Envoy for Syria Staffan de Mistura said the talks would resume. "
              "\"We are not expecting miracles,\" De Mistura said.") == Names{"Staffan de Mistura"});
}

TEST_CASE("fields/speakers: two speakers in one paragraph")
{
    CHECK(one("Foreign Minister Sergey Lavrov said the meeting was useful, while Secretary of State Rex Tillerson "
              "stressed that differences remained.") == Names{"Rex Tillerson", "Sergey Lavrov"});
}

TEST_CASE("fields/speakers: organisations that make statements are kept apart from people")
{
    const auto a = article_of({{"The Russian Foreign Ministry said in a statement that the move was hostile.",
                                "The policy will not change, according to the Kremlin.",
                                "NATO said it would respond."}});
    CHECK(a.sections[0].speakers.empty());
    CHECK(a.sections[0].organizations == Names{"Kremlin", "NATO", "Russian Foreign Ministry"});
}

TEST_CASE("fields/speakers: joint subjects, appositive names and role nouns with modifiers")
{
    CHECK(one("Russian Foreign Minister Sergey Lavrov met Secretary of State Mike Pompeo. Lavrov and Pompeo told "
              "reporters the talks were frank.") == Names{"Mike Pompeo", "Sergey Lavrov"});
    CHECK(one("Donald Trump won. A spokeswoman for Trump, Hope Hicks, denied any contacts.") == Names{"Hope Hicks"});
    const auto s = speakers_of({{"Russian President Vladimir Putin met Indian Prime Minister Narendra Modi.",
                                 "Modi stressed that India would keep its pledges."},
                                {"The Russian leader denied any involvement."}});
    CHECK(s[1] == Names{"Vladimir Putin"});
    CHECK(one("British Prime Minister Theresa May said the expulsions were justified.") == Names{"Theresa May"});
    CHECK(one("Deputy Foreign Minister Sergey Ryabkov admitted that contacts had taken place.") ==
          Names{"Sergey Ryabkov"});
}

TEST_CASE("fields/speakers: quotes are kept with who said them")
{
    const auto a = article_of({{"Kremlin spokesman Dmitry Peskov commented on Trump's words on dialogue. "
                                "\"This is hardly possible,\" he said.",
                                "\u201CWe disagree,\u201D Foreign Ministry spokeswoman Maria Zakharova said. "
                                "\u201CAnd we will say so.\u201D",
                                "\"It cannot be unilateral.\""}});
    const auto& q = a.sections[0].quotes;
    REQUIRE(q.size() == 4);
    CHECK(q[0].speaker == "Dmitry Peskov");  // not Trump: "Trump's words" is reported, not the current speaker
    CHECK(q[0].text == "This is hardly possible");
    CHECK(q[1].speaker == "Maria Zakharova");
    CHECK(q[1].text == "We disagree");
    CHECK(q[2].speaker == "Maria Zakharova");  // the second half of a split quote
    CHECK(q[3].speaker == "Maria Zakharova");  // a quote-only paragraph continues the speaker
}

TEST_CASE("fields/speakers: job titles and honorifics are not part of the name")
{
    CHECK(one("Sales Manager Melvin Sims said the talks went well.") == Names{"Melvin Sims"});
    CHECK(one("Chancellor of the Exchequer Nigel Lawson said sterling was stable.") == Names{"Nigel Lawson"});
    CHECK(one("Premier Zhao Ziyang told reporters that reform would go on.") == Names{"Zhao Ziyang"});
    // A lone surname is a person after a personal title, not alone.
    CHECK(one("Last month President Reagan announced the sanctions.") == Names{"Reagan"});
    CHECK(one("Reagan announced the sanctions.").empty());
    // A Korean given name keeps its lowercase part; a description is no name.
    CHECK(one("Deputy Prime Minister Kim Mahn-je said growth would slow.") == Names{"Kim Mahn-je"});
    CHECK(one("Privately-held Clayton said it would bid.").empty());
}

TEST_CASE("fields/speakers: businesses are organisations, not people")
{
    const auto a = article_of({{"Roy F Weston Inc said it filed an offering."}});
    CHECK(a.sections[0].speakers.empty());
    CHECK(a.sections[0].organizations == Names{"Roy F Weston Inc"});
    // The words of a business named with its company form, alone later in the story.
    const auto b = article_of({{"Morgan Stanley SA led the issue.", "Morgan Stanley said demand was strong."}});
    CHECK(b.sections[0].speakers.empty());
    CHECK(b.sections[0].organizations == Names{"Morgan Stanley"});
    // Capitals are a headline or a company, not a person's name.
    CHECK(one("PHELPS DODGE said it would call the shares.").empty());
    // Reuters brackets company names; "and Co" is part of one.
    CHECK(article_of({{"<Mitsui Investment Management Co Ltd> said it would cooperate."}}).sections[0].organizations ==
          Names{"Mitsui Investment Management Co Ltd"});
    CHECK(article_of({{"Wells Fargo and Co said it expects a profit."}}).sections[0].organizations ==
          Names{"Wells Fargo and Co"});
    // A generic word alone points back at a name; a name of its own stays.
    CHECK(article_of({{"The Bank said rates would fall."}}).sections[0].organizations.empty());
    CHECK(article_of({{"The Kremlin said talks were possible."}}).sections[0].organizations == Names{"Kremlin"});
    CHECK(article_of({{"The Bank of Canada said rates would fall."}}).sections[0].organizations ==
          Names{"Bank of Canada"});
}

TEST_CASE("fields/speakers: places speak for governments and markets, not as people")
{
    const auto a = article_of({{"South Korea said it would open its market to U.S. cigarettes."}});
    CHECK(a.sections[0].speakers.empty());
    CHECK(a.sections[0].organizations == Names{"South Korea"});
    CHECK(one("New York dealers said the dollar was firm.").empty());
    CHECK(one("Some Chicago traders said soybeans would rise.").empty());
    // A name that is also a place is the person once the story has named him.
    CHECK(speakers_of({{"Trade Minister Vernon Jordan arrived.", "Jordan said the talks were useful."}})[0] ==
          Names{"Vernon Jordan"});
}

TEST_CASE("fields/speakers: affiliations and appositions in wire copy")
{
    CHECK(one("\"Rates will rise,\" said Allan Leslie of Discount Corp.") == Names{"Allan Leslie"});
    CHECK(one("\"The field is large,\" Carol Bell of Phillips and Drew told Reuters.") == Names{"Carol Bell"});
    CHECK(one("Prices fell, a trader at Smith Barney said.").empty());
    CHECK(one("\"Service was underpriced,\" Terry Hobbs, assistant vice president said.") == Names{"Terry Hobbs"});
    CHECK(one("John Mack, who heads the bank, told reporters the deal was done.") == Names{"John Mack"});
    CHECK(one("Housing will slow this year, said Mark Obrinsky, an economist.") == Names{"Mark Obrinsky"});
}

TEST_CASE("fields/speakers: mentions resolve within the story")
{
    CHECK(speakers_of({{"Turkish President Recep Tayyip Erdogan met reporters.",
                        "\"We have discussed this with President Trump,\" the Turkish leader said."}})[0] ==
          Names{"Recep Tayyip Erdogan"});
    CHECK(speakers_of({{"Trade Minister John Mack arrived.", "Mack said the talks were useful."}})[0] ==
          Names{"John Mack"});
    // Another story's people are not this one's.
    CHECK(one("Mack said the talks were useful.").empty());
}

TEST_CASE("fields/lexicon: speech verbs in every inflection, irregular forms over regular ones")
{
    using fields::lexicon::Cue;
    using fields::lexicon::speech_verb;
    for (const char* strong : {"said", "says", "told", "stressed", "admitted", "denied", "replies", "warning", "wrote"})
        CHECK_MESSAGE(speech_verb(strong) == Cue::Strong, strong);
    for (const char* weak : {"believes", "hoped", "expecting", "thought", "thinks"})
        CHECK_MESSAGE(speech_verb(weak) == Cue::Weak, weak);
    for (const char* none : {"market", "sai", "saidd", "", "Said"})  // lowercase input only
        CHECK_MESSAGE(speech_verb(none) == Cue::None, none);
}
