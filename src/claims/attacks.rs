//! The suspect of an attack, a shooting or a crime: the age outlets give
//! them ("le tireur présumé, un homme de 24 ans", "Âgé de 26 ans, le
//! suspect…", "the suspect, 19,", "the suspected gunman, aged 19", "a
//! 19-year-old man is believed to have fired the shots"). Claimed for the
//! story's suspect (subject `the suspect`, key `suspect`, attribute `age`),
//! so that an unnamed suspect's age compares across sources and languages;
//! the ages of victims and witnesses ("l'une des victimes, un étudiant de
//! 19 ans", "a 67-year-old woman was among the dead") claim nothing here.
//! Lexicons (`rules/<lang>/quantities.json`):
//!
//! - `suspect.noun`: the nouns of the suspect ("suspect", "tireur présumé",
//!   "gunman", "attacker"), singular only ("two suspects aged 19 and 22"
//!   are two people);
//! - `suspect.age_gap`: the words that may stand between the noun and the
//!   age, either way round ("le suspect, âgé de", "le principal suspect, un
//!   homme de", "aged", "a … man"); a noun of a person before "de" makes a
//!   French length in years an age ("un homme de 24 ans");
//! - `suspect.verb`: what is said of the suspect after an age naming nobody
//!   ("is suspected of", "is believed to have fired", "est soupçonné de",
//!   "aurait ouvert le feu"), at most eight words on in the clause.
//!
//! Known limits: a suspect named by name gets the person's own age
//! (`people.rs`), not this one; two suspects of one story given one age
//! each in one article would be an inconsistency of that article.

use super::*;

/// How many words may stand between an age and a `suspect.verb` after it.
const VERB_REACH: usize = 8;

/// How many words of `suspect.age_gap` may stand between a suspect's noun
/// and an age.
const GAP_REACH: usize = 4;

/// How many words a short incise between commas may have ("le suspect, un
/// trentenaire, est âgé de 34 ans").
const INCISE_REACH: usize = 3;

impl Builder<'_, '_> {
    pub(super) fn suspect_age_claims(&mut self) {
        let doc = self.doc;
        if doc.lang.lexicon("suspect.noun").is_empty() {
            return;
        }
        let text = doc.text();
        let story = self.story_year();
        // Ages, French lengths in years after a person's noun ("un homme de
        // 24 ans"), and bare numbers between commas ("the suspect, 19,").
        let mut figures: Vec<(Span, &str, f64)> = Vec::new();
        for &(span, rule, q) in &self.ctx.quantities {
            let age = match &q.measure {
                Measure::Age => true,
                Measure::Duration { unit } if unit == "an" => {
                    let from = look_back(text, span.start, 40, 0);
                    let before = fold_key(&text[from..span.start]);
                    let mut words = before.split_whitespace().rev();
                    let de = words.next().unwrap_or("");
                    let noun = words.next().unwrap_or("");
                    is_word(doc, "grammar.of", de)
                        && (is_gap_word(doc, noun) || is_word(doc, "suspect.noun", noun))
                }
                _ => false,
            };
            if age {
                figures.push((span, rule, q.value));
            }
        }
        for &(span, rule, value) in &self.ctx.numbers {
            let apposed = text[..span.start].trim_end().ends_with(',')
                && text[span.end..].trim_start().starts_with(',');
            if apposed && value.fract() == 0.0 && (10.0..100.0).contains(&value) {
                figures.push((span, rule, value));
            }
        }
        figures.sort_by_key(|(s, _, _)| (s.start, s.end));
        figures.dedup_by_key(|(s, _, _)| s.start);
        for (span, rule, value) in figures {
            if !(1.0..=120.0).contains(&value) || self.era_of(span, story) != past::Era::Now {
                continue;
            }
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            if self.suspect_noun_before(span, sentence)
                || self.suspect_noun_after(span, sentence)
                || self.suspect_verb_after(span, sentence)
            {
                self.push(
                    ("the suspect".to_string(), "suspect".to_string()),
                    "age",
                    Value::Quantity(Quantity::new(value, crate::value::Qualifier::Exact)),
                    span,
                    rule,
                    None,
                );
            }
        }
    }

