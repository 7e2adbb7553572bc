// Speakers: resolving pronouns and short names to the speaker named before. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// "the health ministry" after "Gaza's health ministry": the fuller name named earlier.
// (the answer is `key`, an element of `seen`, a table's value, or a buffer of the thread valid
// until the next call: the callers copy it at once)
std::string const& extractor::impl::resolve_speaker(std::string const& key,
                                                    std::vector<std::string> const& seen) const {
  if (key.empty()) return key;
  // (a key of one word, most of them, holds no " and ": its last space, searched once, tells)
  auto const last_space = key.rfind(' ');
  // "Sources and the broadcaster said" after "two security sources and the state broadcaster
  // Radio Velka said": each short conjunct names its conjunct of a coordinated name used
  // earlier (every word of it there, in order of the conjuncts), so the short mention takes
  // the fuller name. (Only keys with "and", which are few.)
  if (auto const amp = last_space == std::string::npos ? std::string::npos : key.find(" and "); amp != std::string::npos) {
    auto words_within = [](std::string_view part, std::string_view full) {
      bool any = false;
      for (std::size_t i = 0; i < part.size();) {
        auto j = part.find(' ', i);
        if (j == std::string_view::npos) j = part.size();
        auto const w = part.substr(i, j - i);
        i = j + 1;
        if (w.empty() || w == "the") continue;
        bool found = false;
        for (std::size_t a = 0; a < full.size() && !found;) {
          auto b = full.find(' ', a);
          if (b == std::string_view::npos) b = full.size();
          found = full.substr(a, b - a) == w;
          a = b + 1;
        }
        if (!found) return false;
        any = true;
      }
      return any;
    };
    std::string_view const k(key);
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      auto const other = it->find(" and ");
      if (*it == key || other == std::string::npos || it->size() <= key.size()) continue;
      std::string_view const full(*it);
      if (words_within(k.substr(0, amp), full.substr(0, other)) && words_within(k.substr(amp + 5), full.substr(other + 5)))
        return *it;
    }
  }
  // (speaker_facts_of: the last word's and the key's facts, one lookup each, one for a word)
  auto facts_of = [&](std::string_view w) -> speaker_facts const* { return speaker_facts_of.find(w); };
  speaker_facts const* const last =
      facts_of(last_space == std::string::npos ? std::string_view(key) : std::string_view(key).substr(last_space + 1));
  // "police said" after "the Keldmark Police Service said": a body's kind (body_nouns.tsv) that
  // is the next-to-last word of exactly one earlier name whose last word names a body too (not
  // an organ: "the fund" is not "fund board"). A group that speaks each time, like police,
  // still names that body when the article named it so.
  if (last_space == std::string::npos && body_nouns.count(key)) {
    std::string const* inside = nullptr;
    for (auto const& full : seen) {
      if (full.size() <= key.size() + 1 || full.find(" and ") != std::string::npos) continue;
      for (std::size_t at = full.find(key); at != std::string::npos; at = full.find(key, at + 1)) {
        std::size_t const after = at + key.size();
        bool const word = (at == 0 || full[at - 1] == ' ') && after < full.size() && full[after] == ' ' &&
                          full.find(' ', after + 1) == std::string::npos;
        if (!word) continue;
        std::string_view const head = std::string_view(full).substr(after + 1);
        if (!body_nouns.count(head) || body_organs.count(head)) continue;
        if (inside && *inside != full) return key;  // two names hold it: neither is sure
        inside = &full;
        break;
      }
    }
    if (inside) return *inside;
  }
  // groups ("residents", "witnesses") are different people each time: never resolved
  if (last && last->generic) return key;
  speaker_facts const* const whole = last_space == std::string::npos ? last : facts_of(key);
  // (the last bytes compared first: most names end otherwise)
  auto ends_with_key = [&](std::string const& full) {
    return full.size() > key.size() + 1 && full.back() == key.back() &&
           full.compare(full.size() - key.size(), key.size(), key) == 0 &&
           full[full.size() - key.size() - 1] == ' ' &&
           // "Turkish and Syrian officials" names two bodies: a later "officials" is not both
           full.find(" and ") == std::string::npos;
  };
  // "the ministry" after "the Ministry of Health": the head of a name with "of" ("the
  // institute" after "the Institute for Housing Research": or "for")
  bool const one_word = last_space == std::string::npos;
  auto head_of = [&](std::string const& full) {
    return one_word && full.size() > key.size() + 5 && full[0] == key[0] && full.compare(0, key.size(), key) == 0 &&
           (full.compare(key.size(), 4, " of ") == 0 || full.compare(key.size(), 5, " for ") == 0) &&
           full.find(" and ") == std::string::npos;
  };
  bool const alias_possible = whole && whole->alias_suffix;
  for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
    if (head_of(*it)) return *it;
    if (ends_with_key(*it)) {
      // (the fullest form of that name: "Ostland's Electoral Commission said" keys "ostland
      // electoral commission", and the name alone is a mention of the same sentence)
      // ("the board said" after "the Minnesota Board of Animal Health": the name with "of" whose
      // head that name is)
      std::string const* fullest = &*it;
      for (auto const& other : seen)
        if (other.size() > fullest->size() + 1 && other.find(" and ") == std::string::npos &&
            ((other.ends_with(*fullest) && other[other.size() - fullest->size() - 1] == ' ') ||
             (other.size() > fullest->size() + 4 && other.starts_with(*fullest) &&
              other.compare(fullest->size(), 4, " of ") == 0)))
          fullest = &other;
      // (a full name mentioned as such maps to its key: "International Monetary Fund" -> "imf")
      auto alias = source_aliases.find(*fullest);
      return alias != source_aliases.end() ? alias->second : *fullest;
    }
    // "the fund" after "the International Monetary Fund" (key "imf"): the full names of a
    // short key (grammars/source_aliases.tsv)
    // (only a key some full name ends with can match: one lookup per call, not per speaker)
    if (!alias_possible) continue;
    if (auto names = alias_names.find(*it); names != alias_names.end())
      for (auto const& full : names->second)
        if (ends_with_key(full)) return *it;
  }
  // "the NBDA said" after "the National Blood Donor Agency said": a short word whose letters are
  // the initials of exactly one earlier name of three or more words (its function words
  // skipped) is that name, as a name with its acronym is one key (docs/corpus.md source_key);
  // grammars/source_aliases.tsv still keys the name when it lists it ("imf")
  if (one_word && key.size() >= 3 && key.size() <= 6 && !last) {
    std::string const* named = nullptr;
    for (auto const& full : seen) {
      // (its first letter first: most names begin otherwise)
      if (full[0] != key[0] || full.size() < 2 * key.size() || full.find(' ') == std::string::npos) continue;
      std::size_t n = 0;
      bool match = true;
      for (std::size_t a = 0; a < full.size() && match;) {
        auto b = full.find(' ', a);
        if (b == std::string::npos) b = full.size();
        std::string_view const w(full.data() + a, b - a);
        a = b + 1;
        if (w.empty() || function_words.count(w)) continue;
        match = n < key.size() && w[0] == key[n];
        ++n;
      }
      if (!match || n != key.size() || (named && *named != full)) {
        if (match && n == key.size()) return key;  // two names spell it: neither is sure
        continue;
      }
      named = &full;
    }
    if (named) {
      auto alias = source_aliases.find(*named);
      return alias != source_aliases.end() ? alias->second : *named;
    }
  }
  // "Tarno has offered 3%" after "the Tarno Haulage Group": a one-word name that is the
  // first word of exactly one longer name of the article (two or three words) is that name;
  // not a place's ("Israel" is no "Israel Katz") nor a word that names a body, kind or group
  // (the names that begin so first: most keys have none, and the word is then not looked up)
  if (one_word && !last) {
    std::string const* longer = nullptr;
    bool two = false;
    for (auto const& full : seen) {
      if (full.size() <= key.size() + 1 || full[0] != key[0] || full[key.size()] != ' ' || full.compare(0, key.size(), key) != 0 ||
          full.find(" and ") != std::string::npos || std::count(full.begin(), full.end(), ' ') > 2)
        continue;
      // ("the receiver said" after "the receiver's figures": a document is not its author's name)
      if (document_nouns.count(std::string_view(full).substr(full.rfind(' ') + 1))) continue;
      two = two || (longer && *longer != full);  // two names begin so: neither is sure
      longer = &full;
    }
    if (longer && !two && !demonyms.count(key) && !demonym_adjectives.count(key) && !body_nouns.count(key) &&
        !kind_nouns.count(key) && !titles.count(key) && !speaker_nouns.count(key) && !anaphors.count(key))
      return *longer;
    if (two) return key;
  }
  // "The army says" after "Israel's military told ...", "the military puts" after "Israeli
  // troops": a bare body takes the nationality of the last body of its kind named with one
  // (grammars/body_kinds.tsv) -> "israeli army"
  if (whole && whole->kind) {
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      auto sp = it->find(' ');
      if (sp == std::string::npos || !demonym_adjectives.count(it->substr(0, sp))) continue;
      if (auto other = body_kinds.find(it->substr(sp + 1)); other != body_kinds.end() && other->second == *whole->kind) {
        thread_local std::string named;
        std::string r = it->substr(0, sp) + " " + key;
        named = std::move(r);
        return named;
      }
    }
  }
  return key;
}

