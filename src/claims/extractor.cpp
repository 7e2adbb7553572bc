// From numbers to claims. Per sentence: tokenize, parse quantities and dates (X3 parser), then
// for each quantity find
//   subject     the noun chunk it counts (right of it, through "of"), else a partitive's whole,
//               else the noun the copula/verb before it is about ("the toll rose to 33,360");
//   predicate   the nearest predicate verb (grammars/predicates.tsv), with its auxiliaries;
//   modality    cues in the auxiliaries (grammars/modality.tsv);
//   date        the nearest date phrase, resolved against the publication date; present-tense
//               "still/now" figures are as of publication;
//   attribution "X said", "said X", "according to X", a pronoun resolved to the last named
//               speaker; else the outlet;
//   relations   partitives, sums and changes between quantities of a sentence, fractions of
//               the nearest count of the same subject in the article.
// Every word list lives in grammars/.
//
// Where it lives: extractor_impl.hpp holds the word lists (filled here, from grammars/), the
// token and sentence types and the small helpers; each stage has its own file:
//   tokens.cpp         Tokens and the per-sentence word facts: interning against the word lists, phrases.
//   subjects.cpp       Subjects: the noun chunk a figure counts, elided and fronted nouns, roles.
//   wholes.cpp         Wholes and levels: partitives, totals, shares of a stated whole, restatements, elided nouns.
//   modality.cpp       Modality: cues in the clause, negation, plans and possibilities.
//   predicates.cpp     Predicates: the verb or noun that says what happened to the figure.
//   attribution.cpp    Attribution: who said it ("X said", "according to X", actors).
//   claim_dates.cpp    Dates: the date phrases of a sentence and the date a figure is about.
//   scopes.cpp         Scopes and topics: what narrows a subject within its story.
//   speakers.cpp       Speakers: resolving pronouns and short names to the speaker named before.
//   extract.cpp        The driver: an article's sentences through every stage, then the links across claims.

#include "extractor_impl.hpp"

#include "claimcheck/claims/extractor.hpp"

