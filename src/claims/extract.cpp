// The driver: an article's sentences through every stage, then the links across claims. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

#include <bit>

namespace claimcheck::claims {

// Page furniture above the story ("Coastline Wire | Health desk | 4 min read", "By A. Writer |
// 3 July 2025", "Skip to content"): a paragraph at `start` whose last visible character ends no
// sentence. Such a paragraph is not the lede: the first paragraph rules (the lede's day, event
// and organisation) wait for the first paragraph that ends a sentence.
static bool page_furniture(std::string_view text, std::size_t start) {
  std::size_t end = text.find("\n\n", start);
  if (end == std::string_view::npos) end = text.size();
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == '\t'))
    --end;
  if (end == start) return false;
  char const c = text[end - 1];
  if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || c == ';') return false;
  // (a closing curly quote, U+201D, or a closing single one, U+2019, ends a quoted sentence)
  if (end - start >= 3 && static_cast<unsigned char>(text[end - 3]) == 0xE2 &&
      static_cast<unsigned char>(text[end - 2]) == 0x80 &&
      (static_cast<unsigned char>(c) == 0x9D || static_cast<unsigned char>(c) == 0x99))
    return false;
  return true;
}


// The claim of an article whose id is `id`, or SIZE_MAX. Ids are "ARTICLE:N" with N the claim's
// place from 1, so the number after the last colon finds it at once; a span whose numbering does
// not follow (claims taken out) falls back to a search.
static std::size_t claim_index(std::span<claim const> cs, std::string_view id) {
  if (auto const colon = id.rfind(':'); colon != std::string_view::npos && colon + 1 < id.size()) {
    std::size_t k = 0;
    bool digits = true;
    for (std::size_t i = colon + 1; i < id.size() && digits; ++i) {
      digits = id[i] >= '0' && id[i] <= '9';
      k = k * 10 + static_cast<std::size_t>(id[i] - '0');
    }
    if (digits && k >= 1 && k <= cs.size() && cs[k - 1].id == id) return k - 1;
  }
  for (std::size_t i = 0; i < cs.size(); ++i)
    if (cs[i].id == id) return i;
  return SIZE_MAX;
}

// What the driver carries from one sentence of an article to the next: the article, its
// sentences and claims, and what the rules remember of the text so far (speakers, places, days,
// frames). Each phase below names, at its head, the part of it that it reads and writes.
struct extractor::impl::article_pass {
  article_pass(article const& art, std::vector<claim>& store, sentence_buffers& b, bool copy, bool lean_claims)
      : a(art), text(art.text), lean(lean_claims), copy_sentences(copy && !lean_claims), out(store), buffers(b), said(b.said) {
    // (the thread's speaker vectors, empty, with the room an earlier article gave them; a huge
    // article's do not stay with the thread)
    speakers.swap(b.speakers);
    spoke.swap(b.spoke);
    speakers.clear();
    spoke.clear();
    said.clear();
  }
  ~article_pass() {
    if (speakers.capacity() <= 512) {
      buffers.speakers.swap(speakers);
      buffers.spoke.swap(spoke);
    }
  }
  article_pass(article_pass const&) = delete;
  article_pass& operator=(article_pass const&) = delete;
  article const& a;
  std::string_view text;
  bool lean;  // extractor::extract_lean: no copies of the article's fields, the sentence and the topics
  bool copy_sentences;
  ymd pub_date;
  bool has_pub = false;
  bool text_file = false;  // (line and column for SARIF locations in plain-text files)
  std::span<sentence_info> sentences;
  std::vector<std::string> topics;
  // "ARTICLE:" and room for a claim's number after it: an id is one copy out of it
  std::string id_text;
  std::string source_key;  // the outlet as a speaker key
  claim_list out;
  // (the sentence's working vectors are the thread's, kept from sentence to sentence)
  sentence_buffers& buffers;
  std::string_view lowered;  // the article lowercased (parser::prepared_text)
  // The speakers the running ones below stood for, each kept once (the thread's, lent): a
  // running speaker is a pointer to one of them or to `no_one`, so that carrying a speaker on to
  // the next sentence or the paragraph's is no copy of its strings. A kept speaker never changes.
  std::deque<text_key>& said;
  static inline text_key const no_one{};
  text_key const* keep(text_key&& k) { return &said.emplace_back(std::move(k)); }
  text_key const* keep(text_key const& k) { return &said.emplace_back(k); }
  // own_sentence_speaker of the last kept speaker asked about (a kept speaker never changes)
  text_key const* person_asked = nullptr;
  bool person_answer = false;
  text_key const* last_speaker = &no_one;
  text_key last_planner;     // the last body that acted or announced: whose plans the article tells
  text_key earlier_planner;  // the one before it, while a sentence names the next
  std::size_t prev_end = 0;
  std::size_t prev_base = SIZE_MAX;  // where the previous sentence's claims begin in `out`
  std::size_t figureless_since = 0;  // sentences with no figure since the last one with figures
  // who the previous sentence named as its speaker (a kept speaker, or no_one)
  text_key const* previous_speaker = &no_one;
  std::string own_key;  // (name_speakers: the sentence's own key while it is not the speaker's)
  text_key const* paragraph_speaker = &no_one;
  std::vector<std::pair<std::string, std::string>> titled;  // "agency chief" -> "dorin vasko" (note_title)
  // Claims of the paragraph so far that no one was named for (the outlet's): a speaker the
  // paragraph names next tells them too ("The toll is now greater than 50,000. On Friday,
  // officials put the combined toll at 50,132").
  std::vector<std::size_t> unsaid;
  std::vector<std::string> speakers;  // source keys named so far in the article
  // (each once, in the order last named: resolve_speaker walks them for every sentence, so a long
  // article that names the same speaker in every sentence must not make them grow with it)
  // whether each of `speakers` spoke or acted (1) or was only mentioned (0), rotated with it:
  // whom "the company said" may stand for (kind_mention)
  std::vector<char> spoke;
  // the kinds of organisation "the airline", "the company" stood for so far (kind_mention)
  kind_table kinds_named;
  std::string last_place;      // the last place named "in" (for "the territory's ministry")
  std::string previous_date;   // the last day a sentence named ("a day earlier" counts from it)
  std::string previous_start;  // the day the paragraph's previous sentence started a period on
  std::string tenure_start;          // the one day the article says a tenure started ("-": several)
  std::vector<std::size_t> tenures;  // durations "in power" without a start of their own
  // shares "of those who <verb>" (their claim in `out`, the verb's key): resolved at the end
  std::vector<std::pair<std::size_t, std::string>> who_shares;
  date_frame frame;        // the time frame the paragraph's sentences continue
  date_frame event_frame;  // the lede's event day ("Thursday's election"), article-wide
  date_frame lede_act;     // the lede's first day ("on Monday approved"): "the approval" later
  date_frame month_frame;  // the month of the lede's statistic ("reached 9.1% in June")
  bool first_paragraph = true;
  // the paragraph being read is page furniture above the story (page_furniture): while only such
  // paragraphs have been read, the next one is still the first
  bool furniture = false;
  bool lede_paragraph = false;  // the sentence is in the lede's paragraph: the first that is not page furniture
  std::size_t loc_pos = 0, loc_line = 0, loc_col_start = 0;  // SARIF line/column cursor
  // A sentence's date phrases and embedded clauses (date_candidates, embedded_clauses), and the
  // speakers of a sentence split into two clauses and the body that acts: kept from sentence to
  // sentence, cleared keeping their capacity, instead of built and destroyed per sentence (only
  // a split sentence, or one that names no speaker, sets the speakers).
  std::vector<date_cand> sentence_dates;
  std::vector<embedded_clause> sentence_clauses;
  text_key first_clause, second_clause;
  text_key const* before_last_speaker = &no_one;
  text_key const* before_paragraph_speaker = &no_one;
  actor_match actor;

  // A speaker named again is rotated to the end: no copy of it, and no move at all when it is the
  // last already, as it mostly is. (Searched from the end: each key is there once, and the one
  // named again is mostly among the last.)
  template <class Key>
  void to_last(Key&& key, bool speaks) {
    if (auto const rit = std::find_if(speakers.rbegin(), speakers.rend(),
                                      [&key](std::string const& s) { return same_string(s, key); });
        rit != speakers.rend()) {
      auto const it = std::prev(rit.base());
      auto const at = it - speakers.begin();
      char const was = spoke[static_cast<std::size_t>(at)];
      std::rotate(it, it + 1, speakers.end());
      std::rotate(spoke.begin() + at, spoke.begin() + at + 1, spoke.end());
      spoke.back() = static_cast<char>(was || speaks);
    } else {
      speakers.push_back(std::forward<Key>(key));
      spoke.push_back(speaks);
    }
  }
  template <class Key>
  void name_mention(Key&& key) { to_last(std::forward<Key>(key), false); }
  template <class Key>
  void name_speaker(Key&& key) { to_last(std::forward<Key>(key), true); }
  // An earlier level ("up from 47 a day earlier", "from 26 two days earlier"): no whole of a part
  // referred to later.
  bool earlier_level_at(claim const& o) const {
    std::size_t b = o.q.span.start;
    while (b > 0 && text[b - 1] == ' ') --b;
    return b >= 4 && text.substr(b - 4, 4) == "from" && (b == 4 || !is_alnum(text[b - 5]));
  }
};

// One sentence with figures, as its phases hand it on: its claims (`local`, built in place at
// the end of the article's `out`; `earlier` the article's before them) and what each phase
// found that a later one reads.
struct extractor::impl::sentence_pass {
  sentence_pass(sentence_info& s, std::vector<std::uint64_t> const& at) : si(s), relation_at(at) {}
  sentence_info& si;
  std::string sentence_place, frame_place;
  text_key attribution;  // (name_speakers' working key: `said` is the sentence's speaker once it is done)
  // the sentence's speaker: a kept one (article_pass::said), else `attribution` with no key
  text_key const* said = &attribution;
  // A second clause with a speaker of its own: where it starts (a "," or ";" token)
  std::size_t split_at = SIZE_MAX;
  bool first_pronoun = false, main_in_second = false;
  bool named_here = false, acted = false, quoted = false;
  bool per_unit = false;  // a figure of the sentence is given per unit ("€0.30 a litre")
  // the last body that acted or announced before this sentence
  text_key const* planner_before = nullptr;
  // "..., residents said, as Israel massed troops": where the narrator's scene starts
  std::size_t scene_at = SIZE_MAX;
  std::vector<std::pair<std::size_t, std::string>> who_local;  // "of those who voted": share, verb
  std::size_t base = 0;  // where the sentence's claims begin in the article's
  std::span<claim> local;
  claims_view earlier;
  std::size_t participle_parts = 0;  // (the figures so far that a participle group names as parts)
  // the relation cues matching at each token, as bits (relate_figures), when they fit in 64
  std::vector<std::uint64_t> const& relation_at;
  bool relation_bits = false;
  std::uint64_t relation_any = 0;  // the cues matching anywhere in the sentence (with relation_bits)
  bool scope_cues = false;

  // The bits of the cues matching at a token of [from, to); only with relation_bits. (The OR of
  // the bits over the last two ranges asked about is kept: the loops ask every cue about the
  // same range in turn.)
  std::uint64_t between_bits(std::size_t from, std::size_t to) {
    for (std::size_t m = 0; m < 2; ++m)
      if (between_from[m] == from && between_to[m] == to) return between_or[m];
    std::uint64_t any = 0;
    for (std::size_t k = from; k < to && k < relation_at.size(); ++k) any |= relation_at[k];
    between_from[between_next] = from;
    between_to[between_next] = to;
    between_or[between_next] = any;
    between_next ^= 1;
    return any;
  }

 private:
  std::size_t between_from[2] = {SIZE_MAX, SIZE_MAX}, between_to[2] = {SIZE_MAX, SIZE_MAX};
  std::uint64_t between_or[2] = {0, 0};
  std::size_t between_next = 0;
};

// Whether relation cue r matches at a token of [from, to) of the sentence.
bool extractor::impl::cue_between(sentence_pass& S, std::size_t from, std::size_t to, cue const& r) const {
  if (S.relation_bits) return (S.between_bits(from, to) & (std::uint64_t{1} << (&r - relation_cues.data()))) != 0;
  for (std::size_t k = from; k < to; ++k)
    if (match_at(S.si.tokens, k, r.words)) return true;
  return false;
}


// The article's sentences in order, each through the phases below; then the links across the
// article's claims. lean_topics: extractor::extract_lean (no copies of the article's fields, the
// sentence and the topics in the claims; the topics go there instead). The article's claims are
// built in `store` (see claim_list); returns how many.
std::size_t extractor::impl::extract(article const& a, bool copy_sentences,
                                     std::vector<std::string>* lean_topics, std::vector<claim>& store) const {
  thread_local sentence_store sentences_kept;
  thread_local sentence_buffers buffers;
  article_pass A(a, store, buffers, copy_sentences, lean_topics != nullptr);
  prepare_sentences(A, sentences_kept);
  for (auto& si : A.sentences) {
    open_paragraph(A, si);
    // the article's first sentence: the organisation it opens with (kind_table::lede)
    if (!A.kinds_named.lede_sentence && !si.tokens.empty() && !A.furniture) A.kinds_named.lede_sentence = &si;
    A.lede_paragraph = A.first_paragraph && !A.furniture;
    if (si.parsed.quantities.empty()) {
      figureless_sentence(A, si);
      continue;
    }
    modality_matches(si);
    sentence_pass S(si, buffers.relation_at);
    name_speakers(A, S);
    date_sentence(A, S);
    sentence_buffers::in_use buffers_in_use{buffers};  // (empties them when the sentence is done)
    open_claims(A, S);
    make_claims(A, S);
    update_frames(A, S);
    place_scopes(A, S);
    relate_figures(A, S);
    settle_through_relations(A, S);
    attach_relations(A, S);
    scope_by_cues(A, S);
    link_to_previous(A, S);
    A.prev_base = S.base;
    A.figureless_since = 0;
    restated_keys(A, S);
    finish_sentence(A, S);
  }
  finish_article(A);
  if (A.lean) *lean_topics = std::move(A.topics);
  sentences_kept.trim();
  return A.out.size();
}

// The article's sentences split, tokenized and parsed, and what the phases read of the article
// as a whole (its day, its topics, its claims' id prefix).
void extractor::impl::prepare_sentences(article_pass& A, sentence_store& sentences_kept) const {
  article const& a = A.a;
  std::string_view const text = A.text;
  A.has_pub = parse_iso(a.published, A.pub_date);
  A.text_file = a.file.size() > 4 && (a.file.ends_with(".txt") || a.file.ends_with(".md") ||
                                      a.file.ends_with(".txt.gz") || a.file.ends_with(".md.gz"));
  A.loc_line = a.line;
  auto const spans = splitter.split(text);

  // The article's lowercased copy and byte classes, made once for the scanner (each sentence's
  // parse reads them) and the tokenizer; the copy, and `folds` for words with non-ASCII bytes,
  // hold the tokens' folded texts (tokenize_into), for as long as the sentences' tokens are
  // read. (The thread's, reused: nothing reads an article's tokens after its extract.)
  thread_local parser::prepared_text prepared;
  thread_local std::vector<char> folds;
  prepared.build(text);
  folds.assign(text.size() + 16, 0);
  auto const sentences = A.sentences = sentences_kept.take(text, spans);
  // the sentences' capitalized words (sentence_info::capitals) and their "," and ";" tokens
  // (sentence_info::marks), one sentence after the other
  thread_local std::vector<std::uint32_t> capitals, marks;
  capitals.clear();
  marks.clear();
  std::vector<std::pair<std::size_t, std::size_t>> lists_at;  // where each sentence's begin in them
  lists_at.reserve(spans.size() + 1);
  auto const quiet = prepared.quiet();
  for (auto& si : sentences) {
    auto const s = si.span;
    lists_at.emplace_back(capitals.size(), marks.size());
    tokenize_into(si.tokens, text, s, prepared, folds.data(), &capitals, &marks);
    // (the parser after intern, which marks the words it need not visit in `prepared`)
    auto const windows = intern(si.tokens, si.notable, &quiet);
    // (the figures' texts are not copied: a claim reads its figure's at its span, and only
    // extract's full claims copy it, below)
    parser.parse(text, s, prepared, si.parsed, false);
    si.notable_known = true;
    mark_phrases(si.tokens, windows.phrases, si.notable);
    si.modality_window = windows.modality;
    drop_speaker_counts(si);
  }
  lists_at.emplace_back(capitals.size(), marks.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    auto const [c, m] = lists_at[k];
    sentences[k].capitals = {capitals.data() + c, lists_at[k + 1].first - c};
    sentences[k].capitals_known = true;
    sentences[k].marks = {marks.data() + m, lists_at[k + 1].second - m};
  }
  A.id_text.assign(a.id.size() + 1 + 20, ':');
  a.id.copy(A.id_text.data(), a.id.size());
  A.source_key = text::fold(a.source);
  A.topics = topics_of(text, sentences, a.title, A.source_key);
  // "The Midland Echo" -> "midland echo": the outlet's key drops its article as any key does
  if (A.source_key.size() > 4 && A.source_key.starts_with("the ")) A.source_key.erase(0, 4);
  std::size_t quantities = 0;
  for (auto const& si : sentences) quantities += si.parsed.quantities.size();
  A.out.reserve(quantities);
  A.lowered = {prepared.lowered_data(), text.size()};
  A.furniture = page_furniture(text, sentences.empty() ? 0 : sentences.front().span.start);
}

// A blank line between sentences starts a new paragraph: its speaker is not inherited.
void extractor::impl::open_paragraph(article_pass& A, sentence_info& si) const {
  auto const s = si.span;
  std::string_view const text = A.text;
  auto& prev_end = A.prev_end;
  auto& paragraph_speaker = A.paragraph_speaker;
  auto& unsaid = A.unsaid;
  auto& previous_start = A.previous_start;
  auto& frame = A.frame;
  auto& event_frame = A.event_frame;
  auto& month_frame = A.month_frame;
  auto& first_paragraph = A.first_paragraph;
  auto& furniture = A.furniture;
  // A blank line between sentences starts a new paragraph: its speaker is not inherited.
  // (the gap is mostly one space: shorter than the search's own setup)
  if (s.start - prev_end >= 2 && text.substr(prev_end, s.start - prev_end).find("\n\n") != std::string_view::npos) {
    // ... unless the paragraph opens by counting from the previous report ("A day earlier,
    // 11,236 people had been confirmed killed"): the same report goes on.
    bool chained = false;
    std::size_t w = 0;
    while (w < si.tokens.size() && !si.tokens[w].word) ++w;
    for (auto const& r : starting(relative_dates, si.tokens, w))  // (only cues that start with t[w] can match)
      chained = chained || (r.extra == "previous" && r.value.size() > 0 && r.value[0] == '-' && match_at(si.tokens, w, r.words));
    if (!chained) paragraph_speaker = &article_pass::no_one;
    unsaid.clear();
    previous_start.clear();
    frame = event_frame.value.empty() ? month_frame : event_frame;
    first_paragraph = first_paragraph && furniture;
    furniture = first_paragraph && page_furniture(text, s.start);
  }
  prev_end = s.end;
}

// A sentence without figures: the days, speakers and places it names, for the sentences after it.
void extractor::impl::figureless_sentence(article_pass& A, sentence_info& si) const {
  ++A.figureless_since;
  std::string_view const text = A.text;
  auto& pub_date = A.pub_date;
  bool const has_pub = A.has_pub;
  auto& last_speaker = A.last_speaker;
  auto& last_planner = A.last_planner;
  auto& previous_speaker = A.previous_speaker;
  auto& paragraph_speaker = A.paragraph_speaker;
  auto& titled = A.titled;
  auto& speakers = A.speakers;
  auto& last_place = A.last_place;
  auto& previous_date = A.previous_date;
  auto& previous_start = A.previous_start;
  auto& frame = A.frame;
  auto& lede_act = A.lede_act;
  auto& sentence_dates = A.sentence_dates;
  bool const lede_paragraph = A.lede_paragraph;
  date_candidates(si, has_pub ? &pub_date : nullptr, previous_date.empty() ? nullptr : &previous_date, sentence_dates);
  auto const& ds = sentence_dates;
  for (auto const& d : ds)
    if (!d.since && d.value.size() == 10) previous_date = d.value;
  // (most sentences name no day: no call, no string)
  if (ds.empty()) previous_start.clear();
  else previous_start = period_start_of(si, ds);
  if (lede_paragraph && lede_act.value.empty()) {
    lede_act = lede_day(ds, has_pub ? &pub_date : nullptr);
    if (!lede_act.value.empty()) lede_act.speaker = actor_head(si, si.tokens.size());
  }
  // still track speakers for pronoun resolution
  if (auto p = place_in(text, si); !p.empty()) last_place = p;
  auto k = find_attribution(text, si);
  its_speaker(k, *last_speaker);
  anaphor_place(k, last_place);
  k.key = resolve_speaker(k.key, speakers);
  update_frame(frame, ds, {}, k.key, has_pub ? &pub_date : nullptr);
  if (k.key.empty()) previous_speaker = k.text.empty() ? &article_pass::no_one : A.keep(std::move(k));
  if (!k.key.empty()) {
    text_key const* const kept = previous_speaker = last_speaker = A.keep(std::move(k));
    // (a person with a title: the title phrase is noted for a later mention by it)
    if (!own_sentence_speaker(*kept)) paragraph_speaker = kept;
    else note_title(*kept, titled);
    if (si.plan_speaker) last_planner = *kept;
    A.name_speaker(kept->key);
  } else if (auto act = find_actor(text, si); actor_key(act.first, *last_speaker, speakers)) {
    last_planner = act.first;  // a later "He said" stands for the body that acted
    last_speaker = A.keep(std::move(act.first));
    A.name_speaker(last_speaker->key);
  }
  mentions_of(text, si, [&A](auto&& key) { A.name_mention(std::forward<decltype(key)>(key)); });
}

