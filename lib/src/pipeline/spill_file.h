// Internal: a temporary file of extractions, written once and then read back as often
// as needed (the build's later passes), so that a build holds no more than a batch of
// extractions in memory. The file lives in the temporary directory ($TMPDIR, else
// std::filesystem::temp_directory_path()) and is unlinked as soon as it is created: it
// disappears when the SpillFile is destroyed or the process ends, even on a crash.
//
// Records are private to this process (native byte order, no version): for each
// extraction a u32 payload size, then the payload, where
//   string   = u32 size, bytes                  span = u32 begin, u32 end
//   list<T>  = u32 count, T...
//   payload  = report_id, date, list<entity>, list<relation>
//   entity   = id, u8 type, name, list<string> aliases, list<string> roles, country,
//              list<span> mentions
//   relation = u8 type, i32 source, i32 target, i32 on_behalf_of, span sentence,
//              string text, string rule
// Not thread-safe, except Decode, which only reads its arguments.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "dkg/extract/extraction.h"

namespace dkg::internal {

class SpillFile {
 public:
  // Throws dkg::Error when the file cannot be created.
  SpillFile();
  ~SpillFile();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;

  // Appends one extraction. Throws dkg::Error when it cannot be written (disk full).
  void Append(const Extraction& extraction);
  std::size_t size() const { return count_; }

  // Starts reading from the first extraction (appending is over once reading began).
  void Rewind();
  // Reads the next extraction into `out`; false at the end. Throws dkg::Error on a read
  // error or a damaged record.
  bool Read(Extraction& out);

  // The same in two steps, so that records can be decoded on other threads: the next
  // record's bytes (false at the end; throws dkg::Error on a read error), then the
  // extraction they hold (false when the record is damaged).
  bool ReadRecord(std::string& record);
  static bool Decode(std::string_view record, Extraction& out);
  // Throws dkg::Error for a record that Decode found damaged.
  [[noreturn]] void FailDamaged() const;

 private:
  [[noreturn]] void Fail(const std::string& what) const;

  std::FILE* file_ = nullptr;
  std::string path_;    // for messages; already unlinked
  std::string buffer_;  // one record
  std::size_t count_ = 0;
};

}  // namespace dkg::internal
