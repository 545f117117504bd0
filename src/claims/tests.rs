//! Unit tests of the claims stage, in phrasings of several stories.

use crate::extract::testing::{RULES, article};
use crate::extract::{Doc, extract};

/// `(subject key, attribute, value)` of the claims of one text.
fn claims(text: &str) -> Vec<(String, String, String)> {
    claims_in("fr", text)
}

/// The same in a given language; also used by the tests of `named.rs` and
/// `past.rs`.
pub(super) fn claims_in(lang: &str, text: &str) -> Vec<(String, String, String)> {
    let a = article(text);
    let doc = Doc::new(&a, RULES.language(lang).unwrap());
    let mentions = extract(&doc);
    super::build(&doc, &mentions, 0)
        .claims
        .into_iter()
        .map(|c| (c.subject_key, c.attribute, c.value.to_string()))
        .collect()
}

/// The `(subject key, value)` of the count claims of a text in a given
/// language; used by the tests of the claim families.
pub(super) fn counts_in(lang: &str, text: &str) -> Vec<(String, String)> {
    claims_in(lang, text)
        .into_iter()
        .filter(|(_, attribute, _)| attribute == "count")
        .map(|(key, _, value)| (key, value))
        .collect()
}

/// A `(key, value)` pair as [`counts_in`] returns them.
pub(super) fn pair(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

#[test]
fn earlier_figures_of_a_toll_are_left_out_and_the_rest_marked_running() {
    let text = "Le premier bilan faisait état de 296 morts. Le séisme a fait 1 037 morts, \
                contre 632 dans le bilan de la veille. Le tremblement a fait 12 soldats blessés.";
    let a = article(text);
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let got = super::build(&doc, &extract(&doc), 0).claims;
    let tolls: Vec<(String, bool)> = got
        .iter()
        .filter(|c| c.attribute == "count")
        .map(|c| (c.value.to_string(), c.running))
        .collect();
    assert!(tolls.contains(&("1037".into(), true)), "{tolls:?}");
    assert!(
        !tolls.iter().any(|(v, _)| v == "296" || v == "632"),
        "{tolls:?}"
    );
}

#[test]
fn a_count_is_no_year_for_the_weekday_of_a_date() {
    // 2059 counts the injured: the year of "samedi 9 septembre" is the
    // 2023 of the text, not 2062.
    let text = "Le séisme de 2023 a fait 2059 blessés selon le bilan émis samedi 9 septembre.";
    let a = article(text);
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let anchor = super::build(&doc, &extract(&doc), 0).anchor.expect("dated");
    assert_eq!(anchor.date.to_string(), "2023-09-09");
}

fn has(got: &[(String, String, String)], key: &str, attr: &str, value: &str) -> bool {
    got.iter()
        .any(|(k, a, v)| k == key && a == attr && v == value)
}

// Families of issue 8, in phrasings of other stories than the
// development clusters.

#[test]
fn vote_shares_in_results_lists_and_after_results_verbs() {
    let got = claims(
        "Selon la commission électorale, Alassane Ouattara obtient 89,77 % des suffrages. \
         Suivent Henriette Lagou (1,27 %), Simone Ehivet Gbagbo : 2,48 % et \
         Kouadio Konan Bertin, 19 227, soit 1,99 %.",
    );
    assert!(
        has(&got, "person:ouattara", "vote-share", "89.77"),
        "{got:?}"
    );
    assert!(has(&got, "person:lagou", "vote-share", "1.27"), "{got:?}");
    assert!(has(&got, "person:gbagbo", "vote-share", "2.48"), "{got:?}");
    assert!(has(&got, "person:bertin", "vote-share", "1.99"), "{got:?}");
}

#[test]
fn a_candidates_votes_go_with_the_share_beside_them_and_bare_votes_claim_nothing() {
    let got = claims(
        "Paul Biya a recueilli 53,66 % des voix, soit 2 521 934 voix. \
         Avec 1 200 000 voix, le scrutin a mobilisé.",
    );
    assert!(has(&got, "person:biya", "votes", "2521934"), "{got:?}");
    assert!(
        got.iter().all(|(k, _, _)| !k.starts_with("count:votes")),
        "votes with no candidate are nobody's: {got:?}"
    );
}

#[test]
fn final_results_are_keyed_apart_from_provisional_ones() {
    let got = claims(
        "La Cour suprême a publié les résultats définitifs. Paul Biya a recueilli \
         53,66 % des voix. Selon les résultats provisoires, Paul Biya avait obtenu \
         52,1 %. Le taux de participation est de 57,7 %.",
    );
    assert!(
        has(&got, "person@final:biya", "vote-share", "53.66"),
        "{got:?}"
    );
    assert!(has(&got, "person:biya", "vote-share", "52.1"), "{got:?}");
    assert!(
        has(&got, "share@final:participation", "percent", "57.7"),
        "{got:?}"
    );
}

#[test]
fn key_figures_as_label_colon_number() {
    let got = claims(
        "Les chiffres clés du second tour. Inscrits : 7 494 521 ; votants : 3 612 200 ; \
         bulletins blancs ou nuls : 1 204.\n- 45 000 suffrages exprimés",
    );
    assert!(
        has(&got, "count:registered voters", "count", "7494521"),
        "{got:?}"
    );
    assert!(has(&got, "count:voters", "count", "3612200"), "{got:?}");
    assert!(
        has(&got, "count:spoiled ballots", "count", "1204"),
        "{got:?}"
    );
    assert!(has(&got, "count:valid votes", "count", "45000"), "{got:?}");
}

#[test]
fn severity_of_the_injured_is_its_own_count() {
    // A hospital's triage ("blessés graves" / "légers") counts a part of
    // the injured, not the injured: no inconsistency with the total.
    let got = claims(
        "Un incendie a ravagé un immeuble de Lyon. L'hôpital a pris en charge \
         5 blessés graves et 40 blessés plus légèrement touchés. Trois \
         personnes ont été grièvement blessées et 12 légèrement blessées.",
    );
    assert!(
        has(&got, "count:seriously injured", "count", "5"),
        "{got:?}"
    );
    // "blessés plus légèrement touchés": the light ones of the triage.
    assert!(has(&got, "count:lightly injured", "count", "40"), "{got:?}");
    assert!(
        has(&got, "count:seriously injured", "count", "3"),
        "{got:?}"
    );
    assert!(has(&got, "count:lightly injured", "count", "12"), "{got:?}");
}

#[test]
fn verbs_of_passing_a_figure_are_lower_bounds() {
    let got = claims(
        "Le séisme a frappé la région samedi. Le bilan a dépassé les 2 000 morts. \
         Les rafales ont dépassé les 150 km/h.",
    );
    assert!(
        has(&got, "count:dead", "count", "more-than 2000"),
        "{got:?}"
    );
    let got = claims_in(
        "en",
        "The earthquake struck the region on Saturday. The death toll topped 2,000 \
         on Sunday.",
    );
    assert!(
        has(&got, "count:dead", "count", "more-than 2000"),
        "{got:?}"
    );
    let got = claims_in(
        "en",
        "The death toll from the earthquake passed 1,000 on Saturday afternoon.",
    );
    assert!(
        has(&got, "count:dead", "count", "more-than 1000"),
        "{got:?}"
    );
    // Between the toll and its figure, the event may be described with
    // a magnitude or a year; another count there is the toll's own figure.
    for (text, want, not) in [
        (
            "The death toll from the 7.7 magnitude earthquake in Myanmar has risen to 1,000, \
             with 1,670 people injured.",
            "1000",
            "1670",
        ),
        (
            "The death toll from Friday's 6.4 magnitude quake in the north stood at 57 on Monday.",
            "57",
            "6.4",
        ),
    ] {
        let got = claims_in("en", text);
        assert!(has(&got, "count:dead", "count", want), "{text}: {got:?}");
        assert!(!has(&got, "count:dead", "count", not), "{text}: {got:?}");
    }
}

#[test]
fn a_verb_of_change_links_a_toll_to_its_figure_across_a_long_clause() {
    for (text, key, want) in [
        (
            "The death toll from flash floods that tore through the hill towns of the \
             province late Sunday climbed to 34 on Tuesday, officials said.",
            "count:dead",
            "34",
        ),
        (
            "The number of people killed in Sunday's floods rose to 37 on Wednesday.",
            "count:dead",
            "37",
        ),
        (
            "The number of people still missing after the landslide fell to nine.",
            "count:missing",
            "9",
        ),
        (
            "Rescuers have recovered the bodies of 17 people.",
            "count:dead",
            "17",
        ),
    ] {
        let got = claims_in("en", text);
        assert!(has(&got, key, "count", want), "{text}: {got:?}");
    }
    // A bare link word ("of", "at") keeps the short reach: a figure far
    // after the toll noun is not the toll.
    let got = claims_in(
        "en",
        "The death toll has not been confirmed by the authorities in the capital \
         and the three northern provinces of the country at 12 locations.",
    );
    assert!(!got.iter().any(|(k, _, _)| k == "count:dead"), "{got:?}");
}

#[test]
fn those_who_died_at_the_scene_or_in_hospital_are_parts_of_the_toll() {
    let got = claims_in(
        "en",
        "The derailment on Tuesday killed 17 people. Eleven people died at the scene \
         and six passengers died later in hospital.",
    );
    assert!(has(&got, "count:dead", "count", "17"), "{got:?}");
    assert!(
        has(&got, "count:dead at the scene", "count", "11"),
        "{got:?}"
    );
    // Passengers are counted by who they are (`count.who`, as French
    // "six passagers"): a part of those who died in hospital.
    assert!(
        has(&got, "count@part-passengers:dead in hospital", "count", "6"),
        "{got:?}"
    );
    assert!(!has(&got, "count:dead", "count", "11"), "{got:?}");
}

#[test]
fn storms_landslides_and_explosions_are_dated_events_of_nobody() {
    let got = claims_in(
        "en",
        "Typhoon Rell made landfall on September 7, 2025, near the port. President \
         Mina Okoro visited the coast. A landslide on September 9, 2025 buried a \
         village. The blast at the depot on September 10, 2025 injured 12 workers.",
    );
    assert!(has(&got, "cyclone:", "date", "2025-09-07"), "{got:?}");
    assert!(has(&got, "landslide:", "date", "2025-09-09"), "{got:?}");
    assert!(has(&got, "explosion:", "date", "2025-09-10"), "{got:?}");
}

#[test]
fn english_ages_in_a_relative_clause_or_a_definite_apposition() {
    for text in [
        "Foreign Minister Ana Sole met him. Sole, who is 47, met her counterpart.",
        "Foreign Minister Ana Sole met him. Sole, the 47-year-old foreign minister, left.",
    ] {
        let got = claims_in("en", text);
        assert!(has(&got, "person:sole", "age", "47"), "{text}: {got:?}");
    }
}

#[test]
fn measures_in_english_share_the_french_keys() {
    let got = claims_in(
        "en",
        "A powerful earthquake struck the region on Friday. The quake had a \
         magnitude of 6.4, according to the USGS. A 5.9-magnitude aftershock \
         followed. Wind gusts reached 180 km/h on the coast.",
    );
    assert!(
        has(&got, "measure@usgs:magnitude", "value", "6.4"),
        "{got:?}"
    );
    // The aftershock's magnitude is its own, never the quake's.
    assert!(
        !got.iter()
            .any(|(k, _, v)| v == "5.9" && k != "measure:aftershock:magnitude"),
        "{got:?}"
    );
    assert!(has(&got, "measure:gusts:km/h", "value", "180"), "{got:?}");
}

#[test]
fn magnitudes_need_an_agency_and_speeds_a_subject() {
    let got = claims(
        "Le séisme, d'une magnitude de 7,8 selon l'USGS, a frappé la Turquie. \
         Une réplique de magnitude 6,7 selon l'USGS a suivi. \
         Le tremblement de terre de magnitude 7,5 a détruit des villages. \
         Des rafales atteignant jusqu'à 190 km/h ont balayé la côte. \
         Le TGV roule à 320 km/h.",
    );
    let magnitudes: Vec<_> = got
        .iter()
        .filter(|(k, _, _)| k.contains("magnitude"))
        .collect();
    assert_eq!(magnitudes.len(), 1, "{got:?}");
    assert!(
        magnitudes[0].0.starts_with("measure@usgs") || magnitudes[0].0.contains("usgs"),
        "{got:?}"
    );
    assert_eq!(magnitudes[0].2, "7.8", "{got:?}");
    assert!(has(&got, "measure:gusts:km/h", "value", "190"), "{got:?}");
    assert!(
        got.iter().all(|(_, _, v)| v != "320"),
        "a train is no gust: {got:?}"
    );
}

#[test]
fn counts_of_a_place_in_parentheses_are_that_places() {
    let got = claims(
        "Le séisme a fait 5 000 morts. La plupart des morts ont été recensés à \
         Hatay (1 200) et à Gaziantep (800). Un tiers des blessés (300) ont été \
         soignés à Antakya, selon le bilan.",
    );
    assert!(has(&got, "count@in-hatay:dead", "count", "1200"), "{got:?}");
    assert!(
        has(&got, "count@in-gaziantep:dead", "count", "800"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@in-antakya:injured", "count", "300"),
        "{got:?}"
    );
    assert!(has(&got, "count:dead", "count", "5000"), "{got:?}");
}

#[test]
fn times_of_day_of_the_event_with_how_exact_they_are() {
    let got = claims(
        "L'explosion s'est produite vers 14H20 près de la gare. \
         Une deuxième explosion, une réplique, a eu lieu à 15h00. \
         Le bilan a été publié à 19 heures. \
         La fumée blanche est apparue peu avant 18 heures 30.",
    );
    assert!(
        has(&got, "time:explosion", "time", "about 14:20"),
        "{got:?}"
    );
    assert!(
        has(&got, "time:white smoke", "time", "shortly before 18:30"),
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|(_, a, _)| a == "time").count(),
        2,
        "{got:?}"
    );
}

#[test]
fn a_time_of_day_is_keyed_and_shown_alike_in_every_language() {
    let shown = |lang: &str, text: &str| -> Vec<(String, String)> {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language(lang).unwrap());
        super::build(&doc, &extract(&doc), 0)
            .claims
            .into_iter()
            .filter(|c| c.attribute == "time")
            .map(|c| (c.subject_key, c.subject))
            .collect()
    };
    assert_eq!(
        shown(
            "en",
            "The fire was declared contained shortly after 5 p.m. on Friday."
        ),
        [("time:fire".to_string(), "fire (time of day)".to_string())]
    );
    assert_eq!(
        shown("fr", "L'incendie a été fixé peu après 17 heures vendredi."),
        [("time:fire".to_string(), "fire (time of day)".to_string())]
    );
}

