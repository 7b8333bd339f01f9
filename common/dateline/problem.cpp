#include "dateline/problem.hpp"

#include <fmt/format.h>

namespace dateline {

std::string_view to_string(Reason reason) noexcept
{
    switch (reason) {
    case Reason::NotFound: return "not found";
    case Reason::Unreadable: return "unreadable";
    case Reason::Empty: return "empty";
    case Reason::Binary: return "binary";
    case Reason::BadEncoding: return "bad encoding";
    case Reason::NoArticle: return "no article found";
    case Reason::UnsupportedFormat: return "unsupported format";
    case Reason::TooLarge: return "too large";
    case Reason::CorruptArchive: return "corrupt archive";
    case Reason::BadRecord: return "bad record";
    case Reason::UnknownDate: return "unknown date";
    case Reason::NoDateline: return "no dateline";
    case Reason::DuplicateId: return "duplicate id";
    case Reason::Ignored: return "not an article format";
    case Reason::BadBytes: return "bad bytes";
    }
    return "unknown";
}

bool is_skip(Reason reason) noexcept
{
    return reason != Reason::UnknownDate && reason != Reason::NoDateline && reason != Reason::DuplicateId &&
           reason != Reason::Ignored && reason != Reason::BadBytes;
}

bool is_note(Reason reason) noexcept
{
    return reason == Reason::NoDateline || reason == Reason::Ignored;
}

std::string Problem::display() const
{
    std::string out = source.display();
    if (line > 0)
        out += fmt::format(":{}", line);
    out += fmt::format(": {}", to_string(reason));
    if (!message.empty())
        out += ": " + message;
    return out;
}

}  // namespace dateline
