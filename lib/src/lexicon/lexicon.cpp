#include "dkg/lexicon/lexicon.h"

#include <algorithm>
#include <atomic>
#include <bitset>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>

#include "dkg/error.h"
#include "dkg/text/fold.h"
#include "dkg/text/tokenizer.h"
#include "lexicon/json_file.h"
#include "lexicon/string_table.h"

#ifndef DKG_DATA_DIR
#define DKG_DATA_DIR ""
#endif

namespace dkg {

using internal::OptionalString;
using internal::ReadJsonFile;
using internal::StringArray;

// A phrase key (folded tokens joined by spaces) or a proper prefix of one, so that
// LongestMatch stops as soon as no phrase continues.
struct PhraseNode {
  std::vector<PhraseEntry> entries;  // empty when only a prefix
  bool extends = false;              // some longer phrase starts with this key
};

// The word lists a folded word is in (indices into list_names_).
using ListIndices = std::vector<std::uint16_t>;

struct Lexicon::Tables {
  internal::StringTable<PhraseNode> phrases;
  internal::StringTable<ListIndices> list_words;
  internal::StringTable<int> list_index;  // list name -> index into list_names_
  // Everything about one word in one place (common words as loaded, then lists and
  // phrase starts from the tables above), so the tagger pays one lookup per token.
  internal::StringTable<WordInfo> words;
  // The bytes that some word of `words` starts with: a token starting otherwise (a
  // number, most punctuation) needs no look-up.
  std::bitset<256> first_bytes;
};

namespace {

// Tells lexicons apart for the per-thread word cache, even one allocated where a
// destroyed one was.
std::atomic<std::uint64_t> next_lexicon_serial{1};

// Per-thread cache in front of the word table (see Lexicon::Word): two ways per set,
// chosen by hash. A word comes in on probation (the second way) and moves to the first
// when it is met again there, so the rare words of a text, which are most of its
// distinct words, do not push out the frequent ones.
struct WordCache {
  static constexpr std::size_t kSets = 8192;
  static constexpr std::size_t kMaxKey = 22;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint64_t lexicon_serial = 0;  // 0: empty
    WordInfo info;
    char key[kMaxKey];
    std::uint8_t size = 0;

    bool Holds(std::uint64_t word_hash, std::uint64_t serial, std::string_view word) const {
      return hash == word_hash && lexicon_serial == serial &&
             internal::SameBytes({key, size}, word);
    }
  };
  struct Set {
    Slot ways[2];  // [0] proven, [1] on probation
  };
  Set sets[kSets];
};

WordCache& ThreadWordCache() {
  thread_local WordCache cache;
  return cache;
}

}  // namespace

Lexicon::Lexicon() : tables_(std::make_unique<Tables>()), serial_(next_lexicon_serial++) {}
Lexicon::~Lexicon() = default;

bool PhraseMatch::Has(PhraseKind kind) const { return Find(kind) != nullptr; }

const PhraseEntry* PhraseMatch::Find(PhraseKind kind) const {
  if (!entries) return nullptr;
  for (const auto& entry : *entries)
    if (entry.kind == kind) return &entry;
  return nullptr;
}

// Reads the JSON files into a Lexicon. One function per file.
class LexiconLoader {
 public:
  LexiconLoader(Lexicon& lexicon, std::filesystem::path dir)
      : lexicon_(lexicon), dir_(std::move(dir)) {}

  void LoadAll() {
    LoadCountries();
    LoadTitles();
    LoadInstitutions();
    LoadTriggers();
    LoadCommonWords();
    LoadOfficeHolders("leaders.json", "leaders", lexicon_.country_by_leader_);
    LoadOfficeHolders("foreign_ministers.json", "ministers", lexicon_.country_by_foreign_minister_);
    LoadNames();
    BuildWordTable();
  }