#[test]
fn regnal_names_are_claimed_when_chosen() {
    let got = claims(
        "Le nouveau roi a choisi de régner sous le nom de Charles III. \
         Son arrière-grand-père Édouard VII avait été couronné en 1902.",
    );
    assert!(
        has(&got, "regnal:charles", "regnal name", "Charles III"),
        "{got:?}"
    );
    assert!(got.iter().all(|(k, _, _)| k != "regnal:edouard"), "{got:?}");
    assert_eq!(super::people::roman_value("XIV"), Some(14));
    assert_eq!(super::people::roman_value("IIII"), None);
}

#[test]
fn ages_in_apposition_and_after_a_birth_so_many_years_ago() {
    let got = claims(
        "Le juge Marc Dulac, magistrat de 58 ans, préside. \
         Le procureur Jean Rivière, né à Lyon il y a 61 ans, requiert. \
         La cour a entendu M. Paul Roux. Âgé de 44 ans, cet ouvrier a parlé.",
    );
    assert!(has(&got, "person:dulac", "age", "58"), "{got:?}");
    assert!(has(&got, "person:riviere", "age", "61"), "{got:?}");
    assert!(has(&got, "person:roux", "age", "44"), "{got:?}");
}

#[test]
fn birth_years_belong_to_the_person_named_next_to_them() {
    let got = claims(
        "Né en 1968, le général Henri Valcourt a pris sa retraite. \
         La juge Awa Diarra, née le 3 mars 1975 à Kayes, préside. \
         L'usine, née en 1990 d'une fusion, ferme.",
    );
    assert!(
        has(&got, "person:valcourt", "birth year", "1968"),
        "{got:?}"
    );
    assert!(has(&got, "person:diarra", "birth year", "1975"), "{got:?}");
    let births = got.iter().filter(|(_, a, _)| a == "birth year").count();
    assert_eq!(
        births, 2,
        "no person is named next to the factory's year: {got:?}"
    );
}

#[test]
fn ages_in_apposition_belong_to_the_person_just_named() {
    let got = claims(
        "Le préfet Marc Lenoir, 61 ans, a reçu la capitaine Inès Roy, âgée de 34 ans.              Un homme de 23 ans a été interpellé, et la mission durera deux ans.",
    );
    assert!(has(&got, "person:lenoir", "age", "61"), "{got:?}");
    assert!(has(&got, "person:roy", "age", "34"), "{got:?}");
    let ages = got
        .iter()
        .filter(|(k, a, _)| a == "age" && k.starts_with("person:"))
        .count();
    assert_eq!(
        ages, 2,
        "nobody is named next to 23 ans; deux ans is a duration: {got:?}"
    );
    // The man arrested is the suspect (`attacks.rs`), nobody named.
    assert!(has(&got, "suspect", "age", "23"), "{got:?}");
}

#[test]
fn a_past_tense_end_looks_back_and_a_future_start_forward() {
    let got = claims(
        "Rome, jeudi 9 mai 2024 – Le ministre Paolo Verdi a quitté Rome mardi, \
         au terme d'une visite entamée le 5 mai.",
    );
    assert!(has(&got, "visit:verdi", "end", "2024-05-07"), "{got:?}");
    assert!(has(&got, "visit:verdi", "start", "2024-05-05"), "{got:?}");
    let got = claims("Lyon, lundi 3 juin 2024 – La présidente Ana Ruiz atterrira jeudi à Lima.");
    assert!(has(&got, "visit:ruiz", "start", "2024-06-06"), "{got:?}");
}

#[test]
fn a_start_after_the_end_is_another_trip() {
    let got = claims(
        "Oslo, mercredi 5 juin 2024 – La ministre Ana Ruiz est arrivée mardi à Oslo \
         et en repartira jeudi. Son avion atterrira dimanche à Lima.",
    );
    assert!(has(&got, "visit:ruiz", "start", "2024-06-04"), "{got:?}");
    assert!(!has(&got, "visit:ruiz", "start", "2024-06-09"), "{got:?}");
}

#[test]
fn namesakes_are_two_people() {
    let got =
        claims("Le général Jean Ba a salué le capitaine Marie Ba. Le général Jean Ba a parlé.");
    assert!(has(&got, "person:ba", "rank", "général"), "{got:?}");
    assert!(has(&got, "person:marie ba", "rank", "capitaine"), "{got:?}");
    assert!(!has(&got, "person:ba", "rank", "capitaine"), "{got:?}");
}

#[test]
fn death_tolls_share_one_noun_and_old_tolls_are_left_out() {
    let got = claims(
        "Lima, 2 mars 2024 – Quatorze personnes ont péri dans l'éboulement et 3 autres \
         sont blessées. En 2010, un séisme avait fait 200 morts.",
    );
    assert!(has(&got, "count:dead", "count", "14"), "{got:?}");
    // The 2010 quake's toll is that year's, never the story's.
    assert!(
        !got.iter()
            .any(|(k, _, v)| v == "200" && k != "count@year-2010:dead"),
        "{got:?}"
    );
    let got = claims("Un bilan officiel fait état de 1 mort et de 5 victimes.");
    assert!(has(&got, "count:dead", "count", "1"), "{got:?}");
    assert!(has(&got, "count:victims", "count", "5"), "{got:?}");
}

#[test]
fn a_toll_count_takes_its_noun_from_the_verb_or_the_predicate() {
    // A bare number whose predicate says what it counts.
    let got = claims(
        "Lyon, 4 mai 2024 – L'incendie a fait 6 morts, tandis que 48 ont été blessées \
         et 3 sont portées disparues.",
    );
    assert!(has(&got, "count:injured", "count", "48"), "{got:?}");
    assert!(has(&got, "count:missing", "count", "3"), "{got:?}");
    // A verb or a noun of death before a count of people; "autres"
    // after a verb stands for the toll's people.
    let got = claims("Dacca, 8 juin 2024 – L'effondrement a tué 19 personnes et blessé 70 autres.");
    assert!(has(&got, "count:dead", "count", "19"), "{got:?}");
    assert!(has(&got, "count:injured", "count", "70"), "{got:?}");
    let got = claims(
        "Quito, 2 juillet 2024 – La coulée de boue a provoqué la mort d'au moins \
         12 personnes.",
    );
    assert!(has(&got, "count:dead", "count", "at-least 12"), "{got:?}");
    // A part of a toll, or a projection, claims nothing.
    let got = claims(
        "Lyon, 4 mai 2024 – L'incendie a fait 60 blessés, dont 9 ont été blessées \
         gravement.",
    );
    assert!(!has(&got, "count:injured", "count", "9"), "{got:?}");
}

#[test]
fn two_figures_of_one_count_in_an_article_are_both_claimed() {
    let got = claims(
        "Niamey, 3 mars 2024 – Au total, 1 240 000 électeurs inscrits étaient appelés \
         aux urnes. Chiffres clés : 1 204 000 inscrits.",
    );
    assert!(
        has(&got, "count:registered voters", "count", "1.24 million"),
        "{got:?}"
    );
    assert!(
        has(&got, "count:registered voters", "count", "1204000"),
        "{got:?}"
    );
}

#[test]
fn a_record_claims_how_many_years_it_spans() {
    let got = claims(
        "Nîmes, 10 octobre 2024 – La crue est la plus forte que la ville ait connue \
         depuis plus de 50 ans.",
    );
    assert!(
        has(&got, "record:flood", "years-since", "more-than 50"),
        "{got:?}"
    );
    // A year is counted back from the article's date.
    let got = claims("Nîmes, 10 octobre 2024 – C'est l'inondation la plus grave depuis 1988.");
    assert!(has(&got, "record:flood", "years-since", "36"), "{got:?}");
    // No superlative, no record: a plain duration.
    let got = claims("Nîmes, 10 octobre 2024 – La crue menace la ville depuis 3 ans.");
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("record:")),
        "{got:?}"
    );
}

#[test]
fn a_named_event_recalled_claims_its_year_and_month() {
    let got = claims(
        "Brest, 2 mars 2024 – La tempête rappelle la tempête Xynthia de février 2010 \
         et l'ouragan de 1987.",
    );
    assert!(has(&got, "named:xynthia", "year", "2010"), "{got:?}");
    assert!(has(&got, "named:xynthia", "month", "2010-02"), "{got:?}");
    // "l'ouragan de 1987" names no event.
    assert_eq!(
        got.iter()
            .filter(|(k, _, _)| k.starts_with("named:"))
            .count(),
        2,
        "{got:?}"
    );
    let got = claims("Le séisme d'Agadir en 1960 avait fait 12 000 morts.");
    assert!(has(&got, "named:agadir", "year", "1960"), "{got:?}");
}

#[test]
fn a_date_of_a_reporting_verb_is_not_the_reported_events() {
    let got = claims(
        "Lomé, 30 avril 2025 – La commission a annoncé le 29 avril que le président \
         Faure Kodjo avait remporté l'élection présidentielle.",
    );
    assert!(
        !got.iter().any(|(k, a, _)| k == "vote:" && a == "date"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, v)| v == "2025-04-29"), "{got:?}");
}

#[test]
fn a_sentence_naming_the_article_year_is_current_after_a_recalled_year() {
    let got = claims(
        "La crise ouverte en mars 2019 se referme. Le 3 mai 2024, 12 500 manifestants \
         ont défilé à Lyon.",
    );
    assert!(has(&got, "count:protesters", "count", "12500"), "{got:?}");
}

#[test]
fn a_full_date_older_than_a_year_named_later_does_not_date_the_article() {
    let a = article(
        "Le typhon du 3 octobre 1951 reste dans les mémoires. Le typhon Mireille de \
         septembre 1991 avait fait moins de dégâts.",
    );
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let mentions = extract(&doc);
    let anchor = super::build(&doc, &mentions, 0).anchor;
    assert!(anchor.is_none(), "{anchor:?}");
}