// "the territory's health ministry": the anaphor stands for the last place named "in" ("killed
// in Gaza") -> "gaza health ministry". (This and the two rules below change k.key in place
// when they apply: most speakers' keys stay as they are, and are not copied.)
// With no place named before, a place's own noun stays in the key as written: "the city's
// housing department said" -> "city housing department" (docs/corpus.md: the key drops only
// determiners and the possessive 's; sets 10 and 12).
void extractor::impl::anaphor_place(text_key& k, std::string const& place) const {
  if (k.key.empty() ||
      (!place.empty() && k.key.size() > place.size() && k.key.starts_with(place) && k.key[place.size()] == ' '))
    return;
  // (no place: only a possessive can hold the noun, and most speakers have none)
  // (its noun opens the speaker's words: "the city's housing department")
  if (place.empty()) {
    std::string_view const head = std::string_view(k.text).substr(0, 24);
    if (head.find('\'') == std::string_view::npos && head.find("\xE2\x80\x99") == std::string_view::npos) return;
  }
  // (the folded text's words as views of a buffer kept from call to call)
  thread_local std::string buf;
  std::string_view const s = fold_to(buf, k.text);
  std::string_view w;  // the first word that is not "the", "to" or the first word of a cue
  for (std::size_t i = 0; i < s.size();) {
    auto j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) {
      w = s.substr(i, j - i);
      if (!(w == "the" || cue_firsts.count(w) || w == "to")) break;
      w = {};
    }
    i = j + 1;
  }
  if (w.empty() || !w.ends_with("'s") || !anaphors.count(strip_possessive_view(w))) return;
  if (!place.empty()) {
    k.key = place + " " + k.key;
    return;
  }
  std::string_view const noun = strip_possessive_view(w);
  if (!place_nouns.count(noun) || k.key.starts_with(noun)) return;
  k.key.insert(0, std::string(noun) + " ");
}

