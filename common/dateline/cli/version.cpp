#include "dateline/cli/version.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include "dateline/schema/schema.hpp"

#ifndef DATELINE_VERSION
#error "DATELINE_VERSION comes from the CMake project version (common/CMakeLists.txt)"
#endif

namespace dateline::cli {

std::string_view program_version()
{
    return DATELINE_VERSION;
}

std::string version_text(std::string_view program)
{
    return fmt::format("{} {}\nindex schema {}\nXapian {}", program, program_version(), schema::SchemaVersion,
                       Xapian::version_string());
}

}  // namespace dateline::cli
