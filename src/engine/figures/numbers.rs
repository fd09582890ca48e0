//! Reading one number at a token: digits ("20,000", "1.2million", "21st"), number words
//! ("twenty thousand", "a hundred and two", "half a million"), fractions ("two-thirds", "one in
//! four"), and vague counts ("hundreds of thousands").

use super::lexicon::{CARDINALS, FRACTIONS, MEASURE_UNITS, ORDINALS, SCALES, class, lookup};
use super::view::View;

/// What sort of number was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Shape {
    /// A cardinal number.
    Cardinal {
        /// Written with digits.
        digits: bool,
        /// A four-digit whole number between 1800 and 2100 written without separators.
        year_like: bool,
    },
    /// "21st", "third".
    Ordinal,
    /// "two-thirds", "a quarter of": the value is a share of one.
    Fraction,
    /// "hundreds", "thousands of": no value.
    Vague,
    /// "the 1990s".
    Decade,
    /// "55-year-old": an age.
    AgeAdjective,
    /// "10-day", "four-year": a duration in the given unit.
    DurationAdjective(&'static str),
    /// "40,000-45,000" written as one hyphenated token.
    HyphenRange(f64, f64),
}

/// A number spanning tokens `first..=last`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Number {
    pub first: usize,
    pub last: usize,
    pub value: Option<f64>,
    pub shape: Shape,
}

/// Parses digits with thousands separators and a decimal part at the start of `s`; returns the
/// value, the rest of `s`, and whether it had separators or a decimal point.
pub(super) fn parse_digits(s: &str) -> Option<(f64, &str, bool, bool)> {
    let end = s
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let number = s[..end].trim_end_matches(['.', ',']);
    let rest = &s[number.len()..];
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (whole, fraction) = match number.split_once('.') {
        Some((w, f)) if !f.contains('.') && !f.contains(',') => (w, Some(f)),
        Some(_) => return None,
        None => (number, None),
    };
    let separated = whole.contains(',');
    if separated {
        let mut groups = whole.split(',');
        let head = groups.next().unwrap_or("");
        if head.is_empty() || head.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    // Whole numbers below 2^53 are summed exactly (as parsing would give them); others are
    // parsed from the digits without their separators.
    let value = if fraction.is_none() && whole.len() <= 18 {
        let mut sum: u64 = 0;
        for b in whole.bytes().filter(|&b| b != b',') {
            sum = sum * 10 + u64::from(b - b'0');
        }
        if sum < 1 << 53 {
            sum as f64
        } else {
            whole.replace(',', "").parse().ok()?
        }
    } else if !separated {
        number.parse().ok()?
    } else {
        let mut text = whole.replace(',', "");
        if let Some(f) = fraction {
            text.push('.');
            text.push_str(f);
        }
        text.parse().ok()?
    };
    Some((value, rest, separated, fraction.is_some()))
}

fn scale_of(word: &str) -> Option<f64> {
    lookup(&SCALES, word)
}

/// Whether digits read as `value` may be a year: four digits from 1800 to 2100, no separator
/// and no decimals ("2024", not "2,024" or "1000").
fn year_like(written: &str, value: f64, separated: bool, decimal: bool) -> bool {
    !separated && !decimal && (1800.0..=2100.0).contains(&value) && written.len() == 4
}

/// The unit of measure glued to the digits of token `i` ("10km", "5kg"), written as units are
/// glued to numbers, in prose: in lower case (not a model number such as "82566MM"), watts with
/// a capital W and no milliwatts taken for megawatts ("400MW", "3kWh"; not "400mW").
pub(super) fn glued_unit(view: &View, i: usize) -> Option<&'static str> {
    let (_, rest, _, _) = parse_digits(view.lower(i))?;
    let written = view.toks.get(i)?.text;
    // "39.8C", "104F": a temperature, its scale in capitals, in a sentence about temperatures
    // (not "magic numbers 1F 8B", nor "0C" in a table of hex codes).
    if let Some(scale) = temperature_scale(written.get(written.len().saturating_sub(1)..)?)
        && rest.len() == 1
    {
        return (in_prose(view, i) && view.mentions(TEMPERATURE_CUES)).then_some(scale);
    }
    let unit = lookup(&MEASURE_UNITS, rest)?;
    let suffix = written.get(written.len().saturating_sub(rest.len())..)?;
    let as_written = if rest.contains('w') {
        suffix.contains('W') && !suffix.starts_with('m')
    } else {
        !suffix.contains(char::is_uppercase)
    };
    (as_written && in_prose(view, i)).then_some(unit)
}

