#include "news_gen.hpp"

#include <array>
#include <charconv>
#include <cstdio>

namespace claimcheck::bench {
namespace {

// Sentence templates, written for this generator. Slots:
//   {Q} qualified count      {N} bare count (grouped digits)   {n} small count, often in words
//   {B} magnitude count      {M} money                         {P} percentage
//   {F} fraction phrase      {R} range                         {D} duration
//   {DATE} full date         {WK} weekday                      {MON} month name
//   {Y} year                 {ORD} ordinal                     {A} attribution source
//   {PL} place               {NAME} person                     {ROLE} job title
//   {X} decimal (magnitude of a quake, rate)
constexpr std::string_view templates[] = {
    // conflict
    "{Q} people have been killed in {PL} since {DATE}, {A} said.",
    "{A} said {Q} civilians were wounded on {WK}, including {n} children.",
    "Of the {N} hostages seized on {DATE}, {N} are still being held, according to {A}.",
    "{Q} hostages were freed in the first exchange, while {Q} remain in captivity.",
    "The army said {Q} soldiers had died since the ground operation began {D} ago.",
    "{F} of the {B} residents of {PL} have left their homes, {A} estimates.",
    "{A} reported {N} deaths in the past {n} hours, bringing the total to {Q}.",
    "At least {N} of the dead were children and {N} were women, {A} said.",
    "Some {B} people, or {P} of the population, are now displaced, {A} said on {WK}.",
    "Between {N} and {N} fighters are thought to be hiding in the tunnels, {A} said.",
    "A further {N} people were injured, taking the number of wounded to {Q}.",
    "Since {DATE}, {Q} aid trucks have crossed, against {N} a day before the fighting, {A} said.",
    "The truce, which took effect on {DATE}, was extended by {D}.",
    "Of {N} schools in {PL}, {N} have been damaged and {n} destroyed, {A} said.",
    "{A} put the death toll at {N}, of whom {N} were identified by {WK} night.",
    // disaster
    "The {ORD} earthquake to strike {PL} this year, a magnitude {X} tremor, killed {Q} people and destroyed {N} homes.",
    "Rescuers pulled {n} survivors from the rubble on {WK}, {D} after the quake.",
    "Floodwater covered {P} of the district, and {Q} families were moved to shelters.",
    "{Q} people are still missing, down from {N} on {WK}, {A} said.",
    "Rainfall reached {N} millimetres in {n} hours, the heaviest since {Y}.",
    "The fire has burned {N} hectares, an area about {n} times the size of {PL}.",
    // economy
    "Inflation eased to {P} in {MON} from {P} a month earlier, {A} said.",
    "The company will cut {Q} jobs, roughly {P} of its {N} staff.",
    "Revenue rose {P} to {M} in the {ORD} quarter, while profit fell to {M}.",
    "The government plans to spend {M} over {D} on roads, schools and clinics.",
    "Exports were worth {M} last year, up from {M} in {Y}.",
    "Unemployment stood at {P}, with {B} people out of work.",
    "Shares fell as much as {P} on {WK} before closing {P} lower.",
    "The central bank raised its main rate by {n} basis points to {P}, its {ORD} increase since {Y}.",
    "Food prices have climbed by {F} since {MON} {Y}, {A} said.",
    "The strike lasted {D} and cost the economy {M}, {A} estimated.",
    "Workers will get a {P} raise spread over {D}, plus a one-off payment of {M}.",
    "The fund has raised {M} of the {M} it is seeking, or about {P}.",
    "Sales of {R} units a month would be needed to break even, the company said.",
    // health
    "Hospitals recorded {Q} new cases on {WK}, the most since {DATE}.",
    "{Q} patients are in intensive care, and {n} of them need ventilators.",
    "Only {P} of adults have had a booster, compared with {P} of people over {n}.",
    "{F} of the {N} beds in the region's hospitals are occupied, {A} said.",
    "One in {n} children under {n} is acutely malnourished, {A} warned.",
    "The outbreak has infected {Q} people in {D}, and {N} have died.",
    // elections
    "Turnout was {P}, up from {P} in {Y}.",
    "The party took {N} of the {N} seats, {n} more than it needs to govern alone.",
    "With {P} of ballots counted, the incumbent was ahead by {B} votes.",
    "{Q} voters cast their ballots early, {A} said.",
    // migration
    "{Q} migrants crossed the sea in small boats in {MON}, {A} said.",
    "Asylum claims rose to {N} in the year to {MON}, an increase of {P}.",
    "The camp, designed for {N} people, now shelters {Q}.",
    // quotes and mixed
    "\"We have counted {Q} bodies so far,\" said {NAME}, a {ROLE} in {PL}. \"The real figure is far higher.\"",
    "{NAME} told reporters that \"{Q} trucks\" had arrived on {WK}, though {A} put the number at {N}.",
    "\"{F} of our staff have not been paid for {D},\" {NAME}, a {ROLE}, said.",
    "Police detained {Q} people, and {n} officers were hurt, {A} said late on {WK}.",
    "The bridge, which carries {Q} vehicles a day, will be shut for {D}.",
    "Organisers said {R} people gathered in the square on {WK}, while police counted {N}.",
    "The trial of {n} defendants is expected to last {D}; {N} witnesses are due to testify.",
    // dense tallies
    "The latest tally: {N} dead, {N} injured and {Q} missing, {A} said on {DATE}.",
    "Prices rose {P} in {Y}, {P} in {Y} and {P} so far this year.",
    "{Q} homes were damaged, {N} of them beyond repair, and {N} people lost power for {D}.",
    "Of the {N} people tested, {N} were positive, a rate of {P}.",
    "The budget of {M} includes {M} for defence and {M} for health, up {P}.",
    "Casualties rose from {N} to {N} in {D}, {A} said.",
    "{Q} people, including {N} children and {N} women, have been evacuated since {DATE}.",
    "The {ORD} convoy carried {N} tonnes of flour, {N} of rice and {N} litres of fuel.",
};

constexpr std::string_view title_templates[] = {
    "{Q} killed in {PL} as fighting spreads",
    "Toll in {PL} rises to {N}, {A} says on {WK}",
    "Inflation falls to {P} in {MON}",
    "{Q} evacuated after floods in {PL}",
    "Company to cut {N} jobs",
    "Turnout hits {P} in {PL} vote",
    "{N} hostages still held after {D}",
};

constexpr std::string_view qualifiers[] = {
    "about",       "around",   "roughly",  "more than",  "over",    "nearly",       "almost",
    "some",        "at least", "up to",    "fewer than", "less than", "an estimated", "approximately",
    "close to",    "as many as", "at most", "exactly",   "just over", "just under",  "well over",
};

constexpr std::string_view fractions[] = {
    "half",          "nearly half",  "more than half", "a third", "about a third", "two-thirds",
    "a quarter",     "three-quarters", "almost a fifth", "a tenth", "one in five", "one in three",
    "more than a third", "roughly half",
};

constexpr std::string_view sources[] = {
    "the health ministry", "the interior ministry", "the UN refugee agency", "local officials",
    "police",              "the central bank",      "the statistics office", "the army",
    "a government spokesman", "the electoral commission", "the World Health Organization",
    "aid groups",          "the mayor's office",    "hospital officials",    "the company",
    "the civil defence agency", "the coast guard",  "the union",             "the finance ministry",
};

constexpr std::string_view places[] = {
    "Valdoria", "Port Senna", "the Eastern District", "Marlow County", "the capital",
    "Kessel",   "the northern province", "Brannock", "the coastal strip", "Oskar Bay",
    "Lindgrove", "the border region",
};

constexpr std::string_view names[] = {
    "Amira Haddad", "Tomas Berg", "Lena Okafor", "Rafael Ortiz", "Mei Tanaka", "Jonas Weber",
    "Sara Mbeki",   "Daniel Cho", "Nadia Rahman", "Pieter de Vries",
};

constexpr std::string_view roles[] = {
    "doctor", "nurse", "spokeswoman", "spokesman", "local councillor", "rescue worker",
    "teacher", "union leader", "aid worker", "police officer",
};

constexpr std::string_view outlets[] = {
    "Harbor Daily", "The Meridian", "Northgate Post", "Coastline Wire", "The Evening Ledger",
    "Riverside Chronicle", "Capital Dispatch", "Global Newsdesk",
};

constexpr std::string_view weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
constexpr std::string_view months[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr std::string_view month_abbrevs[] = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                              "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
constexpr std::string_view ones[] = {"zero",    "one",     "two",       "three",    "four",
                                     "five",    "six",     "seven",     "eight",    "nine",
                                     "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                     "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::string_view tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::string_view ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh"};
constexpr std::string_view scales[] = {"million", "million", "million", "thousand", "billion"};
constexpr std::string_view duration_units[] = {"days", "weeks", "months", "years", "hours"};

void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_grouped(std::string& out, std::uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  auto len = static_cast<std::size_t>(r.ptr - buf);
  for (std::size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out.push_back(',');
    out.push_back(buf[i]);
  }
}

void append_words(std::string& out, std::uint64_t v) {  // 0..999
  if (v >= 100) {
    out += ones[v / 100];
    out += " hundred";
    if (v % 100 == 0) return;
    out += " and ";
    v %= 100;
  }
  if (v < 20) {
    out += ones[v];
  } else {
    out += tens[v / 10];
    if (v % 10) {
      out.push_back('-');
      out += ones[v % 10];
    }
  }
}

void append_decimal(std::string& out, std::uint64_t tenths) {  // 23 -> "2.3", 20 -> "2"
  append_uint(out, tenths / 10);
  if (tenths % 10) {
    out.push_back('.');
    out.push_back(static_cast<char>('0' + tenths % 10));
  }
}

}  // namespace

news_generator::news_generator(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull) {}

std::uint64_t news_generator::next_u64() {  // splitmix64
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t news_generator::below(std::uint64_t n) { return n ? next_u64() % n : 0; }

std::uint64_t news_generator::log_uniform(std::uint64_t lo, std::uint64_t hi) {
  // Pick a decade, then a value in it: news numbers spread over orders of magnitude.
  std::uint64_t a = lo;
  std::uint64_t decades = 0;
  for (std::uint64_t x = lo; x < hi; x *= 10) ++decades;
  std::uint64_t d = below(decades ? decades : 1);
  for (std::uint64_t i = 0; i < d; ++i) a *= 10;
  std::uint64_t b = std::min(hi, a * 10);
  return a + below(b - a + 1);
}

void news_generator::count(std::string& out, std::uint64_t lo, std::uint64_t hi) {
  std::uint64_t v = log_uniform(lo, hi);
  if (v < 100 && chance(25)) {
    append_words(out, v);
  } else if (v >= 1000 && chance(8)) {
    append_uint(out, v);  // "1200" without a separator happens too
  } else {
    append_grouped(out, v);
  }
}

void news_generator::small(std::string& out) {
  std::uint64_t v = 2 + below(98);
  if (chance(40)) {
    append_words(out, v);
  } else {
    append_uint(out, v);
  }
}

void news_generator::magnitude(std::string& out, bool billions) {
  std::uint64_t tenths = 11 + below(989);
  append_decimal(out, tenths);
  out.push_back(' ');
  out += scales[below(billions ? std::size(scales) : std::size(scales) - 1)];
}

void news_generator::money(std::string& out) {
  switch (below(6)) {
    case 0:
      out += "$";
      append_decimal(out, 11 + below(489));
      out += chance(50) ? "bn" : "m";
      break;
    case 1:
      out += "\xE2\x82\xAC";  // euro sign
      append_decimal(out, 11 + below(989));
      out += chance(50) ? " million" : " billion";
      break;
    case 2:
      out += "\xC2\xA3";  // pound sign
      append_uint(out, 2 + below(900));
      out += "m";
      break;
    case 3:
      out += "$";
      append_grouped(out, log_uniform(100, 9'000'000));
      break;
    case 4:
      append_decimal(out, 11 + below(289));
      out += " billion dollars";
      break;
    default:
      append_grouped(out, log_uniform(1000, 900'000));
      out += " euros";
      break;
  }
}

void news_generator::percent(std::string& out) {
  std::uint64_t tenths = 1 + below(999);
  append_decimal(out, tenths);
  switch (below(4)) {
    case 0: out += " percent"; break;
    case 1: out += " per cent"; break;
    default: out += "%"; break;
  }
}

void news_generator::duration(std::string& out) {
  if (chance(15)) {
    out += chance(50) ? "a year" : "two weeks";
    return;
  }
  small(out);
  out.push_back(' ');
  out += pick(duration_units);
}

void news_generator::full_date(std::string& out) {
  std::uint64_t m = below(12), d = 1 + below(28), y = 2019 + below(6);
  switch (below(4)) {
    case 0:  // October 7, 2023
      out += months[m];
      out.push_back(' ');
      append_uint(out, d);
      out += ", ";
      append_uint(out, y);
      break;
    case 1:  // 7 October 2023
      append_uint(out, d);
      out.push_back(' ');
      out += months[m];
      out.push_back(' ');
      append_uint(out, y);
      break;
    case 2:  // Oct. 7
      out += month_abbrevs[m];
      out.push_back(' ');
      append_uint(out, d);
      break;
    default:  // October 7
      out += months[m];
      out.push_back(' ');
      append_uint(out, d);
      break;
  }
}

void news_generator::slot(std::string& out, std::string_view key) {
  bool numeric = true;
  if (key == "Q") {
    if (chance(70)) {
      out += pick(qualifiers);
      out.push_back(' ');
    }
    if (chance(15)) {
      magnitude(out, false);
    } else {
      count(out, 2, 500'000);
    }
  } else if (key == "N") {
    count(out, 2, 90'000);
  } else if (key == "n") {
    small(out);
  } else if (key == "B") {
    if (chance(60)) {
      magnitude(out, true);
    } else {
      append_grouped(out, log_uniform(1000, 9'000'000));
    }
  } else if (key == "M") {
    money(out);
  } else if (key == "P") {
    percent(out);
  } else if (key == "F") {
    out += pick(fractions);  // a quantity of kind fraction
  } else if (key == "R") {
    std::uint64_t a = log_uniform(10, 50'000);
    std::uint64_t b = a + 1 + below(a);
    switch (below(3)) {
      case 0: out += "between "; append_grouped(out, a); out += " and "; append_grouped(out, b); break;
      case 1: append_grouped(out, a); out += " to "; append_grouped(out, b); break;
      default: append_grouped(out, a); out += "-"; append_grouped(out, b); break;
    }
  } else if (key == "D") {
    duration(out);
  } else if (key == "DATE") {
    full_date(out);
  } else if (key == "X") {
    append_uint(out, 3 + below(6));
    out.push_back('.');
    append_uint(out, below(10));
  } else if (key == "Y") {
    append_uint(out, 2000 + below(24));
  } else {
    numeric = false;
    if (key == "WK") {
      out += pick(weekdays);
    } else if (key == "MON") {
      out += pick(months);
    } else if (key == "ORD") {
      out += pick(ordinals);
    } else if (key == "A") {
      out += pick(sources);
    } else if (key == "PL") {
      out += pick(places);
    } else if (key == "NAME") {
      out += pick(names);
    } else if (key == "ROLE") {
      out += pick(roles);
    }
  }
  if (numeric) ++quantities_;
}

void news_generator::expand(std::string& out, std::string_view tmpl) {
  std::size_t first = out.size();
  std::size_t i = 0;
  while (i < tmpl.size()) {
    auto open = tmpl.find('{', i);
    if (open == std::string_view::npos) {
      out.append(tmpl.substr(i));
      break;
    }
    out.append(tmpl.substr(i, open - i));
    auto close = tmpl.find('}', open);
    slot(out, tmpl.substr(open + 1, close - open - 1));
    i = close + 1;
  }
  // A slot at the start of a sentence ("about 300 people ...") is capitalized.
  std::size_t c = first;
  if (c < out.size() && out[c] == '"') ++c;
  if (c < out.size() && out[c] >= 'a' && out[c] <= 'z') out[c] = static_cast<char>(out[c] - 'a' + 'A');
}

void news_generator::sentence(std::string& out) { expand(out, pick(templates)); }

generated_article news_generator::next() {
  generated_article a;
  ++articles_;
  minutes_ += 30 + static_cast<std::int64_t>(below(300));
  // Publication date: days since 2023-10-08 on the proleptic Gregorian calendar.
  static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 2023, m = 9, d = 8;  // m is 0-based
  for (std::int64_t days = minutes_ / (24 * 60); days > 0; --days) {
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);  // 2100 is not a leap year
    int len = month_days[m] + (m == 1 && leap ? 1 : 0);
    if (++d > len) {
      d = 1;
      if (++m == 12) {
        m = 0;
        ++y;
      }
    }
  }
  int hh = static_cast<int>(minutes_ / 60 % 24), mm = static_cast<int>(minutes_ % 60);
  char date[48];
  std::snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:00Z", y, m + 1, d, hh, mm);
  a.published = date;
  a.id = "g";
  a.id += std::to_string(articles_);
  a.source = std::string(pick(outlets));
  a.url = "https://news.example.org/" + std::string(a.published.substr(0, 10)) + "/" + a.id;
  expand(a.title, pick(title_templates));

  std::size_t paragraphs = 2 + below(4);
  for (std::size_t p = 0; p < paragraphs; ++p) {
    if (p) a.text += "\n\n";
    std::size_t sentences = 2 + below(3);
    for (std::size_t s = 0; s < sentences; ++s) {
      if (s) a.text.push_back(' ');
      sentence(a.text);
    }
  }
  return a;
}

void news_generator::append_jsonl(std::string& out, generated_article const& a) {
  auto str = [&](std::string_view s) {
    out.push_back('"');
    for (char c : s) {
      if (c == '"' || c == '\\') {
        out.push_back('\\');
        out.push_back(c);
      } else if (c == '\n') {
        out += "\\n";
      } else {
        out.push_back(c);
      }
    }
    out.push_back('"');
  };
  out += "{\"id\":";
  str(a.id);
  out += ",\"published\":";
  str(a.published);
  out += ",\"source\":";
  str(a.source);
  out += ",\"url\":";
  str(a.url);
  out += ",\"title\":";
  str(a.title);
  out += ",\"text\":";
  str(a.text);
  out += "}\n";
}

std::string generate_text(std::size_t bytes, std::uint64_t seed) {
  news_generator g(seed);
  std::string out;
  out.reserve(bytes + 4096);
  while (out.size() < bytes) {
    if (!out.empty()) out += "\n\n";
    out += g.next().text;
  }
  return out;
}

}  // namespace claimcheck::bench
