#include "dateline/output/csv.hpp"

#include "dateline/text/safe_text.hpp"

namespace dateline::output {

using text::csv_safe;

std::string csv_field(std::string_view cell)
{
    const auto value = csv_safe(cell);
    if (value.find_first_of(",\"\r\n") == std::string_view::npos)
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        out << (i == 0 ? "" : ",") << csv_field(fields[i]);
    out << "\r\n";
}

std::string csv_list(const std::vector<std::string>& values)
{
    std::string out;
    for (const auto& v : values)
        out += (out.empty() ? "" : "; ") + v;
    return out;
}

}  // namespace dateline::output