#[test]
fn an_incise_with_another_subject_does_not_make_the_agent() {
    let got = claims(
        "Quito, 10 avril 2024 – Le président Omar Sy, qu'elle avait reçu en mars, \
         s'est rendu le 3 avril à Lima.",
    );
    assert!(has(&got, "visit:sy", "start", "2024-04-03"), "{got:?}");
}
#[test]
fn prison_sentences_belong_to_the_convicted_not_to_the_prosecutor() {
    let got = claims(
        "Nantes, 3 avril 2025 – Le tribunal a condamné le prévenu Paul Girard à huit ans \
         de prison, alors que le procureur Luc Morin avait réclamé dix ans. \
         Son complice encourt vingt ans.",
    );
    assert!(has(&got, "person:girard", "sentence", "8"), "{got:?}");
    assert!(
        has(&got, "person:girard", "requested-sentence", "10"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, _, _)| k == "person:morin" && k.contains("sentence"))
    );
    assert!(!got.iter().any(|(_, _, v)| v == "20"), "{got:?}");
}

#[test]
fn a_start_or_end_verb_speaks_of_the_event_noun_before_it() {
    let got = claims(
        "Rennes, 5 mars 2025 – La grève des contrôleurs aériens a pris fin le 3 mars. \
         Le procès de l'accusée Léa Brun s'est ouvert le 4 mars.",
    );
    assert!(has(&got, "strike:", "end", "2025-03-03"), "{got:?}");
    assert!(has(&got, "trial:brun", "start", "2025-03-04"), "{got:?}");
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("visit")),
        "{got:?}"
    );
}

#[test]
fn counts_of_marchers_are_keyed_by_who_counts_them() {
    let got = claims(
        "D'après la préfecture, 4 500 grévistes ont défilé jeudi. \
         Les syndicats ont recensé 9 000 participants, 3 000 de source policière.",
    );
    // "ont défilé": those who marched are demonstrators, whatever the noun.
    assert!(
        has(&got, "count@prefecture:protesters", "count", "4500"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@syndicats:participants", "count", "9000"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@police:participants", "count", "3000"),
        "{got:?}"
    );
}

#[test]
fn percentages_need_a_clear_subject() {
    let got = claims(
        "Le maire sortant Jean Morel recueille 44 % des suffrages et la participation \
         s'élève à 48,5 %. Un sondage donnait Jean Morel à 40 %. Les prix ont monté de 3 %.",
    );
    assert!(has(&got, "person:morel", "vote-share", "44"), "{got:?}");
    assert!(
        has(&got, "share:participation", "percent", "48.5"),
        "{got:?}"
    );
    let shares = got
        .iter()
        .filter(|(_, a, _)| a == "vote-share" || a == "percent")
        .count();
    assert_eq!(shares, 2, "{got:?}");
}

#[test]
fn weekdays_of_an_event_as_written_or_implied_by_its_date() {
    // Undated: the weekday alone is the claim.
    let got = claims("Le pays a voté lors du référendum de dimanche, sous la pluie.");
    assert!(has(&got, "vote:", "weekday", "Sunday"), "{got:?}");
    // A full date implies its weekday (marked derived: it only repeats
    // the date).
    let a = article("Les électeurs étaient appelés aux urnes le 9 juin 2024 pour les européennes.");
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let built = super::build(&doc, &extract(&doc), 0).claims;
    let weekday = built
        .iter()
        .find(|c| c.attribute == "weekday" && c.subject_key == "vote:")
        .expect("a weekday");
    assert_eq!(weekday.value.to_string(), "Sunday");
    assert!(weekday.derived);
}

#[test]
fn the_weekday_written_beside_a_day_is_that_days() {
    let got = claims("Le sommet s'est ouvert ce mardi 14 octobre à Bruxelles.");
    assert!(has(&got, "day:--10-14", "weekday", "Tuesday"), "{got:?}");
    // No weekday written, no claim about the day.
    let got = claims("Le sommet s'est ouvert le 14 octobre 2025 à Bruxelles.");
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("day:")),
        "{got:?}"
    );
}

#[test]
fn a_date_across_a_sequence_word_is_another_happenings() {
    // The burial's date, not the election's.
    let got = claims(
        "L'élection du nouveau patriarche intervient après les obsèques de son prédécesseur, inhumé le samedi 3 mai 2025.",
    );
    assert!(!got.iter().any(|(k, _, _)| k == "vote:"), "{got:?}");
}

#[test]
fn past_events_named_by_a_demonstrative_or_by_the_place_they_struck() {
    let got = claims(
        "C'est l'inondation la plus grave depuis des décennies, pire que celle de Nîmes en 1988.",
    );
    assert!(has(&got, "named:nimes", "year", "1988"), "{got:?}");
    let got = claims(
        "Le bilan de la crue reste loin de celui enregistré en octobre 1988 : la catastrophe qui avait dévasté Nîmes avait fait neuf morts. La crue de 2024 a fait deux morts.",
    );
    assert!(has(&got, "named:nimes", "year", "1988"), "{got:?}");
    assert!(has(&got, "named:nimes", "month", "1988-10"), "{got:?}");
    // The story's own year names no past event.
    let got = claims(
        "En 2024, un séisme avait touché la province de Sichuan. Il a fait 12 morts en 2024.",
    );
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("named:")),
        "{got:?}"
    );
}

#[test]
fn shares_of_a_population_are_keyed_by_what_describes_them() {
    let got =
        claims("Dans l'archipel, environ un tiers de la population vit sous le seuil de pauvreté.");
    assert!(
        has(&got, "share:population:poverty", "percent", "about 33.3"),
        "{got:?}"
    );
    let got = claims("Environ 25 % des habitants vivent dans des bidonvilles, selon l'Insee.");
    assert!(
        has(&got, "share:population:housing", "percent", "about 25"),
        "{got:?}"
    );
    // Nothing says which share: no claim.
    let got = claims("Environ 25 % de la population a moins de vingt ans.");
    assert!(
        !got.iter()
            .any(|(k, _, _)| k.starts_with("share:population")),
        "{got:?}"
    );
}

#[test]
fn a_lead_that_opens_on_this_day_dates_the_articles_main_event() {
    let text = "Ce dimanche 28 septembre restera gravé dans l'histoire du pays. \
                Au terme du scrutin, les électeurs ont approuvé la réforme. \
                Le référendum a mobilisé 61 % des inscrits.";
    let got = claims(text);
    assert!(has(&got, "vote:", "weekday", "Sunday"), "{got:?}");
    assert!(has(&got, "vote:", "date", "--09-28"), "{got:?}");
    // A lead that tells someone's own happening is not the vote's day.
    let got = claims(
        "Ce lundi 29 septembre, Awa Diarra est arrivée à Dakar. Le scrutin et le référendum approchent.",
    );
    assert!(!has(&got, "vote:", "weekday", "Monday"), "{got:?}");
}

#[test]
fn one_aftershock_measured_on_its_own_is_keyed_by_it() {
    let got = claims_in(
        "en",
        "The 6.9-magnitude quake struck off Sumatra on Monday, according to the USGS. \
         A 6.1-magnitude aftershock followed an hour later. There were 30 aftershocks \
         between magnitudes 3 and 5.",
    );
    assert!(
        has(&got, "measure:aftershock:magnitude", "value", "6.1"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, _, v)| k.starts_with("measure:aftershock") && v != "6.1"),
        "{got:?}"
    );
}

#[test]
fn storeys_belong_to_the_building_named_after_them() {
    let got = claims_in(
        "en",
        "A 12-story hotel collapsed in Antakya on Monday. Crews searched a \
         nine-storey apartment block nearby.",
    );
    assert!(
        has(&got, "measure:building:storey", "value", "12"),
        "{got:?}"
    );
    assert!(
        has(&got, "measure:building:storey", "value", "9"),
        "{got:?}"
    );
    let none = claims_in("en", "The tower's 12 stories of offices were empty.");
    assert!(
        !none
            .iter()
            .any(|(k, _, _)| k.starts_with("measure:building")),
        "{none:?}"
    );
}

#[test]
fn a_total_label_names_its_count_and_a_qualifier_widens_it() {
    let got = claims_in(
        "en",
        "The cyclone crossed the island on Sunday.\nSummary:\n- Overall casualties: at least 12\n\
         - Total homes flattened: Over 3,400\n",
    );
    assert!(
        has(&got, "count:homes", "count", "more-than 3400"),
        "{got:?}"
    );
    let got =
        claims("Le cyclone a traversé l'île dimanche.\nBilan total des morts : au moins 14\n");
    assert!(has(&got, "count:dead", "count", "at-least 14"), "{got:?}");
}

#[test]
fn the_injured_given_with_a_toll_carry_it() {
    let text = "The cyclone left 57 people dead and 412 injured, officials said. \
                Another 30 people were injured in a later landslide.";
    let a = article(text);
    let doc = Doc::new(&a, RULES.language("en").unwrap());
    let got = super::build(&doc, &extract(&doc), 0).claims;
    let injured: Vec<(String, Option<f64>)> = got
        .iter()
        .filter(|c| c.subject_key == "count:injured")
        .map(|c| (c.value.to_string(), c.with_toll))
        .collect();
    assert!(injured.contains(&("412".into(), Some(57.0))), "{injured:?}");
    assert!(
        injured.iter().all(|(v, t)| v != "30" || t.is_none()),
        "{injured:?}"
    );
}

#[test]
fn groups_among_the_dead_are_parts_of_the_toll() {
    let got = claims_in(
        "en",
        "The avalanche killed 19 people on Tuesday. The dead included 12 tourists and \
         3 women from the valley. Four firefighters were among the dead. Rescuers \
         brought 30 tourists down safely.",
    );
    assert!(
        has(&got, "count@part-tourists:dead", "count", "12"),
        "{got:?}"
    );
    assert!(has(&got, "count@part-women:dead", "count", "3"), "{got:?}");
    assert!(
        has(&got, "count@part-firefighters:dead", "count", "4"),
        "{got:?}"
    );
    assert!(
        !has(&got, "count@part-tourists:dead", "count", "30"),
        "{got:?}"
    );
    // A verb of the toll before a group makes it a part of the toll too,
    // never a count of the group ("1,900 firefighters" on the fire lines).
    let got = claims_in(
        "en",
        "The deaths of two firefighters were confirmed on Tuesday. The blaze injured \
         three hikers. Some 1,900 firefighters are battling the flames.",
    );
    assert!(
        has(&got, "count@part-firefighters:dead", "count", "2"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-hikers:injured", "count", "3"),
        "{got:?}"
    );
    assert!(!has(&got, "count:firefighters", "count", "2"), "{got:?}");
    let got = claims("L'avalanche a fait 19 morts mardi. Parmi les morts figurent 12 touristes.");
    // Keyed as English keys it ("Among the dead were 12 tourists").
    assert!(
        has(&got, "count@part-tourists:dead", "count", "12"),
        "{got:?}"
    );
}

#[test]
fn the_year_a_person_took_a_rank_is_theirs_not_the_appointers() {
    let got = claims_in(
        "en",
        "General Amadou Keita was appointed by President Sow in 2019 and was promoted \
         to general in March 2021.",
    );
    assert!(
        has(&got, "person:keita", "became general", "2021"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, a, _)| k == "person:sow" && a.starts_with("became")),
        "{got:?}"
    );
}

#[test]
fn the_dead_counted_by_nationality_are_keyed_by_country() {
    let got = claims_in(
        "en",
        "The landslide killed 212 pilgrims on Monday, officials said. Among the dead were \
         40 Kenyans. Ethiopian officials identified 31 of the deceased as Ethiopian nationals. \
         Authorities reported 12 Somali fatalities, and 9 people from Sudan, 4 from Chad and \
         dozens from Eritrea are also among the dead. Uganda said 7 of its citizens died. \
         Tanzanians accounted for 5 deaths. 30 Kenyans were injured.",
    );
    for (country, n) in [
        ("ke", "40"),
        ("et", "31"),
        ("so", "12"),
        ("sd", "9"),
        ("td", "4"),
        ("ug", "7"),
        ("tz", "5"),
    ] {
        assert!(
            has(&got, &format!("count@nat-{country}:dead"), "count", n),
            "{country} {got:?}"
        );
    }
    // Injured Kenyans are no dead; a count of a country's dead is not
    // the toll.
    assert!(!has(&got, "count@nat-ke:dead", "count", "30"), "{got:?}");
    assert!(!has(&got, "count:dead", "count", "12"), "{got:?}");
    // A country's people in another count claim nothing by country.
    let got = claims_in(
        "en",
        "The airline carried 180 passengers, 40 Kenyans among them, and 12 Somali workers \
         were rescued.",
    );
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("count@nat-")),
        "{got:?}"
    );
    let got = claims(
        "Le glissement de terrain a fait 212 morts lundi. Parmi les morts figurent 40 \
         Kényans. Les autorités ont recensé 12 morts somaliens et 9 personnes \
         originaires du Soudan sont mortes.",
    );
    for (country, n) in [("ke", "40"), ("so", "12"), ("sd", "9")] {
        assert!(
            has(&got, &format!("count@nat-{country}:dead"), "count", n),
            "{country} {got:?}"
        );
    }
}

