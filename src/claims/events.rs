//! Dates of events: the dates of a sentence bound to its event triggers
//! (a visit's start and end, a meeting's day), who the event is about
//! (the trigger's agent), "since YEAR" claims, records ("le plus
//! intense depuis 90 ans"), dates of named events recalled ("le cyclone
//! Kamisy d'avril 1984"), birth years, and the checks of a date against
//! itself (impossible dates, weekday mismatches).

use super::*;

/// How many words before a trigger [`Builder::tense_before`] reads.
const TENSE_BEFORE_WORDS: usize = 4;

impl Builder<'_, '_> {
    /// Who a trigger is about, judged from its immediate neighbours: a
    /// person right before it ("Goïta est arrivé", "M. Goïta, arrivé"),
    /// possibly across an incise ("Kenji Morita, qu'elle a rencontré mardi,
    /// se rendra"), or right after it ("la visite de M. Goïta"); a place or
    /// organisation as the subject ("la France a quitté") means the event is
    /// not a person's. The nearest person wins.
    pub(super) fn direct_agent(&self, trigger: Span) -> Agent {
        if let Some(a) = self.agents.borrow().get(&trigger) {
            return a.clone();
        }
        let a = self.direct_agent_uncached(trigger);
        self.agents.borrow_mut().insert(trigger, a.clone());
        a
    }