namespace claimcheck::claims {

namespace {

std::vector<std::string> split_words(std::string const& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    auto j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

extractor::impl::impl(lexicon const& lex) : splitter(lex), parser(lex) {
  for (auto const& r : lex.table("predicates").rows) {
    auto form = text::fold(r.at(0));
    if (r.at(1).empty()) lex.fail(lex.table("predicates"), r, "missing predicate key");
    // A form of several words is an idiom ("gave way", "from their homes"; key "-": not a
    // predicate at all, "fell short"), read as one verb at its first word (mark_phrases).
    // "<figure> short of": only for the figure right before the idiom.
    // Priority "direction": a word right after ("<figure> higher") or right before ("up
    // <figure>") a rate, share or sum that says which way it moved.
    if (std::string_view(r.at(2)) == "direction") {
      auto words = split_words(form);
      if (words.size() != 2 || (words.front() != "<figure>" && words.back() != "<figure>"))
        lex.fail(lex.table("predicates"), r, "a direction row is \"<figure> word\" or \"word <figure>\"");
      (words.front() == "<figure>" ? direction_after : direction_before)[words.front() == "<figure>" ? words.back() : words.front()] = r.at(1);
      continue;
    }
    if (form.find(' ') != std::string::npos) {
      auto words = split_words(form);
      bool bound = words.front() == "<figure>";
      if (bound) words.erase(words.begin());
      predicate_phrases.push_back({std::move(words), r.at(1), bound ? "bound" : ""});
      continue;
    }
    if (std::string_view(r.at(2)) == "report") report_predicates.insert(r.at(1));
    (std::string_view(r.at(2)) == "low" ? low_predicates : predicates)[form] = r.at(1);
    if (std::string_view(r.at(2)) == "agent") {
      agent_predicates.insert(form);
      if (std::find(agent_keys.begin(), agent_keys.end(), r.at(1)) == agent_keys.end()) agent_keys.push_back(r.at(1));
    }
    if (std::string_view(r.at(1)) == "rise" || std::string_view(r.at(1)) == "fall" || std::string_view(r.at(1)) == "be" ||
        std::string_view(r.at(2)) == "change")
      level_predicates.insert(r.at(1));
    if (form == "<duration>") duration_predicate = r.at(1);
    if (form == "<modifier>") modifier_predicate = r.at(1);
  }
  for (auto const& r : lex.table("subjects").rows) {
    if (!r.at(3).empty() && !quantity_kind_from(r.at(3))) lex.fail(lex.table("subjects"), r, "unknown kind");
    subjects[text::fold(r.at(0))] = {r.at(1), r.at(2), r.at(3)};
  }
  for (auto const& [phrase, row] : subjects) subject_index[phrase] = &row;
  for (auto const& [phrase, row] : subjects)
    if (auto sp = phrase.rfind(' '); sp != std::string::npos &&
        std::find(subject_phrase_lasts.begin(), subject_phrase_lasts.end(), phrase.substr(sp + 1)) == subject_phrase_lasts.end())
      subject_phrase_lasts.push_back(phrase.substr(sp + 1));
  for (auto const& l : subject_phrase_lasts) subject_phrase_last_set[l] = 1;
  for (auto const& r : lex.table("plurals").rows) {
    if (r.at(1).empty()) lex.fail(lex.table("plurals"), r, "a plural needs its singular");
    irregular_plurals[text::fold(r.at(0))] = text::fold(r.at(1));
  }
  for (auto const& r : lex.table("measure_nouns").rows) {
    std::string_view const k = r.at(1);
    if (k != "measure" && k != "change" && k != "classifier" && k != "form" && k != "form_adjective")
      lex.fail(lex.table("measure_nouns"), r, "kind must be measure, change, classifier, form or form_adjective");
    auto const w = text::fold(r.at(0));
    if (k == "measure") measure_nouns.insert(w);
    else if (k == "change") change_nouns.insert(w);
    else (k == "form" ? form_nouns : k == "form_adjective" ? form_adjectives : classifier_nouns).insert(w);
    if (!r.at(2).empty()) measure_predicates[text::fold(r.at(0))] = r.at(2);
  }
  for (auto const& r : lex.table("event_ages").rows) event_ages.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("span_verbs").rows)
    (std::string_view(r.at(1)) == "after" ? end_verbs : span_verbs).insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("state_nouns").rows) {
    if (r.at(1).empty()) lex.fail(lex.table("state_nouns"), r, "missing noun");
    state_nouns[text::fold(r.at(0))] = r.at(1);
  }
  for (auto const& r : lex.table("event_nominals").rows) {
    if (r.at(1).empty()) lex.fail(lex.table("event_nominals"), r, "missing predicate key");
    event_nominals[text::fold(r.at(0))] = r.at(1);
  }
  for (auto const& r : lex.table("abbreviations").rows) abbreviations.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("variant_words").rows) variant_words.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("verb_lemmas").rows) {
    if (r.at(1).empty()) lex.fail(lex.table("verb_lemmas"), r, "missing lemma");
    verb_lemma_exceptions.emplace(text::fold(r.at(0)), text::fold(r.at(1)));
    if (std::string_view(r.at(2)) == "irregular") irregular_forms.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("verb_frames").rows) {
    if (std::string_view(r.at(2)) == "experiencer" || std::string_view(r.at(2)) == "valuation") {
      (std::string_view(r.at(2)) == "experiencer" ? experiencer_verbs : valuation_verbs).insert(text::fold(r.at(0)));
      continue;
    }
    if (std::string_view(r.at(2)) != "object" && std::string_view(r.at(2)) != "directive")
      lex.fail(lex.table("verb_frames"), r, "frame must be object, directive, experiencer or valuation");
    verb_frames[text::fold(r.at(0))] = {r.at(1), r.at(2)};
  }
  for (auto const& r : lex.table("function_words").rows) function_words.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("comparatives").rows) comparatives.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("increments").rows) {
    increments[text::fold(r.at(0))] = r.at(1);
    addition_words.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("chunk_enders").rows) chunk_enders.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("ly_nouns").rows) ly_nouns.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("zero_plurals").rows) zero_plurals.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("denominators").rows) denominators.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("determiners").rows) determiners.insert(text::fold(r.at(0)));
  inflect_predicates(lex);
  // (a later row of the same subject and predicate replaces an earlier one)
  auto set_row = [](std::vector<std::pair<std::string, std::string>>& rows, std::string const& predicate,
                    std::string const& value) {
    for (auto& [p, v] : rows)
      if (p == predicate) {
        v = value;
        return;
      }
    rows.emplace_back(predicate, value);
  };
  for (auto const& r : lex.table("subject_roles").rows) set_row(subject_tables[r.at(0)].roles, r.at(1), r.at(2));
  for (auto const& r : lex.table("subject_predicates").rows)
    set_row(subject_tables[r.at(0)].predicates, std::string_view(r.at(1)) == "-" ? std::string() : r.at(1), r.at(2));
  for (auto const& r : lex.table("agent_predicates").rows)
  {
    agent_roles[text::fold(r.at(0)) + "\t" + r.at(1)] = r.at(2);
    agent_words.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("elided_subjects").rows) {
    if (!quantity_kind_from(r.at(1))) lex.fail(lex.table("elided_subjects"), r, "unknown kind");
    elided_subjects[r.at(0) + "\t" + r.at(1)] = r.at(2);
  }
  for (auto const& r : lex.table("demonyms").rows) demonyms[text::fold(r.at(0))] = text::fold(r.at(1));
  for (auto const& r : lex.table("money_verbs").rows) {
    money_verbs[text::fold(r.at(0))] = text::fold(r.at(1));
    money_verb_forms.insert(text::fold(r.at(0)));
    if (!r.at(2).empty()) money_verb_columns[text::fold(r.at(0))] = text::fold(r.at(2));
  }
  for (auto const& r : lex.table("postfix_qualifiers").rows)
    if (r.at(0).size() > 1 && r.at(0)[0] == '-') hyphen_qualifiers.insert(text::fold(r.at(0).substr(1)));
  for (auto const& r : lex.table("anaphors").rows) anaphors.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("place_modifiers").rows) place_modifiers.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("held_people").rows) held_people.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("set_against").rows) {
    if (std::string_view(r.at(1)) != "base" && std::string_view(r.at(1)) != "change") lex.fail(lex.table("set_against"), r, "role must be base or change");
    (std::string_view(r.at(1)) == "base" ? set_against_bases : set_against_changes).insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("kind_nouns").rows) {
    if (std::string_view(r.at(1)) != "firm" && std::string_view(r.at(1)) != "kind") lex.fail(lex.table("kind_nouns"), r, "class must be firm or kind");
    kind_nouns.insert(text::fold(r.at(0)));
    if (std::string_view(r.at(1)) == "firm") firm_nouns.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("topic_stopwords").rows) topic_stopwords.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("subgroup_verbs").rows) subgroup_verbs.push_back(split_words(text::fold(r.at(0))));
  for (auto const& r : lex.table("place_nouns").rows) place_nouns.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("year_periods").rows) year_periods.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("nominal_adjectives").rows) {
    if (r.at(1).empty()) lex.fail(lex.table("nominal_adjectives"), r, "missing subject key");
    nominal_adjectives.insert(text::fold(r.at(0)));
    nominal_adjective_keys[text::fold(r.at(0))] = r.at(1);
  }
  // a place's adjective is a name of the place ("Israeli" -> israel), as are its aliases
  for (auto const& r : lex.table("demonyms").rows) topic_aliases.emplace(text::fold(r.at(1)), text::fold(r.at(0)));
  for (auto const& r : lex.table("topic_aliases").rows) topic_aliases[text::fold(r.at(0))] = text::fold(r.at(1));
  for (auto const& r : lex.table("level_nouns").rows) level_nouns.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("level_words").rows) level_words.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("attribution").rows) {
    std::string_view const k = r.at(1);
    if (k != "verb" && k != "verb-before" && k != "prep" && k != "act")
      lex.fail(lex.table("attribution"), r, "kind must be verb, verb-before, prep or act");
    (k == "prep" ? speech_preps : k == "act" ? act_verbs : speech_verbs)
        .push_back({split_words(text::fold(r.at(0))), r.at(1), r.at(2)});
    if (std::string_view(r.at(2)) == "object") figure_speech_verbs.insert(text::fold(r.at(0)));
    if (k == "verb") said_verbs.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("generic_speakers").rows) generic_speakers.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("speaker_nouns").rows) speaker_nouns.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("numbers").rows) number_words.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("titles").rows) {
    if (std::string_view(r.at(1)) == "suffix") {
      title_suffixes.push_back(text::fold(r.at(0)));
      continue;
    }
    titles.insert(text::fold(r.at(0)));
    if (std::string_view(r.at(1)) == "voice") voice_titles.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("body_kinds").rows) body_kinds[text::fold(r.at(0))] = text::fold(r.at(1));
  for (auto const& r : lex.table("jurisdictions").rows) jurisdictions.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("background_frames").rows) background_frames.push_back(split_words(text::fold(r.at(0))));
  for (auto const& r : lex.table("background_populations").rows) background_populations.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("body_nouns").rows) {
    if (std::string_view(r.at(1)) == "institution") {
      institution_nouns.insert(text::fold(r.at(0)));
      continue;
    }
    body_nouns.insert(text::fold(r.at(0)));
    if (std::string_view(r.at(1)) == "organ") body_organs.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("speech_adverbs").rows) {
    if (std::string_view(r.at(1)) != "between" && std::string_view(r.at(1)) != "aside") lex.fail(lex.table("speech_adverbs"), r, "where must be between or aside");
    if (std::string_view(r.at(1)) == "aside") speech_asides.insert(text::fold(r.at(0)));
    else speech_adverbs.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("source_aliases").rows)
    (std::string_view(r.at(2)) == "prefix" ? source_prefixes : source_aliases)[text::fold(r.at(0))] = text::fold(r.at(1));
  for (auto const& [name, key] : source_aliases) alias_names[key].push_back(name);
  for (auto const& [name, key] : source_aliases) source_alias_index[name] = key;
  // every word-aligned proper suffix of those names ("fund", "monetary fund"): the keys for
  // which resolve_speaker's alias test can succeed at all
  for (auto const& [key, names] : alias_names)
    for (auto const& full : names)
      for (std::size_t p = full.find(' '); p != std::string::npos; p = full.find(' ', p + 1))
        alias_suffixes.insert(full.substr(p + 1));
  for (auto const& w : generic_speakers) speaker_facts_of[w].generic = true;
  for (auto const& w : alias_suffixes) speaker_facts_of[w].alias_suffix = true;
  for (auto const& [w, kind] : body_kinds) speaker_facts_of[w].kind = &kind;
  for (auto const& r : lex.table("modality").rows) {
    auto m = modality_from(r.at(1));
    if (!m) lex.fail(lex.table("modality"), r, fmt::format("unknown modality \"{}\"", r.at(1)));
    if (!r.at(2).empty() && std::string_view(r.at(2)) != "duration" && std::string_view(r.at(2)) != "object" && std::string_view(r.at(2)) != "counterfactual" &&
        std::string_view(r.at(2)) != "ahead" && std::string_view(r.at(2)) != "maximum")
      lex.fail(lex.table("modality"), r,
               "column 3 is empty, \"duration\", \"object\", \"ahead\", \"maximum\" or \"counterfactual\"");
    modality_cues.push_back({split_words(text::fold(r.at(0))), r.at(1), r.at(2)});
    modality_kinds.push_back(*m);
    if (!modality_cues.back().words.empty())
      modality_by_first[modality_cues.back().words.front()].push_back(static_cast<std::uint32_t>(modality_cues.size() - 1));
    if (*m == modality::asserted)
      max_asserted_words = std::max(max_asserted_words, modality_cues.back().words.size());
  }
  for (auto const& r : lex.table("relative_dates").rows) {
    auto words = split_words(text::fold(r.at(0)));
    // "<n> days earlier": a count of units before the phrase (counted_dates)
    if (!words.empty() && words.front() == "<n>") {
      words.erase(words.begin());
      counted_dates.push_back({std::move(words), r.at(1), r.at(2)});
    } else {
      relative_dates.push_back({std::move(words), r.at(1), r.at(2)});
    }
  }
  for (auto const& r : lex.table("numbers").rows) number_values[text::fold(r.at(0))] = std::atoi(r.at(1).c_str());
  for (char const* w : {"have", "has", "is", "are", "will", "shall", "now", "still", "currently", "remain", "remains", "since"})
    tense_words.insert(w);
  // the words date_candidates' first pass stops at (see there)
  date_starts.insert("may");
  date_starts.insert("march");
  for (auto const& w : number_words) date_starts.insert(w);
  for (auto const& r : relative_dates) {
    relative_max_words = std::max(relative_max_words, r.words.size());
    if (r.words.empty()) continue;
    date_starts.insert(r.words.front());
    if (r.words.size() == 1) relative_singles.insert(r.words.front());
    else relative_seconds.insert(r.words[1]);
  }
  for (auto const& r : lex.table("dates").rows) calendar_words.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("event_nouns").rows) event_nouns.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("tenure_phrases").rows)
    (std::string_view(r.at(1)) == "start" ? tenure_starts : tenure_spans).push_back(split_words(text::fold(r.at(0))));
  for (auto const& r : lex.table("period_verbs").rows) {
    period_verbs.insert(text::fold(r.at(0)));
    if (std::string_view(r.at(1)) == "start") period_starts.insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("change_bases").rows)
    (std::string_view(r.at(1)) == "period" ? change_base_periods : std::string_view(r.at(1)) == "cue" ? change_base_cues : change_base_period_cues)
        .insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("event_anaphors").rows) event_anaphors.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("standing_figures").rows) {
    std::string_view const w = r.at(1);
    if (w != "after" && w != "before" && w != "population")
      lex.fail(lex.table("standing_figures"), r, "where must be after, before or population");
    auto& list = w == "after" ? norm_after : w == "before" ? norm_before : population_nouns;
    list.push_back(split_words(text::fold(r.at(0))));
    if (!list.back().empty()) standing_firsts.insert(list.back().front());
  }
  for (auto const& r : lex.table("units").rows) time_units.insert(text::fold(r.at(0)));
  for (auto const& r : lex.table("phrase_cues").rows) {
    std::string_view const role = r.at(1);
    if (role == "per_unit_article") {
      // (in per_unit_words too: one token bit says whether any per-unit word follows a figure)
      per_unit_articles.insert(text::fold(r.at(0)));
      per_unit_words.insert(text::fold(r.at(0)));
      continue;
    }
    if (role == "per_unit" || role == "preposition" || role == "subject_pronoun" || role == "belief" ||
        role == "denial") {
      (role == "per_unit"      ? per_unit_words
       : role == "preposition" ? noun_prepositions
       : role == "belief"      ? belief_verbs
       : role == "denial"      ? denial_verbs
                               : subject_pronouns)
          .insert(text::fold(r.at(0)));
      continue;
    }
    flat_word_set* set = role == "participle"       ? &past_participles
                         : role == "subordinator"   ? &speaker_subordinators
                         : role == "raising"        ? &raising_verbs
                         : role == "bringing"       ? &bringing_verbs
                         : role == "adding"         ? &adding_verbs
                         : role == "level_follower" ? &level_followers
                         : role == "trailing_base"  ? &trailing_bases
                         : role == "period_part"    ? &period_parts
                         : role == "commissioned"   ? &commissioning_participles
                         : role == "document"       ? &document_nouns
                         : role == "obliging"       ? &obliging_words
                         : role == "amount"         ? &amount_prepositions
                         : role == "held_level"     ? &held_levels
                         : role == "particle"       ? &particles
                         : role == "timing_preposition" ? &timing_prepositions
                         : role == "timing_determiner"  ? &timing_determiners
                         : role == "deadline_holder"    ? &deadline_holders
                         : role == "span_ending"        ? &span_endings
                         : role == "composition"        ? &composition_verbs
                                                    : nullptr;
    if (!set) lex.fail(lex.table("phrase_cues"), r, "unknown role");
    set->insert(text::fold(r.at(0)));
  }
  for (auto const& r : lex.table("relations").rows)
    relation_cues.push_back({split_words(text::fold(r.at(0))), r.at(1), r.at(2)});
  // (which relation cues the per-figure loops of extract() try: their bits, and the longest
  // total cue's words, so a loop whose cues cannot match between two figures is skipped whole)
  for (std::size_t i = 0; i < relation_cues.size() && i < 64; ++i) {
    auto const& r = relation_cues[i];
    if (r.value == "part_of") relation_part_bits |= std::uint64_t{1} << i;
    if (r.value == "part_of" && r.extra == "scope") relation_scope_bits |= std::uint64_t{1} << i;
    if (r.value == "sum_of" && r.extra == "parts") relation_parts_bits |= std::uint64_t{1} << i;
    if (r.value == "fraction_of" && r.extra == "base") relation_base_bits |= std::uint64_t{1} << i;
    if (r.value == "sum_of" && r.extra != "parts") {
      relation_total_bits |= std::uint64_t{1} << i;
      relation_total_words = std::max(relation_total_words, r.words.size());
    }
  }
  for (auto const* list : {&speech_verbs, &speech_preps, &act_verbs, &modality_cues, &relative_dates, &relation_cues,
                           &predicate_phrases, &counted_dates})
    for (auto const& c : *list)
      if (!c.words.empty()) cue_firsts.insert(c.words.front());
  // (match_at rejects a token that starts no cue: the subgroup verbs are cues too)
  for (auto const& v : subgroup_verbs)
    if (!v.empty()) cue_firsts.insert(v.front());
  for (auto const& v : subgroup_verbs)
    if (!v.empty()) subgroup_lasts.insert(v.back());
  build_vocab();  // last: after every list it enters
  people_key = key_of("", "people").key;
  population_predicate = key_of("", "population").predicate;
}