// Who tells the sentence's figures: its speaker, a second clause's, the body that acts, or one named before.
void extractor::impl::name_speakers(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::string_view const text = A.text;
  auto& last_speaker = A.last_speaker;
  auto& last_planner = A.last_planner;
  auto& earlier_planner = A.earlier_planner;
  auto& topics = A.topics;
  auto& previous_speaker = A.previous_speaker;
  auto& paragraph_speaker = A.paragraph_speaker;
  auto& titled = A.titled;
  auto& speakers = A.speakers;
  auto& kinds_named = A.kinds_named;
  std::string_view const lowered = A.lowered;
  auto& spoke = A.spoke;
  auto& last_place = A.last_place;
  auto& first_clause = A.first_clause;
  auto& second_clause = A.second_clause;
  auto& before_last_speaker = A.before_last_speaker;
  auto& before_paragraph_speaker = A.before_paragraph_speaker;
  auto& actor = A.actor;
  auto& sentence_place = S.sentence_place;
  auto& frame_place = S.frame_place;
  auto& attribution = S.attribution;
  auto& split_at = S.split_at;
  auto& named_here = S.named_here;
  auto& acted = S.acted;
  auto& quoted = S.quoted;
  auto& planner_before = S.planner_before;
  auto& scene_at = S.scene_at;
  auto& first_pronoun = S.first_pronoun;
  auto& main_in_second = S.main_in_second;
  sentence_place = place_in(text, si);
  if (!sentence_place.empty()) last_place = sentence_place;
  frame_place = fronted_place(text, si);
  attribution = find_attribution(text, si);
  if (attribution.text.size() > 4 && (attribution.text[0] == 'i' || attribution.text[0] == 'I')) its_organ(text, si, attribution);
  // A second clause with a speaker of its own (", and Britain announced up to £10 million", ",
  // while AFAD said more than 24,400", "..., and the military puts its own losses at"): its
  // figures are that speaker's, the figures before it the first clause's.
  for (auto* k : {&first_clause, &second_clause}) clear_keeping(*k);
  before_last_speaker = before_paragraph_speaker = &article_pass::no_one;
  {
    auto const& t = si.tokens;
    // A clause read as a sentence of its own (find_attribution and find_actor take one): the
    // thread's scratch sentence, refilled per clause, so that its token vector keeps its
    // capacity (a new sentence_info per boundary allocated and freed it). Its tokens are
    // resized, then copied: a token is trivially copyable, so that is one memmove, where
    // assigning them to an empty vector constructs them one by one.
    static_assert(std::is_trivially_copyable_v<token>);
    thread_local sentence_info clause;
    auto clause_of = [&](std::size_t from, std::size_t to, byte_span span) -> sentence_info& {
      clause.clear_found();
      clause.text = si.text;
      clause.span = span;
      clause.tokens.resize(to - from);
      std::copy(t.begin() + static_cast<std::ptrdiff_t>(from), t.begin() + static_cast<std::ptrdiff_t>(to),
                clause.tokens.begin());
      return clause;
    };
    // The sentence's figures, lent to the clause while a rule reads it (no copy of them).
    struct lent_figures {
      std::vector<quantity>& sentence;
      std::vector<quantity>& clause;
      lent_figures(std::vector<quantity>& s, std::vector<quantity>& c) : sentence(s), clause(c) { clause.swap(sentence); }
      ~lent_figures() { clause.swap(sentence); }
      lent_figures(lent_figures const&) = delete;
      lent_figures& operator=(lent_figures const&) = delete;
    };
    // (a boundary is a "," or ";" token: only those are visited)
    for (std::size_t const i : si.marks) {
      std::size_t const n = t.size();
      if (split_at != SIZE_MAX || i + 2 >= n) break;
      if (i == 0) continue;
      // (", after the government agreed to add €400 million": a clause whose body acts; it
      // opens after "after", and only an act makes it a clause of its own)
      bool const after = t[i].lc == "," && t[i + 1].lc == "after" && i + 3 < n;
      bool boundary = t[i].lc == ";" || after ||
                      (t[i].lc == "," && (t[i + 1].lc == "and" || t[i + 1].lc == "while" || t[i + 1].lc == "but" ||
                                          t[i + 1].lc == "whereas"));
      if (!boundary) continue;
      std::size_t const opens = i + (after ? 2 : 1);
      auto& second = clause_of(opens, n, {t[opens].start, si.span.end});
      text_key k;
      {
        lent_figures const lent(si.parsed.quantities, second.parsed.quantities);
        if (!after) k = find_attribution(text, second);
        // "...; the education ministry has offered 5%": a body that acts in its own clause
        if (k.key.empty() && !second.pronoun_speaker && second.relative.first.key.empty())
          if (auto act = find_actor(text, second); !act.first.key.empty() && act.end == SIZE_MAX) k = act.first;
      }
      if (k.key.empty() || second.pronoun_speaker || !second.relative.first.key.empty()) continue;
      // "\"Twelve of our 20 ferries ran full, and we left people on the pier,\" said the master": the
      // speaker after a quotation tells all of it
      if (t.front().lc == "\"") continue;
      // "About 1,200 homes were flooded, and nearly 5,000 people left, according to the county
      // emergency office": a speaker after every figure of the second clause closes the whole
      // sentence, not a clause of its own
      if (auto at = text.find(k.text, second.span.start); at != std::string_view::npos) {
        bool trailing = true, any = false;
        for (auto const& q : si.parsed.quantities)
          if (q.span.start >= second.span.start) {
            any = true;
            trailing = trailing && q.span.end <= at;
          }
        if (any && trailing) continue;
      }
      auto& first = clause_of(0, i, {si.span.start, t[i].start});
      {
        lent_figures const lent(si.parsed.quantities, first.parsed.quantities);
        first_clause = find_attribution(text, first);
      }
      first_pronoun = first_clause.key.empty() && first.pronoun_speaker;
      main_in_second = attribution.text == k.text;
      second_clause = std::move(k);
      split_at = i;
    }
    // (a huge sentence's clause does not stay with the thread)
    if (clause.tokens.capacity() > 512) std::vector<token>().swap(clause.tokens);
    auto normalize = [&](text_key& k) {
      its_speaker(k, *last_speaker);
      anaphor_place(k, last_place);
      body_of_place(k, frame_place, topics);
      k.key = resolve_speaker(k.key, speakers);
    };
    if (split_at != SIZE_MAX) {
      normalize(second_clause);
      if (!first_clause.key.empty()) normalize(first_clause);
    }
  }
  // the speakers before this sentence, for a first clause with none of its own (only a split
  // sentence reads them)
  if (split_at != SIZE_MAX) {
    before_last_speaker = last_speaker;
    before_paragraph_speaker = paragraph_speaker;
  }
  if (!its_speaker(attribution, *last_speaker) && !previous_speaker->key.empty())
    its_speaker(attribution, *previous_speaker, true);
  anaphor_place(attribution, last_place);
  body_of_place(attribution, frame_place, topics);
  // who this sentence names (it stays so for the rest of the sentence: read as named_next,
  // and own_speaker for the dates)
  // (its text is attribution.text, its key `own`: attribution.key itself while the two are the
  // same, as they mostly are; previous_speaker is set from them after the rules below)
  std::string const* own = &resolve_speaker(attribution.key, speakers);
  if (own != &attribution.key) {
    A.own_key = *own;
    own = &A.own_key;
  }
  // (while the sentence's own speaker is the key previous_speaker.key resolves: see below)
  named_here = !attribution.key.empty();
  // (whether no earlier speaker resolved the key: read once, as each rule below that changes a
  // key sets both to the same text)
  bool const unresolved = own == &attribution.key || *own == attribution.key;
  // "Members of the Public Service Alliance voted ..., the union said": a body named by its
  // kind alone, with no fuller name of that kind earlier, is the one body the sentence names
  // before it
  // ("Harwick College will shut ..., the college said": or an institution's, institution_nouns)
  if (unresolved && (body_nouns.count(attribution.key) ||
                     (attribution.key.find(' ') == std::string::npos && institution_nouns.count(attribution.key))))
    if (auto named = body_named_before(text, si, attribution.text, attribution.key); !named.empty()) {
      attribution.key = std::move(named);
      own = &attribution.key;
      named_here = false;  // (that name is resolved below, as any other key)
    }
  // "the agency chief added" after "agency chief Dorin Vasko told reporters": the title
  // phrase that stood before a person's name stands for that person (note_title below)
  if (unresolved && !attribution.key.empty())
    for (auto it = titled.rbegin(); it != titled.rend(); ++it)
      if (it->first == attribution.key) {
        attribution.key = it->second;
        own = &attribution.key;
        break;
      }
  if (unresolved)
    if (auto named = described_speaker(text, si.span.start, attribution.key, speakers); !named.empty()) {
      attribution.key = std::move(named);
      own = &attribution.key;
    }
  // "Kemp Air has cancelled 300 flights, the airline said": the organisation the kind stands for
  // (an empty key first: most sentences' own speaker is none, and no string is compared then)
  if (!attribution.key.empty() && (own == &attribution.key || *own == attribution.key) && kind_nouns.count(attribution.key))
    if (auto named = kind_mention(text, lowered, si, attribution.key, speakers, spoke, kinds_named); !named.empty()) {
      kinds_named.named.emplace_back(attribution.key, named);
      attribution.key = std::move(named);
      own = &attribution.key;
    }
  // "Harlow Police arrested 41 people ..., a spokeswoman said", "A company spokesman said
  // ...": a spokesperson named by title alone speaks for the body that acts in the sentence,
  // else for the organisation the kind noun before the title stands for (kind_mention)
  if (!attribution.key.empty() && (own == &attribution.key || *own == attribution.key)) {
    std::string_view const key = attribution.key;
    auto const sp = key.rfind(' ');
    if (voice_titles.count(sp == std::string_view::npos ? key : key.substr(sp + 1))) {
      std::string named;
      if (auto act = find_actor(text, si); !act.first.key.empty() && !voice_titles.count(act.first.key))
        named = resolve_speaker(act.first.key, speakers);
      else if (sp != std::string_view::npos && key.find(' ') == sp && kind_nouns.count(key.substr(0, sp)))
        named = kind_mention(text, lowered, si, std::string(key.substr(0, sp)), speakers, spoke, kinds_named);
      if (!named.empty()) {
        attribution.key = std::move(named);
        own = &attribution.key;
      }
    }
  }
  // the sentence's own speaker: the speaker kept below when the sentence names one (its key
  // `own`, its text attribution's), else kept here, before the lines below change attribution
  bool const own_is_said = named_here && !attribution.key.empty();
  if (!own_is_said)
    previous_speaker = attribution.text.empty() && own->empty() ? &article_pass::no_one
                                                                 : A.keep(text_key{attribution.text, *own});
  // No one says it: the body that acts ("The Federal Reserve raised rates by ...").
  actor.clear();
  if (attribution.key.empty()) {
    // (with no speaker, or with "it said" after the figures - "The water authority has shut 14
    // stations, it said" - the body at the sentence's head with any verb: find_actor's any_verb)
    actor = find_actor(text, si, si.pronoun_speaker ? si.it_speaker : si.anaphor_key.empty());
    if (actor_key(actor.first, *last_speaker, speakers)) A.name_speaker(actor.first.key);
  }
  // "Erdogan declared ... He said 45 countries": a later pronoun stands for the body that acted
  acted = attribution.key.empty() && !actor.first.key.empty();
  // (a speaker carried on from the paragraph or the sentence before is the kept one itself:
  // no copy, as long as its key resolves to itself)
  text_key const* carried = nullptr;
  if (attribution.key.empty() && !paragraph_speaker->key.empty()) carried = paragraph_speaker;
  quoted = !si.tokens.empty() && si.tokens.front().lc == "\"";
  if (attribution.key.empty() && !carried && (si.pronoun_speaker || quoted) && !last_speaker->key.empty())
    carried = last_speaker;
  // "The agency said 500 homes were flooded" with no one named before: the body as named
  if (attribution.key.empty() && !carried && !si.anaphor_key.empty()) attribution = {si.anaphor_key, si.anaphor_key};
  // (a speaker the sentence names is resolved once: previous_speaker.key above is its key,
  // resolved against the same speakers)
  if (carried && named_here) {  // (a key the rules above emptied: the sentence's own key, as it was)
    attribution = *carried;
    carried = nullptr;
  }
  auto& said = S.said;
  if (carried) {
    if (auto const& r = resolve_speaker(carried->key, speakers); &r == &carried->key) {
      said = carried;
    } else {
      attribution.text = carried->text;
      attribution.key = r;
      said = A.keep(std::move(attribution));
    }
  } else {
    if (named_here) {
      if (own != &attribution.key) attribution.key = *own;
    } else {
      attribution.key = resolve_speaker(attribution.key, speakers);
    }
    if (!attribution.key.empty()) said = A.keep(std::move(attribution));
  }
  if (own_is_said) previous_speaker = said != &attribution ? said : A.keep(attribution);  // (an alias to no key)
  std::string const& own_speaker = previous_speaker->key;
  if (!said->key.empty()) {
    // a speaker over an auxiliary ("had expected", "has recorded") tells background to the
    // paragraph's report: its sentence is its own, the paragraph keeps its speaker
    last_speaker = said;
    // A person named with a title ("Prime Minister Ana Roe said ...") or a group of different
    // people ("economists", generic_speakers.tsv) tells its own sentence: the paragraph's
    // sentences after it that name no one are the report's or the narrator's, not theirs
    // (a person with a title who tells figures, "agency chief Ana Roe told reporters 1,100
    // people were hurt", goes on telling the paragraph's report like a body; not one whose
    // only figures are an age or a time, "said he would resign within three months")
    bool const reports = !generic_head(said->key) &&
                         std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(),
                                     [](quantity const& q) { return q.kind != quantity_kind::duration; });
    // (a kept speaker never changes: the answer for the last one asked is kept)
    if (A.person_asked != said) {
      A.person_asked = said;
      A.person_answer = own_sentence_speaker(*said);
    }
    bool const person = A.person_answer;
    if (person && named_here) note_title(*said, titled);
    if ((person && !reports) || si.count_speaker) {
      // (nor does it end the report it interrupts)
    } else if (!si.aux_speaker || paragraph_speaker->key.empty()) {
      paragraph_speaker = said;
    }
    A.name_speaker(said->key);
  } else if (acted) {
    last_speaker = A.keep(actor.first);
  }
  // the last body that acted or announced before this sentence (copied aside only when the
  // sentence names the next one)
  planner_before = &last_planner;
  // "..., residents said, as Israel massed troops for an assault on Rafah, where 2.3 million
  // people have taken refuge": a clause opened by "as" after the speech verb is the
  // narrator's scene, not the speaker's report
  if (!own_speaker.empty()) {
    auto const& t = si.tokens;
    for (std::size_t const k : si.marks) {  // (only the "," and ";" tokens)
      if (scene_at != SIZE_MAX || k + 1 >= t.size()) break;
      if (k == 0 || t[k].lc != "," || t[k + 1].lc != "as") continue;
      std::size_t v = k;
      while (v > 0 && k - v < 3 && t[v - 1].word && (calendar_words.count(t[v - 1].lc) || t[v - 1].lc == "on")) --v;
      if (v == 0) continue;
      for (auto const& sv : speech_verbs)
        if (sv.words.size() == 1 && sv.words[0] == t[v - 1].lc) scene_at = k + 1;
    }
  }
  if (acted || (si.plan_speaker && !said->key.empty())) {
    std::swap(earlier_planner, last_planner);
    planner_before = &earlier_planner;
    last_planner = acted ? actor.first : *said;
  }

}

// The sentence's date phrases and clauses, once for all its figures (and the lede's days).
void extractor::impl::date_sentence(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto& pub_date = A.pub_date;
  bool const has_pub = A.has_pub;
  auto& previous_date = A.previous_date;
  auto& tenure_start = A.tenure_start;
  auto& event_frame = A.event_frame;
  auto& lede_act = A.lede_act;
  auto& sentence_dates = A.sentence_dates;
  auto& sentence_clauses = A.sentence_clauses;
  bool const lede_paragraph = A.lede_paragraph;
  date_candidates(si, has_pub ? &pub_date : nullptr, previous_date.empty() ? nullptr : &previous_date, sentence_dates);
  if (lede_paragraph && event_frame.value.empty()) event_frame = event_day(si, sentence_dates);
  // "who took office on January 1, 2019": the day a tenure starts (tenure_phrases.tsv)
  for (auto const& k : sentence_dates) {
    if (!k.year_written || k.value.size() != 10) continue;
    auto const ki = token_at(si.tokens, k.pos);
    std::size_t b = ki > 0 && si.tokens[ki - 1].lc == "on" ? ki - 1 : ki;
    for (auto const& w : tenure_starts)
      if (b >= w.size() && std::equal(w.begin(), w.end(), si.tokens.begin() + static_cast<std::ptrdiff_t>(b - w.size()),
                                      [](std::string const& x, token const& y) { return y.word && y.lc == x; })) {
        if (tenure_start.empty() || tenure_start == k.value) tenure_start = k.value;
        else tenure_start = "-";  // two tenures: neither is sure
      }
  }
  // what find_date reads of the sentence's clauses, once per sentence (not per figure)
  embedded_clauses(si, sentence_dates, sentence_clauses);
  if (lede_paragraph && lede_act.value.empty()) {
    lede_act = lede_day(sentence_dates, has_pub ? &pub_date : nullptr);
    if (!lede_act.value.empty()) lede_act.speaker = actor_head(si, si.tokens.size());
  }
}

// The sentence's claims, built in place at the end of the article's (reserved for every figure of the article: a claim moves ~20 strings).
void extractor::impl::open_claims(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto const s = S.si.span;
  auto& a = A.a;
  std::string_view const text = A.text;
  bool const lean = A.lean;
  bool const copy_sentences = A.copy_sentences;
  auto& out = A.out;
  auto& base = S.base;
  auto& local = S.local;
  auto& earlier = S.earlier;
  auto& fell_to_outlet = A.buffers.fell_to_outlet;
  auto& of_quantity = A.buffers.of_quantity;
  auto& part_of_whole = A.buffers.part_of_whole;
  auto& figure_spans = A.buffers.figure_spans;
  fell_to_outlet.assign(si.parsed.quantities.size(), 0);
  of_quantity.assign(si.parsed.quantities.size(), SIZE_MAX);
  part_of_whole.assign(si.parsed.quantities.size(), SIZE_MAX);
  // The sentence's claims are built in place at the end of `out` (reserved for every figure
  // of the article: a claim moves ~20 strings): `local` is them, `earlier` the article's before.
  base = out.size();
  out.reserve(si.parsed.quantities.size());
  for (auto& q : si.parsed.quantities) {
    auto& c = out.add(std::move(q));
    if (!lean) {
      c.article = a.id;
      c.source = a.source;
      c.published = a.published;
      c.url = a.url;
      c.file = a.file;
      c.line = a.line;
      c.q.text.assign(text.substr(c.q.span.start, c.q.span.end - c.q.span.start));
    }
    if (copy_sentences) c.sentence = std::string(text.substr(s.start, s.end - s.start));
    c.sentence_start = s.start;
    c.sentence_end = s.end;
  }
  local = {out.data() + base, out.size() - base};
  earlier = {out.data(), base};
  figure_spans.reserve(local.size());
  for (auto const& c : local) figure_spans.push_back(c.q.span);
}

