#pragma once
// Hand-built claims for the reconciler tests: only the fields the reconciler reads.

#include "claimcheck/model.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck::testing {

class claim_builder {
 public:
  /// An asserted, exact count: id "ARTICLE:N" (the article is the part before ':').
  claim_builder(std::string id, std::string subject, std::string predicate, double value) {
    c_.article = id.substr(0, id.find(':'));
    c_.id = std::move(id);
    c_.subject = {subject, subject};
    c_.predicate = {predicate, predicate};
    c_.q.value = value;
    c_.q.lo = value;
    c_.q.hi = value;
  }
  claim_builder& on(std::string date) {
    c_.date = std::move(date);
    return *this;
  }
  claim_builder& until(std::string date_end) {
    c_.date_end = std::move(date_end);
    return *this;
  }
  /// Qualified interval, nullopt = open end.
  claim_builder& range(std::string qualifier, std::optional<double> lo, std::optional<double> hi) {
    c_.q.qualifier = std::move(qualifier);
    c_.q.lo = lo;
    c_.q.hi = hi;
    return *this;
  }
  claim_builder& kind(quantity_kind k, std::string unit = {}) {
    c_.q.kind = k;
    c_.q.unit = std::move(unit);
    return *this;
  }
  claim_builder& text(std::string t) {
    c_.q.text = std::move(t);
    return *this;
  }
  claim_builder& mod(modality m) {
    c_.mod = m;
    return *this;
  }
  claim_builder& by(std::string attribution, std::string source = {}) {
    c_.attribution = {attribution, attribution};
    c_.source = std::move(source);
    return *this;
  }
  claim_builder& rel(relation_kind k, std::string other) {
    c_.relations.push_back({k, std::move(other)});
    return *this;
  }
  claim_builder& in_sentence(std::size_t start, std::string sentence, std::size_t span_start = 0) {
    c_.sentence_start = start;
    c_.sentence = std::move(sentence);
    c_.q.span = {span_start, span_start + 1};
    return *this;
  }
  claim_builder& scope(std::string s) {
    c_.scope = std::move(s);
    return *this;
  }
  claim_builder& topics(std::vector<std::string> t) {
    c_.topics = std::move(t);
    return *this;
  }
  operator claim() const { return c_; }  // NOLINT(google-explicit-constructor)

 private:
  claim c_;
};

}  // namespace claimcheck::testing