// "Of the 2024 total, 1.1 million ...", "Among them, ...", "Two in five of them were over 70": a
// part of the count the sentence before told continues that report (docs/corpus.md source_key,
// "Of those, ..."), whatever year the count is of (sets 11 and 12).
bool extractor::impl::partitive_continuation(token_span t, std::size_t ql) const {
  if (t.size() > 2 && (t[0].lc == "of" || (t[0].lc == "among" && (t[1].lc == "them" || t[1].lc == "those"))))
    return true;
  return ql + 2 < t.size() && t[ql + 1].lc == "of" && (t[ql + 2].lc == "them" || t[ql + 2].lc == "those");
}

// "The Averill Trust has pledged £1.5 million, its chair told reporters", "The transit authority
// will raise the fare to £2.40, its board decided": an officer (titles.tsv) or an organ
// (body_nouns.tsv "organ") of "its" speaks for the body that acts at the head of the sentence,
// as "The Fund's board approved" is the Fund's (docs/corpus.md source_key; sets 12 and 13).
void extractor::impl::its_organ(std::string_view text, sentence_info const& si, text_key& k) const {
  if (k.text.size() < 5 || (k.text[0] != 'i' && k.text[0] != 'I') || k.key.find(' ') != std::string::npos ||
      !folded_prefix_is(k.text, "its ") || !(titles.count(k.key) || body_organs.count(k.key)))
    return;
  auto const act = find_actor(text, si);
  if (!act.first.key.empty()) k.key = act.first.key;
}