 private:
  void LoadCountries() {
    const auto path = dir_ / "countries.json";
    auto doc = ReadJsonFile(path);
    if (!doc.HasMember("countries") || !doc["countries"].IsArray())
      throw Error(path.string() + ": 'countries' must be an array");
    for (const auto& item : doc["countries"].GetArray()) {
      CountryInfo info{OptionalString(item, "alpha3"), OptionalString(item, "alpha2"),
                       OptionalString(item, "name")};
      if (info.alpha3.size() != 3 || info.name.empty())
        throw Error(path.string() + ": a country lacks alpha3 or name");
      const auto index = static_cast<std::uint32_t>(lexicon_.countries_.size());
      lexicon_.country_by_code_[info.alpha3] = index;
      lexicon_.countries_.push_back(info);
      lexicon_.AddPhrase(info.name, {PhraseKind::kCountryName, index});
      for (const auto& name : StringArray(item, "names", path))
        lexicon_.AddPhrase(name, {PhraseKind::kCountryName, index});
      for (const auto& adjective : StringArray(item, "adjectives", path))
        lexicon_.AddPhrase(adjective, {PhraseKind::kCountryAdjective, index});
      // places keyed as PhraseKey keys their words in a text: the cities, the seats
      for (auto [field, places] : {std::pair{"capitals", &lexicon_.country_by_city_},
                                   std::pair{"seats", &lexicon_.country_by_seat_}}) {
        if (!item.HasMember(field)) continue;
        for (const auto& place : StringArray(item, field, path)) {
          const Tokens tokens = Tokenize(place, {0, static_cast<std::uint32_t>(place.size())});
          places->emplace(Lexicon::PhraseKey({tokens.begin(), tokens.end()}), index);
        }
      }
      if (item.HasMember("publishers")) {
        for (const auto& host : StringArray(item, "publishers", path))
          lexicon_.country_by_publisher_.emplace(host, index);
      }
      for (const char* field : {"shared_adjectives", "shared_names"}) {
        if (!item.HasMember(field)) continue;
        for (const auto& word : StringArray(item, field, path))
          lexicon_.country_sharing_word_.emplace(Fold(word), index);
      }
    }
  }

  // leaders.json and foreign_ministers.json, optional: each office holder's name variants
  // -> the country served (a variant namesakes of two states share leads to neither).
  void LoadOfficeHolders(std::string_view file, const char* array,
                         Lexicon::StringMap<std::uint32_t>& country_by_name) {
    constexpr std::uint32_t kAmbiguous = UINT32_MAX;
    const auto path = dir_ / file;
    if (!std::filesystem::exists(path)) return;
    auto doc = ReadJsonFile(path);
    if (!doc.HasMember(array) || !doc[array].IsArray())
      throw Error(path.string() + ": '" + array + "' must be an array");
    for (const auto& item : doc[array].GetArray()) {
      const CountryInfo* country = lexicon_.CountryByCode(OptionalString(item, "country"));
      if (!country) continue;  // (a state the country list does not hold)
      const auto index = static_cast<std::uint32_t>(country - lexicon_.countries_.data());
      std::vector<std::string> names = StringArray(item, "variants", path);
      names.push_back(OptionalString(item, "name"));
      for (const auto& name : names) {
        if (name.empty()) continue;
        auto [it, added] = country_by_name.emplace(NormalizeKey(name), index);
        if (!added && it->second != index) it->second = kAmbiguous;
      }
    }
    std::erase_if(country_by_name, [](const auto& entry) { return entry.second == kAmbiguous; });
  }