// Each claim's keys, date, modality and speaker, figure by figure.
void extractor::impl::make_claims(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto& a = A.a;
  std::string_view const text = A.text;
  bool const lean = A.lean;
  auto& pub_date = A.pub_date;
  bool const has_pub = A.has_pub;
  auto& topics = A.topics;
  auto& source_key = A.source_key;
  auto& speakers = A.speakers;
  auto& previous_start = A.previous_start;
  auto& frame = A.frame;
  auto& lede_act = A.lede_act;
  auto& sentence_dates = A.sentence_dates;
  auto& sentence_clauses = A.sentence_clauses;
  auto& first_clause = A.first_clause;
  auto& second_clause = A.second_clause;
  auto& before_last_speaker = A.before_last_speaker;
  auto& before_paragraph_speaker = A.before_paragraph_speaker;
  auto& actor = A.actor;
  bool const lede_paragraph = A.lede_paragraph;
  text_key const& attribution = *S.said;
  std::size_t const split_at = S.split_at;
  bool const quoted = S.quoted;
  text_key const* const planner_before = S.planner_before;
  std::size_t const scene_at = S.scene_at;
  auto& who_local = S.who_local;
  std::span<claim> const local = S.local;
  claims_view const earlier = S.earlier;
  auto& participle_parts = S.participle_parts;
  bool const first_pronoun = S.first_pronoun;
  bool const main_in_second = S.main_in_second;
  std::string const& own_speaker = A.previous_speaker->key;
  auto const& ranges = S.si.figure_ranges;
  auto& fell_to_outlet = A.buffers.fell_to_outlet;
  auto& of_quantity = A.buffers.of_quantity;
  auto& part_of_whole = A.buffers.part_of_whole;
  auto& anaphoric_parts = A.buffers.anaphoric_parts;
  auto& figure_spans = A.buffers.figure_spans;
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto& c = local[i];
    auto [qf, ql] = ranges[i];
    std::size_t ofq = SIZE_MAX;
    find_subject(c, si, ql, qf, local, &ofq, &earlier);
    // (the tests these rules open with, before a call: most figures follow neither word)
    if (qf > 0 && si.tokens[qf - 1].lc == "to") fronted_level_number(c, si.tokens, qf, ql);
    else if (qf > 0 && (si.tokens[qf - 1].lc == "," ||
                        (i > 0 && local[0].subject_text_span.start < local[0].q.span.start &&
                         c.q.kind == quantity_kind::count && local[0].q.kind == quantity_kind::count)))
      fronted_noun_part(c, si, qf, ql, earlier, claims_view(local.data(), i));
    if (c.q.kind == quantity_kind::money) money_by_its_verb(c, si, qf, ql);
    if (c.q.kind == quantity_kind::percent && c.subject.key.empty()) compared_or_tallied(c, si, qf, local);
    if (ofq != SIZE_MAX) {
      for (std::size_t j = i + 1; j < local.size(); ++j) {
        if (ranges[j].first == ofq) {
          of_quantity[i] = j;
          part_of_whole[j] = i;
        }
      }
    }
    if (c.subject.key.empty()) restated(c, si, qf, earlier);
    if (c.subject.key.empty()) restated_value(c, si, qf, ql, earlier);
    // "Of the 60 injured, nine ...": a definite count that restates none, with only a word of
    // what happened after it, counts people and says what happened to them (as "the number
    // of injured" does)
    if (c.subject.key.empty() && c.q.kind == quantity_kind::count && qf > 0 && si.tokens[qf - 1].lc == "the" &&
        ql + 2 < si.tokens.size() && !si.tokens[ql + 2].word)
      people_by_event(c, si.tokens, ql + 1, ql + 2);
    find_predicate(c, si, qf, ql);
    // "At least 112 of those deaths", "About 70% of the dead": the figure referred to, with
    // its verb (unless the part has one of its own).
    auto verb = anaphoric_whole(si.tokens, ql, i == 0);
    std::string_view subgroup_scope;  // (below: a share's own subgroup, when no other scope is found)
    bool fronted = false, own_noun = false;
    // (a fronted reference only for a figure with no noun of its own: "Of the dead, 14 came";
    // "Among the dead are 14 children" keeps its noun)
    // (a sum of money too: "Of the total, €268 million came from the higher band")
    // (a sum only after a comma, where a fronted reference ends: most sums follow none)
    if (!verb && (c.q.kind == quantity_kind::count ||
                  (c.q.kind == quantity_kind::money && qf >= 3 && si.tokens[qf - 1].lc == ","))) {
      auto [nb, ne] = plain_chunk(si, ql + 1);
      if (nb == ne) verb = fronted_anaphoric_whole(si.tokens, qf);
      if (c.q.kind == quantity_kind::money && verb && !verb->empty()) verb.reset();
      if (!verb && c.q.kind == quantity_kind::count && (verb = participle_whole(si.tokens, qf, ql))) own_noun = true;
      fronted = verb.has_value();
    }
    if (verb) {
      claim const* w = nullptr;
      // (not an earlier level: "rose to 90 on Friday, up from 61 a day earlier. Of the dead,
      // 30 ..." is a part of the 90)
      // (a population "of the population" is one stated as a level too: be)
      // (a group named by what was done to it is the count of the noun of that act: "those
      // admitted" after "1,240 admissions", "those arrested" after "300 arrests")
      // (a group named by its noun or act is the whole, not a part of it named since: "84
      // cases, 31 of them in children. Twelve of the cases ..." are 12 of the 84; "them" and
      // "those" point at the latest figure, part or not)
      // ("Of the total, 700 were in the north": a total no smaller than its part, not an
      // earlier level such as "numbered fewer than 300 in 2009")
      bool const total = fronted && qf >= 2 && si.tokens[qf - 2].lc == "total";
      // (nor a change: "rose to 148,300, up 9,600 from a year earlier. Of those, 21,450 ..." are
      // of the 148,300)
      auto fits = [&](claim const& o) {
        return (c.q.kind == quantity_kind::money ? o.q.kind == c.q.kind && o.q.unit == c.q.unit
                                                 : o.q.kind == quantity_kind::count) &&
               (!o.subject.key.empty() || (total && c.q.kind == quantity_kind::money)) &&
               !(total && o.q.hi && *o.q.hi < c.q.value) &&
               std::none_of(o.relations.begin(), o.relations.end(),
                            [](relation const& r) { return r.kind == relation_kind::change_of; }) &&
               (verb->empty() || std::none_of(o.relations.begin(), o.relations.end(), [](relation const& r) {
                  return r.kind == relation_kind::part_of;
                })) &&
               (verb->empty() || o.predicate.key == *verb || (is_lit(*verb, "die") && is_lit(o.predicate.key, "kill")) ||
                (is_lit(*verb, "live") && is_lit(o.predicate.key, "be") && is_lit(o.subject.key, "person")) ||
                shares_stem(*verb, o.subject.key)) &&
               !A.earlier_level_at(o);
      };
      // (a group named by a participle as its sentence's subject gives its verb only: the part's
      // relations are the partitive rules' ("The dead, three of whom ...": the count of the dead
      // before it); "Among the dead are 14 children" is a part of the dead)
      // (with no other figure before it in the sentence, the group is the count of an earlier
      // sentence: "Nine people were killed ... The dead, three of whom were teenagers, include
      // two brothers")
      bool const verb_only = own_noun && !(qf >= 4 && si.tokens[qf - 4].lc == "among") && participle_parts < i;
      participle_parts += own_noun;
      // ("About 6,900 of those appointments" after "7,900 appointments and 1,150 operations were
      // postponed": a noun of its own after "those" names the count of that noun, which the
      // latest figure need not be; with none of it before, the latest count serves as before)
      std::string_view named;
      claim noun_of;
      if (!fronted && verb->empty() && ql + 3 < si.tokens.size() && chunk_word(si.tokens[ql + 3])) {
        auto [nb, ne] = chunk_right(si.tokens, ql + 3, false, false);
        noun_of.q.kind = c.q.kind;
        if (nb < ne) subject_from_chunk(noun_of, si.tokens, nb, ne, false);
        named = noun_of.subject.key;
      }
      // (one pass: the first that fits, and the first of the named noun, which wins)
      std::size_t in_local = SIZE_MAX, fallback_local = SIZE_MAX;
      claim const* in_earlier = nullptr;
      claim const* fallback_earlier = nullptr;
      bool done = false;
      for (std::size_t j = i, n = 0; !done && !verb_only && j-- > 0 && n < 32; ++n)
        if (fits(local[j])) {
          if (fallback_local == SIZE_MAX) fallback_local = j;
          if (named.empty() || local[j].subject.key == named) in_local = j, done = true;
        }
      // (a bare "them"/"those" with a sentence of no figure between points into that sentence:
      // "Two deaths are under investigation. The affected batches were made in March. Three of
      // them were exported" are three batches, no part of the two deaths)
      bool const across_figureless = !fronted && verb->empty() && named.empty() && A.figureless_since > 0;
      std::size_t n = 0;
      for (auto it = earlier.rbegin(); !done && !across_figureless && it != earlier.rend() && n < 32; ++it, ++n)
        if (fits(*it)) {
          if (!fallback_earlier) fallback_earlier = &*it;
          if (named.empty() || it->subject.key == named) in_earlier = &*it, done = true;
          // (a group's verb alone: the first one, with no part to link)
          if (verb_only) in_earlier = &*it, done = true;
        }
      if (!done) in_local = fallback_local, in_earlier = fallback_local == SIZE_MAX ? fallback_earlier : nullptr;
      // ("Some 412,000 pupils are eligible across the 19 councils that have signed up ... Of
      // those, about 263,000 ...": a bare "those" is a group at least as large as its part; a
      // smaller figure of the sentence referred to, a count of something else named beside the
      // group, gives way to a figure of that sentence that can hold the part, if there is one)
      // ("Of the total," after "raised €412 million ... had expected it to raise €350 million": a
      // total told before a forecast of it is the one meant; a plan's own total stays its whole,
      // "will shed 2,400 jobs. Of the total, 1,300 ...")
      auto forecast = [](claim const& o) { return o.mod == modality::planned || o.mod == modality::hypothetical; };
      if (total && ((in_local != SIZE_MAX && forecast(local[in_local])) || (in_local == SIZE_MAX && in_earlier && forecast(*in_earlier)))) {
        bool switched = false;
        for (std::size_t j = in_local == SIZE_MAX ? i : in_local; !switched && j-- > 0;)
          if (fits(local[j]) && !forecast(local[j])) in_local = j, switched = true;
        std::size_t n = 0;
        for (auto it = earlier.rbegin(); !switched && it != earlier.rend() && n < 32; ++it, ++n)
          if (fits(*it) && !forecast(*it)) in_local = SIZE_MAX, in_earlier = &*it, switched = true;
      }
      if (fronted && verb->empty() && !own_noun) {
        auto small = [&](claim const& o) { return o.q.hi && c.q.lo && *o.q.hi < *c.q.lo; };
        if (in_local != SIZE_MAX && small(local[in_local])) {
          for (std::size_t j = in_local; j-- > 0;)
            if (fits(local[j]) && !small(local[j])) {
              in_local = j;
              break;
            }
        } else if (in_local == SIZE_MAX && in_earlier && small(*in_earlier)) {
          std::size_t const sentence = in_earlier->sentence_start;
          for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
            if (it->sentence_start != sentence) {
              if (it->sentence_start < sentence) break;
              continue;
            }
            if (fits(*it) && !small(*it)) {
              in_earlier = &*it;
              break;
            }
          }
        }
      }
      if (in_local != SIZE_MAX) {
        w = &local[in_local];
        anaphoric_parts.emplace_back(i, in_local);
      } else if (in_earlier) {
        w = in_earlier;
        // a part of a figure of an earlier sentence (which has its id already)
        if (!verb_only) {
          if (w->q.kind == c.q.kind) c.relations.push_back({relation_kind::part_of, w->id});
          else if (is_share(c.q.kind)) c.relations.push_back({relation_kind::fraction_of, w->id});
        }
      }
      if (w) {
        auto const& t = si.tokens;
        if (!own_noun) {
          c.subject.key = w->subject.key;
          c.subject_text_span = w->subject_text_span;
        }
        // "more than 40,000 of those patients": a noun of its own after "those" that names no
        // event (as "those deaths" do) is what the part counts
        if (!named.empty()) {
          c.subject.key = noun_of.subject.key;
          c.subject_text_span = noun_of.subject_text_span;
        } else if (!fronted && verb->empty() && ql + 3 < t.size() && chunk_word(t[ql + 3])) {
          auto [nb, ne] = chunk_right(t, ql + 3, false, false);
          if (nb < ne) subject_from_chunk(c, t, nb, ne, false);
        }
        c.forced_predicate.clear();
        // its own verb: right after the reference, or after an auxiliary ("are still held")
        std::size_t pos = fronted ? ql + 1
                                  : ql + 3 + ((verb->empty() && ql + 3 < t.size() && chunk_word(t[ql + 3])) || !verb->empty());
        // ("three of whom were released": the verb after the relative pronoun)
        if (own_noun && ql + 2 < t.size() && t[ql + 1].lc == "of" && (t[ql + 2].lc == "whom" || t[ql + 2].lc == "which"))
          pos = ql + 3;
        bool own = false;
        for (std::size_t k = pos; k < t.size() && k < pos + 3 && t[k].word && !own; ++k) {
          // (after a copula only a participle is a verb: "were evacuated", "are held", but "were
          // home and contents claims" names a kind of the whole's thing)
          own = t[k].pred != nullptr &&
                !(k > pos && is_copula(t[k - 1].lc) && !t[k].lc.ends_with("ed") && !t[k].lc.ends_with("ing") &&
                  !irregular_forms.count(t[k].lc));
          // (over an adverb: "Nine of them later died", "31 of them have since recovered")
          if (!t[k].low_pred && !verb_form_adverbs.count(t[k]) && t[k].lc != "later" && t[k].lc != "since" &&
              t[k].lc != "been" && t[k].lc != "have" && t[k].lc != "had")
            break;
        }
        // (a share of a group named by its act with a complement after its copula, "Nearly
        // two-thirds of those killed were aged 75 or over", names a subgroup of its own, as
        // "about 40% are pensioners" does: scoped by it, so a part of the count named for another
        // reason, "Of those, about 380 were in the capital", is not the count it is checked on)
        if (is_share(c.q.kind) && !fronted && !verb->empty() && t[ql + 2].lc == "those" && ql + 5 < t.size() &&
            is_copula(t[ql + 4].lc) && t[ql + 5].word)
          subgroup_scope = t[ql + 5].lc;
        // (a group named by what was done to it, "those admitted" after "1,214 admissions"
        // recorded: what was done to it)
        // ("Of the total, €268 million came from the higher band": a verb of the list of light
        // verbs right after a fronted part, not a copula's, is its own: come)
        if (!own && fronted && verb->empty() && pos < t.size() && pos == ql + 1 && t[pos].low_pred && !is_lit(*t[pos].low_pred, "be") &&
            (pos + 1 >= t.size() || t[pos + 1].lc != "to"))
          c.forced_predicate = *t[pos].low_pred;
        else if (!own)
          c.forced_predicate = own_noun && !verb->empty() && w->predicate.key != *verb &&
                                       !(is_lit(*verb, "die") && is_lit(w->predicate.key, "kill"))
                                   ? *verb
                                   : w->predicate.key;
      } else if (own_noun && !verb->empty()) {
        // (no count of the group before it: the participle still says what happened to its
        // part, "Among those evacuated were 45 patients")
        c.forced_predicate = *verb;
      }
    }
    // "Among those admitted were 212 children and 530 pensioners": a count joined by "and" to a
    // part of an earlier sentence's figure, with no verb between them, is a part of it too
    // (an age between them is no figure of the list)
    // (most figures follow none with relations: the call is skipped)
    if (!verb && c.q.kind == quantity_kind::count && c.relations.empty() && ofq == SIZE_MAX && i > 0 &&
        (!local[i - 1].relations.empty() || local[i - 1].q.age))
      conjunct_part(c, i, local, si);
    // "7,400 of the households affected", "about 11,000 of the fund's members": a count of a
    // definite noun with no figure of its own is part of the nearest count before it, in
    // the article, of that same noun (not of a part or an earlier level); larger or not, as
    // a part larger than its whole is the reconciler's to report
    // (a noun, not a group named by what happened to it: "two of the injured died" are no part
    // of a toll; nor a part of a breakdown, which its whole's sum_of lists)
    bool named_whole = false;
    bool const of_after = ql + 3 < si.tokens.size() && si.tokens[ql + 1].lc == "of";
    std::size_t h = ql + 2;
    while (of_after && h < si.tokens.size() && h < ql + 5 && si.tokens[h].word &&
           (determiners.count(si.tokens[h].lc) || is_possessive(si.tokens[h].lc)))
      ++h;
    if (of_after && !verb && c.q.kind == quantity_kind::count && ofq == SIZE_MAX && !c.subject.key.empty() && h > ql + 2 &&
        h < si.tokens.size() && c.subject_text_span.start > si.tokens[ql + 1].start &&
        chunk_word(si.tokens[h]) && !si.tokens[h].pred && !si.tokens[h].low_pred &&
        nominal_adjective_keys.find(std::string_view(si.tokens[h].lc)) == nominal_adjective_keys.end() &&
        si.tokens[ql + 2].lc != "those" && si.tokens[ql + 2].lc != "these") {
      auto listed = [&](claim const& o) {
        std::size_t n = 0;
        for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n)
          for (auto const& r : it->relations)
            if (r.kind == relation_kind::sum_of && r.claim == o.id) return true;
        return false;
      };
      auto fits = [&](claim const& o) {
        return &o != &c && o.q.kind == quantity_kind::count && o.subject.key == c.subject.key &&
               o.mod == modality::asserted && !A.earlier_level_at(o) &&
               std::none_of(o.relations.begin(), o.relations.end(),
                            [](relation const& r) { return r.kind == relation_kind::part_of; }) &&
               (o.id.empty() || !listed(o));
      };
      for (std::size_t j = i; !named_whole && j-- > 0;)
        if (fits(local[j])) {
          anaphoric_parts.emplace_back(i, j);
          named_whole = true;
        }
      std::size_t n = 0;
      for (auto it = earlier.rbegin(); !named_whole && it != earlier.rend() && n < 32; ++it, ++n)
        if (fits(*it)) {
          c.relations.push_back({relation_kind::part_of, it->id});
          named_whole = true;
        }
    }
    // "380 of the children had been hospitalised" after "cases climbed to 2,400": a part of a
    // definite noun with no figure of its own is part of the count right before it in the
    // sentence, when that count is larger
    if (!verb && !named_whole && c.q.kind == quantity_kind::count && ofq == SIZE_MAX && ql + 3 < si.tokens.size() &&
        si.tokens[ql + 1].lc == "of" && si.tokens[ql + 2].lc == "the" && chunk_word(si.tokens[ql + 3]) &&
        !si.tokens[ql + 3].pred && !(ql + 4 < si.tokens.size() && chunk_word(si.tokens[ql + 4]))) {
      for (std::size_t j = i; j-- > 0;)
        if (local[j].q.kind == quantity_kind::count) {
          if (local[j].q.value > c.q.value && !A.earlier_level_at(local[j])) anaphoric_parts.emplace_back(i, j);
          break;
        }
    }
    // "nine in ten of those who voted": resolved against the article's figures at its end
    if (is_share(c.q.kind))
      if (auto who = who_whole(si.tokens, ql); !who.empty()) who_local.emplace_back(i, std::move(who));
    // "released about $1.1 billion of the package": a sum of a definite noun with no figure of
    // its own is part of the sum named before it in the article (same currency): its keys,
    // its own verb.
    if (c.q.kind == quantity_kind::money && ofq == SIZE_MAX && ql + 3 < si.tokens.size() &&
        si.tokens[ql + 1].lc == "of" && si.tokens[ql + 2].lc == "the" && chunk_word(si.tokens[ql + 3]) &&
        !si.tokens[ql + 3].pred && !(ql + 4 < si.tokens.size() && chunk_word(si.tokens[ql + 4]))) {
      // the sum of that noun, else the article's first sum (what the story is about)
      auto const noun = key_of("", strip_possessive(si.tokens[ql + 3].lc), c.q.kind).key;
      // (a sum told, not one expected: "raised €412 million ... had expected it to raise €350
      // million. ... €120 million of the revenue": the first sum the story tells, whatever its noun)
      auto fits = [&](claim const& o) {
        return o.q.kind == quantity_kind::money && o.q.unit == c.q.unit &&
               o.mod != modality::planned && o.mod != modality::hypothetical;
      };
      claim const* w = nullptr;
      std::size_t wj = SIZE_MAX;
      for (int pass = 0; pass < 2 && !w; ++pass) {
        std::size_t n = 0;
        for (auto it = earlier.begin(); !w && it != earlier.end() && n < 64; ++it, ++n)
          if (fits(*it) && (pass == 1 || (!noun.empty() && it->subject.key == noun))) w = &*it;
        for (std::size_t j = 0; !w && j < i; ++j)
          if (fits(local[j]) && (pass == 1 || (!noun.empty() && local[j].subject.key == noun))) {
            w = &local[j];
            wj = j;
          }
      }
      if (w && wj != SIZE_MAX) anaphoric_parts.emplace_back(i, wj);
      else if (w) c.relations.push_back({relation_kind::part_of, w->id});
      if (w) {
        c.subject.key = w->subject.key;
        c.subject_text_span = w->subject_text_span;
      }
    }
    // A figure whose noun is left out counts what the figure before it counts ("The bloc took
    // 234", "the bloc's 234", "32 short of"); a share a party took is a share of the vote.
    if ((c.q.kind == quantity_kind::count || c.q.kind == quantity_kind::money) && ofq == SIZE_MAX &&
        c.forced_predicate.empty() &&
        ((c.q.kind == quantity_kind::count && elided_noun(si, qf, ql)) || c.subject.key.empty()))
      if (auto const* o = elided_antecedent(i, local, earlier, &si.tokens)) {
        c.subject.key = o->subject.key;
        c.subject_text_span = o->subject_text_span;
      }
    // (not a part "of the 300 workers": its whole names it below)
    if (c.subject.key.empty() && ofq == SIZE_MAX)
      if (auto it = pair_find(elided_subjects, c.predicate.key, to_string(c.q.kind));
          it != elided_subjects.end())
        c.subject.key = it->second;
    // A list carries its verb: "Labour secured 411 seats, the Conservatives 121".
    // The nearest earlier figure of the same subject (or, without one, of the same kind) gives it:
    // "took 21.81% and 87 seats, the Freedom party 14.58% and 58 seats".
    // A figure with no noun either takes the noun of that figure too ("the Liberals 9.1%").
    // A figure whose noun is only the name before it ("the X party 14.58% and 58 seats") is
    // read like one with none: a gapped conjunct (its verb, if any, is the first conjunct's).
    bool found = false;
    if (c.predicate.key.empty() && c.forced_predicate.empty()) {
      for (std::size_t j = i; j-- > 0;) {
        auto const& o = local[j];
        bool same = !c.subject.key.empty() ? o.subject.key == c.subject.key
                                           : o.q.kind == c.q.kind && o.q.unit == c.q.unit;
        if (!same) continue;
        c.predicate.key = o.predicate.key;
        if (c.subject.key.empty()) {
          c.subject.key = o.subject.key;
          c.subject_text_span = o.subject_text_span;
        }
        found = true;
        break;
      }
    }
    if (!found && c.forced_predicate.empty() && !c.subject.key.empty() && qf > 0 && si.tokens[qf - 1].word &&
        c.subject_text_span.end == si.tokens[qf - 1].end) {
      auto [ob, oe] = chunk_right(si.tokens, ql + 1, true, c.q.kind == quantity_kind::money);
      for (std::size_t j = i, n = 0; ob == oe && j-- > 0 && n < 32; ++n) {
        auto const& o = local[j];
        if (o.q.kind != c.q.kind || o.q.unit != c.q.unit || o.subject.key.empty() || o.predicate.key.empty()) continue;
        // the verb found is none, or the first conjunct's (before that figure)
        if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.end > o.q.span.start) break;
        c.predicate.key = o.predicate.key;
        c.subject.key = o.subject.key;
        c.subject_text_span = o.subject_text_span;
        c.predicate_span = {};
        break;
      }
    }
    // A level reached ("jumped to 11.1%", "peaking at 5.1%") states what the figure is; a change
    // ("shrank by 7.8%") keeps its direction (grammars/predicates.tsv, column 3 "level").
    // Also past a level word: "raised rates ... to a range of 2.25% to 2.5%" (grammars/level_words.tsv).
    std::size_t lv = qf;
    bool named = false;
    while (lv > 0 && qf - lv < 4 && si.tokens[lv - 1].word &&
           (level_words.count(si.tokens[lv - 1].lc) || si.tokens[lv - 1].lc == "a" || si.tokens[lv - 1].lc == "an" ||
            si.tokens[lv - 1].lc == "of")) {
      named = named || level_words.count(si.tokens[lv - 1].lc);
      --lv;
    }
    if (!named) lv = qf;
    // (also a verb carried from an earlier figure of a list: "by 0.75 points to a range of ...")
    // The level after a change ("raised rates by 0.5 points to 4.75%") is what the rate is.
    bool after_change = false;
    if (lv >= 3 && si.tokens[lv - 1].lc == "to" && c.q.kind != quantity_kind::count)
      for (std::size_t k = lv - 2, n = 0; k > 0 && n < 8 && (si.tokens[k].word || si.tokens[k].lc == "%"); --k, ++n)
        if (si.tokens[k].lc == "by") {
          after_change = true;
          break;
        }
    // "Reserves fell below $4 billion": a level stated by the figure's own qualifier
    bool qualified_level = c.q.kind != quantity_kind::count && qf > 0 && lv == qf &&
                           (si.tokens[qf].lc == "below" || si.tokens[qf].lc == "above") &&
                           si.tokens[qf - 1].pred && level_predicates.count(c.predicate.key);
    if (qualified_level) c.predicate.key = "be";
    // "moving its rate from minus 0.1% ... to a range of 0 to 0.1%": the level it left, with no
    // verb of its own or with a verb that changes a level ("cut its deficit from 5.9% of output to
    // 3.5%", "rose from 4.1% to 4.4%"), was that rate
    if (lv > 0 && si.tokens[lv - 1].lc == "from" && c.q.kind != quantity_kind::count &&
        ((c.predicate.key.empty() && c.forced_predicate.empty()) || level_predicates.count(c.predicate.key)))
      c.predicate.key = "be";
    // (a vote split, "voted by 58% to 42%", is no change and the level it reached)
    if (after_change && is_lit(c.predicate.key, "vote")) after_change = false;
    if (lv > 0 && (si.tokens[lv - 1].lc == "to" || si.tokens[lv - 1].lc == "at") &&
        (level_predicates.count(c.predicate.key) || after_change ||
         ((c.predicate.key.empty() || c.predicate_span.end == c.predicate_span.start) && c.q.kind != quantity_kind::count)))
      c.predicate.key = "be";
    // "a three-week-old strike": an event's age is how long it has lasted, no one's age
    if (is_age(c) && event_ages.count(c.subject.key)) c.q.age = false;
    // "a 15-member council": the thing has that many, whatever the clause's verb
    if ((compound_modifier(c.q, si.text) || is_age(c)) &&
        !modifier_predicate.empty()) {
      c.predicate.key = modifier_predicate;
      c.predicate_span = {};
    }
    if (c.q.kind == quantity_kind::duration && !duration_predicate.empty() && !is_age(c)) {
      // A duration is not the object of the sentence's verb: its predicate is "last", and
      // only a cue right before it ("would last six weeks") changes its modality. A bare
      // time offset ("a year earlier", "two weeks ago", "a month later") spans nothing: it
      // dates another moment (docs/corpus.md: no claim), so it has no predicate at all. One
      // with an event after it ("nearly 10 months after it declared the emergency") spans from
      // that event, which the corpus reads as how long the thing lasted, and so does one that
      // a span's verb or "for" governs ("lasted two weeks before a deal", "for a month before").
      bool offset = time_offset(si.tokens, ql) && si.tokens[ql + 1].lc != "after" && si.tokens[ql + 1].lc != "before";
      if (offset && qf > 0) {
        auto const& before = si.tokens[qf - 1];
        auto const* verb = predicate_of(before, false);
        offset = before.lc != "for" && !(verb && *verb == duration_predicate);
      }
      // (and one that times something, a window, a deadline or a gap: no claim either)
      if (!offset) {
        auto const* verb = qf > 0 ? predicate_of(si.tokens[qf - 1], false) : nullptr;
        offset = !(verb && *verb == duration_predicate) && times_something(si, qf, ql);
      }
      c.predicate.key = offset ? std::string() : duration_predicate;
      c.predicate_span = {};
      duration_modality(c, si, qf, ql);
      // "the lane was shut for six weeks": what lasts is the state the verb starts
      if (!offset && qf > 0 && si.tokens[qf - 1].lc == "for")
        if (auto const k = state_verb(si.tokens, qf - 1); k != SIZE_MAX) {
          std::string buf;
          c.subject.key = *state_nouns.find(verb_key(si.tokens, k, buf));
          c.subject_text_span = {si.tokens[k].start, si.tokens[k].end};
        }
      // "the closure of the line would last at least ten days": the span verb's subject
      if (!offset)
        if (auto const [b, e] = lasting_subject(si.tokens, qf, ql); b < e) subject_from_chunk(c, si.tokens, b, e, false);
    }
    // A population stated as the level a verb reaches ("the population reached 8.4 million",
    // "shrank for a third census in a row, to 612,000 residents", "up 3% from 8.2 million") is
    // that level, be; with no verb of its own it is where people live ("Gaza's 2.3 million
    // residents", "was home to 100,000 people").
    if (is_lit(c.forced_predicate, "live") && population_level(si.tokens, qf)) c.forced_predicate = "be";
    // "A 12% cut in excise duty has yet to take effect", "a 71% rise on the year", "the 12% duty
    // cut would apply": a share named as a change (measure_nouns.tsv kind change, column 3) that
    // no verb takes as its object is that change; one sought, offered or faced keeps the verb
    // (docs/corpus.md: "the demand's verb where the figure is its object") (acc24p)
    if (c.forced_predicate.empty() && c.q.kind == quantity_kind::percent)
      if (auto const* key = named_change(si.tokens, qf, ql)) c.forced_predicate = *key;
    if (!c.forced_predicate.empty()) c.predicate.key = c.forced_predicate;
    // The whole of a partitive that shares its part's verb (or lack of one) is a total: "won
    // 411 of the 650 seats", "will have 159 of the 400 seats" (then hostages of it are held).
    bool own_participle = false;
    auto const [pob, poe] = plain_chunk(si, ql + 1);
    {
      auto const ob = pob, oe = poe;
      // after its noun ("people abducted") or before it ("registered voters")
      own_participle = ob < oe && ((oe < si.tokens.size() && si.tokens[oe].pred &&
                                    c.predicate_span.start == si.tokens[oe].start) ||
                                   (oe - ob >= 2 && si.tokens[ob].pred && c.predicate_span.start == si.tokens[ob].start));
    }
    // (a verb right after the whole's noun is the part's too when a count part opens the clause:
    // "11 of the 14 regions lost people"; "a third of the 600 people abducted" keeps seize)
    if (c.forced_predicate.empty() && c.q.kind != quantity_kind::duration && part_of_whole[i] != SIZE_MAX) {
      auto const& part = local[part_of_whole[i]];
      // (also a verb right before the part that the whole's own search passed over, one no
      // vocabulary lists: "is asking for four of the 14 posts")
      auto const& ps = part.predicate_span;
      bool const governs = ps.end > ps.start && ps.end <= si.tokens[ranges[part_of_whole[i]].first].start &&
                           c.predicate_span.end <= ps.start;
      bool const shared = ps.start == c.predicate_span.start && ps.end == c.predicate_span.end;
      if (own_participle ? shared && ps.end > ps.start && ps.start >= c.q.span.end &&
                               std::size_t(part_of_whole[i]) < i && part.q.kind == c.q.kind
                         : shared || governs)
        c.predicate.key = "be";
    }
    // An unlisted participle before the whole's noun is the whole's own verb, as a listed one
    // is ("212 of the 870 scheduled services ran", "35 of the 60 planned classrooms")
    if (c.forced_predicate.empty() && part_of_whole[i] != SIZE_MAX && (c.predicate.key.empty() || is_lit(c.predicate.key, "be"))) {
      auto const ob = pob, oe = poe;
      if (ob == ql + 1 && oe - ob >= 2 && unlisted_past(si.tokens, ob) && !is_upper(text[si.tokens[ob].start])) {
        c.predicate.key = unlisted_key(std::string_view(si.tokens[ob].lc));
        c.predicate_span = {si.tokens[ob].start, si.tokens[ob].end};
        // (the participle says what the whole is, not what its parts did: "roofed 35 of the 60
        // planned classrooms" are no plan)
        c.forced_predicate = c.predicate.key;
      }
    }
    // A whole with a relative clause of its own did what that clause says ("Of the 2,300 owners
    // who have applied, 640 ...", "about 150 of the 176 glaciers it measures had shrunk", "posts
    // that pools advertised", "the 212 branches due to close"), not what its part did: when it
    // has no verb, the copula, or the outer clause's verb after its clause. A reduced relative
    // ("the 1,390 reefs surveyed since January had bleached") only where the outer clause goes on
    // after it: in a fronted whole ("Of the 9,000 saplings planted last season, ...") the
    // reconciler then met the count since a year ("has planted 40,000 since 2019") in a false
    // contradiction (set 17), as acc21v found for "planted".
    // (a whole is a figure a part points at, or one after "of" and a determiner: "Of the 2,300")
    if (c.forced_predicate.empty() && c.q.kind != quantity_kind::duration &&
        (part_of_whole[i] != SIZE_MAX ||
         (qf >= 2 && is_lit(si.tokens[qf - 2].lc, "of") && article_or_determiner(si.tokens[qf - 1])))) {
      auto const ob = pob, oe = poe;  // (the chunk after the figure, read once above)
      if (ob == ql + 1 && ob < oe && oe < si.tokens.size())
        if (auto const r = relative_clause(text, si.tokens, oe); r.verb != SIZE_MAX) {
          bool const outer = r.end != SIZE_MAX && c.predicate_span.start >= si.tokens[r.end].start;
          if ((c.predicate.key.empty() || is_lit(c.predicate.key, "be") || outer) && (!r.participle || r.end != SIZE_MAX)) {
            auto const& w = si.tokens[r.verb];
            c.predicate.key = w.pred ? *w.pred : w.low_pred ? *w.low_pred : unlisted_key(std::string_view(w.lc));
            c.predicate_span = {w.start, w.end};
          }
        }
    }
    // Seats "taken" are won; a results list without a verb states seats won
    // (grammars/subject_predicates.tsv).
    auto const* rows = subject_rows_of(c.subject.key);
    if (rows)
      if (auto const* v = row_value(rows->predicates, c.predicate.key)) c.predicate.key = *v;
    // A person seized or held is a hostage (grammars/subject_roles.tsv).
    if (rows)
      if (auto const* v = row_value(rows->roles, c.predicate.key)) c.subject.key = *v;
    // a body that acts ("The World Bank pledged ...") is a speaker of its own for the frame
    // (lvalues both ways: no copy of a speaker key or a frame per figure)
    static std::string const no_speaker;
    static date_frame const no_frame;
    find_date(c, si, qf, ql, has_pub ? &pub_date : nullptr, &sentence_dates, figure_spans, frame,
              own_speaker.empty() && actor.covers(qf) ? actor.first.key
              // one over an auxiliary tells background to the report, not a new report
              : si.aux_speaker ? no_speaker : own_speaker,
              lede_paragraph ? no_frame : lede_act, &sentence_clauses, &previous_start);
    // A gapped list shares the verb, and so the date, of its first clause: "the Greens took 12%
    // and 30 seats, the Liberals 9% and 20 seats" (a results box without any verb does not).
    if (c.basis == date_basis::published && frame.event && c.predicate_span.end == c.predicate_span.start &&
        sentence_dates.empty() && c.q.kind != quantity_kind::duration)
      for (std::size_t j = 0; j < i; ++j)
        if (local[j].predicate_span.end != local[j].predicate_span.start && local[j].date == frame.value &&
            local[j].basis == frame.basis) {
          c.date = frame.value;
          c.basis = frame.basis;
          break;
        }
    c.scope = scope_of(text, si, c, qf, topics);
    if (c.scope.empty() && !subgroup_scope.empty()) c.scope = subgroup_scope;
    // "grants of up to €8,000 each", "up to €180,000 per vessel", "charges €0.30 a litre": a figure
    // per unit is no total of what it counts; scoped by its unit, it never meets the totals'
    // contradictions and timelines (phrase_cues.tsv per_unit, per_unit_article)
    // (the word's bit first: most figures are followed by no per-unit word or article)
    if (c.scope.empty() && ql + 1 < si.tokens.size() && per_unit_words.count(si.tokens[ql + 1].lc)) {
      c.scope = per_unit_after(si.tokens, c, ql);
      S.per_unit |= !c.scope.empty();
    }
    // A results box ("Full results: Labour 411, Conservatives 121, ...") states each named
    // party's result of the event: dated by the event's day when the name scopes the figure
    // (an unnamed "others 6" keeps publication, so boxes of two outlets meet only party by party).
    // (also beside a date phrase that is another figure's: "The ANC's share, just above 40%,
    // compares with 57.5% in 2019")
    if (c.basis == date_basis::published && frame.event && c.predicate_span.end == c.predicate_span.start &&
        !c.scope.empty() && agent_key(c.predicate.key) && c.mod == modality::asserted) {
      c.date = frame.value;
      c.basis = frame.basis;
    }
    if (!lean) c.topics = topics;
    if (split_at != SIZE_MAX && (qf > split_at || !first_clause.key.empty() || main_in_second)) {
      if (qf > split_at) {
        c.attribution = second_clause;
      } else if (!first_clause.key.empty()) {
        c.attribution = first_clause;
      } else {
        // the first clause has no speaker of its own: a pronoun's, the body that acts, the
        // paragraph's, else the outlet
        auto act = actor.first.key.empty() ? find_actor(text, si) : actor;
        actor_key(act.first, *before_last_speaker, speakers);
        if (first_pronoun && !before_last_speaker->key.empty()) c.attribution = *before_last_speaker;
        else if (act.covers(qf) && !held_people.count(c.subject.key)) c.attribution = act.first;
        else if (!before_paragraph_speaker->key.empty()) c.attribution = *before_paragraph_speaker;
        else c.attribution = {{}, source_key};
      }
    } else if (!si.relative.first.key.empty() && qf > si.relative.second &&
               !main_clause_resumes(si.tokens, si.relative.second, qf)) {
      c.attribution = si.relative.first;
      c.attribution.key = resolve_speaker(c.attribution.key, speakers);
    } else if (actor.covers(qf) && !held_people.count(c.subject.key) &&
               // (a body's verb that is no act tells no figure of an earlier year: "which killed
               // 52 men in 1996" is the narrator's background)
               !(actor.any_verb && c.basis == date_basis::explicit_date && c.date.size() >= 4 &&
                 a.published.size() >= 4 && c.date.compare(0, 4, a.published, 0, 4) < 0)) {
      // (not the count of people the act was done to: "rebels seized 40 hostages" is the outlet's)
      c.attribution = actor.first;
    } else if (!attribution.key.empty() &&
               !(own_speaker.empty() && !si.pronoun_speaker && !quoted &&
                 ((c.basis == date_basis::explicit_date && c.date.size() >= 4 && a.published.size() >= 4 &&
                   c.date.compare(0, 4, a.published, 0, 4) < 0 && !partitive_continuation(si.tokens, ql)) ||
                  background_frame(si.tokens, qf, ql)))) {
      // (a figure of an earlier year in a sentence that names no one, "far below the 303 seats
      // the party won in 2019" - not a part of the report's count, "Of the 2024 total, 1.1
      // million ...", "Two in five of them were over 70" - and a place's population, "Gaza is home to 2.3 million people",
      // "the city's 80,000 residents" (grammars/background_frames.tsv, background_populations.tsv),
      // are the narrator's background, not the paragraph's report: the outlet's, or no one's
      // when the input names no outlet)
      c.attribution = attribution;
    } else if (!attribution.key.empty() && own_speaker.empty() && !si.pronoun_speaker && !quoted) {
      c.attribution = {};
      c.attribution.key = source_key;
    } else if ((c.mod == modality::planned || c.mod == modality::negated) && !planner_before->key.empty()) {
      // a plan (or an act not taken) no one is named for is the last acting or announcing body's
      // ("Hunt announced a £55 billion plan. ... The cap will rise to £3,000.")
      c.attribution = *planner_before;
    } else if (!a.source.empty()) {
      c.attribution.key = source_key;
      fell_to_outlet[i] = 1;
    }
    // "a fraction of the €48 million the European Union pledged", "the 45,000 new homes a year
    // the government aims for": a body that acts in a relative clause (without "that") on the
    // figure's own noun is the source of that figure
    if (qf > 0 && si.tokens[qf - 1].lc == "the")
      if (auto k = relative_actor(text, si, ql); !k.key.empty()) {
        k.key = resolve_speaker(k.key, speakers);
        c.attribution = std::move(k);
      }
    // The length so far of the story's background ("in almost 16 weeks of war", "over the
    // six-month offensive", "for the first time in 17 years") is the narrator's, whoever
    // tells the figures around it.
    if (qf != SIZE_MAX && scene_at != SIZE_MAX && qf > scene_at && !a.source.empty()) {
      c.attribution = {};
      c.attribution.key = source_key;
    }
    // A length in a plan of the same sentence ("would revive targets to deliver 1.5 million
    // homes over five years") is the plan's: it stays its speaker's.
    // (read last: only an asserted length asks the figures before it)
    auto const in_plan = [&] {
      for (std::size_t k = 0; k < i; ++k)
        if (local[k].mod == modality::planned) return true;
      return false;
    };
    if (c.q.kind == quantity_kind::duration && c.mod == modality::asserted && qf > 0 && !a.source.empty() && !in_plan()) {
      std::size_t p = qf;
      while (p > 0 && (si.tokens[p - 1].lc == "the" || si.tokens[p - 1].lc == "a")) --p;
      // (not a period an act in its clause sets: "has suspended services for two weeks", "said
      // it had ordered the mines to halt work for a week" stay the actor's and the speaker's)
      bool set_by_act = false;
      for (std::size_t k = p; p > 0 && si.tokens[p - 1].lc == "for" && k-- > 0 && p - k < 12 &&
                              si.tokens[k].lc != "," && si.tokens[k].lc != ";" && !set_by_act;)
        set_by_act = si.tokens[k].word && si.tokens[k].cue_first && act_at(si.tokens, k, true);
      if (!set_by_act && p > 0 &&
          (si.tokens[p - 1].lc == "in" || si.tokens[p - 1].lc == "over" || si.tokens[p - 1].lc == "for" ||
           si.tokens[p - 1].lc == "after")) {
        c.attribution = {};
        c.attribution.key = source_key;
      }
    }
  }
  // "411 of the 650 seats", "at least 34 of the 133 hostages": the part counts what the
  // figure after "of" counts.
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto j = of_quantity[i];
    if (j == SIZE_MAX || !local[i].subject.key.empty() || local[j].subject.key.empty()) continue;
    local[i].subject.key = local[j].subject.key;
    local[i].subject_text_span = local[j].subject_text_span;
    // and the subject settles its verb as above ("took 212 of the 350 seats" won them)
    if (auto const* rows = subject_rows_of(local[i].subject.key))
      if (auto const* v = row_value(rows->predicates, local[i].predicate.key); v && local[i].forced_predicate.empty())
        local[i].predicate.key = *v;
  }
  // "The death toll from the quake that struck before dawn rose by 122 to 312": the change
  // counts what the level it reaches counts (the walk left from "by 122" found "dawn")
  for (std::size_t i = 0; i + 1 < local.size(); ++i) {
    auto const& t = si.tokens;
    auto const [qf, ql] = ranges[i];
    if (qf == 0 || t[qf - 1].lc != "by" || ql + 2 >= t.size() || t[ql + 1].lc != "to" ||
        ranges[i + 1].first != ql + 2 || local[i + 1].subject.key.empty())
      continue;
    local[i].subject.key = local[i + 1].subject.key;
    local[i].subject_text_span = local[i + 1].subject_text_span;
  }
}

