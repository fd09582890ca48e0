//! Grouping figures that state the same thing, and pairing figures that disagree.
//!
//! Two figures are about the same thing when they have the same [`FigureKind`] and compatible
//! counted phrases: the same head noun once singular ("cases" and "cases of insubordination"), or
//! heads the project's word list treats as one ("soldiers", "servicemen", "military
//! personnel"); what a body counts of its own ("150 of its own flights") is a part, not the whole.
//! A **group** gathers such figures whose values agree within 1 %.
//!
//! A count in a unit of measure ("41,200 megawatts") is about what it measures ("peak demand") in
//! that unit; without a claim verb, the unit stands for the claim, unless what it measures is only
//! a dimension ("a distance of about 20 miles"); a measure naming nothing but its unit and a claim
//! ("has burned 8,200 hectares") is about the unit. A magnitude ("a magnitude 6.8 earthquake") is
//! of its quake and, like a share, stands for what rounds to it as written; a story's aftershocks
//! are not compared. A number of times ("executed 64 times") is no claim. A prison term ("jailed
//! for 12 years", "sentenced to 11 years") is a claim in its unit of time; no other duration is
//! compared.
//!
//! A [`LEVEL`] ("unemployment stood at 11.2%") is a claim about its whole subject, in one unit
//! or currency: levels pair when their heads and places agree and the words qualifying one head
//! all qualify the other ("peak demand" and "demand"; not "measles cases" and "covid cases", nor
//! "prices in Seville" and "prices in Madrid"). So is a share it rose or fell by ([`RISE`],
//! [`FALL`]: "rents in Calder City rose 9.4 per cent"); a rise and a fall of one thing never
//! agree. A death toll, the dead, and people killed or who died are one thing and one claim:
//! deaths, in the place the sentence names after "in" (tolls in Turkey and in Syria, or of both
//! countries, are three claims).
//!
//! A **conflict** pairs two figures about the same thing with the same claim (predicate) and the
//! same period (or none on either side), from different documents or sources, whose values cannot
//! both be true given their hedges: "exactly" allows ±1 % (a share, what rounds to it as written:
//! "99.1%" allows 99.05 to 99.15, "3%" 2.5 to 3.5), "over"/"more than"/"at least" up to 15 % above,
//! "nearly"/"up to"/"as many as" up to 15 % below, "about"/"some" ±10 % (a count by at least one
//! either way: "at least three" allows four), and a range its own ends. Figures on the same thing
//! and claim whose values differ but whose periods differ too are **related**: shown side by side,
//! not flagged. Sets of more than [`MAX_BUCKET`] figures on one thing and claim are too broad to be
//! one claim and are not paired.

use rayon::prelude::*;
use serde::Serialize;

use super::lexicon::SAME_THING;
use super::{Bound, FALL, Figure, FigureKind, LEVEL, MAGNITUDE, RISE};

/// The largest number of figures on one thing and claim that are compared pairwise.
pub const MAX_BUCKET: usize = 200;

/// Figures that state the same thing with the same value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureGroup {
    /// What they measure.
    pub kind: FigureKind,
    /// The shared head of what they count, singular ("soldier").
    pub counted: String,
    /// The value of the group's first figure.
    pub value: f64,
    /// Indices of the figures in the extraction's list, in order.
    pub figures: Vec<usize>,
}

/// How two figures relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    /// Same thing, claim and period; values that cannot both hold.
    Conflict,
    /// Same thing and claim, different values, different periods.
    Related,
}

/// Two figures side by side, with why they were paired.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigurePair {
    /// Conflict or related.
    pub relation: Relation,
    /// Index of the first figure (the earlier in document order).
    pub a: usize,
    /// Index of the second figure.
    pub b: usize,
    /// The evidence in words.
    pub reason: String,
}

fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = word.strip_suffix("men") {
        format!("{stem}man")
    } else if word.ends_with("ss") || word.ends_with("us") || word.len() <= 3 {
        word.to_string()
    } else if let Some(stem) = word.strip_suffix('s') {
        stem.to_string()
    } else {
        word.to_string()
    }
}

/// Nouns for a change in something ([`counted_head`]).
const CHANGES: &[&str] = &[
    "cut",
    "decline",
    "decrease",
    "drop",
    "fall",
    "gain",
    "increase",
    "jump",
    "reduction",
    "rise",
];

