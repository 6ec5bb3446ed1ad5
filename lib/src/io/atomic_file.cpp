#include "dkg/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>
#include <utility>

#include "dkg/error.h"

namespace dkg {
namespace {

// Whether `path` is a device, a pipe or a socket, written in place.
bool IsStreamTarget(const std::filesystem::path& path) {
  std::error_code error;
  const auto type = std::filesystem::status(path, error).type();
  return !error &&
         (type == std::filesystem::file_type::character ||
          type == std::filesystem::file_type::block || type == std::filesystem::file_type::fifo ||
          type == std::filesystem::file_type::socket);
}

std::filesystem::path TempPathFor(const std::filesystem::path& path) {
  static std::atomic<unsigned long> counter{0};
  std::filesystem::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  return temp;
}

// errno is not guaranteed to be set by iostreams; say so rather than print "Success".
std::string Reason(int error) { return error != 0 ? std::strerror(error) : "write failed"; }

[[noreturn]] void Fail(const std::string& what, const std::filesystem::path& path, int error) {
  throw Error(what + " " + path.string() + ": " + Reason(error));
}

// Durability: the data must reach the disk before the rename makes it visible.
void SyncFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) Fail("cannot open", path, errno);
  const int result = ::fsync(fd);
  const int error = errno;
  ::close(fd);
  if (result != 0) Fail("cannot sync", path, error);
}

// Best effort: makes the rename itself durable; some file systems refuse it.
void SyncDirectory(const std::filesystem::path& dir) {
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path path)
    : path_(std::move(path)), in_place_(IsStreamTarget(path_)) {
  temp_path_ = in_place_ ? path_ : TempPathFor(path_);
  errno = 0;
  stream_.open(temp_path_, std::ios::out | std::ios::binary | std::ios::trunc);
  if (!stream_) Fail("cannot create", temp_path_, errno);
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  stream_.close();
  if (in_place_) return;
  std::error_code ignored;
  std::filesystem::remove(temp_path_, ignored);
}

void AtomicFile::Commit() {
  if (committed_) return;
  errno = 0;
  stream_.flush();
  if (!stream_) Fail("cannot write", temp_path_, errno);
  stream_.close();
  if (stream_.fail()) Fail("cannot write", temp_path_, errno);
  if (in_place_) {
    committed_ = true;
    return;
  }
  SyncFile(temp_path_);
  if (::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    Fail("cannot rename " + temp_path_.string() + " to", path_, errno);
  }
  committed_ = true;
  SyncDirectory(path_.parent_path());
}

}  // namespace dkg