// The days and frames the next sentences count from.
void extractor::impl::update_frames(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::string_view const text = A.text;
  auto& pub_date = A.pub_date;
  bool const has_pub = A.has_pub;
  auto& previous_date = A.previous_date;
  auto& previous_start = A.previous_start;
  auto& frame = A.frame;
  auto& month_frame = A.month_frame;
  auto& sentence_dates = A.sentence_dates;
  bool const lede_paragraph = A.lede_paragraph;
  text_key const& attribution = *S.said;
  std::span<claim> const local = S.local;
  for (auto const& d : sentence_dates)
    if (!d.since && d.value.size() == 10) previous_date = d.value;
  mentions_of(text, si, [&A](auto&& key) { A.name_mention(std::forward<decltype(key)>(key)); });
  update_frame(frame, sentence_dates, local, attribution.key, has_pub ? &pub_date : nullptr);
  if (sentence_dates.empty()) previous_start.clear();
  else previous_start = period_start_of(si, sentence_dates);
  // (a rate or share, the monthly statistic: a count or sum at a month's end, "the list reached
  // 182,000 at the end of May", frames no later paragraph)
  if (lede_paragraph && month_frame.value.empty() && !local.empty() && local.front().mod == modality::asserted &&
      local.front().date.size() == 7 && local.front().basis == date_basis::explicit_date &&
      is_share(local.front().q.kind))
    month_frame = {local.front().date, local.front().basis, "", false};
}

// Places and modifiers that scope a figure.
void extractor::impl::place_scopes(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::string_view const text = A.text;
  auto& buffers = A.buffers;
  std::span<claim> const local = S.local;
  auto const& ranges = S.si.figure_ranges;
  // A breakdown by place ("17,674 killed in Turkey and 3,377 in Syria"): when two figures of
  // one subject and predicate name different places, each place scopes its figure. A single
  // place is not a scope: it is usually the story's own ("killed in Gaza").
  {
    // (with two figures or more: a single figure has no other place to differ from; the
    // partitive rule below asks about its place itself)
    auto& places = buffers.places;  // (empty: the sentence's own)
    if (local.size() >= 2) {
      places.resize(local.size());
      for (std::size_t i = 0; i < local.size(); ++i) place_after(text, si, ranges[i].second, places[i]);
    }
    for (std::size_t i = 0; i < places.size(); ++i) {
      if (places[i].empty()) continue;
      for (std::size_t j = 0; j < local.size(); ++j) {
        if (j == i || places[j].empty() || places[j] == places[i]) continue;
        if (local[j].subject.key == local[i].subject.key && local[j].predicate.key == local[i].predicate.key) {
          if (local[i].scope.empty()) local[i].scope = places[i];
          break;
        }
      }
    }
    // A partitive part with its own modifier ("604 soldiers, 260 of them since the ground
    // operation began") is narrower than its keys: the modifier scopes it, so it is not read
    // as a new level of the whole's count.
    auto const& t = si.tokens;
    for (std::size_t i = 0; i < local.size(); ++i) {
      std::size_t m = ranges[i].second + 3;
      if (!local[i].scope.empty() || m >= t.size() || t[m - 2].lc != "of" ||
          (t[m - 1].lc != "them" && t[m - 1].lc != "whom"))
        continue;
      if (places.empty() ? !place_after(text, si, ranges[i].second).empty() : !places[i].empty()) continue;
      std::string mod;
      // (up to the list's next conjunct: "some 2.6 million of them on Swiftly and roughly
      // 450,000 on smaller apps" is "on swiftly"; a figure or "and"/"or" ends the modifier)
      std::size_t const next_figure = i + 1 < local.size() ? ranges[i + 1].first : t.size();
      for (std::size_t k = m; k < t.size() && k < m + 5 && k < next_figure && t[k].word && t[k].lc != "and" && t[k].lc != "or";
           ++k)
        mod += (mod.empty() ? "" : " ") + t[k].lc;
      if (!own_verb_at(t, m)) local[i].scope = mod;
    }
  }
}

