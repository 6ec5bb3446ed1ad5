#include "pipeline/spill_file.h"

#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <limits>
#include <string_view>
#include <system_error>

#include "dkg/error.h"

namespace dkg::internal {
namespace {

constexpr std::size_t kStreamBuffer = 1 << 20;

class Encoder {
 public:
  explicit Encoder(std::string& out) : out_(out) {}

  void U32(std::uint32_t value) { Raw(&value, sizeof value); }
  void I32(std::int32_t value) { Raw(&value, sizeof value); }
  void U8(std::uint8_t value) { out_ += static_cast<char>(value); }
  void Text(std::string_view text) {
    U32(static_cast<std::uint32_t>(text.size()));
    out_.append(text);
  }
  void Range(Span span) {
    U32(span.begin);
    U32(span.end);
  }
  template <typename List, typename Put>
  void Each(const List& items, Put put) {
    U32(static_cast<std::uint32_t>(items.size()));
    for (const auto& item : items) put(item);
  }

 private:
  void Raw(const void* data, std::size_t size) {
    out_.append(static_cast<const char*>(data), size);
  }
  std::string& out_;
};

// Reads what Encoder wrote; a read past the end means a damaged record.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}

  std::uint32_t U32() { return Raw<std::uint32_t>(); }
  std::int32_t I32() { return Raw<std::int32_t>(); }
  std::uint8_t U8() { return Raw<std::uint8_t>(); }
  std::string Text() {
    const std::uint32_t size = U32();
    Need(size);
    std::string out(in_.substr(pos_, size));
    pos_ += size;
    return out;
  }
  Span Range() {
    const std::uint32_t begin = U32();
    return Span{begin, U32()};
  }
  template <typename T, typename Get>
  std::vector<T> Each(Get get) {
    const std::uint32_t count = U32();
    std::vector<T> out;
    out.reserve(std::min<std::size_t>(count, in_.size() - pos_));
    for (std::uint32_t i = 0; i < count; ++i) out.push_back(get());
    return out;
  }
  bool ok() const { return ok_ && pos_ == in_.size(); }

 private:
  template <typename T>
  T Raw() {
    T value{};
    Need(sizeof value);
    if (ok_) std::memcpy(&value, in_.data() + pos_, sizeof value);
    pos_ += ok_ ? sizeof value : 0;
    return value;
  }
  void Need(std::size_t size) {
    if (in_.size() - pos_ < size) ok_ = false, pos_ = in_.size();
  }

  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

void EncodeEntity(Encoder& out, const Entity& e) {
  out.Text(e.id);
  out.U8(static_cast<std::uint8_t>(e.type));
  out.Text(e.name);
  out.Each(e.aliases, [&](const std::string& s) { out.Text(s); });
  out.Each(e.roles, [&](const std::string& s) { out.Text(s); });
  out.Text(e.country);
  out.Each(e.mentions, [&](Span s) { out.Range(s); });
}

void EncodeRelation(Encoder& out, const Relation& r) {
  out.U8(static_cast<std::uint8_t>(r.type));
  out.I32(r.source);
  out.I32(r.target);
  out.I32(r.on_behalf_of);
  out.Range(r.evidence.sentence);
  out.Text(r.evidence.text);
  out.Text(r.evidence.rule);
}

Entity DecodeEntity(Decoder& in) {
  Entity e;
  e.id = in.Text();
  e.type = static_cast<EntityType>(in.U8());
  e.name = in.Text();
  e.aliases = in.Each<std::string>([&] { return in.Text(); });
  e.roles = in.Each<std::string>([&] { return in.Text(); });
  e.country = in.Text();
  e.mentions = in.Each<Span>([&] { return in.Range(); });
  return e;
}

Relation DecodeRelation(Decoder& in) {
  Relation r;
  r.type = static_cast<RelationType>(in.U8());
  r.source = in.I32();
  r.target = in.I32();
  r.on_behalf_of = in.I32();
  r.evidence.sentence = in.Range();
  r.evidence.text = in.Text();
  r.evidence.rule = in.Text();
  return r;
}

std::filesystem::path TempDirectory() {
  std::error_code error;
  std::filesystem::path dir = std::filesystem::temp_directory_path(error);
  if (error) throw Error("no temporary directory for the spill file: " + error.message());
  return dir;
}

}  // namespace

SpillFile::SpillFile() {
  path_ = (TempDirectory() / "dkg-spill-XXXXXX").string();
  const int fd = ::mkstemp(path_.data());
  if (fd < 0) Fail("cannot create");
  ::unlink(path_.c_str());
  file_ = ::fdopen(fd, "w+b");
  if (!file_) {
    const int error = errno;
    ::close(fd);
    errno = error;
    Fail("cannot open");
  }
  std::setvbuf(file_, nullptr, _IOFBF, kStreamBuffer);
}

SpillFile::~SpillFile() {
  if (file_) std::fclose(file_);
}

void SpillFile::Fail(const std::string& what) const {
  const int error = errno;
  throw Error(what + " spill file " + path_ + ": " +
              (error != 0 ? std::strerror(error) : "damaged or truncated record"));
}

void SpillFile::Append(const Extraction& x) {
  buffer_.assign(sizeof(std::uint32_t), '\0');  // the size, filled in below
  Encoder out(buffer_);
  out.Text(x.report_id);
  out.Text(x.date);
  out.Each(x.entities, [&](const Entity& e) { EncodeEntity(out, e); });
  out.Each(x.relations, [&](const Relation& r) { EncodeRelation(out, r); });
  if (buffer_.size() - sizeof(std::uint32_t) > std::numeric_limits<std::uint32_t>::max())
    throw Error("extraction of report " + x.report_id + " is too large for the spill file");
  const auto size = static_cast<std::uint32_t>(buffer_.size() - sizeof(std::uint32_t));
  std::memcpy(buffer_.data(), &size, sizeof size);
  errno = 0;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) Fail("cannot write");
  ++count_;
}

void SpillFile::Rewind() {
  errno = 0;
  if (std::fflush(file_) != 0 || std::fseek(file_, 0, SEEK_SET) != 0) Fail("cannot rewind");
}

bool SpillFile::Read(Extraction& out) {
  if (!ReadRecord(buffer_)) return false;
  if (!Decode(buffer_, out)) FailDamaged();
  return true;
}

bool SpillFile::ReadRecord(std::string& record) {
  std::uint32_t size = 0;
  errno = 0;
  const std::size_t got = std::fread(&size, 1, sizeof size, file_);
  if (got == 0 && std::feof(file_)) return false;
  if (got != sizeof size) Fail("cannot read");
  record.resize(size);
  if (std::fread(record.data(), 1, size, file_) != size) Fail("cannot read");
  return true;
}

bool SpillFile::Decode(std::string_view record, Extraction& out) {
  Decoder in(record);
  out.report_id = in.Text();
  out.date = in.Text();
  out.entities = in.Each<Entity>([&] { return DecodeEntity(in); });
  out.relations = in.Each<Relation>([&] { return DecodeRelation(in); });
  return in.ok();
}

void SpillFile::FailDamaged() const {
  errno = 0;
  Fail("cannot read");
}

}  // namespace dkg::internal