// The past forms of a lemma: its irregular ones (verb_lemmas.tsv), else the regular -ed. A
// spelling the language lacks is harmless: no text holds it.
std::vector<std::string> extractor::impl::pasts_of(std::string const& lemma,
                                                   std::vector<std::string> const* irregular) {
  if (irregular) return *irregular;
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::size_t const n = lemma.size();
  char const last = lemma[n - 1], before = lemma[n - 2];
  if (last == 'e') return {lemma + "d"};
  if (last == 'y' && !vowel(before)) return {lemma.substr(0, n - 1) + "ied"};
  std::vector<std::string> out{lemma + "ed"};
  // one vowel before a final consonant: doubled in one syllable ("scrapped"), and "l" in
  // British spelling ("cancelled"); both spellings where unsure, as neither harms
  if (!vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(before) && (n < 3 || !vowel(lemma[n - 3]))) {
    std::size_t groups = 0;
    for (std::size_t k = 0; k < n; ++k) groups += vowel(lemma[k]) && (k == 0 || !vowel(lemma[k - 1]));
    if (groups == 1 || last == 'l') out.push_back(lemma + last + "ed");
  }
  return out;
}

// The past forms of a verb that predicates.tsv lists in another form take that form's key ("sank"
// fall, so "sunk"; "kidnapping" seize, so "kidnapped"), unless a row lists them or they are a
// listed noun or function word. Only verbs: a lemma with a listed form in -ed, -ing or an
// irregular form; not the copulas and light verbs (priority "low"), whose forms stay few. (Base
// and -s forms are not made: most are nouns too, "rise", "votes", "costs", and made the corpus's
// predicates 0.956 -> 0.918; -ing forms are modifiers as often, "landing fees".)
void extractor::impl::inflect_predicates(lexicon const& lex) {
  // (per row of predicates.tsv: word_map and word_set, hashed 8 bytes at a time, and the rows'
  // key and priority read where the lexicon holds them, not copied)
  word_map<std::vector<std::string>> irregular;  // lemma -> its irregular forms
  for (auto const& r : lex.table("verb_lemmas").rows)
    if (std::string_view(r.at(2)) == "irregular") irregular[text::fold(r.at(1))].push_back(text::fold(r.at(0)));
  struct row {
    std::string lemma;
    std::string const* key;
    std::string_view priority;
    std::string form;
    bool all = false;  // column 4 "all": its base, -s and -ing forms too
  };
  auto const& table = lex.table("predicates").rows;
  std::vector<row> rows;
  rows.reserve(table.size());
  word_set verbal;
  for (auto const& r : table) {
    std::string_view const key = r.at(1), priority = r.at(2);
    if (key == "-" || priority == "low" || priority == "direction") continue;
    auto form = text::fold(r.at(0));
    if (form.find(' ') != std::string::npos || form.front() == '<' || form.size() < 3) continue;
    auto lemma = lemma_of(form);
    if (lemma.size() < 2) continue;
    std::string_view const f = form;
    if (irregular_forms.count(form) || (f.size() >= 5 && (text::ends_lit(f, "ed") || text::ends_lit(f, "ing"))))
      verbal.insert(lemma);
    rows.push_back({std::move(lemma), &r.at(1), priority, std::move(form), std::string_view(r.at(3)) == "all"});
  }
  // (a derived form enters unless a row lists it or it is a listed noun or function word)
  auto add = [&](std::string& f, std::string const* key, std::uint8_t form) {
    if (f.size() < 3 || predicates.count(f) || derived_forms.count(f) || low_predicates.count(f) || subjects.count(f) ||
        function_words.count(f) || determiners.count(f) || measure_nouns.count(f) || change_nouns.count(f))
      return;
    derived_forms.emplace(std::move(f), std::pair<std::string const*, std::uint8_t>{key, form});
  };
  for (auto const& r : rows) {
    if (!verbal.count(r.lemma)) continue;
    auto const it = irregular.find(r.lemma);
    for (auto& f : pasts_of(r.lemma, it == irregular.end() ? nullptr : &it->second)) {
      if (predicates.count(f) || low_predicates.count(f) || subjects.count(f) || function_words.count(f) ||
          determiners.count(f))
        continue;
      if (r.priority == "agent") agent_predicates.insert(f);
      predicates.emplace(std::move(f), *r.key);
    }
  }
  // (the key is the row's own form's value in predicates: no copy per form)
  for (auto const& r : rows) {
    if (!r.all || r.priority == "agent") continue;
    auto const it = predicates.find(r.form);
    if (it == predicates.end()) continue;
    auto fs = presents_of(r.lemma, irregular_forms.count(r.form) ? std::string_view{} : std::string_view(r.form));
    for (std::size_t k = 0; k < fs.size(); ++k) add(fs[k], &it->second, static_cast<std::uint8_t>(k + 1));
  }
  // A listed form that is also a change noun (measure_nouns.tsv: "a 21% cut", "job cut") is a
  // verb only in a verb's place (4: verbal_place; build_vocab leaves its pred null).
  for (auto const& w : change_nouns)
    if (auto const it = predicates.find(w); it != predicates.end())
      derived_forms.emplace(w, std::pair<std::string const*, std::uint8_t>{&it->second, 4});
}

