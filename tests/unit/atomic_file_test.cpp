#include "dkg/io/atomic_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "dkg/error.h"
#include "unit/writer_test_support.h"

namespace dkg {
namespace {

using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

std::size_t EntryCount(const std::filesystem::path& dir) {
  std::size_t count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++count;
  return count;
}

TEST(AtomicFileTest, CommitReplacesTheFile) {
  TempDir dir;
  const auto path = dir.path() / "out.txt";
  WriteFile(path, "old");
  {
    AtomicFile file(path);
    file.stream() << "new content";
    file.Commit();
  }
  EXPECT_EQ(ReadFile(path), "new content");
  EXPECT_EQ(EntryCount(dir.path()), 1u);
}

TEST(AtomicFileTest, WithoutCommitThePreviousFileStaysIntact) {
  TempDir dir;
  const auto path = dir.path() / "out.txt";
  WriteFile(path, "old");
  {
    AtomicFile file(path);
    file.stream() << "half-written";
    EXPECT_TRUE(std::filesystem::exists(file.temp_path()));
    EXPECT_EQ(file.temp_path().parent_path(), dir.path());
    EXPECT_TRUE(file.temp_path().filename().string().starts_with("out.txt.tmp-"));
  }
  EXPECT_EQ(ReadFile(path), "old");
  EXPECT_EQ(EntryCount(dir.path()), 1u) << "the temporary file must be removed";
}

TEST(AtomicFileTest, ExceptionBeforeCommitLeavesNoTrace) {
  TempDir dir;
  const auto path = dir.path() / "out.txt";
  try {
    AtomicFile file(path);
    file.stream() << "partial";
    throw Error("simulated failure");
  } catch (const Error&) {
  }
  EXPECT_FALSE(std::filesystem::exists(path));
  EXPECT_EQ(EntryCount(dir.path()), 0u);
}

TEST(AtomicFileTest, TempNamesAreUnique) {
  TempDir dir;
  AtomicFile first(dir.path() / "a");
  AtomicFile second(dir.path() / "a");
  EXPECT_NE(first.temp_path(), second.temp_path());
}

TEST(AtomicFileTest, MissingDirectoryThrowsWithPathAndReason) {
  TempDir dir;
  const auto path = dir.path() / "missing" / "out.txt";
  try {
    AtomicFile file(path);
    FAIL() << "expected dkg::Error";
  } catch (const Error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find((dir.path() / "missing").string()), std::string::npos) << message;
    EXPECT_NE(message.find("No such file or directory"), std::string::npos) << message;
  }
}

TEST(AtomicFileTest, FailedRenameThrowsAndKeepsTarget) {
  TempDir dir;
  const auto path = dir.path() / "target";
  std::filesystem::create_directory(path);
  WriteFile(path / "inside", "keep");
  AtomicFile file(path);  // renaming a file onto a non-empty directory fails
  file.stream() << "data";
  EXPECT_THROW(file.Commit(), Error);
  EXPECT_EQ(ReadFile(path / "inside"), "keep");
}

TEST(AtomicFileTest, StreamErrorIsReportedAtCommit) {
  TempDir dir;
  const auto path = dir.path() / "out.txt";
  AtomicFile file(path);
  file.stream() << "data";
  file.stream().setstate(std::ios::badbit);  // as after a failed write (disk full)
  EXPECT_THROW(file.Commit(), Error);
  EXPECT_FALSE(std::filesystem::exists(path));
}

// "-o some.fifo" (or "-o /dev/null"): a pipe is written in place, so the program reading it
// gets the content and the pipe stays a pipe, not a regular file renamed over it.
TEST(AtomicFileTest, APipeIsWrittenInPlace) {
  TempDir dir;
  const auto path = dir.path() / "pipe";
  ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
  // (a reader first, without blocking, so that opening the pipe to write does not block)
  const int reader = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  {
    AtomicFile file(path);
    file.stream() << "through the pipe";
    file.Commit();
  }
  char buffer[64] = {};
  const ssize_t got = ::read(reader, buffer, sizeof buffer - 1);
  ::close(reader);
  EXPECT_EQ(std::string(buffer, got > 0 ? static_cast<std::size_t>(got) : 0), "through the pipe");
  EXPECT_TRUE(std::filesystem::is_fifo(path));
  EXPECT_EQ(EntryCount(dir.path()), 1u);
}

}  // namespace
}  // namespace dkg
