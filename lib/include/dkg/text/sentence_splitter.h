// Sentence boundaries, as byte spans into the content. Survives titles and
// abbreviations (Lt. Gen., H.E., U.S., Dr., Mr, No. 5, Jan. 3), initials
// ("Antony J. Blinken"), decimals, quotes and curly apostrophes, and treats a blank
// line or a line break as a hard boundary (titles, paragraphs). Linear time.
#pragma once

#include <string_view>
#include <vector>

#include "dkg/types.h"

namespace dkg {

// Spans are trimmed of surrounding white space, non-empty, ordered, non-overlapping.
// A sentence longer than `max_sentence_bytes` is cut at the nearest white space
// before the limit, so no later stage sees an unbounded sentence.
std::vector<Span> SplitSentences(std::string_view content,
                                 std::size_t max_sentence_bytes = 4096);

}  // namespace dkg