// Relations between the figures of the sentence.
void extractor::impl::relate_figures(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto& buffers = A.buffers;
  std::span<claim> const local = S.local;
  claims_view const earlier = S.earlier;
  auto& relation_bits = S.relation_bits;
  auto& relation_any = S.relation_any;
  auto& scope_cues = S.scope_cues;
  auto const& ranges = S.si.figure_ranges;
  auto& of_quantity = A.buffers.of_quantity;
  auto& part_of_whole = A.buffers.part_of_whole;
  auto& anaphoric_parts = A.buffers.anaphoric_parts;
  auto& relation_at = A.buffers.relation_at;
  auto& local_rels = A.buffers.local_rels;
  auto& copula_parts = A.buffers.copula_parts;
  // Relations between quantities of the sentence.
  // (the relation cues matching at each token, as bits, once per sentence: the loops below
  // ask about every cue over the tokens between every pair of figures)
  relation_bits = relation_cues.size() <= 64;
  if (relation_bits) {
    if (relation_at.size() < si.tokens.size()) relation_at.resize(si.tokens.size(), 0);  // (see sentence_buffers)
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const k : notable_of(si, relation_start, buf)) {  // (the first words of relation cues)
      std::uint64_t bits = 0;
      for (auto const& r : starting(relation_cues, si.tokens, k))
        if (match_at(si.tokens, k, r.words)) bits |= std::uint64_t{1} << (&r - relation_cues.data());
      if (bits) {
        relation_at[k] = bits;
        buffers.relation_set.push_back(static_cast<std::uint32_t>(k));
      }
      relation_any |= bits;
    }
  }
  scope_cues = !relation_bits || (relation_any & relation_scope_bits);  // (see the scope loops)
  auto has_rel = [&local_rels](std::size_t from, relation_kind kind) {
    return std::any_of(local_rels.begin(), local_rels.end(),
                       [&](auto const& r) { return std::get<0>(r) == from && std::get<1>(r) == kind; });
  };
  for (auto [p, w] : anaphoric_parts)
    if (local[p].q.kind == local[w].q.kind) local_rels.emplace_back(p, relation_kind::part_of, w);
    else if (is_share(local[p].q.kind)) local_rels.emplace_back(p, relation_kind::fraction_of, w);
  for (std::size_t i = 0; i + 1 < local.size(); ++i) {
    std::size_t j = i + 1;
    // (no part_of cue between the two figures: the loop below finds none)
    bool const part_cue = !relation_bits || ((relation_any & relation_part_bits) &&
                                             (S.between_bits(ranges[i].second + 1, ranges[j].first) & relation_part_bits));
    for (auto const& r : relation_cues) {
      if (!part_cue) break;
      if (r.value != "part_of" || r.extra == "scope") continue;
      // the cue stands next to its part (at most three words between): "40 hostages, among
      // them women, children and the sick, in exchange for about 900 prisoners" lists no
      // figure after "among them"
      std::size_t const lo = ranges[i].second + 1;
      std::size_t const near = r.words.size() + 3;
      std::size_t const from = r.extra == "second" && ranges[j].first >= lo + near ? ranges[j].first - near : lo;
      std::size_t const to = r.extra == "second" ? ranges[j].first : std::min(ranges[j].first, lo + 4);
      if (!cue_between(S, from, to, r)) continue;
      // (a pronoun cue right after the first figure is that figure's own partitive, "Four people
      // died, three of whom were over 70": the three are part of the four, and the figure after
      // the cue is none of the three)
      if (r.extra == "second" && is_lit(r.words.front(), "of") && match_at(si.tokens, lo, r.words)) continue;
      // ("two new wings, each of which will hold 180 prisoners": what each one holds, no part)
      if (r.extra == "second" && std::any_of(si.tokens.begin() + static_cast<std::ptrdiff_t>(std::max<std::size_t>(from, 1)),
                                             si.tokens.begin() + static_cast<std::ptrdiff_t>(to), [&](token const& w) {
                                               auto const k = static_cast<std::size_t>(&w - si.tokens.data());
                                               return is_lit(si.tokens[k - 1].lc, "each") && match_at(si.tokens, k, r.words);
                                             }))
        break;
      // a part counts what its whole counts: a figure of another kind after the cue is no part
      // ("at least 30 of whom ..., after nearly five months of war"); a share is a fraction
      auto const part = r.extra == "second" ? j : i;
      auto const whole = r.extra == "second" ? partitive_whole(si.tokens, local, ranges, i, j) : j;
      // (a verb with an object of its own between the whole and the cue, a listed form or an
      // infinitive after "to": the cue names that object, "voted 31 to 4 to order a review of
      // the sites, of which the province has 12")
      if (r.extra == "second" && whole < part) {
        std::size_t cue = from;
        while (cue < to && !match_at(si.tokens, cue, r.words)) ++cue;
        bool object = false;
        for (std::size_t k = ranges[whole].second + 1; k + 1 < cue && !object; ++k)
          object = (si.tokens[k].pred || si.tokens[k].low_pred ||
                    (k > 0 && si.tokens[k - 1].lc == "to" && si.tokens[k].word && !function_words.count(si.tokens[k].lc))) &&
                   article_or_determiner(si.tokens[k + 1]);
        if (object) break;
      }
      if (local[part].q.kind == local[whole].q.kind) {
        // (in its unit only, and not of one of two coordinated counts of different things when
        // it counts neither: "carried 212 passengers and 18 crew, including 40 children" may
        // be children of the passengers or of both, never of the crew alone)
        if (local[part].q.unit == local[whole].q.unit && !coordinated_other_whole(si.tokens, local, ranges, part, whole)) {
          local_rels.emplace_back(part, relation_kind::part_of, whole);
          if (r.extra != "second") part_before_out_of(si.tokens, local[part], local[whole], ranges[part], ranges[whole]);
        }
      }
      else if (is_share(local[part].q.kind) && !is_share(local[whole].q.kind))
        local_rels.emplace_back(part, relation_kind::fraction_of, whole);
      break;
    }
    // "rose by 150 to 33,360", "rose by just 1.6 points to 33.7%", "fell 2 points to 30%" (a
    // verb of rise or fall right before the change)
    auto qf = ranges[i].first;
    bool change = false;
    // ("was up 12% at C$88 million": "up" or "down" right before the change, the level after "at")
    // (a share's change after a copula or a comma, not a verb's particle: "has called up 360,000
    // reservists, ... to the strip's 2.3 million")
    bool const up_down = (local[i].q.kind == quantity_kind::percent || local[i].q.kind == quantity_kind::fraction) &&
                         qf > 1 && (si.tokens[qf - 1].lc == "up" || si.tokens[qf - 1].lc == "down") &&
                         (is_copula(si.tokens[qf - 2].lc) || si.tokens[qf - 2].lc == ",");
    for (std::size_t back = 1; back <= 3 && back <= qf && !change; ++back) {
      auto const& w = si.tokens[qf - back];
      // (a vote "by 58% to 42%" is a tally of the two sides, no change)
      if (w.lc == "by" && qf > back && si.tokens[qf - back - 1].pred && text::is_lit(*si.tokens[qf - back - 1].pred, "vote"))
        break;
      if (w.lc == "by" || (back == 1 && ((w.pred && (text::is_lit(*w.pred, "rise") || text::is_lit(*w.pred, "fall"))) || up_down)))
        change = true;
      else if (!w.word || w.pred || w.low_pred || is_upper(si.text[w.start]))
        break;
    }
    // (the level is of the change's kind: "fell below $4 billion, enough to cover no more than
    // a month" is no change to a month; a time offset between them is no level: "fell 11% in
    // August from a year earlier, to €310 million")
    // (nor a period: "fell 6.5% in the first nine months of the year to €71.2 million")
    std::size_t level = j;
    while (change && local[level].q.kind == quantity_kind::duration && local[i].q.kind != quantity_kind::duration &&
           level + 1 < local.size())
      ++level;
    // (a percent change of a sum or count reached right after "to": "fell 11% ..., to €310
    // million", not "to raise wages by 12% and to hire 400 inspectors")
    // (also through a level word: "climbed 9.1% to an average of €1,690")
    // (and a fraction of it: "rose by a fifth to £240 million", "fell by almost half, to 9,800")
    bool const percent_of = ((local[i].q.kind == quantity_kind::percent && !is_lit(local[i].q.unit, "pp")) ||
                             local[i].q.kind == quantity_kind::fraction) &&
                            (local[level].q.kind == quantity_kind::money || local[level].q.kind == quantity_kind::count) &&
                            (reached_after_to(si.tokens, ranges[level].first) ||
                             (up_down && si.tokens[ranges[level].first - 1].lc == "at"));
    if (change && (local[i].q.kind == local[level].q.kind || percent_of)) {
      for (std::size_t k = ranges[i].second + 1; k < ranges[level].first; ++k)
        if (si.tokens[k].lc == "to" || (up_down && k + 1 == ranges[level].first && si.tokens[k].lc == "at"))
          local_rels.emplace_back(i, relation_kind::change_of, level);
    }
    // "Eleven people have now died, two more than on Sunday": the change of the level before it
    // (the next figure, after a comma)
    // (also a percent or fraction of a count or sum: "recorded 84,215 crimes, 3.8% fewer than a
    // year earlier", "spent £1.4 million on safety this year, a third more than in 2025")
    // (the comparison first: most figures have none)
    auto const percent_change = [&] {
      return ((local[j].q.kind == quantity_kind::percent && !text::is_lit(local[j].q.unit, "pp")) ||
              local[j].q.kind == quantity_kind::fraction) &&
             (local[i].q.kind == quantity_kind::count || local[i].q.kind == quantity_kind::money);
    };
    if (comparison_change(si.tokens, ranges[j].second) && (local[i].q.kind == local[j].q.kind || percent_change()) &&
        si.tokens[ranges[j].first - 1].lc == ",")
      local_rels.emplace_back(j, relation_kind::change_of, i);
  }
  // "212 vessels, of which 134 are under 12 metres and 78 are larger": a part after a cue with
  // more figures of its kind joined to it by "and" or commas, which with it add up to the
  // whole exactly, is the whole's exhaustive breakdown (sum_of, as a colon's list; a sum that
  // holds raises no false alarm, and one that does not may be a list of some parts only)
  // (also after a plain partitive, the list going on past its whole: "with 68 of its 120
  // members voting in favour, 49 against and three abstaining"; called again below, once the
  // plain partitives are read)
  auto exhaustive_after_part = [&](bool partitive) {
    for (std::size_t r = 0; r < local_rels.size(); ++r) {
      auto const [p, rk, w] = local_rels[r];
      if (rk != relation_kind::part_of || (partitive ? w != p + 1 : w >= p)) continue;
      std::vector<std::size_t> parts{p};
      double sum = local[p].q.value;
      for (std::size_t q = std::max(p, w) + 1;
           q < local.size() && local[q].q.kind == local[p].q.kind && local[q].q.unit == local[p].q.unit; ++q) {
        bool joined = false;
        for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m)
          joined = joined || si.tokens[m].lc == "and" || si.tokens[m].lc == ",";
        if (!joined || has_rel(q, relation_kind::part_of)) break;
        parts.push_back(q);
        sum += local[q].q.value;
      }
      if (parts.size() < 2 || std::abs(sum - local[w].q.value) > 1e-9 * local[w].q.value) continue;
      local_rels.erase(local_rels.begin() + static_cast<std::ptrdiff_t>(r));
      for (auto q : parts) local_rels.emplace_back(w, relation_kind::sum_of, q);
      break;
    }
  };
  exhaustive_after_part(false);
  // "killed 400 people, including 120 in Arle, 80 in Dorn and 40 in Vey": the figures listed
  // after a cue's part (commas and "and", no verb between, its kind and unit) that do not add
  // up to the whole are parts of it too, none of them exhaustive
  for (std::size_t r = 0, n = local_rels.size(); r < n; ++r) {
    auto const [p, rk, w] = local_rels[r];
    if (rk != relation_kind::part_of || w >= p) continue;
    for (std::size_t q = p + 1; q < local.size() && local[q].q.kind == local[p].q.kind && local[q].q.unit == local[p].q.unit &&
                                !has_rel(q, relation_kind::part_of) && !has_rel(q, relation_kind::change_of);
         ++q) {
      bool joined = false, clause = false;
      for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
        auto const& x = si.tokens[m];
        joined = joined || x.lc == "," || x.lc == "and";
        // (nor an earlier level or a comparison: "including 99 for the Congress party, up from 52")
        clause = clause || x.pred || x.lc == ";" || x.lc == "while" || x.lc == "but" || x.lc == "of" || x.lc == "from" ||
                 x.lc == "up" || x.lc == "down" || x.lc == "than";
      }
      if (!joined || clause) break;
      // (nor a figure with a verb of its own after it: "112 people were missing, among them 17
      // children, and that at least 3,400 homes had been flooded")
      if (auto const& ps = local[q].predicate_span; ps.end > ps.start && ps.start >= local[q].q.span.end &&
                                                    !(ps == local[p].predicate_span) && !(ps == local[w].predicate_span))
        break;
      local_rels.emplace_back(q, relation_kind::part_of, w);
    }
  }
  // "€400,000 from prize money totalling €1.6 million", "$2m from a fund of $9m": a figure
  // before "from", a noun phrase and a larger figure of its kind and unit after "totalling",
  // "worth" or "of" is part of that figure; so are the figures of its kind listed after it in
  // a clause with no verb of its own (", with the runner-up taking €250,000 and each
  // semi-finalist €150,000")
  for (std::size_t z = 0; z + 1 < local.size(); ++z) {
    auto const& t = si.tokens;
    std::size_t const k = ranges[z].second + 1, w = z + 1;
    if (k + 3 > ranges[w].first || t[k].lc != "from" || ranges[w].first - k > 6 || has_rel(z, relation_kind::part_of))
      continue;
    auto const& link = t[ranges[w].first - 1].lc;
    bool words = true;
    for (std::size_t m = k + 1; m < ranges[w].first; ++m) words = words && t[m].word;
    if (!words || !(link == "totalling" || link == "totaling" || link == "worth" || link == "of") ||
        local[w].q.kind != local[z].q.kind || local[w].q.unit != local[z].q.unit || !(local[z].q.value < local[w].q.value))
      continue;
    local_rels.emplace_back(z, relation_kind::part_of, w);
    if (ranges[w].second + 2 >= t.size() || t[ranges[w].second + 1].lc != "," || t[ranges[w].second + 2].lc != "with") continue;
    for (std::size_t q = w + 1; q < local.size(); ++q) {
      bool clause = local[q].q.kind == local[z].q.kind && local[q].q.unit == local[z].q.unit &&
                    local[q].q.value < local[w].q.value;
      for (std::size_t m = ranges[q - 1].second + 1; clause && m < ranges[q].first; ++m)
        clause = t[m].lc != ";" && !(t[m].pred && !t[m].lc.ends_with("ing"));
      if (!clause) break;
      local_rels.emplace_back(q, relation_kind::part_of, w);
    }
  }
  // "The deal will cost €2.4bn, about €300m more than the opening offer": a difference set
  // after its level's comma is that level's change (a comparison with an earlier time,
  // "three more than on Friday", is comparison_change's); the level's noun phrase may stand
  // between them, with no verb ("would cost SEK 1.1 billion in restructuring charges, about SEK
  // 200 million more than it had estimated")
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto const [qf, ql] = ranges[z];
    auto const& t = si.tokens;
    if (ql + 2 >= t.size() || t[ql + 2].lc != "than" ||
        (t[ql + 1].lc != "more" && t[ql + 1].lc != "less" && t[ql + 1].lc != "fewer") || comparison_change(t, ql) ||
        qf < 2 || t[qf - 1].lc != "," || qf - ranges[z - 1].second > 6 || has_rel(z, relation_kind::change_of) ||
        local[z - 1].q.kind != local[z].q.kind || local[z - 1].q.unit != local[z].q.unit)
      continue;
    bool phrase = true;
    for (std::size_t k = ranges[z - 1].second + 1; k + 1 < qf && phrase; ++k)
      phrase = t[k].word && !t[k].pred && !t[k].low_pred;
    if (phrase) local_rels.emplace_back(z, relation_kind::change_of, z - 1);
  }
  // "Nine more bodies ..., bringing to 38 the number of ...": the increment's level
  for (std::size_t z = 0; z + 1 < local.size(); ++z)
    if (!has_rel(z, relation_kind::change_of))
      if (auto const level = level_brought_to(si.tokens, local, ranges, z); level != SIZE_MAX) {
        local_rels.emplace_back(z, relation_kind::change_of, level);
        // (its verb read as its noun, "€400 million raises": what the level counts)
        auto const& next = si.tokens[ranges[z].second + 1];
        if (local[z].subject.key.empty() ||
            (local[z].subject_text_span.start == next.start && raising_verbs.count(next.lc)))
          take_subject(local[z], local[level]);
      }
  // "distributed 1,870 parcels, against 1,460 a year earlier, a rise of 28%", "raised the budget
  // to C$388 million, an increase of C$78 million, or a quarter, on ...": a change named by its
  // noun after a comma (measure_nouns.tsv kind change) is the change of the level before it, and
  // so is a share set apart after it by "or" (the same change as a share of the old level)
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto const& t = si.tokens;
    std::size_t const qf = ranges[z].first;
    if (qf < 4 || t[qf - 1].lc != "of" || (t[qf - 3].lc != "a" && t[qf - 3].lc != "an") || t[qf - 4].lc != "," ||
        !change_nouns.count(t[qf - 2].lc) || has_rel(z, relation_kind::change_of))
      continue;
    std::size_t const level = level_before_change(t, local, ranges, z);
    if (level == SIZE_MAX) continue;
    local_rels.emplace_back(z, relation_kind::change_of, level);
    std::size_t const ql = ranges[z].second;
    if (z + 1 < local.size() && is_share(local[z + 1].q.kind) && ranges[z + 1].first == ql + 3 && t[ql + 1].lc == "," &&
        t[ql + 2].lc == "or" && local[z].q.kind != local[z + 1].q.kind)
      local_rels.emplace_back(z + 1, relation_kind::change_of, level);
  }
  // ", up 3.1% from 8.17 million" after the level it changes; the earlier level after "from"
  // counts what the level counts ("up 5.2 percentage points from 14% in 2016")
  // (only in a sentence that holds "up" or "down": the rule's trigger before the change)
  for (std::size_t z = 1; z < local.size() && may_hold_rule(si, trailing_directions.bit()); ++z) {
    if (has_rel(z, relation_kind::change_of)) continue;
    std::size_t base = SIZE_MAX;
    std::size_t const level = level_of_trailing_change(si.tokens, local, ranges, z, base);
    if (level == SIZE_MAX) continue;
    local_rels.emplace_back(z, relation_kind::change_of, level);
    if (base != SIZE_MAX && local[base].subject.key.empty() &&
        (local[base].q.kind == local[level].q.kind || (is_share(local[base].q.kind) && is_share(local[level].q.kind)))) {
      local[base].subject.key = local[level].subject.key;
      local[base].subject_text_span = local[level].subject_text_span;
    }
  }
  for (std::size_t z = 0; z < local.size(); ++z) {
    auto qf = ranges[z].first;
    // (no total cue in the widest window the loop below asks about: it finds none)
    bool const total_cue =
        !relation_bits ||
        ((relation_any & relation_total_bits) &&
         ((S.between_bits(qf >= relation_total_words + 2 ? qf - relation_total_words - 2 : 0, qf + 1) & relation_total_bits) ||
          (S.between_bits(ranges[z].second + 1, std::min(ranges[z].second + 3, si.tokens.size())) & relation_total_bits)));
    for (auto const& r : relation_cues) {
      if (!total_cue) break;
      if (r.value != "sum_of" || r.extra == "parts") continue;
      std::size_t from = qf >= r.words.size() + 2 ? qf - r.words.size() - 2 : 0;
      if (!cue_between(S, from, qf + 1, r) && !cue_between(S, ranges[z].second + 1, std::min(ranges[z].second + 3, si.tokens.size()), r))
        continue;
      // (a cue that goes on with "of" states a period's or a set's total, not the sum of the
      // sentence's other figures: "against 1,540 in all of 2025" is a year's figure set against
      // this year's 1,312; it is still a stated total, with no verb of its own)
      bool whole_period = false;
      if (!is_lit(r.words.back(), "of")) {
        auto const& t = si.tokens;
        auto const n = r.words.size();
        bool any = false, plain = false;
        for (std::size_t k = from, e = std::min(ranges[z].second + 3, t.size()); k < e; ++k)
          if (match_at(t, k, r.words)) {
            any = true;
            plain = plain || !(k + n < t.size() && is_lit(t[k + n].lc, "of"));
          }
        whole_period = any && !plain;
      }
      // A total coordinated as a clause of its own (", and a total of 2 billion will go to ...")
      // sums nothing before it: the figures of the first clause are no parts of it.
      static word_set const clause_coordinators = {"and", "but", "while", "whereas"};
      bool coordinated = false;
      std::size_t cue_at = SIZE_MAX;  // (the cue's first token, when it stands before the total)
      for (std::size_t k = from; k < qf; ++k)
        if (match_at(si.tokens, k, r.words)) {
          coordinated = k > 0 && clause_coordinators.count(si.tokens[k - 1].lc) > 0;
          cue_at = k;
          break;
        }
      // "Of the total, €268 million came from ...": a fronted partitive names the figure after
      // it a part of a total stated before (fronted_anaphoric_whole's), not that total
      if (cue_at != SIZE_MAX && cue_at >= 2 && si.tokens[cue_at - 1].lc == "the" && si.tokens[cue_at - 2].lc == "of" &&
          !cue_between(S, ranges[z].second + 1, std::min(ranges[z].second + 3, si.tokens.size()), r))
        continue;
      // (nor the figures of a clause before another coordinator: "the rebels freed 19 soldiers
      // and four contractors, while the government released a total of 60 fighters")
      auto other_clause = [&](std::size_t p) {
        for (std::size_t k = ranges[p].second + 1; k < qf; ++k) {
          auto const& w = si.tokens[k].lc;
          if (w == "while" || w == "whereas" || w == "but" || w == ";") return true;
        }
        return false;
      };
      // (nor the figures of a clause of its own after the total, a coordinator and then a verb
      // before them: "In all, 612 growers were hit, and the number still waiting had fallen to
      // 140", "taking the total to 116, and said it had received more than 900 applications")
      auto later_clause = [&](std::size_t p) {
        bool opened = false;
        for (std::size_t k = ranges[z].second + 1; k < ranges[p].first; ++k) {
          auto const& w = si.tokens[k];
          if (w.lc == ";" || w.lc == "while" || w.lc == "whereas" || w.lc == "but" ||
              (w.lc == "and" && k > 0 && si.tokens[k - 1].lc == ","))
            opened = true;
          else if (opened && (w.pred || w.low_pred))
            return true;
        }
        return false;
      };
      std::vector<std::size_t> parts;
      for (std::size_t p = 0; p < local.size(); ++p) {
        if (p == z || local[p].q.kind != local[z].q.kind || local[p].q.unit != local[z].q.unit) continue;
        if ((coordinated || other_clause(p)) && ranges[p].first < qf) continue;
        if (ranges[p].first > qf && later_clause(p)) continue;
        // (nor the other level a comparison names: "fell to 140 from 410")
        if (set_against(si.tokens, local, ranges, p)) continue;
        // a part named by a part cue ("a total of 230 were hurt, among them 40 children") is
        // one of its whole's parts, not the list that exhausts it
        bool const named_part = std::any_of(local_rels.begin(), local_rels.end(), [&](auto const& rel) {
          return std::get<0>(rel) == p && std::get<1>(rel) == relation_kind::part_of && std::get<2>(rel) == z;
        });
        if (!named_part) parts.push_back(p);
      }
      // a sum has parts: one figure beside a total is no breakdown of it
      if (parts.size() >= 2 && !whole_period)
        for (auto p : parts) local_rels.emplace_back(z, relation_kind::sum_of, p);
      // a stated total ("650 in all", "a total of $30.1 billion") is what its parts make
      // (not a figure with a verb of its own: "ordered 7 million doses in total", "In all,
      // 50,000 homes were damaged", "released a total of 60 fighters")
      auto const& ps = local[z].predicate_span;
      bool own_verb = ps.end > ps.start && (ps.start >= si.tokens[qf].start || (qf > 0 && ps.end == si.tokens[qf - 1].end) ||
                                            (cue_at != SIZE_MAX && cue_at > 0 && ps.end == si.tokens[cue_at - 1].end));
      if (local[z].forced_predicate.empty() && local[z].q.kind != quantity_kind::duration && !own_verb)
        local[z].predicate.key = "be";
      break;
    }
    if (auto w = of_quantity[z]; w != SIZE_MAX) {
      if (is_share(local[z].q.kind)) {
        local_rels.emplace_back(z, relation_kind::fraction_of, w);
      } else if (local[z].q.kind == local[w].q.kind && local[z].q.unit == local[w].q.unit &&
                 (local[z].q.kind == quantity_kind::count || local[z].q.kind == quantity_kind::money)) {
        // "212 of the 350 seats", "$2 million of the $9 million pledged": a partitive part
        local_rels.emplace_back(z, relation_kind::part_of, w);
      }
    }
  }
  exhaustive_after_part(true);
  // Fronted partitive: "Of the 105 hostages freed ..., 150 were women" / "Of the enclave's
  // 2.3 million people, 1.7 million ...": the figure after the comma is part of the first.
  // (also after "out", a reporting verb's "that" or a clause's "but": "Out of the 2,000 staff,
  // 350 ...", "Officials said that of the 300 beds, 40 ...", the sentence's first figure)
  // (most sentences have no "of" in the four words before their first figure: no walk)
  bool of_near = false;
  for (std::size_t m = ranges[0].first; local.size() >= 2 && m > 0 && ranges[0].first - m < 4 && !of_near; --m)
    of_near = si.tokens[m - 1].lc == "of";
  if (of_near) {
    std::size_t k = ranges[0].first;
    while (k > 0 && si.tokens[k - 1].word && (determiners.count(si.tokens[k - 1].lc) || is_possessive(si.tokens[k - 1].lc)))
      --k;
    if (k > 0) --k;
    if (k < si.tokens.size() && si.tokens[k].lc == "of" && ranges[0].first > k && fronted_of_opens(si.tokens, k)) {
      bool only_dets = true;
      for (std::size_t m = k + 1; m < ranges[0].first; ++m) {
        auto const& w = si.tokens[m].lc;
        bool poss = w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
        if (!determiners.count(w) && !poss) only_dets = false;
      }
      // the part is the first figure after the comma: a figure of another kind inside the
      // fronted phrase ("Of the 105 hostages freed during the week-long truce, 150 ...") is
      // passed over
      std::size_t part = 1;
      while (part + 1 < local.size() && local[part].q.kind != local[0].q.kind) ++part;
      if (only_dets && local[part].q.kind == local[0].q.kind) {
        for (std::size_t m = ranges[0].second + 1; m < ranges[part].first; ++m) {
          if (si.tokens[m].lc == ",") {
            if (auto const list = gapped_breakdown(si.tokens, local, ranges, part); !list.empty()) {
              for (auto q : list) local_rels.emplace_back(0, relation_kind::sum_of, q);
              break;
            }
            local_rels.emplace_back(part, relation_kind::part_of, 0);
            // a part whose subject was read inside the fronted phrase ("Of the 500 farms
            // registered in the valley, about 300, or roughly 60%, ..." took the valley)
            // counts what the whole counts, and so do the shares set beside it
            auto const comma_at = si.tokens[m].start;
            auto const taken = local[part].subject_text_span;
            if (taken.end > taken.start && taken.end <= comma_at && !local[0].subject.key.empty())
              for (std::size_t z = part; z < local.size(); ++z)
                if (z == part || (is_share(local[z].q.kind) && local[z].subject_text_span.start == taken.start &&
                                  local[z].subject_text_span.end == taken.end)) {
                  local[z].subject.key = local[0].subject.key;
                  local[z].subject_text_span = local[0].subject_text_span;
                }
            // a part whose only verb is the whole's own word ("Of the 2,946 dead, 1,600 were
            // in the north"): it did what the whole did
            for (std::size_t z = part; z < local.size(); ++z) {
              auto const& ps = local[z].predicate_span;
              if (local[z].q.kind == local[0].q.kind && local[z].forced_predicate.empty() && ps.end > ps.start &&
                  ps.end <= si.tokens[m].start)
                local[z].predicate.key = local[0].predicate.key;
            }
            // the part and later figures described by a copula are parts too ("23 were women
            // and seven were minors", "..., while 23 were Thai farm workers"): they did what
            // the whole did
            // (once the whole has the keys it had earlier in the article, below: "Vantor
            // freed 80 detainees. Of the 80 detainees, ...")
            for (std::size_t z = part; z < local.size(); ++z)
              if (local[z].q.kind == local[0].q.kind && is_lit(local[z].predicate.key, "be") &&
                  local[z].forced_predicate.empty() && ranges[z].second + 1 < si.tokens.size() &&
                  ranges[z].first > 0 && is_copula(si.tokens[ranges[z].second + 1].lc)) {
                copula_parts.push_back(z);
                // (a part joined by "and" to the first: "..., while 23 were" may be another group)
                if (z > part && ranges[z].first > 0 && si.tokens[ranges[z].first - 1].lc == "and" &&
                    !has_rel(z, relation_kind::part_of))
                  local_rels.emplace_back(z, relation_kind::part_of, 0);
              }
            // a figure of its kind right after "and" that follows the part, with no noun of its
            // own, is another part with a verb of its own ("Of the 31 miners underground, six
            // were killed and two are missing")
            for (std::size_t z = part + 1; z < local.size() && local[z].q.kind == local[0].q.kind &&
                                           local[z].q.unit == local[0].q.unit && local[z].q.value < local[0].q.value &&
                                           si.tokens[ranges[z].first - 1].lc == "and" &&
                                           (z == part + 1 || has_rel(z - 1, relation_kind::part_of));
                 ++z) {
              auto const& key = local[z].subject.key;
              if (!(key.empty() || key == local[0].subject.key || key == local[part].subject.key)) break;
              if (!has_rel(z, relation_kind::part_of)) local_rels.emplace_back(z, relation_kind::part_of, 0);
            }
            // two or more such parts that add up to the whole exactly are its breakdown ("Of the
            // court's 17 judges, 15 backed the ruling and two dissented": sum_of, as a list)
            {
              std::vector<std::size_t> parts;
              double sum = 0;
              for (auto const& [from, rk, to] : local_rels)
                if (rk == relation_kind::part_of && to == 0 && from >= part) {
                  parts.push_back(from);
                  sum += local[from].q.value;
                }
              if (parts.size() >= 2 && std::abs(sum - local[0].q.value) <= 1e-9 * local[0].q.value) {
                std::erase_if(local_rels, [part](auto const& r) {
                  return std::get<1>(r) == relation_kind::part_of && std::get<2>(r) == 0 && std::get<0>(r) >= part;
                });
                for (auto q : parts) local_rels.emplace_back(0, relation_kind::sum_of, q);
              }
            }
            break;
          }
        }
      }
    }
  }
  // A breakdown after a total: "more than 41,000, 35,418 of them in Turkey and 3,688 in
  // Syria". Each listed figure is part of the total; two or more listed make it exhaustive.
  // ("19 workers were infected, seven of whom died", "42 outbreaks, nine of which ...", "212
  // protesters; 40 of those were charged"; money "of it": "will spend €240 million, €90
  // million of it on clinics")
  auto partitive_pronoun = [&](std::size_t q) -> std::string_view {
    auto const& t = si.tokens;
    if (ranges[q].second + 2 >= t.size() || t[ranges[q].second + 1].lc != "of") return {};
    auto const& w = t[ranges[q].second + 2].lc;
    return w == "them" || w == "whom" || w == "which" || w == "those" || w == "these" || w == "it" ? std::string_view(w)
                                                                                                   : std::string_view();
  };
  for (std::size_t z = 0; z + 1 < local.size(); ++z) {
    std::size_t const p = z + 1;
    auto const& t = si.tokens;
    auto const pronoun = partitive_pronoun(p);
    if (pronoun.empty()) continue;
    // (the figure "them" refers to is no time: "rose to 131, from 97 two weeks ago, and 19 of
    // them" are 19 of the 97; nor a figure of another kind: "arrested 40 people and seized £2
    // million, 30 of them teenagers" are 30 of the 40, and with no such figure, of nothing)
    std::size_t w = z;
    while (w > 0 && local[w].q.kind == quantity_kind::duration) --w;
    if (local[w].q.kind == quantity_kind::duration) continue;
    if (is_lit(pronoun, "it") && !((local[p].q.kind == quantity_kind::money || is_share(local[p].q.kind)) &&
                                   local[w].q.kind == quantity_kind::money))
      continue;
    if (!is_share(local[p].q.kind)) {
      while (w > 0 && (local[w].q.kind != local[p].q.kind || local[w].q.unit != local[p].q.unit)) --w;
      if (local[w].q.kind != local[p].q.kind || local[w].q.unit != local[p].q.unit) continue;
    }
    // A part after a part with its own partitive pronoun: the same pronoun again is a second
    // part of the same whole ("40 people, 12 of them children and eight of them women"),
    // another one a part of that part ("900 beds, 120 of them in intensive care, 30 of which
    // are for children": a chain, no breakdown of the 900 that could fail to add up).
    if (w == z && !partitive_pronoun(z).empty())
      for (auto const& [from, rk, to] : local_rels)
        if (from == z && rk == relation_kind::part_of && partitive_pronoun(z) == pronoun) w = to;
    // (the whole of a plain partitive names the part's noun phrase: "restricted in 87 of the
    // basin's 132 towns, and 22 of those ..." are 22 of the 87)
    // (not a share set off by a comma, with no verb: "lifted it in 22 of the 37 towns, nearly 60%
    // of them" is the part's share of the whole, the 37)
    bool const apposed_share = is_share(local[p].q.kind) && ranges[p].first > 0 && is_lit(t[ranges[p].first - 1].lc, ",");
    if (w == z && part_of_whole[w] != SIZE_MAX && local[part_of_whole[w]].q.kind == local[w].q.kind && !apposed_share)
      w = part_of_whole[w];
    std::vector<std::size_t> parts{p};
    // (a list's whole is no earlier level a comparison names either, as partitive_whole says of
    // one part: "19 firms have joined, up from 14 in March, with 11 of them in the centre and
    // eight in the suburbs" are 11 and eight of the 19)
    std::size_t list_whole = w;
    {
      std::size_t k = w;
      while (k > 0 && (local[k].q.kind == quantity_kind::duration || set_against(t, local, ranges, k))) --k;
      if (k != w && local[k].q.kind == local[w].q.kind && local[k].q.unit == local[w].q.unit) list_whole = k;
    }
    // (shares of one whole are no breakdown of it: "41% of it cod, 30% haddock"; nor a figure
    // with a partitive pronoun of its own: the loop reads it next)
    for (std::size_t q = p + 1; q < local.size() && !is_share(local[p].q.kind); ++q) {
      if (local[q].q.kind != local[p].q.kind || !partitive_pronoun(q).empty()) break;
      // (a figure with a verb of its own, right before it or after it, starts a clause of its
      // own, not a gapped part: "1,063 were injured, 187 of them critically, and 9,400 residents
      // sheltered in tents", "which runs 14 of them and has served 38,000 meals"; the parts of a
      // list share the whole's verb or the first part's, wherever it stands)
      // (after the figure, or before it with no conjunction or comma between: "55 of them
      // confirmed patients and 22 probable ones" is no verb of the 22's)
      if (auto const& ps = local[q].predicate_span;
          ps.end > ps.start && ps.start > local[q - 1].q.span.end && !(ps == local[p].predicate_span) &&
          !(ps == local[w].predicate_span)) {
        bool own = ps.start >= local[q].q.span.end;
        if (!own) {
          own = true;
          for (std::size_t m = ranges[q].first; own && m-- > ranges[q - 1].second + 1 && t[m].start >= ps.end;)
            own = t[m].lc != "and" && t[m].lc != "," && t[m].lc != "or";
        }
        if (own) break;
      }
      bool joined = false;
      for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m)
        joined = joined || t[m].lc == "and" || t[m].lc == ",";
      if (!joined) break;
      parts.push_back(q);
    }
    // One listed figure is a part; two or more make an exhaustive breakdown, which the
    // total's sum_of links carry (docs/corpus.md: the parts are not also part_of), when they
    // reach three quarters of the total or more ("more than 41,000, 35,418 of them in Turkey
    // and 3,688 in Syria": rounding and a toll that grew); a list that falls well short of it
    // names some of its parts ("4,000 appointments, 1,200 of them at Kingsmere and 800 at the
    // General" of a trust with more hospitals), each part_of it, and raises no sum alarm.
    double sum = 0;
    for (auto q : parts) sum += local[q].q.value;
    if (parts.size() >= 2) w = list_whole;
    bool const reaches = !local[w].q.lo || sum >= 0.75 * *local[w].q.lo;
    if (parts.size() >= 2 && reaches) {
      for (auto q : parts) local_rels.emplace_back(w, relation_kind::sum_of, q);
    } else if (parts.size() >= 2) {
      for (auto q : parts) local_rels.emplace_back(q, relation_kind::part_of, w);
    } else {
      auto const whole = partitive_whole(t, local, ranges, w, p);
      if (is_share(local[p].q.kind) && !is_share(local[whole].q.kind))
        local_rels.emplace_back(p, relation_kind::fraction_of, whole);  // "86 people, more than half of them"
      else
        local_rels.emplace_back(p, relation_kind::part_of, whole);
    }
    z = parts.back() - 1;  // (the next figure after the list may be a part of its own)
  }
  // A breakdown after a colon: "105 hostages: 81 Israelis, 23 Thais and one Filipino",
  // "a $7 billion package: $5 billion in loans and $2 billion in grants". Two or more figures
  // of the total's kind and unit, each smaller than it, listed with commas and a final "and",
  // are its exhaustive parts.
  // A total followed by the number of its groups and then that many figures ("employs 6,300
  // people across its four sites, with 2,400 at Kelby, 1,900 at Morrow, 1,300 at Ashfield and
  // 880 at Pine Creek") is their sum after a comma too, whether or not they add up: the stated
  // number says the list is complete, and a sum that fails is the reconciler's to report.
  for (std::size_t w = 0; w + 2 < local.size(); ++w) {
    auto const& t = si.tokens;
    std::size_t const groups = stated_groups(t, local, ranges, w);
    std::size_t const first = w + 1 + (groups != 0);
    if (first + 1 >= local.size()) continue;
    // After a comma instead of a colon ("164 cases, 142 confirmed and 22 probable") the list
    // could be a second set of figures; it is the total's breakdown only when it adds up.
    std::size_t colon = SIZE_MAX, comma = SIZE_MAX;
    for (std::size_t m = ranges[first - 1].second + 1; m < ranges[first].first && m < ranges[first - 1].second + 9; ++m) {
      if (t[m].lc == ":") colon = m;
      if (t[m].lc == ",") comma = m;
    }
    // (a colon right before the first part past the total's clause and its speaker: "had 1,412
    // farms at the end of August, the agriculture office said: 806 in the uplands, ...")
    if (colon == SIZE_MAX && groups == 0 && ranges[first].first >= 1 && t[ranges[first].first - 1].lc == ":" &&
        ranges[first].first - 1 > ranges[first - 1].second + 1)
      colon = ranges[first].first - 1;
    // "a £50 billion plan, made up of £20 billion ... and £30 billion ...": a cue of
    // relations.tsv with direction "parts" right before the first part serves as the colon.
    // (a sentence without such a cue: none matches here)
    if (!relation_bits || (relation_any & relation_parts_bits))
      for (auto const& r : relation_cues)
        if (r.extra == "parts" && ranges[first].first >= r.words.size() + ranges[first - 1].second + 1 &&
            match_at(t, ranges[first].first - r.words.size(), r.words))
          colon = ranges[first].first - r.words.size();
    if (colon == SIZE_MAX && comma == SIZE_MAX) continue;
    auto smaller = [&](std::size_t q) {
      return local[q].q.kind == local[w].q.kind && local[q].q.unit == local[w].q.unit &&
             local[q].q.value < local[w].q.value;
    };
    std::vector<std::size_t> parts;
    bool has_and = false;
    for (std::size_t q = first; q < local.size() && smaller(q); ++q) {
      if (q > first) {
        bool comma = false, conj = false;
        for (std::size_t m = ranges[q - 1].second + 1; m < ranges[q].first; ++m) {
          comma = comma || t[m].lc == ",";
          conj = conj || t[m].lc == "and";
        }
        if (!comma && !conj) break;
        // (a figure set off by ", or" restates the part before it, "€910 million for the fixed
        // farms, or €130 million for each of them, and €610 million ...": no member of the list)
        if (!conj && ranges[q].first >= 2 && is_lit(t[ranges[q].first - 1].lc, "or") &&
            is_lit(t[ranges[q].first - 2].lc, ","))
          continue;
        parts.push_back(q);
        if (conj) {
          has_and = true;
          break;
        }
      } else {
        parts.push_back(q);
      }
    }
    if (parts.size() < 2 || !has_and || (groups != 0 && parts.size() != groups)) continue;
    if (colon == SIZE_MAX && groups == 0) {
      double sum = 0;
      for (auto q : parts) sum += local[q].q.value;
      if (std::abs(sum - local[w].q.value) > 1e-9 * local[w].q.value) continue;
    }
    for (auto q : parts) {
      local_rels.emplace_back(w, relation_kind::sum_of, q);
      if (groups != 0) take_group_subject(local[q], local[w + 1], local[w]);
    }
    w = parts.back();
  }
  // "about 77% of its liabilities of £1.79 billion", "a third of a budget of €90 million": a
  // share of a noun that a figure of its own states (the noun, then "of" and the figure)
  for (std::size_t z = 0; z + 1 < local.size(); ++z) {
    auto const& t = si.tokens;
    std::size_t k = ranges[z].second + 1;
    if (!is_share(local[z].q.kind) || k >= t.size() || t[k].lc != "of" || has_rel(z, relation_kind::fraction_of)) continue;
    ++k;
    while (k < t.size() && t[k].word && (article_or_determiner(t[k]) || is_possessive(t[k].lc))) ++k;
    std::size_t const nouns = k;
    while (k < t.size() && k < nouns + 2 && chunk_word(t[k]) && !t[k].pred && t[k].lc != "of") ++k;
    if (k == nouns || k + 1 >= t.size() || t[k].lc != "of" || ranges[z + 1].first != k + 1) continue;
    auto const w = z + 1;
    if (local[w].q.kind == quantity_kind::count || local[w].q.kind == quantity_kind::money)
      local_rels.emplace_back(z, relation_kind::fraction_of, w);
  }
  // Apposition: "1.7 million, or nearly half," / "576,000 people, one in four of the 2.3
  // million residents": a fraction right after a figure describes that figure's share.
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto kind = local[z].q.kind;
    if (kind != quantity_kind::fraction && kind != quantity_kind::ratio && kind != quantity_kind::percent) continue;
    std::size_t p = z - 1;
    // (over a length in the part's clause: "41 of which survived their first eight weeks in
    // the wild, roughly 70%")
    if (p > 0 && local[p].q.kind == quantity_kind::duration && has_rel(p - 1, relation_kind::part_of)) --p;
    if (local[p].q.kind != quantity_kind::count && local[p].q.kind != quantity_kind::money) continue;
    // (a dash sets it off as a comma does: "1,750 of the 14,600 children — about one in four —")
    bool comma = false, semicolon = false;
    for (std::size_t m = ranges[p].second + 1; m < ranges[z].first; ++m) {
      auto const& x = si.tokens[m].lc;
      comma = comma || x == "," || (!si.tokens[m].word && (x == "-" || x == "\u2014" || x == "\u2013"));
      semicolon = semicolon || x == ";";
    }
    // (a change is no share: "handled 268,000 of the port's containers, up 9%"; nor is a share
    // after the other level a comparison names a share of it: "812,000 donors, down 156,000
    // from 968,000 in 2019, of whom fewer than one in ten")
    if (!comma || has_rel(z, relation_kind::change_of) || set_against(si.tokens, local, ranges, p)) continue;
    // (far from the count, only a share that names its own whole after it, set off by the
    // comma right before it: "cancelled more than 380 departures from the airport since the
    // strike began, one in five of the 1,900 it had scheduled"; or the share of a partitive's
    // part, its clause between them, set off by the comma or ", or" right before it: "41,633
    // of the 58,310 candidates who sat the exam passed, or 71.4%", "Of the 61,000 households,
    // 12,400 depend on tankers, nearly a third"; not a share a noun of its own introduces, "812
    // backed the deal, a turnout of 77%")
    bool const far = ranges[z].first - ranges[p].second > 6;
    auto const partitive_share = [&] {
      std::size_t const qz = ranges[z].first;
      if (semicolon || qz - ranges[p].second > 14 ||
          !(si.tokens[qz - 1].lc == "," || (qz > 1 && si.tokens[qz - 1].lc == "or" && si.tokens[qz - 2].lc == ",")))
        return false;
      for (auto const& [from, rk, to] : local_rels)
        if (rk == relation_kind::part_of && ((from == p && to != p) || (to == p && from + 1 == p))) return true;
      return false;
    };
    if (far && !partitive_share()) {
      std::size_t k = ranges[z].first;
      while (k > 0 && ranges[z].first - k < 3 && si.tokens[k - 1].word) --k;
      std::size_t own = SIZE_MAX;
      for (auto const& [from, rk, to] : local_rels)
        if (from == z && rk == relation_kind::fraction_of) own = to;
      // (and only the sentence's first figure, what the clause is about: not "two" of "from
      // the city's two airports" between them)
      if (p != 0 || k == 0 || si.tokens[k - 1].lc != "," || own == SIZE_MAX || own <= z ||
          local[own].q.kind != local[p].q.kind || local[own].q.unit != local[p].q.unit ||
          !(local[p].q.value < local[own].q.value) || has_rel(p, relation_kind::part_of))
        continue;
    }
    std::optional<std::size_t> whole;
    bool partitive_whole_before = false;  // ("9,600 of the fund's 48,000 members, nearly a third,")
    for (auto const& [from, rk, to] : local_rels) {
      if (from == p && rk == relation_kind::part_of) whole = to;
      if (from == z && rk == relation_kind::fraction_of) whole = to;
      partitive_whole_before = partitive_whole_before || (rk == relation_kind::part_of && to == p && from + 1 == p);
    }
    // a share right after a partitive's whole is the part's share of that whole
    if (!whole && partitive_whole_before) {
      local_rels.emplace_back(z, relation_kind::fraction_of, p);
      continue;
    }
    // (a whole of an earlier sentence: "... rose to 182,000. Of those, 41,300, or nearly a
    // third, have waited more than a year")
    if (!whole && local[z].relations.empty())
      for (auto const& r : local[p].relations)
        if (r.kind == relation_kind::part_of) {
          local[z].relations.push_back({relation_kind::fraction_of, r.claim});
          break;
        }
    if (!whole || *whole == p) continue;
    if (!has_rel(z, relation_kind::fraction_of)) local_rels.emplace_back(z, relation_kind::fraction_of, *whole);
    // (never a part of its own part: a cycle says nothing the reconciler could check)
    bool const cycle = std::any_of(local_rels.begin(), local_rels.end(), [&](auto const& r) {
      return std::get<0>(r) == *whole && std::get<1>(r) == relation_kind::part_of && std::get<2>(r) == p;
    });
    if (!has_rel(p, relation_kind::part_of) && !cycle) local_rels.emplace_back(p, relation_kind::part_of, *whole);
  }
  // "nearly two-thirds of the total": a share of the whole or total stated before it in the
  // sentence (the latest figure something is a part of, or a stated total; else the latest
  // count or sum of money).
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto const& t = si.tokens;
    std::size_t const e = ranges[z].second;
    if (!is_share(local[z].q.kind) || e + 3 >= t.size() || t[e + 1].lc != "of") continue;
    // (also named by its owner: "of the state's total", "of its total")
    std::size_t const o = t[e + 2].lc == "the" && is_possessive(t[e + 3].lc) ? e + 4 : e + 3;
    if ((t[e + 2].lc != "the" && t[e + 2].lc != "its") || o >= t.size() || t[o].lc != "total") continue;
    if (has_rel(z, relation_kind::fraction_of) || !local[z].relations.empty()) continue;
    std::size_t whole = SIZE_MAX, latest = SIZE_MAX;
    for (std::size_t k = 0; k < z; ++k) {
      if (local[k].q.kind != quantity_kind::count && local[k].q.kind != quantity_kind::money) continue;
      latest = k;
      for (auto const& [from, rk, to] : local_rels)
        if ((rk == relation_kind::part_of && to == k) || (rk == relation_kind::sum_of && from == k)) whole = k;
    }
    // "The city's share is €310 million, nearly 40% of the total": a share set off by a comma
    // after a figure with no whole is that figure's share of a larger figure of its kind and
    // unit, of the sentence before it or else among the article's last 32 figures (a part of
    // nothing), and the figure is that total's part, not the total itself (a figure that is
    // already a part of an earlier one gives that whole)
    if (whole == SIZE_MAX && latest == z - 1 && t[ranges[z].first - 1].lc == ",") {
      auto const& p = local[latest];
      auto const part = std::find_if(p.relations.begin(), p.relations.end(),
                                     [](relation const& r) { return r.kind == relation_kind::part_of; });
      if (part != p.relations.end()) {
        local[z].relations.push_back({relation_kind::fraction_of, part->claim});
        continue;
      }
      // (the total of the figure's own time: "exports were CHF 742 million in 2025, up from CHF
      // 713 million the year before. Exports to one market were CHF 251 million last year, just
      // over a third of the total": 2025's total, not 2024's; figures dated by publication only
      // have no time of their own to tell)
      auto const same_time = [&](claim const& o) {
        if (p.basis == date_basis::published || o.basis == date_basis::published) return true;
        std::size_t const n = std::min(p.date.size(), o.date.size());
        return std::string_view(p.date).substr(0, n) == std::string_view(o.date).substr(0, n);
      };
      auto const larger = [&](claim const& o) {
        // (a count of what the figure counts: "19 of the infected flocks, about 40% of the state's
        // total" is no share of the birds culled; money totals go by currency)
        return o.q.kind == p.q.kind && o.q.unit == p.q.unit && p.q.value < o.q.value && o.mod == modality::asserted &&
               (p.q.kind != quantity_kind::count || o.subject.key == p.subject.key) && same_time(o) &&
               std::none_of(o.relations.begin(), o.relations.end(),
                            [](relation const& r) { return r.kind == relation_kind::part_of; });
      };
      for (std::size_t k = latest; whole == SIZE_MAX && k-- > 0;)
        if (larger(local[k]) && !has_rel(k, relation_kind::part_of)) whole = k;
      if (whole != SIZE_MAX) {
        local_rels.emplace_back(z, relation_kind::fraction_of, whole);
        if (!has_rel(latest, relation_kind::part_of)) local_rels.emplace_back(latest, relation_kind::part_of, whole);
        continue;
      }
      std::size_t n = 0;
      for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n)
        if (larger(*it)) {
          local[z].relations.push_back({relation_kind::fraction_of, it->id});
          if (p.relations.empty()) local[latest].relations.push_back({relation_kind::part_of, it->id});
          break;
        }
      // (with none, the figure is the total itself: "Donors gave $120 million in total, a third
      // of the total from one family")
      if (!local[z].relations.empty()) continue;
    }
    if (whole == SIZE_MAX) whole = latest;
    if (whole != SIZE_MAX) local_rels.emplace_back(z, relation_kind::fraction_of, whole);
  }
  // "1,600 deaths out of 50,000 cases, a fatality rate of nearly 10%": a share after a cue of
  // relations.tsv with direction "base" is the ratio of a part and its whole named before it:
  // a fraction of the latest whole (a figure something is part of), else of the latest
  // count that counts something other than the share does, when a count of what the share
  // counts (its part) comes before it too.
  for (std::size_t z = 1; z < local.size(); ++z) {
    if (!is_share(local[z].q.kind)) continue;
    bool cued = false;
    // (a sentence without such a cue: none matches here)
    if (!relation_bits || (relation_any & relation_base_bits))
      for (auto const& r : relation_cues)
        cued = cued || (r.value == "fraction_of" && r.extra == "base" && ranges[z].first >= r.words.size() &&
                        match_at(si.tokens, ranges[z].first - r.words.size(), r.words));
    if (!cued) continue;
    if (has_rel(z, relation_kind::fraction_of)) continue;
    std::size_t whole = SIZE_MAX, other = SIZE_MAX;
    bool part = false;
    for (std::size_t k = 0; k < z; ++k) {
      if (local[k].q.kind != quantity_kind::count) continue;
      for (auto const& [from, rk, to] : local_rels)
        if (rk == relation_kind::part_of && to == k) whole = k;
      bool const same = local[k].subject.key == local[z].subject.key && local[k].predicate.key == local[z].predicate.key;
      part = part || same;
      if (!same) other = k;
    }
    if (whole == SIZE_MAX && part) whole = other;
    if (whole != SIZE_MAX) local_rels.emplace_back(z, relation_kind::fraction_of, whole);
  }
  // A list read two ways (a comma breakdown that is also "N of them ... and M") links each
  // part once.
  for (std::size_t i = 1; i < local_rels.size();) {
    if (std::find(local_rels.begin(), local_rels.begin() + static_cast<std::ptrdiff_t>(i), local_rels[i]) !=
        local_rels.begin() + static_cast<std::ptrdiff_t>(i))
      local_rels.erase(local_rels.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
}

// Subjects, verbs and dates a figure takes from the one it relates to.
void extractor::impl::settle_through_relations(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::span<claim> const local = S.local;
  claims_view const earlier = S.earlier;
  auto const& ranges = S.si.figure_ranges;
  auto& local_rels = A.buffers.local_rels;
  // A price per unit is no part of a sum and no sum of parts, nor a sum one of them ("£61 million
  // came from cargo ships, which pay €1.20 a tonne, and £35 million from ..."): a link between a
  // figure per unit and one that is not is dropped (a grant "each" of a fund "each" may stand)
  // (the links of a sentence with a figure per unit only: most have none)
  if (S.per_unit && !local_rels.empty()) {
    auto per_unit = [&](std::size_t i) { return !per_unit_after(si.tokens, local[i], ranges[i].second).empty(); };
    std::erase_if(local_rels, [&](auto const& r) {
      auto const& [from, kind, to] = r;
      return (kind == relation_kind::part_of || kind == relation_kind::sum_of) && per_unit(from) != per_unit(to);
    });
  }
  // Subjects inherited through relations: a partitive part or a fraction without its own noun.
  for (auto const& [from, kind, to] : local_rels) {
    auto& c = local[from];
    if ((kind == relation_kind::part_of || kind == relation_kind::fraction_of) && c.subject.key.empty()) {
      c.subject.key = local[to].subject.key;
      c.subject_text_span = local[to].subject_text_span;
    }
    // a part with no verb did what its whole did ("137 hostages remain, including no fewer
    // than 17 women" are held)
    // (not a verb the whole's own noun gave it: "one in four of the 2.3 million residents")
    if (kind == relation_kind::part_of && c.predicate.key.empty() && c.forced_predicate.empty() &&
        local[to].forced_predicate.empty())
      c.predicate.key = local[to].predicate.key;
    // and so did a part or share stated by a copula after it ("..., of which 6,100 were in the
    // capital", "212, nearly two-thirds, were in children", "19 of them are in intensive care"):
    // the copula says where or who they are, not what happened to them
    if ((kind == relation_kind::part_of || kind == relation_kind::fraction_of) && is_lit(c.predicate.key, "be") &&
        c.forced_predicate.empty() && !local[to].predicate.key.empty() && !is_lit(local[to].predicate.key, "be") &&
        (local[to].q.kind == quantity_kind::count || local[to].q.kind == quantity_kind::money) &&
        copula_after(si.tokens, c, ranges[from].second))
      c.predicate.key = local[to].predicate.key;
    if (kind == relation_kind::change_of && c.subject.key.empty()) c.subject.key = local[to].subject.key;
    // a change happened when its level was reached ("rose by 122 to 312 on Tuesday": Tuesday's,
    // not the day of a clause before it, "the quake that struck on Sunday")
    if (kind == relation_kind::change_of && !local[to].date.empty()) {
      c.date = local[to].date;
      c.basis = local[to].basis;
    }
    // and the level reached counts what the change counts ("Labour's share fell 3 points to 30.4%")
    if (kind == relation_kind::change_of && local[to].subject.key.empty() && !c.subject.key.empty()) {
      local[to].subject.key = c.subject.key;
      local[to].subject_text_span = c.subject_text_span;
      if (local[to].scope.empty()) local[to].scope = c.scope;
    }
    // A total and its parts count the same thing: "..., 650 in all" takes the parts' subject.
    if (kind == relation_kind::sum_of) {
      auto& part = local[to];
      if (c.subject.key.empty() && !part.subject.key.empty()) {
        c.subject.key = part.subject.key;
        c.subject_text_span = part.subject_text_span;
      }
      if (c.predicate.key.empty()) c.predicate.key = part.predicate.key;
      // and a part with no verb did what the total did ("announced a £55 billion plan, made
      // up of £25 billion of tax rises and £30 billion in spending cuts")
      if (part.predicate.key.empty() && part.forced_predicate.empty()) part.predicate.key = c.predicate.key;
      // and a part with no date of its own is of the total's time ("Of the 9,000 permits
      // granted last year, 5,000 were for kiosks, ... and 1,000 for vans": last year's breakdown)
      if (part.basis == date_basis::published && c.basis != date_basis::published && !c.date.empty()) {
        part.date = c.date;
        part.basis = c.basis;
      }
    }
  }
  // A counted part of a partitive or of a total's list counts what its whole counts unless the
  // noun it has is its own ("81 Israelis, 23 Thai nationals", "287 passengers and 19 crew"): a
  // noun its verb, a copula or a phrase after it gave it ("Of the 214 cases, 126 involved
  // adults", "with nine of them in the red", "the remaining 662 of wood") or a modifier of the
  // whole's noun left out ("nine medals: four gold, two silver") names no part of its own.
  // (counts only: money's parts are what they go on as often as what their whole is)
  for (auto const& [from, kind, to] : local_rels) {
    if (kind != relation_kind::part_of && kind != relation_kind::sum_of) continue;
    auto const part = kind == relation_kind::sum_of ? to : from, whole = kind == relation_kind::sum_of ? from : to;
    auto& c = local[part];
    if (c.q.kind != quantity_kind::count || c.subject.key.empty() || local[whole].subject.key.empty() ||
        c.subject.key == local[whole].subject.key || own_count_noun(si.tokens, c, ranges[part].second))
      continue;
    // (nor a count that keeps the keys of its earlier mention: "has drawn 312 new volunteers" ...
    // "1,900 people registered interest, of whom 312 have completed induction")
    std::size_t seen = 0;
    bool restated = false;
    for (auto it = earlier.rbegin(); it != earlier.rend() && seen < 64 && !restated; ++it, ++seen)
      restated = it->q.kind == c.q.kind && it->q.value == c.q.value && it->subject.key == c.subject.key;
    if (restated) continue;
    c.subject.key = local[whole].subject.key;
    c.subject_text_span = local[whole].subject_text_span;
  }
  // A whole fronted by "Of the" whose clause's verb is its part's ("Of the 1,200 nurses
  // eligible, 950 voted") is a total: the part voted, the whole is how many there are.
  for (std::size_t i = 0; i + 1 < local.size(); ++i) {
    auto const& t = si.tokens;
    auto& c = local[i];
    auto [qf, ql] = ranges[i];
    if (c.q.kind == quantity_kind::duration || !c.forced_predicate.empty() || qf < 2 || t[qf - 2].lc != "of" ||
        !(t[qf - 1].lc == "the" || is_possessive(t[qf - 1].lc)) ||
        (qf > 2 && t[qf - 3].word && !fronted_of_opens(t, qf - 2)))
      continue;
    auto [nb, ne] = chunk_right(t, ql + 1, false, c.q.kind == quantity_kind::money);
    while (ne < t.size() && ne < nb + 6 && t[ne].word) ++ne;  // ("nurses eligible,")
    if (ne >= t.size() || t[ne].lc != "," || ranges[i + 1].first != ne + 1) continue;
    auto const& part = local[i + 1];
    // (a verb inside the fronted phrase is the whole's own: "Of the 105 hostages freed ...,")
    if (part.predicate_span.end > part.predicate_span.start && part.predicate_span.start == c.predicate_span.start &&
        part.predicate_span.end == c.predicate_span.end && c.predicate_span.start > t[ne].start)
      c.predicate.key = "be";
  }
  settle_predicates(local, ranges, si, earlier);
  list_verb(local, ranges, local_rels, si.tokens);
  colon_breakdown_verb(local, ranges, si.tokens);
  // "Winners will receive £30,000 next year, up from £25,000", "expects 4.6 million in 2026,
  // up from 4.31 million": the earlier level a change starts from is told as a fact, whatever
  // plans the sentence's later level (after the rules that lend a figure its neighbour's verb)
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto const qf = ranges[i].first;
    auto& c = local[i];
    if ((c.mod == modality::planned || c.mod == modality::hypothetical) && earlier_level_told(si.tokens, qf))
      c.mod = modality::asserted;
  }
}