/// The head of a counted phrase, singular, mapped to its class in the project's synonym list
/// ("servicemen" and "military personnel" → "soldier").
pub fn counted_head(counted: &str) -> String {
    // "cases of insubordination", "measles cases in Europe", "prices across Spain".
    let core = [" of ", " in ", " across ", " per "]
        .iter()
        .fold(counted, |core, cut| core.split(cut).next().unwrap_or(core));
    let words: Vec<&str> = core.split_whitespace().collect();
    let Some(last) = words.last() else {
        return String::new();
    };
    let head = singular(last);
    // "a 5% rise in sales", "a 9% pay rise": a change is one of what changes, said before the
    // change or after "in" ("rise in sale", "pay rise"); a bare "rise" says nothing of it.
    if CHANGES.contains(&head.as_str()) {
        if let Some((_, object)) = counted.split_once(" in ") {
            return format!("{head} in {}", counted_head(object));
        }
        if let [.., before, _] = words[..] {
            return format!("{before} {head}");
        }
    }
    // "150 of its own flights" are a part of the flights an airline counts with others.
    if words[0] == "own" && words.len() >= 2 {
        return format!("own {head}");
    }
    let pair = (words.len() >= 2).then(|| format!("{} {}", words[words.len() - 2], last));
    // "cases per 100,000 inhabitants" are a rate of cases, not a count of cases or of people.
    let per = counted
        .split_once(" per ")
        .and_then(|(_, whole)| whole.split(' ').next())
        .filter(|whole| whole.starts_with(|c: char| c.is_ascii_digit()));
    let rate = |head: String| match per {
        Some(whole) => format!("{head} per {whole}"),
        None => head,
    };
    for class in SAME_THING {
        let hit = class.iter().any(|member| {
            *member == head || Some(member.to_string()) == pair || singular(member) == head
        });
        if hit {
            return rate(singular(class[0]));
        }
    }
    rate(head)
}

/// The claim rises and falls are compared under ([`pairs`]).
const CHANGE: &str = "change";

/// What the project's word list calls deaths ("dead", "fatalities", "the death toll").
const DEATH: &str = "death";

/// The head of what a figure counts ([`counted_head`]); people killed, or who died, are deaths
/// ("2,379 people killed" and "the death toll rose to 2,316").
fn thing(figure: &Figure) -> String {
    // "jailed for 12 years": a prison term, in its unit of time.
    if figure.kind == FigureKind::Duration {
        return figure.unit().unwrap_or_default().to_string();
    }
    // "burned 8,200 hectares": what a figure in a unit of measure counts, when it says no more.
    if figure.counted.is_none()
        && let Some(unit) = measured_in(figure)
    {
        return unit.to_string();
    }
    let head = counted_head(counted_of(figure));
    let people = matches!(head.as_str(), "people" | "person" | "civilian");
    if people && matches!(figure.predicate(), Some("kill" | "die")) {
        DEATH.to_string()
    } else {
        head
    }
}

/// The values a hedged figure allows, as `(low, high)`.
pub fn interval(figure: &Figure) -> Option<(f64, f64)> {
    // ("from 63 million to 2 million years ago" runs downwards.)
    if let (Some(low), Some(high)) = (figure.low(), figure.high()) {
        return Some((low.min(high) * 0.99, low.max(high) * 1.01));
    }
    let v = figure.value?;
    let unit = if figure.kind == FigureKind::Count {
        1.0
    } else {
        0.0
    };
    Some(match figure.bound {
        // A share or a magnitude stands for what rounds to it as written: "99.1%" for 99.05
        // to 99.15, and "3%" for 2.5 to 3.5 (2.9% rounded), not one per cent of itself either
        // way; magnitudes 6.8 and 6.9 disagree.
        Bound::Exact if figure.kind == FigureKind::Percent || figure.unit() == Some(MAGNITUDE) => {
            let places = (0..3)
                .find(|&p| {
                    let scaled = v * 10f64.powi(p);
                    (scaled - scaled.round()).abs() < 1e-6
                })
                .unwrap_or(3);
            // Just under half a unit of the last place: 10% and 11% do not overlap.
            let half = 0.4999 * 10f64.powi(-places);
            (v - half, v + half)
        }
        Bound::Exact => (v * 0.99, v * 1.01),
        // A hedge on a count allows at least one more or fewer: "at least three" dead and four
        // dead can both hold.
        Bound::Lower => (v, (v * 1.15).max(v + unit)),
        Bound::Upper => ((v * 0.85).min(v - unit), v),
        Bound::Approximate => ((v * 0.9).min(v - unit), (v * 1.1).max(v + unit)),
    })
}

