// Attribution: who said it ("X said", "according to X", actors). (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

// Source key of the speaker tokens [b, e): determiners, possessive 's and leading anaphors
// dropped, a possessive place as its adjective, a title before a name dropped ("President Joe
// Biden" -> "joe biden"), a descriptor before an acronym dropped ("disaster agency AFAD" ->
// "afad"), and the name mapped through source_aliases.tsv ("WHO" -> "world health organization").
// "an estimate by the provincial engineers", "a tally released by regional officials", "data
// from the district education office", "the annual report of the Inspectorate of Prisons": the
// author of a document (phrase_cues.tsv "document") is the source (docs/corpus.md source_key;
// sets 6, 10, 12 and 13). [b, e) narrows to the author's words. "A survey commissioned by the
// council" is the survey's (the body ordered it), "a study of 528 infections" (its topic) and
// "an interim report on the operation" stay the document's.
void extractor::impl::document_author(std::string_view text, token_span t, std::size_t& b, std::size_t& e) const {
  auto lower_participle = [&](std::size_t x) {
    return t[x].word && !is_upper(text[t[x].start]) &&
           ((t[x].lc.size() > 4 && t[x].lc.ends_with("ed")) || past_participles.count(t[x].lc));
  };
  auto capital = [&](std::size_t x) { return x < e && t[x].word && is_upper(text[t[x].start]); };
  // ("of", "and" or "the" inside a name: "Inspectorate of Prisons", "of the Treasury")
  auto inside_name = [&](std::size_t x) {
    return (t[x].lc == "of" || t[x].lc == "and" || t[x].lc == "the") &&
           (capital(x + 1) || (t[x].lc != "the" && x + 1 < e && t[x + 1].lc == "the" && capital(x + 2)));
  };
  for (std::size_t d = b; d + 2 < e && d < b + 4 && t[d].word; ++d) {
    // (a preposition or a participle after the noun first: a bit each, before the noun's lookup)
    if (!(function_words.count(t[d + 1].lc) || lower_participle(d + 1)) || !document_nouns.count(t[d].lc)) continue;
    std::size_t p = d + 1;
    // (over a participle: "released by", "published by", "compiled from")
    if (p + 2 < e && lower_participle(p) && !commissioning_participles.count(t[p].lc) &&
        (t[p + 1].lc == "by" || t[p + 1].lc == "from"))
      ++p;
    bool const of = t[p].lc == "of";
    // no author named ("A survey for the ministry", "An interim report on the storm", "A study
    // of hail storms"): the document itself, up to its noun
    // ("figures released on Friday", "the liquidator's figures read out in court", "an audit
    // published on Monday": a participle that opens a reduced relative clause, with no author
    // after it, ends the key at the document's noun too)
    auto head = [&] {
      if (t[p].word && (function_words.count(t[p].lc) || lower_participle(p))) e = d + 1;
    };
    if (!(of || t[p].lc == "by" || t[p].lc == "from")) return head();
    std::size_t const a = p + 1, n = a + (t[a].lc == "the");
    // ("of" names an author only as a name: "of the Inspectorate of Prisons"; "figures from 2023"
    // name a year)
    if (n >= e || !t[n].word || (of && !capital(n)) || (t[n].lc[0] >= '0' && t[n].lc[0] <= '9')) return head();
    // the author's words: up to a participle ("published on Monday"), a date, a preposition
    // that opens no name ("on Wednesday", "in court") or a mark
    std::size_t z = n;
    // (a plural possessive's apostrophe, glued to its word, stays inside: "the residents'
    // association")
    auto apostrophe = [&](std::size_t x) {
      return t[x].lc == "\"" && text[t[x].start] != '"' && t[x - 1].end == t[x].start && t[x - 1].lc.ends_with("s");
    };
    while (z < e && ((t[z].word && !calendar_words.count(t[z].lc) && !lower_participle(z) &&
                      (!function_words.count(t[z].lc) || inside_name(z))) ||
                     (z > n && apostrophe(z))))
      ++z;
    if (z == n) return head();
    b = a;
    e = z;
    return;
  }
}