/// Whether token `i` is an amount in pence with its "p" glued to the digits ("fell to 372p",
/// "385p per share"): in prose, in a sentence about a price, shares or pounds.
pub(super) fn glued_pence(view: &View, i: usize) -> bool {
    let written = view.toks.get(i).map_or("", |t| t.text);
    let about_prices = view.mentions(&[
        "pence", "price", "prices", "share", "shares", "stock", "pound", "pounds",
    ]) || (0..view.len()).any(|k| view.gap_before(k).contains('£'));
    written.ends_with('p')
        && written.starts_with(|c: char| c.is_ascii_digit())
        && in_prose(view, i)
        && about_prices
}

/// Words that say a sentence is about temperatures ([`glued_unit`]).
const TEMPERATURE_CUES: &[&str] = &[
    "cold",
    "cool",
    "degrees",
    "heat",
    "heatwave",
    "highs",
    "hot",
    "lows",
    "temperature",
    "temperatures",
    "thermometer",
    "warm",
    "warmer",
    "hotter",
    "colder",
];

/// The unit of a temperature whose scale is written `scale` after the number ("C" in "39.8C" or
/// "40°C", "Fahrenheit" in "104 degrees Fahrenheit").
pub(super) fn temperature_scale(scale: &str) -> Option<&'static str> {
    match scale {
        "C" | "Celsius" | "centigrade" => Some("degree Celsius"),
        "F" | "Fahrenheit" => Some("degree Fahrenheit"),
        _ => None,
    }
}

/// Whether the token `i` stands in prose: after a space, an opening parenthesis or nothing, and
/// before no brace, bar or equals sign.
fn in_prose(view: &View, i: usize) -> bool {
    let before = view.gap_before(i);
    (before.is_empty() || before.ends_with([' ', '\n', '\t', '(']))
        && !view.gap_after(i).contains(['{', '}', '|', '='])
}

/// `value` times `scale`, rounded to twelve significant digits: the product of a decimal and a
/// power of ten carries binary rounding error ("4.1 million" is 4,100,000, not
/// 4,099,999.9999999995).
pub(super) fn scaled(value: f64, scale: f64) -> f64 {
    let product = value * scale;
    if product == 0.0 || !product.is_finite() {
        return product;
    }
    let places = 12 - product.abs().log10().ceil() as i32;
    if places >= 0 {
        let factor = 10f64.powi(places);
        (product * factor).round() / factor
    } else {
        let factor = 10f64.powi(-places);
        (product / factor).round() * factor
    }
}

/// Reads a digit token, possibly followed by a scale word, or with a unit glued to it.
fn digits_at(view: &View, i: usize) -> Option<Number> {
    let lower = view.lower(i);
    if lower.contains('-') {
        return hyphenated_digits(view, i);
    }
    let (mut value, rest, separated, decimal) = parse_digits(lower)?;
    let mut last = i;
    let mut shape = Shape::Cardinal {
        digits: true,
        year_like: year_like(lower, value, separated, decimal),
    };
    match rest {
        "" => {}
        "st" | "nd" | "rd" | "th" => shape = Shape::Ordinal,
        "s" if !separated && !decimal && lower.len() == 5 => shape = Shape::Decade,
        // "10km" in prose, not "p{10.5cm}" in markup.
        _ if glued_unit(view, i).is_some() => {}
        // "372p", pence in a sentence about a price or shares (not "1080p" video).
        "p" if glued_pence(view, i) => {}
        suffix => value = scaled(value, scale_of(suffix).filter(|_| suffix != "hundred")?),
    }
    if rest.is_empty()
        && matches!(shape, Shape::Cardinal { .. })
        && let Some(scale) = view.scale(i + 1).filter(|_| view.gap_after(i) == " ")
        && !(view.lower(i + 1) == "m" || view.lower(i + 1) == "b")
    {
        value = scaled(value, scale);
        last = i + 1;
        shape = Shape::Cardinal {
            digits: true,
            year_like: false,
        };
    }
    Some(Number {
        first: i,
        last,
        value: Some(value),
        shape,
    })
}