#[test]
fn a_small_figure_after_a_definite_determiner_points_back_and_counts_nothing() {
    let fr = claims(
        "Les deux pays ont signé un accord. Ces trois ministres étaient présents. \
         Deux soldats ont été tués et les 14 blessés ont été évacués.",
    );
    let counts: Vec<(&str, &str)> = fr
        .iter()
        .filter(|(_, a, _)| a == "count")
        .map(|(k, _, v)| (k.as_str(), v.as_str()))
        .collect();
    // "les deux pays", "ces trois ministres": no count. A bare small
    // figure is one ("Deux soldats ont été tués"), and so is a large one
    // after "les" ("les 14 blessés").
    assert!(!counts.iter().any(|(_, v)| *v == "3"), "{counts:?}");
    assert_eq!(
        counts.iter().filter(|(_, v)| *v == "2").count(),
        1,
        "{counts:?}"
    );
    assert!(counts.iter().any(|(_, v)| *v == "14"), "{counts:?}");
    let en = claims_in(
        "en",
        "The two leaders met in Geneva. Their three aides stayed outside. \
         Two soldiers were killed.",
    );
    let values: Vec<&str> = en
        .iter()
        .filter(|(_, a, _)| a == "count")
        .map(|(_, _, v)| v.as_str())
        .collect();
    assert_eq!(values, ["2"], "{en:?}");
}

#[test]
fn a_figure_in_a_complement_is_not_the_subject_of_the_predicate() {
    let en = claims_in(
        "en",
        "At least 1,081 pilgrims from around ten countries have died during the pilgrimage.",
    );
    assert!(!has(&en, "count:dead", "count", "about 10"), "{en:?}");
    // The subject's own figure still reads with its predicate.
    let en = claims_in("en", "Ten people from the village have died in the floods.");
    assert!(has(&en, "count:dead", "count", "10"), "{en:?}");
    let fr = claims("Des pèlerins venus de dix pays sont morts pendant le pèlerinage.");
    assert!(!has(&fr, "count:dead", "count", "10"), "{fr:?}");
}

