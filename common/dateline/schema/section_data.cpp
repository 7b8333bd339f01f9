#include "dateline/schema/section_data.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "dateline/error.hpp"
#include "dateline/schema/schema.hpp"

namespace dateline::schema {

namespace {

// The layout: a format byte, then every field of SectionData in the order of encode(), a
// number as a base-128 varint, a string as its byte length and its bytes, a list as its
// item count and its items, an optional string as a 0/1 byte and, when 1, the string.
// Reading is by lengths, without a parse of the text (JSON took a quarter of a small
// query's time to decode).
constexpr unsigned char FormatByte = static_cast<unsigned char>(SchemaVersion);

// Both directions walk the fields in this one order, so writer and reader cannot disagree.
template <class Io, class Data>
void each_field(Io& io, Data& s)
{
    io.field(s.id);
    io.field(s.article_id);
    io.field(s.section);
    io.field(s.title);
    io.field(s.url);
    io.field(s.external_id);
    io.field(s.subtitle);
    io.field(s.heading);
    io.field(s.text);
    io.field(s.date);
    io.field(s.date_source);
    io.field(s.location);
    io.field(s.agency);
    io.field(s.speakers);
    io.field(s.organizations);
    io.field(s.quotes);
    io.field(s.source);
    io.field(s.duplicates);
}

class Writer {
public:
    void field(const std::string& s)
    {
        number(s.size());
        out_.append(s);
    }
    void field(int n) { number(static_cast<std::uint64_t>(std::max(n, 0))); }
    void field(const std::optional<std::string>& s)
    {
        out_ += static_cast<char>(s ? 1 : 0);
        if (s)
            field(*s);
    }
    void field(const std::vector<std::string>& items)
    {
        number(items.size());
        for (const auto& s : items)
            field(s);
    }
    void field(const std::vector<Quote>& quotes)
    {
        number(quotes.size());
        for (const auto& q : quotes) {
            field(q.speaker);
            field(q.text);
        }
    }
    std::string take() { return std::move(out_); }

private:
    void number(std::uint64_t n)
    {
        for (; n >= 0x80; n >>= 7)
            out_ += static_cast<char>((n & 0x7f) | 0x80);
        out_ += static_cast<char>(n);
    }

    std::string out_ = std::string(1, static_cast<char>(FormatByte));
};

struct Malformed {
    const char* what;
};

// Every length is checked against the bytes left, so a damaged record cannot make it read
// past its end or reserve more than its own size.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in)
    {
        if (in_.empty() || static_cast<unsigned char>(in_[0]) != FormatByte)
            throw Malformed{"unknown format (an index written by another schema version)"};
        in_.remove_prefix(1);
    }
    void field(std::string& s)
    {
        const auto n = number();
        if (n > in_.size())
            throw Malformed{"a string longer than the record"};
        s.assign(in_.substr(0, n));
        in_.remove_prefix(n);
    }
    void field(int& n)
    {
        const auto value = number();
        if (value > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            throw Malformed{"a section number out of range"};
        n = static_cast<int>(value);
    }
    void field(std::optional<std::string>& s)
    {
        if (in_.empty())
            throw Malformed{"cut short before an optional field"};
        const auto flag = in_.front();
        in_.remove_prefix(1);
        if (flag != 0 && flag != 1)
            throw Malformed{"a bad optional-field flag"};
        if (flag == 0) {
            s.reset();
            return;
        }
        std::string value;
        field(value);
        s = std::move(value);
    }
    void field(std::vector<std::string>& items)
    {
        items.resize(count());
        for (auto& s : items)
            field(s);
    }
    void field(std::vector<Quote>& quotes)
    {
        quotes.resize(count());
        for (auto& q : quotes) {
            field(q.speaker);
            field(q.text);
        }
    }
    void end() const
    {
        if (!in_.empty())
            throw Malformed{"bytes after the last field"};
    }

private:
    std::uint64_t number()
    {
        std::uint64_t n = 0;
        for (unsigned shift = 0; shift < 64; shift += 7) {
            if (in_.empty())
                throw Malformed{"cut short in a number"};
            const auto byte = static_cast<unsigned char>(in_.front());
            in_.remove_prefix(1);
            // One spelling per number, as the writer makes it: no redundant last byte, no bits
            // past 64 (so a record that reads also writes back to the same bytes).
            if ((shift > 0 && byte == 0) || (shift == 63 && byte > 1))
                throw Malformed{"a number not written as the writer writes it"};
            n |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return n;
        }
        throw Malformed{"a number longer than 64 bits"};
    }
    std::size_t count()
    {
        const auto n = number();
        if (n > in_.size())  // each item takes a byte at least
            throw Malformed{"a list longer than the record"};
        return static_cast<std::size_t>(n);
    }

    std::string_view in_;
};

std::string encode(const SectionData& s)
{
    Writer w;
    each_field(w, s);
    return w.take();
}

}  // namespace

std::string encode_section_data(const Article& article, const Section& section, const std::string& id)
{
    SectionData s;
    s.id = id;
    s.article_id = article.id;
    s.section = section.ordinal;
    s.title = article.title;
    s.url = article.url;
    s.external_id = article.external_id;
    if (section.ordinal == 0)
        s.subtitle = article.subtitle;
    s.heading = section.heading;
    s.text = section.text();
    if (article.date)
        s.date = calendar::to_iso(*article.date);
    s.date_source = to_string(article.date_source);
    s.location = article.location;
    s.agency = article.agency;
    s.speakers = section.speakers;
    s.organizations = section.organizations;
    s.quotes = section.quotes;
    s.source = article.source.display();
    return encode(s);
}

std::string with_duplicates(const std::string& data, const std::vector<std::string>& sources)
{
    auto s = decode_section_data(data);
    s.duplicates = sources;
    return encode(s);
}

SectionData decode_section_data(const std::string& data)
{
    try {
        Reader r(data);
        SectionData s;
        each_field(r, s);
        r.end();
        return s;
    } catch (const Malformed& e) {
        throw Error(Error::Code::Database, std::string("malformed section data in the index: ") + e.what,
                    "rebuild the index with dateline-index --rebuild");
    }
}

std::string section_data_json(const SectionData& s)
{
    using json = nlohmann::ordered_json;
    json quotes = json::array();
    for (const auto& q : s.quotes)
        quotes.push_back({{"speaker", q.speaker}, {"text", q.text}});
    const auto maybe = [](const std::optional<std::string>& v) { return v ? json(*v) : json(nullptr); };
    const json j{
        {"id", s.id},
        {"article_id", s.article_id},
        {"section", s.section},
        {key(FieldId::Title), s.title},
        {"url", s.url},
        {"external_id", s.external_id},
        {"subtitle", s.subtitle},
        {key(FieldId::Heading), maybe(s.heading)},
        {"text", s.text},
        {key(FieldId::Date), maybe(s.date)},
        {"date_source", s.date_source},
        {key(FieldId::Location), s.location},
        {key(FieldId::Agency), s.agency},
        {list_key(FieldId::Speaker), s.speakers},
        {list_key(FieldId::Organization), s.organizations},
        {list_key(FieldId::Quote), std::move(quotes)},
        {"source", s.source},
        {"duplicates", s.duplicates},
    };
    return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace dateline::schema