  void LoadTitles() {
    const auto path = dir_ / "titles.json";
    auto doc = ReadJsonFile(path);
    if (!doc.HasMember("heads") || !doc["heads"].IsArray())
      throw Error(path.string() + ": 'heads' must be an array");
    std::unordered_map<std::string, std::uint32_t> title_index;  // text -> index
    for (const auto& item : doc["heads"].GetArray()) {
      const auto index = static_cast<std::uint32_t>(lexicon_.title_kinds_.size());
      lexicon_.title_kinds_.push_back(OptionalString(item, "kind"));
      std::vector<int>& countries = lexicon_.title_countries_.emplace_back();
      if (item.HasMember("countries"))
        for (const auto& code : StringArray(item, "countries", path))
          if (const CountryInfo* info = lexicon_.CountryByCode(code))
            countries.push_back(static_cast<int>(info - lexicon_.countries_.data()));
      const std::string text = OptionalString(item, "text");
      title_index.emplace(text, index);
      lexicon_.AddPhrase(text, {PhraseKind::kTitle, index});
      // "Colonel-General", "Lieutenant-General": a head of two words joined by a hyphen;
      // "Advisor-designate", "Governor-elect": any head before it takes office
      if (const std::size_t space = text.find(' ');
          space != std::string::npos && text.find(' ', space + 1) == std::string::npos &&
          text.find('-') == std::string::npos)
        lexicon_.AddPhrase(text.substr(0, space) + "-" + text.substr(space + 1),
                           {PhraseKind::kTitle, index});
      if (!text.ends_with("-designate") && !text.ends_with("-elect"))
        for (std::string_view suffix : {"-designate", "-elect"})
          lexicon_.AddPhrase(text + std::string(suffix), {PhraseKind::kTitle, index});
      // plural heads: "the Presidents of Lithuania and Poland", "two Special Envoys", "the
      // ambassadors-designate of ..." (the noun before a "-designate" takes the "s")
      if (!text.empty() && text.back() != 's') {
        std::string plural = text + "s";
        for (std::string_view suffix : {"-designate", "-elect"})
          if (text.ends_with(suffix))
            plural = text.substr(0, text.size() - suffix.size()) + "s" + std::string(suffix);
        lexicon_.AddPhrase(plural, {PhraseKind::kTitle, index});
      }
    }
    for (const auto& text : StringArray(doc, "modifiers", path))
      lexicon_.AddPhrase(text, {PhraseKind::kTitleModifier, 0});
    for (const auto& text : StringArray(doc, "honorifics", path))
      lexicon_.AddPhrase(text, {PhraseKind::kHonorific, 0});
    // "HH", "H.M.": an honorific's letters are that honorific ("his highness")
    if (doc.HasMember("honorific_abbreviations") && doc["honorific_abbreviations"].IsObject()) {
      for (const auto& member : doc["honorific_abbreviations"].GetObject()) {
        if (!member.value.IsString()) continue;
        lexicon_.abbreviations_[Fold(member.name.GetString())] = Fold(member.value.GetString());
        lexicon_.AddPhrase(member.name.GetString(), {PhraseKind::kHonorific, 0});
      }
    }
    // "Lt. Gen.", "PM": a title's abbreviation is that title, of its kind and states
    if (doc.HasMember("abbreviations") && doc["abbreviations"].IsObject()) {
      for (const auto& member : doc["abbreviations"].GetObject()) {
        if (!member.value.IsString()) continue;
        const std::string expansion = member.value.GetString();
        lexicon_.abbreviations_[Fold(member.name.GetString())] = Fold(expansion);
        const auto title = title_index.find(expansion);
        lexicon_.AddPhrase(member.name.GetString(),
                           {PhraseKind::kTitle, title == title_index.end() ? 0 : title->second});
      }
    }
  }

  void LoadInstitutions() {
    const auto path = dir_ / "institutions.json";
    auto doc = ReadJsonFile(path);
    for (const auto& head : StringArray(doc, "heads", path))
      lexicon_.AddPhrase(head, {PhraseKind::kInstitutionHead, 0});
    if (!doc.HasMember("organizations") || !doc["organizations"].IsArray())
      throw Error(path.string() + ": 'organizations' must be an array");
    std::vector<std::pair<std::size_t, std::string>> parents;  // organisation, parent name
    for (const auto& item : doc["organizations"].GetArray()) {
      OrganizationInfo info{OptionalString(item, "name"), "", OptionalString(item, "country")};
      info.media = item.HasMember("media") && item["media"].IsBool() && item["media"].GetBool();
      if (std::string parent = OptionalString(item, "parent"); !parent.empty())
        parents.emplace_back(lexicon_.organizations_.size(), std::move(parent));
      const auto aliases = StringArray(item, "aliases", path);
      for (const auto& alias : aliases)
        if (info.acronym.empty() && LooksLikeAcronym(alias)) info.acronym = alias;
      const auto index = static_cast<std::uint32_t>(lexicon_.organizations_.size());
      lexicon_.organization_by_name_.emplace(NormalizeKey(info.name), index);
      lexicon_.organizations_.push_back(info);
      lexicon_.AddPhrase(info.name, {PhraseKind::kOrganization, index});
      for (const auto& alias : aliases)
        lexicon_.AddPhrase(alias, {PhraseKind::kOrganization, index});
    }
    auto& organizations = lexicon_.organizations_;
    for (const auto& [child, parent] : parents) {
      const int found = lexicon_.OrganizationByName(parent);
      if (found < 0 || static_cast<std::size_t>(found) == child)
        throw Error(path.string() + ": '" + organizations[child].name + "' has parent '" + parent +
                    "', which is not another organisation of the file");
      organizations[child].parent = found;
    }
  }