// "In Gaza, the health ministry said": a definite body without a place, in a sentence framed
// by the story's own place (one of the article's topics), is that place's body ("gaza health
// ministry"). A place inside the report ("killed in Gaza ..., the health ministry said") says
// where the figures are, not whose body it is (docs/corpus.md, source_key). Groups are not bodies.
void extractor::impl::body_of_place(text_key& k, std::string const& place,
                                    std::vector<std::string> const& topics) const {
  if (k.key.empty() || place.empty() || k.text.size() < 5 || !folded_prefix_is(k.text, "the ")) return;
  if (k.key.starts_with(place + " ")) return;  // already the place's ("the territory's ministry")
  if (std::find(topics.begin(), topics.end(), place) == topics.end() && !demonyms.count(place)) {
    bool adjective_of_topic = false;
    for (auto const& [country, adj] : demonyms)
      adjective_of_topic = adjective_of_topic || (adj == place && std::find(topics.begin(), topics.end(), country) != topics.end());
    if (!adjective_of_topic) return;
  }
  for (std::size_t c = 4; c < k.text.size(); ++c)
    if (is_upper(k.text[c])) return;  // a name ("the World Bank")
  if (generic_head(k.key)) return;
  if (k.key.find(' ') == std::string::npos) return;  // "the ministry" resolves to a fuller name instead
  // "the provincial water board", "the national weather office": the body names its own
  // level of government, which need not be the place's (grammars/jurisdictions.tsv)
  if (jurisdictions.count(std::string_view(k.key).substr(0, k.key.find(' ')))) return;
  k.key = place + " " + k.key;
}

// "the company said" after "the energy company Vattenkraft said", "the minister said" after
// "Finance minister Ana Silva said": a one-word mention that no fuller name ends with names the
// speaker an earlier descriptor of that word introduced (speaker_key drops the descriptor, so
// the key alone cannot tell). Only a name already among the article's speakers is taken; `upto`
// is the offset of the mention's sentence; the 4 KB before it are read. Empty when none.
std::string extractor::impl::described_speaker(std::string_view text, std::size_t upto,
                                               std::string const& key,
                                               std::vector<std::string> const& seen) const {
  if (key.empty() || key.find(' ') != std::string::npos || seen.empty()) return {};
  // (the last 4 KB before the sentence: a short mention points back that far at most, and a
  // huge article of such sentences stays linear)
  std::size_t const end = std::min(upto, text.size()), from = end > 4096 ? end - 4096 : 0;
  std::string_view const before = text.substr(from, end - from);
  // each "<key> <Name>" written earlier (the descriptor is lowercase: a plain search finds it),
  // its capitalized words read as a key and looked up among the speakers
  thread_local std::string name;
  for (std::size_t at = before.find(key); at != std::string_view::npos; at = before.find(key, at + 1)) {
    std::size_t i = at + key.size();
    if ((at > 0 && is_alnum(before[at - 1])) || i + 1 >= before.size() || before[i] != ' ' || !is_upper(before[i + 1]))
      continue;
    name.clear();
    for (++i; i < before.size() && is_upper(before[i]);) {  // up to the first word that is not capitalized
      std::size_t e = i;
      while (e < before.size() && (is_alnum(before[e]) || before[e] == '-')) ++e;
      if (!name.empty()) name.push_back(' ');
      for (std::size_t c = i; c < e; ++c) name.push_back(before[c] >= 'A' && before[c] <= 'Z' ? static_cast<char>(before[c] - 'A' + 'a') : before[c]);
      if (e >= before.size() || before[e] != ' ') break;
      i = e + 1;
    }
    for (auto it = seen.rbegin(); it != seen.rend(); ++it)
      if (*it == name) return *it;
  }
  return {};
}

