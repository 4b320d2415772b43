//! Right-to-left paragraphs that do not depend on their first word.
//!
//! The text engine guesses a paragraph's direction from its first strong
//! letter, so an Arabic sentence that begins with "PASS" would be laid out
//! left to right. [`rtl_paragraphs`] sets the direction instead: each line
//! starts with a RIGHT-TO-LEFT MARK, and each run of digits and each Latin
//! run (a French name, a form number) is isolated (U+2066 ... U+2069) so that
//! it keeps its own order inside the sentence: "36 46" stays "36 46", and
//! "Assurance Maladie (...)" keeps its bracket.
//!
//! Every text of a right-to-left language goes through it once: the
//! catalogue's messages (`Catalog::format`) and the strings composed in
//! Rust (`Catalog::paragraph`). It is idempotent, so a composed string made
//! of messages can go through it again.

use unicode_bidi::{BidiClass, bidi_class};

/// RIGHT-TO-LEFT MARK: a strong right-to-left character that is not drawn.
pub const RLM: char = '\u{200F}';
/// LEFT-TO-RIGHT ISOLATE.
pub const LRI: char = '\u{2066}';
/// RIGHT-TO-LEFT ISOLATE.
pub const RLI: char = '\u{2067}';
/// FIRST STRONG ISOLATE (what Fluent puts around a variable).
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE.
pub const PDI: char = '\u{2069}';

/// Characters that join two digits into one group when they stand alone
/// between them: "36 46", "10 339", "10,339", "2.6", "09:00", "22/07/2024".
/// A dash does not: "9–12" is a range, read in the sentence's direction.
fn joins_digits(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{202f}' | '.' | ',' | ':' | '/' | '\u{66b}' | '\u{66c}'
    )
}

fn is_digit(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::EN | BidiClass::AN)
}

fn is_latin(c: char) -> bool {
    bidi_class(c) == BidiClass::L
}

fn is_rtl_letter(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

fn is_arabic_punctuation(c: char) -> bool {
    matches!(c, '\u{60c}' | '\u{61b}' | '\u{61f}' | '\u{6d4}')
}

fn opens_isolate(c: char) -> bool {
    matches!(c, LRI | RLI | FSI)
}

/// How deep inside isolates each character of `chars` stands: an isolate's
/// opening mark and its content count as inside, its closing mark as out.
pub fn isolate_depths(chars: &[char]) -> Vec<usize> {
    let mut depth = 0usize;
    chars
        .iter()
        .map(|c| {
            if opens_isolate(*c) {
                depth += 1;
            } else if *c == PDI {
                depth = depth.saturating_sub(1);
            }
            depth
        })
        .collect()
}

/// True when `text` holds a right-to-left letter (Arabic, Hebrew...).
pub fn has_rtl_letters(text: &str) -> bool {
    text.chars().any(is_rtl_letter)
}

/// `text` as right-to-left paragraphs: a RIGHT-TO-LEFT MARK at the start
/// of each line, and every digit group and Latin run that is not already
/// inside an isolate wrapped in LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL
/// ISOLATE.
pub fn rtl_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.starts_with(RLM) {
            out.push(RLM);
        }
        isolate_runs(line, &mut out);
    }
    out
}

/// Copies `line` into `out`, isolating its digit groups and Latin runs.
fn isolate_runs(line: &str, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let depths = isolate_depths(&chars);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if depths[i] > 0 || !(is_latin(c) || is_digit(c)) {
            out.push(c);
            i += 1;
            continue;
        }
        let (start, end) = if is_latin(c) {
            latin_run(&chars, i, out)
        } else {
            (i, digit_group_end(&chars, i))
        };
        out.push(LRI);
        out.extend(&chars[start..end]);
        out.push(PDI);
        i = end;
    }
}

