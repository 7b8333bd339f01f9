/*! Who said what: the people each section attributes statements to, names resolved per article. */
#pragma once

#include <string>
#include <vector>

#include "dateline/model.hpp"

namespace dateline::fields {

/** Sets each section's speakers, organisations and quotes. Speakers are people a statement is attributed to with a speech verb,
 *  directly ("Q," Peskov said / said Peskov / Peskov said: "Q") or indirectly (..., Kremlin
 *  spokesman Dmitry Peskov said / Lavrov said that / according to Peskov / a statement made
 *  by Rex Tillerson / Trump's words). Names resolve to the fullest form in the article; "he",
 *  "she" and role nouns ("the Kremlin spokesman") to the person they refer back to. People
 *  merely mentioned are not speakers; organisations that make statements ("the Foreign
 *  Ministry said", "according to Politico") are recorded apart. Each direct quote is kept
 *  with the speaker of the nearest cue. */
void attribute_speakers(Article& article);

}  // namespace dateline::fields
