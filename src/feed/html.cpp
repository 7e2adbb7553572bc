// HTML articles through Google's gumbo parser (Debian libgumbo-dev): an HTML5-conformant
// tokenizer and tree builder, so broken markup is read the way browsers read it. We keep the
// visible text of <body> (script, style, noscript, template and head content dropped), with a
// paragraph break after block elements, and the <title> and <meta> fields the contract names.

#include "claimcheck/feed/reader.hpp"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <string>

namespace claimcheck::feed {
namespace {

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_PRE: case GUMBO_TAG_HR: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

bool is_hidden(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE ||
         t == GUMBO_TAG_HEAD || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_SVG || t == GUMBO_TAG_OBJECT;
}

void paragraph_break(std::string& out) {
  while (!out.empty() && (out.back() == ' ')) out.pop_back();
  if (out.empty()) return;
  if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
  out.append(out.back() == '\n' ? "\n" : "\n\n");
}

void append_text(std::string& out, char const* s) {
  // Collapse whitespace runs to one space, as rendering does.
  for (; *s; ++s) {
    char c = *s;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

// Iterative walk (no recursion: hostile documents can nest deeply).
void collect_text(GumboNode const* root, std::string& out) {
  struct frame {
    GumboNode const* node;
    unsigned next;
  };
  std::vector<frame> stack{{root, 0}};
  while (!stack.empty()) {
    auto& f = stack.back();
    GumboNode const* n = f.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      append_text(out, n->v.text.text);
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT && n->type != GUMBO_NODE_TEMPLATE) {
      stack.pop_back();
      continue;
    }
    GumboVector const& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    GumboTag tag = n->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_UNKNOWN : n->v.element.tag;
    if (f.next == 0) {
      if (n->type != GUMBO_NODE_DOCUMENT && is_hidden(tag)) {
        stack.pop_back();
        continue;
      }
      if (is_block(tag)) paragraph_break(out);
    }
    if (f.next < children.length) {
      auto const* child = static_cast<GumboNode const*>(children.data[f.next++]);
      stack.push_back({child, 0});
      continue;
    }
    if (is_block(tag)) paragraph_break(out);
    stack.pop_back();
  }
}

char const* attr(GumboNode const* n, char const* name) {
  GumboAttribute const* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : nullptr;
}

void collect_meta(GumboNode const* root, article& a) {
  std::vector<GumboNode const*> stack{root};
  while (!stack.empty()) {
    auto const* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    GumboVector const& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    if (n->type == GUMBO_NODE_ELEMENT) {
      auto tag = n->v.element.tag;
      if (tag == GUMBO_TAG_TITLE && a.title.empty()) {
        std::string t;
        for (unsigned i = 0; i < children.length; ++i) {
          auto const* c = static_cast<GumboNode const*>(children.data[i]);
          if (c->type == GUMBO_NODE_TEXT) append_text(t, c->v.text.text);
        }
        while (!t.empty() && t.back() == ' ') t.pop_back();
        a.title = t;
      } else if (tag == GUMBO_TAG_META) {
        char const* key = attr(n, "property");
        if (!key) key = attr(n, "name");
        char const* content = attr(n, "content");
        if (key && content) {
          if (!std::strcmp(key, "article:published_time") && a.published.empty()) a.published = normalize_date(content);
          else if (!std::strcmp(key, "og:site_name") && a.source.empty()) a.source = content;
          else if (!std::strcmp(key, "og:url") && a.url.empty()) a.url = content;
          else if (!std::strcmp(key, "og:title") && a.title.empty()) a.title = content;
        }
      }
      if (tag == GUMBO_TAG_BODY) continue;  // metadata lives outside the body
    }
    for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<GumboNode const*>(children.data[i]));
  }
}

GumboNode const* find_body(GumboNode const* root) {
  std::vector<GumboNode const*> stack{root};
  while (!stack.empty()) {
    auto const* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) return n;
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    GumboVector const& children = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<GumboNode const*>(children.data[i]));
  }
  return root;
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (n == name) return true;
  return false;
}

}  // namespace

std::size_t html_depth(std::string_view s) {
  // Elements that never nest: void ones, and those whose end tag may be left out (they are
  // closed by their next sibling, so counting them would flag ordinary pages).
  auto const uncounted = [](std::string_view n) {
    return one_of(n, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                      "wbr", "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody",
                      "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body"});
  };
  std::size_t depth = 0, deepest = 0, i = 0;
  std::string name;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    ++i;
    if (s.substr(i, 3) == "!--") {
      auto e = s.find("-->", i + 3);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    bool const closing = i < s.size() && s[i] == '/';
    if (closing) ++i;
    name.clear();
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i])))
      name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i++]))));
    if (name.empty()) continue;  // "<!doctype", "< 5", "<?xml": no element
    char quote = 0;  // find the tag's '>' outside quoted attribute values
    std::size_t j = i;
    for (; j < s.size(); ++j) {
      if (quote) {
        if (s[j] == quote) quote = 0;
      } else if (s[j] == '"' || s[j] == '\'') {
        quote = s[j];
      } else if (s[j] == '>') {
        break;
      }
    }
    bool const self_closing = j > i && j < s.size() && s[j - 1] == '/';
    i = j;
    if (uncounted(name) || self_closing) continue;
    if (closing) {
      if (depth) --depth;
      continue;
    }
    if (one_of(name, {"script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe"})) {
      auto e = s.find("</", i);  // raw text: no tags inside
      while (e != std::string_view::npos) {
        std::string end;
        for (std::size_t k = e + 2; k < s.size() && end.size() < name.size(); ++k)
          end.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
        if (end == name) break;
        e = s.find("</", e + 2);
      }
      i = e == std::string_view::npos ? s.size() : e;
      continue;
    }
    deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

article article_from_html(std::string_view html) {
  article a;
  // Parse errors are not recorded: each record copies the stack of open elements, which makes
  // deeply nested broken markup quadratic in time and memory.
  static GumboOptions const options = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    return o;
  }();
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> doc(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&options, o); });
  if (!doc) return a;
  collect_meta(doc->root, a);
  collect_text(find_body(doc->root), a.text);
  while (!a.text.empty() && (a.text.back() == '\n' || a.text.back() == ' ')) a.text.pop_back();
  return a;
}

}  // namespace claimcheck::feed
