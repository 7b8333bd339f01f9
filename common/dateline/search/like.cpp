#include "dateline/search/like.hpp"

#include "dateline/error.hpp"
#include "dateline/schema/schema.hpp"
#include "dateline/search/ids.hpp"

namespace dateline::search {

using schema::FieldId;

namespace {

// Plain words only: schema prefixes are capitals (and Z marks stems, which duplicate the
// words); numbers say little about what a story is about.
class PlainWords : public Xapian::ExpandDecider {
public:
    bool operator()(const std::string& term) const override
    {
        if (term.size() < 2 || (term[0] >= 'A' && term[0] <= 'Z'))
            return false;
        return term.find_first_not_of("0123456789.,") != std::string::npos;
    }
};

}  // namespace

LikeQuery like_query(const Xapian::Database& db, const std::string& id)
{
    const auto docs = find_documents(db, id);
    if (docs.empty())
        throw Error(Error::Code::Usage, "no section or article with id '" + id + "'",
                    "ids are printed with each hit (id ...) and by dateline-search show");
    Xapian::RSet rset;
    for (auto did : docs)
        rset.add_document(did);
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query::MatchAll);
    const PlainWords decider;
    const auto eset = enquire.get_eset(LikeTerms, rset, &decider);

    LikeQuery like;
    like.article_id = db.get_document(docs.front()).get_value(schema::slot(schema::Slot::ArticleId));
    for (auto it = eset.begin(); it != eset.end(); ++it)
        like.terms.push_back(*it);
    const Xapian::Query terms(Xapian::Query::OP_OR, like.terms.begin(), like.terms.end());
    like.query = Xapian::Query(Xapian::Query::OP_AND_NOT, terms,
                               Xapian::Query(schema::boolean_term(FieldId::Article, like.article_id)));
    return like;
}

}  // namespace dateline::search