/// "40,000-45,000", "55-year-old", "10-day", "20,000-strong", "7.1-magnitude"; phone-like runs
/// are refused.
fn hyphenated_digits(view: &View, i: usize) -> Option<Number> {
    let parts: Vec<&str> = view.lower(i).split('-').collect();
    let (first, rest, _, _) = parse_digits(parts[0])?;
    if !rest.is_empty() {
        return None;
    }
    let shape = match parts[1..] {
        [written] if parse_digits(written).is_some_and(|(_, r, _, _)| r.is_empty()) => {
            let (mut second, _, _, _) = parse_digits(written)?;
            // "1982-83", "2010-11": the second written short, its first digits the first's.
            let short = written.len() < parts[0].len()
                && parts[0].bytes().all(|b| b.is_ascii_digit())
                && written.bytes().all(|b| b.is_ascii_digit());
            if second < first && short {
                let prefix = &parts[0][..parts[0].len() - written.len()];
                second = format!("{prefix}{written}").parse().ok()?;
            }
            if second < first {
                return None;
            }
            Shape::HyphenRange(first, second)
        }
        ["year", "old"] | ["years", "old"] => Shape::AgeAdjective,
        // "a 7.1-magnitude quake".
        ["strong"] | ["magnitude"] => Shape::Cardinal {
            digits: true,
            year_like: false,
        },
        [unit] => Shape::DurationAdjective(lookup(&super::lexicon::TIME_UNITS, unit)?),
        _ => return None,
    };
    // "€40-45 million": the scale word after the range scales both ends.
    if let Shape::HyphenRange(low, high) = shape
        && let Some(scale) = view.scale(i + 1).filter(|_| view.gap_after(i) == " ")
        && !matches!(view.lower(i + 1), "m" | "b")
    {
        return Some(Number {
            first: i,
            last: i + 1,
            value: Some(scaled(low, scale)),
            shape: Shape::HyphenRange(scaled(low, scale), scaled(high, scale)),
        });
    }
    Some(Number {
        first: i,
        last: i,
        value: Some(first),
        shape,
    })
}

fn cardinal_word(word: &str) -> Option<f64> {
    if let Some(value) = lookup(&CARDINALS, word) {
        return Some(value);
    }
    // "twenty-five"
    let (tens, units) = word.split_once('-')?;
    let tens = lookup(&CARDINALS, tens).filter(|v| *v >= 20.0)?;
    let units = lookup(&CARDINALS, units).filter(|v| *v < 10.0)?;
    Some(tens + units)
}