text_key extractor::impl::speaker_key(std::string_view text, token_span t, std::size_t b,
                                      std::size_t e) const {
  while (b < e && t[b].word && determiners.count(t[b].lc) && t[b].lc != "the") ++b;
  if (b < e && t[b].lc == "the") ++b;
  // "318 farmers, 201 of whom said ...": a relative pronoun names nobody (not "WHO")
  if (b + 1 == e && (t[b].lc == "whom" || t[b].lc == "which" || t[b].lc == "that" ||
                     (t[b].lc == "who" && !is_upper(text[t[b].start]))))
    return {};
  // How many speak is no part of who speaks: "two officials" -> "officials", "Two Egyptian
  // security sources" -> "egyptian security sources"; a name that begins with a number ("Five
  // Star Movement": capitalized after it, and no speaker noun) keeps it.
  if (b + 1 < e && t[b].word && (number_words.count(t[b].lc) || (t[b].lc[0] >= '0' && t[b].lc[0] <= '9'))) {
    bool counted = t[b + 1].word && !is_upper(text[t[b + 1].start]);
    for (std::size_t i = b + 1; i < e && !counted; ++i)
      counted = speaker_noun(t[i]);
    if (counted) ++b;
  }
  document_author(text, t, b, e);
  text_key k;
  if (b >= e) return k;
  // (the words as views of their tokens or of demonyms' values, in a buffer kept from call to
  // call; a word that is its token's whole text is tested against a list by the token's bit)
  struct word_info {
    std::string_view w;
    token const* whole;  // the token whose text w is, else null
    bool cap, acronym, possessive;
  };
  thread_local std::vector<word_info> ws;
  ws.clear();
  auto in = [](auto const& list, word_info const& x) { return x.whole ? list.count(x.whole->lc) : list.count(x.w); };
  bool leading = true;
  for (std::size_t i = b; i < e; ++i) {
    if (!t[i].word) {
      // "Marsh & Cole": the ampersand of a firm's name is part of it
      if (t[i].lc == "&" && !ws.empty() && ws.back().cap && i + 1 < e && t[i + 1].word && is_upper(text[t[i + 1].start]))
        ws.push_back({t[i].lc, &t[i], true, false, false});
      continue;
    }
    bool possessive = t[i].lc.size() > 2 && t[i].lc.compare(t[i].lc.size() - 2, 2, "'s") == 0;
    word_info x{strip_possessive_view(t[i].lc), nullptr, false, false, possessive};
    if (x.w.size() == t[i].lc.size()) x.whole = &t[i];
    if (leading && (is_lit(x.w, "the") || is_lit(x.w, "a") || is_lit(x.w, "an"))) continue;
    // "Floods hit the province, where the regional relief agency has registered 812 claims":
    // a word that opens a clause (a relative adverb, a conjunction: function_words.tsv),
    // lowercase, is no part of the body after it
    if (leading && i + 1 < e && !possessive && !is_upper(text[t[i].start]) && in(function_words, x)) continue;
    // "the territory's health ministry"; "the agency" alone points back (no key); "the city
    // council" is a name
    if (leading && in(anaphors, x) && (possessive || i + 1 == e)) continue;
    // "Neighbouring Castel district said": a word before a place's name is no part of the
    // body's name (grammars/place_modifiers.tsv)
    if (leading && i + 1 < e && place_modifiers.count(x.w)) continue;
    leading = false;
    if (possessive) {
      if (auto it = demonyms.find(x.w); it != demonyms.end()) {  // "Israel's army"
        x.w = it->second;
        x.whole = nullptr;
      }
    }
    x.acronym = x.w.size() >= 2;
    for (std::size_t c = t[i].start; c < t[i].start + x.w.size() && c < t[i].end && x.acronym; ++c)
      x.acronym = !(text[c] >= 'a' && text[c] <= 'z');
    // (the sentence's first word is capitalized by position: "Rating agency Fenwick Ratings"
    // opens with a descriptor when a lowercase word follows it)
    // ("Broadcaster Vistel said": a kind of organisation, kind_nouns.tsv, is a descriptor there
    // before a name too)
    // ("Organisers Brightline Events told": a group of speakers, as a kind, is one there too)
    x.cap = is_upper(text[t[i].start]) &&
            !(i == 0 && i + 1 < e && t[i + 1].word &&
              (!is_upper(text[t[i + 1].start]) || in(kind_nouns, x) || in(generic_speakers, x) ||
               in(speaker_nouns, x)));
    ws.push_back(x);
  }
  // A title before a capitalized name: keep the name.
  std::size_t from = 0;  // (the words before it dropped)
  // ("Pharmacist Grace Obi", "Pro-vice-chancellor Imogen Rae": a title by its form, formed_title,
  // only as the phrase's first word before a name of two words or more; "Lindqvist" is a name)
  for (std::size_t j = ws.size(); j-- > 0;) {
    if (!in(titles, ws[j]) && !(j == 0 && ws.size() >= 3 && ws[1].cap && formed_title(ws[0].w))) continue;
    bool name = j + 1 < ws.size();
    for (std::size_t m = j + 1; m < ws.size(); ++m) name = name && ws[m].cap && !in(titles, ws[m]);
    // "Essary General Hospital": a name that ends in an institution is no person's, and the
    // title-like word inside it no title (grammars/body_nouns.tsv "institution")
    // (or in a body's kind: "the Northern Premier Hockey League" keeps "premier")
    if (name && (institution_nouns.count(ws.back().w) || in(body_nouns, ws.back()))) break;
    if (name) from = j + 1;
    break;
  }
  // A lowercase descriptor before an acronym: keep the acronym ("Turkey's disaster agency AFAD").
  if (ws.size() - from >= 2 && ws.back().acronym && !ws[ws.size() - 2].cap) from = ws.size() - 1;
  // ... or before a name, as a title is: keep the name ("party co-leader Mira Oden", "opposition
  // Liberal Centre", "the rail operator Nordbane"). Only when every word before the name is
  // such a lowercase descriptor: not after a function word ("the port authority of New Ledo" is
  // the authority's name), nor after other speakers joined to it ("two Egyptian security sources
  // and state-run Al-Qahera News" are both the speakers).
  {
    std::size_t run = ws.size();
    while (run > from && ws[run - 1].cap) --run;
    // (a possessive place before the descriptor goes with it: "Aldern's rail operator Railnord")
    // (and a place or group in capitals before the lowercase descriptor: "the Aldern rail
    // operator Railnord", "Farmers' union Agrival")
    std::size_t const lead =
        from + 1 < run && (ws[from].possessive || (ws[from].cap && !ws[from + 1].cap)) ? from + 1 : from;
    bool descriptor = ws.size() - run >= 1 && run > lead;
    for (std::size_t m = lead; m < run && descriptor; ++m) descriptor = !ws[m].cap && !in(function_words, ws[m]);
    if (descriptor) from = run;
  }
  // "Ecologist Dr Lena Ward of Eastbay University", "Lena Ward of the Eastbay Otter Trust": a
  // person named with the body she speaks for is the person (docs/corpus.md, source_key; sets 9
  // and 10). The person: the two or three capitalized words right before the first "of", none a
  // title or a word for a body, an institution, a kind of organisation or a place; the body: "of
  // the" and a capitalized name, or a name that ends in such a word ("of Eastbay University").
  // ("the Central Bank of Ireland", "the Minnesota Board of Animal Health", "Kalvanur Institute of
  // Science": a body's word before "of", or none after it, is a body's own name.)
  std::size_t to = ws.size();
  for (std::size_t m = from + 2; m + 1 < ws.size(); ++m) {
    if (!is_lit(ws[m].w, "of")) continue;
    auto bodylike = [&](word_info const& x) {
      return in(body_nouns, x) || in(institution_nouns, x) || in(kind_nouns, x) || in(place_nouns, x) || in(titles, x);
    };
    std::size_t p = m;
    while (p > from && m - p < 3 && ws[p - 1].cap && !ws[p - 1].possessive && !bodylike(ws[p - 1])) --p;
    bool const the = is_lit(ws[m + 1].w, "the");
    bool named = m + 1 + the < ws.size();
    for (std::size_t n = m + 1 + the; n < ws.size() && named; ++n) named = ws[n].cap;
    bool const body = named && (the || in(body_nouns, ws.back()) || in(institution_nouns, ws.back()));
    if (m - p >= 2 && (p == from || !ws[p - 1].cap || in(titles, ws[p - 1])) && body) {
      from = p;
      to = m;
    }
    break;
  }
  std::string& key = k.key;
  for (std::size_t m = from; m < to; ++m) {
    if (!key.empty()) key.push_back(' ');
    key += ws[m].w;
  }
  if (auto const* alias = source_alias_index.find(key)) {
    key = *alias;
  } else {
    // "United Nations humanitarian office" -> "un humanitarian office"
    // (the space after the name and its first byte tested first, inline: most keys start with
    // none of the names)
    for (auto const& [name, short_form] : source_prefixes)
      if (key.size() > name.size() + 1 && key[name.size()] == ' ' && key[0] == name[0] &&
          std::memcmp(key.data(), name.data(), name.size()) == 0) {
        key = short_form + key.substr(name.size());
        break;
      }
  }
  k.text.assign(text.substr(t[b].start, t[e - 1].end - t[b].start));
  return k;
}