// Whether count c (its last token t[ql]) has a noun of its own: its subject phrase starts
// within the four words right after it, and its head is a plural ("81 Israelis", "42 men"), a
// zero plural ("19 crew") or the count is one ("one Filipino"). After a count above one a
// singular is a modifier of a noun left out ("38 kidney, 14 liver").
bool extractor::impl::own_count_noun(token_span t, claim const& c, std::size_t ql) const {
  std::size_t k = ql + 1;
  while (k < t.size() && k <= ql + 4 && t[k].word && t[k].start != c.subject_text_span.start) ++k;
  if (k >= t.size() || k > ql + 4 || !t[k].word) return false;
  // a listed past form before the head is the part's verb, the noun its object ("126 involved adults")
  for (std::size_t v = ql + 1; v < t.size() && t[v].end < c.subject_text_span.end; ++v)
    if ((t[v].pred || t[v].low_pred) && t[v].lc.ends_with("ed")) return false;
  if (c.q.value <= 1) return true;
  std::size_t h = k;
  while (h + 1 < t.size() && t[h + 1].word && t[h + 1].end <= c.subject_text_span.end) ++h;
  auto const& w = t[h].lc;
  return w.ends_with("s") || zero_plurals.count(w) || std::string_view(w) != c.subject.key;
}

// The claims' ids, their relations by id, and what is resolved at the article's end.
void extractor::impl::attach_relations(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto& a = A.a;
  auto& id_text = A.id_text;
  auto& tenures = A.tenures;
  auto& who_shares = A.who_shares;
  auto& who_local = S.who_local;
  std::size_t const base = S.base;
  std::span<claim> const local = S.local;
  claims_view const earlier = S.earlier;
  auto const& ranges = S.si.figure_ranges;
  auto& local_rels = A.buffers.local_rels;
  for (std::size_t i = 0; i < local.size(); ++i) {
    char* const digits = id_text.data() + a.id.size() + 1;
    auto const end = std::to_chars(digits, id_text.data() + id_text.size(), base + i + 1).ptr;
    local[i].id.assign(id_text.data(), static_cast<std::size_t>(end - id_text.data()));
  }
  for (auto const& [from, kind, to] : local_rels) local[from].relations.push_back({kind, local[to].id});
  // "Exporters have shipped 1.9 million bags, roughly 40% of all the bags delivered": a share set
  // off by a comma after a count and its noun, "of" a noun phrase with no figure, is the count's
  // share of the nearest earlier count of its subject in the article that can hold it (larger, no
  // earlier level, no part itself): the count is its part, as in "1.7 million, or nearly half,"
  for (std::size_t z = 1; z < local.size(); ++z) {
    auto& c = local[z];
    auto& p = local[z - 1];
    auto const& t = si.tokens;
    auto const [f, l] = ranges[z];
    if (!is_share(c.q.kind) || !c.q.unit.empty() || !c.relations.empty() || p.q.kind != quantity_kind::count ||
        !p.relations.empty() || p.subject.key.empty() || f < 2 || !is_lit(t[f - 1].lc, ",") || l + 3 >= t.size() ||
        !is_lit(t[l + 1].lc, "of"))
      continue;
    // (the count's own noun between, no verb: "1.9 million bags,")
    bool noun_only = f - 1 - ranges[z - 1].second <= 3;
    for (std::size_t k = ranges[z - 1].second + 1; noun_only && k + 1 < f; ++k)
      noun_only = t[k].word && !t[k].pred && !t[k].low_pred;
    // (a noun phrase with no figure of its own: "all the bags delivered", "the crop")
    std::size_t k = l + 2;
    while (k < t.size() && k < l + 5 && t[k].word && (determiners.count(t[k].lc) || is_possessive(t[k].lc))) ++k;
    if (!noun_only || k == l + 2 || k >= t.size() || !chunk_word(t[k]) ||
        (z + 1 < local.size() && ranges[z + 1].first <= k + 3))
      continue;
    std::size_t n = 0;
    for (auto it = earlier.rbegin(); it != earlier.rend() && n < 32; ++it, ++n) {
      auto const& o = *it;
      if (o.q.kind != quantity_kind::count || o.subject.key != p.subject.key || !(o.q.value > p.q.value) ||
          A.earlier_level_at(o) ||
          std::any_of(o.relations.begin(), o.relations.end(), [](relation const& r) { return r.kind == relation_kind::part_of; }))
        continue;
      c.relations.push_back({relation_kind::fraction_of, o.id});
      p.relations.push_back({relation_kind::part_of, o.id});
      break;
    }
  }
  bare_share_whole(si, local, earlier);
  parts_of_the_total(si, local, earlier);
  for (auto& [i, verb] : who_local) who_shares.emplace_back(base + i, std::move(verb));
  // "after six years in power": a tenure, dated at the end by the article's tenure start
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto const& c = local[i];
    if (c.q.kind != quantity_kind::duration || c.basis != date_basis::published || !c.date_end.empty()) continue;
    auto const e = ranges[i].second + 1;
    for (auto const& w : tenure_spans)
      if (e + w.size() <= si.tokens.size() &&
          std::equal(w.begin(), w.end(), si.tokens.begin() + static_cast<std::ptrdiff_t>(e),
                     [](std::string const& x, token const& y) { return y.word && y.lc == x; }))
        tenures.push_back(base + i);
  }
}