// A verb's base, -s and -ing forms from its lemma and, when regular, its past in -ed, whose stem
// spells the -ing form ("generated" generating, "transferred" transferring, "enrolled"
// enrolling; "carried" and "agreed" from the lemma: carrying, agreeing): -s after a sibilant is
// -es ("taxes", "watches"), after a consonant and y -ies ("supplies"), after a consonant and o
// -es ("vetoes"); -ing from the lemma drops a silent e ("freezing"), turns -ie into -ying and
// doubles the consonant of one syllable ("shedding", "setting"). {base, -s, -ing}.
std::vector<std::string> extractor::impl::presents_of(std::string const& lemma, std::string_view past) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::size_t const n = lemma.size();
  if (n < 2) return {};
  auto ends = [&](std::string_view e) { return lemma.ends_with(e); };
  char const last = lemma[n - 1], before = lemma[n - 2];
  std::string s;
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh") || (last == 'o' && !vowel(before)))
    s = lemma + "es";
  else if (last == 'y' && !vowel(before))
    s = lemma.substr(0, n - 1) + "ies";
  else
    s = lemma + "s";
  std::string ing;
  if (past.size() > 4 && past.ends_with("ed") && !past.ends_with("ied") && !past.ends_with("eed"))
    ing = std::string(past.substr(0, past.size() - 2)) + "ing";
  else if (ends("ie"))
    ing = lemma.substr(0, n - 2) + "ying";
  else if (last == 'e' && n > 2 && before != 'e' && before != 'y' && before != 'o')
    ing = lemma.substr(0, n - 1) + "ing";
  else {
    ing = lemma + "ing";
    if (!vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(before) && (n < 3 || !vowel(lemma[n - 3]))) {
      std::size_t groups = 0;
      for (std::size_t k = 0; k < n; ++k) groups += vowel(lemma[k]) && (k == 0 || !vowel(lemma[k - 1]));
      if (groups == 1) ing = lemma + last + "ing";
    }
  }
  return {lemma, std::move(s), std::move(ing)};
}