fn comparable(figure: &Figure) -> bool {
    // A prison term ("jailed for 12 years") is the one duration compared.
    if figure.kind == FigureKind::Duration {
        return figure.predicate().is_some() && figure.value.is_some();
    }
    matches!(
        figure.kind,
        FigureKind::Count | FigureKind::Percent | FigureKind::Money
    ) && !figure.vague
        && !figure.minor
        // Temperatures differ from place to place and from object to object, so two of them
        // are seldom one claim (a sensor's resolution of 0.5°C is no other sensor's 1°C).
        && !matches!(figure.unit(), Some("degree Celsius" | "degree Fahrenheit"))
        // "executed 64 times", "ten times more": how often, not how many of a thing; a
        // story's aftershocks are many, of many magnitudes.
        && match figure.counted.as_deref() {
            Some(counted) => {
                let head = counted_head(counted);
                !matches!(head.as_str(), "time" | "aftershock") && !CHANGES.contains(&head.as_str())
            }
            // "has burned 8,200 hectares": a measure with a claim of its own.
            None => measured_in(figure).is_some() && figure.predicate().is_some(),
        }
        && (figure.value.is_some() || figure.low().is_some())
}

/// Heads that only name a dimension ([`pairs`]).
const DIMENSIONS: &[&str] = &[
    "altitude",
    "area",
    "circumference",
    "depth",
    "diameter",
    "distance",
    "elevation",
    "height",
    "length",
    "mass",
    "radius",
    "size",
    "volume",
    "weight",
    "width",
];

/// The unit of measure of a count ("megawatt"): counts in different units are not compared.
fn measured_in(figure: &Figure) -> Option<&'static str> {
    (figure.kind == FigureKind::Count)
        .then(|| figure.unit())
        .flatten()
}

/// A counted phrase split at the place it names after "in" or "across": "measles cases across
/// Europe" gives `("measles cases", "Europe")`.
pub(super) fn split_place(counted: &str) -> Option<(&str, &str)> {
    [" in ", " across "]
        .iter()
        .find_map(|cut| counted.split_once(cut))
}

/// A level's subject as `(the words qualifying its head, its head, the place it is in)`, lower
/// case: "measles cases across Europe" → `(["measles"], "case", "europe")`. Capitalised words
/// opening a subject with no place after it name where it is, or whose it is, as a place does:
/// "Calder City rents" → `([], "rent", "calder city")`, as "rents in Calder City".
fn level_subject(counted: &str) -> (Vec<String>, String, String) {
    let lower = counted.to_lowercase();
    let (subject, place) = split_place(&lower).unwrap_or((&lower, ""));
    // "confirmed cases of measles" is qualified as "measles cases" is, and more.
    let (core, object) = subject.split_once(" of ").unwrap_or((subject, ""));
    let mut words: Vec<&str> = core.split(' ').collect();
    words.pop();
    words.extend(object.split_whitespace());
    // (With no place, the subject is the whole phrase, word for word as written.)
    let named = if place.is_empty() {
        (counted.split(' ').take(words.len()))
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count()
    } else {
        0
    };
    let place = if named > 0 {
        words[..named].join(" ")
    } else {
        place.to_string()
    };
    let qualifiers = words[named..].iter().map(|w| w.to_string()).collect();
    (qualifiers, counted_head(subject), place)
}

fn counted_of(figure: &Figure) -> &str {
    figure.counted.as_deref().unwrap_or("")
}

/// Whether two figures cover the same period: the same as written, or the year so far however
/// it is put ("since January", "since the start of the year", "this year").
fn same_period(a: &Figure, b: &Figure) -> bool {
    let year_to_date = |period: &str| {
        let period = period.to_lowercase();
        let since = period.strip_prefix("since ").unwrap_or_default();
        period == "this year"
            || matches!(
                since,
                "january" | "1 january" | "january 1" | "jan 1" | "1 jan"
            )
            || since.starts_with("the ") && since.ends_with(" of the year")
            || since.ends_with(" of this year")
    };
    match (a.period(), b.period()) {
        (Some(pa), Some(pb)) => pa == pb || year_to_date(pa) && year_to_date(pb),
        (pa, pb) => pa == pb,
    }
}

fn midpoint(figure: &Figure) -> f64 {
    figure
        .value
        .or_else(|| Some((figure.low()? + figure.high()?) / 2.0))
        .unwrap_or(0.0)
}

