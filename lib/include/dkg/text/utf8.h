// UTF-8 validation and repair. Reports come from the web: bytes are never trusted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dkg {

struct Utf8Repair {
  std::string text;           // valid UTF-8
  std::size_t replaced = 0;   // invalid sequences replaced with U+FFFD
  std::size_t nul_bytes = 0;  // NUL bytes replaced with a space
};

// Replaces every maximal invalid subsequence (overlong forms, surrogates, code points
// above U+10FFFF, truncated sequences) with U+FFFD and every NUL byte with a space.
// Strips a leading UTF-8 BOM and turns CRLF / lone CR into LF.
Utf8Repair RepairUtf8(std::string_view bytes);
// The same, taking the text over without a copy when it needs no repair.
Utf8Repair RepairOwnedUtf8(std::string&& text);

// True when RepairUtf8 would change the text: a BOM, NUL, CR or invalid UTF-8.
bool NeedsUtf8Repair(std::string_view bytes);

bool IsValidUtf8(std::string_view bytes);

// Detects a UTF-16 byte-order mark (or the NUL pattern of BOM-less UTF-16 text).
bool LooksLikeUtf16(std::string_view bytes);

}  // namespace dkg