  // names.json (optional): groups of forms of one given name, its usual form first.
  void LoadNames() {
    const auto path = dir_ / "names.json";
    if (!std::filesystem::exists(path)) return;
    auto doc = ReadJsonFile(path);
    if (!doc.HasMember("given_name_forms") || !doc["given_name_forms"].IsArray())
      throw Error(path.string() + ": 'given_name_forms' must be an array");
    for (const auto& group : doc["given_name_forms"].GetArray()) {
      if (!group.IsArray() || group.Empty() || !group[0].IsString())
        throw Error(path.string() + ": each given name's forms must be an array of strings");
      const std::string usual = Fold(group[0].GetString());
      for (const auto& form : group.GetArray())
        if (form.IsString()) lexicon_.given_name_forms_[Fold(form.GetString())] = usual;
    }
  }

  void LoadTriggers() {
    const auto path = dir_ / "triggers.json";
    auto doc = ReadJsonFile(path);
    for (const auto& member : doc.GetObject()) {
      if (!member.value.IsArray()) continue;
      for (const auto& word : StringArray(doc, member.name.GetString(), path))
        lexicon_.AddListWord(member.name.GetString(), Fold(word));
    }
  }

  void LoadCommonWords() {
    const auto path = dir_ / "common_words.json";
    auto doc = ReadJsonFile(path);
    for (auto& word : StringArray(doc, "words", path))
      lexicon_.tables_->words[word].bits |= Lexicon::kCommonWordBit;
  }

  // Adds the list bits and phrase starts to the words table (common words are in it
  // already), so every word in a list or opening a phrase has its entry.
  void BuildWordTable() {
    Lexicon::Tables& tables = *lexicon_.tables_;
    tables.list_words.ForEach([&](const std::string& word, const ListIndices& lists) {
      WordInfo& info = tables.words[word];
      for (auto index : lists)
        if (index < 63) info.bits |= std::uint64_t{1} << index;
    });
    tables.phrases.ForEach([&](const std::string& key, const PhraseNode&) {
      if (key.find(' ') == std::string::npos) tables.words[key].phrase = tables.phrases.Find(key);
    });
    tables.words.ForEach([&](const std::string& word, const WordInfo&) {
      if (!word.empty()) tables.first_bytes.set(static_cast<unsigned char>(word[0]));
    });
  }

  Lexicon& lexicon_;
  std::filesystem::path dir_;
};

std::shared_ptr<const Lexicon> Lexicon::Load(const std::filesystem::path& dir) {
  auto lexicon = std::make_shared<Lexicon>();
  LexiconLoader(*lexicon, dir).LoadAll();
  return lexicon;
}

std::filesystem::path Lexicon::DefaultDirectory() {
  if (const char* env = std::getenv("DKG_DATA"); env && *env)
    return std::filesystem::path(env) / "lexicon";
  std::filesystem::path source_tree = std::filesystem::path(DKG_DATA_DIR) / "lexicon";
  std::error_code ec;
  if (std::filesystem::exists(source_tree / "countries.json", ec)) return source_tree;
  auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) return self.parent_path().parent_path() / "share" / "dkg" / "lexicon";
  return source_tree;
}

void Lexicon::AddPhrase(std::string_view phrase, PhraseEntry entry) {
  const auto tokens = Tokenize(phrase, Span{0, static_cast<std::uint32_t>(phrase.size())});
  if (tokens.empty()) return;
  std::string key;
  for (std::size_t t = 0; t < tokens.size(); ++t) {
    if (t > 0) {
      tables_->phrases[key].extends = true;  // the prefix so far leads on to this phrase
      key += ' ';
    }
    key += tokens[t].folded;
  }
  auto& entries = tables_->phrases[key].entries;
  const bool duplicate = std::any_of(entries.begin(), entries.end(), [&](const PhraseEntry& e) {
    return e.kind == entry.kind && e.index == entry.index;
  });
  if (!duplicate) entries.push_back(entry);
}

