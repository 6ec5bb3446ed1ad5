// Helpers shared by the graph readers (internal).
#pragma once

#include <filesystem>
#include <string>

namespace dkg::io_detail {

// The whole file as bytes. Throws dkg::Error naming the path when it cannot be read.
std::string ReadWholeFile(const std::filesystem::path& path);

}  // namespace dkg::io_detail