/// Reads number words starting at token `i`.
fn words_at(view: &View, i: usize) -> Option<Number> {
    let word = view.lower(i);
    // "two-thirds", "three-quarters"
    if let Some((count, part)) = word.split_once('-') {
        if let (Some(count), Some(share)) = (lookup(&CARDINALS, count), lookup(&FRACTIONS, part)) {
            return Some(Number {
                first: i,
                last: i,
                value: Some(count * share),
                shape: Shape::Fraction,
            });
        }
        if let (Some(value), Some(unit)) = (
            lookup(&CARDINALS, count),
            lookup(&super::lexicon::TIME_UNITS, part),
        ) {
            return Some(Number {
                first: i,
                last: i,
                value: Some(value),
                shape: Shape::DurationAdjective(unit),
            });
        }
    }
    // "a third of", "half of", "a quarter of"
    let article = word == "a" || word == "an" || word == "one";
    let fraction_at = if article { i + 1 } else { i };
    if let Some(share) = view.fraction(fraction_at) {
        let after = fraction_at + 1;
        // "a quarter of a million"
        if view.is(after, "of")
            && matches!(view.lower(after + 1), "a" | "one")
            && let Some(scale) = view.scale(after + 2).filter(|s| *s >= 1e3)
        {
            return Some(Number {
                first: i,
                last: after + 2,
                value: Some(scaled(share, scale)),
                shape: Shape::Cardinal {
                    digits: false,
                    year_like: false,
                },
            });
        }
        if view.is(after, "of") && (article || view.lower(fraction_at) == "half") {
            return Some(Number {
                first: i,
                last: fraction_at,
                value: Some(share),
                shape: Shape::Fraction,
            });
        }
        // "half a million"
        if view.lower(fraction_at) == "half"
            && view.is(after, "a")
            && let Some(scale) = view.scale(after + 1).filter(|s| *s >= 1e3)
        {
            return Some(Number {
                first: i,
                last: after + 1,
                value: Some(scaled(share, scale)),
                shape: Shape::Cardinal {
                    digits: false,
                    year_like: false,
                },
            });
        }
    }
    if view.has(i, class::VAGUE) {
        let mut last = i;
        while view.is(last + 1, "of") && view.has(last + 2, class::VAGUE) {
            last += 2;
        }
        return Some(Number {
            first: i,
            last,
            value: None,
            shape: Shape::Vague,
        });
    }
    if let Some(value) = lookup(&ORDINALS, word) {
        return Some(Number {
            first: i,
            last: i,
            value: Some(value),
            shape: Shape::Ordinal,
        });
    }
    // Cardinals: "twenty thousand", "a hundred and two", "a dozen", "two million".
    let mut total = 0.0;
    let mut current: f64 = 0.0;
    let mut last = None;
    let mut previous_cardinal: Option<f64> = None;
    let mut j = i;
    let next = view.lower(i + 1);
    if article
        && (matches!(
            next,
            "hundred" | "thousand" | "million" | "billion" | "dozen"
        ))
    {
        current = 1.0;
        j = i + 1;
    }
    loop {
        let w = view.lower(j);
        let started = last.is_some() || current > 0.0;
        if let Some(value) = cardinal_word(w) {
            // "twenty five" is one number, "two three" is not.
            if previous_cardinal.is_some_and(|p| !(p >= 20.0 && p % 10.0 == 0.0 && value < 10.0)) {
                break;
            }
            current += value;
            previous_cardinal = Some(value);
        } else if w == "dozen" {
            current = current.max(1.0) * 12.0;
            previous_cardinal = None;
        } else if w == "hundred" && started {
            current = current.max(1.0) * 100.0;
            previous_cardinal = None;
        } else if let (true, Some(scale)) = (
            started,
            scale_of(w).filter(|_| matches!(w, "thousand" | "million" | "billion" | "trillion")),
        ) {
            total += scaled(current.max(1.0), scale);
            current = 0.0;
            previous_cardinal = None;
        } else if w == "and"
            && last.is_some()
            && total + current >= 100.0
            && cardinal_word(view.lower(j + 1)).is_some()
        {
            j += 1;
            previous_cardinal = None;
            continue;
        } else {
            break;
        }
        last = Some(j);
        j += 1;
    }
    let last = last?;
    Some(Number {
        first: i,
        last,
        value: Some(total + current),
        shape: Shape::Cardinal {
            digits: false,
            year_like: false,
        },
    })
}

/// A whole number written in one token ("four", "10", "1,000", "1000"), not a year ("in 2024").
fn whole_at(view: &View, i: usize) -> Option<f64> {
    let word = view.lower(i);
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let (value, rest, separated, decimal) = parse_digits(word)?;
        let year = year_like(word, value, separated, decimal);
        (rest.is_empty() && !decimal && !year).then_some(value)
    } else {
        cardinal_word(word)
    }
}

/// "one in four", "1 in 10": a share written as so many in a larger number, unless a time
/// follows ("2 in 5 minutes").
fn ratio_at(view: &View, i: usize) -> Option<Number> {
    if i + 2 >= view.len() || !view.is(i + 1, "in") {
        return None;
    }
    // Not "1/10 in 754", nor inches ("12 in. to 14 in.").
    let spaced = view.gap_after(i) == " " && view.gap_after(i + 1) == " ";
    if !spaced || view.gap_before(i).ends_with('/') {
        return None;
    }
    let (part, whole) = (whole_at(view, i)?, whole_at(view, i + 2)?);
    let time_after = view.time_unit(i + 3).is_some();
    (part >= 1.0 && part < whole && !time_after).then(|| Number {
        first: i,
        last: i + 2,
        value: Some(part / whole),
        shape: Shape::Fraction,
    })
}