std::string extractor::impl::kind_mention(std::string_view text, std::string_view lowered,
                                          sentence_info const& si, std::string const& kind,
                                          std::vector<std::string> const& speakers,
                                          std::vector<char> const& spoke, kind_table& table,
                                          bool lede) const {
  if (!kind_nouns.count(kind)) return {};
  for (auto it = table.named.rbegin(); it != table.named.rend(); ++it)
    if (it->first == kind) return it->second;
  // a proper name: its first word is never written in lowercase in the article ("Drivers
  // reported ..." opens a sentence with a common noun)
  auto proper_name = [&](std::string_view key) {
    std::string_view const first = key.substr(0, key.find(' '));
    bool capital = false;
    for (std::size_t at = lowered.find(first); at != std::string_view::npos; at = lowered.find(first, at + 1)) {
      std::size_t const end = at + first.size();
      if ((at > 0 && is_alnum(lowered[at - 1])) || (end < lowered.size() && is_alnum(lowered[end]))) continue;
      if (!is_upper(text[at])) return false;
      capital = true;
    }
    return capital;
  };
  // a person's name: after a title, or before ", <title>", ", who" or an age, where it is first written
  auto person = [&](std::string_view key) {
    auto const at = lowered.find(key);
    if (at == std::string_view::npos) return false;
    std::size_t p = at;
    while (p > 0 && lowered[p - 1] == ' ') --p;
    std::size_t q = p;
    while (q > 0 && is_alnum(lowered[q - 1])) --q;
    if (q < p && titles.count(lowered.substr(q, p - q))) return true;
    std::size_t a = at + key.size();
    if (a + 2 >= lowered.size() || lowered[a] != ',') return false;
    a += 2;
    // the appositive's first words: "who", an age, or a title within three words ("the chief
    // executive", "Ostgrid's director of operations")
    for (int n = 0; n < 3 && a < lowered.size(); ++n) {
      std::size_t b = a;
      while (b < lowered.size() && (is_alnum(lowered[b]) || lowered[b] == '-' || lowered[b] == '\'')) ++b;
      std::string_view const w = lowered.substr(a, b - a);
      if (titles.count(w) || (n == 0 && (w == "who" || (!w.empty() && w[0] >= '0' && w[0] <= '9')))) return true;
      if (b >= lowered.size() || lowered[b] != ' ') return false;
      a = b + 1;
    }
    return false;
  };
  // (both read the article's text: each key asked once per article)
  auto organisation = [&](std::string_view key) {
    for (auto const& [k, yes] : table.organisation)
      if (k == key) return yes;
    bool const yes = proper_name(key) && !person(key);
    table.organisation.emplace_back(std::string(key), yes);
    return yes;
  };
  // the name opening the sentence: "Kemp Air has ...", "The appliance maker Dorvik will ...", "Dalmar, which ..."
  // (after a dateline: "LONDON, Nov. 3 — Kemp Air has ...")
  token_span const t = si.tokens;
  std::size_t const opens = body_token(si);
  std::size_t n = opens < t.size() && t[opens].lc == "the" ? opens + 1 : opens;
  // ("Shares in Kestrel Foods fell 8%", "Sales at Dorvik rose": what the sentence opens with is
  // the name's, and the name the kind stands for)
  // (the first word's capital is the sentence's; "of" stays inside names: "Port of Velm")
  if (n == opens && n + 2 < t.size() && t[n].word && (t[n + 1].lc == "in" || t[n + 1].lc == "at") &&
      proper_noun(text, t[n + 2]))
    n += 2;
  std::size_t const named_from = n > opens + 1 ? n : opens;
  std::size_t const b = n;
  while (n < t.size() && n - b < 3 && t[n].word && !is_upper(text[t[n].start])) ++n;  // its descriptor
  std::size_t e = n;
  while (e < t.size() && e - n < 4 &&
         ((proper_noun(text, t[e]) && !is_possessive(t[e].lc)) || (t[e].lc == "&" && e > n && e + 1 < t.size())))
    ++e;
  // (then a verb: an auxiliary, a listed one or a past form, or an appositive's comma; "Net
  // profit was" opens with no name)
  // (a single word that opens the sentence is a name by its capital only before an auxiliary or
  // an appositive's comma: "Kemp has cancelled", not "Profit fell")
  // (in the article's first sentence a ticker in brackets may follow the name: "Tallis
  // Resources (ASX: TLR) said")
  std::size_t v = e;
  if (lede && v < t.size() && t[v].lc == "(")
    for (std::size_t c = v + 1; c < t.size() && c - v < 8; ++c)
      if (t[c].lc == ")") {
        v = c + 1;
        break;
      }
  bool const aux = v < t.size() && (attribution_aux.count(t[v]) || t[v].lc == ",");
  if (e > n && v < t.size() && (e > opens + 1 || aux) &&
      (t[v].lc == "," || (t[v].word && !is_upper(text[t[v].start]) &&
                          (t[v].pred || t[v].low_pred || aux || t[v].lc.ends_with("ed") || act_at(t, v) ||
                           said_verbs.count(t[v].lc))))) {
    auto k = speaker_key(text, t, named_from, e);
    if (!k.key.empty() && k.key != kind && !demonyms.count(k.key) && !demonym_adjectives.count(k.key) &&
        !generic_head(k.key) && organisation(k.key))
      return k.key;
  }
  if (!firm_nouns.count(kind)) return {};
  for (std::size_t n = speakers.size(); n-- > 0;) {
    if (!spoke[n]) continue;  // (a name only mentioned: "near the Lantor Metals smelter")
    std::string_view const key = speakers[n];
    auto const sp = key.rfind(' ');
    std::string_view const head = sp == std::string_view::npos ? key : key.substr(sp + 1);
    if (key.find(" and ") != std::string_view::npos || generic_head(key) || body_nouns.count(head) ||
        institution_nouns.count(head) || speaker_nouns.count(head) || (kind_nouns.count(head) && head != kind) ||
        demonyms.count(key))
      continue;
    // (the last such speaker only: a person or a common noun there is no organisation, and one
    // named before it is too far back to be sure of)
    return organisation(key) ? speakers[n] : std::string();
  }
  if (lede) return {};
  if (!table.lede_read && table.lede_sentence) {
    table.lede_read = true;
    static std::vector<std::string> const none;
    static std::vector<char> const none_spoke;
    table.lede = kind_mention(text, lowered, *table.lede_sentence, kind, none, none_spoke, table, true);
  }
  return table.lede;
}

