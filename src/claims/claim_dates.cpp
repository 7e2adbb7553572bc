// Dates: the date phrases of a sentence and the date a figure is about. (Members of extractor::impl; extractor_impl.hpp.)

#include "extractor_impl.hpp"

namespace claimcheck::claims {

namespace {

// The number four ASCII digits spell ("2024"; the caller checked they are digits).
inline int year_digits(std::string_view w) { return ((w[0] - '0') * 10 + (w[1] - '0')) * 100 + (w[2] - '0') * 10 + (w[3] - '0'); }

}  // namespace

// Every date phrase of a sentence, resolved against `published`.
// (into `cands`, cleared first: extract keeps one vector for its sentences, whose capacity is
// reused instead of a vector allocated and grown per sentence)
void extractor::impl::date_candidates(sentence_info const& si, ymd const* pub, std::string const* previous,
                                      std::vector<date_cand>& cands) const {
  token_span const t = si.tokens;
  using cand = date_cand;
  cands.clear();
  // A date without its year in a clause about the future ("will stay capped until April", "will
  // take office on Jan. 1", "plans to build 2,000 homes in September": a cue of modality.tsv
  // for plans before it; not "to be", which is no plan in "found to be") is the next such date,
  // not the last one.
  auto future = [&](std::size_t pos) {
    auto const d = token_at(t, pos);
    if (d > 0 && t[d - 1].lc == "the") return false;  // "the Oct. 2 vote" names a past event
    // "the cuts it announced on October 15": a past verb of its own dates a past event
    if (d >= 2 && (t[d - 1].lc == "on" || t[d - 1].lc == "in") && t[d - 2].lc.size() > 4 && ends_lit(t[d - 2].lc, "ed"))
      return false;
    // (over the clause before it, 24 words: "plans to sell $500 million of bonds in New York and
    // CHF 300 million in Zurich in May"; sets 11 and 13)
    // (not past a semicolon: "played 19 of the 21 concerts planned; two were cancelled during
    // the leg, which ran from June 30": the plan is the other clause's)
    std::size_t from = d > 24 ? d - 24 : 0;
    for (std::size_t i = d; i > from; --i)
      if (t[i - 1].lc == ";") {
        from = i;
        break;
      }
    for (std::size_t i = from; i < d; ++i) {
      // ("to be" + a participle is a plan, "to be paid from May"; "found to be" is none)
      if (t[i].lc == "to" && i + 2 < d && t[i + 1].lc == "be" && t[i + 2].word &&
          (t[i + 2].pred || (t[i + 2].lc.size() > 4 && ends_lit(t[i + 2].lc, "ed"))))
        return true;
      if (!t[i].word || t[i].lc == "to") continue;
      if (t[i].lc == "shall") return true;
      if (attributive_planned(t, i)) continue;
      // (the token's modality_by_first entry, looked up by intern)
      if (!t[i].modality) continue;
      for (auto const idx : *t[i].modality)
        if (modality_kinds[idx] == modality::planned && modality_cues[idx].extra.empty() &&
            match_at(t, i, modality_cues[idx].words))
          return true;
    }
    return false;
  };
  // The year of a month named without one: the latest such month on or before publication, or
  // in a clause about the future the next one on or after it (needs `pub`).
  auto month_year = [&](int month, std::size_t pos) {
    return future(pos) ? pub->y + (month < pub->m ? 1 : 0) : pub->y - (month > pub->m ? 1 : 0);
  };
  auto word_before = [&](std::size_t pos) -> folded_view {
    auto i = token_at(t, pos);
    return i > 0 ? t[i - 1].lc : folded_view();
  };
  for (auto const& d : si.parsed.dates) {
    cand k{d.span.start, {}, date_basis::explicit_date, d.since, d.year != 0};
    if (d.weekday >= 0) {
      if (!pub) continue;
      long p = days_from_civil(pub->y, pub->m, pub->d);
      int back = (weekday_of(p) - d.weekday + 7) % 7;
      // "last Wednesday": the latest one strictly before publication (docs/corpus.md)
      if (back == 0 && word_before(d.span.start) == "last") back = 7;
      k.value = format_iso(civil_from_days(p - back));
      k.basis = date_basis::relative;
    } else if (d.day > 0 && d.month > 0) {
      int y = d.year;
      if (!y) {
        if (!pub) continue;
        y = pub->y;
        long const pd = days_from_civil(pub->y, pub->m, pub->d);
        if (days_from_civil(y, d.month, d.day) > pd) --y;
        if (future(d.span.start) && days_from_civil(y, d.month, d.day) < pd) ++y;
      }
      k.value = format_iso({y, d.month, d.day});
    } else if (d.month > 0) {
      int y = d.year;
      if (!y) {
        if (!pub) continue;
        y = month_year(d.month, d.span.start);
        // "last September": resolved against publication (docs/corpus.md `relative`), the
        // latest such month strictly before the publication's month
        if (word_before(d.span.start) == "last") {
          k.basis = date_basis::relative;
          y = pub->y - (d.month >= pub->m ? 1 : 0);
        }
      }
      k.value = format_month(y, d.month);
    } else {
      continue;
    }
    k.end = d.span.end;
    // "until April": the end of a period, not the date the figure is about
    if (word_before(d.span.start) == "until") k.since = true;
    k.from = word_before(d.span.start) == "from";
    cands.push_back(std::move(k));
  }
  // "in July and August", "from May to June": a span of months is no single date
  // (fewer than two phrases: no span, and the sort leaves them as they are)
  if (cands.size() >= 2) {
    std::sort(cands.begin(), cands.end(), [](cand const& x, cand const& y) { return x.pos < y.pos; });
    // "on Tuesday, October 6", "began on Monday 26 October": the weekday names the day the date
    // gives, one phrase (explicit) that starts at the weekday, not a relative day of its own
    std::size_t dropped = 0;
    for (std::size_t a = 0; a + 1 < cands.size(); ++a) {
      auto& x = cands[a];
      auto& y = cands[a + 1];
      if (x.basis != date_basis::relative || y.value.size() != 10 || !x.end || y.pos < x.end ||
          y.pos - x.end > 2 || si.text.substr(x.end, y.pos - x.end).find_first_not_of(", ") != std::string_view::npos)
        continue;
      bool weekday = false;
      for (auto const& d : si.parsed.dates) weekday |= d.span.start == x.pos && d.weekday >= 0;
      if (!weekday) continue;
      y.pos = x.pos;
      y.since |= x.since;
      y.from |= x.from;
      x.value.clear();  // (dropped below)
      ++dropped;
    }
    if (dropped) std::erase_if(cands, [](cand const& k) { return k.value.empty(); });
    std::vector<bool> span(cands.size(), false);
    for (std::size_t a = 0; a + 1 < cands.size(); ++a) {
      auto const& x = cands[a];
      auto const& y = cands[a + 1];
      if (x.value.size() != 7 || y.value.size() != 7 || !x.end) continue;
      auto const xe = token_at(t, x.end - 1), ys = token_at(t, y.pos);
      auto const& w = t[xe + 1].lc;
      if (ys == xe + 2 && (w == "and" || w == "to" || w == "-" || w == "through")) {
        span[a] = true;
        // "between January and May": a period's figure is dated by its last month, as a
        // quarter's is (docs/corpus.md date)
        auto const xs = token_at(t, x.pos);
        span[a + 1] = !(w == "and" && xs > 0 && t[xs - 1].lc == "between");
      }
    }
    std::vector<cand> kept;
    for (std::size_t a = 0; a < cands.size(); ++a)
      if (!span[a]) kept.push_back(std::move(cands[a]));
    cands.swap(kept);
  }
  // The tokens the loops below can start at, in one pass (each loop visits only its own, in
  // token order): a month name that is also a word, a four-digit word, a count before the
  // first word of some cue, the first word of a relative_dates cue.
  enum : std::uint8_t { month_word = 1, year_word = 2, count_word = 4, relative_word = 8 };
  thread_local std::vector<std::pair<std::size_t, std::uint8_t>> marks;
  marks.clear();
  auto digits = [](std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  // (only the tokens that start with a digit or are one of date_starts: intern's list)
  thread_local std::vector<std::uint32_t> buf;
  for (std::size_t const i : notable_of(si, date_start, buf)) {
    auto const& w = t[i].lc;
    std::size_t const n = w.size();
    std::uint8_t m = 0;
    if (n == 3 || n == 5) {
      if (w == "may" || w == "march") m = month_word;
    } else if (n == 4 && digits(w)) {
      m = year_word;
    }
    // (number_words holds number_values' words)
    if (n > 0 && i + 1 < t.size() && t[i + 1].cue_first && ((n <= 3 && digits(w)) || number_words.count(w)))
      m |= count_word;
    // (a cue of one word, or of two or more whose second word follows)
    if (t[i].cue_first &&
        (relative_singles.count(w) || (i + 1 < t.size() && relative_seconds.count(t[i + 1].lc)))) {
      auto const r = starting(relative_dates, t, i);
      if (r.begin() != r.end()) m |= relative_word;
    }
    if (m) marks.emplace_back(i, m);
  }
  // "in May", "by March": month names that are also words, after a preposition.
  for (auto const& [i, mark] : marks) {
    if (!(mark & month_word) || i < 1 || !pub) continue;
    if ((t[i].lc != "may" && t[i].lc != "march") || !is_upper(si.text[t[i].start])) continue;
    auto const& before = t[i - 1].lc;
    // ("at the end of May", "by the start of March": a month's part names the month)
    bool const part = before == "of" && i >= 2 &&
                      (t[i - 2].lc == "end" || t[i - 2].lc == "start" || t[i - 2].lc == "beginning" ||
                       t[i - 2].lc == "middle");
    // "in the year to May", "the 12 months to March": the period ends in the month
    bool const year_to = before == "to" && i >= 2 && (t[i - 2].lc == "year" || t[i - 2].lc == "months");
    // "between January and May" (the last month, as above; the first is dropped)
    // (no capture of the structured binding i: clang 14)
    std::size_t const first_at = i >= 3 && before == "and" && t[i - 3].lc == "between" ? t[i - 2].start : SIZE_MAX;
    auto const first_month =
        first_at == SIZE_MAX ? cands.end() : std::find_if(cands.begin(), cands.end(), [first_at](cand const& x) {
          return x.value.size() == 7 && x.pos == first_at;
        });
    bool const between = first_month != cands.end();
    bool const last = before == "last";  // "last March", relative as "last September" above
    if (!part && !year_to && !between && !last && before != "in" && before != "from" && before != "since" &&
        before != "by" && before != "until")
      continue;
    if (i + 1 < t.size() && t[i + 1].word && t[i + 1].lc[0] >= '0' && t[i + 1].lc[0] <= '9') continue;
    if (between) cands.erase(first_month);
    int m = t[i].lc == "may" ? 5 : 3;
    int const y = last ? pub->y - (m >= pub->m ? 1 : 0) : month_year(m, t[i].start);
    cands.push_back({t[i].start, format_month(y, m), last ? date_basis::relative : date_basis::explicit_date,
                     before == "from" || before == "since" || before == "until", false, t[i].end});
    cands.back().from = before == "from";
  }
  // A year alone: "in 2019", "the 1960 earthquake" (the parser leaves years out of quantities).
  for (auto const& marked : marks) {
    // (no structured binding: clang 14, which builds the fuzz targets, cannot capture one in a lambda)
    std::size_t const i = marked.first;
    auto const mark = marked.second;
    if (!(mark & year_word) || i < 1) continue;
    auto const& w = t[i].lc;
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) continue;
    int y = year_digits(w);
    if (y < 1800 || y > 2100) continue;
    auto const& before = t[i - 1].lc;
    // ("by 2027": the year a plan names; "an allowance for 2025": the year it is for)
    bool in = before == "in" || before == "during" || before == "by" || before == "for";
    // ("the 1960 Agadir earthquake"; "The 2027 edition will feature ...": the subject's year)
    // ("lost C$41 million in the 2025 financial year": a period word after the year makes it
    // the figure's period, year_periods.tsv; "the 2019 floods" names an event and dates nothing)
    bool the = before == "the" && i + 1 < t.size() && t[i + 1].word &&
               (is_upper(si.text[t[i + 1].start]) || i == 1 || year_periods.count(std::string_view(t[i + 1].lc)));
    // "in the first nine months of 2026", "the first half of 2025": the period's last month,
    // as a quarter's (docs/corpus.md date)
    int last_month = 0;
    if (before == "of" && i >= 4 && t[i - 4].lc == "first" && t[i - 2].lc == "months")
      if (auto it = number_values.find(std::string(t[i - 3].lc)); it != number_values.end() && it->second >= 1 && it->second <= 12)
        last_month = it->second;
    if (before == "of" && i >= 3 && t[i - 2].lc == "half" && t[i - 3].lc == "first") last_month = 6;
    if (!in && !the && !last_month && before != "since") continue;
    if (i + 2 < t.size() && (t[i + 1].lc == "and" || t[i + 1].lc == "to" || t[i + 1].lc == "-") && t[i + 2].lc.size() == 4)
      continue;  // "in 2020 and 2021": a span of years, not a date
    bool taken = std::any_of(cands.begin(), cands.end(), [&](date_cand const& k) { return k.pos <= t[i].start && t[i].start < k.end; });
    if (taken) continue;
    if (last_month) {
      cands.push_back({t[i - (t[i - 2].lc == "half" ? 3 : 4)].start, format_month(y, last_month), date_basis::explicit_date, false, true, t[i].end});
      continue;
    }
    cands.push_back({t[i].start, std::string(w), date_basis::explicit_date, before == "since", true, t[i].end});
    cands.back().year_for = before == "for";
  }
  if (pub) {
    long const p = marks.empty() ? 0 : days_from_civil(pub->y, pub->m, pub->d);  // (read only at a mark)
    std::size_t relative_end = 0;  // end of the last relative phrase read
    // "fell 11% in August from a year earlier", "two more than a week earlier": a time a figure
    // is compared with is the base of a change, not a date of the sentence's figures
    // (not "than" of a qualifier: "Less than two weeks earlier")
    auto compared = [&](std::size_t i) {
      // "up 12 percent on last year": "on" right after a figure names the base of its change
      // ("on the same day" after a figure is its day)
      if (i > 0 && t[i - 1].lc == "on" && (t[i].lc == "last" || t[i].lc == "a"))
        return std::any_of(si.parsed.quantities.begin(), si.parsed.quantities.end(), [&](auto const& q) {
          return q.span.end <= t[i - 1].start && t[i - 1].start - q.span.end <= 1;
        });
      if (i == 0 || (t[i - 1].lc != "from" && t[i - 1].lc != "than")) return false;
      if (t[i - 1].lc == "from" || i < 2) return true;
      auto const& q = t[i - 2].lc;
      return !(q == "less" || q == "more" || q == "fewer") ||
             (i > 2 && (number_words.count(t[i - 3].lc) || (t[i - 3].lc[0] >= '0' && t[i - 3].lc[0] <= '9')));
    };
    // What "a week earlier" counts from: the day the sentence named before the phrase ("1,240
    // cases on Tuesday, up from 1,105 a week earlier"), else the first day it names after it
    // ("rose to 3,310, up from 2,740 a week earlier, the ministry said on Friday"), else
    // the day the previous sentence gave, else publication (the sentence is told as of it).
    auto previous_anchor = [&](std::size_t i) -> std::string {
      std::string const* from = nullptr;
      for (auto const& k : cands)
        if (k.end <= t[i].start && k.value.size() == 10 && !k.since) from = &k.value;
      for (auto const& k : cands)
        if (!from && k.pos > t[i].start && k.value.size() == 10 && !k.since) from = &k.value;
      if (!from) from = previous;
      return from ? *from : format_iso(*pub);
    };
    // "two days earlier", "three weeks before": counted_dates rows after a count of units
    for (auto const& [i, mark] : marks) {
      // (no counted_dates row can match before a token that starts no cue: see match_at)
      if (!(mark & count_word)) continue;
      auto const& w = t[i].lc;
      int n = 0;
      if (auto it = number_values.find(std::string(w)); it != number_values.end()) n = it->second;
      else if (!w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) && w.size() <= 3)
        n = std::atoi(std::string(w).c_str());
      if (n <= 0) continue;
      // (the rows that start with the next token's word, in list order)
      for (auto const& r : starting(counted_dates, t, i + 1)) {
        if (!match_at(t, i + 1, r.words)) continue;
        int const off = n * std::atoi(r.value.c_str());
        std::string v;
        if (r.extra == "previous") {
          ymd prev;
          if (!parse_iso(previous_anchor(i), prev)) break;
          v = format_iso(civil_from_days(days_from_civil(prev.y, prev.m, prev.d) + off));
        } else if (r.extra == "day") {
          v = format_iso(civil_from_days(p + off));
        }
        if (!v.empty())
          cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size()].end});
        relative_end = std::max(relative_end, t[i + r.words.size()].end);
        break;
      }
    }
    for (auto const& [i, mark] : marks) {
      if (!(mark & relative_word)) continue;
      // "later this month": the longer phrase is read, not "this month" inside it
      if (t[i].start < relative_end) continue;
      for (auto const& r : starting(relative_dates, t, i)) {
        // (the second word first, inline: "the" and "a" start many cues)
        if (r.words.size() > 1 && (i + 1 >= t.size() || !same_word(t[i + 1].lc, r.words[1]))) continue;
        if (!match_at(t, i, r.words)) continue;
        // ("up €0.27 on the year before the levy", "the day before the vote": a time counted
        // from an event the phrase goes on to name, not from the sentence's date)
        if (std::size_t const e = i + r.words.size();
            e < t.size() && is_lit(t[e - 1].lc, "before") && t[e].word &&
            (article_or_determiner(t[e]) || is_possessive(t[e].lc)))
          continue;
        relative_end = std::max(relative_end, t[i + r.words.size() - 1].end);
        int off = std::atoi(r.value.c_str());
        std::string v;
        if (r.extra == "day") {
          v = format_iso(civil_from_days(p + off));
        } else if (r.extra == "month") {
          v = month_back(pub->y, pub->m, off);
        } else if (r.extra == "previous") {
          if (auto from = previous_anchor(i); !from.empty()) {
            ymd prev;
            if (!parse_iso(from, prev)) continue;
            v = format_iso(civil_from_days(days_from_civil(prev.y, prev.m, prev.d) + off));
          }
        } else if (r.extra == "monthback") {
          // "fell 2.4% in March after rising 1.1% the previous month": months back from the
          // sentence's nearest earlier month, else its nearest earlier day, else publication
          // (a month before a day: "rose 3.1% in the year to October, the office said on
          // Tuesday, up from 2.8% the previous month" is September's)
          date_cand const* anchor = nullptr;
          for (auto const& k : cands)
            if (k.end <= t[i].start && k.value.size() >= 7 && !compared(token_at(t, k.pos)) &&
                (!anchor || (k.value.size() == 7) > (anchor->value.size() == 7) ||
                 ((k.value.size() == 7) == (anchor->value.size() == 7) && k.pos > anchor->pos)))
              anchor = &k;
          int y = pub->y, m = pub->m;
          if (anchor) {
            y = std::atoi(anchor->value.substr(0, 4).c_str());
            m = std::atoi(anchor->value.substr(5, 2).c_str());
          }
          v = month_back(y, m, off);
        } else if (r.extra == "yearback") {
          // "3% in June from a peak of 9.6% a year earlier": the same period, years back from
          // the sentence's nearest earlier date phrase (a day, month or year)
          // (with none, publication: "are at 18% of capacity, down from 46% a year earlier")
          date_cand const* anchor = nullptr;
          for (auto const& k : cands)
            if (k.end <= t[i].start && !k.value.empty() && k.value.size() >= 4 && (!anchor || k.pos > anchor->pos))
              anchor = &k;
          std::string const& from = anchor ? anchor->value : iso_of(*pub);
          v = years_before(from, off);
          if (!anchor) {
            cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size() - 1].end});
            cands.back().years_back = off;
            continue;
          }
        } else if (r.extra == "weekend") {
          int back = (weekday_of(p) - 5 + 7) % 7;  // the Saturday on or before
          v = format_iso(civil_from_days(p - back));
        } else if (r.extra == "year") {
          v = fmt::format("{:04}", pub->y + off);
        } else if (r.extra == "planyear") {
          // "this year": the year a plan or forecast names ("expects inflation to average 6.5%
          // this year"); a fact counted "this year" is as of publication (find_date)
          cands.push_back({t[i].start, fmt::format("{:04}", pub->y + off), date_basis::relative, false, false,
                           t[i + r.words.size() - 1].end});
          cands.back().plan_only = true;
          continue;
        } else if (r.extra == "quarter") {
          // "in the second quarter": dated by the quarter's last month, of the latest year in
          // which the quarter has begun by publication, or of the year written after it
          int const last = 3 * off;
          int y = pub->y - (last - 2 > pub->m ? 1 : 0);
          std::size_t e = i + r.words.size();
          if (e + 1 < t.size() && t[e].lc == "of") ++e;
          if (e < t.size() && t[e].lc.size() == 4 && std::all_of(t[e].lc.begin(), t[e].lc.end(), [](char ch) {
                return ch >= '0' && ch <= '9';
              }))
            y = year_digits(t[e].lc);
          cands.push_back({t[i].start, format_month(y, last), date_basis::explicit_date, false, true,
                           t[i + r.words.size() - 1].end});
          continue;
        } else if (r.extra == "published") {
          // "this week": no date of its own, the article's
          cands.push_back({t[i].start, format_iso(*pub), date_basis::published, false, false,
                           t[i + r.words.size() - 1].end});
          continue;
        }
        if (!v.empty())
          cands.push_back({t[i].start, v, date_basis::relative, compared(i), false, t[i + r.words.size() - 1].end});
      }
    }
  }
  // What each date phrase attaches to. Speech: a speech verb within two words before it ("said
  // on Friday", "announced on Monday"), or the phrase right after a speech verb at the clause end
  // ("..., the ministry said on Saturday evening"). Attributive: "the Oct. 7 attack".
  // Since: inside a "since ..." clause ("since Israel ordered evacuations ... on May 6").
  std::sort(cands.begin(), cands.end(), [](cand const& x, cand const& y) { return x.pos < y.pos; });
  // (the walks back to "than" and to "since" below, only in a sentence that holds the word)
  bool const than_here = may_hold_rule(si, than_words.bit()), since_here = may_hold_rule(si, since_words.bit());
  for (std::size_t ci = 0; ci < cands.size(); ++ci) {
    auto& k = cands[ci];
    auto const i = token_at(t, k.pos);
    k.tok = i;
    k.last_tok = token_at(t, k.end > 0 ? k.end - 1 : k.pos, i);  // (a phrase is a few tokens)
    // "results released on Tuesday showed"
    for (std::size_t j = i; j < t.size() && j < i + 4; ++j) {
      if (t[j].start < k.end) continue;
      for (auto const& v : starting(speech_verbs, t, j)) k.speech = k.speech || match_at(t, j, v.words);
      break;
    }
    // "two more than on Sunday": the time a figure is compared with is no date of the figure
    if (i > 1 && (t[i - 1].lc == "than" ||
                  (t[i - 2].lc == "than" && (t[i - 1].lc == "on" || t[i - 1].lc == "in" || t[i - 1].lc == "at"))))
      k.since = true;
    // (also past the period named: "6% fewer than in the same period of August", "than during the
    // first week of May": plain words, no verb or comma, back to "than" and its preposition; not
    // a qualifier's "than", "more than 200 trucks on Friday")
    // (only in a sentence that holds "than")
    for (std::size_t j = i, n = 0; than_here && !k.since && j > 1 && n < 6 && t[j - 1].word && !t[j - 1].pred &&
                                   !t[j - 1].low_pred;
         --j, ++n)
      if (t[j - 1].lc == "than" && j < i)
        k.since = t[j].lc == "in" || t[j].lc == "during" || t[j].lc == "over" || t[j].lc == "for";
    // "since March last year": a phrase right after a period's start continues it
    if (ci > 0 && cands[ci - 1].since && cands[ci - 1].end <= k.pos && k.pos - cands[ci - 1].end <= 2) k.since = true;
    for (std::size_t j = i; j > 0 && i - j < 3; --j) {
      bool verb = false;
      for (auto const& v : starting(speech_verbs, t, j - 1)) verb = verb || match_at(t, j - 1, v.words);
      if (verb) k.speech = true;
      if (!t[j - 1].word) break;
    }
    if (i > 0 && t[i - 1].lc == "the") {
      std::size_t e = i;
      while (e < t.size() && t[e].start < k.end) ++e;
      // (a period word makes the phrase the figure's period, not an event: "in the 2025
      // financial year", year_periods.tsv)
      if (e < t.size() && t[e].word && !function_words.count(t[e].lc) &&
          !year_periods.count(std::string_view(t[e].lc)))
        k.attributive = true;
    }
    // "killed before Saturday's cup final": a day's possessive after "before"/"after" names
    // another event the figure is timed by, not the figure's day ("won 71 seats in Sunday's
    // election" is the election's)
    if (k.basis == date_basis::relative && k.value.size() == 10 && i == k.last_tok && i > 0 &&
        (t[i - 1].lc == "before" || t[i - 1].lc == "after") && is_possessive(t[i].lc))
      k.attributive = true;
    bool verb_between = false;  // "since Israel ordered ... on May 6", not "since the middle of October"
    // (only in a sentence that holds "since": the walk sets nothing else)
    for (std::size_t j = i; since_here && j > 0 && i - j < 14; --j) {
      if (!t[j - 1].word) break;
      if (t[j - 1].lc == "since" && verb_between) {
        k.since = true;
        k.since_at = j - 1;
      }
      auto const& w = t[j - 1].lc;
      // (the token's vocabulary entry: no hash per word)
      // ("since records began in 1950": a period verb is the clause's verb too)
      if (predicate_of(t[j - 1], false) || (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) ||
          period_verbs.count(t[j - 1].lc))
        verb_between = true;
    }
    // "the truce that ended on Friday": the bound of the noun's period (grammars/period_verbs.tsv)
    for (std::size_t j = i; j >= 2 && i - j < 4; --j) {
      if (!t[j - 1].word) break;
      if (period_verbs.count(t[j - 1].lc) && (t[j - 2].lc == "that" || t[j - 2].lc == "which"))
        k.since = k.period = true;
    }
  }
}