#[test]
fn the_model_of_a_crashed_plane_is_claimed_and_a_less_precise_form_agrees() {
    let got = claims_in(
        "en",
        "An Airbus A320neo operated by SkyLine crashed on landing on Monday. In 1998, an \
         Airbus A300 crashed at the same airport.",
    );
    assert!(has(&got, "aircraft", "model", "Airbus A320neo"), "{got:?}");
    assert!(!has(&got, "aircraft", "model", "Airbus A300"), "{got:?}");
    // No crash: a model named in business news claims nothing.
    let got = claims_in(
        "en",
        "Boeing delivered its first 737-800 to the airline in 2010.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "model"), "{got:?}");
    let got = claims("Un Boeing 737-800 de la compagnie s'est écrasé dimanche à l'atterrissage.");
    assert!(has(&got, "aircraft", "model", "Boeing 737-800"), "{got:?}");
    let full = crate::value::Value::Model {
        name: "Boeing 737-800".into(),
        is_a: vec!["Boeing 737".into()],
    };
    let short = crate::value::Value::Model {
        name: "Boeing 737".into(),
        is_a: vec![],
    };
    let other = crate::value::Value::Model {
        name: "Boeing 787-800".into(),
        is_a: vec!["Boeing 787".into()],
    };
    assert!(full.compatible(&short) && short.compatible(&full));
    assert!(!full.compatible(&other));
}

#[test]
fn the_population_of_a_place_is_claimed_from_its_link_words() {
    let got = claims_in(
        "en",
        "The storm hit the coast near Baltra, home to about 800,000 people. It then reached \
         Kessel, the region's largest town, which has an estimated population of 1.2 million. \
         Rescuers in Baltra, where 300 people died, were stretched. The stadium is home to \
         40,000 fans.",
    );
    assert!(
        has(&got, "population:baltra", "population", "about 800000"),
        "{got:?}"
    );
    assert!(
        has(&got, "population:kessel", "population", "1.2 million"),
        "{got:?}"
    );
    assert!(
        got.iter().filter(|(_, a, _)| a == "population").count() == 2,
        "{got:?}"
    );
    let got = claims(
        "La tempête a frappé Baltra, qui compte 800 000 habitants, puis Kessel, une ville de \
         1,2 million d'habitants.",
    );
    assert!(
        has(&got, "population:baltra", "population", "800000"),
        "{got:?}"
    );
    assert!(
        has(&got, "population:kessel", "population", "1.2 million"),
        "{got:?}"
    );
}

#[test]
fn a_regnal_name_is_its_bearers_and_their_claims_sit_on_one_subject() {
    let got = claims_in(
        "en",
        "Cardinal Anselm Tovar was elected pope on Friday, taking the name Gregory XVII. \
         Pope Gregory XVII, 64, was made a cardinal in 2019.",
    );
    assert!(has(&got, "person:tovar", "age", "64"), "{got:?}");
    assert!(
        has(&got, "regnal:gregory", "regnal name", "Gregory XVII"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(k, _, _)| k == "person:xvii"), "{got:?}");
    let got = claims(
        "Le cardinal Anselm Tovar a été élu pape vendredi et a choisi pour nom de règne \
         Grégoire XVII. Le pape Grégoire XVII, 64 ans, est le premier pape de son ordre.",
    );
    assert!(has(&got, "person:tovar", "age", "64"), "{got:?}");
}

#[test]
fn a_take_off_time_is_the_planes_departure_not_a_relative_clauses() {
    let got = claims_in(
        "en",
        "The plane took off from Lagos shortly after 2 a.m. local time. At around 9:03 a.m., \
         the jet, which departed from Lagos, crashed on landing.",
    );
    let times: Vec<_> = got
        .iter()
        .filter(|(k, _, _)| k.starts_with("time:"))
        .collect();
    assert!(
        times
            .iter()
            .any(|(k, _, v)| k == "time:takeoff" && v.contains("02:00")),
        "{got:?}"
    );
    assert!(
        !times
            .iter()
            .any(|(k, _, v)| k == "time:takeoff" && v.contains("09:03")),
        "{got:?}"
    );
    let got = claims("L'avion a décollé de Lagos peu après 2 heures, heure locale.");
    assert!(
        got.iter()
            .any(|(k, _, v)| k == "time:takeoff" && v.contains("02:00")),
        "{got:?}"
    );
}

#[test]
fn an_open_bound_dates_no_event() {
    // "after March 11, 2025." is any time after it: it never dates the
    // quake (nor conflicts with an article giving the day itself).
    let closed = claims_in("en", "The earthquake struck on March 11, 2025.");
    assert!(
        closed.iter().any(|(_, _, v)| v == "2025-03-11"),
        "{closed:?}"
    );
    let open = claims_in("en", "The earthquake struck after March 11, 2025.");
    assert!(
        !open.iter().any(|(_, _, v)| v.contains("2025-03-11")),
        "{open:?}"
    );
}

/// Texts where a Unicode `\b` and an ASCII one disagree, names glued to
/// numerals, hyphens, several spaces, numerals at the very start and end.
const BOUNDARY_TEXTS: &[&str] = &[
    "Le pape Léon XIV, élu en 2025, a pris le nom de Léon XIV. Jean-Paul II et Jean-Paul\u{a0}II.",
    "Louis XIV V Henri IV. Henri IVe siècle, LouisXIV, François Ier et Ire ; Napoléon 1er.",
    "XIV Louis\n\n  XVI Élisabeth II Marie-Antoinette Ier-ème  Clovis Ier",
    "Il est devenu général, dénommé élevé au rang de cardinal, xélevé au rang de rien.",
    "He became pope and has become a cardinal; rebecame was named, Ébecame became",
    "Pope Leo XIV",
    "",
    "   ",
    "Ier",
];

#[test]
fn word_start_matches_are_those_of_a_unicode_boundary() {
    let mut found = 0;
    for pattern in [
        r"(?i)(?:élevé au rang de|est devenu|devenu|became|has become|was named)\s+",
        r"(?i)(?:a|ab|b)\s+",
    ] {
        let relaxed = regex::Regex::new(pattern).unwrap();
        let exact = regex::Regex::new(&format!(r"\b{pattern}")).unwrap();
        for text in BOUNDARY_TEXTS {
            let want: Vec<(usize, usize)> = exact
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect();
            let got: Vec<(usize, usize)> = super::word_start_matches(&relaxed, text)
                .map(|m| (m.start(), m.end()))
                .collect();
            found += want.len();
            assert_eq!(got, want, "{pattern} in {text:?}");
        }
    }
    assert!(found > 5, "the texts hold such words ({found})");
}

#[test]
fn regnal_matches_are_those_of_the_whole_text() {
    let fr = r"\b(\p{Lu}[\p{L}-]*\p{L})\s+((?:[IVXL]{1,7}|Ier|Ire|1er)\b)";
    let plain = r"\b(\p{Lu}[\p{L}-]*\p{L})\s+([IVXL]{1,7}\b)";
    let mut found = 0;
    for (pattern, starts) in [(fr, vec!['I', '1']), (plain, vec![])] {
        let re = regex::Regex::new(pattern).unwrap();
        for text in BOUNDARY_TEXTS {
            let groups = |c: regex::Captures| {
                (0..3)
                    .map(|g| c.get(g).map(|m| (m.start(), m.end())))
                    .collect::<Vec<_>>()
            };
            let want: Vec<_> = re.captures_iter(text).map(groups).collect();
            let got: Vec<_> = super::people::regnal_matches(&re, text, starts.clone())
                .map(groups)
                .collect();
            found += want.len();
            assert_eq!(got, want, "{pattern} in {text:?}");
        }
    }
    assert!(found > 10, "the texts hold regnal names ({found})");
}

#[test]
fn another_countrys_figures_are_keyed_by_that_country() {
    let got = claims_in(
        "en",
        "A 7.1 earthquake struck Peru on Friday. In Peru, at least 80 people were killed and \
         300 injured, officials in Peru said. Chilean authorities said 4 people were killed, \
         12 injured and 9 missing in the north. The quake hit Peru and Chile, killing over 84 \
         people. The Indian Ocean tsunami warning was lifted.",
    );
    assert!(has(&got, "count@in-cl:dead", "count", "4"), "{got:?}");
    assert!(has(&got, "count@in-cl:missing", "count", "9"), "{got:?}");
    assert!(has(&got, "count:dead", "count", "at-least 80"), "{got:?}");
    // Both countries named before the figure: the story's own.
    assert!(has(&got, "count:dead", "count", "more-than 84"), "{got:?}");
    // Both in the figure's clause too.
    let got = claims_in(
        "en",
        "A 7.1 earthquake struck Peru on Friday. In Peru, at least 80 people were killed. \
         The toll from the quake that hit Peru and Chile reached 90 on Saturday.",
    );
    assert!(has(&got, "count:dead", "count", "90"), "{got:?}");
    let got = claims(
        "Un séisme a frappé le Pérou vendredi. Au Pérou, 80 personnes ont été tuées. Au Chili, \
         4 personnes ont été tuées. Le Pérou a décrété le deuil national.",
    );
    assert!(has(&got, "count@in-cl:dead", "count", "4"), "{got:?}");
    assert!(has(&got, "count:dead", "count", "80"), "{got:?}");
}

#[test]
fn a_fires_containment_dates_its_end() {
    for text in [
        "The Ridge Fire broke out on June 2. Cal Fire said the 9,000-acre blaze reached 100% \
         containment on June 19, 2025.",
        "The Ridge Fire broke out on June 2. The blaze was completely contained on June 19, 2025.",
    ] {
        let got = claims_in("en", text);
        assert!(
            got.iter()
                .any(|(k, a, v)| k.starts_with("fire") && a == "end" && v == "2025-06-19"),
            "{text}: {got:?}"
        );
    }
    // Contained at 40%: no end.
    let got = claims_in(
        "en",
        "The Ridge Fire broke out on June 2. It was 40% contained on June 19, 2025.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "end"), "{got:?}");
}

#[test]
fn those_who_take_part_are_counted_whatever_their_noun() {
    for (lang, text) in [
        (
            "en",
            "Some 1.8 million pilgrims took part in this year's Hajj.",
        ),
        ("en", "The Hajj was attended by 1.8 million people."),
        (
            "fr",
            "Quelque 1,8 million de pèlerins ont pris part au hajj cette année.",
        ),
    ] {
        let got = claims_in(lang, text);
        assert!(
            got.iter().any(|(k, a, v)| k == "count:participants"
                && a == "count"
                && v.ends_with("1.8 million")),
            "{text}: {got:?}"
        );
    }
    // A group's dead stay a part of the toll, not a count of their own.
    let got = claims_in("en", "Among them, 660 Egyptians died in the heat.");
    assert!(
        !got.iter()
            .any(|(k, _, _)| k == "count:dead" || k == "count:participants"),
        "{got:?}"
    );
}

#[test]
fn a_relative_clauses_since_is_not_what_follows_it() {
    // The year of "qui dirige le pays depuis 2019" is the president's, not
    // the Élysée's named after the clause.
    let got = claims(
        "Le président, qui dirige le pays depuis 2019, rencontrera lundi son homologue à \
         l'Élysée.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "since"), "{got:?}");
    // An organisation before its year keeps it.
    let got = claims("Le groupe Wagner, déployé au Mali depuis 2021, a quitté le pays.");
    assert!(
        got.iter().any(|(_, a, v)| a == "since" && v == "2021"),
        "{got:?}"
    );
}

#[test]
fn natural_disasters_are_nobodys_one_day_events() {
    let got =
        claims("RABAT, 10 septembre 2023 (AFP) - Le séisme a frappé vendredi soir la région.");
    assert!(has(&got, "earthquake:", "date", "2023-09-08"), "{got:?}");
    let got = claims(
        "NÎMES, 6 août 2025 (AFP) - L'incendie, qui s'est déclaré lundi 4 août, a détruit \
         3 500 hectares. L'incendie a été maîtrisé jeudi 7 août.",
    );
    assert!(has(&got, "fire:", "start", "2025-08-04"), "{got:?}");
    assert!(has(&got, "fire:", "end", "2025-08-07"), "{got:?}");
    // The bare verbs speak of people too: no fire.
    let got = claims("PARIS, 6 août 2025 (AFP) - Le ministre est parti mardi pour Rome.");
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("fire")),
        "{got:?}"
    );
}

#[test]
fn an_unnamed_fires_area_is_a_running_total() {
    let text = "NÎMES, 6 août 2025 (AFP) - Le feu a parcouru 3 200 hectares, dont 500 hectares \
                de pinède. Selon la préfecture, 3 500 hectares sont partis en fumée. \
                En 2003, un incendie avait ravagé 9 000 hectares. Le domaine compte 40 hectares.";
    let a = article(text);
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let got: Vec<(String, String, bool)> = super::build(&doc, &extract(&doc), 0)
        .claims
        .into_iter()
        .filter(|c| c.subject_key.starts_with("measure:"))
        .map(|c| (c.subject_key, c.value.to_string(), c.running))
        .collect();
    // The part ("dont 500"), the 2003 fire and an estate's size are not the
    // fire's area.
    assert_eq!(
        got,
        vec![
            ("measure:area:ha".to_string(), "3200".to_string(), true),
            ("measure:area:ha".to_string(), "3500".to_string(), true),
        ]
    );
}

#[test]
fn a_sum_is_what_the_words_before_or_after_it_say() {
    let got = claims(
        "LYON, 12 mars 2025 (AFP) - Les dégâts sont estimés à 120 millions d'euros. L'État a \
         débloqué une enveloppe de 30 millions d'euros. Le chantier laissera 2 millions \
         d'euros de dettes. La juge a prononcé une amende de 5 000 euros. En 2019, la crue \
         avait causé 80 millions d'euros de dommages.",
    );
    let money: Vec<(&str, &str)> = got
        .iter()
        .filter(|(k, _, _)| k.starts_with("money:"))
        .map(|(k, _, v)| (k.as_str(), v.as_str()))
        .collect();
    // "de dettes" names nothing known; the 2019 flood's damage is not
    // this story's.
    assert_eq!(
        money,
        vec![
            ("money:damage:EUR", "120 million"),
            ("money:aid:EUR", "30 million"),
            ("money:fine:EUR", "5000"),
        ]
    );
}

#[test]
fn a_french_toll_noun_counts_the_bare_number_it_is_linked_to() {
    let got = claims(
        "RABAT, 10 septembre 2023 (AFP) - Le nombre de morts s'élève désormais à 2 012. Le \
         nombre de blessés est passé à 2 059. Le bilan s'élève à 300 blessés.",
    );
    assert!(has(&got, "count:dead", "count", "2012"), "{got:?}");
    assert!(has(&got, "count:injured", "count", "2059"), "{got:?}");
    // A bare "bilan" is no toll noun: its 300 are the injured only.
    assert!(!has(&got, "count:dead", "count", "300"), "{got:?}");
    assert!(has(&got, "count:injured", "count", "300"), "{got:?}");
}

#[test]
fn a_french_projection_counts_nothing() {
    let got = claims(
        "RABAT, 10 septembre 2023 (AFP) - Le bilan pourrait dépasser 3 000 morts. On redoute \
         des centaines de disparus. Au moins 2 012 personnes ont été tuées.",
    );
    let counts: Vec<&str> = got
        .iter()
        .filter(|(k, a, _)| k.starts_with("count:") && a == "count")
        .map(|(_, _, v)| v.as_str())
        .collect();
    assert_eq!(counts, vec!["at-least 2012"], "{got:?}");
}

#[test]
fn an_untitled_person_named_by_their_trial_owns_it() {
    // Jean Morel has no title: without the event noun naming him, his
    // trial was the titled president's.
    let got = claims(
        "PARIS, 12 mars 2025 (AFP) - Le président Paul Ferrand a réagi. Le procès de Jean \
         Morel s'ouvrira le lundi 24 mars devant la cour d'assises.",
    );
    assert!(has(&got, "trial:morel", "start", "2025-03-24"), "{got:?}");
    assert!(!got.iter().any(|(k, _, _)| k == "trial:ferrand"), "{got:?}");
}

#[test]
fn the_rescued_and_the_hospitalised_are_counts_of_their_own() {
    let got = claims(
        "RABAT, 10 septembre 2023 (AFP) - Quelque 300 personnes ont été secourues. Douze \
         personnes ont été hospitalisées.",
    );
    assert!(has(&got, "count:rescued", "count", "about 300"), "{got:?}");
    assert!(has(&got, "count:hospitalized", "count", "12"), "{got:?}");
    assert!(!got.iter().any(|(k, _, _)| k == "count:injured"), "{got:?}");
}

#[test]
fn a_decimal_comma_or_thousands_separator_is_no_clause_boundary() {
    // "7,1" and "1,000" sit between the trigger and its date.
    let fr = claims("Un séisme de magnitude 7,1 a frappé mardi 4 mars 2025 le sud du Pérou.");
    assert!(has(&fr, "earthquake:", "date", "2025-03-04"), "{fr:?}");
    // A real comma still is: the date of the second clause is not the
    // quake's.
    let fr = claims("Le séisme a frappé la ville, et le ministre est venu mardi 4 mars 2025.");
    assert!(!has(&fr, "earthquake:", "date", "2025-03-04"), "{fr:?}");
}

#[test]
fn a_role_once_held_is_a_former_role_not_the_role() {
    for (lang, text, who) in [
        (
            "fr",
            "L'ancien président Mohamed Bazoum a été reçu mardi à Paris.",
            "person:bazoum",
        ),
        (
            "en",
            "Former President Barack Obama spoke in Chicago on Tuesday.",
            "person:obama",
        ),
        (
            "en",
            "Barack Obama, the former US president, spoke on Tuesday.",
            "person:obama",
        ),
    ] {
        let got = claims_in(lang, text);
        let roles: Vec<&str> = got
            .iter()
            .filter(|(k, _, _)| k == who)
            .map(|(_, a, _)| a.as_str())
            .collect();
        assert!(roles.contains(&"former role"), "{text}: {got:?}");
        assert!(!roles.contains(&"role"), "{text}: {got:?}");
    }
    // In apposition, the former role is not read as the role either.
    let got = claims("Jean Dufour, ancien ministre de l'Intérieur, a pris la parole.");
    assert!(
        !got.iter()
            .any(|(k, a, _)| k == "person:dufour" && a == "role"),
        "{got:?}"
    );
    // A current holder beside a former one keeps the role.
    let got = claims_in(
        "en",
        "Former President Barack Obama met President Joe Biden.",
    );
    assert!(has(&got, "person:biden", "role", "président"), "{got:?}");
}

#[test]
fn counts_of_the_missing_may_fall_in_either_language_the_dead_may_not() {
    for (lang, text) in [
        (
            "en",
            "The floods killed 12 people. Three people are still missing.",
        ),
        (
            "fr",
            "Les crues ont fait 12 morts. Trois personnes sont toujours portées disparues.",
        ),
    ] {
        let a = article(text);
        let doc = Doc::new(&a, RULES.language(lang).unwrap());
        let got = super::build(&doc, &extract(&doc), 0).claims;
        let flag = |key: &str| {
            got.iter()
                .find(|c| c.subject_key == key)
                .map(|c| (c.running, c.may_fall))
        };
        assert_eq!(flag("count:missing"), Some((true, true)), "{text}: {got:?}");
        assert_eq!(flag("count:dead"), Some((true, false)), "{text}: {got:?}");
    }
}

#[test]
fn an_age_opening_its_sentence_is_the_person_named_right_after_it() {
    let got = claims("Agé de 61 ans, le général Paul Martin a pris la tête de l'armée.");
    assert!(has(&got, "person:martin", "age", "61"), "{got:?}");
    // Someone else further on is not its owner.
    let got = claims("Agé de 61 ans, il a longtemps servi sous les ordres du général Paul Martin.");
    assert!(!got.iter().any(|(_, a, _)| a == "age"), "{got:?}");
    // No title needed: the opening age shows the words are a name.
    let got = claims("Incendie à Lyon\n\nÂgée de 54 ans, Marie Dupont vivait seule.");
    assert!(has(&got, "person:dupont", "age", "54"), "{got:?}");
    let got = claims_in("en", "Aged 54, Mary Doyle lived alone on the third floor.");
    assert!(has(&got, "person:doyle", "age", "54"), "{got:?}");
}

#[test]
fn a_date_set_apart_by_commas_still_dates_its_clause() {
    let dated = |lang: &str, sentence: &str| -> Vec<(String, String, String)> {
        let head = if lang == "fr" {
            "Publié le 10 septembre 2023"
        } else {
            "Published Sept. 10, 2023"
        };
        claims_in(lang, &format!("Séisme\n\n{head}\n{sentence}\n"))
            .into_iter()
            .filter(|(_, a, _)| a == "date" || a == "start")
            .collect()
    };
    for (lang, sentence, key, attr, value) in [
        (
            "fr",
            "Le 8 septembre, un séisme a frappé le Maroc.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
        (
            "fr",
            "Vendredi soir, un séisme a frappé le Maroc.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
        (
            "fr",
            "Un séisme a frappé, vendredi 8 septembre, le sud du Maroc.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
        (
            "fr",
            "Un séisme a frappé le Maroc, vendredi vers 23h11, faisant 2 000 morts.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
        (
            "fr",
            "Le président Emmanuel Macron se rendra, mardi 12 septembre, au Maroc.",
            "visit:macron",
            "start",
            "2023-09-12",
        ),
        (
            "en",
            "On Friday, a magnitude 6.8 earthquake struck Morocco.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
        (
            "en",
            "A powerful earthquake struck Morocco, late on Friday.",
            "earthquake:",
            "date",
            "2023-09-08",
        ),
    ] {
        let got = dated(lang, sentence);
        assert!(has(&got, key, attr, value), "{sentence}: {got:?}");
    }
    // A comma before words that are no date's ("selon un bilan publié")
    // or a complementizer after the date still part clauses.
    for (lang, sentence) in [
        (
            "fr",
            "Le séisme a fait 2 000 morts, selon un bilan publié samedi.",
        ),
        (
            "fr",
            "Le ministère a annoncé, samedi, que le séisme avait fait 2 000 morts.",
        ),
        (
            "en",
            "The quake killed 2,000 people, according to a toll released on Saturday.",
        ),
    ] {
        let got = dated(lang, sentence);
        assert!(got.is_empty(), "{sentence}: {got:?}");
    }
}

#[test]
fn a_night_dates_a_one_day_event_by_both_its_days() {
    let got = claims(
        "Séisme\n\nPublié le 10 septembre 2023\n\
         Dans la nuit du 8 au 9 septembre, un séisme a frappé le Maroc.\n",
    );
    assert!(
        has(&got, "earthquake:", "date", "2023-09-08/2023-09-09"),
        "{got:?}"
    );
    // Undated, the night is still claimed by its weekdays; no weekday
    // alone is ("vendredi" and "samedi" are both right).
    let got = claims("Un séisme a frappé le Maroc dans la nuit de vendredi à samedi.");
    assert!(
        has(&got, "earthquake:", "night", "Friday to Saturday"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, a, _)| a == "weekday"), "{got:?}");
    let got = claims_in(
        "en",
        "Quake\n\nPublished Sept. 10, 2023\nThe quake struck overnight Friday into Saturday.\n",
    );
    assert!(
        has(&got, "earthquake:", "date", "2023-09-08/2023-09-09"),
        "{got:?}"
    );
    // Two days apart is no night.
    let got = claims("Un séisme a frappé le Maroc dans la nuit du 8 au 10 septembre 2023.");
    assert!(!got.iter().any(|(_, a, _)| a == "date"), "{got:?}");
}

fn claims_en(text: &str) -> Vec<(String, String, String)> {
    claims_in("en", text)
}

#[test]
fn a_share_keeps_its_clause_when_another_year_comes_later() {
    // 2020 is the 58's; the 67.4 is this year's.
    let got = claims_en(
        "Published October 13, 2025\n\nTurnout was 67.4%, up from 58% at the last election in 2020.",
    );
    assert!(
        has(&got, "share:participation", "percent", "67.4"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, v)| v == "58"), "{got:?}");
    // A year before the share governs it.
    let got = claims_en("Published October 13, 2025\n\nIn 2020, turnout was 58%.");
    assert!(!got.iter().any(|(_, _, v)| v == "58"), "{got:?}");
}

#[test]
fn a_tally_of_the_year_so_far_is_the_years_not_the_storys() {
    let got = claims_en(
        "Published November 14, 2025\n\nAt least 27 migrants died on Friday. More than 2,100 \
         migrants have died so far this year. Since the start of the year, 1,900 people have \
         been rescued.",
    );
    assert!(has(&got, "count:dead", "count", "at-least 27"), "{got:?}");
    assert!(
        has(&got, "count@year-2025:dead", "count", "more-than 2100"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@year-2025:rescued", "count", "1900"),
        "{got:?}"
    );
    assert!(
        !has(&got, "count:dead", "count", "more-than 2100"),
        "{got:?}"
    );
}

#[test]
fn a_lead_naming_nobody_gives_its_sentence_to_the_person_opening_the_next() {
    let got = claims_en(
        "A former nurse who stole drugs has been jailed for six years. Mara Holt, 41, of \
         Dunmore, admitted the thefts.",
    );
    assert!(has(&got, "person:holt", "sentence", "6"), "{got:?}");
    // A definite lead points back at someone already known: nobody new.
    let got = claims_en(
        "The former nurse has been jailed for six years. Mara Holt, 41, of Dunmore, admitted \
         the thefts.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "sentence"), "{got:?}");
}

#[test]
fn a_predicate_after_others_and_a_verb_before_a_modified_generic_noun() {
    let got = claims_en("At least 27 migrants died and 15 others were missing.");
    assert!(has(&got, "count:missing", "count", "15"), "{got:?}");
    // "elderly residents" is generic: the verb gives the noun.
    let got = claims_en("He admitted defrauding 46 elderly residents.");
    assert!(has(&got, "count:victims", "count", "46"), "{got:?}");
    // "crew members" is not.
    let got = claims_en("The plane carried 175 passengers and six crew members.");
    assert!(has(&got, "count:crew members", "count", "6"), "{got:?}");
}

#[test]
fn a_projected_sum_claims_nothing() {
    let got = claims_en(
        "Officials put the damage at $1.2 billion. Insurers said the damage could exceed $2 billion.",
    );
    assert!(
        has(&got, "money:damage:dollar", "amount", "1.2 billion"),
        "{got:?}"
    );
    assert_eq!(
        got.iter()
            .filter(|(k, _, _)| k.starts_with("money"))
            .count(),
        1,
        "{got:?}"
    );
}

#[test]
fn a_citys_figures_are_that_citys() {
    let got = claims(
        "Paris, 16 octobre 2025 – Quelque 412 000 personnes ont manifesté jeudi en France \
         selon le ministère de l'Intérieur. À Rennes, ils étaient 9 500 selon la préfecture, \
         20 000 selon les organisateurs. À Nantes, deux personnes ont été interpellées. \
         Selon la police, 6 000 personnes ont défilé à Marseille.",
    );
    // "en France" is the whole story, not a place of it.
    assert!(
        has(
            &got,
            "count@ministere de l'interieur:protesters",
            "count",
            "about 412000"
        ),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(k, _, v)| k.ends_with("@in-rennes:protesters") && v == "9500"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(k, _, v)| k.ends_with("@in-rennes:protesters") && v == "20000"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@in-nantes:arrested", "count", "2"),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "count@police@in-marseille:protesters",
            "count",
            "6000"
        ),
        "{got:?}"
    );
    // Tolls are not counted city by city.
    let got = claims("Lyon, 3 mars 2025 – À Lyon, trois personnes ont été tuées.");
    assert!(has(&got, "count:dead", "count", "3"), "{got:?}");
}

#[test]
fn a_bare_figure_after_a_pronoun_or_en_is_the_sources_count() {
    let got = claims(
        "Paris, 16 octobre 2025 – Ils étaient 412 000 dans les rues d'après le ministère \
         de l'Intérieur. Selon la préfecture, 4 000 personnes ont défilé ; la CGT en \
         revendique 15 000. La commune en compte 1 800.",
    );
    assert!(
        has(
            &got,
            "count@ministere de l'interieur:protesters",
            "count",
            "412000"
        ),
        "{got:?}"
    );
    assert!(
        has(&got, "count@cgt:protesters", "count", "15000"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(_, _, v)| v == "1800"), "{got:?}");
}

#[test]
fn figures_of_a_period_or_an_earlier_occasion_claim_nothing() {
    let got = claims(
        "Calais, 22 octobre 2025 – Six migrants sont morts mercredi. Depuis le début de \
         l'année, 27 migrants sont morts en tentant la traversée. La précédente journée \
         avait réuni 395 000 manifestants selon les autorités. C'est le naufrage le plus \
         meurtrier depuis le début de l'année : 58 personnes ont été secourues.",
    );
    assert!(has(&got, "count:dead", "count", "6"), "{got:?}");
    assert!(
        !got.iter().any(|(_, _, v)| v == "27" || v == "395000"),
        "{got:?}"
    );
    // A superlative's bound dates the event, not its figures.
    assert!(has(&got, "count:rescued", "count", "58"), "{got:?}");
}

#[test]
fn a_state_said_of_a_group_is_a_part_of_that_states_figure() {
    let got = claims(
        "Paris, 16 octobre 2025 – Trois manifestants ont été interpellés et deux pompiers \
         ont été blessés. Quatre personnes, dont deux enfants, sont mortes. Le bilan est de \
         41 blessés, dont sept en urgence absolue.",
    );
    assert!(
        has(&got, "count@part-protesters:arrested", "count", "3"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-firefighters:injured", "count", "2"),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(k, _, _)| k == "count:protesters" || k == "count:firefighters"),
        "{got:?}"
    );
    assert!(has(&got, "count:dead", "count", "4"), "{got:?}");
    assert!(
        has(&got, "count:seriously injured", "count", "7"),
        "{got:?}"
    );
    assert!(has(&got, "count:injured", "count", "41"), "{got:?}");
}

#[test]
fn people_on_board_are_counted_and_gatherings_their_sources() {
    let got = claims(
        "Sfax, 14 mai 2026 – L'embarcation transportait 45 personnes. Le préfet a indiqué \
         que 200 personnes voyageaient à bord du train. En province, les cortèges ont \
         rassemblé 41 000 personnes selon le ministère de l'Intérieur, quand la FNSEA \
         annonçait 30 000 participants.",
    );
    // Everyone on board, passengers and crew alike: keyed as English
    // keys "people on board", apart from the passengers.
    assert!(has(&got, "count:people on board", "count", "45"), "{got:?}");
    assert!(
        has(&got, "count:people on board", "count", "200"),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "count@ministere de l'interieur:participants",
            "count",
            "41000"
        ),
        "{got:?}"
    );
    assert!(
        has(&got, "count@fnsea:participants", "count", "30000"),
        "{got:?}"
    );
}

#[test]
fn a_counted_group_before_a_trigger_is_its_subject_not_the_main_person() {
    let text = "Quake\n\nRABAT, Sept. 10, 2023 (Reuters) - King Mohammed VI declared \
                three days of mourning. Teams joined the search, with 56 Spanish rescuers \
                arriving on Sunday.";
    let got = claims_in("en", text);
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("visit:")),
        "{got:?}"
    );
    // An incise is no subject: the visit stays the president's.
    let got = claims(
        "Publié le 10 septembre 2023\nLe président Emmanuel Macron, accompagné de 40 chefs \
         d'entreprise, est arrivé mardi au Maroc.",
    );
    assert!(has(&got, "visit:macron", "start", "2023-09-05"), "{got:?}");
}

#[test]
fn a_date_binds_across_a_month_abbreviation_a_clock_time_and_a_relative_clause() {
    for sentence in [
        "The Sept. 8 earthquake killed 2,012 people.",
        "The 6.8-magnitude quake hit at 11:11 p.m. on Friday.",
        "The earthquake, which struck late Friday, killed 2,012 people.",
    ] {
        let got = claims_in(
            "en",
            &format!("Quake\n\nRABAT, Sept. 10, 2023 (Reuters) - {sentence}\n"),
        );
        assert!(
            has(&got, "earthquake:", "date", "2023-09-08"),
            "{sentence}: {got:?}"
        );
    }
    let got = claims(
        "Publié le 10 septembre 2023\nLe séisme, qui a frappé vendredi soir, a fait 2 012 morts.",
    );
    assert!(has(&got, "earthquake:", "date", "2023-09-08"), "{got:?}");
    // A relative clause that closes before the date is not the date's.
    let got = claims_in(
        "en",
        "Quake\n\nRABAT, Sept. 10, 2023 (Reuters) - The quake, which killed 2,012 people, \
         left many homeless, officials said on Saturday.\n",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "date"), "{got:?}");
}

#[test]
fn an_earlier_shipwreck_and_the_polices_injured_stay_apart() {
    let got = claims(
        "Tunis, 4 avril 2026 – Au moins 27 migrants sont morts au large de Sfax. Un \
         précédent naufrage, le 14 février, avait fait 40 morts. Onze membres des forces \
         de l'ordre ont été blessés et 30 blessés ont été pris en charge.",
    );
    assert!(has(&got, "count:dead", "count", "at-least 27"), "{got:?}");
    assert!(!got.iter().any(|(_, _, v)| v == "40"), "{got:?}");
    assert!(
        has(&got, "count@part-police:injured", "count", "11"),
        "{got:?}"
    );
    assert!(!has(&got, "count:injured", "count", "11"), "{got:?}");
}

#[test]
fn a_bare_approximate_number_is_about_that_much() {
    let got = claims(
        "Tunis, 4 avril 2026 – Quatre-vingt-trois personnes ont été secourues et une \
         dizaine sont portées disparues.",
    );
    assert!(has(&got, "count:missing", "count", "about 10"), "{got:?}");
    assert!(has(&got, "count:rescued", "count", "83"), "{got:?}");
}

#[test]
fn bodies_found_are_the_dead() {
    let got = claims(
        "Calais, 4 avril 2026 – Six corps sans vie ont été repêchés au large de la côte. \
         Le corps médical est mobilisé.",
    );
    assert!(has(&got, "count:dead", "count", "6"), "{got:?}");
}

#[test]
fn a_date_before_a_noun_the_trigger_completes_is_not_the_events() {
    let got = claims_in(
        "en",
        "Quake\n\nRABAT, Sept. 10, 2023 (Reuters) - Rescuers were still searching on \
         Sunday for survivors of the earthquake that struck on Friday night.\n",
    );
    let dates: Vec<_> = got.iter().filter(|(_, a, _)| a == "date").collect();
    assert_eq!(dates.len(), 1, "{got:?}");
    assert!(has(&got, "earthquake:", "date", "2023-09-08"), "{got:?}");
    let got = claims(
        "Publié le 10 septembre 2023\nLes secours cherchaient encore dimanche des \
         survivants du séisme.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "date"), "{got:?}");
}

#[test]
fn arrests_and_hospital_stays_share_one_key_across_languages() {
    for (lang, text) in [
        (
            "en",
            "Police said 32 people were arrested during the march.",
        ),
        (
            "fr",
            "Selon la police, 32 personnes ont été interpellées pendant le défilé.",
        ),
    ] {
        let got = claims_in(lang, text);
        assert!(
            got.iter()
                .any(|(k, a, v)| k.ends_with(":arrested") && a == "count" && v == "32"),
            "{lang}: {got:?}"
        );
    }
    let got = claims_in("en", "Twelve people were hospitalized after the blast.");
    assert!(has(&got, "count:hospitalized", "count", "12"), "{got:?}");
}

#[test]
fn people_taken_or_admitted_to_hospital_are_the_hospitalised() {
    let got = claims(
        "Près de 2 500 personnes ont été admises à l'hôpital depuis mercredi. Onze personnes \
         ont été transportées vers l'hôpital de Valdore.",
    );
    assert!(
        has(&got, "count:hospitalized", "count", "about 2500"),
        "{got:?}"
    );
    assert!(has(&got, "count:hospitalized", "count", "11"), "{got:?}");
    // A noun says what is counted: the injured taken to hospital are
    // counted as injured.
    let got = claims("Onze blessés ont été transportés vers l'hôpital de Valdore.");
    assert!(has(&got, "count:injured", "count", "11"), "{got:?}");
}

#[test]
fn english_people_counted_by_who_they_are_are_parts_of_a_state() {
    // `count.who` in English, as in French: "two firefighters died" is a
    // part of the dead, never a count of firefighters (nor the whole toll).
    let got = claims_in(
        "en",
        "Two firefighters died when the roof fell in. Eleven police officers \
         were injured. Some 300 firefighters are on the scene. Rescuers saved \
         12 passengers.",
    );
    assert!(
        has(&got, "count@part-firefighters:dead", "count", "2"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-police:injured", "count", "11"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-passengers:rescued", "count", "12"),
        "{got:?}"
    );
    assert!(
        has(&got, "count:firefighters", "count", "about 300"),
        "{got:?}"
    );
    assert!(!has(&got, "count:dead", "count", "2"), "{got:?}");
    let fr = claims("Deux pompiers sont morts lorsque le toit s'est effondré.");
    assert!(
        has(&fr, "count@part-firefighters:dead", "count", "2"),
        "{fr:?}"
    );
    // A past event recalled: whoever the verb killed is that year's toll.
    let got = claims_in(
        "en",
        "In 2011 a bus plunged into the gorge, killing two passengers.",
    );
    assert!(has(&got, "count@year-2011:dead", "count", "2"), "{got:?}");
}

#[test]
fn english_people_present_at_a_place_are_their_own_count() {
    for text in [
        "About 640 scouts were at the Harrowdene camp when the hillside gave way.",
        "The camp had some 640 children this week.",
        "There were about 640 children at Harrowdene when the mud came down.",
        "The centre was hosting about 640 pupils.",
        "About 640 pupils were in residence at Harrowdene.",
    ] {
        let got = claims_in("en", text);
        assert!(
            has(&got, "count:people present", "count", "about 640"),
            "{text}: {got:?}"
        );
    }
    let got = claims_in(
        "en",
        "The ferry sank with 189 people on board. The airliner was carrying 96 \
         passengers and crew. It had 90 passengers.",
    );
    assert!(
        has(&got, "count:people on board", "count", "189"),
        "{got:?}"
    );
    assert!(has(&got, "count:people on board", "count", "96"), "{got:?}");
    assert!(has(&got, "count:passengers", "count", "90"), "{got:?}");
    // No place, no presence: a state, a family, a count of things.
    let got = claims_in(
        "en",
        "Twelve people were in critical condition. Five people were in ICU. The \
         family had two children. \
         The county has 254 bridges. Four people died at the camp.",
    );
    assert!(
        got.iter().all(|(k, _, _)| !k.contains("present")),
        "{got:?}"
    );
    assert!(has(&got, "count:dead", "count", "4"), "{got:?}");
}

#[test]
fn the_ends_of_a_groups_ages_are_claimed_for_the_group() {
    let got = claims_in(
        "en",
        "The passengers, aged three to 78, were all from the region. The camp \
         takes girls between the ages of 7 and 16.",
    );
    assert!(has(&got, "ages:group", "youngest age", "3"), "{got:?}");
    assert!(has(&got, "ages:group", "oldest age", "78"), "{got:?}");
    assert!(has(&got, "ages:group", "youngest age", "7"), "{got:?}");
    assert!(has(&got, "ages:group", "oldest age", "16"), "{got:?}");
    let got = claims_in(
        "en",
        "The youngest victim was 9, and the oldest was a 15-year-old boy. The \
         oldest passenger, 81, was a retired teacher.",
    );
    assert!(has(&got, "ages:group", "youngest age", "9"), "{got:?}");
    assert!(has(&got, "ages:group", "oldest age", "15"), "{got:?}");
    assert!(has(&got, "ages:group", "oldest age", "81"), "{got:?}");
    // Two people's ages are no range; a count of things is no age.
    let got = claims_in(
        "en",
        "Two flight attendants aged 25 and 33 survived. She is the youngest of \
         five children.",
    );
    assert!(got.iter().all(|(k, _, _)| k != "ages:group"), "{got:?}");
    let fr =
        claims("Les élèves, âgés de 11 à 14 ans, dormaient. La plus jeune victime avait 9 ans.");
    assert!(has(&fr, "ages:group", "youngest age", "11"), "{fr:?}");
    assert!(has(&fr, "ages:group", "oldest age", "14"), "{fr:?}");
    assert!(has(&fr, "ages:group", "youngest age", "9"), "{fr:?}");
}

#[test]
fn an_adverb_may_stand_between_a_count_and_its_predicate() {
    let got = claims_in(
        "en",
        "Two firefighters also lost their lives. Three hikers later died. Four \
         police officers were also hurt.",
    );
    assert!(
        has(&got, "count@part-police:injured", "count", "4"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-firefighters:dead", "count", "2"),
        "{got:?}"
    );
    assert!(!has(&got, "count:firefighters", "count", "2"), "{got:?}");
}

#[test]
fn the_end_of_a_fire_is_dated_by_its_declaration_and_looks_back() {
    let en = |text: &str| claims_in("en", &format!("LOS ANGELES, Feb 2, 2025 (AP) - {text}"));
    // The declaration dates the state it declares ...
    let got =
        en("Officials confirmed on Friday that the Eaton Fire has been completely contained.");
    assert!(has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
    // ... unless the reported clause gives its own day.
    let got = en("Officials said on Saturday that the Eaton Fire was fully contained on Friday.");
    assert!(has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
    assert!(!has(&got, "fire:", "end", "2025-02-01"), "{got:?}");
    // A fire's end with no tense in the words is a past day, not next Friday.
    let got =
        en("The Eaton Fire has achieved full containment as reported by officials on Friday.");
    assert!(has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
    let got = claims(
        "MARSEILLE, 2 février 2025 (AFP) - Les pompiers ont annoncé vendredi que l'incendie \
         était maîtrisé.",
    );
    assert!(has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
}

#[test]
fn an_english_date_before_that_is_the_reports() {
    let en = |text: &str| claims_in("en", &format!("LOS ANGELES, Feb 2, 2025 (AP) - {text}"));
    // "said on Friday that …": Friday is when it was said, not when the
    // quake struck; the reported clause's own day is the quake's.
    let got = en("Officials said on Friday that the quake struck the city.");
    assert!(
        !got.iter()
            .any(|(k, a, _)| k == "earthquake:" && a == "date"),
        "{got:?}"
    );
    let got = en("Officials announced on Friday that the earthquake killed 300 people on Tuesday.");
    assert!(has(&got, "earthquake:", "date", "2025-01-28"), "{got:?}");
}

#[test]
fn seats_are_keyed_by_who_won_them() {
    let got = claims_in(
        "en",
        "The Liberty Party won 112 of the 200 seats. The Social Democrats took 54 \
         seats. Ivo Lind's Reform Party won 12 seats. A party needs 101 seats for \
         a majority.",
    );
    assert!(has(&got, "seats:libertyparty", "seats", "112"), "{got:?}");
    assert!(has(&got, "seats:chamber", "seats", "200"), "{got:?}");
    assert!(has(&got, "seats:socialdemocrats", "seats", "54"), "{got:?}");
    assert!(has(&got, "seats:reformparty", "seats", "12"), "{got:?}");
    assert!(
        got.iter().all(|(k, _, v)| k != "count:seats" && v != "101"),
        "{got:?}"
    );
}

#[test]
fn english_groups_arrested_or_in_hospital_are_parts_of_those_counts() {
    let got = claims_in(
        "en",
        "Twenty protesters were arrested. Eight firefighters were hospitalized. \
         The oldest, aged 88, was rescued.",
    );
    assert!(
        has(&got, "count@part-protesters:arrested", "count", "20"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-firefighters:hospitalized", "count", "8"),
        "{got:?}"
    );
    assert!(has(&got, "ages:group", "oldest age", "88"), "{got:?}");
}

#[test]
fn an_opening_age_before_a_subject_pronoun_is_the_previous_subjects() {
    let got = claims_in(
        "en",
        "Governor Ana Ruiz visited the town on Monday. Aged 58, she met the families.",
    );
    assert!(has(&got, "person:ruiz", "age", "58"), "{got:?}");
    let got = claims_in(
        "fr",
        "Le président Aurel Danek arrivera lundi à Lirsk. Âgé de 63 ans, il rencontrera la Première ministre.",
    );
    assert!(has(&got, "person:danek", "age", "63"), "{got:?}");
    // Nobody named in the sentence before: nobody's age.
    let got = claims_in(
        "en",
        "The town was flooded on Monday. Aged 58, she met the families.",
    );
    assert!(!got.iter().any(|(_, a, _)| a == "age"), "{got:?}");
}

#[test]
fn french_people_present_at_a_place_are_their_own_count() {
    for text in [
        "Environ 640 élèves se trouvaient au centre quand la colline a cédé.",
        "Le centre accueillait environ 640 enfants.",
        "Le camp comptait environ 640 enfants cette semaine.",
    ] {
        let got = claims(text);
        assert!(
            has(&got, "count:people present", "count", "about 640"),
            "{text}: {got:?}"
        );
    }
    let got = claims("Douze personnes se trouvaient dans un état grave.");
    assert!(
        got.iter().all(|(k, _, _)| !k.contains("present")),
        "{got:?}"
    );
}

#[test]
fn a_declared_end_reads_past_a_long_subject_and_its_relative_clause() {
    let en = |text: &str| claims_in("en", &format!("LOS ANGELES, Feb 3, 2025 (AP) - {text}"));
    // The date opens the sentence, the reported clause names two fires
    // and where they are.
    let got = en(
        "The fires are out. On February 1, 2025, state officials announced that the Eaton \
         and Palisades fires in the hills of Southern California have been fully contained.",
    );
    assert!(has(&got, "fire:", "end", "2025-02-01"), "{got:?}");
    // A relative clause between the subject and its verb.
    let got = en(
        "Officials confirmed on Friday that the Eaton Fire, which scorched 14,000 acres \
         in the Los Angeles region, has been completely contained.",
    );
    assert!(has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
    // Another clause in between still keeps them apart: the day is the
    // evacuation's.
    let got = en(
        "Officials lifted the evacuation orders on Friday; weeks later they said that the \
         Eaton Fire has been completely contained.",
    );
    assert!(!has(&got, "fire:", "end", "2025-01-31"), "{got:?}");
}

#[test]
fn the_age_at_death_of_a_person_introduced_by_their_occupation() {
    let fr = claims(
        "NICE, 4 décembre 2024 (AFP) - Le chanteur Jean Dorval est mort mardi à 88 ans à \
         Nice. L'actrice Marie Roux s'est éteinte lundi soir à 91 ans.",
    );
    assert!(has(&fr, "person:dorval", "age", "88"), "{fr:?}");
    assert!(has(&fr, "person:roux", "age", "91"), "{fr:?}");
    let en = claims_in(
        "en",
        "NICE, Dec 4, 2024 (AP) - French singer Jean Dorval has died at the age of 88 at his \
         home in Nice. Actress Marie Roux died on Monday at 91 in Paris.",
    );
    assert!(has(&en, "person:dorval", "age", "88"), "{en:?}");
    assert!(has(&en, "person:roux", "age", "91"), "{en:?}");
    // A death and a number that is no age: a time of day, a count.
    let en = claims_in(
        "en",
        "NICE, Dec 4, 2024 (AP) - Writer Paul Verlaine died at 3 p.m. on Tuesday. \
         In Gaza, 300 people were hurt.",
    );
    assert!(!en.iter().any(|(_, a, _)| a == "age"), "{en:?}");
}

#[test]
fn verdict_verbs_date_the_verdict_and_a_request_naming_nobody_is_the_convicts() {
    let got = claims(
        "Rennes, 6 mars 2026 – L'accusé Paul Girard a écopé jeudi de dix ans de \
         réclusion criminelle. Le parquet avait requis quinze ans.",
    );
    assert!(has(&got, "verdict:girard", "date", "2026-03-05"), "{got:?}");
    assert!(has(&got, "person:girard", "sentence", "10"), "{got:?}");
    assert!(
        has(&got, "person:girard", "requested-sentence", "15"),
        "{got:?}"
    );
    let got = claims_in(
        "en",
        "LEEDS, March 6, 2026 - Paul Girard was handed a 12-year sentence on \
         Thursday. Prosecutors had sought 15 years. Mark Hill was handed over to \
         police on Monday.",
    );
    assert!(has(&got, "verdict:girard", "date", "2026-03-05"), "{got:?}");
    assert!(has(&got, "person:girard", "sentence", "12"), "{got:?}");
    assert!(
        has(&got, "person:girard", "requested-sentence", "15"),
        "{got:?}"
    );
    assert!(!got.iter().any(|(k, _, _)| k == "verdict:hill"), "{got:?}");
    // A request two sentences after the sentence is nobody's.
    let got = claims(
        "Rennes, 6 mars 2026 – L'accusé Paul Girard a écopé jeudi de dix ans. \
         L'audience a duré trois jours. Les débats ont été vifs. Le parquet avait \
         requis quinze ans.",
    );
    assert!(
        !got.iter().any(|(_, a, _)| a == "requested-sentence"),
        "{got:?}"
    );
}

#[test]
fn a_group_in_a_state_is_that_states_figure_for_the_group() {
    let en = |text: &str| claims_in("en", &format!("HUNT, Texas, July 6, 2025 (AP) - {text}"));
    let got = en("At least 27 girls from Camp Mystic were unaccounted for.");
    assert!(
        has(&got, "count@part-girls:missing", "count", "at-least 27"),
        "{got:?}"
    );
    let got = en("Twelve campers are still missing after the flood.");
    assert!(
        has(&got, "count@part-campers:missing", "count", "12"),
        "{got:?}"
    );
    // Never the story's own toll, and not when the figure is a complement.
    assert!(!got.iter().any(|(k, _, _)| k == "count:missing"), "{got:?}");
    let got = en("Divers were searching for 27 girls who were missing.");
    assert!(!got.iter().any(|(k, _, _)| k.contains("girls")), "{got:?}");
}

#[test]
fn a_chambers_vote_counts_the_votes_for_a_text_and_those_it_needed_apart() {
    let got = claims(
        "PARIS, 4 décembre 2024 (AFP) - La motion de censure a été adoptée par 331 voix, \
         bien au-delà de la majorité requise de 288 voix.",
    );
    assert!(has(&got, "count:votes for", "count", "331"), "{got:?}");
    assert!(has(&got, "count:votes needed", "count", "288"), "{got:?}");
    let got = claims_in(
        "en",
        "PARIS, Dec 4, 2024 (AP) - The no-confidence motion was backed by 336 votes, with \
         288 needed.",
    );
    assert!(has(&got, "count:votes for", "count", "336"), "{got:?}");
    // A candidate's votes stay the candidate's, or nobody's.
    let got = claims("PARIS, 4 décembre 2024 (AFP) - Au total, 575 222 voix ont été comptées.");
    assert!(
        !got.iter().any(|(k, _, _)| k.starts_with("count:votes")),
        "{got:?}"
    );
}

#[test]
fn a_plural_pronoun_before_a_trigger_makes_no_ones_visit() {
    // "they" are the wardens: no visit of the girl named next, nor of the
    // governor the article is about.
    for text in [
        "Governor Ann Marlow spoke on Thursday. Game wardens said on Friday \
         they had arrived at the camp. Lena Ortiz, 13, was taken out by helicopter.",
        "La gouverneure Anne Marlot a parlé jeudi. Les gardes ont indiqué vendredi \
         qu'ils étaient arrivés au camp. Léna Ortiz, 13 ans, a été évacuée.",
    ] {
        let lang = if text.starts_with("Gov") { "en" } else { "fr" };
        let got = claims_in(lang, text);
        assert!(
            !got.iter().any(|(k, _, _)| k.starts_with("visit")),
            "{lang}: {got:?}"
        );
    }
    // A person right before the trigger is still its agent.
    let got = claims_in("en", "Governor Ann Marlow arrived on Friday at the camp.");
    assert!(got.iter().any(|(k, _, _)| k == "visit:marlow"), "{got:?}");
}

#[test]
fn an_undated_article_naming_later_years_has_no_story_year_from_an_old_date() {
    // The crash of this Sunday is undated; the full date is history, and
    // a later year is named: the toll after it is no claim of the story.
    let text = "The plane crashed on Sunday, killing 179 people. The deadliest crash \
                occurred on Sept. 1, 1983, when a jet was shot down. All 269 people on \
                board perished. In August 1997, another crash killed 225 people.";
    let got = claims_in("en", text);
    assert!(has(&got, "count:dead", "count", "179"), "{got:?}");
    assert!(!got.iter().any(|(_, _, v)| v == "269"), "{got:?}");
    assert!(has(&got, "count@year-1997:dead", "count", "225"), "{got:?}");
    // With no later year, the full date is the story's own.
    let got = claims_in(
        "en",
        "The earthquake struck on Sept. 8, 2023. At least 2,012 people were killed.",
    );
    assert!(has(&got, "count:dead", "count", "at-least 2012"), "{got:?}");
}

#[test]
fn adverbs_and_both_after_a_figure_count_nothing() {
    let got = claims(
        "Le candidat a obtenu 588 074 voix sur les 620 000 valablement exprimées. \
         La magnitude est de 7,2 (elle était de 7 auparavant). Ils sont tous deux \
         anciens ministres. Au total, 12 membres de la famille ont été relogés.",
    );
    assert!(!got.iter().any(|(_, _, v)| v == "620000"), "{got:?}");
    assert!(!got.iter().any(|(_, _, v)| v == "7"), "{got:?}");
    assert!(!got.iter().any(|(_, _, v)| v == "2"), "{got:?}");
    let got = claims_in(
        "en",
        "The figure was 30 previously. Officials said 12 family members and 40 \
         supply trucks were at the site.",
    );
    assert!(!got.iter().any(|(_, _, v)| v == "30"), "{got:?}");
    assert!(has(&got, "count:family members", "count", "12"), "{got:?}");
    assert!(has(&got, "count:supply trucks", "count", "40"), "{got:?}");
}

#[test]
fn a_vague_number_word_widens_its_figure() {
    let a = article(
        "Une quinzaine d'habitations ont été détruites. Environ 700 pompiers étaient mobilisés.",
    );
    let doc = Doc::new(&a, RULES.language("fr").unwrap());
    let got = super::build(&doc, &extract(&doc), 0).claims;
    let margin = |v: f64| {
        got.iter()
            .find_map(|c| match &c.value {
                crate::value::Value::Quantity(q) if q.value == v => Some(q.margin),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no claim of {v}: {got:?}"))
    };
    assert_eq!(margin(15.0), Some(15.0 * crate::value::VAGUE_TOLERANCE));
    assert_eq!(margin(700.0), None);
}

#[test]
fn parts_listed_after_the_bodies_of_are_no_whole_toll() {
    let got = claims_in(
        "en",
        "The sheriff said that authorities recovered the bodies of 40 adults and 28 \
         children in the county.",
    );
    assert!(
        has(&got, "count@part-adults:dead", "count", "40"),
        "{got:?}"
    );
    assert!(
        has(&got, "count@part-children:dead", "count", "28"),
        "{got:?}"
    );
    assert!(!has(&got, "count:dead", "count", "40"), "{got:?}");
}

#[test]
fn the_trapped_the_kidnapped_the_freed_and_the_held_are_counts_of_their_own() {
    let got = counts_in(
        "fr",
        "Quinze mineurs restent bloqués au fond. Neuf mineurs ont été remontés \
         vivants. Des hommes armés ont enlevé 38 élèves. Douze d'entre eux ont été \
         libérés et 26 sont toujours aux mains des ravisseurs.",
    );
    for (k, v) in [
        ("count:trapped", "15"),
        ("count:rescued", "9"),
        ("count:kidnapped", "38"),
        ("count:released", "12"),
        ("count:held", "26"),
    ] {
        assert!(got.contains(&pair(k, v)), "{k} {v}: {got:?}");
    }
    let got = counts_in(
        "en",
        "Gunmen abducted 38 students. Twelve of the kidnapped students were freed \
         and 26 remain in captivity. Nine people are believed trapped. Three \
         workers were pulled out alive.",
    );
    for (k, v) in [
        ("count:kidnapped", "38"),
        ("count:released", "12"),
        ("count:held", "26"),
        ("count:trapped", "9"),
        ("count@part-workers:rescued", "3"),
    ] {
        assert!(got.contains(&pair(k, v)), "{k} {v}: {got:?}");
    }
}

#[test]
fn a_partitive_gives_its_figure_only_a_state_counting_whoever_is_in_it() {
    // A part of the dead and of the survivors, not a toll of its own.
    let got = counts_in(
        "en",
        "All 175 passengers and four of the six crew members were killed. There \
         were 104 survivors, 27 of them seriously injured.",
    );
    assert!(!got.contains(&pair("count:dead", "4")), "{got:?}");
    assert!(!got.contains(&pair("count:injured", "27")), "{got:?}");
}

#[test]
fn a_prepositional_phrase_after_a_count_ends_at_a_conjunction() {
    let got = counts_in(
        "en",
        "A crush at the stadium killed 17 people on Saturday and injured more than 80.",
    );
    assert!(got.contains(&pair("count:dead", "17")), "{got:?}");
    assert!(!got.contains(&pair("count:injured", "17")), "{got:?}");
    // A group's figure, then a bare one after the next verb.
    let got = counts_in(
        "en",
        "An explosion killed eight workers and injured 41 on Tuesday.",
    );
    assert!(
        got.contains(&pair("count@part-workers:dead", "8")),
        "{got:?}"
    );
    assert!(got.contains(&pair("count:injured", "41")), "{got:?}");
}

#[test]
fn a_dateline_without_a_year_takes_none_from_an_open_bound() {
    let a = article(
        "MARROWGATE, Ostrenia, May 3 (Reuters) - Seventeen people died on Saturday. \
         It was the deadliest crush since 1994, when 41 fans died.",
    );
    let doc = Doc::new(&a, RULES.language("en").unwrap());
    let mentions = extract(&doc);
    let built = super::build(&doc, &mentions, 0);
    assert!(built.anchor.is_none(), "{:?}", built.anchor);
}

#[test]
fn a_relative_clause_gives_a_generic_count_its_state() {
    // Even in a complement ("searching for …"), the relative clause on
    // the noun says what the figure counts.
    let got = counts_in(
        "en",
        "Rescuers were searching on Tuesday for five people who remain missing after \
         the eruption, and three campers who were killed by the floods were identified.",
    );
    assert!(got.contains(&pair("count:missing", "5")), "{got:?}");
    assert!(
        got.iter().any(|(k, v)| k.ends_with(":dead") && v == "3"),
        "{got:?}"
    );
}
