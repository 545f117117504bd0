//! The model of the story's aircraft: a make of `aircraft.maker` and a
//! designation ("a Boeing 737-800", "l'Airbus A320neo", "the Boeing
//! (NYSE:BA) 737-800"), in an article about an event of `aircraft.event`
//! (a crash). The value is a [`Value::Model`] whose less precise forms
//! agree with it ("Boeing 737" with "Boeing 737-800"); a past event
//! recalled ("In 2002, a Boeing 767-200 …") claims nothing, and neither
//! does an article that names two models of its own time.

use super::*;

impl Builder<'_, '_> {
    pub(super) fn model_claims(&mut self) {
        let doc = self.doc;
        let makers = doc.lang.lexicon("aircraft.maker");
        if makers.is_empty() {
            return;
        }
        let text = doc.text();
        let forms: Vec<(&str, &str)> = makers
            .keys()
            .flat_map(|k| makers.forms_of(k).iter().map(move |f| (k, f.as_str())))
            .filter(|(_, f)| text.contains(f))
            .collect();
        if forms.is_empty() {
            return;
        }
        let types = doc.lang.lexicon("aircraft.event");
        if !self
            .ctx
            .events
            .iter()
            .any(|(_, _, e)| types.key_of(&e.event).is_some())
        {
            return;
        }
        let mut alts: Vec<&str> = forms.iter().map(|(_, f)| *f).collect();
        alts.sort_by_key(|f| std::cmp::Reverse(f.len()));
        let alts: Vec<String> = alts.iter().map(|f| regex::escape(f)).collect();
        let series = doc.lang.lexicon("aircraft.series");
        let series: Vec<String> = series
            .keys()
            .flat_map(|k| series.forms_of(k).iter().map(|f| regex::escape(f)))
            .collect();
        let series = if series.is_empty() {
            String::new()
        } else {
            format!(r"(?:\s+(?:{})(?:\s+\d{{1,2}})?)?", series.join("|"))
        };
        // Make, an optional short parenthesis (a stock ticker), then the
        // designation: "737-800", "A320neo", "E190", "747-3B5B".
        let Ok(re) = Regex::new(&format!(
            r"\b(?P<make>{})\s+(?:\([^()\n]{{1,20}}\)\s+)?(?P<model>[A-Z]{{0,2}}\d{{2,4}}(?:[a-z]{{1,3}})?(?:-[0-9A-Z]{{1,5}})?{series})\b",
            alts.join("|")
        )) else {
            return;
        };
        let story = self.story_year();
        let mut found: Vec<(Span, Value)> = Vec::new();
        for c in re.captures_iter(text) {
            let (Some(all), Some(make), Some(model)) = (c.get(0), c.name("make"), c.name("model"))
            else {
                continue;
            };
            let span = Span::new(all.start(), all.end());
            // A past event recalled: its year before the model in the
            // sentence ("In July 1993, a Boeing 737-500 …"); a year after
            // it speaks of something else ("the Boeing 737-800 … of the
            // airline, which was founded in 2005").
            if self.era_of(span, story) != past::Era::Now
                && self.year_before_in_sentence(span, story)
            {
                continue;
            }
            let Some(key) = makers.key_of(make.as_str()) else {
                continue;
            };
            let make = makers
                .forms_of(key)
                .first()
                .map_or(make.as_str(), |f| f.as_str());
            let model = model
                .as_str()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let name = format!("{make} {model}");
            // The less precise forms: "737-800" is a "737", "A320neo" an
            // "A320", "737 MAX 8" a "737 MAX" and a "737".
            let mut is_a = Vec::new();
            let base: String = model
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                .collect();
            let mut more = model.as_str();
            while let Some(i) = more.rfind([' ', '-']) {
                more = &more[..i];
                is_a.push(format!("{make} {more}"));
            }
            if !base.is_empty()
                && base != model
                && !is_a.iter().any(|m| m == &format!("{make} {base}"))
            {
                is_a.push(format!("{make} {base}"));
            }
            found.push((span, Value::Model { name, is_a }));
        }
        // Two models of the story's time that cannot both be its aircraft
        // (a collision, a comparison): no claim.
        let Some((_, first)) = found.first() else {
            return;
        };
        if found.iter().any(|(_, v)| !v.compatible(first)) {
            return;
        }
        let rule = format!("{}.aircraft.model", doc.lang.code);
        for (span, value) in found {
            self.push(
                ("aircraft".to_string(), "aircraft".to_string()),
                "model",
                value,
                span,
                &rule,
                None,
            );
        }
    }

    /// Whether a year other than the story's is written before `span` in
    /// its sentence.
    fn year_before_in_sentence(&self, span: Span, story: Option<i32>) -> bool {
        static YEAR: std::sync::LazyLock<Regex> =
            std::sync::LazyLock::new(|| Regex::new(r"\b(?:19|20)\d\d\b").unwrap());
        let doc = self.doc;
        let Some(sentence) = doc.sentence_of(span) else {
            return false;
        };
        let before = &doc.text()[sentence.start.min(span.start)..span.start];
        YEAR.find_iter(before)
            .any(|m| m.as_str().parse::<i32>().ok() != story)
    }
}
