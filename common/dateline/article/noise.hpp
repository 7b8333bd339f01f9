/*! Page furniture that is not the story: breadcrumbs, captions, credits, "Read also", template residue. */
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dateline::article {

/** Whether a paragraph before the title is site navigation ("All news", a rubric name). */
bool is_breadcrumb(std::string_view paragraph);

/** A paragraph that is never story text: a photo caption or credit, template residue, an
 *  agency sign-off ("Reporting by ...; Editing by ...", AP's "___" trailer). */
bool is_noise_paragraph(std::string_view paragraph);

/** Paragraphs without page noise: photo captions and "© Name/TASS" credits, a "Read also"
 *  line and the linked headline after it, "{{newsPoint.title}}" template residue. */
std::vector<std::string> drop_noise(std::vector<std::string> paragraphs);

}  // namespace dateline::article