    /// "le suspect, âgé de 24 ans", "the suspect, 19,": a suspect's noun
    /// ends the words before the age, with at most `GAP_REACH` words of
    /// `suspect.age_gap` (and commas) between.
    fn suspect_noun_before(&self, span: Span, sentence: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let from = look_back(text, span.start, 100, sentence.start);
        let before = fold_key(&text[from..span.start]);
        let mut gap = 0;
        let mut rest = before.trim_end();
        loop {
            if form_ending(doc, "suspect.noun", rest).is_some() {
                return true;
            }
            let unclosed = rest.ends_with(',');
            rest = rest.trim_end_matches([',', ' ']);
            if form_ending(doc, "suspect.noun", rest).is_some() {
                return true;
            }
            // "Le suspect, un trentenaire, est âgé de 34 ans": one short
            // incise between commas is passed over.
            if unclosed
                && let Some(comma) = rest.rfind(',')
                && rest[comma + 1..].split_whitespace().count() <= INCISE_REACH
                && !rest[comma + 1..].contains(|c: char| c.is_ascii_digit())
                && form_ending(doc, "suspect.noun", rest[..comma].trim_end()).is_some()
            {
                return true;
            }
            // "L'auteur de l'attaque au couteau, un Afghan de 28 ans", "the
            // suspect in Friday's attack, a 24-year-old man": the noun and
            // its complement before the apposition's comma.
            if unclosed && noun_with_complement(doc, rest) {
                return true;
            }
            let Some((head, last)) = rest.rsplit_once(' ') else {
                return false;
            };
            let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
            if gap == GAP_REACH || !is_gap_word(doc, last) {
                return false;
            }
            gap += 1;
            rest = head.trim_end();
        }
    }

    /// "Âgé de 26 ans, le suspect…", "a 19-year-old suspect": a suspect's
    /// noun right after the age, behind a comma, an article or words of
    /// `suspect.age_gap`.
    fn suspect_noun_after(&self, span: Span, sentence: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let end = crate::text::floor_char_boundary(text, (span.end + 100).min(sentence.end));
        if end <= span.end {
            return false;
        }
        let after = fold_key(&text[span.end..end]);
        let nouns = doc.lang.lexicon("suspect.noun");
        let mut rest = after.trim_start_matches([',', ' ']);
        for _ in 0..=GAP_REACH {
            if nouns.folded_forms().any(|(_, f)| starts_with_word(rest, f)) {
                return true;
            }
            let (first, tail) = rest.split_once(' ').unwrap_or((rest, ""));
            if !(is_gap_word(doc, first) || is_word(doc, "grammar.article", first)) {
                return false;
            }
            rest = tail.trim_start_matches([',', ' ']);
        }
        false
    }

    /// "a 19-year-old man is believed to have fired the shots", "un homme
    /// de 24 ans, soupçonné d'avoir tiré": a `suspect.verb` at most
    /// `VERB_REACH` words after the age, in its sentence, with no other
    /// figure and no `;`, `:` or parenthesis between.
    fn suspect_verb_after(&self, span: Span, sentence: Span) -> bool {
        let doc = self.doc;
        let text = doc.text();
        let end = crate::text::floor_char_boundary(text, (span.end + 160).min(sentence.end));
        if end <= span.end {
            return false;
        }
        let after = fold_key(&text[span.end..end]);
        let first = forms(doc, "suspect.verb")
            .into_iter()
            .filter_map(|f| whole_word_positions(&after, f).next())
            .min();
        first.is_some_and(|at| {
            let gap = &after[..at];
            gap.split_whitespace().count() <= VERB_REACH
                && !gap.contains([';', ':', '(', ')'])
                && !gap.contains(|c: char| c.is_ascii_digit())
        })
    }
}

/// Whether `word` (folded) may stand between a suspect's noun and their
/// age (`suspect.age_gap`, a nationality: "l'assaillant, un Afghan de 28
/// ans"), an elided article ("l'") included.
fn is_gap_word(doc: &Doc, word: &str) -> bool {
    let word = word.trim_matches(',');
    [
        "suspect.age_gap",
        "grammar.of",
        "country.adjective",
        "country.people",
    ]
    .iter()
    .any(|lex| is_word(doc, lex, word))
}

impl Builder<'_, '_> {
    /// "three Israeli hostages", "183 Palestinian prisoners": a nationality
    /// before a noun of `count.nationality_plain` describes everyone counted
    /// (French puts it after: "183 prisonniers palestiniens"), so the
    /// figure is the noun's own, never a part of a nationality. Returns
    /// the noun's key.
    pub(super) fn noun_after_nationality(&self, noun: Span) -> Option<String> {
        let doc = self.doc;
        let written = fold_key(doc.slice(noun));
        let (first, rest) = written.trim().split_once(' ')?;
        if !is_word(doc, "country.adjective", first) {
            return None;
        }
        doc.lang
            .lexicon("count.nationality_plain")
            .key_of(rest.trim())
            .map(str::to_string)
    }
}