text_key extractor::impl::find_attribution(std::string_view text, sentence_info& si) const {
  token_span const t = si.tokens;
  auto speaker_text = [&](std::size_t b, std::size_t e) { return speaker_key(text, t, b, e); };
  static word_list const pronouns = {"he",   "she",  "they", "it",    "we",
                                                        "i",    "them", "this", "these", "those"};
  auto const& stops = attribution_stops;
  // A cue inside a figure is part of it ("11.1 per cent").
  auto in_quantity = [&](std::size_t i) { return si.in_figure(t[i]); };
  auto capitalized = [&](std::size_t i) { return i < t.size() && t[i].word && is_upper(text[t[i].start]); };
  // Inside a name: the apostrophe of a plural possessive ("the Dock Porters' Guild", which
  // the tokenizer reads as a closing quote glued to the word) and the period of a title's
  // abbreviation ("Dr. Jane Roe"; grammars/abbreviations.tsv).
  auto name_mark = [&](std::size_t k) {
    if (k == 0 || k + 1 >= t.size() || t[k].word || !t[k - 1].word || !t[k + 1].word) return false;
    // "the liquidator, Marsh & Cole, said": an ampersand between capitalized words
    if (t[k].lc == "&") return capitalized(k - 1) && capitalized(k + 1);
    if (t[k - 1].end != t[k].start) return false;
    if (t[k].lc == "\"") return text[t[k].start] != '"' && t[k - 1].lc.ends_with("s") && t[k].end != t[k + 1].start;
    return t[k].lc == "." && abbreviations.count(t[k - 1].lc) && capitalized(k - 1) && capitalized(k + 1);
  };
  // The tokens that start a speech preposition or a speech verb, in one pass (the loops below
  // visit only these, in token order, instead of every token three times): the prepositions
  // that start there, and the first speech verb that matches there.
  struct speech_start {
    std::size_t i;
    cue_range preps;
    cue const* verb;
  };
  thread_local std::vector<speech_start> starts;
  starts.clear();
  // (only the first words of speech cues: intern's list; their vocabulary entries hold the
  // cues that start with them, build_vocab)
  thread_local std::vector<std::uint32_t> buf;
  for (std::size_t const i : notable_of(si, notable_kind::speech_start, buf)) {
    auto const* const info = t[i].info;
    cue_range preps;
    if (info->speech_preps) preps = {&speech_preps, info->speech_preps};
    cue const* verb = nullptr;
    if (info->speech_verbs)
      for (auto const x : *info->speech_verbs)
        if (match_at(t, i, speech_verbs[x].words)) {
          verb = &speech_verbs[x];
          break;
        }
    if (preps.idx || verb) starts.push_back({i, preps, verb});
  }
  // The first speaker of the sentence wins: "X said ..., citing Y" is X's.
  text_key prep_k;
  std::size_t prep_at = t.size();
  for (std::size_t n = 0; n < starts.size() && prep_k.key.empty(); ++n) {
    std::size_t const i = starts[n].i;
    if (!starts[n].preps.idx || in_quantity(i)) continue;
    for (auto const& p : starts[n].preps) {
      if (!match_at(t, i, p.words)) continue;
      std::size_t b = i + p.words.size(), e = b;
      bool figure = false;  // ("citing debt of about 71% of output" cites a reason, not a source)
      for (; e < t.size() && (t[e].word || name_mark(e)) && e - b < 6; ++e) figure = figure || in_quantity(e);
      if (figure) continue;
      // "worth €3,000 to €6,000 per farm": "per" before a lowercase word with no determiner is a
      // rate, not a source ("per the ministry", "per Reuters" are sources)
      if (p.words.size() == 1 && p.words[0] == "per" && b < t.size() && !capitalized(b) && t[b].lc != "the" &&
          !determiners.count(t[b].lc))
        continue;
      // a long name runs on: "the Centers for Disease Control and Prevention", "the annual report
      // of the Inspectorate of Prisons" (over "of"/"for" between capitalized words too)
      while (e < t.size() && e - b < 10 &&
             ((capitalized(e) && (capitalized(e - 1) || t[e - 1].lc == "and" || t[e - 1].lc == "of" || t[e - 1].lc == "for")) ||
              ((t[e].lc == "of" || t[e].lc == "for") && capitalized(e - 1) && capitalized(e + 1))))
        ++e;
      // "according to figures the statistics office released", "according to data the bureau
      // published": the data noun has a relative clause without "that"; its subject, the body
      // that put the data out, is the source
      if (e - b >= 3 && !capitalized(b))
        for (std::size_t m = b + 1; m + 2 < e; ++m)
          if (t[m].lc == "the") {
            std::size_t v = m + 2;
            while (v < e && !(t[v].lc.size() > 4 && t[v].lc.ends_with("ed"))) ++v;
            if (v < e) {
              b = m;
              e = v;
            }
            break;
          }
      auto k = speaker_text(b, e);
      if (!k.key.empty()) {
        k.text.assign(text.substr(t[i].start, t[e - 1].end - t[i].start));
        prep_k = std::move(k);
        prep_at = i;
        break;
      }
    }
  }
  // "said"/"says" before the verbs that also do other work ("Israel's military told 1.1 million
  // people to move ..., the United Nations said" is the UN's).
  // "..., she told reporters, adding that the agency expected 4,000 more cases": a pronoun that
  // speaks first reports the rest of its clause; a verb after it ("the agency expected") is told by it
  std::size_t pronoun_at = t.size();
  std::size_t joined_verb = t.size();  // a speech verb joined by "and" to a verb of no speech
  auto same_clause = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k)
      if (t[k].lc == ";" || (t[k].lc == "," && k + 1 < t.size() &&
                             (t[k + 1].lc == "and" || t[k + 1].lc == "while" || t[k + 1].lc == "but" ||
                              t[k + 1].lc == "whereas")))
        return false;
    return true;
  };
  for (int pass = 0; pass < 2; ++pass)
  for (auto const& st : starts) {
    std::size_t const i = st.i;
    if (i > prep_at + 1) break;
    cue const* const verb = st.verb;
    if (!verb) continue;
    if (i > pronoun_at && same_clause(pronoun_at, i)) continue;
    if ((verb->value == "verb") != (pass == 0)) continue;
    // "Minister Ana Roe blamed a shortage of nurses, saying the service employed 900": the
    // subject of the verb before the comma speaks (as for "and said" below); no "saying" names
    // a speaker of its own
    if (t[i].lc == "saying") {
      if (i >= 2 && t[i - 1].lc == "," && t[i - 2].word) joined_verb = std::min(joined_verb, i);
      continue;
    }
    // "Employers added 209,000 jobs": a verb that is also a verb of figures (attribution.tsv
    // column 3 "object") is no speech verb with a figure right after it
    if (verb->extra == "object" && i + 1 < t.size() && in_quantity(i + 1)) continue;
    // "The committee plans to put €1 million toward ...": a verb after "to" is an infinitive, a
    // plan's or an act's (find_actor), not a speech with the words before it as the speaker
    if (i > 0 && t[i - 1].lc == "to") continue;
    // "Up to 40% of foragers cannot reliably tell the death cap from ...", "did not say how many":
    // a negated verb tells nothing, and names no speaker (over one adverb between)
    if (std::size_t n = i > 0 && t[i - 1].lc.size() > 3 && t[i - 1].lc.ends_with("ly") ? i - 1 : i;
        n > 0 && (t[n - 1].lc == "not" || t[n - 1].lc == "cannot" || t[n - 1].lc == "never"))
      continue;
    // "above a forecast of €6 million", "The report's estimates of 40 ...", "Early estimates put
    // the damage at", "Their latest forecasts show": a cue word after an article or a possessive
    // pronoun, before "of", or right before another speech verb is a noun (a later verb may
    // still name a speaker: "Early estimates put" is told by the estimates)
    // ("against expected revenue of": after a preposition, a participle modifying a noun)
    if (i > 0 && (t[i - 1].lc == "a" || t[i - 1].lc == "an" || t[i - 1].lc == "against" ||
                  noun_prepositions.count(t[i - 1].lc) ||
                  (determiners.count(t[i - 1].lc) && t[i - 1].lc != "that" && t[i - 1].lc != "all")))
      continue;
    // ("the company's forecast of 5,000" is the company's: a possessive before the noun speaks;
    // "the official estimate had stood at": an auxiliary or copula after it makes it a subject)
    if (i + 1 < t.size() &&
        ((t[i + 1].lc == "of" && !(i > 0 && is_possessive(t[i - 1].lc))) ||
         attribution_speech_aux.count(t[i + 1]) || is_be(t[i + 1].lc) ||
         // ("lawyers said claims there could reach": "said" is never a noun)
         (!said_verbs.count(t[i].lc) &&
          std::any_of(starts.begin(), starts.end(), [&](speech_start const& o) { return o.i == i + 1 && o.verb; }))))
      continue;
    // "Insurance claims rose to 21,000", "the figure could climb once claims from farms arrive":
    // a cue that is also a plural noun (not a form of "say") before a verb of figures or a noun's
    // preposition is the noun ("reports on Monday" stays a verb with its day)
    if (i + 1 < t.size() && t[i].lc.ends_with("s") && !is_lit(t[i].lc, "says") && t[i + 1].word &&
        (t[i + 1].pred || t[i + 1].low_pred ||
         (noun_prepositions.count(t[i + 1].lc) &&
          !(i + 2 < t.size() && t[i + 1].lc == "on" && calendar_words.count(t[i + 2].lc)))))
      continue;
    // before: back to punctuation or a clause word, over a date between ("X on Sunday announced")
    std::size_t j = i;
    // "Derna's mayor had warned", "the agency has also said", "would later tell", "the state
    // alone has recorded": over auxiliaries and adverbs (speech_adverbs.tsv "between") back to
    // the speaker; "The governor, however, put": over a parenthetical between commas
    // ("aside"). Such a speaker must look like one (checked below).
    auto const& speech_aux = attribution_speech_aux;
    bool stepped = false;
    bool apposed = false;  // (the speaker found over an appositive or a relative clause: a name)
    while (j > 0 && i - j < 4 && t[j - 1].word && (speech_aux.count(t[j - 1]) || speech_adverbs.count(t[j - 1].lc))) {
      --j;
      stepped = true;
    }
    if (j >= 3 && t[j - 1].lc == "," && speech_asides.count(t[j - 2].lc) && t[j - 3].lc == ",") {
      j -= 3;
      stepped = true;
    }
    if (j >= 2 && calendar_words.count(t[j - 1].lc) && t[j - 2].lc == "on") {
      j -= 2;
      // "A US assessment released on Tuesday put ...": the participle is not part of the name
      if (j >= 2 && t[j - 1].lc.size() > 4 && t[j - 1].lc.ends_with("ed") && t[j - 2].word) --j;
    }
    // "A UN-backed assessment last month found": a relative date between is not part of the name
    // (the first cue in list order that ends right before j: only the cues that start one to
    // relative_max_words tokens back, with that many words, can)
    {
      std::uint32_t first = UINT32_MAX;
      for (std::size_t n = 1; n <= relative_max_words && n < j; ++n) {
        // (starting(relative_dates, t, j - n), read from the word's entry: no walk over its lists)
        auto const& w = t[j - n];
        auto const* const idx = w.cue_first && w.info ? w.info->relative_dates : nullptr;
        if (!idx) continue;
        for (auto const x : *idx)
          if (x < first && relative_dates[x].words.size() == n && match_at(t, j - n, relative_dates[x].words)) {
            first = x;
            break;
          }
      }
      if (first != UINT32_MAX) j -= relative_dates[first].words.size();
    }
    std::size_t b = j;
    auto const& aux = attribution_aux;
    auto speaker_word = [&](token const& x) {
      if (x.lc == "who" && !is_upper(text[x.start])) return false;  // "who", not "WHO"
      return x.word && !stops.count(x) && !calendar_words.count(x.lc) && !aux.count(x) &&
             !(x.lc[0] >= '0' && x.lc[0] <= '9');
    };
    // "of"/"for" inside a name: "the mayor of Lisbon", "the UN agency for Palestinian refugees";
    // "of" after a title ("the health minister of the eastern-based administration")
    auto name_link = [&](std::size_t k) {
      return (t[k].lc == "of" || t[k].lc == "for") && k > 0 && t[k - 1].word &&
             (capitalized(k + 1) || (t[k].lc == "of" && titles.count(t[k - 1].lc) && k + 1 < t.size() && t[k + 1].word));
    };
    // (name_mark holds only at punctuation, speaker_word only at a word: tested inline first)
    while (b > 0 &&
           (name_link(b - 1) || (!t[b - 1].word && name_mark(b - 1)) ||
            (t[b - 1].word && speaker_word(t[b - 1]) && t[b - 1].lc != "of" && t[b - 1].lc != "from")) &&
           j - (b - 1) <= 7) {
      // ("British lawyers said claims there could reach": the words before another speech verb
      // are that verb's speaker, none of this cue's)
      if (t[b - 1].word && said_verbs.count(t[b - 1].lc)) break;
      --b;
      // "The agency said it did not believe", "a search it expects to last": a subject pronoun
      // is the verb's whole subject; the words before it belong to another clause (they made
      // the key "agency said it did not")
      if (subject_pronouns.count(t[b].lc)) break;
    }
    // "A survey for the health ministry found", "An interim report on the storm put", "a report
    // by inspectors found": the walk stopped at a preposition after a document's noun
    // (phrase_cues.tsv "document"); the document opening its clause is the speaker, and
    // speaker_key reads its author or its head (document_author)
    if (b >= 2 && b < j && (t[b - 1].lc == "of" || t[b - 1].lc == "from" || stops.count(t[b - 1]))) {
      std::size_t nb = b - 1;
      while (nb > 0 && b - 1 - nb < 3 && t[nb - 1].word && speaker_word(t[nb - 1])) --nb;
      bool document = false;
      for (std::size_t m = nb; m < b - 1 && !document; ++m) document = document_nouns.count(t[m].lc) != 0;
      if (document && document_nouns.count(t[b - 2].lc) && (nb == 0 || !t[nb - 1].word)) b = nb;
    }
    // "The company cut its operating profit forecast to ...": a possessive pronoun inside the
    // words before the cue makes the cue a noun of that phrase, not a speech verb (one that
    // opens them, "its chief executive said", is the speaker's)
    if (std::any_of(t.begin() + b + 1, t.begin() + j, [](token const& x) { return is_lit(x.lc, "its") || is_lit(x.lc, "their"); }))
      continue;
    // "A study of 528 infections in 16 countries, published this week, found that": over a
    // participle phrase between commas to the subject, whose head is what comes before its
    // first "of" when it opens the sentence
    if (b == j && j >= 4 && t[j - 1].lc == ",") {
      for (std::size_t o = j - 2; o > 0 && j - o < 9; --o) {
        if (t[o].lc != ",") continue;
        if (!(t[o + 1].lc.size() > 4 && t[o + 1].lc.ends_with("ed"))) break;
        std::size_t e2 = o, b2 = e2;
        while (b2 > 0 && speaker_word(t[b2 - 1]) && t[b2 - 1].lc != "of" && e2 - b2 < 6) --b2;
        if (b2 > 0 && b2 < e2) {
          // stopped inside the subject ("... in 16 countries"): its head before the first "of"
          std::size_t of = SIZE_MAX;
          bool clean = true;
          for (std::size_t m = 0; m < o; ++m) {
            if (t[m].lc == "of" && of == SIZE_MAX) of = m;
            clean = clean && (t[m].lc != "," || in_quantity(m)) && !t[m].pred && !aux.count(t[m]);
          }
          if (clean && of != SIZE_MAX && of > 0 && of <= 4) {
            b2 = 0;
            e2 = of;
          } else {
            b2 = e2;
          }
        }
        if (b2 < e2) {
          b = b2;
          j = e2;
        }
        break;
      }
    }
    // "Japan's largest union federation, Rengo, said": a name in apposition right before the
    // verb is the speaker
    if (b == j && j >= 3 && t[j - 1].lc == ",") {
      std::size_t e2 = j - 1, b2 = e2;
      while (b2 > 0 && e2 - b2 < 4 && (capitalized(b2 - 1) || name_mark(b2 - 1))) --b2;
      if (b2 < e2 && b2 > 0 && t[b2 - 1].lc == "," && b2 >= 2 && t[b2 - 2].word) {
        b = b2;
        j = e2;
      }
    }
    // "UNRWA, the UN agency for Palestinian refugees, says", "The World Health Organization,
    // which published its own estimate last week, says": over an appositive or a relative
    // clause between commas, the name before it (opening its clause) is the speaker.
    // (a relative clause may be long, and hold a list's commas: "Varn Foods, which employs about
    // 900 people at the plant and runs 12 ovens there, said", "The Shippers Council, which
    // represents 60-odd grain, potash and lumber exporters, said": up to 24 tokens and two inner
    // commas, for a relative clause only; an appositive keeps 14 tokens and no inner comma)
    if (b == j && j >= 4 && t[j - 1].lc == ",") {
      std::size_t inner_commas = 0;
      // (inside the clause, a plural possessive's apostrophe, "who chairs the exporters'
      // association", and an abbreviation's period, "since Feb. 3", are no clause's end)
      auto inner_mark = [&](std::size_t k) {
        return (t[k].lc == "\"" && text[t[k].start] != '"' && t[k - 1].end == t[k].start && t[k - 1].lc.ends_with("s")) ||
               (t[k].lc == "." && abbreviations.count(t[k - 1].lc));
      };
      // an age between commas right before the clause ("Anton Brisk, 61, who grows barley")
      auto age_at = [&](std::size_t k) {
        return k >= 2 && t[k].lc == "," && t[k - 2].lc == "," && t[k - 1].lc[0] >= '0' && t[k - 1].lc[0] <= '9' &&
               t[k - 1].lc.size() <= 3;
      };
      for (std::size_t o = j - 2; o > 0 && j - o < 24; --o) {
        if (!t[o].word && !in_quantity(o) && !inner_mark(o)) {
          if (t[o].lc != ",") break;
          bool relative = t[o + 1].lc == "which" || (t[o + 1].lc == "who" && !is_upper(text[t[o + 1].start]));
          // (also a title opening the appositive, "Rudi Falk, chairman of the football
          // association, said", and an age alone, "Aran, 44, said"; a body's possessive before
          // the title, "Lena Marwick, Ostgrid's director of operations, said"; a participle
          // phrase, "Governor Ana Roe, visiting the flooded valley, said")
          bool const age = o + 2 == j - 1 && t[o + 1].lc[0] >= '0' && t[o + 1].lc[0] <= '9' && t[o + 1].lc.size() <= 3;
          bool const possessed_title = capitalized(o + 1) && is_possessive(t[o + 1].lc) && o + 2 < j &&
                                       titles.count(t[o + 2].lc);
          bool const participle = t[o + 1].word && !capitalized(o + 1) && t[o + 1].lc.size() > 5 && t[o + 1].lc.ends_with("ing");
          bool appositive = inner_commas == 0 && j - o < 14 &&
                            (t[o + 1].lc == "the" || t[o + 1].lc == "a" || t[o + 1].lc == "an" ||
                             (titles.count(t[o + 1].lc) && !capitalized(o + 1)) || age || possessed_title || participle);
          // (a participle phrase has verbs of its own: "visiting the flooded valley")
          for (std::size_t m = o + 1; appositive && m + 1 < j; ++m)
            appositive = (participle || (!t[m].pred && !t[m].low_pred)) && !aux.count(t[m]);
          if (!relative && !appositive) {
            if (++inner_commas <= 2 && t[o + 1].word) continue;
            break;
          }
          std::size_t b2 = o;
          if (relative && age_at(o)) b2 = o - 2;
          std::size_t const name_end = b2;
          while (b2 > 0 && ((t[b2 - 1].word && speaker_word(t[b2 - 1])) || name_link(b2 - 1) || (!t[b2 - 1].word && name_mark(b2 - 1))) &&
                 name_end - (b2 - 1) <= 6)
            --b2;
          bool opens = b2 == 0 || !t[b2 - 1].word;
          if (b2 < name_end && opens && (relative || capitalized(name_end - 1))) {
            b = b2;
            j = name_end;
            apposed = true;
          }
          break;
        }
      }
    }
    // ", and Britain announced": the coordinator opens a new clause
    while (b < j && (t[b].lc == "and" || t[b].lc == "or") && (b == 0 || !t[b - 1].word)) ++b;
    // "The governor announced 12 million dollars in relief and said ...": a verb joined by "and" to
    // an earlier verb of its clause has that verb's subject (found at that verb), not the words
    // before "and"
    // (and by "but": "The union welcomed the offer but said ...", "The maker returned to profit,
    // but warned that ...")
    if (j >= 2 && ((b < j && t[j - 1].lc == "and" && t[j - 2].word) ||
                   (t[j - 1].lc == "but" && (t[j - 2].word || t[j - 2].lc == ",")))) {
      joined_verb = std::min(joined_verb, i);
      continue;
    }
    // "from the 9 million dollars announced in May": words of a figure speak for no one
    // ("Five Star Movement said": a number opening a name is the key's business)
    {
      bool figure = b > 0 && t[b - 1].word && in_quantity(b - 1);
      for (std::size_t m = b + 1; m < j && !figure; ++m) figure = in_quantity(m);
      if (figure) b = j;
    }
    // "..., far below the figure given by Gaza's health ministry, which on Tuesday again said
    // 471": a relative clause's speaker is the name before it, for the figures after the verb.
    auto relative_word = [&](std::size_t k) {
      return t[k].lc == "which" || (t[k].lc == "who" && !is_upper(text[t[k].start]));
    };
    std::size_t r = b;  // over "on Tuesday again" back to "which"
    while (r > 0 && b - r < 4 && t[r - 1].word && !relative_word(r - 1) &&
           (stops.count(t[r - 1]) || calendar_words.count(t[r - 1].lc)))
      --r;
    if (b == j && r >= 2 && relative_word(r - 1) && t[r - 2].lc == ",") {
      std::size_t hb = r - 2;
      while (hb > 0 && speaker_word(t[hb - 1]) && t[hb - 1].lc != "of" && r - 2 - (hb - 1) <= 5) --hb;
      auto k = speaker_text(hb, r - 2);
      if (!k.key.empty() && !pronouns.count(k.key) && si.relative.first.key.empty()) si.relative = {k, i};
      continue;
    }
    // "The state agency that runs the ports said": over a relative clause with "that" the named
    // body opening the sentence is the speaker
    if (b >= 2 && b < j && t[b - 1].lc == "that" && (t[b].lc.ends_with("s") || t[b].lc.ends_with("ed"))) {
      std::size_t nb = b - 1;
      while (nb > 0 && speaker_word(t[nb - 1]) && b - 1 - nb < 5) --nb;
      bool named = false;
      for (std::size_t m = nb; m + 1 < b; ++m) named = named || is_upper(text[t[m].start]) || t[m].lc == "the";
      if (nb < b - 1 && (nb == 0 || !t[nb - 1].word) && named) {
        j = b - 1;
        b = nb;
      }
    }
    // "Rona Vell of the Dock Pilots' Guild said": a person's name (two or three capitalized
    // words opening the clause, no body's word last) before "of the" and the body is the
    // speaker, the body a description of her, as a title before a name is (docs/corpus.md)
    if (b >= 3 && b < j && t[b].lc == "the" && t[b - 1].lc == "of") {
      std::size_t nb = b - 1;
      while (nb > 0 && capitalized(nb - 1) && !is_possessive(t[nb - 1].lc) && b - 1 - nb < 3) --nb;
      if (b - 1 - nb >= 2 && (nb == 0 || !t[nb - 1].word) && t[nb].lc != "the" && !body_nouns.count(t[b - 2].lc) &&
          !institution_nouns.count(t[b - 2].lc) && !kind_nouns.count(t[b - 2].lc)) {
        j = b - 1;
        b = nb;
      }
    }
    // "A review commissioned by the council found that ...": the report opening the sentence
    // speaks, not the body that ordered it (phrase_cues.tsv "commissioned")
    if (b >= 3 && b < j && t[b - 1].lc == "by" && commissioning_participles.count(t[b - 2].lc)) {
      std::size_t nb = b - 2;
      while (nb > 0 && speaker_word(t[nb - 1]) && b - 2 - nb < 4) --nb;
      if (nb == 0 && nb < b - 2) {
        j = b - 2;
        b = nb;
      }
    }
    // "Economists polled before the release had expected": a group of speakers (speaker_nouns,
    // generic_speakers) opening its clause, then a participle phrase, is the speaker.
    if (b >= 3 && b < j && stops.count(t[b - 1])) {
      for (std::size_t p = b - 2; p + 3 >= b && p >= 1; --p) {
        if (!(t[p].lc.size() > 4 && t[p].lc.ends_with("ed") && speaker_noun(t[p - 1]))) continue;
        std::size_t nb = p;
        while (nb > 0 && speaker_word(t[nb - 1]) && p - nb < 4) --nb;
        if (nb == 0 || !t[nb - 1].word) {
          b = nb;
          j = p;
        }
        break;
      }
    }
    // Over an auxiliary, an adverb or an aside the speaker is a name (a capital past the
    // sentence's first word), a possessor, a definite body or a group of speakers, with no
    // figure in it: "Countries have reported", "All 29 districts have reported" and "the Fed's
    // seven increases have added" name no speaker.
    if (stepped && b < j) {
      // ("Agrotav, the farmers' union, now expects": a word described by an appositive is a name
      // even as the sentence's first word)
      bool named = apposed, counted = verb->extra == "object";
      // ("Dunmore also confirmed", "Quist also announced": a single capitalized word that opens
      // the sentence and is no plural - "Countries have reported" - nor a verb form is a name)
      if (j == b + 1 && b == 0 && t[b].word && is_upper(text[t[b].start]) && !t[b].lc.ends_with("s") &&
          !t[b].pred && !t[b].low_pred && !function_words.count(t[b].lc) && !determiners.count(t[b].lc))
        named = true;
      for (std::size_t m = b; m < j; ++m) {
        named = named || (m > 0 && is_upper(text[t[m].start])) || t[m].lc.ends_with("'s") || t[m].lc == "the" ||
                speaker_noun(t[m]);
        counted = counted || in_quantity(m) || number_words.count(t[m].lc) || (t[m].lc[0] >= '0' && t[m].lc[0] <= '9');
      }
      // a figure earlier in the clause ("All 29 of the country's districts have reported")
      for (std::size_t m = b; m-- > 0 && t[m].word && !counted;) counted = in_quantity(m);
      if (!named || counted) b = j;
    }
    // Past forms double as participles ("55 of them confirmed", "cases reported"): then the
    // speaker must look like a name or a definite body ("the health ministry reported").
    static word_list const participles = {"confirmed", "reported", "recorded", "registered",
                                                                "estimated", "counted", "put", "claimed"};
    if (b < j && participles.count(t[i].lc)) {
      bool named = false;
      for (std::size_t m = b; m < j; ++m)
        named = named || t[m].lc == "the" || is_upper(text[t[m].start]) || speaker_noun(t[m]);
      if (!named) b = j;
    }
    // "a fraction of what aid agencies say is needed": a free relative names no speaker of the
    // sentence's figures
    if (b < j && (t[b].lc == "what" || t[b].lc == "how")) continue;
    if (b < j) {
      // ("she did not expect": a subject pronoun with the verb's auxiliaries after it)
      if ((j - b == 1 && pronouns.count(t[b].lc)) || subject_pronouns.count(t[b].lc)) {
        si.pronoun_speaker = true;
        if (j - b == 1 && j == i && t[b].lc == "it" && said_verbs.count(t[i].lc)) si.it_speaker = true;
        pronoun_at = std::min(pronoun_at, i);
        continue;
      }
      auto k = speaker_text(b, j);
      if (k.key.empty() && j - b <= 2 && anaphors.count(t[j - 1].lc)) {  // "the agency said"
        // "... of Hamas political leader Ismail Haniyeh, the group said": a name before a
        // person's title earlier in the sentence is the body the anaphor stands for (not a
        // place's adjective: "Israeli Prime Minister")
        for (std::size_t m = b; m-- > 0;) {
          if (!capitalized(m) || m == 0 || demonym_adjectives.count(t[m].lc) || demonyms.count(t[m].lc) ||
              titles.count(t[m].lc) || is_possessive(t[m].lc))
            continue;
          std::size_t n = m + 1;
          if (n < b && t[n].word && !capitalized(n) && !titles.count(t[n].lc)) ++n;  // "political"
          if (n < b && titles.count(t[n].lc) && n + 1 < b && capitalized(n + 1)) {
            std::size_t start = m;  // "Rebel Front military commander": the whole name
            while (start > 1 && capitalized(start - 1) && !titles.count(t[start - 1].lc) && m - start < 3) --start;
            auto named = speaker_text(start, m + 1);
            if (!named.key.empty()) {
              named.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
              return named;
            }
          }
        }
        si.pronoun_speaker = true;
        if (si.anaphor_key.empty()) si.anaphor_key = t[j - 1].lc;
        continue;
      }
      if (!k.key.empty() && !pronouns.count(k.key)) {
        if (b > prep_at) return prep_k;
        // "Lirenia counted 8.42 million people ..., according to figures the office released": a
        // verb that counts the figure right after it tells what was counted; "according to" after
        // every figure names who says so
        if (!prep_k.key.empty() && verb->value == "verb-before" && i + 1 < t.size() && in_quantity(i + 1) &&
            std::all_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                        [&](auto const& q) { return q.span.end <= t[prep_at].start; }))
          return prep_k;
        // "About 2,000 people rallied ... after official data showed rents up 6.8%": a speaker
        // in a subordinate clause tells the figures after its verb, not the main clause's
        // before it (read as a relative clause's speaker is)
        if (b >= 2 && speaker_subordinators.count(t[b - 1].lc) &&
            si.relative.first.key.empty() &&
            std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                        [&](auto const& q) { return q.span.end <= t[b - 1].start; })) {
          k.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
          si.relative = {std::move(k), i};
          continue;
        }
        k.text.assign(text.substr(t[b].start, t[i].end - t[b].start));
        si.aux_speaker = stepped;
        // "Hospitals recorded 1,605 new cases": a verb whose object is the figure itself counts
        // it; the speaker tells that figure, not the paragraph's next sentences
        si.count_speaker = verb->value == "verb-before" && i + 1 < t.size() && in_quantity(i + 1);
        // "final results announced on Sunday showed": a participle before the verb announces nothing
        si.plan_speaker = verb->extra == "plan";
        for (std::size_t m = i + 1; m < t.size() && m <= i + 4 && si.plan_speaker; ++m)
          for (auto const& v : starting(speech_verbs, t, m))
            if (match_at(t, m, v.words)) si.plan_speaker = false;
        return k;
      }
    }
    // after: "said Gaza's health ministry", "said resident Mohammed Abou Diab"; not for verbs
    // whose object follows ("put the number of people who died at ...").
    if (verb->value != "verb") continue;
    std::size_t e = i + 1;
    while (e < t.size() && ((t[e].word && speaker_word(t[e])) || name_link(e) || (!t[e].word && name_mark(e))) && e - i <= 6) ++e;
    // (or lowercase descriptors, then a name of two capitalized words or more: "said opposition
    // leader Tomas Brek"; speaker_key drops the descriptors)
    auto described_name = [&] {
      std::size_t n = e;
      while (n > i + 1 && capitalized(n - 1)) --n;
      bool lower = n > i + 1 && n - (i + 1) <= 3 && e - n >= 2;
      for (std::size_t m = i + 1; m < n && lower; ++m) lower = t[m].word && !capitalized(m) && !function_words.count(t[m].lc);
      return lower;
    };
    // ("and said the rocket supported about 9,000 jobs", "said its members lost up to C$2
    // million": a lowercase verb after the words is the clause they open, no speaker after
    // "said"; "said the armed forces" is an adjective after its determiner)
    auto clause_after = [&] {
      for (std::size_t m = i + 2; m < e; ++m)
        if (t[m].word && !capitalized(m) && !determiners.count(t[m - 1].lc) &&
            (t[m].pred || t[m].low_pred || t[m].lc.ends_with("ed")))
          return true;
      return false;
    };
    if (e > i + 1 && !pronouns.count(t[i + 1].lc) &&
        (is_upper(text[t[i + 1].start]) || determiners.count(t[i + 1].lc) || described_name()) && !clause_after()) {
      // "said Ostrad's foreign minister, Lena Hask, a former envoy": the name in apposition
      // after a title is the speaker (as "Foreign Minister Lena Hask" would be)
      // ("said its chief executive, Lena Vos", "said its dean of linguistics, Hanne Roos": a title
      // with the words of its office after it, up to four, as well)
      auto titled = [&] {
        for (std::size_t m = e; m-- > i + 1 && e - m <= 4;) {
          if (titles.count(t[m].lc)) return true;
          if (!t[m].word || capitalized(m)) return false;
        }
        return false;
      };
      if (e + 2 < t.size() && t[e].lc == "," && titled() && capitalized(e + 1)) {
        std::size_t n = e + 1;
        while (n < t.size() && n - e <= 3 && capitalized(n)) ++n;
        if (n - (e + 1) >= 2 && (n == t.size() || !t[n].word)) {
          auto k = speaker_text(e + 1, n);
          if (!k.key.empty()) {
            if (i > prep_at) return prep_k;
            k.text.assign(text.substr(t[i].start, t[n - 1].end - t[i].start));
            return k;
          }
        }
      }
      auto k = speaker_text(i + 1, e);
      if (!k.key.empty()) {
        if (i > prep_at) return prep_k;
        k.text.assign(text.substr(t[i].start, t[e - 1].end - t[i].start));
        // "said Rui Tavar, head of the Small Farmers' Federation, which says more than 2,000 of
        // its members ...": a relative clause's speaker after the named one tells the figures
        // after its own verb (as in "..., which on Tuesday again said 471" above)
        for (auto const& later : starts) {
          std::size_t const v = later.i;
          // (", who said his ward had 42 beds" is the person named already)
          if (v < e + 3 || !later.verb || later.verb->value != "verb" || t[v - 1].lc != "which" || t[v - 2].lc != ",")
            continue;
          std::size_t hb = v - 2;
          while (hb > e && ((t[hb - 1].word && speaker_word(t[hb - 1])) || (!t[hb - 1].word && name_mark(hb - 1))) &&
                 t[hb - 1].lc != "of" && v - 2 - (hb - 1) <= 5)
            --hb;
          auto r = speaker_text(hb, v - 2);
          if (hb > e && !r.key.empty() && !pronouns.count(r.key) && si.relative.first.key.empty()) si.relative = {r, v};
          break;
        }
        return k;
      }
    }
  }
  // "Governor Ana Roe opened two shelters and said 800 volunteers had signed up": no speech verb
  // before the joined one; its subject is the name opening the sentence (a capitalized run,
  // titles included, right before a lowercase verb)
  if (prep_k.key.empty() && joined_verb < t.size() && pronoun_at == t.size()) {
    std::size_t b = 0;
    if (b < t.size() && t[b].lc == "the") ++b;
    std::size_t e = b;
    while (e < joined_verb && e - b < 6 && (capitalized(e) || (!t[e].word && name_mark(e)))) ++e;
    // ("The metalworkers' union welcomed the order but said": a definite body named by its kind)
    if (e == b && b == 1) {
      std::size_t k = b;
      while (k < joined_verb && k - b < 4 &&
             ((t[k].word && !capitalized(k) && !function_words.count(t[k].lc) && !body_nouns.count(t[k].lc)) ||
              (!t[k].word && name_mark(k))))
        ++k;
      if (k < joined_verb && t[k].word && !capitalized(k) && body_nouns.count(t[k].lc)) e = k + 1;
    }
    if (e > b && e < joined_verb && t[e].word && !capitalized(e) && (t[e].pred || t[e].low_pred || t[e].lc.ends_with("ed"))) {
      auto k = speaker_text(b, e);
      if (!k.key.empty()) {
        k.text.assign(text.substr(t[b].start, t[e - 1].end - t[b].start));
        return k;
      }
    }
  }
  return prep_k;
}