/// The end (exclusive) of the digit group starting at `start`.
fn digit_group_end(chars: &[char], start: usize) -> usize {
    let mut end = start + 1;
    while end < chars.len() {
        if is_digit(chars[end]) {
            end += 1;
        } else if joins_digits(chars[end]) && chars.get(end + 1).copied().is_some_and(is_digit) {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// The Latin run starting at `start`, as (start, end): with the brackets
/// and quotes just before it when it closes them ("(« Mes démarches »)"
/// whole), which are then taken back from `out`.
fn latin_run(chars: &[char], start: usize, out: &mut String) -> (usize, usize) {
    let end = latin_run_end(chars, start);
    let mut from = start;
    let mut closers: Vec<char> = Vec::new();
    while from > 0 {
        let c = chars[from - 1];
        if let Some(close) = closing(c) {
            closers.push(close);
            from -= 1;
        } else if matches!(c, ' ' | '\u{a0}' | '\u{202f}') {
            from -= 1;
        } else {
            break;
        }
    }
    while from < start && matches!(chars[from], ' ' | '\u{a0}' | '\u{202f}') {
        from += 1;
    }
    // Only whole pairs: each opener found must close right after the run.
    let mut j = end;
    let mut matched = 0;
    for &close in &closers {
        while matches!(chars.get(j), Some(' ' | '\u{a0}' | '\u{202f}')) {
            j += 1;
        }
        if chars.get(j) == Some(&close) {
            j += 1;
            matched += 1;
        } else {
            break;
        }
    }
    if matched == 0 || matched < closers.len() {
        return (start, end);
    }
    // The openers (and the spaces between them) were already copied: take them back.
    let taken: String = chars[from..start].iter().collect();
    if !out.ends_with(&taken) {
        return (start, end);
    }
    out.truncate(out.len() - taken.len());
    (from, j)
}

/// The end (exclusive) of the Latin run starting at `start`: Latin letters
/// and digits, and what stands between them (spaces, punctuation,
/// brackets), up to the last Latin letter or digit before a right-to-left
/// letter, an isolate or the end; a closing bracket whose opening one is in
/// the run is kept with it.
fn latin_run_end(chars: &[char], start: usize) -> usize {
    let mut last = start;
    let mut j = start + 1;
    while j < chars.len() {
        let c = chars[j];
        // Arabic punctuation belongs to the right-to-left sentence: a list of
        // French names separated by Arabic commas is a list of runs.
        if is_rtl_letter(c) || opens_isolate(c) || c == PDI || c == RLM || is_arabic_punctuation(c)
        {
            break;
        }
        if is_latin(c) || is_digit(c) {
            last = j;
        }
        j += 1;
    }
    let mut end = last + 1;
    // Brackets and quotes opened in the run are closed in it: "ameli
    // (« Mes démarches »)" is one run, not "ameli (« Mes démarches".
    let mut open: Vec<char> = Vec::new();
    for c in &chars[start..end] {
        if let Some(close) = closing(*c) {
            open.push(close);
        } else if open.last() == Some(c) {
            open.pop();
        }
    }
    let mut j = end;
    while let Some(expected) = open.last().copied() {
        match chars.get(j) {
            Some(c) if *c == expected => {
                open.pop();
                j += 1;
                end = j;
            }
            Some(' ' | '\u{a0}' | '\u{202f}') => j += 1,
            _ => break,
        }
    }
    end
}

/// The closing bracket or quote of an opening one.
fn closing(c: char) -> Option<char> {
    match c {
        '(' => Some(')'),
        '[' => Some(']'),
        '«' => Some('»'),
        '“' => Some('”'),
        _ => None,
    }
}

/// Each digit group of `text` that stands outside every isolate (for the
/// checks): its characters, in order.
pub fn bare_digit_groups(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let depths = isolate_depths(&chars);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if depths[i] == 0 && is_digit(c) {
            let end = digit_group_end(&chars, i);
            found.push(chars[i..end].iter().collect());
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> String {
        rtl_paragraphs(text)
            .replace(RLM, "<R>")
            .replace(LRI, "[")
            .replace(PDI, "]")
    }

    #[test]
    fn a_latin_name_first_is_isolated_and_the_line_marked() {
        assert_eq!(
            shown("PASS: خدمة في المستشفيات"),
            "<R>[PASS]: خدمة في المستشفيات"
        );
        assert_eq!(
            shown("هاتف Assurance Maladie (التأمين الصحي): 36 46"),
            "<R>هاتف [Assurance Maladie] (التأمين الصحي): [36 46]"
        );
        assert_eq!(
            shown("sécurité sociale (PUMa) للجميع"),
            "<R>[sécurité sociale (PUMa)] للجميع"
        );
        assert_eq!(
            shown("على ameli (« Mes démarches ») أو"),
            "<R>على [ameli (« Mes démarches »)] أو"
        );
        // A list of names with Arabic commas: each name alone, in the
        // sentence's order.
        assert_eq!(
            shown("France Services، PIMMS، CCAS، أخصائي"),
            "<R>[France Services]، [PIMMS]، [CCAS]، أخصائي"
        );
        // Brackets and quotes around the run go with it.
        assert_eq!(shown("(Cerfa 12504) و"), "<R>[(Cerfa 12504)] و");
        assert_eq!(
            shown("حساب کې (« Mes démarches ») یا"),
            "<R>حساب کې [(« Mes démarches »)] یا"
        );
        // Not when one of them stays open.
        assert_eq!(shown("(« Mes démarches و"), "<R>(« [Mes démarches] و");
    }

    #[test]
    fn digit_groups_are_isolated_but_ranges_read_in_the_sentence() {
        assert_eq!(shown("خلال 3 أشهر"), "<R>خلال [3] أشهر");
        assert_eq!(shown("۲.۶ کیلومتر"), "<R>[۲.۶] کیلومتر");
        assert_eq!(
            shown("غدًا  09:00 – 12:00، 13:30 – 17:00"),
            "<R>غدًا  [09:00] – [12:00]، [13:30] – [17:00]"
        );
    }

    #[test]
    fn what_is_already_isolated_is_left_alone_and_it_is_idempotent() {
        let fluent = "أقل من \u{2068}10,339\u{2069} €";
        assert_eq!(shown(fluent), "<R>أقل من \u{2068}10,339] €");
        let once = rtl_paragraphs("CCAS (الخدمات الاجتماعية) · 2.6 كم\nسطر 2");
        assert_eq!(rtl_paragraphs(&once), once);
        assert_eq!(once.matches(RLM).count(), 2, "one mark per line");
        assert!(bare_digit_groups(&once).is_empty());
        assert_eq!(bare_digit_groups("a 36 46 b ۱۲"), ["36 46", "۱۲"]);
    }
}