// The one name of a body the sentence gives before the speaker's text `said` ("the Public Service
// Alliance": "the" and two capitalized words or more), as a key; empty when none or several.
std::string extractor::impl::body_named_before(std::string_view text, sentence_info const& si,
                                               std::string const& said, std::string const& key) const {
  token_span const t = si.tokens;
  auto const at = text.find(said, si.span.start);
  std::string out;
  for (std::size_t i = 0; i + 2 < t.size() && (at == std::string_view::npos || t[i].start < at); ++i) {
    // (a body whose people the sentence names: "Members of the ...", "staff of the ..."; not a
    // place: "floods hit the Red River Valley, the agency said")
    if (t[i].lc != "the" || i == 0 || t[i - 1].lc != "of") continue;
    std::size_t e = i + 1;
    while (e < t.size() && e - i <= 4 && proper_noun(text, t[e]) && !is_possessive(t[e].lc)) ++e;
    if (e - i < 3 || (e < t.size() && t[e].word && is_possessive(t[e].lc)) || place_nouns.count(t[e - 1].lc)) continue;
    if (!out.empty()) return {};
    out = speaker_key(text, t, i, e).key;
    i = e - 1;
  }
  // "Brindle Valley Council housed 820 families ..., the council said", "Tarnow's transport
  // ministry and the city agreed ..., the ministry said": the one name before the speech whose
  // head is the body's kind, capitalized words before it (a place's possessive, and up to two
  // lowercase words between: "Wexmoor city council")
  if (out.empty()) {
    for (std::size_t i = 1; i < t.size() && (at == std::string_view::npos || t[i].start < at); ++i) {
      if (t[i].lc.size() != key.size() || t[i].lc != key) continue;
      std::size_t b = i, lower = 0;
      while (b > 0 && t[b - 1].word && !is_upper(text[t[b - 1].start]) && lower < 2 &&
             !function_words.count(t[b - 1].lc) && !determiners.count(t[b - 1].lc) && !is_possessive(t[b - 1].lc))
        --b, ++lower;
      std::size_t const before = b;
      while (b > 0 && b + 4 > i && proper_noun(text, t[b - 1]) && (b == before || !is_possessive(t[b - 1].lc))) --b;
      // (a lone capital that opens the sentence before a lowercase kind may be capitalized by
      // position only: "Local council leaders")
      if (b == before || (b == 0 && before == 1 && !is_upper(text[t[i].start]) && !is_possessive(t[0].lc))) continue;
      auto named = speaker_key(text, t, b, i + 1).key;
      if (named.size() <= key.size()) continue;
      if (!out.empty() && out != named) return {};
      out = std::move(named);
    }
  }
  return out;
}