extractor::impl::actor_match extractor::impl::find_actor(std::string_view text,
                                                         sentence_info const& si, bool any_verb) const {
  token_span const t = si.tokens;
  auto capitalized = [&](std::size_t i) { return i < t.size() && t[i].word && is_upper(text[t[i].start]); };
  // (inlined: asked of most tokens, and mostly answered by the token's cue_first bit)
  auto act_first = [&](std::size_t k) __attribute__((always_inline)) { return act_at(t, k); };
  // a comma inside a figure ("2,100"), glued to the digits on both sides
  auto figure_comma = [&](std::size_t k) {
    return k > 0 && k + 1 < t.size() && t[k - 1].end == t[k].start && t[k].end == t[k + 1].start;
  };
  // (the auxiliaries an act's verb may follow: "has shut", "will raise")
  auto auxiliary = [&](std::size_t k) {
    return t[k].lc == "has" || t[k].lc == "have" || t[k].lc == "had" || t[k].lc == "will" || t[k].lc == "would";
  };
  std::size_t const opens = body_token(si);  // (after a dateline)
  std::size_t i = opens;
  // "The Public Service Alliance, the largest of the unions, is demanding": over an appositive
  // between commas after the name that opens the sentence (the comma that closes it)
  std::size_t appositive_end = 0;
  // after a short opening phrase: "In February, Abu Dhabi agreed ..."
  // (not the comma of a figure: "The ministry has sent 40,000 doses")
  for (std::size_t k = opens; k < t.size() && k < opens + 6; ++k) {
    // ("Harlow Police arrested 41 people, a spokeswoman said": an act before the comma is the
    // sentence's own, no opening phrase)
    if (t[k].word && act_first(k)) break;
    if (t[k].lc == "," && !figure_comma(k)) {
      if (k + 1 < t.size() && (t[k + 1].lc == "which" || t[k + 1].lc == "who")) break;  // "Israel, which ..."
      if (k >= 2 && k + 2 < t.size() && capitalized(k - 1) && (t[k + 1].lc == "the" || t[k + 1].lc == "a")) {
        std::size_t c = k + 1;
        while (c < t.size() && c - k < 10 && t[c].word && !t[c].pred && !t[c].low_pred) ++c;
        if (c < t.size() && c - k < 10 && t[c].lc == ",") {
          appositive_end = c;
          break;
        }
      }
      i = k + 1;
      break;
    }
  }
  // "The operator, Calder Lines, has taken": the name in apposition after a definite noun
  // opening the sentence is the actor (its closing comma passed over below)
  bool const named_in_apposition = i >= 3 && i <= 4 && t[0].lc == "the" && t[i - 1].lc == "," && capitalized(i) &&
                                   !capitalized(1) && t[1].word && !t[1].pred;
  // (a clause of its own: ", while the ministry has offered 3%")
  if (i < t.size() && (t[i].lc == "and" || t[i].lc == "while" || t[i].lc == "but" || t[i].lc == "whereas")) ++i;
  if (i < t.size() && t[i].lc == "the") ++i;
  std::size_t b = i;
  // (over a plural possessive's apostrophe inside a name: "The Teachers' Federation")
  auto apostrophe = [&](std::size_t x) {
    return x > b && t[x].lc == "\"" && text[t[x].start] != '"' && t[x - 1].end == t[x].start &&
           t[x - 1].lc.ends_with("s") && capitalized(x + 1);
  };
  while (i < t.size() && (capitalized(i) || (titles.count(t[i].lc) && i > b) || apostrophe(i) ||
                          ((t[i].lc == "of" || t[i].lc == "for" || t[i].lc == "and") && i > b && capitalized(i + 1))))
    ++i;
  // "Rating agency Fenwick Ratings raised", "Neighbouring Lirea closed": a lowercase descriptor
  // after the sentence's first word, then a name (speaker_key keeps the name)
  // ("Shares in Brenna Mining closed 8% lower": a preposition is no descriptor; what the sentence
  // opens with is a thing of the name's, not the name)
  if (b == opens && i == opens + 1 && i + 1 < t.size() && t[i].word && !capitalized(i) && !act_first(i) && !t[i].pred &&
      !t[i].low_pred && !function_words.count(t[i].lc)) {
    // ("Brennick council on Thursday approved": a function word ends the descriptor, and a day
    // is no name)
    std::size_t n = i;
    while (n < t.size() && n - i < 2 && t[n].word && !capitalized(n) && !act_first(n) && !t[n].pred && !t[n].low_pred &&
           !function_words.count(t[n].lc))
      ++n;
    std::size_t m = n;
    while (m < t.size() && m - n < 4 && capitalized(m) && !calendar_words.count(t[m].lc)) ++m;
    if (m > n) i = m;
  }
  // "Turkish authorities": a group of speakers after a name
  while (i < t.size() && i > b && i - b < 4 && speaker_noun(t[i])) ++i;
  // "Castlebridge council has given": a body noun in lowercase right after a name is the body's
  // (not after a possessive: "The Fund's board approved" is the possessor's, below)
  // ("Lenholm city council voted", "the Brennick transport authority will raise": or the body's
  // own lowercase words before that noun, two at most)
  auto body_at = [&](std::size_t x) { return x < t.size() && t[x].word && body_nouns.count(t[x].lc); };
  if (i > b && i < t.size() && t[i].word && !capitalized(i) && !is_possessive(t[i - 1].lc) &&
      (body_at(i) || body_at(i + 1) || body_at(i + 2))) {
    std::size_t k = i;
    while (k < t.size() && k - i < 2 && t[k].word && !capitalized(k) && !body_nouns.count(t[k].lc) && !act_first(k) &&
           !t[k].pred && !t[k].low_pred && !function_words.count(t[k].lc))
      ++k;
    if (k < t.size() && t[k].word && !capitalized(k) && body_nouns.count(t[k].lc)) i = k + 1;
  }
  // "The government raised", "the central bank cut": a definite body named by its kind
  // (grammars/body_nouns.tsv) at the head of the sentence
  if (i == b && b > 0 && t[b - 1].lc == "the") {
    std::size_t k = b;
    auto body = [&](std::size_t x) { return body_nouns.count(t[x].lc) || titles.count(t[x].lc); };  // "The minister"
    // (over a plural possessive's apostrophe: "The teachers' union")
    auto glued = [&](std::size_t x) { return t[x].lc == "\"" && x > b && t[x - 1].end == t[x].start && t[x - 1].lc.ends_with("s"); };
    while (k < t.size() && k - b < 4 && (t[k].word || glued(k)) && !capitalized(k) && !act_first(k) && !body(k)) ++k;
    if (k < t.size() && t[k].word && body(k) && !capitalized(k)) {
      i = k + 1;
      // ("The justice ministry approved": a title's word that names a department is the body's
      // first word, and the body noun after it ends the name)
      if (i < t.size() && t[i].word && !capitalized(i) && body_nouns.count(t[i].lc) && titles.count(t[k].lc)) ++i;
    }
  }
  if (i == b || i - b > 8) return {};
  std::size_t e = i;
  if (appositive_end && i < appositive_end && t[i].lc == ",") i = appositive_end + 1;
  if (named_in_apposition && i < t.size() && t[i].lc == ",") ++i;
  // "The International Monetary Fund's executive board": the possessor is the actor;
  // "Veloria's central bank raised": a place's body is ("veloria central bank"), unless what
  // the possessor has is one of its organs (grammars/body_nouns.tsv "organ": board, committee)
  auto const& last = t[e - 1].lc;
  if (last.size() > 2 && ends_lit(last, "'s")) {
    // (not over an auxiliary: "Brennwick's water authority has shut")
    while (i < t.size() && i - e < 3 && t[i].word && !capitalized(i) && !act_first(i) && t[i].lc != "on" &&
           !auxiliary(i))
      ++i;
    if (i > e && body_nouns.count(t[i - 1].lc) && !body_organs.count(t[i - 1].lc)) e = i;
  }
  std::size_t end = SIZE_MAX;
  std::size_t described_from = 0, described_to = 0;
  if (i + 2 < t.size() && t[i].lc == "," && (t[i + 1].lc == "which" || (t[i + 1].lc == "who" && !capitalized(i + 1)))) {
    i += 2;
    end = i;
    // (the clause's closing comma, not a figure's: "which represents some 2,100 drivers,")
    while (end < t.size() && (t[end].lc != "," || figure_comma(end)) && end - i < 16) ++end;
    if (end >= t.size() || t[end].lc != ",") return {};
    // "Mayor Ana Ruiz, who took office in May, pledged ...": a relative clause with no act of
    // its own is passed over to the name's own verb after it
    std::size_t v = i;
    while (v < end && (t[v].lc == "has" || t[v].lc == "have" || t[v].lc == "had" || t[v].lc == "also")) ++v;
    if (!act_first(v) && end + 1 < t.size()) {
      // (a "which" clause describes the body - its members, staff, customers, share - and tells
      // the body's own figures: sets 2, 5, 6, 8, 9 and 10 give them to it; a "who" clause tells
      // a person's past, not figures she reports)
      if (t[i - 1].lc == "which") {
        described_from = i;
        described_to = end;
      }
      i = end + 1;
      end = SIZE_MAX;
    }
  }
  if (i + 1 < t.size() && t[i].lc == "on" && calendar_words.count(t[i + 1].lc)) i += 2;
  // (and "now" right after the name: "The authority now plans to vaccinate"; "The Fed has now
  // raised rates by 2.25 points since March" tells the story so far, the narrator's)
  if (i < t.size() && t[i].lc == "now") ++i;
  // (over auxiliaries, and adverbs after them: "has also", "had originally", "will", "would": a
  // plan is an act too)
  bool aux = false;
  for (; i < t.size(); ++i) {
    bool const is_aux = auxiliary(i) || t[i].lc == "also";
    if (!is_aux && !(aux && t[i].lc != "now" && i + 1 < t.size() && t[i + 1].word && speech_adverbs.count(t[i].lc)))
      break;
    aux = aux || is_aux;
  }
  // With `any_verb` (a sentence that names no speaker, or whose "it said" follows the figures:
  // "Brennwick's water authority has shut 14 of its 60 stations, it said"): the body at the head
  // and its verb, whatever the verb (a verb of figures, a past form, or any word after an
  // auxiliary), when the body is named by a kind (body_nouns, institutions, kind_nouns).
  // (else, when the verb is no such word or the body no such kind, the act's rules below)
  if (any_verb && i < t.size() && !act_first(i) && end == SIZE_MAX) {
    // (after an auxiliary, a word: not a figure nor its qualifier, "The force has 3,450
    // officers", "The food bank has about 140 volunteers" tell its standing)
    // (the verb's token bits first, then the name's last word: a bit of its token, then two
    // look-ups; most heads are no body's kind)
    bool const verb = t[i].word && !capitalized(i) && t[i].lc[0] >= 'a' && t[i].lc[0] <= 'z' &&
                      (aux || t[i].pred || t[i].low_pred || (t[i].lc.size() > 4 && t[i].lc.ends_with("ed"))) &&
                      !is_be(t[i].lc) && t[e - 1].word &&
                      (body_nouns.count(t[e - 1].lc) || kind_nouns.count(t[e - 1].lc) ||
                       institution_nouns.count(t[e - 1].lc)) &&
                      !si.in_figure(t[i]);
    // ("His National Union lost 15 seats": a body that is someone's is told of, not telling)
    bool owned = false;
    for (std::size_t m = opens; verb && m <= b && m < e && !owned; ++m)
      owned = t[m].lc == "his" || t[m].lc == "her" || t[m].lc == "its" || t[m].lc == "their";
    if (verb && !owned) {
      auto k = speaker_key(text, t, b, e);
      auto const sp = k.key.rfind(' ');
      std::string_view const head =
          sp == std::string::npos ? std::string_view(k.key) : std::string_view(k.key).substr(sp + 1);
      if (!k.key.empty() && (body_nouns.count(head) || institution_nouns.count(head) || kind_nouns.count(head)))
        return {k, i, end, described_from, described_to, true};
    }
  }
  // "The teachers' union is demanding": a progressive act
  if (i + 1 < t.size() && (t[i].lc == "is" || t[i].lc == "are") && act_first(i + 1)) ++i;
  if (i < t.size() && !act_first(i) && end == SIZE_MAX && (t[i].pred || t[i].low_pred || t[i].lc.ends_with("ed"))) {
    // the act joined by "and" to the subject's first verb, in the same clause
    for (std::size_t k = i + 1; k + 1 < t.size() && t[k].word && k - i < 12; ++k)
      if (t[k].lc == "and" && act_first(k + 1)) {
        i = k + 1;
        break;
      }
  }
  if (i >= t.size() || !act_first(i)) return {};
  for (std::size_t m = b; m < e; ++m)
    if (calendar_words.count(t[m].lc)) return {};
  // "raised its main rate to 5.5%, after inflation rose to 4.9% in May": a clause of its own after
  // the act (a subordinator with its own subject, not "after raising") tells the narrator's
  // background
  static word_list const subordinators = {"after", "as", "while", "when", "because", "since",
                                          "although", "though", "before", "whereas", "until"};
  if (end == SIZE_MAX)
    for (std::size_t k = i + 1; k + 2 < t.size(); ++k)
      if (t[k].lc == "," && subordinators.count(t[k + 1].lc) && t[k + 2].word && !t[k + 2].lc.ends_with("ing") &&
          !si.in_figure(t[k + 2])) {
        end = k;
        break;
      }
  auto k = speaker_key(text, t, b, e);
  if (k.key.empty()) return {};
  return {k, i, end, described_from, described_to};
}