/// Groups of figures stating the same value about the same thing (two or more figures each),
/// sorted by kind, counted head and value.
pub fn groups(figures: &[Figure]) -> Vec<FigureGroup> {
    let mut keyed: Vec<(FigureKind, String, Option<&'static str>, f64, usize)> = figures
        .par_iter()
        .enumerate()
        .filter(|(_, f)| comparable(f))
        .map(|(i, f)| (f.kind, thing(f), measured_in(f), midpoint(f), i))
        .collect();
    // The figure's index ends the order, so it is total.
    keyed.par_sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| a.2.cmp(&b.2))
            .then_with(|| a.3.total_cmp(&b.3))
            .then_with(|| a.4.cmp(&b.4))
    });
    let mut result: Vec<FigureGroup> = Vec::new();
    let mut current: Option<FigureGroup> = None;
    for (kind, head, unit, value, index) in keyed {
        let joins = current.as_ref().is_some_and(|g| {
            g.kind == kind
                && g.counted == head
                && measured_in(&figures[g.figures[0]]) == unit
                && (value - g.value).abs() <= g.value.abs().max(value.abs()) * 0.01
        });
        if joins {
            if let Some(group) = current.as_mut() {
                group.figures.push(index);
            }
        } else {
            result.extend(current.take().filter(|g| g.figures.len() > 1));
            current = Some(FigureGroup {
                kind,
                counted: head,
                value,
                figures: vec![index],
            });
        }
    }
    result.extend(current.filter(|g| g.figures.len() > 1));
    for group in &mut result {
        group.figures.sort_unstable();
    }
    result
}