// (into `out`, cleared first: see date_candidates)
void extractor::impl::embedded_clauses(sentence_info const& si, std::vector<date_cand> const& cands,
                                       std::vector<embedded_clause>& out) const {
  token_span const t = si.tokens;
  out.clear();
  auto boundary = [&](std::size_t i) {
    auto const& w = t[i].lc;
    if (t[i].word || !(w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93"))
      return false;
    for (auto const& k : cands)
      if (t[i].start >= k.pos && t[i].start < k.end) return false;
    return !si.in_figure(t[i]);
  };
  static word_set const verbish = {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could"};
  std::size_t const nt = t.size();
  thread_local std::vector<std::uint32_t> buf;
  for (std::size_t const i : notable_of(si, clause_opener, buf)) {
    if (i == 0) continue;
    if (i + 1 >= nt) break;
    auto const& w = t[i].lc;
    bool when = w == "when" && t[i - 1].lc == ",";
    bool rel = (w == "which" || w == "whom" || (w == "who" && !is_upper(si.text[t[i].start]))) &&
               (t[i - 1].lc == "," || (t[i - 1].word && !function_words.count(t[i - 1].lc)));
    // ", where a hillside gave way on Sunday": a place's own clause dates its own verb
    rel = rel || (w == "where" && t[i - 1].lc == ",");
    if (w == "that" && t[i - 1].word && !function_words.count(t[i - 1].lc) && !calendar_words.count(t[i - 1].lc) &&
        !t[i - 1].pred && !t[i - 1].low_pred && !verbish.count(t[i - 1].lc) && t[i + 1].word) {
      bool speech_verb = false;
      for (auto const& v : speech_verbs) speech_verb = speech_verb || (v.words.size() == 1 && v.words[0] == t[i - 1].lc);
      auto const& n = t[i + 1].lc;
      rel = !speech_verb && (verbish.count(n) || t[i + 1].pred || (n.size() > 4 && ends_lit(n, "ed")));
    }
    // ", of which €800m would go on a payment in December": the clause's month is its own
    rel = rel || ((w == "which" || w == "whom") && t[i - 1].lc == "of" && i >= 2 && t[i - 2].lc == ",");
    // "The league said 90,000 passes had been bought, ..., and that the derby had sold out in
    // January": a second reported clause dates its own verb
    bool const reported = w == "that" && t[i - 1].lc == "and" && i >= 2 && t[i - 2].lc == ",";
    if (!when && !rel && !reported) continue;
    std::size_t e = i + 1;
    while (e < t.size() && !boundary(e)) ++e;
    out.push_back({i, e, when, !reported && t[i - 1].lc != "," && t[i - 1].lc != "of"});
  }
  // "Of the 5,000 flats flooded on April 2, 4,100 were dry again within a week": a fronted
  // whole's phrase keeps its day for the whole; the part after its comma has its own time
  if (!cands.empty() && nt > 3 && t[0].lc == "of" && (t[1].lc == "the" || t[1].lc == "its" || t[1].lc == "their")) {
    std::size_t e = 2;
    while (e < nt && !boundary(e)) ++e;
    if (e < nt && t[e].lc == ",") out.push_back({0, e, false, false});
  }
  // "The vessel, built in 1994, left port carrying 287": a participle phrase between commas
  // with a year right after its participle dates the participle, as a relative clause does
  // (only where a date phrase is: the sentence's commas visited)
  if (!cands.empty())
    for (std::size_t const i : si.marks) {
      if (i + 3 >= nt || t[i].lc != "," || !t[i + 1].word || (t[i + 2].lc != "in" && t[i + 2].lc != "on")) continue;
      auto const& p = t[i + 1].lc;
      if (!(past_participles.count(p) || (p.size() > 4 && ends_lit(p, "ed")))) continue;
      std::size_t e = i + 2;
      while (e < nt && !boundary(e)) ++e;
      // (a year only: "The vessel, built in 1994,"; "The survey, released on Monday, found 40%"
      // is as of its release, a day that dates the report)
      bool const year = std::any_of(cands.begin(), cands.end(), [&](date_cand const& k) {
        return k.value.size() == 4 && k.tok > i + 1 && k.tok < e;
      });
      if (e < nt && t[e].lc == "," && e - i <= 8 && year) out.push_back({i + 1, e, false, false});
    }
}

// Date of a claim: the nearest date phrase of its sentence, else the date its paragraph's
// previous sentence gave (the sentence continues its time frame), else publication.
// (Inheriting the lede's date across paragraphs was tried and lowered date F1: 0.66 -> 0.57.)
void extractor::impl::find_date(claim& c, sentence_info const& si, std::size_t qfirst, std::size_t qlast,
                                ymd const* pub, std::vector<date_cand> const* sentence_dates,
                                std::vector<byte_span> const& figures, date_frame const& frame,
                                std::string const& own_speaker, date_frame const& lede_act,
                                std::vector<embedded_clause> const* sentence_clauses,
                                std::string const* previous_start) const {
  token_span const t = si.tokens;
  using cand = date_cand;
  // The tense around the figure, from the tense words in its windows (tokens qfirst - 24 to
  // qlast + 6; tense_words):
  // - present: present-tense state ("are still being held", "is now greater than", "now live")
  //   is as of the date it is told: a speech date of the sentence, else publication;
  // - perfect: a present or perfect tense ("Gaza is home to", "have died") continues no frame
  //   (read below);
  // - will: a sentence about the future ("will stay capped at £2,500") continues no past frame.
  // (read when first needed: a figure dated by publication before, or with neither a phrase
  // nor a frame to choose, needs none of them)
  bool present = false, perfect = false, will = false, tense_read = false, own_perfect = false;
  auto read_tense = [&] {
    if (tense_read) return;
    tense_read = true;
    std::size_t const lo = qfirst > 24 ? qfirst - 24 : 0, hi = std::min(t.size(), qlast + 7);
    auto tense_word_at = [&](std::size_t i) {
      auto const& w = t[i].lc;
      bool const has = w == "has" || w == "have";
      if (i <= qlast + 4 && (has || w == "is" || w == "are")) perfect = true;
      if (i < qfirst) {
        if (i + 12 >= qfirst && (w == "will" || w == "shall")) will = true;
        if (i + 2 >= qfirst && (w == "now" || w == "still" || w == "currently")) present = true;
        // a perfect that counts up to now: "has killed close to 3,000"
        if (i + 3 >= qfirst && has) present = true;
      } else if (i > qlast) {
        // "the lowest since 2001" compares with a period; it does not count up to now
        // ("the worst season since 2017", "the highest since": a superlative up to two words
        // before "since"; every one ends in "st")
        bool superlative = false;
        for (std::size_t j = i; w == "since" && j > 0 && i - j < 3 && !superlative && t[j - 1].word; --j)
          superlative = ends_lit(t[j - 1].lc, "st");
        if (!superlative && (w == "still" || w == "now" || w == "currently" || w == "remain" || w == "remains" ||
                             w == "since"))
          present = true;
      }
    };
    // (the sentence's tense words: intern's list; a window of 31 tokens is most of a sentence)
    thread_local std::vector<std::uint32_t> buf;
    for (std::size_t const i : notable_of(si, tense_word, buf)) {
      if (i >= hi) break;
      if (i >= lo && t[i].word) tense_word_at(i);
    }
    // a perfect that is the figure's own verb phrase, however far after it ("and more than
    // 40,000 of those patients, roughly 23%, have waited over a year")
    if (c.predicate_span.end > c.predicate_span.start && c.predicate_span.start >= t[qlast].end) {
      auto const pb = token_at(t, c.predicate_span.start);
      own_perfect = pb < t.size() && (t[pb].lc == "has" || t[pb].lc == "have");
    }
    // a present verb right before the figure states what holds now ("the plant, which opened
    // in 1987 and employs about 2,100 people", "which represents 310 stores", "employs 1,300
    // people and had sales of $410 million last year"): not dated by another clause's phrase
    if (!present && qfirst >= 1 && c.predicate_span.end == t[qfirst - 1].end) {
      auto const& v = t[qfirst - 1];
      present = v.word && (v.pred || v.low_pred) && v.lc.size() > 4 && v.lc.ends_with('s') && !v.lc.ends_with("ss") &&
                !is_upper(si.text[v.start]) && !(qfirst >= 2 && t[qfirst - 2].word && predicate_aux.count(t[qfirst - 2]));
    }
  };
  auto const& cands = *sentence_dates;
  std::size_t const qpos = t.empty() ? 0 : t[qfirst].start;
  std::size_t const qend = t.empty() ? 0 : t[qlast].end;
  // A date after a later figure that brings its own time ("up from 52 in 2019", "compares with
  // 57.5% in 2019", "up from 33,482 on Thursday") is that figure's, not this one's.
  auto owned_by_later = [&](cand const& k) {
    if (k.pos < qend) return false;
    for (auto const& f : figures) {
      if (f.start <= qpos || f.start >= k.pos) continue;
      auto const i = token_at(t, f.start);
      // (an earlier level with a phrase of its own before k leaves k to the others: "rose to
      // 3,100, up from 2,650 a week earlier, the clinic said on Wednesday")
      bool const own = std::any_of(cands.begin(), cands.end(), [&](cand const& o) { return o.pos >= f.end && o.pos < k.pos; });
      if (i > 0 && (t[i - 1].lc == "from" || t[i - 1].lc == "than" || t[i - 1].lc == "against") && !own) return true;
      if (i > 1 && t[i - 1].lc == "with" && starts_lit(t[i - 2].lc, "compare") && !own) return true;
      for (std::size_t j = qlast + 1; j < i; ++j)  // another clause: "nearly half, but below the 303 ... in 2019"
        if (t[j].lc == "but" || t[j].lc == "while" || t[j].lc == "whereas" || t[j].lc == ";") return true;
      // the whole of a partitive, with its own participle: "nearly half of the roughly 240
      // people abducted on Oct. 7" (the date is the abduction's, not the share's)
      std::size_t b = i;
      while (b > 0 && t[b - 1].word && determiners.count(t[b - 1].lc) && t[b - 1].lc != "of") --b;
      if (b > 0 && t[b - 1].lc == "of") {
        auto const fl = token_at(t, f.end > 0 ? f.end - 1 : 0);
        auto const kt = k.tok;
        bool participle = false, plain = kt > fl && kt - fl <= 5;
        for (std::size_t j = fl + 1; j < kt && plain; ++j) {
          plain = t[j].word;
          participle = participle || (t[j].lc.size() > 4 && ends_lit(t[j].lc, "ed"));
        }
        if (plain && participle) return true;
      }
    }
    return false;
  };
  // A date right after another figure, with only a few plain words between ("0.5 points in
  // May", "up from 33,482 on Thursday"), is that figure's: the others take it only when they
  // have no other.
  // An earlier level's own date ("from a peak of 9.1% in June", "up from 33,482 on Thursday") is
  // never another figure's: "eased to 7.1% in November from a peak of 9.1% in June, and
  // unemployment stood at 3.7%" is November's.
  auto earlier_level_at = [&](std::size_t i) {
    std::size_t steps = 0;
    while (i > 0 && steps < 4 && t[i - 1].word &&
           (t[i - 1].lc == "a" || t[i - 1].lc == "an" || t[i - 1].lc == "the" || t[i - 1].lc == "of" ||
            level_words.count(t[i - 1].lc))) {
      --i;
      ++steps;
    }
    // ("against 1,460 a year earlier, a rise of 28%": "against" sets a base as "from" does)
    return i > 0 && (t[i - 1].lc == "from" || t[i - 1].lc == "than" || t[i - 1].lc == "against" ||
                     (i > 1 && t[i - 1].lc == "with" && starts_lit(t[i - 2].lc, "compare")));
  };
  auto earlier_level = [&](byte_span const& f) { return earlier_level_at(token_at(t, f.start)); };
  // "fell 11% in August from a year earlier, to €310 million": a level reached after a change
  // shares the change's phrase (a change: a verb of rise or fall, or "by", right before it)
  bool const level_to = qfirst > 0 && t[qfirst - 1].lc == "to";
  auto a_change = [&](byte_span const& f) {
    auto const i = token_at(t, f.start);
    return i > 0 && (t[i - 1].lc == "by" || (t[i - 1].pred && (*t[i - 1].pred == "rise" || *t[i - 1].pred == "fall")));
  };
  // (a month's part before the month, "by the end of June", is part of its phrase: phrase_cues.tsv
  // period_part)
  auto phrase_start = [&](cand const& k) {
    auto kt = k.tok;
    if (kt >= 3 && t[kt - 1].lc == "of" && t[kt - 3].lc == "the" && period_parts.count(t[kt - 2].lc))
      kt -= 3;
    return kt;
  };
  auto attached_to_other = [&](cand const& k, bool only_levels = false) {
    auto const kt = phrase_start(k);
    for (auto const& f : figures) {
      if (f.start == qpos || f.end > k.pos) continue;
      if (only_levels && !earlier_level(f)) continue;
      if (level_to && f.start < qpos && !only_levels && a_change(f)) continue;
      auto const fl = token_at(t, f.end - 1);
      if (fl >= kt || kt - fl > 3) continue;
      // ("in the 12 months to the end of January", "for the nine months to September": the
      // duration and its end are one period phrase, which dates the clause's figures)
      if (kt == fl + 2 && t[fl + 1].lc == "to" && time_units.count(t[fl].lc)) continue;
      bool plain = true;
      for (std::size_t j = fl + 1; j < kt && plain; ++j)
        plain = t[j].word && !t[j].pred && !t[j].low_pred && !(t[j].lc.size() > 4 && ends_lit(t[j].lc, "ed"));
      for (auto const& g : figures) plain = plain && !(g.start > f.start && g.start < k.pos);
      if (plain) return true;
    }
    return false;
  };
  // Clauses that keep their day to themselves: a relative clause (", who took office on January
  // 1, 2019, won ...", "the truce that ended on Friday") dates its own verb, not a figure outside
  // it; a figure inside a relative or "when" clause takes the clause's own date ("..., when
  // about 700,000 fled ... in 1948"), else the date the "when" refers to ("since the November
  // truce, when Hamas freed nearly half").
  // (the sentence's, computed once per sentence by the caller; else here)
  std::vector<embedded_clause> own_clauses;
  if (!sentence_clauses) embedded_clauses(si, cands, own_clauses);
  auto const& clauses = sentence_clauses ? *sentence_clauses : own_clauses;
  auto clause_of = [&](std::size_t ti) -> embedded_clause const* {
    embedded_clause const* in = nullptr;
    for (auto const& cl : clauses)
      if (cl.b <= ti && ti < cl.e && (!in || cl.b > in->b)) in = &cl;
    return in;
  };
  auto inside = [](embedded_clause const* cl, std::size_t ti) { return cl && cl->b <= ti && ti < cl->e; };
  // (read only against the sentence's date phrases: none, no clause needed)
  embedded_clause const* fig_clause = cands.empty() ? nullptr : clause_of(qfirst);
  if (fig_clause && fig_clause->restrictive) fig_clause = nullptr;
  bool clause_has_date = false;
  for (auto const& k : cands)
    clause_has_date = clause_has_date || (!k.since && inside(fig_clause, k.tok));
  auto clause_skips = [&](cand const& k) {
    auto const kt = k.tok;
    if (clause_has_date && !inside(fig_clause, kt)) return true;
    auto const* kc = clause_of(kt);
    // (a day, month or year: "The stadium, which opened in 2009, holds 42,000")
    return kc && !kc->when && !kc->restrictive && !inside(kc, qfirst);
  };
  // (both read when first asked: an attributive phrase, a phrase attached to another figure)
  int other_than_attributive_memo = -1, unattached_memo = -1;
  auto other_than_attributive = [&] {
    if (other_than_attributive_memo < 0)
      other_than_attributive_memo = std::any_of(cands.begin(), cands.end(), [&](cand const& k) {
        return !k.since && !k.attributive && !clause_skips(k);
      });
    return other_than_attributive_memo == 1;
  };
  auto unattached = [&] {
    if (unattached_memo < 0)
      unattached_memo = std::any_of(cands.begin(), cands.end(), [&](cand const& k) {
        return !k.since && !(k.attributive && other_than_attributive()) && !owned_by_later(k) && !clause_skips(k) &&
               !attached_to_other(k);
      });
    return unattached_memo == 1;
  };
  // "a campaign that began in March with a quarter-point move": a figure right after a period's
  // bound, in the same clause, is what happened then.
  auto in_period_clause = [&](cand const& k) {
    if (!k.period || !k.end || k.end > qpos) return false;
    std::size_t const ke = k.last_tok;
    if (qfirst <= ke || qfirst - ke > 6) return false;
    for (std::size_t j = ke + 1; j < qfirst; ++j)
      if (!t[j].word || t[j].pred) return false;
    return true;
  };
  // "from minus 0.1%, where it had been since February 2016": a level with a clause right after
  // it that says since when it held is dated by that start.
  cand const* held_since = nullptr;
  if (qlast + 2 < t.size() && t[qlast + 1].lc == "," && (t[qlast + 2].lc == "where" || t[qlast + 2].lc == "which"))
    for (auto const& k : cands) {
      auto const kt = k.tok;
      if (!k.since || kt <= qlast + 2 || kt > qlast + 9 || t[kt - 1].lc != "since") continue;
      bool closed = false;
      for (std::size_t j = qlast + 3; j < kt; ++j) closed = closed || !t[j].word;
      if (!closed) held_since = &k;
      break;
    }
  cand const* best = nullptr;
  cand const* speech = nullptr;
  cand const* period_end = nullptr;
  std::size_t best_d = SIZE_MAX;
  // "will impose tariffs of 25% from Oct. 1": the day a plan takes effect is the plan's date (a
  // plan: its modality, or "will" before it for a gapped "and 10% on aluminium", whose plan the
  // sentence's later rules give it)
  bool const planned = c.mod == modality::planned;
  // "is asking for four of the 14 posts and a promise to close the plant by 2030": the deadline
  // ("by", "by the end of") of an infinitive after the figure dates that infinitive's figures
  auto infinitive_deadline = [&](cand const& k) {
    std::size_t b = k.tok;
    if (k.pos < qend || b <= qlast + 2) return false;
    if (b >= 4 && t[b - 1].lc == "of" && t[b - 3].lc == "the") b -= 3;
    if (t[b - 1].lc != "by") return false;
    for (std::size_t j = qlast + 1; j + 2 < b; ++j)
      if (t[j].lc == "to" && t[j + 1].word && (t[j + 1].pred || bare_verb(t, j + 1))) return true;
    return false;
  };
  for (auto const& k : cands) {
    if (k.since && !(k.since_at != SIZE_MAX && k.since_at < qfirst && qpos < k.pos) && !in_period_clause(k) &&
        !(k.from && k.pos > qpos && k.basis == date_basis::explicit_date && (planned || (read_tense(), will))))
      continue;  // the start of a period, not the date the figure is about (unless the figure is in its clause)
    if (k.plan_only && c.mod == modality::asserted) continue;  // ("cases reported this year": as of the telling)
    if (infinitive_deadline(k)) continue;
    if (k.attributive && other_than_attributive()) continue;  // "the Oct. 7 attack" names the event
    // "adopted a €40 million plan for 2025 on Monday": the day of the act, not the year the
    // plan is for ("a 15% larger allowance for 2025, the agency said on Monday" keeps the
    // year: a day of telling is no act's)
    if (k.year_for && std::any_of(cands.begin(), cands.end(), [](cand const& o) {
          return o.value.size() == 10 && !o.speech && !o.since && !o.attributive;
        }))
      continue;
    if (owned_by_later(k)) continue;
    if (clause_skips(k)) continue;
    // (attached to an earlier level is attached: the second test only where the first held)
    bool const attached = attached_to_other(k);
    if (attached && unattached()) continue;
    // "had reached 96,000, short of a target of 150,000 by the end of July": a deadline right
    // after another figure is that figure's alone
    if (attached) {
      auto const kt = phrase_start(k);
      // (not after a rate's unit: "45,000 homes a year by 2028" is the 45,000's deadline)
      if (kt > 1 && t[kt - 1].lc == "by" && !(t[kt - 2].lc == "year" || t[kt - 2].lc == "month" || t[kt - 2].lc == "week" ||
                                            t[kt - 2].lc == "day"))
        continue;
    }
    if (attached && attached_to_other(k, true)) continue;
    if (k.speech && !speech) speech = &k;
    if (!k.speech && !period_end) {
      auto const kt = phrase_start(k);
      if (kt >= 2 && t[kt - 1].lc == "to" && time_units.count(t[kt - 2].lc)) period_end = &k;
    }
    // distance from the figure's nearer edge
    std::size_t d = k.pos >= qend ? k.pos - qend : (k.end && k.end <= qpos ? qpos - k.end : 0);
    if (!k.end) d = k.pos > qpos ? k.pos - qpos : qpos - k.pos;
    if (d < best_d) {
      best_d = d;
      best = &k;
    }
  }
  // "said on Wednesday, with 312,000 people joining in the 12 months to December": a period's
  // end ("the N months to ...") is the date the figure is about, not the day it was told
  // (unless the telling stands between them: "raised NZ$38m in the year to March, it said on
  // Monday, but puts the backlog at NZ$415m" is Monday's backlog)
  if (period_end && best && best->speech &&
      !(std::min(qpos, period_end->pos) < best->pos && best->pos < std::max(qpos, period_end->pos)))
    best = period_end;
  bool own_level_phrase = false;
  // An earlier level's own phrase may follow a few plain words ("up from 58% at the previous
  // election in 2019"): the first phrase after it, before the clause goes on (no comma, verb or
  // other figure between, eight words at most), wins over a nearer phrase before it.
  // (token_at(t, qpos) is qfirst when the token is not empty and the one before ends by qpos)
  if (!cands.empty() &&
      earlier_level_at(t[qfirst].end > qpos && (qfirst == 0 || t[qfirst - 1].end <= qpos) ? qfirst : token_at(t, qpos)))
    for (auto const& k : cands) {
      auto const kt = k.tok;
      if (k.pos < qend || kt <= qlast || kt > qlast + 9 || k.since || (k.plan_only && c.mod == modality::asserted))
        continue;
      bool plain = true;
      for (std::size_t j = qlast + 1; j < kt && plain; ++j)
        plain = t[j].word && !t[j].pred && !t[j].low_pred && !verb_form(t, j);
      for (auto const& g : figures) plain = plain && !(g.start > qpos && g.start < k.pos);
      if (plain) {
        best = &k;
        own_level_phrase = true;
      }
      break;
    }
  // "since the November truce, when Hamas freed nearly half": the time the "when" refers to
  // (the time named right before the "when" wins over the main clause's telling: "said over the
  // weekend that ... since the November truce, when Hamas freed nearly half")
  if (fig_clause && fig_clause->when && !clause_has_date) {
    for (auto const& k : cands) {
      auto const ke = k.last_tok;
      if (ke < fig_clause->b && fig_clause->b - ke <= 4) best = &k;
    }
  }
  // "said on Saturday that 11,300 people had died ... after two dams burst": a figure in a
  // subordinate "after"/"before"/"because" clause is not dated by the main clause's telling.
  if (best && best == speech && best->end <= qpos) {
    for (std::size_t j = token_at(t, best->end); j < qfirst && j < t.size(); ++j)
      if (t[j].lc == "after" || t[j].lc == "before" || t[j].lc == "because") {
        bool closed = false;  // the clause ended before the figure (", and that 10,100 were missing")
        for (std::size_t m = j + 1; m < qfirst; ++m) closed = closed || t[m].lc == "," || t[m].lc == ";";
        if (!closed) best = nullptr;
        break;
      }
  }
  // "struck on Friday, killing 2,012 people, the ministry said on Saturday": a toll in a
  // participle clause after the event's date is as of the telling.
  if (best && speech && best != speech && best->end <= qpos) {
    for (std::size_t j = token_at(t, best->end); j < qfirst && j < t.size(); ++j)
      if (j > 0 && t[j - 1].lc == "," && t[j].lc.size() > 4 && ends_lit(t[j].lc, "ing")) {
        best = speech;
        break;
      }
  }
  auto published = [&] {
    if (pub) {
      c.date = iso_of(*pub);
      c.basis = date_basis::published;
    }
  };
  if (is_age(c)) {  // an age covers no period the text dates: as of publication
    published();
    return;
  }
  if (c.q.kind == quantity_kind::duration) {
    // A duration with a start ("since October 7, 2023", "began on ...") covers [start, as-of].
    // The period starts at a dated event near the duration: a full date after "since" or after
    // a verb that starts a period (period_verbs.tsv: "began on ...", "declared on ..."), or a
    // full date earlier in the sentence ("stormed ... on October 7, 2023, ... the ten-month
    // war"). A date without its written year ("Sept. 20", "in March", resolved to the latest
    // before publication) starts the period only right after such a verb, in the clause that
    // follows the duration ("an 18-month campaign that began in March"); anywhere else it is
    // too weak ("the ten-month war ... the truce of Nov. 24").
    // (a time offset dates something else and covers no period: "Six days earlier, the WHO
    // ended the emergency it declared in January 2020")
    if (time_offset(t, qlast)) {
      published();
      return;
    }
    // (nor does the amount a date moved by: "its first launch has slipped by 18 months", "the
    // deadline was extended by two weeks" after "began in June 2021" starts no period of its own)
    if (qfirst > 0 && is_lit(t[qfirst - 1].lc, "by")) {
      published();
      return;
    }
    // an earlier level's own phrase: "now takes 40 to 60 days, up from 30 to 35 days in March"
    if (own_level_phrase && best) {
      c.date = best->value;
      c.basis = best->basis;
      return;
    }
    // A length set before a plural noun ("on three-year visas since January", "two-week shifts")
    // is the term of each of many things, not one period: no start or end bounds it.
    bool const per_item = t[qlast].lc.find('-') != std::string_view::npos && qlast + 1 < t.size() && t[qlast + 1].word &&
                          !t[qlast + 1].pred && !t[qlast + 1].low_pred && !function_words.count(t[qlast + 1].lc) &&
                          t[qlast + 1].lc.size() > 3 && ends_lit(t[qlast + 1].lc, "s") && singular(t[qlast + 1].lc) != t[qlast + 1].lc;
    cand const* start = nullptr;
    auto explicit_day_or_month = [](cand const& k) {
      return (k.value.size() == 10 || k.value.size() == 7) && k.basis == date_basis::explicit_date;
    };
    auto near = [&](cand const& k) {
      std::size_t d = k.pos > qpos ? k.pos - qpos : qpos - k.pos;
      return d < 120;
    };
    // a start verb right before the phrase: "began in", "was declared on", "started", "began on
    // the evening of"
    // (or an end verb: "and ended on January 30", with `end`)
    auto after_period_verb = [&](cand const& k, bool end) {
      std::size_t i = k.tok;
      for (std::size_t n = 0; i > 0 && n < 7; ++n, --i) {
        auto const& w = t[i - 1].lc;
        if (!t[i - 1].word) return false;
        if (end ? period_verbs.count(w) && !period_starts.count(w) : period_starts.count(w)) return true;
        if (w != "on" && w != "in" && w != "was" && w != "were" && w != "been" && w != "had" && w != "has" &&
            !(n < 3 && (w == "of" || w == "the" || day_parts.count(w))))
          return false;
      }
      return false;
    };
    // A month with its year in a clause that starts the period, the clause's own verb between:
    // "since ground was broken in March 2023", "Since it began operating in March 2024", "began
    // when the first buses arrived in June 2021" (a "since" or a start verb's "when" or -ing form
    // within ten words before the date, no punctuation between)
    auto start_clause = [&](cand const& k) {
      for (std::size_t j = k.tok, n = 0; j > 0 && n < 10; --j, ++n) {
        auto const& w = t[j - 1];
        if (!w.word) return false;
        if (is_lit(w.lc, "since")) return n > 0;  // (a clause: "since February 2016" alone is no start here)
        if (j >= 2 && period_starts.count(t[j - 2].lc) && (is_lit(w.lc, "when") || (n > 0 && ends_lit(w.lc, "ing"))))
          return true;
      }
      return false;
    };
    for (auto const& k : cands) {
      if (per_item) break;
      if (!explicit_day_or_month(k) || !near(k)) continue;
      bool const verb = after_period_verb(k, false);
      if (!k.year_written) {
        // "The strike, which began on September 14, ended on Friday after seven weeks": the
        // start in a relative clause on the sentence's subject, before the duration
        if (verb && k.pos < qpos) {
          std::size_t v = k.tok;
          while (v > 0 && k.tok - v < 7 && !period_starts.count(t[v - 1].lc)) --v;  // (after_period_verb found it)
          // (or "that" right after the subject that opens the sentence, the duration after the
          // main clause's verb: "The cold snap that began on March 2 ended on Sunday after more
          // than five weeks"; "The strike that began in May with a 24-hour walkout" is no length of it)
          // (the main clause: a verb, or a day phrase of its own, between)
          bool main_verb = std::any_of(cands.begin(), cands.end(), [&](cand const& o) { return o.tok > k.last_tok && o.tok < qfirst; });
          for (std::size_t j = k.last_tok + 1; j < qfirst && !main_verb; ++j)
            main_verb = t[j].word && (t[j].pred || verb_form(t, j));
          if (v >= 3 && period_starts.count(t[v - 1].lc) && (t[v - 2].lc == "which" || t[v - 2].lc == "that") &&
              (t[v - 3].lc == "," || (t[v - 2].lc == "that" && v <= 5 && t[0].lc == "the" && main_verb)))
            start = &k;
          continue;
        }
        // (or "from" or "since" right after the period's noun: "a 48-hour strike from June 23",
        // "the 11-week shutdown since April 28")
        if ((verb || k.from || k.since) && k.pos > qpos && qlast + 1 < t.size()) {
          // the clause runs from the duration's noun to the verb without a break
          bool clause = true;
          // (", which" after the noun too: "during the three-week operation, which began on March 12")
          for (std::size_t j = qlast + 1; j < t.size() && t[j].start < k.pos && clause; ++j)
            clause = (t[j].word && t[j].lc != "and" && t[j].lc != "but") ||
                     (t[j].lc == "," && j + 1 < t.size() && t[j + 1].lc == "which" && j <= qlast + 3);
          if (clause) start = &k;
        }
        continue;
      }
      // (a month with its year after a start verb: "The 14-month drought, which began in May 2025")
      if ((k.value.size() == 10 && (k.since || verb || k.pos < qpos)) ||
          (k.value.size() == 7 && (verb || start_clause(k))))
        start = &k;
    }
    if (start && pub) {
      c.date = start->value;
      c.basis = start->basis;
      // The period runs to the day the sentence tells of ("a seven-day truce that began on
      // Nov. 24 expired on Friday") when that day is after the start, else to publication.
      // (not the day someone said so: "has lasted 12 days since it struck ... on May 4, and
      // salvage crews said on Thursday")
      c.date_end = iso_of(*pub);
      if (best && best != start && !best->speech && best->value.size() == 10 && best->value > start->value &&
          best->value < c.date_end)
        c.date_end = best->value;
      // (or to the day an end verb gives: "which began on January 24 and ended on January 30";
      // or the day a "from" start runs to: "which ran from June 30 to July 29")
      auto run_to = [&](cand const& k) {
        return start->from && k.tok > start->last_tok && k.tok <= start->last_tok + 2 &&
               (is_lit(t[k.tok - 1].lc, "to") || is_lit(t[k.tok - 1].lc, "until") || is_lit(t[k.tok - 1].lc, "through"));
      };
      for (auto const& k : cands)
        if (k.pos > start->pos && k.value.size() == 10 && k.value > start->value && k.value < iso_of(*pub) &&
            (after_period_verb(k, true) || run_to(k)))
          c.date_end = k.value;
      return;
    }
    // "The bridge closed to traffic on March 3, 2025. The 20-month closure has cost ...": a
    // length told as a fact in a sentence with no date phrase, right after a sentence of its
    // paragraph whose period started on a day with its year (period_start_of), covers the
    // period from that day to publication (docs/corpus.md, a duration dated by its start)
    if (pub && cands.empty() && previous_start && !previous_start->empty() && c.mod == modality::asserted && !per_item) {
      c.date = *previous_start;
      c.basis = date_basis::explicit_date;
      c.date_end = iso_of(*pub);
      return;
    }
    // A period an act sets going on a day of its clause starts that day: "declared a 30-day
    // emergency on Monday", "closed the border on Thursday for 10 days", "went on strike for 72
    // hours on Monday" (the nearest day phrase within twelve tokens with no punctuation between:
    // after a planned duration, or either side of one after "for"; "on Wednesday approved a
    // nine-month arrangement" tells the act, the arrangement is as of publication).
    bool const for_ = qfirst > 0 && t[qfirst - 1].lc == "for";
    if (pub && (c.mod == modality::planned || for_)) {
      cand const* day = nullptr;
      std::size_t day_d = 13;
      for (auto const& k : cands) {
        if (k.since || k.value.size() != 10 || k.basis != date_basis::relative || (k.tok < qfirst && !for_)) continue;
        std::size_t const lo = k.tok < qfirst ? k.last_tok + 1 : qlast + 1, hi = k.tok < qfirst ? qfirst : k.tok;
        bool plain = hi >= lo && hi - lo < day_d;
        for (std::size_t j = lo; j < hi && plain; ++j) plain = t[j].word;
        if (plain) {
          day = &k;
          day_d = hi - lo;
        }
      }
      if (day) {
        c.date = day->value;
        c.basis = day->basis;
        return;
      }
    }
    published();
    return;
  }
  // (a standing row starts at a word of standing_firsts: a sentence without one has none)
  if ((may_hold(si, standing_firsts.bit) && standing_figure(t, qfirst, qlast)) || compound_modifier(c.q, si.text)) {
    published();
    return;
  }
  // (an earlier level's own phrase dates a past level, whatever the tense of the change: "has
  // pledged €35 million, up from €20 million on Thursday")
  if ((best || speech) && !own_level_phrase) {  // (with neither, best = speech changes nothing)
    read_tense();
    if (present) best = speech;
    // a figure's own perfect counts up to the telling, not to the time of a clause before it:
    // "reached 182,000 at the end of May, and more than 40,000 ... have waited over a year"
    // (a phrase after it still dates it: "33,207 have been killed, the ministry said on Monday")
    else if (own_perfect && best && best->end <= qpos) best = speech;
    // ... nor to the time of a clause after it ("Three crew have been hurt, and a pilot was killed
    // on July 2", "Two people have died this season: a hiker who fell in May", "which 4,500
    // pupils have registered for, are due on June 3": sets 5 and 11)
    else if (own_perfect && best && !best->speech && best->pos >= qend) {
      for (std::size_t j = qlast + 1; j < best->tok && j + 1 < t.size(); ++j) {
        auto const& w = t[j].lc;
        auto const& next = t[j + 1].lc;
        if (w == ";" || w == ":" ||
            (w == "," && (next == "and" || next == "but" || next == "while" || attribution_aux.count(t[j + 1]))) ||
            (t[j].word && (w == "who" || w == "whose" || w == "which" || w == "when") && j > qlast + 1)) {
          best = speech;
          break;
        }
      }
    }
  }
  if (held_since) best = held_since;
  // "Rents rose 6.8% in the year to May. A year earlier the average stood at €1,161": a sentence
  // that opens counting back, with no date before the phrase, counts from its paragraph's frame
  if (best && best->years_back && best->tok <= 1 && !frame.value.empty() && !frame.event) {
    c.date = years_before(frame.value, best->years_back);
    c.basis = best->basis;
    return;
  }
  // A plan is dated by the time it names ("next year", "in April"), not by when it was told,
  // except by the day of its telling when that day is before publication ("said on Thursday it
  // would cut 2,300 jobs" in Friday's paper is Thursday's plan: sets 3, 5, 8, 9 and 10 date it so;
  // told on the publication day it stays `published`, which the corpus gold keeps).
  if (best && c.mod == modality::planned && best->basis != date_basis::explicit_date && best->value.size() == 10 &&
      !(best->speech && best->basis == date_basis::relative && pub && best->value != iso_of(*pub)))
    best = nullptr;
  // A hypothetical ("could reach 18,000", "if demand stays high") is what someone thinks might
  // happen: it is as of its telling, the day its sentence says it was said, else publication,
  // never a time its condition or target names ("could close by August", "if the heat lasts
  // into September") nor the frame of the sentence before (docs/corpus.md date).
  // Two phrases stay the figure's: its own time written right after it ("a further £10,000 in
  // January if demand stays high": when the sum would come, not a deadline or a condition's
  // time), and a past month or year counted back ("up from nine the year before", "paid ...
  // last year"), which a hypothetical does not name: there the modality is the doubtful reading.
  bool const own_time = best && !best->speech && best->basis == date_basis::explicit_date && best->tok == qlast + 2 &&
                        t[qlast + 1].lc == "in";
  bool const past_period = best && !best->speech && best->basis == date_basis::relative && best->value.size() < 10 &&
                           pub && std::string_view(best->value) < std::string_view(iso_of(*pub)).substr(0, best->value.size());
  // (nor an earlier level, "up from nine", which make_claims tells as a fact afterwards)
  if (c.mod == modality::hypothetical && !own_time && !past_period && !earlier_level_told(t, qfirst)) {
    if (speech) {
      c.date = speech->value;
      c.basis = speech->basis;
    } else {
      published();
    }
    return;
  }
  if (best) {
    c.date = best->value;
    c.basis = best->basis;
    return;
  }
  // "That is nearly half of the chamber": a sentence that restates the previous one's figure
  // ("That is", "This was" right before it) shares its time, whatever its tense.
  {
    std::size_t f = 0;
    while (f < t.size() && !t[f].word) ++f;
    bool restates = f + 1 < t.size() && (t[f].lc == "that" || t[f].lc == "this") &&
                    (t[f + 1].lc == "is" || t[f + 1].lc == "was") && qfirst > f + 1 && qfirst <= f + 4;
    if (restates && !frame.value.empty() && c.mod == modality::asserted) {
      c.date = frame.value;
      c.basis = frame.basis;
      return;
    }
  }
  // The frame continues a report or a narrative in the past: not a new speaker's ("..., local
  // officials said"), nor a present or perfect tense ("Gaza is home to", "have died").
  // (perfect: read above)
  bool new_speaker = !frame.event && !own_speaker.empty() && own_speaker != frame.speaker;
  // A plan or forecast continues a month or a year ("Economists had expected 8.8%" after
  // "inflation reached 9.1% in June"), not a day.
  // (will: "will" or "shall" among the 12 tokens before the figure, read above)
  // A demand or offer is as of its telling too, like a plan ("his party wanted at least three
  // posts" after "Sunday's election").
  // (asked only where the frame is a day, after the cheap tests: `demanded` looks its verb up)
  auto plan_ok_mod = [&] { return frame.value.size() < 10 || (c.mod != modality::planned && !demanded(t, c)); };  // (and !will)
  // "About 642 million people voted ... over six weeks of polling": a figure that covers a span
  // the sentence names is no day's, as of publication (the span is no date phrase of its own).
  auto spanned = [&] {
    // (only the few figures next to this one: a sentence of thousands of figures stays linear)
    auto const at = std::partition_point(figures.begin(), figures.end(), [&](byte_span const& f) {
      return f.start < qpos;
    });
    auto const from = at - std::min<std::ptrdiff_t>(at - figures.begin(), 6);
    for (auto it = from; it != figures.end() && it - at < 6; ++it) {
      auto const& f = *it;
      if (f.start == qpos) continue;
      auto const fl = token_at(t, f.end > 0 ? f.end - 1 : f.start);
      if (fl >= t.size()) continue;
      auto const& unit = t[fl].lc;
      bool span_unit = starts_lit(unit, "hour") || starts_lit(unit, "day") || starts_lit(unit, "week") ||
                       starts_lit(unit, "month") || starts_lit(unit, "year") || ends_lit(unit, "-day") ||
                       ends_lit(unit, "-week") || ends_lit(unit, "-month") || ends_lit(unit, "-year");
      if (!span_unit) continue;  // (the figure's first token only for a unit of time)
      auto const fb = token_at(t, f.start);
      std::size_t p = fb;
      while (p > 0 && (t[p - 1].lc == "the" || t[p - 1].lc == "past" || t[p - 1].lc == "last" || t[p - 1].lc == "previous")) --p;
      if (span_unit && p > 0 && (t[p - 1].lc == "over" || t[p - 1].lc == "during" || t[p - 1].lc == "across"))
        return true;
    }
    return false;
  };
  // (the tests without the tense first, then the tense: the same conjunction)
  // ("Of those, 17 have shut", "Among them, ...": a part of the count the sentence before told,
  // named by a pronoun, continues that report, whatever its tense; not a fronted whole of its
  // own, "Of the 2,300 owners who have applied, 640 have been paid")
  if (!frame.value.empty() && plan_ok_mod() && !new_speaker &&
      !(frame.event && c.predicate_span.end == c.predicate_span.start) &&
      (read_tense(), !will && ((!present && !perfect) || pronoun_partitive(t, true))) && !spanned()) {
    c.date = frame.value;
    c.basis = frame.basis;
    return;
  }
  // "The approval released about $3.3 billion", "The arrangement is worth ...", "weakened by
  // more than 1% after the decision": a sentence without a date phrase that names the lede's act
  // again ("the" + grammars/event_anaphors.tsv) states what that act did, on its day.
  if (!lede_act.value.empty() && cands.empty() && c.mod == modality::asserted) {
    // (the actor or its possessive, "the council's": compared in place, no string per "the")
    std::string_view const actor = lede_act.speaker;
    auto names_actor = [&](folded_view const& w) {
      return !actor.empty() && (w == actor || (w.size() == actor.size() + 2 && w.ends_with("'s") && w.starts_with(actor)));
    };
    // (a sentence with no word of event_anaphors and no actor to name has none)
    if (!actor.empty() || may_hold(si, event_anaphors.bit))
      for (std::size_t i = qfirst > 40 ? qfirst - 40 : 0; i + 1 < t.size() && i < qlast + 40; ++i)
        if (t[i].lc == "the" && t[i + 1].word && (event_anaphors.count(t[i + 1].lc) || names_actor(t[i + 1].lc))) {
          c.date = lede_act.value;
          c.basis = lede_act.basis;
          return;
        }
  }
  published();
}

// A count written as a compound modifier ("a 15-member council", "a two-dose vaccine"): it
// describes the thing (its size, a standing fact), it does not count events.
// (a qualifier written after the figure is none: "500-plus police", "40-odd";
// postfix_qualifiers.tsv)
// (`article`: the article's text; q.text is left empty there, see extract's parse)
// (the text of a count that holds a hyphen: compound_modifier, inline, rejects the others)
bool extractor::impl::compound_tail(std::string_view text) const {
  auto const d = text.rfind('-');
  if (d == std::string_view::npos || d + 1 >= text.size()) return false;
  auto const tail = text.substr(d + 1);
  if (!std::all_of(tail.begin(), tail.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }))
    return false;
  // (letters only: folding lowercases them; into a buffer kept from call to call)
  thread_local std::string lc;
  lc.assign(tail);
  for (auto& ch : lc)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return !number_words.count(std::string_view(lc)) && !hyphen_qualifiers.count(std::string_view(lc));
}

bool extractor::impl::standing_figure(token_span t, std::size_t qfirst, std::size_t qlast) const {
  // (first: whether a row can start at token i, inline; then the rows)
  auto first = [&](std::size_t i) { return t[i].word && standing_firsts.count(t[i].lc); };
  auto rows_at = [&](std::vector<std::vector<std::string>> const& list, std::size_t i) {
    for (auto const& w : list) {
      bool m = !w.empty() && i + w.size() <= t.size();
      for (std::size_t k = 0; k < w.size() && m; ++k) m = t[i + k].word && t[i + k].lc == w[k];
      if (m) return true;
    }
    return false;
  };
  auto any_at = [&](std::vector<std::vector<std::string>> const& list, std::size_t i) { return first(i) && rows_at(list, i); };
  // "the 272 needed", "a 2% inflation target" (one word may stand between)
  for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 2 && t[i].word; ++i)
    if (first(i) && rows_at(norm_after, i)) return true;
  // "needs a minimum of 201", "need 272"
  for (std::size_t i = qfirst; i > 0 && qfirst - i < 3 && t[i - 1].word; --i)
    if (first(i - 1) && rows_at(norm_before, i - 1)) return true;
  // the whole of a share: "of [the] [country's] N <population>", "population of N"
  std::size_t b = qfirst;
  while (b > 0 && qfirst - b < 3 && t[b - 1].word && (determiners.count(t[b - 1].lc) || ends_lit(t[b - 1].lc, "'s")) &&
         t[b - 1].lc != "of")
    --b;
  // (not "a total of 150,000 residents": a count, not the whole of a share)
  if (b > 0 && t[b - 1].lc == "of" && !(b > 1 && t[b - 2].lc == "total")) {
    if (b > 1 && any_at(population_nouns, b - 2)) return true;
    for (std::size_t i = qlast + 1; i < t.size() && i <= qlast + 2 && t[i].word; ++i)
      if (any_at(population_nouns, i)) return true;
  }
  return false;
}

void extractor::impl::update_frame(date_frame& frame, std::vector<date_cand> const& cands, claims_view local,
                                   std::string const& speaker, ymd const* pub) {
  // a plan's or a future date is no frame for what happened ("will end ... on May 11")
  // (publication's ISO date as the view of iso_of's kept string, compared as views: no string per test)
  std::string_view const today = pub ? std::string_view(iso_of(*pub)) : std::string_view();
  auto past = [&](std::string const& v) { return today.empty() || std::string_view(v) <= today.substr(0, v.size()); };
  // the sentence's first figure carries its time frame (a later one may be an earlier level)
  for (auto const& c : local) {
    if (c.q.kind == quantity_kind::duration) continue;
    if (c.basis != date_basis::published && c.mod != modality::planned && !c.date.empty() && past(c.date)) {
      frame = {c.date, c.basis, speaker};
      return;
    }
    break;
  }
  for (auto const& k : cands) {
    if (k.since || k.attributive || k.value.size() != 10 || k.basis == date_basis::published || !past(k.value)) continue;
    frame = {k.value, k.basis, speaker};
    return;
  }
  // a date phrase that is only a period's start ("the lowest since 2001") leaves the frame
  if (std::any_of(cands.begin(), cands.end(), [](date_cand const& k) { return !k.since; }) && !frame.event) frame = {};
  // "The inspectorate said tests run on Monday found lead ... Dalmar, which runs the works, said
  // it had closed the wells. It said 14 staff were sent home": another speaker's report without a
  // day of its own ends the day's report (its sentence was not dated by the frame either)
  else if (cands.empty() && !frame.event && !speaker.empty() && !frame.speaker.empty() && speaker != frame.speaker)
    frame = {};
}

}  // namespace claimcheck::claims