// Scope cues ("alone") after or before a figure.
void extractor::impl::scope_by_cues(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::string_view const text = A.text;
  auto& out = A.out;
  std::size_t const base = S.base;
  std::span<claim> const local = S.local;
  bool const relation_bits = S.relation_bits;
  bool const scope_cues = S.scope_cues;
  auto const& ranges = S.si.figure_ranges;
  auto& relation_at = A.buffers.relation_at;
  // An addition ("the 3 million doses ordered in May and a further 2 million", "another 21 remain
  // missing") is no second count of the total it adds to: scoped as one (increments.tsv), it never
  // meets that total's figures as a lower count of it
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto const f = ranges[i].first;
    if (f == 0 || !addition_words.count(si.tokens[f - 1].lc) || !local[i].scope.empty()) continue;
    if (auto const it = increments.find(std::string_view(si.tokens[f - 1].lc)); it != increments.end()) local[i].scope = it->second;
  }
  // "12 came from the town of Arle alone": the place named with the scope cue after the figure,
  // in its clause, narrows it (as "In Arle alone, 12 ..." does before it): it never meets the
  // story's own figures as a second count of the same thing
  for (std::size_t i = 0; i < local.size() && scope_cues; ++i) {
    auto& c = local[i];
    if (!c.scope.empty()) continue;
    auto const& t = si.tokens;
    for (std::size_t k = ranges[i].second + 1; k < t.size() && t[k].word; ++k) {
      // (the scope cues matching at t[k]: their bits, with relation_bits)
      bool cue = relation_bits && (relation_at[k] & relation_scope_bits) != 0;
      if (!relation_bits)
        for (auto const& r : starting(relation_cues, t, k))  // (only cues that start with t[k] can match)
          cue = cue || (r.value == "part_of" && r.extra == "scope" && match_at(t, k, r.words));
      if (!cue) continue;
      std::size_t b = k;
      while (b > ranges[i].second + 1 && k - b < 3 && t[b - 1].word && is_upper(text[t[b - 1].start])) --b;
      for (std::size_t m = b; m < k; ++m) {
        if (!c.scope.empty()) c.scope.push_back(' ');
        c.scope += strip_possessive(t[m].lc);
      }
      break;
    }
  }
  // "In Tarvo alone, 12,500 cases": a place's own figure (a cue of relations.tsv with direction
  // "scope" right after a capitalized name before the figure) is part of the nearest larger
  // figure of its kind, unit and subject named in an earlier sentence (not an earlier level)
  for (std::size_t i = 0; i < local.size() && scope_cues; ++i) {
    auto& c = local[i];
    if ((c.q.kind != quantity_kind::count && c.q.kind != quantity_kind::money) || c.subject.key.empty() ||
        !c.relations.empty())
      continue;
    bool scoped = false;
    for (std::size_t k = 1; k < ranges[i].first && !scoped; ++k) {
      if (relation_bits && !(relation_at[k] & relation_scope_bits)) continue;  // (no scope cue at k)
      for (auto const& r : starting(relation_cues, si.tokens, k))
        if (r.value == "part_of" && r.extra == "scope" && k + r.words.size() <= ranges[i].first &&
            match_at(si.tokens, k, r.words) && si.tokens[k - 1].word && is_upper(text[si.tokens[k - 1].start]))
          scoped = true;
    }
    if (!scoped) continue;
    std::size_t n = 0;
    for (std::size_t k = base; k-- > 0 && n < 32; ++n) {
      auto const& o = out[k];
      if (o.q.kind != c.q.kind || o.q.unit != c.q.unit || o.subject.key != c.subject.key || A.earlier_level_at(o))
        continue;
      if (o.q.value > c.q.value) c.relations.push_back({relation_kind::part_of, o.id});
      break;
    }
  }
}

// Figures of this sentence that break down, total or continue the previous sentence's.
void extractor::impl::link_to_previous(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  auto& out = A.out;
  std::size_t const prev_base = A.prev_base;
  std::size_t const base = S.base;
  std::span<claim> const local = S.local;
  auto const& ranges = S.si.figure_ranges;
  // "Of those, Congo alone accounts for 537 deaths": a sentence that opens with an anaphoric
  // partitive counts parts of the previous sentence's figures of the same subject and predicate.
  // (not a list right after the comma: "Of those, 231,900 were imports and 180,700 exports"
  // breaks the figure down, below)
  // (two figures that each match one of the sentence before, "more than 17,000 cases and 517
  // deaths ... Of those, Congo alone accounts for more than 15,600 cases and 537 deaths", are
  // parts of each, not a list breaking one down)
  auto const parallel = [&](std::size_t n) {
    std::size_t matched = 0, last = SIZE_MAX;
    for (std::size_t q = 0; q < n; ++q)
      for (std::size_t k = prev_base; k < base; ++k)
        if (!local[q].subject.key.empty() && out[k].subject.key == local[q].subject.key &&
            out[k].predicate.key == local[q].predicate.key) {
          matched += k != last;
          last = k;
          break;
        }
    return matched >= 2;
  };
  // (not "Of the 600 staff, 200 ...": a figure right after "Of the" is a fronted whole)
  bool const of_opener = si.tokens[0].lc == "of" && si.tokens.size() > 3 && ranges[0].first > 2;
  std::size_t const opening_list = prev_base < base && of_opener ? gapped_list(si.tokens, local, ranges, 0) : 0;
  bool const breaks_down = opening_list >= 2 && !parallel(opening_list);
  if (prev_base < base && pronoun_partitive(si.tokens, false) && !(ranges[0].first == 3 && breaks_down))
    for (auto& c : local) {
      if (c.q.kind != quantity_kind::count || c.subject.key.empty() || !c.relations.empty()) continue;
      for (std::size_t k = prev_base; k < base; ++k)
        if (out[k].q.kind == quantity_kind::count && out[k].subject.key == c.subject.key &&
            out[k].predicate.key == c.predicate.key) {
          c.relations.push_back({relation_kind::part_of, out[k].id});
          break;
        }
    }
  // "The council spent £12 million on repairs. Of that, £7 million went to schools, £3 million
  // to clinics and £2.5 million to libraries": a sentence opened by "Of that," ("this", "it",
  // "those", "these", "them") whose figures a list or one figure are breaks down the nearest
  // larger figure of their kind and unit in the sentence before (no part itself, no earlier
  // level): one figure is its part, a list its sum (as a fronted whole's gapped list is) when it
  // reaches nine tenths of it, else some of its parts, each its part_of ("Of the total, 700
  // were in the north and 310 in the south, with the rest scattered": a list well short of its
  // whole, or one that says the rest is elsewhere, names some parts and can raise no false sum
  // alarm; a planted error is a slip of a digit, near the whole or above it). A list may also
  // follow a named reference ("Of the total,", "Of that sum,", "Of the claims lodged so far,":
  // a determiner and at most five words, no figure, a comma), whose whole may stand further back
  // (the article's last 32 figures), with words before its first figure ("Of that sum, the
  // city's share is €1.1 billion, the region's €950 million and ...").
  // (a list's figures that the per-figure rules made parts of the latest count, "Of those,"
  // pointing back, are read again here: as parts of the whole found, or its sum)
  auto const only_parts = [](claim const& c) {
    return std::all_of(c.relations.begin(), c.relations.end(),
                       [](relation const& r) { return r.kind == relation_kind::part_of; });
  };
  // (nor a list read as its first figure's own breakdown, "2,150 were guillemots, 890 ... and
  // 440 ...", which the list below replaces)
  auto const own_list = [&](std::size_t n) {
    return std::all_of(local[0].relations.begin(), local[0].relations.end(), [&](relation const& r) {
      return r.kind == relation_kind::part_of ||
             (r.kind == relation_kind::sum_of &&
              std::any_of(local.begin() + 1, local.begin() + static_cast<std::ptrdiff_t>(n),
                          [&](claim const& c) { return c.id == r.claim; }));
    });
  };
  if (prev_base < base && of_opener && (only_parts(local[0]) || (breaks_down && own_list(opening_list)))) {
    auto const& t = si.tokens;
    auto const& w1 = t[1].lc;
    bool const pronoun = of_opener && t[2].lc == "," && ranges[0].first == 3 &&
                         (w1 == "that" || w1 == "this" || w1 == "it" || w1 == "those" || w1 == "these" || w1 == "them");
    std::size_t comma = 0;
    if (of_opener && !pronoun && (w1 == "the" || w1 == "that" || w1 == "this" || w1 == "those" || w1 == "these")) {
      for (std::size_t m = 2; m < ranges[0].first && m < 8 && !comma; ++m) {
        if (t[m].lc == ",") comma = m;
        else if (!t[m].word) break;
      }
    }
    // (one figure after a named total too: "Of the 2024 total, 1.1 million TEU, or nearly half,")
    bool const total = comma && (t[comma - 1].lc == "total" || t[comma - 1].lc == "sum");
    std::size_t n = (pronoun || total) && local[0].relations.empty() ? 1 : 0;
    if ((pronoun || comma) && breaks_down) n = opening_list;
    auto const part = [&](std::size_t q) -> claim& { return local[q]; };
    for (std::size_t q = 1; q < n; ++q)
      if (!only_parts(part(q))) n = 0;
    double largest = 0, sum = 0;
    for (std::size_t q = 0; q < n; ++q) largest = std::max(largest, part(q).q.value), sum += part(q).q.value;
    std::size_t const last = n ? ranges[n - 1].second : 0;
    bool rest = false;  // "..., with the rest scattered across farmland"
    for (std::size_t m = last + 1; n >= 2 && m < t.size() && !rest; ++m)
      rest = t[m].lc == "rest" || t[m].lc == "remainder" || t[m].lc == "others";
    // (a list may break down a figure that is a part itself, "cut 1,850 of its 23,000 jobs. The
    // cuts break down as ...", not one broken down already; one figure is no part of a part)
    auto const fits = [&](claim const& o) {
      return o.q.kind == part(0).q.kind && o.q.unit == part(0).q.unit && o.q.value > largest && !A.earlier_level_at(o) &&
             std::none_of(o.relations.begin(), o.relations.end(), [&](relation const& r) {
               return (r.kind == relation_kind::part_of && n < 2) || r.kind == relation_kind::sum_of;
             });
    };
    std::size_t const reach = n < 2 ? prev_base : std::min(prev_base, base > 32 ? base - 32 : std::size_t{0});
    std::size_t whole = SIZE_MAX;
    for (std::size_t k = base; n && whole == SIZE_MAX && k-- > reach;)
      if (fits(out[k])) whole = k;
    // (a partitive's whole is the background of its part right before it, which the list
    // breaks down: "cut 1,850 of its roughly 23,000 jobs. Of the total, ..." are the 1,850's)
    if (n >= 2 && whole != SIZE_MAX && whole > reach && fits(out[whole - 1]) &&
        std::any_of(out[whole - 1].relations.begin(), out[whole - 1].relations.end(), [&](relation const& r) {
          return r.kind == relation_kind::part_of && r.claim == out[whole].id;
        }))
      --whole;
    // (a named reference whose noun is an earlier figure's subject, "Of those interpreters,"
    // after "There were 214 interpreters on the register. They serve 9,500 people.", points at
    // that figure, larger or not: a part above its whole is the reconciler's to report)
    bool by_noun = false;
    if (n && comma && !total) {
      std::string const named = key_of("", strip_possessive(t[comma - 1].lc), part(0).q.kind).key;
      for (std::size_t k = base; !named.empty() && k-- > reach;) {
        auto const& o = out[k];
        if (o.subject.key != named || o.q.kind != part(0).q.kind || o.q.unit != part(0).q.unit || A.earlier_level_at(o) ||
            std::any_of(o.relations.begin(), o.relations.end(), [&](relation const& r) {
              return (r.kind == relation_kind::part_of && n < 2) || r.kind == relation_kind::sum_of;
            }))
          continue;
        whole = k;
        by_noun = true;
        break;
      }
    }
    if (whole != SIZE_MAX) {
      auto& o = out[whole];
      double const of = o.q.lo ? *o.q.lo : o.q.value;
      // (a whole its noun names that is smaller than a part is no breakdown: each is its part)
      bool const breakdown = n >= 2 && !rest && sum >= 0.9 * of && !(by_noun && !(o.q.value > largest));
      static claim const no_groups;
      // (one part's share set off after it: "Of the 2024 total, 1.1 million TEU, or nearly
      // half," is a share of the total, as the apposition rule reads it after a partitive)
      if (n == 1 && local.size() > 1 && is_share(local[1].q.kind) && local[1].relations.empty()) {
        std::size_t k = ranges[1].first;  // (back over "or" and the comma, then at most the part's noun)
        if (k > 0 && t[k - 1].lc == "or") --k;
        if (k > 0 && t[k - 1].lc == "," && k - 1 >= ranges[0].second + 1 && k - 1 <= ranges[0].second + 3)
          local[1].relations.push_back({relation_kind::fraction_of, o.id});
      }
      for (std::size_t q = 0; q < n; ++q) {
        part(q).relations.clear();
        if (breakdown) o.relations.push_back({relation_kind::sum_of, part(q).id});
        else part(q).relations.push_back({relation_kind::part_of, o.id});
        // (a part with a noun of its own keeps it: "the state's share is €1.5 billion")
        take_group_subject(part(q), pronoun ? part(q) : no_groups, o);
      }
    }
  }
  // "... would cut 1,240 jobs. The cuts fall on three sites: 710 at ..., 380 at ... and 250 at
  // ...", "fined three firms a total of €11.5 million. Lucky Reel was fined €6.2 million,
  // BetNorth €3.8 million and Spinhall €2.1 million": a list with no opener of its own, the
  // sentence's only figures of its kind and unit, that adds up to within a tenth of a larger
  // figure of the sentence before (the nearest such sum) is that figure's breakdown, sum_of, as
  // an opener's list is; a remainder after it ("with the remaining €2.9 billion shared among
  // the others") is one of its parts, an earlier level inside it ("64 seats, down from 79 in
  // 2022, the Greens 27") is none, and a part the sentence before named ("won 88 of the 201
  // seats. The Union won 64, ...") is one, and the number of its groups may stand before it.
  // A list further off its figure names other things.
  // (the kinds the sentence before has figures of, and at most 64 figures here: a list's
  // members are bits)
  unsigned prev_kinds = 0;
  for (std::size_t k = prev_base; prev_base != SIZE_MAX && k < base; ++k)
    prev_kinds |= 1u << static_cast<unsigned>(out[k].q.kind);
  if (prev_kinds && !of_opener && local.size() <= 64) {
    auto const& t = si.tokens;
    for (std::size_t q0 = 0; q0 + 1 < local.size(); ++q0) {
      if (!(prev_kinds & (1u << static_cast<unsigned>(local[q0].q.kind))) || local[q0 + 1].q.kind != local[q0].q.kind)
        continue;
      std::size_t n = gapped_list(t, local, ranges, q0);
      if (n < 2) continue;
      auto const same_kind = [&](claim const& o) { return o.q.kind == local[q0].q.kind && o.q.unit == local[q0].q.unit; };
      if (std::size_t const r = q0 + n; r < local.size() && same_kind(local[r]))
        for (std::size_t m = ranges[r].first; m-- > ranges[r - 1].second + 1 && m + 4 > ranges[r].first;)
          if (is_lit(t[m].lc, "remaining") || is_lit(t[m].lc, "rest") || is_lit(t[m].lc, "remainder")) {
            ++n;
            break;
          }
      auto const earlier_level = [&](std::size_t q) {
        auto const f = ranges[q].first;
        return (f > 0 && is_lit(t[f - 1].lc, "from")) || (f > 1 && is_lit(t[f - 2].lc, "from"));
      };
      std::uint64_t items = 0;
      for (std::size_t q = q0; q < q0 + n; ++q)
        if (!earlier_level(q)) items |= std::uint64_t{1} << q;
      auto const listed = [&](std::size_t q) { return (items >> q) & 1; };
      auto const each_item = [&](auto&& f) {
        for (std::size_t q = q0; q < q0 + n; ++q)
          if (listed(q)) f(q);
      };
      // (its figures may be parts, or the first one read as the others' sum, which the list
      // replaces, as with an opener; besides them, the number of its groups may stand before it:
      // "The cuts fall on three sites: 710 at ...")
      auto const free_item = [&](claim const& c) {
        return std::all_of(c.relations.begin(), c.relations.end(), [&](relation const& r) {
          bool to_item = false;
          each_item([&](std::size_t q) { to_item |= local[q].id == r.claim; });
          return r.kind == relation_kind::part_of || (r.kind == relation_kind::sum_of && to_item);
        });
      };
      auto const count = static_cast<std::size_t>(std::popcount(items));
      // (a figure of a participle clause after the list tells what follows from it, no other list:
      // "The closures comprise 96 ..., 71 ... and 55 ..., leaving 1,268 branches open")
      auto const trailing_clause = [&](std::size_t q) {
        if (q < q0 + n) return false;
        for (std::size_t m = ranges[q0 + n - 1].second + 1; m + 1 < ranges[q].first; ++m)
          if (is_lit(t[m].lc, ",") && t[m + 1].word && t[m + 1].lc.size() > 4 && ends_lit(t[m + 1].lc, "ing")) return true;
        return false;
      };
      bool alone = count >= 2;
      for (std::size_t q = 0; q < local.size() && alone; ++q)
        alone = listed(q) ? free_item(local[q])
                : (q >= q0 && q < q0 + n) || !same_kind(local[q]) ||
                    (q + 1 == q0 && local[q].q.value == static_cast<double>(count)) || trailing_clause(q);
      // (figures dated apart are levels of one count at different times, no parts of one: "The
      // toll had climbed to 12 by Tuesday and 21 by Friday" after "rose to 30 on Saturday")
      // (a figure dated by publication has no time phrase of its own: it dates nothing apart, "he
      // said: £2.9 million for ..., £2.1 million for ... and £1.4 million for ...")
      std::string const* first_date = nullptr;
      each_item([&](std::size_t q) {
        if (local[q].basis == date_basis::published) return;
        if (!first_date) first_date = &local[q].date;
        else if (local[q].date != *first_date) alone = false;
      });
      if (!alone) break;
      double largest = 0, sum = 0;
      each_item([&](std::size_t q) { largest = std::max(largest, local[q].q.value), sum += local[q].q.value; });
      // (with the parts of it the sentence before named)
      auto const named_parts = [&](claim const& o) {
        double add = 0;
        for (std::size_t k = prev_base; k < base; ++k)
          if (std::any_of(out[k].relations.begin(), out[k].relations.end(),
                          [&](relation const& r) { return r.kind == relation_kind::part_of && r.claim == o.id; }))
            add += out[k].q.value;
        return add;
      };
      std::size_t whole = SIZE_MAX;
      double best = 0;
      for (std::size_t k = prev_base; k < base; ++k) {
        auto const& o = out[k];
        if (!same_kind(o) || o.q.value <= largest || A.earlier_level_at(o) ||
            std::any_of(o.relations.begin(), o.relations.end(), [](relation const& r) { return r.kind == relation_kind::sum_of; }))
          continue;
        double const off = std::abs(sum + named_parts(o) - o.q.value);
        if (off > 0.1 * o.q.value) continue;
        if (whole == SIZE_MAX || off < best) whole = k, best = off;
      }
      if (whole == SIZE_MAX) break;
      auto& o = out[whole];
      for (std::size_t k = prev_base; k < base; ++k) {
        auto& rels = out[k].relations;
        auto const before = rels.size();
        std::erase_if(rels, [&](relation const& r) { return r.kind == relation_kind::part_of && r.claim == o.id; });
        if (rels.size() != before) o.relations.push_back({relation_kind::sum_of, out[k].id});
      }
      each_item([&](std::size_t q) {
        local[q].relations.clear();
        o.relations.push_back({relation_kind::sum_of, local[q].id});
      });
      // (the parts count what their total counts: a noun all of them share is the list's frame,
      // "The cuts fall on three sites: 710 at ...", "The cuts break down as 1,100 in ...", not
      // what each counts; a part with a noun of its own keeps it)
      bool shared_noun = true;
      each_item([&](std::size_t q) { shared_noun = shared_noun && local[q].subject.key == local[q0].subject.key; });
      if (shared_noun)
        each_item([&](std::size_t q) {
          // (with no verb of its own, a part is told as its total is: "would cut 1,850 jobs. The
          // cuts break down as 1,100 ..." plans the 1,100 too)
          if (local[q].predicate.key.empty() && local[q].forced_predicate.empty()) local[q].mod = o.mod;
          take_group_subject(local[q], local[q0], o);
        });
      break;
    }
  }
  // A results box closed by its total in a sentence of its own ("... Greens 4, others 6.
  // Total 650."): the total sums every figure of the sentence before, when all are of its
  // kind and unit and none is larger.
  if (prev_base != SIZE_MAX && prev_base + 2 <= base && local.size() == 1 && local[0].relations.empty()) {
    std::size_t cue_len = 0;
    for (auto const& r : relation_cues)
      if (r.value == "sum_of" && r.extra == "total" && match_at(si.tokens, 0, r.words))
        cue_len = std::max(cue_len, r.words.size());
    // nothing but the cue, the figure and at most its noun ("Total: 650 seats.")
    std::size_t other_words = 0;
    for (std::size_t k = cue_len; k < si.tokens.size(); ++k)
      if (si.tokens[k].word && (k < ranges[0].first || k > ranges[0].second)) ++other_words;
    bool const opens_total = cue_len > 0 && ranges[0].first >= cue_len && other_words <= 1;
    auto& total = local[0];
    bool all_parts = opens_total;
    for (std::size_t k = prev_base; k < base && all_parts; ++k)
      all_parts = out[k].q.kind == total.q.kind && out[k].q.unit == total.q.unit && out[k].q.value <= total.q.value;
    if (all_parts) {
      for (std::size_t k = prev_base; k < base; ++k) total.relations.push_back({relation_kind::sum_of, out[k].id});
      bool same = !out[prev_base].subject.key.empty();
      for (std::size_t k = prev_base + 1; k < base && same; ++k) same = out[k].subject.key == out[prev_base].subject.key;
      if (same && total.forced_predicate.empty()) {
        total.subject.key = out[prev_base].subject.key;
        total.subject_text_span = {};
      }
    }
  }
  // "... would cut 1,850 jobs. The cuts break down as 1,100 in engineering, 420 in sales and
  // 290 in support": a sentence opening with the plural nominal of the previous sentence's
  // planned act tells that plan's parts, which are planned as it is (its verbless figures or
  // those of a copula; a figure with a verb of its own has its own modality)
  if (prev_base != SIZE_MAX && prev_base < base && si.tokens.size() > 3 && si.tokens[0].lc == "the" &&
      si.tokens[1].word && si.tokens[1].lc.ends_with('s')) {
    std::string_view const noun = si.tokens[1].lc;
    bool plan = false;
    for (std::size_t k = prev_base; k < base && !plan; ++k) {
      std::string_view const verb = out[k].predicate.key;
      plan = out[k].mod == modality::planned && !verb.empty() &&
             ((noun.size() == verb.size() + 1 && noun.starts_with(verb)) || shares_stem(verb, noun));
    }
    for (auto& c : local)
      if (plan && c.mod == modality::asserted && (c.predicate.key.empty() || is_lit(c.predicate.key, "be")))
        c.mod = modality::planned;
  }
}