/// Reads a number starting at token `i`, if one starts there.
pub(super) fn number_at(view: &View, i: usize) -> Option<Number> {
    if let Some(ratio) = ratio_at(view, i) {
        return Some(ratio);
    }
    let first = view.lower(i).chars().next()?;
    if first.is_ascii_digit() {
        digits_at(view, i)
    } else {
        words_at(view, i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segment::Span;
    use crate::engine::tokenize::tokenize;

    fn read(text: &str) -> Option<(Option<f64>, usize, Shape)> {
        let mut offsets = Vec::new();
        tokenize(text, |s, e, _| offsets.push((s, e, true, None)));
        let view = View::new(text, Span::new(0, text.len()), offsets);
        number_at(&view, 0).map(|n| (n.value, n.last, n.shape))
    }

    #[test]
    fn digits_with_separators_decimals_and_scales() {
        assert_eq!(parse_digits("20,000").map(|p| p.0), Some(20_000.0));
        assert_eq!(parse_digits("1,234,567.5").map(|p| p.0), Some(1_234_567.5));
        assert_eq!(parse_digits("1,2"), None);
        assert_eq!(parse_digits("007").map(|p| p.0), Some(7.0));
        assert_eq!(parse_digits("2.5bn").map(|p| (p.0, p.1)), Some((2.5, "bn")));
        // Beyond 2^53 and beyond u64 the value is parsed, as written.
        let huge = "123,456,789,012,345,678,901";
        assert_eq!(
            parse_digits(huge).map(|p| p.0),
            Some(1.234_567_890_123_456_8e20)
        );
        assert_eq!(
            parse_digits("9007199254740993").map(|p| p.0),
            Some(9007199254740992.0)
        );
        assert_eq!(
            read("1.2million casualties").map(|r| r.0),
            Some(Some(1_200_000.0))
        );
        assert_eq!(
            read("2.4 million people").map(|r| (r.0, r.1)),
            Some((Some(2_400_000.0), 1))
        );
        assert_eq!(read("1.5bn").map(|r| r.0), Some(Some(1.5e9)));
        // A decimal times a power of ten is the number written, not one a hair off it.
        assert_eq!(read("4.1M voters").map(|r| r.0), Some(Some(4_100_000.0)));
        assert_eq!(read("4.1 million").map(|r| r.0), Some(Some(4_100_000.0)));
        assert_eq!(read("4.1 trillion").map(|r| r.0), Some(Some(4.1e12)));
        assert_eq!(read("0.57 billion").map(|r| r.0), Some(Some(570_000_000.0)));
        assert_eq!(read("3.5 bn").map(|r| r.0), Some(Some(3.5e9)));
        assert_eq!(read("21st century").map(|r| r.2), Some(Shape::Ordinal));
        assert_eq!(
            read("2024").map(|r| r.2),
            Some(Shape::Cardinal {
                digits: true,
                year_like: true
            })
        );
        assert_eq!(read("3G"), None);
    }

    #[test]
    fn number_words() {
        assert_eq!(
            read("twenty thousand soldiers").map(|r| (r.0, r.1)),
            Some((Some(20_000.0), 1))
        );
        assert_eq!(
            read("a hundred and two men").map(|r| r.0),
            Some(Some(102.0))
        );
        assert_eq!(read("a dozen soldiers").map(|r| r.0), Some(Some(12.0)));
        assert_eq!(read("half a million").map(|r| r.0), Some(Some(500_000.0)));
        assert_eq!(
            read("two hundred thousand inmates").map(|r| r.0),
            Some(Some(200_000.0))
        );
        assert_eq!(read("twenty-five days").map(|r| r.0), Some(Some(25.0)));
        assert_eq!(
            read("two-thirds of cases").map(|r| (r.0, r.2)),
            Some((Some(2.0 / 3.0), Shape::Fraction))
        );
        assert_eq!(
            read("hundreds of thousands of people").map(|r| (r.0, r.1, r.2)),
            Some((None, 2, Shape::Vague))
        );
        assert_eq!(
            read("seven hundred and fifty victims").map(|r| r.0),
            Some(Some(750.0))
        );
        assert_eq!(read("a report"), None);
    }

    #[test]
    fn hyphenated_forms() {
        assert_eq!(
            read("40,000-45,000 a month").map(|r| r.2),
            Some(Shape::HyphenRange(40_000.0, 45_000.0))
        );
        // A scale word after the range scales both ends.
        assert_eq!(
            read("40-45 million a day").map(|r| r.2),
            Some(Shape::HyphenRange(40e6, 45e6))
        );
        assert_eq!(read("55-year-old").map(|r| r.2), Some(Shape::AgeAdjective));
        assert_eq!(
            read("10-day sentence").map(|r| r.2),
            Some(Shape::DurationAdjective("day"))
        );
        assert_eq!(read("555-123-4567"), None);
        // A second number written short takes the first's first digits; a range runs upwards.
        assert_eq!(
            read("1982-83 tax cut").map(|r| r.2),
            Some(Shape::HyphenRange(1982.0, 1983.0))
        );
        assert_eq!(read("90-10 split").map(|r| r.2), None);
    }
}
