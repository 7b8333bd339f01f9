// The documented JSON shapes (format_version 1) and a checker: every key present, none extra,
// each of its type. Shared by the printer unit tests and the end-to-end tests.
#pragma once

#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace shape {

/** Named shapes: an object maps each key to a type; a type is a name ("string", "int",
 *  "number", "bool", "null", or another shape), alternatives joined by '|', or "[T]" for an
 *  array of T. README.md documents the same shapes. */
inline const nlohmann::json& shapes()
{
    static const auto s = nlohmann::json::parse(R"({
      "facet_value": {"value": "string", "count": "int"},
      "facets": {"speaker": "[facet_value]", "location": "[facet_value]", "agency": "[facet_value]",
                 "organization": "[facet_value]", "month": "[facet_value]"},
      "quote": {"speaker": "string|null", "text": "string"},
      "hit": {"rank": "int", "id": "string", "article_id": "string", "section": "int", "score": "number",
              "title": "string", "heading": "string|null", "date": "string|null", "location": "string|null",
              "agency": "string|null", "speakers": "[string]", "organizations": "[string]", "quotes": "[quote]",
              "snippet": "string", "source": "string", "url": "string|null", "external_id": "string|null",
              "more_sections": "int", "matched_quotes": "[quote]"},
      "period": {"period": "string", "start": "string", "end": "string", "count": "int", "all": "int",
                 "share": "number"},
      "timeline": {"unit": "string", "normalized": "bool", "undated": "int", "periods": "[period]"},
      "search": {"format_version": "int", "query": "string", "match": "string", "dropped_words": "[string]",
                 "suggestion": "string|null",
                 "corrected": "bool", "relaxed": "bool", "query_total": "int", "per_article": "bool",
                 "sort": "string", "total": "int", "total_sections": "int", "total_exact": "bool",
                 "partial": "bool", "unavailable_shards": "[string]",
                 "offset": "int", "limit": "int", "hits": "[hit]", "facets": "facets",
                 "timeline": "timeline|null", "unknown_filter_values": "[string]", "took_ms": "number"},
      "section": {"id": "string", "section": "int", "heading": "string|null", "speakers": "[string]",
                  "organizations": "[string]", "quotes": "[quote]", "text": "string"},
      "show": {"format_version": "int", "id": "string", "whole_article": "bool", "article_id": "string",
               "title": "string", "subtitle": "string|null", "date": "string|null", "location": "string|null",
               "agency": "string|null", "source": "string", "url": "string|null", "sections": "[section]"},
      "top": {"speaker": "[facet_value]", "location": "[facet_value]", "agency": "[facet_value]"},
      "stats": {"format_version": "int", "index": "string", "schema_version": "string", "sections": "int",
                "articles": "int", "sources": "int", "dated_sections": "int", "undated_sections": "int",
                "first_date": "string|null", "last_date": "string|null", "size_bytes": "int",
                "revision": "int", "top": "top"},
      "values": {"format_version": "int", "field": "string", "prefix": "string|null",
                 "matching_values": "int", "values": "[facet_value]"}
    })");
    return s;
}

inline bool is(const nlohmann::json& v, const std::string& type, std::ostringstream& why, const std::string& at);

inline bool object_is(const nlohmann::json& v, const nlohmann::json& spec, std::ostringstream& why,
                      const std::string& at)
{
    if (!v.is_object()) {
        why << at << ": not an object; ";
        return false;
    }
    bool ok = true;
    for (const auto& [key, type] : spec.items())
        if (!v.contains(key)) {
            why << at << "." << key << ": missing; ";
            ok = false;
        } else {
            ok = is(v[key], type.get<std::string>(), why, at + "." + key) && ok;
        }
    for (const auto& [key, value] : v.items())
        if (!spec.contains(key)) {
            why << at << "." << key << ": not documented; ";
            ok = false;
        }
    return ok;
}

inline bool one_is(const nlohmann::json& v, const std::string& type, std::ostringstream& why, const std::string& at)
{
    if (type.size() > 2 && type.front() == '[' && type.back() == ']') {
        if (!v.is_array())
            return false;
        bool ok = true;
        for (std::size_t i = 0; i < v.size(); ++i)
            ok = is(v[i], type.substr(1, type.size() - 2), why, at + "[" + std::to_string(i) + "]") && ok;
        return ok;
    }
    if (type == "string") return v.is_string();
    if (type == "int") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "bool") return v.is_boolean();
    if (type == "null") return v.is_null();
    if (shapes().contains(type))
        return v.is_object() && object_is(v, shapes()[type], why, at);
    why << at << ": unknown type " << type << "; ";
    return false;
}

inline bool is(const nlohmann::json& v, const std::string& type, std::ostringstream& why, const std::string& at)
{
    std::size_t start = 0;
    while (start <= type.size()) {
        auto end = type.find('|', start);
        if (end == std::string::npos)
            end = type.size();
        std::ostringstream inner;
        if (one_is(v, type.substr(start, end - start), inner, at))
            return true;
        start = end + 1;
        if (start > type.size())
            why << inner.str();
    }
    why << at << ": not " << type << " (" << v.dump().substr(0, 60) << "); ";
    return false;
}

/** "" when `v` has the shape `name`, else what is wrong. */
inline std::string check(const nlohmann::json& v, const std::string& name)
{
    std::ostringstream why;
    is(v, name, why, "$");
    return why.str();
}

}  // namespace shape