/// Conflicting and related pairs, sorted by relation then figure indices.
pub fn pairs(figures: &[Figure]) -> Vec<FigurePair> {
    // Each comparable figure's claim, `(kind, thing, predicate)`, with the figure; sorted, so
    // each claim's figures are a run in order.
    let mut keyed: Vec<((FigureKind, String, String), usize)> = figures
        .par_iter()
        .enumerate()
        .filter_map(|(i, figure)| {
            // A count in a unit of measure makes its claim by what it measures and the unit
            // ("peak demand reached 41,200 megawatts"), unless that is only a dimension, which
            // says nothing of what it is the dimension of ("a distance of about twenty miles",
            // "a diameter of 4,200 miles").
            let thing = thing(figure);
            let measured = measured_in(figure).filter(|_| !DIMENSIONS.contains(&thing.as_str()));
            let claim = figure.predicate().or(measured);
            let predicate = claim.filter(|_| comparable(figure))?;
            // A level is a claim about its whole subject, in one unit or currency: "measles
            // cases in Europe" and "measles cases across Europe", not "cases in Romania".
            let key = if thing == DEATH && matches!(predicate, "kill" | "die" | LEVEL) {
                // Deaths in one place: tolls in Turkey and in Syria are two claims.
                let (_, _, place) = level_subject(counted_of(figure));
                (format!("{DEATH} in {place}"), "die".to_string())
            } else if matches!(predicate, LEVEL | RISE | FALL) {
                let (_, head, place) = level_subject(counted_of(figure));
                let unit = figure.unit().or(figure.currency()).unwrap_or("");
                // A rise and a fall are two answers to one question: how it changed.
                let claim = if predicate == LEVEL { LEVEL } else { CHANGE };
                (format!("{head} in {place}"), format!("{claim} {unit}"))
            } else {
                (thing, predicate.to_string())
            };
            Some(((figure.kind, key.0, key.1), i))
        })
        .collect();
    keyed.par_sort_unstable();
    let buckets: Vec<&[_]> = keyed.chunk_by(|x, y| x.0 == y.0).collect();
    let mut result: Vec<FigurePair> = (buckets.into_par_iter())
        .filter(|bucket| bucket.len() <= MAX_BUCKET)
        .flat_map_iter(|bucket| {
            let ((_, head, predicate), _) = &bucket[0];
            let members: Vec<usize> = bucket.iter().map(|&(_, i)| i).collect();
            let mut result = Vec::new();
            // The words qualifying each level's head, read once per figure.
            let of_subject = [LEVEL, CHANGE].iter().any(|p| predicate.starts_with(p));
            let qualifiers: Vec<Vec<String>> = if of_subject {
                (members.iter())
                    .map(|&m| level_subject(counted_of(&figures[m])).0)
                    .collect()
            } else {
                Vec::new()
            };
            let within = |x: &[String], y: &[String]| x.iter().all(|q| y.contains(q));
            for (x, &a) in members.iter().enumerate() {
                for (y, &b) in members.iter().enumerate().skip(x + 1) {
                    let (fa, fb) = (&figures[a], &figures[b]);
                    let different_origin = fa.doc != fb.doc || fa.source() != fb.source();
                    // "peak demand" and "demand" may be one thing; "measles cases" and "covid
                    // cases" are not.
                    let other_things = of_subject && {
                        let (qa, qb) = (&qualifiers[x], &qualifiers[y]);
                        !within(qa, qb) && !within(qb, qa)
                    };
                    if !different_origin || other_things {
                        continue;
                    }
                    let (Some(ia), Some(ib)) = (interval(fa), interval(fb)) else {
                        continue;
                    };
                    let same_period = same_period(fa, fb);
                    // A rise and a fall never agree, whatever their sizes.
                    let opposite =
                        predicate.starts_with(CHANGE) && fa.predicate() != fb.predicate();
                    let disjoint = opposite || ia.1 < ib.0 || ib.1 < ia.0;
                    let relation = match (disjoint, same_period) {
                        (false, _) => continue,
                        (true, true) => Relation::Conflict,
                        (true, false) => Relation::Related,
                    };
                    let what = match (fa.predicate(), measured_in(fa)) {
                        _ if fa.kind == FigureKind::Duration => {
                            format!("give a prison term in {head}s")
                        }
                        _ if head.strip_prefix(DEATH) == Some(" in ") => "count deaths".to_string(),
                        _ if head.starts_with("death in ") => {
                            // The place as written.
                            let place = split_place(counted_of(fa)).map(|(_, place)| place);
                            format!("count deaths in {}", place.unwrap_or_default())
                        }
                        (Some(LEVEL), Some(unit)) => {
                            format!(
                                "give the level of {} in {}",
                                counted_of(fa),
                                super::unit_plural(unit)
                            )
                        }
                        (Some(LEVEL), None) => format!("give the level of {}", counted_of(fa)),
                        _ if opposite => format!("give the change in {}", counted_of(fa)),
                        (Some(way @ (RISE | FALL)), _) => {
                            format!("give the {way} in {}", counted_of(fa))
                        }
                        (None, Some(MAGNITUDE)) => format!("give the magnitude of the {head}"),
                        (None, Some(unit)) => {
                            format!("measure {head} in {}", super::unit_plural(unit))
                        }
                        _ => format!("count {head} ({predicate})"),
                    };
                    let way = |f: &Figure| f.predicate().unwrap_or_default();
                    let reason = match relation {
                        // "a rise of 9.4% and a fall of 2%".
                        Relation::Conflict if opposite => format!(
                            "both {what} for the same period, but a {} of {} and a {} of {} \
                             cannot both hold",
                            way(fa),
                            fa.value_label(),
                            way(fb),
                            fb.value_label()
                        ),
                        Relation::Conflict => format!(
                            "both {what} for the same period, but {} and {} cannot both hold",
                            fa.value_label(),
                            fb.value_label()
                        ),
                        Relation::Related => format!(
                            "both {what} for different periods: {} and {}",
                            fa.period().unwrap_or("no period stated"),
                            fb.period().unwrap_or("no period stated")
                        ),
                    };
                    result.push(FigurePair {
                        relation,
                        a,
                        b,
                        reason,
                    });
                }
            }
            result
        })
        .collect();
    // A figure makes one claim, so no two pairs share their figures.
    result.par_sort_unstable_by_key(|x| (x.relation, x.a, x.b));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_are_singular_and_share_classes() {
        assert_eq!(counted_head("cases of insubordination"), "case");
        assert_eq!(counted_head("cases"), "case");
        assert_eq!(counted_head("military personnel"), "soldier");
        assert_eq!(counted_head("servicemen"), "soldier");
        assert_eq!(counted_head("life-threatening injuries"), "injury");
        assert_eq!(counted_head("prison inmates"), "inmate");
        // A rate of unemployment or inflation is the thing itself; an interest rate is a rate.
        assert_eq!(counted_head("unemployment rate in Spain"), "unemployment");
        assert_eq!(counted_head("jobless rate"), "unemployment");
        assert_eq!(counted_head("inflation rate"), "inflation");
        assert_eq!(counted_head("interest rate"), "rate");
        // A part of what others count.
        assert_eq!(counted_head("own flights"), "own flight");
        // A rate is of its head per its whole, whatever the whole is of.
        assert_eq!(
            counted_head("cases per 100,000 inhabitants"),
            "case per 100,000"
        );
        assert_eq!(counted_head("cases per 100,000 people"), "case per 100,000");
    }
}
