/*! Text from the index made safe to print. Titles, snippets, names and file names come from
 *  whoever wrote the archive: a control character in them could set a terminal's title, clear
 *  its screen or plant a hyperlink, or start a formula in a spreadsheet. Every text and CSV
 *  printer passes such text through here; JSON needs nothing (it escapes every control). */
#pragma once

#include <string>
#include <string_view>

namespace dateline::text {

/** Whether a line break in the text is kept (a section's text) or becomes a space. */
enum class Breaks { Space, Keep };

/** For text output, on a terminal or in a pipe alike: every control character (C0, DEL, and
 *  C1 U+0080..U+009F) and every byte that is not part of valid UTF-8 becomes U+FFFD, except
 *  that tab, CR and LF become a space (LF is kept with Breaks::Keep). ESC then never reaches
 *  the terminal from the data, and only Dateline's own colours do. */
std::string safe_text(std::string_view text, Breaks breaks = Breaks::Space);

/** A snippet or quote from search (matched words between search::MarkStart and MarkEnd)
 *  with its marks replaced by `start` and `end` and the text between made safe_text. */
std::string safe_marked(std::string_view marked, std::string_view start, std::string_view end);

/** For a CSV cell (OWASP's CSV injection advice): control characters are removed, except tab,
 *  CR and LF (the cell's quoting holds them); a cell that then starts with = + - @, a tab or a
 *  CR gets a leading ' so that a spreadsheet reads it as text, not as a formula. */
std::string csv_safe(std::string_view cell);

}  // namespace dateline::text
