#include "dateline/error.hpp"

namespace dateline {

ExitCode Error::exit_code() const noexcept
{
    switch (code_) {
    case Code::IndexLocked: return ExitCode::IndexLocked;
    case Code::Usage:
    case Code::NoIndex:
    case Code::SchemaMismatch:
    case Code::Database:
    case Code::Io: return ExitCode::Usage;
    }
    return ExitCode::Usage;
}

}  // namespace dateline