void Lexicon::AddListWord(std::string_view list, std::string_view word) {
  const int* known = tables_->list_index.Find(list);
  int index = known == nullptr ? static_cast<int>(list_names_.size()) : *known;
  if (known == nullptr) {
    // a word's lists are bits of one 64-bit word, the last bit marking common words
    if (index >= 63) throw Error("lexicon: more than 63 word lists (at \"" + std::string(list) + "\")");
    list_names_.emplace_back(list);
    tables_->list_index[list] = index;
  }
  auto& lists = tables_->list_words[word];
  if (std::find(lists.begin(), lists.end(), index) == lists.end())
    lists.push_back(static_cast<std::uint16_t>(index));
}

// Walks the phrase table one token at a time and stops where no phrase continues, so
// most tokens cost one lookup; the key buffer is reused so nothing is allocated.
PhraseMatch Lexicon::LongestMatch(std::span<const Token> tokens, std::size_t i,
                                  std::size_t end) const {
  if (i >= end) return {};
  return LongestMatch(tokens, i, end, Word(tokens[i].folded));
}

PhraseMatch Lexicon::LongestMatch(std::span<const Token> tokens, std::size_t i,
                                  std::size_t end, const WordInfo& first) const {
  PhraseMatch best;
  const PhraseNode* node = first.phrase;
  if (i >= end || node == nullptr) return best;
  thread_local std::string key;
  key.assign(tokens[i].folded);
  for (std::size_t j = i;;) {
    if (!node->entries.empty()) best = PhraseMatch{j - i + 1, &node->entries};
    if (!node->extends || ++j >= end) break;
    key += ' ';
    key += tokens[j].folded;
    node = tables_->phrases.Find(key);
    if (node == nullptr) break;
  }
  return best;
}

PhraseMatch Lexicon::WordMatch(std::string_view folded_word) const {
  const PhraseNode* node = Word(folded_word).phrase;
  if (node == nullptr || node->entries.empty()) return {};
  return PhraseMatch{1, &node->entries};
}

bool Lexicon::InList(std::string_view list, std::string_view folded_word) const {
  const int* index = tables_->list_index.Find(list);
  const ListIndices* lists = tables_->list_words.Find(folded_word);
  return index != nullptr && lists != nullptr &&
         std::find(lists->begin(), lists->end(), *index) != lists->end();
}

inline bool Lexicon::MayBeWord(std::string_view folded_word) const {
  return !folded_word.empty() &&
         tables_->first_bytes[static_cast<unsigned char>(folded_word.front())];
}

// One pass hashes the words and asks for their cache sets, a second looks them up: the
// sets' cache lines (most of them missing from the processor's caches) arrive together
// instead of one after another.
void Lexicon::Words(std::span<const Token> tokens, std::span<WordInfo> out) const {
  WordCache& cache = ThreadWordCache();
  thread_local std::vector<std::pair<std::size_t, std::uint64_t>> words;  // token, hash
  words.clear();
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    out[i] = WordInfo{};
    if (!MayBeWord(tokens[i].folded)) continue;
    const std::uint64_t hash = internal::HashString(tokens[i].folded);
    words.emplace_back(i, hash);
    const WordCache::Set& set = cache.sets[hash & (WordCache::kSets - 1)];
    __builtin_prefetch(&set);
    __builtin_prefetch(reinterpret_cast<const char*>(&set) + sizeof(set) - 1);
  }
  for (const auto& [i, hash] : words) out[i] = CachedWord(tokens[i].folded, hash);
}

WordInfo Lexicon::Word(std::string_view folded_word) const {
  if (!MayBeWord(folded_word)) return {};
  return CachedWord(folded_word, internal::HashString(folded_word));
}

namespace {

// "digitalisation", "decarbonization": a word the dictionary lacks that ends in a suffix
// only ordinary nouns end in is a common word, no name.
bool HasNounSuffix(std::string_view folded_word) {
  return folded_word.size() > 9 &&
         (folded_word.ends_with("isation") || folded_word.ends_with("ization"));
}

}  // namespace