bool extractor::impl::own_sentence_speaker_of(text_key const& k) const {
  // ("officials and medics" names a body with the group: its report goes on)
  if (generic_head(k.key))
    return k.key.find(" and ") == std::string::npos;
  // (the key's and the text's words as views: no vector of strings per call)
  auto for_words = [](std::string_view s, auto&& f) {
    for (std::size_t i = 0; i < s.size();) {
      auto j = s.find(' ', i);
      if (j == std::string_view::npos) j = s.size();
      if (j > i && !f(s.substr(i, j - i))) return;
      i = j + 1;
    }
  };
  std::array<std::string_view, 5> name;
  std::size_t n = 0;
  for_words(k.key, [&](std::string_view w) {
    name[n++] = w;
    return n < name.size();
  });
  if (n < 2 || n > 4) return false;
  // (the folded text and its words in buffers kept from call to call)
  thread_local std::string buf;
  auto const folded_text = fold_to(buf, k.text);
  thread_local std::vector<std::string_view> words;
  words.clear();
  for_words(folded_text, [&](std::string_view w) {
    while (!w.empty() && !is_alnum(w.back())) w.remove_suffix(1);
    words.push_back(w);
    return true;
  });
  for (std::size_t i = 1; i + n <= words.size(); ++i)
    if (std::equal(name.begin(), name.begin() + static_cast<std::ptrdiff_t>(n), words.begin() + static_cast<std::ptrdiff_t>(i)) &&
        titles.count(words[i - 1]))
      return true;
  return false;
}

// (into `out`, cleared first: extract's places per figure are written in place, not moved)
void extractor::impl::place_after(std::string_view text, sentence_info const& si, std::size_t qlast,
                                  std::string& out) const {
  token_span const t = si.tokens;
  out.clear();
  if (!may_hold_rule(si, place_preps.bit())) return;  // (no "in" or "across" in the sentence)
  for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 5; ++i) {
    if (!t[i].word) break;
    if (t[i].lc != "in" && t[i].lc != "across") continue;
    std::size_t k = i + 1;
    while (k < t.size() && t[k].word && (t[k].lc == "the" || directions.count(t[k].lc))) ++k;
    std::size_t e = k;
    while (e < t.size() && e - k < 3 && proper_noun(text, t[e])) ++e;
    for (std::size_t m = k; m < e; ++m) {
      if (!out.empty()) out.push_back(' ');
      out += strip_possessive_view(t[m].lc);
    }
    return;
  }
}

}  // namespace claimcheck::claims
