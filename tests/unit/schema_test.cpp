#include <doctest/doctest.h>

#include "dateline/store/database.hpp"
#include "dateline/schema/schema.hpp"

#include <filesystem>

using namespace dateline;
using namespace dateline::schema;

TEST_CASE("schema: boolean terms are prefixed, lowercased and within Xapian's limit")
{
    CHECK(boolean_term(FieldId::Speaker, "Dmitry  Peskov") == "XSPEAKER:dmitry peskov");
    CHECK(boolean_term(FieldId::Location, "St. Petersburg") == "XLOC:st. petersburg");
    CHECK(boolean_term(FieldId::Speaker, "\u00C9MILE Zola") == "XSPEAKER:\u00E9mile zola");
    const auto long_term = boolean_term(FieldId::Speaker, std::string(500, 'a'));
    CHECK(long_term.size() <= 240);
    CHECK(long_term != boolean_term(FieldId::Speaker, std::string(501, 'a')));
}

TEST_CASE("schema: the table drives prefixes and slots")
{
    CHECK(field(FieldId::Title).prefix == "S");
    CHECK(field(FieldId::SectionId).prefix == "Q");
    CHECK(field(FieldId::Speaker).slot == Slot::Speakers);
    CHECK(field(FieldId::Title).wdf > field(FieldId::Body).wdf);
}

TEST_CASE("schema: an index of another schema version is refused with a hint")
{
    const auto dir = std::filesystem::temp_directory_path() / "dateline-schema-test";
    std::filesystem::remove_all(dir);
    {
        Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OPEN);
        db.add_document(Xapian::Document());
        db.set_metadata(std::string(SchemaVersionKey), "999");
        db.commit();
    }
    try {
        store::open_for_search(dir);
        FAIL("a mismatched schema was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == Error::Code::SchemaMismatch);
        CHECK(std::string(e.what()).find("has schema 999, this build reads " + std::to_string(SchemaVersion)) !=
              std::string::npos);
        CHECK(e.hint() == "re-run dateline-index --rebuild");
    }
    CHECK_THROWS_AS(store::open_for_index(dir), Error);
    std::filesystem::remove_all(dir);
}