    pub(super) fn direct_agent_uncached(&self, trigger: Span) -> Agent {
        let text = self.doc.text();
        let Some(sentence) = self.doc.sentence_of(trigger) else {
            return Agent::Unknown;
        };
        let subject_gap = |gap: &str| {
            let gap = fold_key(gap);
            gap.split_whitespace().count() <= 3
                && !gap.contains([';', ':'])
                // "Poutine durant son séjour": the possessive points
                // back to the clause's subject, not to Poutine; "Morita,
                // qu'elle a rencontré": another subject.
                && !gap
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| is_word(self.doc, "grammar.not_agent_gap", w))
        };
        let near_before = |s: Span| {
            if !(s.end <= trigger.start && s.start >= sentence.start) {
                return false;
            }
            let gap = &text[s.end..trigger.start];
            if subject_gap(gap) {
                return true;
            }
            // "X, <incise>, verb": the incise is skipped when X is the
            // subject (not after a preposition) and the incise is closed.
            let trimmed = gap.trim_start();
            trimmed.starts_with(',')
                && !is_word(
                    self.doc,
                    "grammar.preposition",
                    &word_before_in(text, s.start),
                )
                && trimmed[1..].rfind(',').is_some_and(|i| {
                    let incise = &trimmed[1..=i];
                    let after = &trimmed[i + 2..];
                    !incise.contains([';', ':', '.'])
                        && incise.split_whitespace().count() <= 12
                        && subject_gap(after)
                })
        };
        let near_after = |s: Span| {
            s.start >= trigger.end && s.end <= sentence.end && {
                let gap = fold_key(&text[trigger.end..s.start]);
                gap.split_whitespace().count() <= 3
                    && gap.split_whitespace().any(|w| {
                        is_word(self.doc, "grammar.of", w)
                            || forms(self.doc, "grammar.of")
                                .iter()
                                .any(|f| f.ends_with('\'') && w.starts_with(f))
                    })
            }
        };
        let nearest = self
            .ctx
            .people_in(sentence.start, sentence.end)
            .filter(|(span, _, _, _)| near_before(*span) || near_after(*span))
            .min_by_key(|(span, _, _, _)| {
                if span.end <= trigger.start {
                    trigger.start - span.end
                } else {
                    span.start - trigger.end
                }
            });
        // "56 Spanish rescuers arriving on Sunday": a counted group right
        // before the trigger is its subject, nearer than any person.
        let group = starting_in(
            &self.ctx.quantities,
            |q| q.0.start,
            sentence.start,
            trigger.start,
        )
        .iter()
        .filter(|(_, _, q)| matches!(q.measure, Measure::Count { .. }))
        .map(|(s, _, q)| s.end.max(q.noun_span.end))
        // "X, accompagné de 40 chefs d'entreprise, est arrivé": an incise
        // is not the subject.
        .filter(|&end| {
            end <= trigger.start
                && !text[end..trigger.start].contains(',')
                && subject_gap(&text[end..trigger.start])
        })
        .max();
        if let Some(end) = group
            && nearest.is_none_or(|(span, _, _, _)| span.end <= trigger.start && span.end < end)
        {
            return Agent::NotAPerson;
        }
        // "Game wardens said they had arrived": a plural subject pronoun
        // among the two words before the trigger (`grammar.plural_pronoun`)
        // makes it a group's event, not the nearest person's nor the
        // article's main one.
        let plural_subject = text[sentence.start..trigger.start]
            .rsplit(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| is_word(self.doc, "grammar.plural_pronoun", w));
        if plural_subject {
            return Agent::NotAPerson;
        }
        if let Some((_, _, _, id)) = nearest {
            return Agent::Person(id.to_string());
        }
        let entities = starting_in(
            &self.ctx.entities,
            |e| e.0.start,
            sentence.start,
            trigger.start,
        );
        let subject_entity = entities.iter().any(|(s, e)| {
            e.entity_kind != EntityKind::Topic
                && s.end <= trigger.start
                && s.start >= sentence.start
                && text[s.end..trigger.start].split_whitespace().count() <= 2
                && !crosses_clause(&text[s.end..trigger.start])
                // "au Mali est arrivé": a complement, not the subject.
                && !is_word(self.doc, "grammar.preposition", &word_before_in(text, s.start))
        });
        if subject_entity {
            Agent::NotAPerson
        } else {
            Agent::Unknown
        }
    }

    /// The agent of an event trigger: its direct agent, else the person
    /// the article's other triggers of that event are directly about, else
    /// the article's main person.
    pub(super) fn agent(&self, trigger: Span, event: &str) -> Option<String> {
        match self.direct_agent(trigger) {
            Agent::Person(p) => Some(p),
            Agent::NotAPerson => None,
            Agent::Unknown => {
                // Another trigger of the event in the same sentence with a
                // person right next to it: "X a quitté Tokyo vendredi, au
                // terme d'un séjour entamé le 11 mars" (X's stay).
                let sentence = self.doc.sentence_of(trigger);
                let mut same: Vec<(usize, String)> = Vec::new();
                let in_sentence = sentence.map_or(&[][..], |s| {
                    starting_in(&self.ctx.events, |e| e.0.start, s.start, s.end)
                });
                for (span, _, e) in in_sentence {
                    if e.event == event
                        && *span != trigger
                        && sentence.is_some_and(|s| s.contains(*span))
                        && let Agent::Person(p) = self.direct_agent(*span)
                    {
                        let d = if span.end <= trigger.start {
                            trigger.start - span.end
                        } else {
                            span.start.saturating_sub(trigger.end)
                        };
                        same.push((d, p));
                    }
                }
                if let Some((_, p)) = same.into_iter().min() {
                    return Some(p);
                }
                if let Some(m) = self.majority.borrow().get(event) {
                    return m.clone().or_else(|| self.ctx.main.clone());
                }
                let mut counts: BTreeMap<String, usize> = BTreeMap::new();
                for (span, _, e) in &self.ctx.events {
                    if e.event == event
                        && let Agent::Person(p) = self.direct_agent(*span)
                    {
                        *counts.entry(p).or_default() += 1;
                    }
                }
                let m = counts
                    .into_iter()
                    .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|(p, _)| p);
                self.majority
                    .borrow_mut()
                    .insert(event.to_string(), m.clone());
                m.or_else(|| self.ctx.main.clone())
            }
        }
    }

    /// Dates bound to event triggers: a visit's start and end, a meeting's day.
    pub(super) fn event_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let ctx = self.ctx;
        let mut previous: Option<PartialDate> = None;
        // Weekdays alone that no article date resolves (see below).
        let mut undated: Vec<usize> = Vec::new();
        let story_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, ctx));
        for (dspan, drule, d) in &ctx.dates {
            let resolved_any = self.resolve_for_previous(d, previous);
            let Some(sentence) = doc.sentence_of(*dspan) else {
                previous = resolved_any.or(previous);
                continue;
            };
            let in_sentence: Vec<&(Span, &str, EventMention)> =
                starting_in(&ctx.events, |e| e.0.start, sentence.start, sentence.end)
                    .iter()
                    .filter(|(s, _, _)| sentence.contains(*s))
                    .collect();
            let kind_of = |e: &EventMention| {
                doc.lang
                    .lexicon("event.kind")
                    .forms_of(&e.event)
                    .first()
                    .map_or("span", String::as_str)
                    .to_string()
            };
            // The text between two spans, with where it starts.
            let between = |a: Span, b: Span| {
                let (x, y) = if a.end <= b.start {
                    (a.end, b.start)
                } else {
                    (b.end, a.start.max(b.end))
                };
                (x.min(y), &text[x.min(y)..y])
            };
            // Candidate triggers, nearest first.
            let mut cands: Vec<&&(Span, &str, EventMention)> = in_sentence.iter().collect();
            cands.sort_by_key(|(s, _, _)| {
                if s.end <= dspan.start {
                    dspan.start - s.end
                } else {
                    s.start.saturating_sub(dspan.end)
                }
            });
            // A plain date belongs to a trigger only when no other date
            // stands between them: in "arrivé le 3 mars pour une visite qui
            // doit s'achever le 6 mars" the 6th is not a second start.
            let date_between = |t: Span| {
                let (lo, hi) = if t.end <= dspan.start {
                    (t.end, dspan.start)
                } else {
                    (dspan.end, t.start)
                };
                starting_in(&ctx.dates, |d| d.0.start, lo, hi)
                    .iter()
                    .any(|(o, _, od)| o.start >= lo && o.end <= hi && od.is_day())
            };
            // A range right after a `date.night` word ("la nuit du 8 au
            // 9", "overnight from Friday to Saturday").
            let is_night = |span: Span| {
                d.marker == Marker::Plain
                    && matches!(d.value, DateValue::Range { .. })
                    && lexicon_regex(doc, "date.night", r"(?i)\b{}\s*$").is_some_and(|re| {
                        re.is_match(
                            &text[look_back(text, span.start, 30, sentence.start)..span.start],
                        )
                    })
            };
            let adverbial = adverbial_commas(doc, sentence, *dspan);
            let mut bound = None;
            for c in cands {
                let (tspan, ev) = (c.0, &c.2);
                let span_kind = kind_of(ev) == "span";
                let (gap_start, gap) = between(tspan, *dspan);
                let plain =
                    d.marker == Marker::Plain && !matches!(d.value, DateValue::Range { .. });
                // "dans la nuit de vendredi à samedi": a range of two
                // days that dates one night, bound like a plain date to
                // an event of one day.
                let night = !span_kind && is_night(*dspan);
                // "a annoncé le 13 avril que X avait remporté l'élection":
                // a date before a complementizer is the reporting verb's,
                // not the reported event's.
                let reported = tspan.start >= dspan.end
                    && fold_key(gap)
                        .split(|c: char| !c.is_alphanumeric() && c != '\'')
                        .any(|w| {
                            // "qu'il": the elided form with its apostrophe.
                            let head = w.find('\'').map_or(w, |i| &w[..=i]);
                            is_word(doc, "grammar.complementizer", head)
                        });
                // "l'élection intervient après le décès du pape, inhumé le
                // 26 avril": a date and a trigger on either side of a
                // sequence word are two happenings.
                let sequenced = fold_key(gap)
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| is_word(doc, "grammar.sequence", w));
                // "The earthquake, which struck late Friday, killed": the
                // date of a relative clause on the trigger's noun.
                let relative = tspan.end <= dspan.start
                    && gap.trim_start().strip_prefix(',').is_some_and(|rest| {
                        rest.split_whitespace()
                            .next()
                            .is_some_and(|w| is_word(doc, "grammar.relative", w))
                            && !crosses_clause(rest)
                    });
                // "searching on Sunday for survivors of the earthquake": a
                // trigger that completes another noun is not what a date
                // before that noun is of.
                let complement = tspan.start >= dspan.end && {
                    let folded = fold_key(gap);
                    let mut words: Vec<&str> = folded
                        .split(|c: char| c.is_whitespace())
                        .filter(|w| !w.is_empty())
                        .collect();
                    while words
                        .last()
                        .is_some_and(|w| is_word(doc, "grammar.article", w))
                    {
                        words.pop();
                    }
                    words
                        .last()
                        .is_some_and(|w| is_word(doc, "event.noun_of", w))
                };
                // "officials announced on Friday that the fire has been
                // fully contained": the end of a state declared is dated
                // by its declaration, when the reported clause gives no
                // day of its own.
                let declared = reported
                    && ev.part == EventPart::End
                    && !starting_in(&ctx.dates, |d| d.0.start, tspan.end, sentence.end)
                        .iter()
                        .any(|(o, _, od)| o.start >= tspan.end && od.is_day());
                // "On February 1, state officials announced that the
                // Eaton and Palisades fires, which scorched 37,000 acres,
                // have been fully contained": the reported clause of a
                // declared end may be long, and a relative clause inside
                // it is no other clause.
                let inserted = if declared {
                    relative_clause_commas(doc, gap)
                } else {
                    Vec::new()
                };
                let ok = if (plain || night) && !complement {
                    (relative
                        || !crosses_clause_except(gap, |i| {
                            adverbial.contains(&(gap_start + i)) || inserted.contains(&i)
                        }))
                        && (!reported || declared)
                        && !sequenced
                        && gap.len() <= if declared { 200 } else { 80 }
                        && (!span_kind || ev.part != EventPart::Whole)
                        && !date_between(tspan)
                } else {
                    span_kind
                };
                if ok {
                    bound = Some(c);
                    break;
                }
            }
            let Some((tspan, trule, ev)) = bound.map(|c| (c.0, c.1, &c.2)) else {
                previous = resolved_any.or(previous);
                continue;
            };
            // Strikes and votes are nobody's: `event.agent` "none".
            let agentless = doc
                .lang
                .lexicon("event.agent")
                .forms_of(&ev.event)
                .iter()
                .any(|f| f == "none");
            // "Le festival, qui s'est achevé dimanche": a generic verb
            // with no event noun and no person as its subject is about
            // something else than the article's events.
            if ctx.unowned_generic.contains(&tspan)
                && !matches!(self.direct_agent(tspan), Agent::Person(_))
            {
                previous = resolved_any.or(previous);
                continue;
            }
            let agent = if agentless {
                None
            } else {
                match self.agent(tspan, &ev.event) {
                    Some(a) => Some(a),
                    None => {
                        previous = resolved_any.or(previous);
                        continue;
                    }
                }
            };
            let label = doc
                .lang
                .lexicon("event.label")
                .first_form_or(&ev.event)
                .to_string();
            let span_kind = kind_of(ev) == "span";
            // A visit is someone's; a meeting is between everyone the
            // sentence names (and the article's main person when it names
            // only one).
            let mut who: Vec<String> = agent.into_iter().collect();
            if !span_kind && !agentless {
                for (s, _, _, id) in ctx.people_in(sentence.start, sentence.end) {
                    if sentence.contains(s) && !who.iter().any(|w| w == id) {
                        who.push(id.to_string());
                    }
                }
                if let Some(m) = &ctx.main
                    && who.len() == 1
                    && !who.contains(m)
                {
                    who.push(m.clone());
                }
                who.sort();
            }
            let names: Vec<String> = who.iter().map(|w| ctx.display(w)).collect();
            let subject = if names.is_empty() {
                label.clone()
            } else {
                format!("{label} of {}", names.join(" and "))
            };
            let key = format!("{}:{}", ev.event, who.join("+"));
            let rule = format!("{drule}+{trule}");
            if !span_kind
                && is_night(*dspan)
                && let DateValue::Range { start, end } = &d.value
            {
                self.push_night(
                    (&subject, &key),
                    (start, end),
                    tspan,
                    previous,
                    *dspan,
                    &rule,
                );
                previous = resolved_any.or(previous);
                continue;
            }
            let mut parts: Vec<(&str, &DayExpr)> = Vec::new();
            match &d.value {
                DateValue::Range { start, end } => {
                    parts.push(("start", start));
                    parts.push(("end", end));
                }
                DateValue::Day { day } => {
                    let attr = if !span_kind {
                        "date"
                    } else {
                        match (d.marker, ev.part) {
                            (Marker::Since, _) => "start",
                            (Marker::Until | Marker::Before, _) => "end",
                            (Marker::After, _) => "start",
                            (Marker::Plain, EventPart::Start) => "start",
                            (Marker::Plain, EventPart::End) => "end",
                            (Marker::Plain, EventPart::Whole) => "date",
                        }
                    };
                    parts.push((attr, day));
                }
                _ => {}
            }
            let mut last = None;
            for (attr, day) in parts {
                // With no tense in the words, an end looks ahead ("doit
                // s'achever jeudi", "jusqu'à dimanche") unless the event's
                // end is a state reached (`event.end_tense`: a fire "fully
                // contained on Friday" was contained that past Friday).
                let end_past = !matches!(d.marker, Marker::Until | Marker::Before)
                    && doc
                        .lang
                        .lexicon("event.end_tense")
                        .forms_of(&ev.event)
                        .iter()
                        .any(|f| f == "past");
                let rctx = self.resolve_ctx(tspan, attr, end_past, previous);
                let stated = stated_weekday(day);
                let weekday_attr = weekday_attribute(attr);
                let Some(r) = resolve_day(day, &rctx) else {
                    // "la présidentielle de dimanche" in an undated
                    // article: no date, but the weekday is still a claim.
                    if let Some(w) = stated {
                        self.push_weekday((&subject, &key), &weekday_attr, w, false, *dspan, &rule);
                        undated.push(self.claims.len() - 1);
                    }
                    continue;
                };
                // An event that is nobody's (a crash, an earthquake) dated in
                // another year than the article is an earlier one of its
                // type: "the 1997 crash in Guam" is not today's crash. An
                // undated article is of the latest year it names (a
                // history piece recalling 1983 is written after 2024).
                if agentless
                    && let (Some(y), Some(a)) = (r.date.year, story_year)
                    && y != a
                {
                    continue;
                }
                last = Some(r.date);
                // The weekday of the event: as written, or implied by a
                // full date ("le 12 avril 2025" is a Saturday).
                match (stated, r.date.to_naive().map(|d| d.weekday())) {
                    (Some(w), actual) => self.push_weekday(
                        (&subject, &key),
                        &weekday_attr,
                        w,
                        actual == Some(w),
                        *dspan,
                        &rule,
                    ),
                    (None, Some(w)) => {
                        self.push_weekday((&subject, &key), &weekday_attr, w, true, *dspan, &rule)
                    }
                    (None, None) => {}
                }
                let r = self.explain(day, *dspan, r);
                self.push(
                    (subject.clone(), key.clone()),
                    attr,
                    Value::Date(r.date),
                    *dspan,
                    &rule,
                    r.how,
                );
            }
            previous = last.or(resolved_any).or(previous);
        }
        // A weekday alone bound to an event the article dates elsewhere
        // ("the fire started on 7 January" and "a lawsuit filed Monday
        // alleges that … sparked the fire") is more likely another
        // happening's: only a weekday that is all the article says of
        // the day is kept.
        let dated: HashSet<(String, String)> = self
            .claims
            .iter()
            .filter(|c| matches!(c.value, Value::Date(_) | Value::DateRange { .. }))
            .map(|c| (c.subject_key.clone(), weekday_attribute(&c.attribute)))
            .collect();
        let drop: HashSet<usize> = undated
            .into_iter()
            .filter(|&i| {
                let c = &self.claims[i];
                dated.contains(&(c.subject_key.clone(), c.attribute.clone()))
            })
            .collect();
        let mut i = 0;
        self.claims.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }

    /// The day a lead names as the article's own: "Ce mercredi 8 mai
    /// restera gravé dans les annales de l'Église", "Ce dimanche restera
    /// comme un jour historique pour le pays", the event told in the
    /// sentences after. A date that opens its sentence behind a
    /// `grammar.demonstrative` ("ce", "cette") is the day of the article's
    /// main event: the one-day event type (`event.kind` `day`) that is
    /// nobody's (`event.agent` `none`: a vote, an earthquake) and that the
    /// article's triggers name most, at least twice. It claims that
    /// event's date and weekday, unless its sentence names a person or
    /// another happening than an end (the copula of "restera gravé" reads
    /// as one).
    pub(super) fn news_day_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let ctx = self.ctx;
        let kind = doc.lang.lexicon("event.kind");
        let agent = doc.lang.lexicon("event.agent");
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, _, e) in &ctx.events {
            let one_day = kind.forms_of(&e.event).iter().any(|f| f == "day");
            let nobodys = agent.forms_of(&e.event).iter().any(|f| f == "none");
            if one_day && nobodys {
                *counts.entry(e.event.as_str()).or_default() += 1;
            }
        }
        let Some((event, n)) = counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        else {
            return;
        };
        if n < 2 {
            return;
        }
        let event = event.to_string();
        for (dspan, drule, d) in &ctx.dates {
            let (DateValue::Day { day }, Marker::Plain) = (&d.value, d.marker) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            // "Ce mercredi 8 mai" (the demonstrative before the mention)
            // or "Ce dimanche" (inside it).
            let lead = fold_key(&text[sentence.start..dspan.start.max(sentence.start)]);
            let own = fold_key(doc.slice(*dspan));
            let first_word = own.split_whitespace().next().unwrap_or_default();
            let opens = if lead.trim().is_empty() {
                is_word(doc, "grammar.demonstrative", first_word)
            } else {
                is_word(doc, "grammar.demonstrative", lead.trim())
            };
            // A sentence that names someone, or another happening than an
            // end ("restera gravé"), tells its own event.
            let told = ctx
                .people_in(sentence.start, sentence.end)
                .any(|(s, _, _, _)| sentence.contains(s))
                || starting_in(&ctx.events, |e| e.0.start, sentence.start, sentence.end)
                    .iter()
                    .any(|(s, _, e)| {
                        sentence.contains(*s) && e.event != event && e.part != EventPart::End
                    });
            if !opens || told {
                continue;
            }
            let label = doc
                .lang
                .lexicon("event.label")
                .first_form_or(&event)
                .to_string();
            let key = format!("{event}:");
            let rule = format!("{}.claim.news-day+{drule}", doc.lang.code);
            let rctx = ResolveCtx {
                anchor: self.anchor,
                previous: None,
                direction: Direction::Past,
            };
            let resolved = resolve_day(day, &rctx);
            let actual = resolved
                .as_ref()
                .and_then(|r| r.date.to_naive())
                .map(|d| d.weekday());
            match (stated_weekday(day), actual) {
                (Some(w), a) => {
                    self.push_weekday((&label, &key), "weekday", w, a == Some(w), *dspan, &rule)
                }
                (None, Some(w)) => {
                    self.push_weekday((&label, &key), "weekday", w, true, *dspan, &rule)
                }
                (None, None) => {}
            }
            if let Some(r) = resolved {
                let r = self.explain(day, *dspan, r);
                self.push(
                    (label.clone(), key.clone()),
                    "date",
                    Value::Date(r.date),
                    *dspan,
                    &rule,
                    r.how,
                );
            }
        }
    }

    /// Record the weekday of an event or a day (see [`Claim::derived`]).
    /// How a day bound to `trigger` as its `attr` is resolved: against
    /// the article's date and the previous dated event, looking back for
    /// a past trigger, forward for a future one (and, with no tense, for
    /// an end).
    fn resolve_ctx(
        &self,
        trigger: Span,
        attr: &str,
        end_past: bool,
        previous: Option<PartialDate>,
    ) -> ResolveCtx {
        let direction = match (
            self.tense(trigger).or_else(|| self.tense_before(trigger)),
            attr,
        ) {
            (Some(Tense::Past), _) => Direction::Past,
            (Some(Tense::Future), _) => Direction::Future,
            (None, "end") if !end_past => Direction::Future,
            (None, _) => Direction::Past,
        };
        ResolveCtx {
            anchor: self.anchor,
            previous,
            direction,
        }
    }

    /// The date of a one-day event that happened in a night
    /// ("dans la nuit du 8 au 9 septembre", "overnight from Friday to
    /// Saturday"): both days, resolved as the event's dates are, as one
    /// [`Value::DateRange`] that agrees with either day. No weekday is
    /// claimed: "vendredi" and "samedi" are both right of that night. A
    /// night named by its weekdays is also claimed as such (attribute
    /// `night`, "Friday to Saturday"), which undated articles can compare.
    fn push_night(
        &mut self,
        (subject, key): (&str, &str),
        (start, end): (&DayExpr, &DayExpr),
        trigger: Span,
        previous: Option<PartialDate>,
        span: Span,
        rule: &str,
    ) {
        let rctx = self.resolve_ctx(trigger, "date", false, previous);
        if let (Some(w1), Some(w2)) = (stated_weekday(start), stated_weekday(end))
            && w1.succ() == w2
        {
            self.push(
                (subject.to_string(), key.to_string()),
                "night",
                Value::Text(format!(
                    "{} to {}",
                    crate::extract::date::weekday_name(w1),
                    crate::extract::date::weekday_name(w2)
                )),
                span,
                rule,
                None,
            );
        }
        let (Some(first), Some(last)) = (resolve_day(start, &rctx), resolve_day(end, &rctx)) else {
            return;
        };
        // A night is two days in a row (a range of one month's days or of
        // weekdays resolved alike).
        let (a, b) = (first.date, last.date);
        let consecutive = match (a.to_naive(), b.to_naive()) {
            (Some(x), Some(y)) => y.signed_duration_since(x).num_days() == 1,
            _ => a.month == b.month && b.day == a.day + 1,
        };
        if !consecutive {
            return;
        }
        self.push(
            (subject.to_string(), key.to_string()),
            "date",
            Value::DateRange {
                start: Some(a),
                end: Some(b),
            },
            span,
            rule,
            None,
        );
    }

    pub(super) fn push_weekday(
        &mut self,
        (subject, key): (&str, &str),
        attribute: &str,
        weekday: chrono::Weekday,
        derived: bool,
        span: Span,
        rule: &str,
    ) {
        self.push(
            (subject.to_string(), key.to_string()),
            attribute,
            Value::Weekday(weekday),
            span,
            rule,
            None,
        );
        if let Some(c) = self.claims.last_mut() {
            c.derived = derived;
        }
    }

    /// The weekday a source gives a calendar day: "mercredi 8 mai",
    /// "Thursday, May 8, 2025". Keyed by the month and day (a story's
    /// sources speak of one year), so that a source that writes the wrong
    /// weekday beside a day disagrees with the others that name that day,
    /// whether or not its year is known. Only a weekday written beside its
    /// day claims this.
    pub(super) fn calendar_weekday_claims(&mut self) {
        let doc = self.doc;
        // The page header that dates the article claims nothing; a year
        // fixed by a weekday would make every weekday look right.
        let header = self.anchor_info.as_ref().and_then(|a| a.span);
        let anchor = self
            .anchor_info
            .as_ref()
            .filter(|a| a.kind != AnchorKind::Weekday)
            .map(|a| a.date);
        for (dspan, drule, d) in &self.ctx.dates {
            if d.invalid.is_some() || header.is_some_and(|h| h.overlaps(*dspan)) {
                continue;
            }
            let days: Vec<&DayExpr> = match &d.value {
                DateValue::Day { day } => vec![day],
                DateValue::Range { start, end } => vec![start, end],
                _ => vec![],
            };
            for day in days {
                let DayExpr::Date {
                    month,
                    day: n,
                    weekday: Some(wd),
                    ..
                } = day
                else {
                    continue;
                };
                let Some(w) = weekday_of_key(wd) else {
                    continue;
                };
                let Some(name) =
                    crate::extract::date::MONTHS_EN.get((*month as usize).wrapping_sub(1))
                else {
                    continue;
                };
                // The year, as written or from the article's date: it
                // tells apart the 12 March of two stories (subjects are
                // told apart by their names, see `compare::identities`),
                // while a day given without any year joins either.
                let rctx = ResolveCtx {
                    anchor,
                    previous: None,
                    direction: Direction::Past,
                };
                let year = resolve_day(day, &rctx).and_then(|r| r.date.year);
                let display = match year {
                    Some(y) => format!("{n} {name} {y}"),
                    None => format!("{n} {name}"),
                };
                self.push_weekday(
                    (&display, &format!("day:--{month:02}-{n:02}")),
                    "weekday",
                    w,
                    false,
                    *dspan,
                    &format!("{}.claim.weekday+{drule}", doc.lang.code),
                );
            }
        }
    }

    /// The tense of a trigger as written, from the `event.tense` lexicon,
    /// compared with its accents ("quitté" is past, "quitte" is not).
    pub(super) fn tense(&self, trigger: Span) -> Option<Tense> {
        let norm = |w: &str| {
            w.to_lowercase()
                .replace(['\u{2019}', '\u{2bc}'], "'")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let written = norm(self.doc.slice(trigger));
        let forms = self.tenses.get_or_init(|| {
            let lex = self.doc.lang.lexicon("event.tense");
            [("past", Tense::Past), ("future", Tense::Future)]
                .into_iter()
                .flat_map(|(key, t)| lex.forms_of(key).iter().map(move |f| (t, norm(f))))
                .collect()
        });
        // The first key (past, then future) with a form equal to it.
        forms.iter().find(|(_, f)| *f == written).map(|(t, _)| *t)
    }

    /// The tense the words right before a trigger give it when the
    /// trigger's own form tells none (`event.tense_before`, keys `past`
    /// and `future`, among the last [`TENSE_BEFORE_WORDS`] words of its
    /// clause): "she is due to hold talks … on Monday" looks ahead.
    pub(super) fn tense_before(&self, trigger: Span) -> Option<Tense> {
        let lex = self.doc.lang.lexicon("event.tense_before");
        if lex.is_empty() {
            return None;
        }
        let text = self.doc.text();
        let floor = self.doc.sentence_of(trigger).map_or(0, |s| s.start);
        let from = look_back(text, trigger.start, 60, floor);
        let before = fold_key(&text[from..trigger.start]);
        let clause = &before[before.rfind([',', ';', ':', '(']).map_or(0, |i| i + 1)..];
        let words: Vec<&str> = clause.split_whitespace().collect();
        let words = &words[words.len().saturating_sub(TENSE_BEFORE_WORDS)..];
        (0..words.len()).find_map(|i| {
            let tail = words[i..].join(" ");
            [("future", Tense::Future), ("past", Tense::Past)]
                .into_iter()
                .find(|(key, _)| {
                    lex.folded_forms_of(key).iter().any(|f| {
                        tail.strip_prefix(f.as_str())
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                    })
                })
                .map(|(_, t)| t)
        })
    }

    /// Say how a relative day was resolved, with the words as written and
    /// where the article's date comes from: "dimanche → 2025-06-22 (article
    /// dated 2025-06-23 (most recent date in the text))".
    pub(super) fn explain(
        &self,
        day: &DayExpr,
        span: Span,
        r: crate::extract::date::Resolved,
    ) -> crate::extract::date::Resolved {
        let relative_to_anchor = matches!(day, DayExpr::Weekday { .. } | DayExpr::Relative { .. });
        match (&self.anchor_info, relative_to_anchor) {
            (Some(a), true) => crate::extract::date::Resolved {
                how: Some(format!(
                    "{} → {} (article dated {})",
                    self.doc.slice(span).trim(),
                    r.date,
                    a.describe()
                )),
                date: r.date,
            },
            _ => r,
        }
    }

    /// The day a date mention names, for "la veille" / "le lendemain" later on.
    pub(super) fn resolve_for_previous(
        &self,
        d: &DateMention,
        previous: Option<PartialDate>,
    ) -> Option<PartialDate> {
        let day = match &d.value {
            DateValue::Day { day } => day,
            DateValue::Range { end, .. } => end,
            _ => return None,
        };
        let rctx = ResolveCtx {
            anchor: self.anchor,
            previous,
            direction: Direction::Past,
        };
        resolve_day(day, &rctx).map(|r| r.date)
    }

    /// "Wagner, déployé au Mali depuis 2021": an organisation or topic
    /// present since a year. The subject is the nearest organisation or topic
    /// before the year in its sentence, else the nearest after it; places are
    /// where, not what.
    pub(super) fn since_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        for (dspan, drule, d) in &ctx.dates {
            let (DateValue::Year { year }, Marker::Since) = (&d.value, d.marker) else {
                continue;
            };
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let candidates =
                starting_in(&ctx.entities, |e| e.0.start, sentence.start, sentence.end)
                    .iter()
                    .filter(|(s, e)| e.entity_kind != EntityKind::Place && sentence.contains(*s));
            let before = candidates
                .clone()
                .filter(|(s, _)| s.end <= dspan.start)
                .max_by_key(|(s, _)| s.end);
            let after = candidates
                .filter(|(s, _)| s.start >= dspan.end)
                .min_by_key(|(s, _)| s.start);
            let Some((espan, e)) = before.or(after) else {
                continue;
            };
            // "la pire catastrophe depuis 2015", "la première visite depuis
            // 2012": a superlative says how rare something is, not since
            // when anything is present.
            let text = doc.text();
            let from = look_back(text, dspan.start, 80, sentence.start);
            let lead = &text[from..dspan.start];
            let cut = lead
                .char_indices()
                .rfind(|(_, c)| [',', ';', ':', '(', '«', '»', '"', '“', '”'].contains(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let lead = &lead[cut..];
            let lead = fold_key(lead);
            let not = doc.lang.lexicon("since.not");
            let words: Vec<&str> = lead
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .collect();
            if words.iter().rev().take(8).any(|w| not.key_of(w).is_some()) {
                continue;
            }
            // "Le président, qui dirige le pays depuis 2019, rencontrera
            // X à l'Élysée": a relative clause's year is its antecedent's,
            // never that of what follows the clause.
            if espan.start >= dspan.end
                && words
                    .first()
                    .is_some_and(|w| is_word(doc, "grammar.relative", w))
            {
                continue;
            }
            // "Sylvie Morel, déléguée CGT, qui travaille sur le site depuis
            // 2001": a person between the organisation and the year (or
            // a quote closing between them) is the one present since then.
            let (lo, hi) = if espan.end <= dspan.start {
                (espan.start, dspan.start)
            } else {
                (dspan.end, espan.end)
            };
            // "Sylvie Morel, coordinatrice de l'ONU, qui vit à Kandera
            // depuis 2008": an organisation as a complement after a named
            // person is the person's, and so is the year.
            let complement = is_word(
                doc,
                "grammar.preposition",
                &word_before_in(text, espan.start),
            ) && ctx
                .people_in(sentence.start, espan.start)
                .any(|(s, _, _, _)| s.start >= sentence.start && s.end <= espan.start);
            if complement
                || ctx.people_overlapping(lo, hi).next().is_some()
                || text[lo.min(hi)..hi].contains(['»', '"', '“', '”'])
            {
                continue;
            }
            let lex_name = match e.entity_kind {
                EntityKind::Org => "entity.org",
                EntityKind::Topic => "entity.topic",
                EntityKind::Place => "entity.place",
            };
            let subject = match e.entity_kind {
                EntityKind::Org => doc.lang.lexicon(lex_name).first_form_or(&e.key).to_string(),
                _ => e.key.clone(),
            };
            self.push(
                (subject, format!("entity:{}", e.key)),
                "since",
                Value::Year(*year),
                *dspan,
                drule,
                None,
            );
        }
    }

    /// Birth years: "Né en 1968, le général Henri Valcourt…", "Awa Diarra,
    /// née le 3 mars 1975,". A date right after a `birth` word gives its
    /// year to the person named nearest to it in the sentence (within a few
    /// words, either side). Only the year is compared: a source that gives
    /// the day and one that gives the year agree when the years do.
    pub(super) fn birth_claims(&mut self) {
        let doc = self.doc;
        let ctx = self.ctx;
        let text = doc.text();
        let born = doc.lang.lexicon("birth");
        if born.is_empty() {
            return;
        }
        for (dspan, drule, d) in &ctx.dates {
            let year = match &d.value {
                DateValue::Year { year } => Some(*year),
                DateValue::Day {
                    day: DayExpr::Date { year, .. },
                } => *year,
                _ => None,
            };
            let Some(year) = year else { continue };
            // "né en 1968" / "née le 3 mars 1975": the trigger ends at most
            // one word ("en", "le") before the date.
            let before = text[..dspan.start].trim_end();
            let cut = before.len().saturating_sub(12);
            let tail = &before[crate::text::floor_char_boundary(before, cut)..];
            let tail = fold_key(tail);
            let words: Vec<&str> = tail.split_whitespace().collect();
            let triggered = words.iter().rev().take(2).any(|w| {
                born.key_of(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some()
            });
            if !triggered {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let near = |s: Span| {
                let (a, b) = if s.end <= dspan.start {
                    (s.end, dspan.start)
                } else {
                    (dspan.end, s.start)
                };
                sentence.contains(s) && a <= b && text[a..b].split_whitespace().count() <= 5
            };
            let owner = ctx
                .people_in(sentence.start, sentence.end)
                .filter(|(s, _, _, _)| near(*s))
                .min_by_key(|(s, _, _, _)| s.start.abs_diff(dspan.start));
            let Some((_, _, _, id)) = owner else { continue };
            self.push(
                (ctx.display(id), format!("person:{id}")),
                "birth year",
                Value::Year(year),
                *dspan,
                drule,
                None,
            );
        }
    }

    /// Records: "le cyclone le plus violent que l'île ait connu depuis 90
    /// ans", "la crue la plus forte depuis 1910", "the strongest storm in
    /// 40 years". A sentence with a `record.superlative` form and a
    /// `record.subject` noun, and a number of years right after a
    /// `record.since` word (qualifier skipped) or a "depuis YEAR" date,
    /// claims how many years the record spans, about the subject
    /// ("record:cyclone"). A year becomes a number of years with the
    /// article's date; without one it claims nothing.
    pub(super) fn record_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let subjects = doc.lang.lexicon("record.subject");
        let (Some(subject_re), Some(superlative_re)) = (
            subjects.word_regex(),
            doc.lang.lexicon("record.superlative").word_regex(),
        ) else {
            return;
        };
        let since = forms(doc, "record.since");
        let ends_with_since = |before: &str| {
            since.iter().any(|f| {
                before.ends_with(f)
                    && before[..before.len() - f.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric())
            })
        };
        let mut spans: Vec<(Span, &str, f64, crate::value::Qualifier)> = Vec::new();
        for (qspan, rule, q) in &self.ctx.quantities {
            if matches!(&q.measure, Measure::Duration { unit } if unit == "an")
                && ends_with_since(&self.words_before_number(*qspan, 40))
            {
                spans.push((*qspan, rule, q.value, q.qualifier));
            }
        }
        if let Some(anchor) = self.anchor {
            for (dspan, rule, d) in &self.ctx.dates {
                if let (Marker::Since, DateValue::Year { year }) = (d.marker, &d.value)
                    && *year < anchor.year()
                {
                    let years = f64::from(anchor.year() - year);
                    spans.push((*dspan, rule, years, crate::value::Qualifier::Exact));
                }
            }
        }
        for (span, rule, years, qualifier) in spans {
            let Some(sentence) = doc.sentence_of(span) else {
                continue;
            };
            let folded = fold_key(&text[sentence.start..span.start.max(sentence.start)]);
            if !superlative_re.is_match(&folded) {
                continue;
            }
            let Some(what) = subject_re
                .find_iter(&folded)
                .last()
                .and_then(|m| subjects.key_of(m.as_str()))
            else {
                continue;
            };
            self.push(
                (format!("{what} (record)"), format!("record:{what}")),
                "years-since",
                Value::Quantity(Quantity::new(years, qualifier)),
                span,
                &format!("{}.claim.record+{rule}", doc.lang.code),
                None,
            );
        }
    }

    /// Dates of named events recalled for comparison: "le cyclone Kamisy
    /// d'avril 1984", "le séisme d'Agadir en 1960", "la tempête Xynthia de
    /// février 2010". A `record.subject` noun, a capitalised name (after an
    /// `of` word or not), and a `named.link` word right before a year or a
    /// month and year: the event is keyed by its name ("named:kamisy") and
    /// claims its year, and its month when given (each compared at the
    /// granularity the article states).
    pub(super) fn named_event_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let nouns = doc.lang.lexicon("record.subject");
        let links = doc.lang.lexicon("named.link");
        let of = doc.lang.lexicon("grammar.of");
        let months = doc.lang.lexicon("month");
        let pronouns = doc.lang.lexicon("named.pronoun");
        if nouns.is_empty() || links.is_empty() {
            return;
        }
        let is_in = |lex: &crate::rules::Lexicon, w: &str| -> bool {
            let w = fold_key(w);
            !w.is_empty() && (lex.key_of(&w).is_some() || lex.key_of(&format!("{w}'")).is_some())
        };
        for (dspan, rule, d) in &self.ctx.dates {
            let (year, month) = match &d.value {
                DateValue::Year { year } => (*year, None),
                DateValue::Period {
                    period:
                        crate::extract::date::Period::Month {
                            month,
                            year: crate::extract::date::YearRef::Known { year },
                        },
                } => (*year, Some(*month)),
                _ => continue,
            };
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            let from = look_back(text, dspan.start, 80, sentence.start);
            let before = &text[from..dspan.start.max(from)];
            let mut words: Vec<&str> = before
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .collect();
            // The link word right before the date ("d'", "de", "en").
            if !words.last().is_some_and(|w| is_in(links, w)) {
                continue;
            }
            words.pop();
            let Some(name) = words.pop() else { continue };
            let is_name = |w: &str| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                    && months.key_of(&fold_key(w)).is_none()
            };
            if !is_name(name) {
                continue;
            }
            // "celui d'Al Hoceima en 2004": the name's first words.
            let mut full = vec![name];
            while full.len() < 3 && words.last().is_some_and(|w| is_name(w) && !is_in(of, w)) {
                full.insert(0, words.pop().unwrap_or_default());
            }
            if words.last().is_some_and(|w| is_in(of, w)) {
                words.pop();
            }
            let ends_with_form = |tail: &str, lex: &crate::rules::Lexicon| {
                lex.folded_forms()
                    .filter(|(_, f)| {
                        tail.ends_with(f)
                            && tail[..tail.len() - f.len()]
                                .chars()
                                .next_back()
                                .is_none_or(|c| !c.is_alphanumeric())
                    })
                    .max_by_key(|(_, f)| f.len())
                    .map(|(k, _)| k.to_string())
            };
            let tail = fold_key(&words[words.len().saturating_sub(3)..].join(" "));
            // "dépassant celui d'Agadir en 1960": a demonstrative stands
            // for the last event noun before it in the sentence.
            let noun = ends_with_form(&tail, nouns).or_else(|| {
                ends_with_form(&tail, pronouns)?;
                let lead = fold_key(&text[sentence.start..dspan.start.max(sentence.start)]);
                let re = nouns.word_regex()?;
                re.find_iter(&lead)
                    .last()
                    .and_then(|m| nouns.key_of(m.as_str()))
                    .map(str::to_string)
            });
            let Some(noun) = noun else {
                continue;
            };
            let name = full.join(" ");
            let key = format!(
                "named:{}",
                fold_key(full.last().copied().unwrap_or_default())
            );
            let display = format!("{noun} {name}");
            let rule = format!("{}.claim.named-event+{rule}", doc.lang.code);
            self.push_past_event((display, key), year, month, *dspan, &rule);
        }
    }

    /// Past events named by the place they struck: "la catastrophe qui
    /// avait détruit Agadir", "un séisme de magnitude 6,3 avait touché la
    /// province d'Al Hoceima", "the 2011 tsunami that devastated Sendai".
    /// A sentence with an event noun (`record.subject`), a `named.verb`
    /// followed (within a few lower-case words) by a capitalised place,
    /// and exactly one date with a year other than the story's: the event
    /// is keyed by the place ("named:agadir", as "le séisme d'Agadir en
    /// 1960" is) and claims that year, and its month when given.
    pub(super) fn placed_event_claims(&mut self) {
        let doc = self.doc;
        let text = doc.text();
        let ctx = self.ctx;
        let nouns = doc.lang.lexicon("record.subject");
        let months = doc.lang.lexicon("month");
        let (Some(noun_re), Some(verb_re)) = (
            nouns.word_regex(),
            lexicon_regex(doc, "named.verb", r"(?i)\b{}\s+"),
        ) else {
            return;
        };
        let story_year = self
            .anchor
            .map(|a| a.year())
            .or_else(|| max_year(text, ctx));
        let dated = |d: &DateMention| -> Option<(i32, Option<u32>)> {
            match &d.value {
                DateValue::Year { year } => Some((*year, None)),
                DateValue::Period {
                    period:
                        crate::extract::date::Period::Month {
                            month,
                            year: crate::extract::date::YearRef::Known { year },
                        },
                } => Some((*year, Some(*month))),
                DateValue::Day {
                    day:
                        DayExpr::Date {
                            year: Some(year),
                            month,
                            ..
                        },
                } => Some((*year, Some(*month))),
                _ => None,
            }
        };
        let mut done: HashSet<Span> = HashSet::new();
        for (dspan, rule, d) in &ctx.dates {
            let Some((year, month)) = dated(d) else {
                continue;
            };
            if Some(year) == story_year || d.marker != Marker::Plain {
                continue;
            }
            let Some(sentence) = doc.sentence_of(*dspan) else {
                continue;
            };
            if !done.insert(sentence) {
                continue;
            }
            let years: Vec<i32> =
                starting_in(&ctx.dates, |x| x.0.start, sentence.start, sentence.end)
                    .iter()
                    .filter(|(s, _, _)| sentence.contains(*s))
                    .filter_map(|(_, _, x)| dated(x).map(|(y, _)| y))
                    .collect();
            if years.len() != 1 {
                continue;
            }
            let body = doc.slice(sentence);
            if !noun_re.is_match(&fold_key(body)) {
                continue;
            }
            let Some(m) = verb_re.find(body) else {
                continue;
            };
            // The place: the first capitalised words after the verb, past
            // at most four lower-case ones ("la province d'").
            let after: Vec<&str> = body[m.end()..]
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .filter(|w| !w.is_empty())
                .take(7)
                .collect();
            let Some(first) = after.iter().position(|w| w.starts_with(char::is_uppercase)) else {
                continue;
            };
            if first > 4 {
                continue;
            }
            let clean = |w: &str| w.trim_end_matches(|c: char| !c.is_alphabetic()).to_string();
            let mut name: Vec<String> = Vec::new();
            for w in &after[first..] {
                let c = clean(w);
                if !c.starts_with(char::is_uppercase)
                    || !c.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                    || months.key_of(&fold_key(&c)).is_some()
                    || name.len() == 3
                {
                    break;
                }
                let ends = c.len() != w.len();
                name.push(c);
                if ends {
                    break;
                }
            }
            let Some(last) = name.last() else { continue };
            let noun = noun_re
                .find(&fold_key(body))
                .and_then(|n| nouns.key_of(n.as_str()))
                .unwrap_or("event");
            let key = format!("named:{}", fold_key(last));
            let display = format!("{noun} {}", name.join(" "));
            let rule = format!("{}.claim.placed-event+{rule}", doc.lang.code);
            self.push_past_event((display, key), year, month, *dspan, &rule);
        }
    }

    /// A past event's year, and its month when the date gives one
    /// ("le cyclone Kamisy d'avril 1984": 1984 and 1984-04).
    fn push_past_event(
        &mut self,
        (display, key): (String, String),
        year: i32,
        month: Option<u32>,
        span: Span,
        rule: &str,
    ) {
        self.push(
            (display.clone(), key.clone()),
            "year",
            Value::Year(year),
            span,
            rule,
            None,
        );
        if let Some(m) = month {
            self.push(
                (display, key),
                "month",
                Value::Text(format!("{year}-{m:02}")),
                span,
                rule,
                None,
            );
        }
    }

    /// Dates that do not exist, and weekdays that contradict their date.
    pub(super) fn date_checks(&mut self) {
        let doc = self.doc;
        for (span, rule, d) in &self.ctx.dates {
            let written = doc.slice(*span).to_string();
            if let Some(why) = &d.invalid {
                self.inconsistency(
                    *span,
                    rule,
                    &written,
                    "invalid-date",
                    format!("{written:?} is not a real date: {why}"),
                );
                continue;
            }
            let days: Vec<&DayExpr> = match &d.value {
                DateValue::Day { day } => vec![day],
                DateValue::Range { start, end } => vec![start, end],
                _ => vec![],
            };
            for day in days {
                let DayExpr::Date {
                    weekday: Some(wd), ..
                } = day
                else {
                    continue;
                };
                let Some(want) = weekday_of_key(wd) else {
                    continue;
                };
                let rctx = ResolveCtx {
                    anchor: self.anchor,
                    previous: None,
                    direction: Direction::Past,
                };
                let Some(date) = resolve_day(day, &rctx).and_then(|r| r.date.to_naive()) else {
                    continue;
                };
                if date.weekday() != want {
                    self.inconsistency(
                        *span,
                        rule,
                        &written,
                        "weekday-mismatch",
                        format!(
                            "{written:?}: {date} is a {}, not a {}",
                            crate::extract::date::weekday_name(date.weekday()),
                            crate::extract::date::weekday_name(want)
                        ),
                    );
                }
            }
        }
    }
}

