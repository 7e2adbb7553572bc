// Scopes and topics: what narrows a subject within its story. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// Words that name a subgroup before a subject's noun (scope_of): a rule list, so that a token's
// test is a bit of its vocabulary entry.
static rule_list const subgroup_words = {"female", "male",  "women",   "men",   "girls",     "boys",
                                         "rural",  "urban", "younger", "older", "part-time", "full-time"};

// The article's topic: its most frequent proper nouns (not sentence-initial), at most three,
// each seen at least twice; the title counts too. The words of the article's own outlet (its
// folded `source`) are never topics: a feed's byline, photo credit and newsletter prompt name
// the outlet again and again, and would crowd out the story's names.
std::vector<std::string> extractor::impl::topics_of(std::string_view text, std::span<sentence_info const> ss,
                                                    std::string const& title, std::string_view outlet) const {
  // Each word's count, in the order first seen; a word is a view of a token's text (the
  // article's folded copy, the title's below, both alive until the end) or of a topic_aliases
  // value: no string per name. Found by an open-addressing table of indexes into `freq`, at
  // most half full (the thread's, reused: a node map allocated a node per name per article).
  struct seen_word {
    std::string_view w;
    int count;
    std::uint32_t order;
  };
  thread_local std::vector<seen_word> freq;
  thread_local std::vector<std::uint32_t> slot_of;  // index + 1 (0: empty)
  freq.clear();
  slot_of.assign(64, 0);
  auto slot = [&](std::string_view w) {
    std::size_t h = hash_word(w) & (slot_of.size() - 1);
    while (slot_of[h] != 0 && freq[slot_of[h] - 1].w != w) h = (h + 1) & (slot_of.size() - 1);
    return h;
  };
  auto add = [&](std::string_view w, int weight) {
    w = strip_possessive_view(w);
    if (auto a = topic_aliases.find(w); a != topic_aliases.end()) w = a->second;
    auto const h = slot(w);
    if (slot_of[h] != 0) {
      freq[slot_of[h] - 1].count += weight;
      return;
    }
    freq.push_back({w, weight, static_cast<std::uint32_t>(freq.size())});
    slot_of[h] = static_cast<std::uint32_t>(freq.size());
    if (2 * freq.size() > slot_of.size()) {
      slot_of.assign(2 * slot_of.size(), 0);
      for (auto const& f : freq) slot_of[slot(f.w)] = f.order + 1;
    }
  };
  std::vector<std::uint32_t> buf;
  for (auto const& si : ss) {
    // (proper_noun's first tests first: only the capitalized words)
    for (std::size_t const i : capitals_of(text, si, buf)) {
      if (si.tokens[i].lc == "\"" && i == 0) continue;
      // a sentence-initial word is a name only as a possessive ("Malawi's cholera outbreak")
      bool initial = i == 0 || (i == 1 && si.tokens[0].lc == "\"");
      if (initial && !si.tokens[i].lc.ends_with("'s")) continue;
      if (proper_noun(text, si.tokens[i]) && !holds_stripped(topic_stopwords, si.tokens[i].lc))
        add(si.tokens[i].lc, 1);
    }
  }
  // the headline names what the story is about: its names count twice
  // (the title's folded copy outlives the loop: freq's words may be views into it; the
  // thread's, reused, apart from the article's, whose tokens are still read)
  thread_local parser::prepared_text title_prepared;
  thread_local std::vector<char> title_folds;
  title_prepared.build(title);
  if (!title.empty()) {
    title_folds.assign(title.size() + 16, 0);
    auto tt = tokenize(title, {0, title.size()}, title_prepared, title_folds.data());
    thread_local notable_lists title_notable;
    intern(tt, title_notable);  // (proper_noun's list tests read bits, as on the article's tokens)
    for (auto const& t : tt)
      if (proper_noun(title, t) && !holds_stripped(topic_stopwords, t.lc)) add(t.lc, 2);
  }
  // (most frequent first; of equal counts, the first seen)
  std::sort(freq.begin(), freq.end(), [](seen_word const& x, seen_word const& y) {
    return x.count != y.count ? x.count > y.count : x.order < y.order;
  });
  auto outlet_word = [&](std::string_view w) {
    for (std::size_t b = 0; b < outlet.size();) {
      std::size_t e = outlet.find(' ', b);
      if (e == std::string_view::npos) e = outlet.size();
      if (outlet.substr(b, e - b) == w) return true;
      b = e + 1;
    }
    return false;
  };
  std::vector<std::string> out;
  for (auto const& f : freq) {
    if (f.count < 2 || out.size() == 3) break;
    if (!outlet_word(f.w)) out.emplace_back(f.w);
  }
  // (a huge article's names do not stay with the thread)
  if (slot_of.capacity() > 4096) {
    std::vector<std::uint32_t>().swap(slot_of);
    std::vector<seen_word>().swap(freq);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// What narrows a claim inside its story (see model.hpp): the agent of a "win/vote" verb
// ("Labour won 411 seats") or a proper-noun modifier of the subject ("Congo cases"). A place
// after the figure ("killed in southern Turkey") was tried as a scope and dropped: on the
// corpus it split real revisions of one toll (discrepancy F1 0.51 without, 0.45 with).
std::string extractor::impl::scope_of(std::string_view text, sentence_info const& si, claim const& c,
                                      std::size_t qfirst, std::vector<std::string> const& topics) const {
  token_span const t = si.tokens;
  auto join = [&](std::size_t b, std::size_t e) {
    std::string k;
    for (std::size_t i = b; i < e; ++i) {
      if (!k.empty()) k.push_back(' ');
      k += strip_possessive(t[i].lc);
    }
    return k;
  };
  // A fronted place narrows the sentence: "In Arlen alone, 204 people died", "In Arlen
  // province, where 260 people were killed, ...", "In the city of Arlen, 40 homes ...": the
  // place's name (up to three capitalized words after "In" and a determiner or a place noun of
  // place_nouns.tsv: "the city of")
  // scopes every figure after the comma that closes the phrase.
  {
    std::size_t k = 0;
    while (k < t.size() && !t[k].word) ++k;  // opening quotes
    if (k + 1 < t.size() && t[k].lc == "in" && t[k].start < c.q.span.start) {
      std::size_t b = k + 1;
      while (b < t.size() && b < k + 5 && t[b].word && !proper_noun(text, t[b]) &&
             (determiners.count(t[b].lc) || t[b].lc == "of" || place_nouns.count(t[b].lc)))
        ++b;
      std::size_t e = b;
      while (e < t.size() && e < b + 3 && proper_noun(text, t[e]) && !calendar_words.count(t[e].lc)) ++e;
      std::size_t comma = e;
      while (comma < t.size() && comma < e + 3 && t[comma].word && !proper_noun(text, t[comma])) ++comma;
      // (the story's own place, one of its topics, is no narrowing: "In Gaza, the ministry said
      // 11,078 had been killed" in a Gaza story; unless "alone" says so)
      // (nor is a place set apart by an apposition that names its kind: "In Aldwick, the
      // capital, rents rose 9%" in a story about the whole country)
      bool const apposition = comma == e && comma + 3 < t.size() && t[comma].lc == "," &&
                              determiners.count(t[comma + 1].lc) && place_nouns.count(t[comma + 2].lc) &&
                              t[comma + 3].lc == ",";
      bool const alone = (comma > e && t[comma - 1].lc == "alone") || apposition;
      bool const topical = std::any_of(topics.begin(), topics.end(), [&](std::string const& w) {
        for (std::size_t i = b; i < e; ++i)
          if (strip_possessive(t[i].lc) == w) return true;
        return false;
      });
      if (e > b && comma < t.size() && t[comma].lc == "," && t[comma].end <= c.q.span.start && (alone || !topical))
        return join(b, e);
    }
  }
  // "Children under five accounted for 412 cases": the figure is a subgroup's share of a total
  // (subgroup_verbs.tsv); the clause's subject names the subgroup and scopes the figure, so it
  // never meets the total ("1,240 cases") as a second count of the same thing.
  // (a verb right before the figure ends in the word before it: most figures follow none of
  // the verbs' last words, and the list is not tried)
  bool const subgroup_last =
      qfirst > 0 && t[qfirst - 1].word &&
      subgroup_lasts.count(t[qfirst - 1].lc);  // (a bit of the token's vocabulary entry)
  for (auto const& verb : subgroup_verbs) {
    if (!subgroup_last) break;
    // (match_at's first tests inline: before most figures no verb of the list starts)
    if (qfirst < verb.size() || verb.empty() || !t[qfirst - verb.size()].cue_first ||
        !same_word(t[qfirst - verb.size()].lc, verb.front()) || !match_at(t, qfirst - verb.size(), verb))
      continue;
    std::size_t const v = qfirst - verb.size();
    std::size_t b = v;
    while (b > 0 && t[b - 1].word) --b;
    for (std::size_t i = b; i < v; ++i)
      if (chunk_word(t[i]) && !determiners.count(t[i].lc)) return key_of("", strip_possessive(t[i].lc)).key;
  }
  // a later conjunct of a gapped list ("Labour secured 411 seats, the Conservatives 121"): the
  // verb's agent is the first conjunct's, not this figure's
  bool later_conjunct = false;
  if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start)
    for (std::size_t k = qfirst; k > 0 && t[k - 1].start >= c.predicate_span.end; --k)
      later_conjunct = later_conjunct || t[k - 1].lc == "," || t[k - 1].lc == ";";
  // agent of an agent-scoped predicate before the number
  if (!later_conjunct && c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start) {
    // (tokens are sorted and do not overlap: their starts and ends both ascend)
    // (searched from the figure: the verb is before it, most often right before; see partition_near)
    std::size_t v = partition_near(t, qfirst, [&](token const& x) { return x.end < c.predicate_span.end; });
    std::size_t b = c.predicate_span.start;
    std::size_t vb = partition_near(t, v, [&](token const& x) { return x.start < b; });
    // also a verb that the subject reads as an agent predicate ("took 87 seats" -> win)
    if (v < t.size() && (agent_predicates.count(t[v].lc) || agent_key(c.predicate.key))) {
      std::size_t e = vb;
      // the agent of a relative clause: "Reform UK, which won five seats"
      if (e >= 3 && (t[e - 1].lc == "which" || t[e - 1].lc == "who") && t[e - 2].lc == ",") e -= 2;
      std::size_t k = e;
      while (k > 0 && proper_noun(text, t[k - 1]) && e - (k - 1) <= 3) --k;
      // "Valdoria's Unity Party won": the country owning the party is no part of its name
      if (k + 1 < e && is_possessive(t[k].lc)) ++k;
      if (k < e) return join(k, e);
      // A participle clause shares the main clause's subject: "The Liberal Front opened talks
      // on Monday after winning 64 seats", "..., having won 64 seats": the name opening the
      // sentence is the agent.
      // (closed-class words that open such a clause: "after winning", "by securing", "while holding")
      static word_set const participle_openers = {"after", "before", "by", "while", "since", "upon", "on", "despite"};
      bool const participle = vb < t.size() && t[vb].lc.ends_with("ing") && vb > 0 &&
                              (participle_openers.count(t[vb - 1].lc) || t[vb - 1].lc == "having" ||
                               (t[vb - 1].lc == "," && t[vb].lc == "having"));
      if (participle) {
        std::size_t b = 0;
        while (b < vb && (!t[b].word || determiners.count(t[b].lc))) ++b;
        std::size_t n = b;
        while (n < vb && n - b < 4 && proper_noun(text, t[n])) ++n;
        if (b + 1 < n && is_possessive(t[b].lc)) ++b;
        // the name must be the clause's subject: a verb or auxiliary right after it
        if (b < n && n < vb && !proper_noun(text, t[n]) && t[n].word && !determiners.count(t[n].lc) &&
            t[n].lc != "of" && t[n].lc != "and")
          return join(b, n);
      }
    }
  }
  // A named place as the subject of the figure's clause: "Castel district has reported 40
  // cases", "Neighbouring Castel district, which declared an emergency, recorded 40": the name
  // and its place noun (place_nouns.tsv) scope the figure, so a district's count never meets
  // its province's as a count of the same thing. The story's own place (a topic) is no
  // narrowing, as in the fronted phrase above.
  if (!later_conjunct && c.predicate_span.end > c.predicate_span.start && c.predicate_span.end <= t[qfirst].start) {
    std::size_t const v = partition_near(t, qfirst, [&](token const& x) { return x.start < c.predicate_span.start; });
    std::size_t e = v;
    // (past a relative clause between the subject and its verb)
    if (e >= 2 && t[e - 1].lc == ",")
      for (std::size_t k = e - 1; k-- > 1 && e - k < 16;)
        if ((t[k].lc == "which" || t[k].lc == "who" || t[k].lc == "where") && t[k - 1].lc == ",") {
          e = k - 1;
          break;
        }
    if (e >= 2 && t[e - 1].word && place_nouns.count(t[e - 1].lc) && proper_noun(text, t[e - 2])) {
      std::size_t b = e - 1;
      while (b > 0 && proper_noun(text, t[b - 1]) && e - b < 4) --b;
      if (b < e - 1 && is_possessive(t[b].lc)) ++b;  // "Selvara's Marrow province": the province
      // (a capitalized "Neighbouring" opening the sentence is no part of the name)
      while (b + 2 < e && place_modifiers.count(std::string_view(t[b].lc))) ++b;
      // (the story's place: a topic, or a name the article gives more than once, wherever it
      // stands; the count runs only for a place that reports, which few clauses have)
      auto const name = text.substr(t[b].start, t[b].end - t[b].start);
      std::size_t seen = 0;
      for (auto p = text.find(name); p != std::string_view::npos && seen < 2; p = text.find(name, p + name.size())) ++seen;
      bool const topical = seen > 1 || std::any_of(topics.begin(), topics.end(), [&](std::string const& w) {
                             for (std::size_t i = b; i + 1 < e; ++i)
                               if (strip_possessive(t[i].lc) == w) return true;
                             return false;
                           });
      if (b + 1 < e && !topical) return join(b, e);
    }
    // A pronoun that a speaker's clause opens with points to the body named in the speaker's
    // apposition: "Maree Collins, 68, captain of the Wirra Creek brigade, said it now had 11
    // volunteers" counts the brigade's volunteers, not the service's 8,940 the story is about. The
    // body's name and noun scope the figure, as the name would as the clause's subject (the story's
    // own body, a topic, is no narrowing; "The agency said it had 40" names its speaker, no
    // apposition).
    {
      std::size_t k = v;
      while (k > 0 && v - k < 2 && t[k - 1].word && !subject_pronouns.count(t[k - 1].lc) && !t[k - 1].pred) --k;
      std::size_t p = k > 0 && subject_pronouns.count(t[k - 1].lc) && (is_lit(t[k - 1].lc, "it") || is_lit(t[k - 1].lc, "they"))
                          ? k - 1
                          : SIZE_MAX;
      std::size_t sv = p;  // the speech verb before the pronoun (past a "that")
      if (sv != SIZE_MAX && sv > 0 && is_lit(t[sv - 1].lc, "that")) --sv;
      bool said = false;
      if (sv != SIZE_MAX && sv >= 2)
        for (auto const& cue : starting(speech_verbs, t, sv - 1)) said = said || (cue.words.size() == 1 && match_at(t, sv - 1, cue.words));
      // the apposition: ", <words> <Name ...> <noun>," right before the verb, after a person's name
      // (and an age) that opens the sentence
      if (said && is_lit(t[sv - 2].lc, ",")) {
        std::size_t const ce = sv - 2;  // the apposition's closing comma
        std::size_t cb = ce;
        while (cb > 0 && ce - cb < 10 && t[cb - 1].word) --cb;
        if (cb > 0 && is_lit(t[cb - 1].lc, ",") && cb < ce) {
          // the last run of names and the noun after it
          std::size_t ne = ce, nb = SIZE_MAX;
          for (std::size_t i = ce; i-- > cb;)
            if (proper_noun(text, t[i])) {
              nb = i;
              while (nb > cb && proper_noun(text, t[nb - 1])) --nb;
              break;
            } else if (!chunk_word(t[i])) {
              break;
            }
          // (the person before: capitalized words, or an age after them)
          std::size_t a = cb - 1;
          while (a > 0 && (is_lit(t[a - 1].lc, ",") || !t[a - 1].word || std::isdigit(static_cast<unsigned char>(t[a - 1].lc[0]))))
            --a;
          bool const person = a > 0 && proper_noun(text, t[a - 1]) && a >= 2 && proper_noun(text, t[a - 2]);
          bool const topical = nb != SIZE_MAX && std::any_of(topics.begin(), topics.end(), [&](std::string const& w) {
                                 for (std::size_t i = nb; i < ne; ++i)
                                   if (strip_possessive(t[i].lc) == w) return true;
                                 return false;
                               });
          if (person && nb != SIZE_MAX && nb + 1 < ne && !topical && !is_possessive(t[ne - 1].lc)) return join(nb, ne);
        }
      }
    }
  }
  // A percent change is measured against a base ("rose 1.3% from May", "59.9% higher than a
  // year earlier"): the base phrase after the figure, up to the clause's end, scopes it.
  if (c.q.kind == quantity_kind::percent && !is_lit(c.q.unit, "pp")) {
    std::size_t k = qfirst;
    while (k < t.size() && t[k].end <= c.q.span.end) ++k;
    for (std::size_t n = 0; k < t.size() && n < 4 && t[k].word; ++k, ++n) {
      bool const names = change_base_cues.count(t[k].lc) > 0;  // month and weekday names too
      if (!names && !change_base_period_cues.count(t[k].lc)) continue;
      std::size_t e = k + 1;
      bool period = false;
      auto is_period = [&](std::size_t i) {
        return change_base_periods.count(t[i].lc) || (names && calendar_words.count(t[i].lc));
      };
      while (e < t.size() && e - k <= 4 && t[e].word && !period) period = is_period(e++);
      while (period && e < t.size() && t[e].word && is_period(e)) ++e;  // "a year earlier"
      if (period) return join(k, e);
      break;
    }
  }
  // A gapped list carries an agent verb without its agent: "X took 21% and 87 seats, the Y
  // party 14% and 58 seats": each conjunct's name before its figures scopes them.
  // (also when the verb found comes after the figure: "..., the Liberal Democrats 72 and ...")
  bool const verb_after = c.predicate_span.end > c.predicate_span.start && c.predicate_span.start >= t[qfirst].end;
  if ((c.predicate_span.end == c.predicate_span.start || later_conjunct || verb_after) &&
      agent_key(c.predicate.key)) {
    std::size_t k = qfirst, e = SIZE_MAX;
    while (k > 0 && qfirst - k < 10 && t[k - 1].lc != "," && t[k - 1].lc != ";" && t[k - 1].lc != ":") {
      --k;
      if (proper_noun(text, t[k]) && !(k == 0)) {
        if (e == SIZE_MAX) e = k + 1;
      } else if (e != SIZE_MAX) {
        break;
      }
    }
    if (e != SIZE_MAX) {
      std::size_t b = e - 1;
      while (b > 0 && proper_noun(text, t[b - 1]) && e - b < 4) --b;
      return join(b, e);
    }
  }
  // proper-noun modifiers inside the subject chunk
  if (c.subject_text_span.end > c.subject_text_span.start) {
    // (the subject is next to the figure: searched from it, see partition_near)
    std::size_t b = partition_near(t, qfirst, [&](token const& x) { return x.start < c.subject_text_span.start; });
    std::size_t e = b;
    while (e < t.size() && t[e].end <= c.subject_text_span.end) ++e;
    if (e > b + 1) {
      std::size_t k = b;
      while (k + 1 < e && proper_noun(text, t[k]) && !(k == 0)) ++k;
      if (k > b) return join(b, k);
      // A subgroup named by a word before the noun ("74% of female applicants passed against
      // 68% of male applicants", "rural households", "older patients") scopes the figure: two
      // subgroups' shares are no two values of one share. (acc19p: with "passed" and other verbs
      // listed, such shares share their keys and met as a contradiction.)
      if (subgroup_words.count(t[b])) return std::string(t[b].lc);
    }
    // a named possessor of the subject: "Labour's share", "the Conservatives' share"
    auto possessor = [&](std::size_t i) {
      auto const& w = t[i].lc;
      return t[i].word && is_upper(text[t[i].start]) && is_possessive(w);
    };
    std::size_t p = SIZE_MAX;
    if (b < e && e - b >= 2 && possessor(b)) p = b;
    else if (b > 0 && b < t.size() && possessor(b - 1)) p = b - 1;
    // (the tokenizer reads a plural's bare apostrophe as a closing quote: "Conservatives' share")
    else if (b > 1 && b < t.size() && (t[b - 1].lc == "'" || t[b - 1].lc == "\"") && t[b - 2].end == t[b - 1].start &&
             t[b - 2].word && is_upper(text[t[b - 2].start]) && t[b - 2].lc.ends_with("s"))
      p = b - 2;
    if (p != SIZE_MAX) {
      std::size_t k = p;
      while (k > 0 && p - k < 2 && proper_noun(text, t[k - 1])) --k;
      return join(k, p + 1);
    }
    // a name set between commas after the subject says which one: "The basin's largest
    // reservoir, Lake Morra, stood at 24%" is Lake Morra's, no level of the basin's reservoirs
    if (e < t.size() && e > b && !t[e].word && t[e].start < c.q.span.start && is_lit(t[e].lc, ",")) {
      std::size_t n = e + 1;
      while (n < t.size() && n - e <= 4 && proper_noun(text, t[n])) ++n;
      if (n > e + 1 && n < t.size() && is_lit(t[n].lc, ",")) return join(e + 1, n);
    }
  }
  return {};
}

}  // namespace claimcheck::claims
