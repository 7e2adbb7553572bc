#include "claimcheck/claims/json.hpp"
#include "claimcheck/report/writers.hpp"

#include "report/common.hpp"
#include "report/fixture.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <regex>
#include <set>

namespace {

using namespace claimcheck;
using claimcheck::report_io::format;
namespace json = boost::json;

std::size_t count(std::string const& hay, std::string const& needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

}  // namespace

TEST_CASE("numbers get thousands separators and short decimals", "[report]") {
  using report_io::detail::format_number;
  CHECK(format_number(33207) == "33,207");
  CHECK(format_number(600) == "600");
  CHECK(format_number(1234567.891) == "1,234,567.89");  // the reconciler's messages write the same
  CHECK(format_number(8.509) == "8.51");
  CHECK(format_number(0.3333) == "0.333");
  CHECK(format_number(2.5) == "2.5");
  CHECK(format_number(2.99996) == "3");
  CHECK(format_number(-1500) == "-1,500");
  CHECK(format_number(0) == "0");
  CHECK(format_number(0.0004) == "0.0004");
  quantity q;
  q.value = 600;
  q.lo = 600;
  CHECK(report_io::detail::format_interval(q) == "at least 600");
  q.hi = 700;
  CHECK(report_io::detail::format_interval(q) == "600–700");
  q.kind = quantity_kind::percent;
  q.lo = q.hi = 45;
  CHECK(report_io::detail::format_interval(q) == "45%");
  // Money: the currency first and once, exact millions and billions in words.
  q.kind = quantity_kind::money;
  q.unit = "USD";
  q.lo = q.hi = 3.3e9;
  CHECK(report_io::detail::format_interval(q) == "USD 3.3 billion");
  q.lo = 3.1e9;
  CHECK(report_io::detail::format_interval(q) == "USD 3.1 billion–3.3 billion");
  q.lo = 1234567;
  q.hi = std::nullopt;
  CHECK(report_io::detail::format_interval(q) == "at least USD 1,234,567");
}

TEST_CASE("the last text line counts discrepancies by severity and kind", "[report]") {
  auto r = testing::fixture_report();
  auto text = report_io::render(r, format::text);
  auto last = text.substr(text.rfind('\n', text.size() - 2) + 1);
  CHECK(last == "4 discrepancies: 2 errors, 1 warning, 1 info (contradiction 2, temporal 1, fraction 1)\n");

  r.discrepancies.resize(1);
  CHECK(report_io::detail::summary_line(r) == "1 discrepancy: 1 info (fraction 1)");
  r.discrepancies.clear();
  text = report_io::render(r, format::text);
  CHECK(text.substr(text.rfind('\n', text.size() - 2) + 1) == "no discrepancies\n");
}

TEST_CASE("text groups by subject with the most severe first and marks numbers", "[report]") {
  auto r = testing::fixture_report();
  auto text = report_io::render(r, format::text);
  auto kill = text.find("\npalestinian / kill\n");
  auto hostage = text.find("\nhostage / release\n");
  REQUIRE(kill != std::string::npos);
  REQUIRE(hostage != std::string::npos);
  CHECK(kill < hostage);  // errors before info
  // Inside the group: the temporal error before the contradiction warning.
  CHECK(text.find("[error] temporal 9f2c4e1a7b3d") < text.find("[warning] contradiction 41d0c0ffee12"));
  CHECK(text.find("\"»Some 33,207« Palestinians died between October and April.\"") != std::string::npos);
  CHECK(text.find("likely outlier: a07:2 (Coast Post, 32,900)") != std::string::npos);
  CHECK(text.find("https://example.org/a01") != std::string::npos);
  CHECK(text.find("attribution: Gaza's health ministry said") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);  // no colour, and the article's escapes are gone
}

TEST_CASE("colour marks numbers and never passes the article's escape sequences", "[report]") {
  auto r = testing::fixture_report();
  auto text = report_io::render(r, format::text, {.color = true});
  CHECK(text.find("\x1b[1;4mSome 33,207\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[1;31m[error]\x1b[0m") != std::string::npos);
  CHECK(text.find("\x1b[31mred") == std::string::npos);
  CHECK(text.find("red") != std::string::npos);
}

TEST_CASE("output does not depend on the order of discrepancies", "[report]") {
  auto r = testing::fixture_report();
  std::vector<std::string> first;
  for (auto f : {format::text, format::markdown, format::html, format::sarif}) first.push_back(report_io::render(r, f));
  std::mt19937 rng(7);
  for (int i = 0; i < 5; ++i) {
    std::shuffle(r.discrepancies.begin(), r.discrepancies.end(), rng);
    std::shuffle(r.claims.begin(), r.claims.end(), rng);
    std::size_t k = 0;
    for (auto f : {format::text, format::markdown, format::html, format::sarif}) CHECK(report_io::render(r, f) == first[k++]);
  }
}

TEST_CASE("html escapes every hostile string and links only web urls", "[report]") {
  auto r = testing::fixture_report();
  auto html = report_io::render(r, format::html);
  auto low = lower(html);
  CHECK(low.find("<script") == std::string::npos);
  CHECK(low.find("<img") == std::string::npos);
  CHECK(low.find("<svg onload") == std::string::npos);
  CHECK(low.find("<b onmouseover") == std::string::npos);
  CHECK(low.find("<i>") == std::string::npos);
  CHECK(low.find("href=\"javascript") == std::string::npos);
  CHECK(low.find("href=\" javascript") == std::string::npos);
  // Escaped, therefore shown as text.
  CHECK(html.find("&lt;script&gt;document.title=&#39;PWNED&#39;&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;") !=
        std::string::npos);
  CHECK(html.find("javascript:document.title=&#39;PWNED&#39; (not a web link)") != std::string::npos);
  CHECK(html.find('\x1b') == std::string::npos);
  // Links: exactly the http(s) urls of the quoted claims (a01, a07, a03, a04; not h1, h2).
  CHECK(count(html, "<a href=\"http") == 4);
  CHECK(html.find(R"(<a href="http://example.com/news?id=7&amp;lang=en" rel="noopener noreferrer nofollow">)") !=
        std::string::npos);
  // Self-contained: no external resource of any kind.
  std::regex external(R"((src|href)\s*=\s*"(?!#|https?://example\.(org|com)/))", std::regex::icase);
  CHECK_FALSE(std::regex_search(html, external));
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("html marks the quantity inside its quoted sentence", "[report]") {
  auto html = report_io::render(testing::fixture_report(), format::html);
  CHECK(html.find("<blockquote><mark>Some 33,207</mark> Palestinians died between October and April.</blockquote>") !=
        std::string::npos);
  CHECK(html.find("&lt;a href&gt;") == std::string::npos);
}

TEST_CASE("html draws a timeline for subjects with values at two or more dates", "[report]") {
  auto html = report_io::render(testing::fixture_report(), format::html);
  // palestinian / kill has six dates; people / die has one; hostage / release has one.
  CHECK(count(html, "<svg ") == 1);
  auto svg = html.substr(html.find("<svg "), html.find("</svg>") - html.find("<svg "));
  // Context claims (not flagged) are drawn too: a02, a05, a06 besides the four flagged ones.
  for (auto id : {"a01:3", "a02:1", "a03:1", "a04:1", "a05:1", "a06:1", "a07:2"}) {
    INFO(id);
    CHECK(svg.find(std::string("<title>") + id + " ") != std::string::npos);
  }
  CHECK(svg.find("a09:1") == std::string::npos);  // another subject
  CHECK(count(svg, "r=\"4.5\"") == 7);               // one dot per claim
  CHECK(count(svg, "r=\"8.5\"") == 4);               // flagged rings
  CHECK(count(svg, "r=\"13\"") == 1);                // the likely outlier
  // Axis ticks with thousands separators and dates.
  CHECK(std::regex_search(svg, std::regex(R"(>3\d,\d00</text>)")));
  CHECK(svg.find(">2024-04-") != std::string::npos);
  // Open ends as arrows: a02 (at least), a03 (more than) point up, a06 (no more than) down.
  CHECK(count(svg, "<path d=") == 3);
  // A legend entry per source series.
  CHECK(html.find("gaza health ministry</span>") != std::string::npos);
  CHECK(html.find("Valley Times</span>") != std::string::npos);
}

TEST_CASE("markdown escapes article text and bolds the numbers", "[report]") {
  auto md = report_io::render(testing::fixture_report(), format::markdown);
  CHECK(md.find("> \\*\\*Some 33,207\\*\\*") == std::string::npos);
  CHECK(md.find("  > **Some 33,207** Palestinians died between October and April.") != std::string::npos);
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\<script\\>document.title='PWNED'\\</script\\>") != std::string::npos);
  CHECK(md.find("\\[died\\]\\(javascript:alert\\(1\\)\\)") != std::string::npos);
  CHECK(md.find("\\*\\***12**\\*\\*") != std::string::npos);  // the article's ** escaped, ours kept
  CHECK(md.find("x \\& y") != std::string::npos);
  CHECK(md.find("\\| x") != std::string::npos);
  CHECK(md.find("  > \\- 20 people died") == std::string::npos);  // the quantity splits the sentence...
  CHECK(md.find("  > \\- **20** people died, said \\`someone\\`.") != std::string::npos);  // ...and '-' is escaped
  CHECK(md.find("<http://example.com/news?id=7&lang=en>") != std::string::npos);
  CHECK(md.find("<javascript") == std::string::npos);
  CHECK(md.find("| error | temporal | palestinian / kill |") != std::string::npos);
}

TEST_CASE("json is the contract's report with claims as extract writes them", "[report]") {
  auto r = testing::fixture_report();
  auto out = report_io::render(r, format::json);
  auto v = json::parse(out);
  auto const& o = v.as_object();
  std::vector<std::string> keys;
  for (auto const& kv : o) keys.emplace_back(kv.key());
  CHECK(keys == std::vector<std::string>{"tool", "version", "input", "discrepancies"});
  CHECK(o.at("tool").as_string() == "claimcheck");
  CHECK(o.at("input").as_object().at("articles").as_int64() == 7);
  CHECK(o.at("input").as_object().at("skipped").as_int64() == 1);
  auto const& ds = o.at("discrepancies").as_array();
  REQUIRE(ds.size() == 4);
  std::map<std::string, discrepancy const*> by_id;
  for (auto const& d : r.discrepancies) by_id[d.id] = &d;
  for (auto const& dv : ds) {
    auto const& d = dv.as_object();
    std::vector<std::string> dkeys;
    for (auto const& kv : d) dkeys.emplace_back(kv.key());
    CHECK(dkeys == std::vector<std::string>{"id", "kind", "severity", "subject", "message", "claims", "expected",
                                            "residual", "outlier"});
    auto const* src = by_id.at(std::string(d.at("id").as_string()));
    CHECK(d.at("kind").as_string() == to_string(src->kind));
    CHECK(d.at("severity").as_string() == to_string(src->sev));
    CHECK(d.at("message").as_string() == src->message);
    auto const& cs = d.at("claims").as_array();
    REQUIRE(cs.size() == src->claims.size());
    for (std::size_t i = 0; i < cs.size(); ++i) {
      std::string one;
      claims::append_json(one, src->claims[i]);
      CHECK(json::serialize(cs[i]) == json::serialize(json::parse(one)));
    }
    CHECK(d.at("expected").as_object().contains("lo"));
    CHECK(d.at("expected").as_object().contains("hi"));
  }
  auto const& temporal = ds[3].as_object();  // in the report's own order
  CHECK(temporal.at("id").as_string() == "9f2c4e1a7b3d");
  CHECK(temporal.at("expected").as_object().at("lo").as_int64() == 33207);
  CHECK(temporal.at("expected").as_object().at("hi").is_null());
  CHECK(temporal.at("residual").as_int64() == 307);
  CHECK(temporal.at("outlier").as_string() == "a07:2");
  CHECK(ds[1].as_object().at("outlier").is_null());
  CHECK(ds[1].as_object().at("residual").is_null());
}

TEST_CASE("sarif has the members code scanning requires", "[report]") {
  auto r = testing::fixture_report();
  auto v = json::parse(report_io::render(r, format::sarif));
  auto const& log = v.as_object();
  CHECK(log.at("$schema").as_string() == "https://json.schemastore.org/sarif-2.1.0.json");
  CHECK(log.at("version").as_string() == "2.1.0");
  REQUIRE(log.at("runs").as_array().size() == 1);
  auto const& run = log.at("runs").as_array()[0].as_object();
  auto const& driver = run.at("tool").as_object().at("driver").as_object();
  CHECK(driver.at("name").as_string() == "claimcheck");
  CHECK(driver.at("version").as_string() == "0.1.0");
  // Optional in SARIF; the default build has no home page, so it must be absent, not invented.
  if (auto const* uri = driver.if_contains("informationUri"))
    CHECK(uri->as_string().starts_with("https://"));
  auto const& rules = driver.at("rules").as_array();
  REQUIRE(rules.size() == 6);
  std::vector<std::string> rule_ids;
  for (auto const& rv : rules) {
    auto const& rule = rv.as_object();
    rule_ids.emplace_back(rule.at("id").as_string());
    CHECK_FALSE(rule.at("name").as_string().empty());
    CHECK_FALSE(rule.at("shortDescription").as_object().at("text").as_string().empty());
    CHECK_FALSE(rule.at("fullDescription").as_object().at("text").as_string().empty());
    CHECK_FALSE(rule.at("help").as_object().at("text").as_string().empty());
    auto level = rule.at("defaultConfiguration").as_object().at("level").as_string();
    CHECK((level == "error" || level == "warning" || level == "note"));
  }
  CHECK(rule_ids ==
        std::vector<std::string>{"contradiction", "temporal", "part_whole", "sum", "fraction", "duration"});

  auto const& results = run.at("results").as_array();
  REQUIRE(results.size() == 4);
  std::map<std::string, json::object const*> by_fp;
  for (auto const& rv : results) {
    auto const& res = rv.as_object();
    auto rule = std::string(res.at("ruleId").as_string());
    auto index = res.at("ruleIndex").as_int64();
    CHECK(rule_ids.at(static_cast<std::size_t>(index)) == rule);
    auto level = res.at("level").as_string();
    CHECK((level == "error" || level == "warning" || level == "note"));
    CHECK_FALSE(res.at("message").as_object().at("text").as_string().empty());
    by_fp[std::string(res.at("partialFingerprints").as_object().at("claimcheck/v1").as_string())] = &res;
  }
  CHECK(by_fp.size() == 4);

  // The temporal error: primary location at the outlier (a07, no column: line of the record),
  // the other claim related, at its exact line and column.
  auto const& t = *by_fp.at("9f2c4e1a7b3d");
  CHECK(t.at("level").as_string() == "error");
  auto const& loc = t.at("locations").as_array().at(0).as_object().at("physicalLocation").as_object();
  CHECK(loc.at("artifactLocation").as_object().at("uri").as_string() == "feeds/other.jsonl");
  CHECK(loc.at("region").as_object().at("startLine").as_int64() == 12);
  CHECK(loc.at("region").as_object().at("startColumn").as_int64() == 1);
  auto const& rel = t.at("relatedLocations").as_array().at(0).as_object();
  auto const& rloc = rel.at("physicalLocation").as_object();
  CHECK(rloc.at("artifactLocation").as_object().at("uri").as_string() == "feeds/week.jsonl");
  CHECK(rloc.at("region").as_object().at("startLine").as_int64() == 3);
  CHECK(rloc.at("region").as_object().at("startColumn").as_int64() == 129);

  // A path with a space is a valid URI reference.
  auto const& h = *by_fp.at("0123456789ab");
  auto const& hloc = h.at("locations").as_array().at(0).as_object().at("physicalLocation").as_object();
  CHECK(hloc.at("artifactLocation").as_object().at("uri").as_string() == "feeds/hostile%20feed.jsonl");
  CHECK(hloc.at("region").as_object().at("startLine").as_int64() == 5);  // h2, the outlier

  // Standard input has no file: no location at all rather than a made-up one.
  auto const& f = *by_fp.at("aa00bb11cc22");
  CHECK(f.at("level").as_string() == "note");
  CHECK_FALSE(f.contains("locations"));
  // The contradiction: one claim from "-", one from a file.
  auto const& c = *by_fp.at("41d0c0ffee12");
  CHECK(c.at("locations").as_array().size() == 1);
  CHECK_FALSE(c.contains("relatedLocations"));
}

TEST_CASE("a timeline over orders of magnitude and years uses a log scale and month ticks", "[report]") {
  report r;
  r.version = "0.1.0";
  auto big = testing::make_claim("e1:1", "Harbor Daily", "2022-05-13", "More than 6.2 million deaths.", "6.2 million",
                                 6.2e6, 6.2e6, std::nullopt);
  auto small = testing::make_claim("e2:1", "Coast Wire", "2023-01-12", "Then 77 people died.", "77", 77, 77, 77);
  auto mid = testing::make_claim("e3:1", "Coast Wire", "2023-09-30", "About 11,300 died.", "About 11,300", 11300,
                                 11000, 11500);
  discrepancy d;
  d.id = "e4c1dddb1071";
  d.kind = discrepancy_kind::temporal;
  d.sev = severity::error;
  d.subject = "palestinian / kill";
  d.message = "cumulative count fell";
  d.claims = {big, small};
  r.discrepancies = {d};
  r.claims = {big, small, mid};
  auto html = report_io::render(r, format::html);
  auto svg = html.substr(html.find("<svg "), html.find("</svg>") - html.find("<svg "));
  CHECK(html.find("logarithmic scale") != std::string::npos);
  for (auto tick : {">10</text>", ">100</text>", ">1,000</text>", ">1 million</text>", ">10 million</text>"}) {
    INFO(tick);
    CHECK(svg.find(tick) != std::string::npos);
  }
  // About 20 months: ticks on the first of every third month, labelled by month.
  CHECK(svg.find(">2022-07</text>") != std::string::npos);
  CHECK(svg.find(">2023-01</text>") != std::string::npos);
  CHECK(svg.find(">2023-04</text>") != std::string::npos);
  CHECK(svg.find(">2023-02</text>") == std::string::npos);
  // The small value is drawn well above the floor of the plot, not on it.
  std::smatch m;
  REQUIRE(std::regex_search(svg, m, std::regex(R"re(<title>e2:1[^<]*</title><circle cx="[0-9.]+" cy="([0-9.]+)")re")));
  CHECK(std::stod(m[1]) < 18 + 236 - 30);  // linear: 254, on the floor
}

TEST_CASE("control characters and bidi overrides from articles are removed", "[report]") {
  using report_io::detail::strip_controls;
  CHECK(strip_controls("a\x1b[31mb\tc\nd") == "a [31mb c d");
  CHECK(strip_controls("x\xc2\x9b" "31my") == "x 31my");              // C1 CSI
  CHECK(strip_controls("toll \xe2\x80\xae" "003\xe2\x80\xac now") == "toll 003 now");  // RLO ... PDF
  CHECK(strip_controls("\xe2\x81\xa6" "a\xe2\x81\xa9") == "a");       // isolates
  CHECK(strip_controls("33\xe2\x80\xaf" "207 \xe2\x80\x94 ok") == "33\xe2\x80\xaf" "207 \xe2\x80\x94 ok");  // NNBSP, dash kept
}

TEST_CASE("markdown ids with a pipe or backtick are escaped, not code spans", "[report]") {
  auto r = testing::fixture_report();
  r.discrepancies.resize(1);
  r.discrepancies[0].id = "ab|cd";
  auto md = report_io::render(r, format::markdown);
  CHECK(md.find("| ab\\|cd |") != std::string::npos);
  CHECK(md.find("`ab|cd`") == std::string::npos);
}

TEST_CASE("month-only dates are plotted at the first of the month", "[report]") {
  report r;
  auto a = testing::make_claim("m1:1", "Harbor Daily", "2024-03", "Inflation was 4.1% in March.", "4.1%", 4.1, 4.1, 4.1);
  auto b = testing::make_claim("m2:1", "Coast Post", "2024-03", "Inflation was 3.2% in March.", "3.2%", 3.2, 3.2, 3.2);
  auto c = testing::make_claim("m3:1", "Coast Post", "2024-05", "Inflation was 3.0% in May.", "3.0%", 3.0, 3.0, 3.0);
  for (auto* x : {&a, &b, &c}) {
    x->q.kind = quantity_kind::percent;
    x->subject = {"inflation", "inflation"};
    x->predicate = {"was", "be"};
  }
  discrepancy d;
  d.id = "1234567890ab";
  d.kind = discrepancy_kind::contradiction;
  d.subject = "inflation / be";
  d.message = "figures for 2024-03 cannot all hold";
  d.claims = {a, b};
  r.discrepancies = {d};
  r.claims = {a, b, c};
  auto html = report_io::render(r, format::html);
  REQUIRE(html.find("<svg ") != std::string::npos);
  CHECK(html.find("<title>m3:1 · Coast Post · 3% · 2024-05-01</title>") != std::string::npos);
  CHECK(html.find(">4%</text>") != std::string::npos);  // percent ticks carry their sign
}

TEST_CASE("a claim without its sentence quotes the quantity alone", "[report]") {
  auto r = testing::fixture_report();
  r.discrepancies.resize(2);  // frac, contra
  r.discrepancies[1].claims[0].sentence.clear();
  CHECK(report_io::render(r, format::text).find("    \"»More than 33,000«\"\n") != std::string::npos);
  CHECK(report_io::render(r, format::markdown).find("  > **More than 33,000**\n") != std::string::npos);
  CHECK(report_io::render(r, format::html).find("<blockquote><mark>More than 33,000</mark></blockquote>") !=
        std::string::npos);
}

TEST_CASE("a missing subject or predicate reads as such, not as a bare slash", "[report]") {
  using claimcheck::report_io::detail::display_subject;
  CHECK(display_subject(" / die") == "(no subject) / die");
  CHECK(display_subject("person / ") == "person / (no predicate)");
  CHECK(display_subject(" / ") == "(no subject) / (no predicate)");
  CHECK(display_subject("woman (israeli) / release") == "woman (israeli) / release");
  CHECK(display_subject("loose text") == "loose text");
  // People see the readable form; machines keep the key.
  auto r = testing::fixture_report();
  r.discrepancies.front().subject = " / die";
  CHECK(report_io::render(r, format::text).find("(no subject) / die") != std::string::npos);
  CHECK(report_io::render(r, format::markdown).find("\\(no subject\\) / die") != std::string::npos);  // escaped
  CHECK(report_io::render(r, format::html).find("(no subject) / die") != std::string::npos);
  CHECK(report_io::render(r, format::json).find("(no subject)") == std::string::npos);
}