/// The commas (offsets in `text`) around each relative clause of `text`:
/// ", which scorched 37,000 acres," — a comma followed by a
/// `grammar.relative` word, and the next comma.
fn relative_clause_commas(doc: &Doc, text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(',').map(|i| from + i) {
        let rest = &text[i + 1..];
        let opens = rest
            .split_whitespace()
            .next()
            .is_some_and(|w| is_word(doc, "grammar.relative", w));
        // The closing comma: not one between two digits ("37,000").
        let close = opens
            .then(|| {
                rest.char_indices().find(|&(k, c)| {
                    let b = rest.as_bytes();
                    c == ','
                        && !(k > 0
                            && b[k - 1].is_ascii_digit()
                            && b.get(k + 1).is_some_and(u8::is_ascii_digit))
                })
            })
            .flatten();
        match close {
            Some((k, _)) => {
                out.push(i);
                out.push(i + 1 + k);
                from = i + 1 + k + 1;
            }
            None => from = i + 1,
        }
    }
    out
}

/// The weekday written in a day expression: "samedi", "ce jeudi",
/// "mercredi 8 mai".
/// The commas that set a date apart as an adverbial of its clause, at
/// most one on each side: the date, the words that introduce it ("Dans
/// la nuit du", "Early on") and those that follow it ("soir", "vers
/// 23h11", "local time") make a phrase that opens the sentence or follows
/// a comma, and ends at a comma or the sentence's end — "Le 8 septembre,
/// un séisme a frappé", "a frappé, vendredi 8 septembre, le sud du
/// Maroc", "struck Morocco, late on Friday." Such commas do not end the
/// clause the date belongs to. The words around the date must all be
/// `date.adverbial` words (a time's figures are allowed after it), so
/// "2 000 morts, selon un bilan publié samedi" is no such phrase.
fn adverbial_commas(doc: &Doc, sentence: Span, date: Span) -> Vec<usize> {
    let text = doc.text();
    let clause_mark = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–');
    let only_adverbial = |s: &str, figures: bool| {
        s.split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .all(|w| {
                (figures && w.chars().any(|c| c.is_ascii_digit()))
                    || is_word(doc, "date.adverbial", w)
            })
    };
    // Before: back to the previous comma or the sentence's start.
    let lead = &text[sentence.start..date.start];
    let (lead_comma, lead_words) = match lead.rfind(clause_mark) {
        Some(i) if lead[i..].starts_with(',') => (Some(sentence.start + i), &lead[i + 1..]),
        Some(_) => return Vec::new(),
        None => (None, lead),
    };
    if !only_adverbial(lead_words.trim_start_matches(['"', '«', '“', ' ']), false) {
        return Vec::new();
    }
    // After: on to the next comma or the sentence's end.
    let tail = &text[date.end..sentence.end.max(date.end)];
    let (tail_comma, tail_words) = match tail.find(clause_mark) {
        Some(i) if tail[i..].starts_with(',') => (Some(date.end + i), &tail[..i]),
        Some(_) => return Vec::new(),
        None => (None, tail),
    };
    if !only_adverbial(
        tail_words.trim_end_matches(['.', '!', '?', '"', '»', '”']),
        true,
    ) {
        return Vec::new();
    }
    lead_comma.into_iter().chain(tail_comma).collect()
}

fn stated_weekday(day: &DayExpr) -> Option<chrono::Weekday> {
    match day {
        DayExpr::Date {
            weekday: Some(w), ..
        }
        | DayExpr::Weekday { weekday: w }
        | DayExpr::WeekdayOfWeek { weekday: w, .. } => weekday_of_key(w),
        _ => None,
    }
}
