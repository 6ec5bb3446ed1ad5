// Helpers shared by the fuzz targets: invariant checks that abort (so libFuzzer records
// the input as a crash), a scratch directory, and invariants of data read by dkg.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "dkg/report.h"
#include "dkg/text/utf8.h"

namespace dkg::fuzz {

// Aborts with `what` when `ok` is false: an invariant of dkg's contracts was broken.
inline void Check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "dkg fuzz: invariant broken: %s\n", what);
  std::abort();
}

// A private directory for files a target writes, on tmpfs when there is one (the
// writers fsync). Removed when the process exits normally.
inline const std::filesystem::path& ScratchDir() {
  static const std::filesystem::path dir = [] {
    std::string base = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    std::string pattern = base + "/dkg-fuzz-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
      std::perror("dkg fuzz: mkdtemp");
      std::abort();
    }
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(ScratchDir(), ignored);
    });
    return std::filesystem::path(pattern);
  }();
  return dir;
}

// What the reader promises about every report it hands on.
inline void CheckReport(const Report& report) {
  Check(!report.id.empty(), "report without an id");
  for (const std::string* field :
       {&report.id, &report.title, &report.text, &report.date, &report.source}) {
    Check(IsValidUtf8(*field), "report field is not valid UTF-8");
    Check(field->find('\0') == std::string::npos, "report field contains NUL");
  }
  Check(report.date.empty() || report.date.size() == 10, "date is not YYYY-MM-DD");
}

}  // namespace dkg::fuzz
