// The standard and fmt headers most library files include, compiled once per build as the
// library's precompiled header (lib/CMakeLists.txt, tests/fuzz/CMakeLists.txt). No file
// includes this one: each still names what it uses.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
