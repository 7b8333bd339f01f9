#include "dateline/model.hpp"

namespace dateline {

const char* to_string(DateSource source) noexcept
{
    switch (source) {
    case DateSource::None: return "";
    case DateSource::Metadata: return "metadata";
    case DateSource::Dateline: return "dateline";
    case DateSource::Path: return "path";
    case DateSource::Option: return "option";
    case DateSource::Reference: return "reference";
    }
    return "";
}

std::string Section::text() const
{
    std::string out;
    for (const auto& paragraph : paragraphs) {
        if (!out.empty())
            out += "\n\n";
        out += paragraph;
    }
    return out;
}

}  // namespace dateline