WordInfo Lexicon::CachedWord(std::string_view folded_word, std::uint64_t hash) const {
  // The word table (some 70,000 words) does not fit in the cache, but the words of
  // news prose repeat heavily, so each thread keeps the words it met (WordCache).
  WordCache::Slot* probation = nullptr;
  if (folded_word.size() <= WordCache::kMaxKey) {
    WordCache::Set& set = ThreadWordCache().sets[hash & (WordCache::kSets - 1)];
    if (set.ways[0].Holds(hash, serial_, folded_word)) return set.ways[0].info;
    probation = &set.ways[1];
    if (probation->Holds(hash, serial_, folded_word)) {
      std::swap(set.ways[0], set.ways[1]);
      return set.ways[0].info;
    }
  }
  const WordInfo* found = tables_->words.Find(folded_word);
  WordInfo info = found == nullptr ? WordInfo{} : *found;
  if (found == nullptr && HasNounSuffix(folded_word)) info.bits |= kCommonWordBit;
  if (probation != nullptr) {
    probation->hash = hash;
    probation->lexicon_serial = serial_;
    probation->size = static_cast<std::uint8_t>(folded_word.size());
    std::memcpy(probation->key, folded_word.data(), folded_word.size());
    probation->info = info;
  }
  return info;
}

std::uint64_t Lexicon::WordBits(std::string_view folded_word) const {
  return Word(folded_word).bits;
}

std::uint64_t Lexicon::ListBit(std::string_view list) const {
  const int* index = tables_->list_index.Find(list);
  return index == nullptr || *index >= 63 ? 0 : std::uint64_t{1} << *index;
}

bool Lexicon::IsCommonWord(std::string_view folded_word) const {
  return (Word(folded_word).bits & kCommonWordBit) != 0;
}

std::string_view Lexicon::GivenNameForm(std::string_view folded) const {
  auto found = given_name_forms_.find(folded);
  return found == given_name_forms_.end() ? folded : std::string_view(found->second);
}

std::string_view Lexicon::ExpandAbbreviation(std::string_view folded) const {
  auto found = abbreviations_.find(folded);
  return found == abbreviations_.end() ? folded : std::string_view(found->second);
}

namespace {

// The index `key` maps to, or -1.
template <typename Map>
int IndexIn(const Map& map, std::string_view key) {
  auto found = map.find(key);
  return found == map.end() ? -1 : static_cast<int>(found->second);
}

}  // namespace

int Lexicon::OrganizationByName(std::string_view name) const {
  return IndexIn(organization_by_name_, NormalizeKey(name));
}

int Lexicon::CityCountry(std::string_view city_key) const {
  return IndexIn(country_by_city_, city_key);
}

int Lexicon::SharedWordCountry(std::string_view folded_word) const {
  return IndexIn(country_sharing_word_, folded_word);
}

int Lexicon::SeatCountry(std::string_view seat_key) const {
  return IndexIn(country_by_seat_, seat_key);
}

int Lexicon::LeaderCountry(std::string_view name) const {
  return IndexIn(country_by_leader_, NormalizeKey(name));
}

int Lexicon::ForeignMinisterCountry(std::string_view name) const {
  return IndexIn(country_by_foreign_minister_, NormalizeKey(name));
}

int Lexicon::PublisherCountry(std::string_view source) const {
  // every URL of the text: its host, then the host less its first label, and so on
  for (std::size_t at = source.find("://"); at != std::string_view::npos;
       at = source.find("://", at + 3)) {
    std::string_view host = source.substr(at + 3);
    host = host.substr(0, std::min(host.find_first_of("/:?# ;,"), host.size()));
    std::string folded(host);
    for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view rest = folded; rest.find('.') != std::string_view::npos;
         rest.remove_prefix(rest.find('.') + 1)) {
      if (auto found = country_by_publisher_.find(rest); found != country_by_publisher_.end())
        return static_cast<int>(found->second);
    }
  }
  return -1;
}

std::string Lexicon::PhraseKey(std::span<const Token> tokens) {
  std::string key;
  for (const Token& token : tokens) {
    if (token.shape == TokenShape::kPunct || token.shape == TokenShape::kPossessive) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(token.folded);
  }
  return key;
}

const CountryInfo* Lexicon::CountryByCode(std::string_view alpha3) const {
  auto found = country_by_code_.find(alpha3);
  return found == country_by_code_.end() ? nullptr : &countries_[found->second];
}

}  // namespace dkg
