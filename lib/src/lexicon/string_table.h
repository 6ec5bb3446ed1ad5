// Internal: an insert-only hash table from strings to values, looked up by string_view
// without allocating. Open addressing with linear probing over a power-of-two slot array
// that holds each key's hash, so a lookup touches one slot line and, on a hash match,
// one entry. The lexicon's hot path (several lookups per token) is made of these.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dkg::internal {

// A fast 64-bit hash for short strings (words and phrases), eight bytes at a time.
inline std::uint64_t HashString(std::string_view text) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = 0xA0761D6478BD642Full ^ (text.size() * kMul);
  const char* p = text.data();
  std::size_t n = text.size();
  while (n >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  // The last 0-7 bytes with fixed-size loads (a variable-size copy stalls on the stack).
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    tail = (std::uint64_t{first} << 32) | last;
  } else if (n > 0) {
    tail = (std::uint64_t{static_cast<unsigned char>(p[0])} << 16) |
           (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
           static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ tail) * kMul;
  h ^= h >> 32;
  h *= kMul;
  return h ^ (h >> 29);
}

// a == b, inlined for the short strings of the lexicon (no call to memcmp).
inline bool SameBytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  std::size_t n = a.size();
  for (; n >= 8; p += 8, q += 8, n -= 8) {
    std::uint64_t x, y;
    std::memcpy(&x, p, 8);
    std::memcpy(&y, q, 8);
    if (x != y) return false;
  }
  for (; n > 0; ++p, ++q, --n)
    if (*p != *q) return false;
  return true;
}

template <typename Value>
class StringTable {
 public:
  // The value for `key`, inserted default-constructed when absent. Invalidates
  // references to other values (the entries live in a vector).
  Value& operator[](std::string_view key) {
    const std::uint64_t hash = HashString(key);
    if (Slot* slot = FindSlot(key, hash); slot->index != kEmpty) return entries_[slot->index].second;
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    Slot* slot = FindSlot(key, hash);
    slot->hash = hash;
    slot->index = static_cast<std::uint32_t>(entries_.size());
    entries_.emplace_back(std::string(key), Value{});
    return entries_.back().second;
  }

  // The value for `key`, or nullptr.
  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t hash = HashString(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == kEmpty) return nullptr;
      if (slot.hash == hash && SameBytes(entries_[slot.index].first, key))
        return &entries_[slot.index].second;
    }
  }

  std::size_t size() const { return entries_.size(); }

  // Calls f(key, value) for every entry, in insertion order.
  template <typename F>
  void ForEach(F&& f) const {
    for (const auto& [key, value] : entries_) f(key, value);
  }

 private:
  static constexpr std::uint32_t kEmpty = ~0u;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t index = kEmpty;
  };

  // The slot holding `key`, or the empty slot where it would go. Needs a free slot.
  Slot* FindSlot(std::string_view key, std::uint64_t hash) {
    if (slots_.empty()) Grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kEmpty || (slot.hash == hash && entries_[slot.index].first == key))
        return &slot;
    }
  }

  // Doubles the slot array (load factor stays at most 1/2) and reinserts every key.
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index == kEmpty) continue;
      std::size_t i = slot.hash & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::pair<std::string, Value>> entries_;
};

}  // namespace dkg::internal