// A figure restated keeps the keys it had.
void extractor::impl::restated_keys(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::span<claim> const local = S.local;
  claims_view const earlier = S.earlier;
  bool const relation_bits = S.relation_bits;
  std::uint64_t const relation_any = S.relation_any;
  auto const& ranges = S.si.figure_ranges;
  auto& copula_parts = A.buffers.copula_parts;
  // The same figure keeps its keys however the sentence is built (docs/corpus.md): a sum or a
  // count restated with a copula ("The arrangement is worth about $3 billion" after "approved an
  // arrangement worth $3 billion") is what was done with it before, not a bare `be`. Same
  // subject, kind, unit and a value the figure's interval holds; the last 64 figures. (Runs
  // after the sentence's relations are attached.)
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto& c = local[i];
    if (std::string_view(c.predicate.key) != "be" || c.mod != modality::asserted || c.subject.key.empty() ||
        (c.q.kind != quantity_kind::money && c.q.kind != quantity_kind::count))
      continue;
    // (a stated total is what its parts make: "Total 120", "a total of 650" stay `be`; not a
    // whole restated by a fronted "Of the €3.6 billion, ..." before its breakdown)
    auto const qf = ranges[i].first;
    bool const fronted = qf >= 2 && si.tokens[qf - 2].lc == "of" && si.tokens[qf - 1].lc == "the";
    bool stated_total = !fronted && std::any_of(c.relations.begin(), c.relations.end(), [](relation const& r) {
      return r.kind == relation_kind::sum_of;
    });
    // (the windows the sum rule above reads a total cue in; none of its cues in the widest: none matches)
    bool const total_cue =
        !relation_bits ||
        ((relation_any & relation_total_bits) &&
         ((S.between_bits(qf >= relation_total_words + 2 ? qf - relation_total_words - 2 : 0, qf + 1) & relation_total_bits) ||
          (S.between_bits(ranges[i].second + 1, std::min(ranges[i].second + 3, si.tokens.size())) & relation_total_bits)));
    for (auto const& r : relation_cues) {
      if (stated_total || !total_cue) break;
      if (r.value != "sum_of" || r.extra == "parts") continue;
      std::size_t const from = qf >= r.words.size() + 2 ? qf - r.words.size() - 2 : 0;
      stated_total = cue_between(S, from, qf + 1, r) ||
                     cue_between(S, ranges[i].second + 1, std::min(ranges[i].second + 3, si.tokens.size()), r);
    }
    if (stated_total) continue;
    double const lo = c.q.lo ? *c.q.lo : c.q.value, hi = c.q.hi ? *c.q.hi : c.q.value;
    std::size_t n = 0;
    for (auto it = earlier.rbegin(); it != earlier.rend() && n < 64; ++it, ++n)
      // (the numbers first: the strings of most earlier claims need no comparing)
      if (it->q.kind == c.q.kind && it->q.value >= lo && it->q.value <= hi && it->mod == modality::asserted &&
          it->q.unit == c.q.unit && it->subject.key == c.subject.key) {
        if (!it->predicate.key.empty() && !is_lit(it->predicate.key, "be")) c.predicate.key = it->predicate.key;
        break;
      }
  }
  // (the fronted partitive's parts, once their whole has its keys)
  for (auto const z : copula_parts)
    if (is_lit(local[z].predicate.key, "be")) local[z].predicate.key = local[0].predicate.key;
}

// The claims' texts and locations, and the paragraph's claims a speaker named now tells.
void extractor::impl::finish_sentence(article_pass& A, sentence_pass& S) const {
  sentence_info& si = S.si;
  std::string_view const text = A.text;
  bool const lean = A.lean;
  bool const text_file = A.text_file;
  auto& out = A.out;
  auto& unsaid = A.unsaid;
  auto& loc_pos = A.loc_pos;
  auto& loc_line = A.loc_line;
  auto& loc_col_start = A.loc_col_start;
  std::size_t const base = S.base;
  std::span<claim> const local = S.local;
  text_key const& named_next = *A.previous_speaker;
  auto& fell_to_outlet = A.buffers.fell_to_outlet;
  // The whole after a planned part's "of" is what there is now, a stock the plan draws on:
  // "would cut 1,850 of its 23,000 jobs", "will close two of its five galleries"; not when the
  // whole has a verb of its own or a cue follows it in its clause ("will hire 50 of the 140
  // nurses it promised", "22 of the 41 posts slated for elimination").
  for (std::size_t i = 0; i < local.size(); ++i) {
    auto const& c = local[i];
    if (c.mod != modality::planned || c.relations.empty()) continue;
    for (auto const& r : c.relations) {
      if (r.kind != relation_kind::part_of) continue;
      std::size_t j = i + 1;
      while (j < local.size() && local[j].id != r.claim) ++j;
      if (j == local.size()) continue;
      auto& w = local[j];
      if (w.mod != modality::planned || w.q.span.start - c.q.span.end > 60) continue;
      auto const wv = std::string_view(w.predicate.key);
      if (!(wv.empty() || wv == c.predicate.key || is_lit(wv, "be") || is_lit(wv, "have"))) continue;
      auto const between = text.substr(c.q.span.end, w.q.span.start - c.q.span.end);
      if (between.find(" of ") == std::string_view::npos || between.find_first_of(",;:") != std::string_view::npos)
        continue;
      std::size_t e = si.figure_ranges[j].second + 1;
      while (e < si.tokens.size() && si.tokens[e].word) ++e;
      if (si.mods.any_in(si.figure_ranges[j].second + 1, e)) continue;
      w.mod = modality::asserted;
    }
  }
  for (auto& c : local) {
    // (lean claims leave the texts at their spans, where the writers read them)
    if (!lean && c.subject_text_span.end > c.subject_text_span.start)
      c.subject.text.assign(text.substr(c.subject_text_span.start, c.subject_text_span.end - c.subject_text_span.start));
    if (!lean && c.predicate_span.end > c.predicate_span.start)
      c.predicate.text.assign(text.substr(c.predicate_span.start, c.predicate_span.end - c.predicate_span.start));
    if (text_file) {
      // Claims come in text order: advance one cursor instead of rescanning the text.
      for (; loc_pos < c.q.span.start; ++loc_pos) {
        if (text[loc_pos] == '\n') {
          ++loc_line;
          loc_col_start = loc_pos + 1;
        }
      }
      c.line_in_file = static_cast<int>(loc_line);
      c.column = static_cast<int>(c.q.span.start - loc_col_start + 1);
    }
  }
  // ... when it tells a count of the same event (predicate and kind): a later speaker of other
  // figures does not reach back ("Aid trucks crossed on Saturday. Officials said 40 people
  // were killed").
  if (!named_next.key.empty() && !si.pronoun_speaker) {
    // ... or when it breaks down one of them ("Some 412,000 pupils are eligible across the 19
    // councils ... Of those, about 263,000, or 64%, eat a school lunch, the department said"):
    // the speaker's part or share of an unsaid figure goes on with that figure's report, and so
    // with the figures of its sentence
    std::size_t reached = SIZE_MAX;  // (that sentence's start)
    for (std::size_t k = base; k < out.size() && reached == SIZE_MAX && !unsaid.empty(); ++k) {
      if (out[k].attribution.key != named_next.key) continue;
      for (auto const& r : out[k].relations) {
        if (r.kind != relation_kind::part_of && r.kind != relation_kind::fraction_of) continue;
        for (auto idx : unsaid)
          if (out[idx].id == r.claim) reached = out[idx].sentence_start;
      }
    }
    for (auto idx : unsaid) {
      auto& u = out[idx];
      if (u.sentence_start == reached) {
        u.attribution = named_next;
        continue;
      }
      for (std::size_t k = base; k < out.size(); ++k)
        // (the tests of u alone first: they hold for most of the paragraph's claims)
        if (((!u.predicate.key.empty() && !is_lit(u.predicate.key, "be") && out[k].predicate.key == u.predicate.key) ||
             // (sums of the same currency: the accounts the speaker then closes, "Fees brought in
             // €8.1 million ... Spending came to about €7 million, the board said"; not a sum of
             // another time: "... since 2009, when a mill shut with debts of £60 million" is
             // background)
             (u.q.kind == quantity_kind::money && u.basis == date_basis::published && !u.q.unit.empty() &&
              out[k].q.unit == u.q.unit)) &&
            out[k].q.kind == u.q.kind && out[k].attribution.key == named_next.key) {
          u.attribution = named_next;
          // ... and on the day it tells them: an undated running count ("The quake has killed
          // close to 3,000 people. The interior ministry said on Monday that 2,862 ...") is as
          // of the day its speaker named next told the same count (a cataphoric speech day)
          // (not a state told as of now: "The toll is now greater than 50,000. On Friday, ...")
          auto const before = text.substr(u.sentence_start, u.q.span.start - u.sentence_start);
          if (before.find(" now ") == std::string_view::npos && u.basis == date_basis::published &&
              out[k].basis == date_basis::relative && u.date_end.empty() &&
              out[k].subject.key == u.subject.key && u.mod == modality::asserted && out[k].mod == modality::asserted &&
              out[k].date.size() == 10) {
            u.date = out[k].date;
            u.basis = out[k].basis;
          }
          break;
        }
    }
  }
  if (!named_next.key.empty()) unsaid.clear();
  for (std::size_t i = 0; i < fell_to_outlet.size(); ++i)
    if (fell_to_outlet[i]) unsaid.push_back(base + i);
}

// What only the whole article settles: the outlet's own counts, shares of those who, tenures, ages, and the links across sentences.
void extractor::impl::finish_article(article_pass& A) const {
  std::string_view const text = A.text;
  auto& pub_date = A.pub_date;
  bool const has_pub = A.has_pub;
  auto& source_key = A.source_key;
  auto& out = A.out;
  auto& tenure_start = A.tenure_start;
  auto& tenures = A.tenures;
  auto& who_shares = A.who_shares;
  // "the Harbor Daily tally shows": the outlet's own count is the outlet's
  for (auto& c : out)
    if (c.attribution.key.size() > source_key.size() + 1 && c.attribution.key.starts_with(source_key) &&
        c.attribution.key[source_key.size()] == ' ')
      c.attribution.key = source_key;
  // "nine in ten of those who voted": a share of the nearest figure, before or after it, whose verb
  // is the clause's ("2,847 voted"); the share counts what that figure counts
  for (auto const& [w, verb] : who_shares) {
    auto& c = out[w];
    std::size_t best = SIZE_MAX, best_d = SIZE_MAX;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (k == w || out[k].q.kind != quantity_kind::count || out[k].predicate.key != verb) continue;
      std::size_t d = k > w ? k - w : w - k;
      if (d < best_d) best = k, best_d = d;
    }
    if (best == SIZE_MAX) continue;
    // (the voters, not the members they are part of: "Of the 2,100 members, 1,640 voted")
    for (std::size_t k = 0; k < out.size(); ++k)
      if (out[k].predicate.key == verb && out[k].q.kind == quantity_kind::count &&
          std::any_of(out[k].relations.begin(), out[k].relations.end(), [&](relation const& r) {
            return r.kind == relation_kind::part_of && r.claim == out[best].id;
          })) {
        best = k;
        break;
      }
    c.relations.clear();
    c.relations.push_back({relation_kind::fraction_of, out[best].id});
    c.subject.key = out[best].subject.key;
    if (auto const best_text = subject_text(out[best], text); !best_text.empty()) c.subject.text = best_text;
  }
  // a tenure with no start of its own lasts from the article's one tenure start to publication
  if (!tenure_start.empty() && tenure_start != "-" && has_pub)
    for (auto w : tenures) {
      auto& c = out[w];
      if (tenure_start >= format_iso(pub_date)) continue;
      c.date = tenure_start;
      c.basis = date_basis::explicit_date;
      c.date_end = format_iso(pub_date);
    }
  // An age describes one person whom no other figure counts ("a 48-year-old pilot", "aged 65
  // or over"): its noun stays as text, but it gets no subject key, so no relation and no check
  // of the reconciler sets two people's ages against each other.
  for (auto& c : out.claims())
    if (is_age(c)) c.subject.key.clear();
  link_adding_up(out.claims(), text);
  link_fractions(out.claims());
  link_apposed_parts(out.claims(), text);
  plans_carried(out.claims(), text);
}

// A plan's parts and its consequences are planned as it is (docs/claims.md "Fourteenth round:
// plans carried to their parts"):
// - a part or breakdown member of a planned whole that has the whole's verb, or only a copula
//   ("will cut 600 jobs. Of the total, 400 are in assembly"), but not a part with a verb of its
//   own ("has hired 96 of the 140 nurses it promised");
// - a figure of an -ing clause after a comma that follows a planned figure of the same sentence
//   ("would add 3 million to the fund, raising it to 9 million"): the participle tells what the
//   planned act does.
void extractor::impl::plans_carried(std::span<claim> cs, std::string_view text) {
  std::size_t const n = cs.size();
  auto carries = [&](claim const& part, claim const& whole) {
    if (part.mod != modality::asserted || whole.mod != modality::planned) return false;
    auto const& pv = part.predicate.key;
    return pv.empty() || pv == whole.predicate.key || is_lit(pv, "be");
  };
  for (std::size_t i = 0; i < n; ++i) {
    auto& c = cs[i];
    for (auto const& r : c.relations) {
      if (r.kind != relation_kind::part_of && r.kind != relation_kind::sum_of) continue;
      auto const k = claim_index(cs, r.claim);
      if (k == SIZE_MAX) continue;
      if (r.kind == relation_kind::part_of && carries(c, cs[k])) c.mod = modality::planned;
      if (r.kind == relation_kind::sum_of && carries(cs[k], c)) cs[k].mod = modality::planned;
    }
  }
  for (std::size_t i = 1; i < n; ++i) {
    auto& c = cs[i];
    auto const& p = cs[i - 1];
    // (a duration's own modality says when it runs, not that the clause plans: "went on strike for
    // 72 hours on Monday, idling 30 ships")
    if (c.mod != modality::asserted || p.mod != modality::planned || p.q.kind == quantity_kind::duration ||
        p.sentence_start != c.sentence_start)
      continue;
    auto const ps = c.predicate_span;
    if (ps.end <= ps.start || ps.start < p.q.span.end || ps.end > c.q.span.start || ps.end > text.size()) continue;
    auto const verb = text.substr(ps.start, ps.end - ps.start);
    if (verb.size() < 5 || !verb.ends_with("ing") || verb.find(' ') != std::string_view::npos) continue;
    // the participle opens its clause: a comma right before it, none between the figures' clause and it
    if (ps.start < 2 || text.substr(ps.start - 2, 2) != ", ") continue;
    if (text.substr(p.q.span.end, ps.start - 2 - p.q.span.end).find_first_of(",;:") != std::string_view::npos) continue;
    c.mod = modality::planned;
  }
}


// Figures that add up exactly to a whole are its breakdown (`sum_of`, docs/claims.md
// "Relations"), across sentences: a results list in the next paragraph that makes up the
// chamber named in the lede ("won 52 of the 120 seats. [...] Seats by party: A 52, B 40, C 18,
// D 10"), "the remaining $600 million" of a loan, the whole's own part with the other parties'
// seats after it ("will hold 140 of the 300 seats. B took 90 seats and C 70"), and parts before
// "out of" their whole in one sentence. The whole is a count or sum that is part of nothing,
// unscoped or the whole of a partitive; the parts count what it counts (kind, unit, subject),
// are exact figures smaller than it of its year, with one verb, at least two, and form a run
// of such figures from the whole's sentence to the end of the next paragraph (four sentences
// at most). A sum that holds raises no discrepancy; an
// exhaustive part is linked by the total's sum_of only (docs/corpus.md).
void extractor::impl::link_adding_up(std::span<claim> cs, std::string_view text) {
  // (string equality inline: lengths, then bytes)
  auto same_text = [](std::string const& a, std::string const& b) {
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0);
  };
  std::size_t const n = cs.size();
  if (n < 3) return;
  std::vector<std::size_t> para(n), sent(n), sent_first(n);
  // (what a part must share with its whole, kind, unit and subject, as a cheap digest per figure
  // (kind, lengths, the key's first eight bytes and last byte): the window walk below compares
  // the strings only where the digests agree)
  std::vector<std::uint64_t> group(n);
  // (one pass over the text: the next blank line is looked for once)
  for (std::size_t i = 0, p = 0, next = text.find("\n\n"), sn = 0; i < n; ++i) {
    while (next != std::string_view::npos && next < cs[i].sentence_start) {
      ++p;
      next = text.find("\n\n", next + 2);
    }
    para[i] = p;
    if (i > 0 && cs[i].sentence_start != cs[i - 1].sentence_start) ++sn;
    sent[i] = sn;
    sent_first[i] = i > 0 && sent[i - 1] == sn ? sent_first[i - 1] : i;
    auto const& key = cs[i].subject.key;
    std::uint64_t head = 0;
    std::memcpy(&head, key.data(), std::min<std::size_t>(key.size(), 8));
    group[i] = (head * 0x9E3779B97F4A7C15ull) ^ (static_cast<std::uint64_t>(cs[i].q.kind) << 56) ^
               (static_cast<std::uint64_t>(cs[i].q.unit.size()) << 48) ^ (static_cast<std::uint64_t>(key.size()) << 32) ^
               (key.empty() ? 0 : static_cast<unsigned char>(key.back()));
  }
  auto has = [](claim const& c, relation_kind k, std::string const* to = nullptr) {
    for (auto const& r : c.relations)  // (most figures have none: no setup of a search)
      if (r.kind == k && (!to || r.claim == *to)) return true;
    return false;
  };
  // (one pass over a claim's relations for several kinds: most have none or one)
  auto has_any = [](claim const& c, relation_kind a, relation_kind b, relation_kind d) {
    for (auto const& r : c.relations)
      if (r.kind == a || r.kind == b || r.kind == d) return true;
    return false;
  };
  auto exact = [](claim const& c) { return c.q.lo && c.q.hi && *c.q.lo == c.q.value && *c.q.hi == c.q.value; };
  // (seq and own hold at most 24 indexes, the walk below stops there: arrays, no push_back call)
  struct small_list {
    std::array<std::size_t, 24> v;
    std::size_t n = 0;
    void clear() { n = 0; }
    void push_back(std::size_t x) { v[n++] = x; }
    std::size_t size() const { return n; }
    bool empty() const { return n == 0; }
    std::size_t const* begin() const { return v.data(); }
    std::size_t const* end() const { return v.data() + n; }
    std::size_t operator[](std::size_t i) const { return v[i]; }
    std::size_t front() const { return v[0]; }
  };
  small_list seq, own;
  // (a figure a total of its own sentence already sums: "Of the 214 cases, 126 ... and 88 ...":
  // no earlier mention of that total takes it again; asked only of a candidate part)
  auto summed = [&](std::size_t k) {
    for (std::size_t i = sent_first[k]; i < n && sent[i] == sent[k]; ++i)
      if (i != k && has(cs[i], relation_kind::sum_of, &cs[k].id)) return true;
    return false;
  };
  std::size_t lim = 0;  // the end of the figures of w's paragraph and the next, at most four sentences on
  for (std::size_t w = 0; w < n; ++w) {
    auto& whole = cs[w];
    if ((whole.q.kind != quantity_kind::count && whole.q.kind != quantity_kind::money) || whole.q.value <= 0 ||
        whole.subject.key.empty() ||
        has_any(whole, relation_kind::sum_of, relation_kind::part_of, relation_kind::change_of))
      continue;
    // (bounded work per figure: 24 figures before it in its sentence, 64 in all)
    std::size_t const first = std::max(sent_first[w], w > 24 ? w - 24 : std::size_t{0});
    seq.clear();
    own.clear();
    // (para and sent grow with the index: the window ends where they first pass w's bounds)
    while (lim < n && para[lim] <= para[w] + 1 && sent[lim] <= sent[w] + 4) ++lim;
    std::size_t const end = std::min({n, first + 64, lim});
    // (a restatement of the whole that has its breakdown already, "296 of its 352 beds" before
    // "352 beds: 96 in ..., 192 in ... and 64 in ...": those parts are that one's)
    bool restated = false;
    for (std::size_t k = first; k < end && seq.size() < 24; ++k) {
      if (group[k] != group[w]) continue;
      auto const& c = cs[k];
      if (k == w || c.q.kind != whole.q.kind || !same_text(c.q.unit, whole.q.unit) ||
          !same_text(c.subject.key, whole.subject.key) || (sent[k] != sent[w] && summed(k)))
        continue;
      if (has_any(c, relation_kind::change_of, relation_kind::sum_of, relation_kind::sum_of)) {
        restated = restated || (c.q.value == whole.q.value && has(c, relation_kind::sum_of));
        continue;
      }
      seq.push_back(k);
      if (has(c, relation_kind::part_of, &whole.id)) own.push_back(k);
    }
    // (a party's own figure is no whole, unless something is stated as its part: "A won 52 of
    // the 120 seats" scopes the 120 by A)
    if ((!whole.scope.empty() && own.empty()) || restated) continue;
    // (a part of another year is no part: "far below the 303 seats the party won in 2019")
    // ("The remaining 1,150 were reconnected on Monday" after "Of the 6,800 households cut off,
    // 5,650 were reconnected in three days": the rest of a whole completes its breakdown,
    // whatever its own verb reads)
    auto remaining = [&](std::size_t k) {
      std::size_t b = cs[k].q.span.start;
      while (b > 0 && text[b - 1] == ' ') --b;
      return b >= 9 && text.substr(b - 9, 9) == "remaining" && (b == 9 || !is_alnum(text[b - 10]));
    };
    auto usable = [&](std::size_t k) {
      auto const& d = cs[k].date;
      return exact(cs[k]) && cs[k].q.value < whole.q.value && (!cs[k].predicate.key.empty() || remaining(k)) &&
             (d.size() < 4 || whole.date.size() < 4 || d.compare(0, 4, whole.date, 0, 4) == 0);
    };
    auto adds_up = [&](double sum) { return std::abs(sum - whole.q.value) <= 1e-9 * whole.q.value; };
    std::vector<std::size_t> parts;
    // a run of the figures alone, else the whole's own parts and a run of the others
    for (int pass = 0; pass < 2 && parts.empty(); ++pass) {
      double base = 0;
      if (pass == 1) {
        if (own.empty() || !std::all_of(own.begin(), own.end(), usable)) break;
        for (auto k : own) base += cs[k].q.value;
      }
      for (std::size_t a = 0; a < seq.size() && parts.empty(); ++a) {
        double sum = base;
        // the parts of a breakdown are parallel: one verb ("won"), which a shortfall ("32 short
        // of the 272 needed") does not share
        auto const& verb = cs[pass == 1 ? own.front() : seq[a]].predicate.key;
        for (std::size_t b = a; b < seq.size(); ++b) {
          auto k = seq[b];
          if (!usable(k) || (cs[k].predicate.key != verb && !remaining(k)) ||
              (pass == 1 && std::find(own.begin(), own.end(), k) != own.end()))
            break;
          sum += cs[k].q.value;
          if (adds_up(sum) && b - a + 1 + (pass == 1 ? own.size() : 0) >= 2) {
            if (pass == 1) parts.assign(own.begin(), own.end());
            parts.insert(parts.end(), seq.begin() + static_cast<std::ptrdiff_t>(a),
                         seq.begin() + static_cast<std::ptrdiff_t>(b) + 1);
            break;
          }
          if (sum > whole.q.value) break;
        }
      }
    }
    for (auto k : parts) {
      auto& rs = cs[k].relations;
      rs.erase(std::remove_if(rs.begin(), rs.end(),
                              [&](relation const& r) { return r.kind == relation_kind::part_of && r.claim == whole.id; }),
               rs.end());
      whole.relations.push_back({relation_kind::sum_of, cs[k].id});
    }
  }
}

// A fraction or percent "of" a noun with no quantity of its own ("nearly half of its
// hostages") is a fraction of the nearest count of the same subject in the article.
// "Just under a fifth of the population, 1.62 million people, is now aged 65 or over": a count
// set after a comma beside a share of a whole is the part that share describes (the apposition
// "1.7 million, or nearly half," share last, is read with the sentence's relations; a share's
// whole named in an earlier sentence is known only here, after link_fractions).
void extractor::impl::link_apposed_parts(std::span<claim> cs, std::string_view text) {
  for (std::size_t i = 0; i + 1 < cs.size(); ++i) {
    auto const& f = cs[i];
    auto& c = cs[i + 1];
    if (!is_share(f.q.kind) || !f.q.unit.empty() || c.q.kind != quantity_kind::count || !c.relations.empty() ||
        c.sentence_start != f.sentence_start || c.q.span.start < f.q.span.end + 2 || c.q.span.start > f.q.span.end + 40)
      continue;
    // (the share's own "of" phrase may stand between: one comma, right before the count)
    auto const between = text.substr(f.q.span.end, c.q.span.start - f.q.span.end);
    if (!between.ends_with(", ") || between.find(',') != between.size() - 2 ||
        !(between.size() == 2 || between.starts_with(" of ")))
      continue;
    for (auto const& r : f.relations)
      if (r.kind == relation_kind::fraction_of) {
        c.relations.push_back({relation_kind::part_of, r.claim});
        break;
      }
  }
}

void extractor::impl::link_fractions(std::span<claim> cs) {
  for (std::size_t i = 0; i < cs.size(); ++i) {
    auto& c = cs[i];
    if (c.q.kind != quantity_kind::fraction && c.q.kind != quantity_kind::ratio) continue;
    if (c.subject.key.empty() || !c.relations.empty()) continue;
    std::size_t best = SIZE_MAX, best_d = SIZE_MAX;
    bool own_sentence = false;
    for (std::size_t j = 0; j < cs.size(); ++j) {
      if (j == i || cs[j].q.kind != quantity_kind::count || cs[j].subject.key != c.subject.key) continue;
      // a share that took its noun from the count beside it ("Nearly 220 million people, just
      // below two-thirds of a population of ...") is that count's share of something else
      // (and then of nothing outside its sentence: "counted 8.42 million people, and nearly one
      // in eight was born abroad" is no share of a region's residents two paragraphs on)
      if (c.subject_text_span.end > c.subject_text_span.start && c.subject_text_span.start == cs[j].subject_text_span.start &&
          c.subject_text_span.end == cs[j].subject_text_span.end) {
        own_sentence = true;
        continue;
      }
      std::size_t d = cs[j].q.span.start > c.q.span.start ? cs[j].q.span.start - c.q.span.start
                                                           : c.q.span.start - cs[j].q.span.start;
      if (d < best_d) {
        best_d = d;
        best = j;
      }
    }
    if (best == SIZE_MAX || (own_sentence && cs[best].sentence_start != c.sentence_start)) continue;
    // a share of the people a part counts is a share of that part's whole ("380 of the children
    // had been hospitalised [...] one in six children has been"): the part is what it is checked
    // against (docs/corpus.md fraction_of); a part of no whole in the article is passed over
    std::string const* whole = &cs[best].id;
    for (auto const& r : cs[best].relations)
      if (r.kind == relation_kind::part_of) whole = &r.claim;
    if (whole != &cs[best].id) {
      auto const w = claim_index(cs, *whole);
      if (w == SIZE_MAX || cs[w].q.kind != quantity_kind::count) continue;
    }
    c.relations.push_back({relation_kind::fraction_of, *whole});
  }
}

}  // namespace claimcheck::claims