void extractor::impl::build_vocab() {
  // (every word of predicates enters the vocabulary: its room for them made at once, which skips
  // the grows up to there, each of which built every slot of a table twice the size; the table
  // ends at the size it had, see flat_word_map::reserve)
  vocab.reserve(predicates.size());
  for (auto const& [place, adj] : demonyms) demonym_adjectives.insert(adj);
  std::uint64_t bit = 1;
  auto enter = [&](auto& list) {
    if (bit == list_bits::interned_bit) throw std::logic_error("extractor: more than 63 token_keyed word lists");
    list.bit = bit;
    for (auto const& w : list) vocab[key_of_entry(w)].lists |= bit;
    bit <<= 1;
  };
  enter(function_words);
  enter(measure_nouns);
  enter(particles);
  enter(money_verb_forms);
  enter(change_nouns);
  enter(abbreviations);
  enter(place_nouns);
  enter(body_nouns);
  enter(body_organs);
  enter(speech_adverbs);
  enter(determiners);
  enter(agent_predicates);
  enter(calendar_words);
  enter(level_nouns);
  enter(level_words);
  enter(event_nouns);
  enter(anaphors);
  enter(generic_speakers);
  enter(speaker_nouns);
  enter(agent_words);
  enter(period_verbs);
  enter(span_verbs);
  enter(end_verbs);
  enter(period_starts);
  enter(event_anaphors);
  enter(number_words);
  enter(titles);
  enter(cue_firsts);
  enter(subjects);
  enter(comparatives);
  enter(addition_words);
  enter(per_unit_words);
  enter(irregular_forms);
  enter(noun_prepositions);
  enter(subject_pronouns);
  enter(belief_verbs);
  enter(denial_verbs);
  enter(chunk_enders);
  enter(ly_nouns);
  enter(zero_plurals);
  enter(standing_firsts);
  enter(relative_singles);
  enter(relative_seconds);
  enter(demonym_adjectives);
  enter(topic_stopwords);
  enter(subgroup_lasts);
  enter(change_base_cues);
  enter(change_base_period_cues);
  enter(said_verbs);
  enter(experiencer_verbs);
  enter(valuation_verbs);
  enter(nominal_adjectives);
  enter(figure_speech_verbs);
  for (auto const* l : rule_list::all())
    for (auto const& w : l->words()) vocab[w].rules |= l->bit();
  for (auto const& [w, key] : predicates) vocab[w].pred = &key;
  for (auto const& [w, key] : low_predicates) vocab[w].low_pred = &key;
  for (auto const& [w, d] : derived_forms) {
    auto& info = vocab[w];
    info.derived = d.second;
    info.derived_pred = d.first;
    if (d.second == 4) info.pred = nullptr;  // (a listed form that is a change noun too: inflect_predicates)
    info.notable |= static_cast<std::uint8_t>(1u << notable_kind::verb);  // (intern's verb list: verbal_place)
  }
  for (auto const& [w, cues] : modality_by_first) vocab[w].modality = &cues;
  for (std::size_t i = 0; i < predicate_phrases.size(); ++i)
    if (!predicate_phrases[i].words.empty())
      phrases_by_first[predicate_phrases[i].words.front()].push_back(static_cast<std::uint32_t>(i));
  for (auto const& [w, list] : phrases_by_first) vocab[w].phrases = &list;
  for (auto const* list : {&speech_verbs, &speech_preps, &act_verbs, &relative_dates, &relation_cues, &counted_dates}) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto const& words = (*list)[i].words;
      if (words.empty()) continue;
      auto& starts = vocab[words.front()].starts;
      if (starts.empty() || starts.back().first != list) starts.emplace_back(list, std::vector<std::uint32_t>{});
      starts.back().second.push_back(static_cast<std::uint32_t>(i));
    }
  }
  // the words of each notable_kind (every cue list feeds cue_firsts: the first word of a speech
  // or relation cue starts a cue, as the passes over them asked)
  auto notable = [&](std::string_view w, notable_kind k) { vocab[w].notable |= static_cast<std::uint8_t>(1u << k); };
  for (auto const& w : date_starts) notable(w, date_start);
  for (auto const& w : tense_words) notable(w, tense_word);
  for (auto const w : clause_openers) notable(w, clause_opener);
  for (auto const* list : {&speech_verbs, &speech_preps})
    for (auto const& c : *list)
      if (!c.words.empty()) notable(c.words.front(), notable_kind::speech_start);
  for (auto const& c : relation_cues)
    if (!c.words.empty()) notable(c.words.front(), relation_start);
  for (auto const& [w, key] : predicates) notable(w, notable_kind::verb);
  for (auto const& [w, key] : low_predicates) notable(w, notable_kind::verb);
  for (auto const& w : negators.words()) notable(w, negator);
  for (auto const& w : denial_verbs) notable(w, negator);  // (denied_complement's window test)
  for (auto const& w : agent_words) notable(w, agent);
  // (last: starts is complete, and vocab holds every word, so no entry moves any more)
  for (auto const* list : {&speech_verbs, &speech_preps, &relative_dates})
    for (auto const& c : *list) {
      if (c.words.empty()) continue;
      auto& info = vocab[c.words.front()];
      for (auto const& [l, idx] : info.starts) {
        if (l == &speech_verbs) info.speech_verbs = &idx;
        if (l == &speech_preps) info.speech_preps = &idx;
        if (l == &relative_dates) info.relative_dates = &idx;
      }
    }
  {
    flat_word_set starts;
    for (auto const& w : parser.start_words()) starts.insert(w);
    vocab.for_each([&](std::string_view w, word_info& info) {
      info.quiet_start = !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
                         !starts.count(w);
    });
  }
  for (std::size_t c = 0; c < 128; ++c) {
    char const ch = static_cast<char>(c);
    vocab_single[c] = vocab.find(std::string_view(&ch, 1));
  }
}

extractor::extractor(lexicon const& lex) : impl_(std::make_unique<impl>(lex)) {}
extractor::~extractor() = default;
extractor::extractor(extractor&&) noexcept = default;
extractor& extractor::operator=(extractor&&) noexcept = default;

std::vector<claim> extractor::extract(article const& a, bool copy_sentences) const {
  std::vector<claim> out;
  impl_->extract(a, copy_sentences, nullptr, out);
  return out;
}

std::span<claim> extractor::extract_lean(article const& a, std::vector<std::string>& topics,
                                         std::vector<claim>& kept) const {
  std::size_t const n = impl_->extract(a, false, &topics, kept);
  return {kept.data(), n};
}

}  // namespace claimcheck::claims
