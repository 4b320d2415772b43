//! `passerelle check`: validates the translations and the content, so that an
//! operator or a developer learns of a problem, with its file and line,
//! before a visitor meets it.

use std::collections::{BTreeMap, BTreeSet};

use crate::content::files::Files;
use crate::content::i18n::{Catalog, ReviewStatus, SOURCE_LANGUAGE};
use crate::content::lines;
use crate::content::load::Content;
use crate::content::problem::Problem;

/// What the checks found, with the content they loaded.
pub struct Report {
    pub errors: Vec<Problem>,
    /// Languages no native speaker has reviewed yet (code), for the operator.
    pub unreviewed: Vec<String>,
    pub languages: usize,
    pub messages: usize,
    /// What was loaded: the kiosk runs on it when there is no error.
    pub content: Content,
}

impl Report {
    pub fn is_ok(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Loads the given translations and content through the one pipeline, then
/// cross-checks them: every language has the source's messages, every id the
/// UI and the content use exists, every character has a glyph.
pub fn run(locales: &Files, content_files: &Files) -> Report {
    let (content, mut errors) = Content::load(locales, content_files);
    let catalog = &content.catalog;
    if catalog.is_incomplete(SOURCE_LANGUAGE) {
        // Every language, and every message the content names, is compared
        // with the source: with a file of it missing, each comparison would
        // only repeat that.
        let missing = format!("does not exist in locales/{SOURCE_LANGUAGE}");
        errors.retain(|p| !p.message.ends_with(&missing));
        errors.push(Problem::new(
            catalog.source_folder(),
            None,
            "the other languages and the content are checked against the source language once its files are all there and read",
        ));
        errors.extend(check_formatting(catalog));
        errors.extend(check_glyphs(catalog));
        return report(errors, content);
    }
    errors.extend(check_translations(catalog));
    errors.extend(check_formatting(catalog));
    errors.extend(check_ui_ids(catalog));
    errors.extend(check_glyphs(catalog));
    for id in lines::message_ids(&content.lines) {
        for language in catalog.languages() {
            if catalog.is_incomplete(&language.code) {
                continue;
            }
            if !catalog.has_message(&language.code, &id) {
                errors.push(Problem::new(
                    content_files.display(""),
                    None,
                    format!("message '{id}' is missing in '{}'", language.code),
                ));
            }
        }
    }
    errors.extend(check_outcome_messages(catalog));
    report(errors, content)
}

fn report(errors: Vec<Problem>, content: Content) -> Report {
    let catalog = &content.catalog;
    let unreviewed = catalog
        .languages()
        .iter()
        .filter(|l| l.review.status == ReviewStatus::NotReviewed)
        .map(|l| l.code.clone())
        .collect();
    Report {
        errors: dedup(errors),
        unreviewed,
        languages: catalog.languages().len(),
        messages: catalog.message_signatures(SOURCE_LANGUAGE).len(),
        content,
    }
}

fn dedup(problems: Vec<Problem>) -> Vec<Problem> {
    let mut seen = BTreeSet::new();
    problems
        .into_iter()
        .filter(|p| seen.insert(p.to_string()))
        .collect()
}

/// Every language has exactly the messages of the source language, with the
/// same variables.
pub fn check_translations(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    let source: BTreeMap<String, _> = catalog
        .message_signatures(SOURCE_LANGUAGE)
        .into_iter()
        .map(|m| (m.id.clone(), m))
        .collect();
    for language in catalog.languages() {
        if language.code == SOURCE_LANGUAGE {
            continue;
        }
        let messages = catalog.message_signatures(&language.code);
        let mut seen = BTreeSet::new();
        for message in &messages {
            seen.insert(message.id.clone());
            match source.get(&message.id) {
                None => problems.push(Problem::new(
                    &message.file,
                    message.line,
                    format!(
                        "message '{}' is not in the source language ({SOURCE_LANGUAGE})",
                        message.id
                    ),
                )),
                Some(original) if original.variables != message.variables => {
                    problems.push(Problem::new(
                        &message.file,
                        message.line,
                        format!(
                            "message '{}' uses the variables {:?}, but the source uses {:?}",
                            message.id, message.variables, original.variables
                        ),
                    ))
                }
                Some(_) => {}
            }
        }
        if catalog.is_incomplete(&language.code) {
            continue; // its unreadable or absent file is the problem said
        }
        for (id, original) in &source {
            if !seen.contains(id) {
                // The file the message belongs in: the source's file, in this language's folder.
                let file = original.file.replace(
                    &format!("/{SOURCE_LANGUAGE}/"),
                    &format!("/{}/", language.code),
                );
                problems.push(Problem::new(
                    &file,
                    None,
                    format!(
                        "message '{id}' is missing (it is at {}:{})",
                        original.file,
                        original.line.unwrap_or(0)
                    ),
                ));
            }
        }
    }
    problems
}

/// Every message of every language can be formatted (with a sample value
/// for each of its variables): a message that refers to itself, to a
/// missing message or term, or a cycle of terms would otherwise pass and
/// show French, or nothing, to a visitor.
pub fn check_formatting(catalog: &Catalog) -> Vec<Problem> {
    let mut problems = Vec::new();
    for language in catalog.languages() {
        for message in catalog.message_signatures(&language.code) {
            let mut args = fluent_bundle::FluentArgs::new();
            for variable in &message.variables {
                args.set(variable.clone(), 2);
            }
            for error in catalog.format_errors(&language.code, &message.id, Some(&args)) {
                problems.push(Problem::new(
                    &message.file,
                    message.line,
                    format!("message '{}' cannot be formatted: {error}", message.id),
                ));
            }
        }
    }
    problems
}

/// Every outcome of the rules has its messages (title, what, next, documents, who).
pub fn check_outcome_messages(catalog: &Catalog) -> Vec<Problem> {
    let known = catalog.source_ids();
    let mut problems = Vec::new();
    for outcome in crate::content::rules::Outcome::ALL {
        for part in OUTCOME_PARTS {
            let id = format!("outcome-{outcome}-{part}");
            if !known.contains(&id) {
                problems.push(Problem::new(
                    catalog.source_folder(),
                    None,
                    format!("message '{id}' is missing: every outcome needs one"),
                ));
            }
        }
    }
    problems
}

/// The messages of each outcome.
pub const OUTCOME_PARTS: &[&str] = &["title", "what", "next", "documents", "who"];

/// Every message id written in ui/*.slint exists in the source language.
pub fn check_ui_ids(catalog: &Catalog) -> Vec<Problem> {
    crate::ui_ids::UI_MESSAGE_IDS
        .iter()
        .filter(|(id, _, _)| !catalog.has_message(SOURCE_LANGUAGE, id))
        .map(|(id, file, line)| {
            Problem::new(
                *file,
                Some(*line),
                format!("message '{id}' does not exist in locales/{SOURCE_LANGUAGE}"),
            )
        })
        .collect()
}

/// Every character of every message has a glyph in the embedded fonts: a
/// missing glyph draws nothing, silently.
pub fn check_glyphs(catalog: &Catalog) -> Vec<Problem> {
    let fonts = Files::EmbeddedFonts.to_memory();
    let faces: Vec<ttf_parser::Face> = fonts
        .values()
        .filter_map(|data| ttf_parser::Face::parse(data, 0).ok())
        .collect();
    let mut problems = Vec::new();
    for language in catalog.languages() {
        for (file, text) in catalog.sources(&language.code) {
            for (number, line) in text.lines().enumerate() {
                if line.starts_with('#') {
                    continue;
                }
                let missing: BTreeSet<char> = line
                    .chars()
                    .filter(|c| needs_glyph(*c))
                    .filter(|c| !faces.iter().any(|f| f.glyph_index(*c).is_some()))
                    .collect();
                if !missing.is_empty() {
                    let list: Vec<String> = missing
                        .iter()
                        .map(|c| format!("U+{:04X} '{c}'", *c as u32))
                        .collect();
                    let han = missing.iter().any(|c| is_han(*c));
                    problems.push(Problem::new(
                        file,
                        Some(number + 1),
                        format!(
                            "no embedded font has a glyph for {}{}",
                            list.join(", "),
                            if han {
                                " (the embedded Chinese font holds only the characters of the translations it was cut for: scripts/cjk-font.sh cuts it again, for a new build)"
                            } else {
                                ""
                            }
                        ),
                    ));
                }
            }
        }
    }
    problems
}

/// A Chinese character or CJK punctuation (drawn from the embedded subset).
fn is_han(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Characters that draw something (not spaces, controls or invisible marks).
pub fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'))
}
