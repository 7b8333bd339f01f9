#include "dateline/query/weighted.hpp"

#include <vector>

namespace dateline::query {

bool weighs(const Xapian::Query& q)
{
    // An explicit stack: the depth is the query's, and a query is user input.
    std::vector<Xapian::Query> todo{q};
    while (!todo.empty()) {
        const auto node = todo.back();
        todo.pop_back();
        switch (node.get_type()) {
        case Xapian::Query::LEAF_TERM:
        case Xapian::Query::OP_WILDCARD:
            return true;
        // QueryParser scales only its boolean prefixes, by zero; nothing else here scales.
        case Xapian::Query::OP_SCALE_WEIGHT:
            break;
        case Xapian::Query::OP_FILTER:
        case Xapian::Query::OP_AND_NOT:
            todo.push_back(node.get_subquery(0));
            break;
        default:  // value ranges and match-all have no subqueries, so weigh nothing
            for (std::size_t i = 0; i < node.get_num_subqueries(); ++i)
                todo.push_back(node.get_subquery(i));
        }
    }
    return false;
}

}  // namespace dateline::query