// The head noun of the body that acts at the start of a sentence ("The International Court of
// Justice on Friday ordered" -> "court", "The Bank of Japan raised" -> "bank"): "the court's"
// later names the lede's actor again.
std::string extractor::impl::actor_head(sentence_info const& si, std::size_t verb) const {
  token_span const t = si.tokens;
  std::size_t i = 0;
  if (t.empty() || t[0].lc != "the") return {};  // an institution: "The ... Court of Justice"
  ++i;
  std::string head;
  for (; i < verb && i < t.size() && i < 10; ++i) {
    if (t[i].lc == "of") break;
    if (!t[i].word || !is_upper(si.text[t[i].start])) break;
    head = t[i].lc;
    if (head.ends_with("'s")) {
      head.resize(head.size() - 2);
      break;
    }
  }
  // "The Israeli military said": an adjective of a place is no head
  if (demonym_adjectives.count(head) || demonyms.count(head)) return {};
  // "The Arlo Credit Union, which ..., was closed by the watchdog on Monday": a body the lede's
  // act is done to names no act of its own later ("the union's loans" are as of now)
  std::size_t v = i;
  while (v < t.size() && t[v].word && is_upper(si.text[t[v].start])) ++v;
  if (v < t.size() && t[v].lc == ",")
    for (std::size_t k = v + 1; k + 1 < t.size() && k - v < 30; ++k)
      if (t[k].lc == "," && !(t[k - 1].end == t[k].start && t[k].end == t[k + 1].start)) {  // (not a figure's)
        v = k + 1;
        break;
      }
  bool const be = v + 1 < t.size() && (t[v].lc == "was" || t[v].lc == "were" || t[v].lc == "is" || t[v].lc == "are");
  bool const been = v + 1 < t.size() && (t[v].lc == "has" || t[v].lc == "have" || t[v].lc == "had") && t[v + 1].lc == "been";
  if (been || (be && ((t[v + 1].lc.size() > 4 && ends_lit(t[v + 1].lc, "ed")) || past_participles.count(t[v + 1].lc))))
    return {};
  return head.size() > 2 ? head : std::string();
}

}  // namespace claimcheck::claims