/// How many words a suspect's noun may have after it, a complement opened
/// by a preposition, before the comma of an apposition.
const COMPLEMENT_REACH: usize = 6;

/// Whether the clause that ends `before` (folded, up to a comma) ends with
/// a suspect's noun and a complement opened by a preposition ("l'auteur de
/// l'attaque au couteau", "the suspect in Friday's attack"), never a verb
/// ("the suspect shot the victim").
fn noun_with_complement(doc: &Doc, before: &str) -> bool {
    let clause = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
    let words: Vec<&str> = clause.split_whitespace().collect();
    let nouns = forms(doc, "suspect.noun");
    let elided = elided_articles(doc);
    (0..words.len()).any(|i| {
        // The noun may be elided onto its article ("l'auteur").
        let tail = words[i..].join(" ");
        let tail = elided
            .iter()
            .find_map(|a| tail.strip_prefix(a))
            .unwrap_or(&tail);
        let Some(form) = nouns
            .iter()
            .filter(|f| starts_with_word(tail, f))
            .max_by_key(|f| f.len())
        else {
            return false;
        };
        let n = form.split_whitespace().count();
        let after = &words[(i + n).min(words.len())..];
        !after.is_empty()
            && after.len() <= COMPLEMENT_REACH
            && (is_word(doc, "grammar.preposition", after[0])
                || is_word(doc, "grammar.of", after[0]))
    })
}

