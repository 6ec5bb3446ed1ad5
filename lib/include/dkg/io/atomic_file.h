// AtomicFile: writes a file so that readers see either the previous version or the
// complete new one, never a partial file. An interrupted or failed run leaves the
// previous file intact. A device or a pipe ("-o /dev/null", a FIFO another program
// reads) is written in place: renaming onto it would put a regular file where it stood.
// Not thread-safe; one object per output file.
#pragma once

#include <filesystem>
#include <fstream>
#include <ostream>

namespace dkg {

class AtomicFile {
 public:
  // Opens "<name>.tmp-<pid>-<counter>" next to `path` for writing; the directory must
  // exist. Throws dkg::Error (with the path and the system's reason) when it cannot.
  explicit AtomicFile(std::filesystem::path path);
  // Removes the temporary file unless Commit() succeeded.
  ~AtomicFile();

  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // Where to write the new content.
  std::ostream& stream() { return stream_; }

  // Flushes, checks that every write succeeded, fsyncs and renames the temporary file
  // onto `path`. Throws dkg::Error on failure, leaving `path` untouched. Idempotent.
  void Commit();

  const std::filesystem::path& path() const { return path_; }
  const std::filesystem::path& temp_path() const { return temp_path_; }

 private:
  std::filesystem::path path_;
  std::filesystem::path temp_path_;
  std::ofstream stream_;
  bool in_place_ = false;  // a device or a pipe: temp_path_ is path_
  bool committed_ = false;
};

}  // namespace dkg