/// Whether `s` starts with the whole words of `form`.
fn starts_with_word(s: &str, form: &str) -> bool {
    s.starts_with(form)
        && s[form.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims_in;

    /// The suspect's ages a text claims.
    fn suspect_ages(lang: &str, text: &str) -> Vec<String> {
        claims_in(lang, text)
            .into_iter()
            .filter(|(k, a, _)| k == "suspect" && a == "age")
            .map(|(_, _, v)| v)
            .collect()
    }

    /// The figures a text claims for a count key.
    fn counts(lang: &str, text: &str, key: &str) -> Vec<String> {
        claims_in(lang, text)
            .into_iter()
            .filter(|(k, a, _)| k == key && a == "count")
            .map(|(_, _, v)| v)
            .collect()
    }

    #[test]
    fn french_suspects_ages_in_apposition_before_and_after_the_noun() {
        for (text, age) in [
            (
                "Le tireur présumé, un homme de 24 ans, a été interpellé samedi.",
                "24",
            ),
            ("Âgé de 26 ans, le suspect a été interpellé à l'aube.", "26"),
            (
                "Le suspect, âgé de 31 ans, est connu des services de police.",
                "31",
            ),
            ("L'assaillant était âgé de 19 ans, selon le parquet.", "19"),
            ("Un suspect de 36 ans a été interpellé dans la nuit.", "36"),
            ("Le suspect, un quadragénaire, est âgé de 44 ans.", "44"),
            (
                "Un homme de 42 ans, soupçonné d'avoir poignardé deux passants, a été arrêté.",
                "42",
            ),
            ("Une femme de 29 ans a été interpellée mardi soir.", "29"),
            (
                "L'auteur de l'attaque au couteau, un Tunisien de 31 ans, a été maîtrisé.",
                "31",
            ),
        ] {
            assert_eq!(suspect_ages("fr", text), vec![age], "{text}");
        }
    }

    #[test]
    fn english_suspects_ages_in_apposition_compounds_and_suspicion_verbs() {
        for (text, age) in [
            ("The suspect, 19, was detained at a house.", "19"),
            ("The suspected gunman, aged 27, was shot by officers.", "27"),
            (
                "A 33-year-old man is believed to have fired the shots.",
                "33",
            ),
            ("Police said a 45-year-old suspect was in custody.", "45"),
            (
                "A 38-year-old woman was arrested at the scene, police said.",
                "38",
            ),
            (
                "One of them, a 21-year-old man from the town, is suspected of stabbing the guard.",
                "21",
            ),
            (
                "The suspect in Friday's attack, a 24-year-old man, appeared in court.",
                "24",
            ),
            (
                "Officials identified the gunman as 20-year-old Dale Harker.",
                "20",
            ),
        ] {
            assert_eq!(suspect_ages("en", text), vec![age], "{text}");
        }
    }

    #[test]
    fn victims_and_witnesses_ages_and_several_suspects_are_not_the_suspects() {
        for (lang, text) in [
            (
                "fr",
                "L'une des victimes, un étudiant de 19 ans, est morte sur place.",
            ),
            ("fr", "Le tireur a tué un homme de 50 ans devant la gare."),
            ("fr", "Une habitante de 71 ans raconte avoir tout entendu."),
            ("en", "A 67-year-old woman was among the dead."),
            ("en", "The gunman shot a 50-year-old man in the car park."),
            (
                "en",
                "Two suspects, aged 19 and 22, were arrested on Monday.",
            ),
            ("en", "\"Everyone ran,\" said one trader, aged 52."),
            (
                "en",
                "The suspect shot the victim, a 45-year-old teacher, twice.",
            ),
        ] {
            assert!(suspect_ages(lang, text).is_empty(), "{text}");
        }
    }

    #[test]
    fn arrests_in_the_active_and_passive_voice_count_whoever_is_arrested() {
        for (lang, text, key, value) in [
            (
                "en",
                "Police arrested three suspects on Monday.",
                "count:arrested",
                "3",
            ),
            (
                "en",
                "Two men were taken into custody.",
                "count:arrested",
                "2",
            ),
            (
                "en",
                "Four people have now been arrested.",
                "count:arrested",
                "4",
            ),
            (
                "en",
                "Officers detained five teenagers overnight.",
                "count:arrested",
                "5",
            ),
            (
                "fr",
                "Les policiers ont interpellé trois hommes dimanche.",
                "count:arrested",
                "3",
            ),
            (
                "fr",
                "Cinq personnes ont été placées en garde à vue.",
                "count:in custody",
                "5",
            ),
            (
                "fr",
                "Deux personnes sont désormais en garde à vue.",
                "count:in custody",
                "2",
            ),
            (
                "fr",
                "Les enquêteurs ont placé en garde à vue trois membres de sa famille.",
                "count:in custody",
                "3",
            ),
        ] {
            assert_eq!(counts(lang, text, key), vec![value], "{text}");
        }
        // Protesters arrested stay a part of the protest's arrests.
        let got = claims_in("fr", "Trois manifestants ont été interpellés.");
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "count@part-protesters:arrested" && v == "3"),
            "{got:?}"
        );
    }

    #[test]
    fn shots_hostages_held_apart_and_a_phrasal_verb_is_no_bound() {
        assert_eq!(
            counts(
                "fr",
                "Une dizaine de coups de feu ont été tirés.",
                "count:shots"
            ),
            vec!["about 10"]
        );
        assert_eq!(
            counts(
                "en",
                "More than 20 shots were fired at the crowd.",
                "count:shots"
            ),
            vec!["more-than 20"]
        );
        // Attackers by any of their names, in both languages.
        for (lang, text, value) in [
            (
                "fr",
                "Trois assaillants ont ouvert le feu sur la foule.",
                "3",
            ),
            (
                "fr",
                "Deux hommes armés ont fait irruption dans la salle.",
                "2",
            ),
            ("en", "Four gunmen stormed the hotel lobby.", "4"),
            ("en", "Two attackers were shot dead by police.", "2"),
        ] {
            assert_eq!(counts(lang, text, "count:attackers"), vec![value], "{text}");
        }
        // "handed over four hostages": four, not more than four.
        assert_eq!(
            counts(
                "en",
                "The rebels handed over four hostages on Friday.",
                "count:hostages"
            ),
            vec!["4"]
        );
        // Hostages still held are not the hostages released.
        let got = claims_in("en", "The group is still holding 59 hostages.");
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "count@part-hostages:held" && v == "59"),
            "{got:?}"
        );
        let got = claims_in("fr", "Vingt otages sont toujours retenus dans la région.");
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "count@part-hostages:held" && v == "20"),
            "{got:?}"
        );
        // Prisoners by any of their names, in both languages.
        for (lang, text) in [
            ("fr", "Les autorités ont relâché 180 détenus."),
            ("fr", "Contre 150 prisonniers palestiniens."),
            ("en", "In exchange for 150 prisoners held by the state."),
            ("en", "The deal freed 90 detainees."),
            ("en", "Hamas freed 183 Palestinian prisoners."),
        ] {
            assert_eq!(counts(lang, text, "count:prisoners").len(), 1, "{text}");
        }
    }

    #[test]
    fn the_time_and_day_of_an_attack() {
        let got = claims_in(
            "en",
            "The attack on Saturday, May 9, 2026 happened shortly after 2.30pm.",
        );
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "time:attack" && v == "shortly after 14:30"),
            "{got:?}"
        );
        let got = claims_in(
            "fr",
            "Vermaux, 14 mars 2026 - Vers 23 heures vendredi, un homme a ouvert le feu devant un bar.",
        );
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "time:attack" && v == "about 23:00"),
            "{got:?}"
        );
    }
}
