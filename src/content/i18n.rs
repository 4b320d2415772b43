//! The translations: Fluent bundles for every language, the language list
//! with each language's direction and review state, the fallback chain that
//! keeps raw message ids off the screen, and locale-aware numbers.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use intl_memoizer::{IntlLangMemoizer, Memoizable};
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use crate::content::bidi;
use crate::content::files::Files;
use crate::content::problem::{Problem, line_of, read_toml};

/// French is the source language: every other language has exactly its
/// messages, and a message missing elsewhere falls back to it.
pub const SOURCE_LANGUAGE: &str = "fr";

const LANGUAGES_FILE: &str = "languages.toml";

/// Languages written right to left, used only when languages.toml cannot be read.
const RTL_LANGUAGES: &[&str] = &["ar", "prs", "ps", "fa", "ur", "he"];

/// The locale whose number conventions a language uses, where it differs from
/// the language code. Dari (`prs`) is not known by that code to CLDR: it uses
/// Afghan Persian conventions (Eastern Arabic digits, ۱۰٬۳۳۹). Arabic uses
/// Western digits here, as in the Maghreb, where most Arabic-speaking visitors
/// in France come from and as on French phones and letters.
///
/// Bengali is written with Western digits too (bn-u-nu-latn), like the
/// translation's own numbers, French amounts and phone numbers: a native
/// reviewer may choose Bengali digits (০১২৩) for both.
const NUMBER_LOCALES: &[(&str, &str)] = &[
    ("prs", "fa-AF"),
    ("ar", "ar-u-nu-latn"),
    ("bn", "bn-u-nu-latn"),
];

/// Other codes a request may use for a language the kiosk has.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("fa-AF", "prs"),
    ("fa", "prs"),
    ("zh", "zh-Hans"),
    ("zh-CN", "zh-Hans"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReviewStatus {
    /// The language the text is written in first.
    Source,
    /// A native speaker has read and corrected the whole translation.
    Reviewed,
    NotReviewed,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    pub status: ReviewStatus,
    /// Who reviewed it (name or organisation).
    pub by: Option<String>,
    #[serde(default, deserialize_with = "crate::clock::optional_toml_date")]
    pub date: Option<crate::clock::Date>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguagesToml {
    language: Vec<LanguageEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageEntry {
    code: String,
    direction: Direction,
    review: Review,
}

/// A language the kiosk speaks.
#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub direction: Direction,
    pub review: Review,
}

impl Language {
    pub fn is_rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }
}

/// All translations, loaded once at start.
pub struct Catalog {
    languages: Vec<Language>,
    bundles: HashMap<String, FluentBundle<Rc<FluentResource>>>,
    /// The text of every .ftl file, by language, for the checks.
    sources: HashMap<String, Vec<(String, Rc<FluentResource>)>>,
    /// The source language's folder, as messages name it.
    source_folder: String,
    /// Languages with a file that could not be read, or none at all: the
    /// messages they lack follow from that, and are not listed one by one.
    incomplete: BTreeSet<String>,
}

impl Catalog {
    /// The translations embedded in the binary.
    pub fn embedded() -> Catalog {
        let (catalog, problems) = Catalog::load(&Files::EmbeddedLocales);
        for problem in problems {
            crate::log::error(&problem.to_string());
        }
        catalog
    }

    /// Loads every language of `files`. Never fails: what cannot be read is
    /// reported and left out, and the rest works.
    pub fn load(files: &Files) -> (Catalog, Vec<Problem>) {
        let mut problems = Vec::new();
        let languages = read_languages(files, &mut problems);
        let all_files = files.list();
        let mut bundles = HashMap::new();
        let mut sources = HashMap::new();
        let mut incomplete = BTreeSet::new();
        if !languages.iter().any(|l| l.code == SOURCE_LANGUAGE) {
            incomplete.insert(SOURCE_LANGUAGE.to_string());
        }
        // A file every other language has is missing from the source: say
        // so, rather than list its messages as unknown in every language.
        let source_prefix = format!("{SOURCE_LANGUAGE}/");
        let in_source = |name: &str| {
            all_files
                .iter()
                .any(|f| *f == format!("{source_prefix}{name}"))
        };
        let mut lacking: BTreeMap<&str, usize> = BTreeMap::new();
        for file in all_files.iter().filter(|f| f.ends_with(".ftl")) {
            if let Some((code, name)) = file.split_once('/')
                && code != SOURCE_LANGUAGE
                && languages.iter().any(|l| l.code == code)
                && !in_source(name)
            {
                *lacking.entry(name).or_default() += 1;
            }
        }
        // A file only one or two languages have is theirs to explain.
        let others = languages.len().saturating_sub(1);
        let lacking = lacking
            .into_iter()
            .filter(|(_, count)| *count * 2 > others)
            .map(|(name, _)| name);
        if languages.iter().any(|l| l.code == SOURCE_LANGUAGE) {
            for name in lacking {
                problems.push(Problem::new(
                    files.display(&format!("{source_prefix}{name}")),
                    None,
                    "missing, while the other languages have this file",
                ));
                incomplete.insert(SOURCE_LANGUAGE.to_string());
            }
        }
        for language in &languages {
            let prefix = format!("{}/", language.code);
            let ftl_files: Vec<&String> = all_files
                .iter()
                .filter(|f| f.starts_with(&prefix) && f.ends_with(".ftl"))
                .collect();
            if ftl_files.is_empty() {
                problems.push(Problem::new(
                    files.display(&prefix),
                    None,
                    format!("no .ftl file for language '{}'", language.code),
                ));
                incomplete.insert(language.code.clone());
            } else if language.code != SOURCE_LANGUAGE {
                for source_file in all_files
                    .iter()
                    .filter(|f| f.starts_with(&source_prefix) && f.ends_with(".ftl"))
                {
                    let name = &source_file[source_prefix.len()..];
                    if !all_files.contains(&format!("{prefix}{name}")) {
                        problems.push(Problem::new(
                            files.display(&format!("{prefix}{name}")),
                            None,
                            format!("missing: {SOURCE_LANGUAGE} has this file"),
                        ));
                        incomplete.insert(language.code.clone());
                    }
                }
            }
            let bundle = new_bundle(language);
            let mut bundle = match bundle {
                Ok(b) => b,
                Err(message) => {
                    problems.push(Problem::new(files.display(LANGUAGES_FILE), None, message));
                    continue;
                }
            };
            let mut texts = Vec::new();
            for file in ftl_files {
                let text = match files.read_text(file) {
                    Ok(t) => t,
                    Err(message) => {
                        problems.push(Problem::new(files.display(file), None, message));
                        incomplete.insert(language.code.clone());
                        continue;
                    }
                };
                // One parsed copy of each file, shared by the bundle and the checks.
                let resource = Rc::new(match FluentResource::try_new(text) {
                    Ok(resource) => resource,
                    Err((resource, errors)) => {
                        for error in errors {
                            problems.push(Problem::new(
                                files.display(file),
                                Some(line_of(resource.source(), error.pos.start)),
                                format!("Fluent syntax error: {}", error.kind),
                            ));
                        }
                        resource
                    }
                });
                let text = resource.source();
                if let Err(errors) = bundle.add_resource(Rc::clone(&resource)) {
                    for error in errors {
                        let line = match &error {
                            fluent_bundle::FluentError::Overriding { id, .. } => {
                                line_starting_with(text, &format!("{id} "))
                            }
                            _ => None,
                        };
                        problems.push(Problem::new(files.display(file), line, error.to_string()));
                    }
                }
                texts.push((files.display(file), resource));
            }
            bundles.insert(language.code.clone(), bundle);
            sources.insert(language.code.clone(), texts);
        }
        (
            Catalog {
                languages,
                bundles,
                sources,
                source_folder: files.display(&format!("{SOURCE_LANGUAGE}/")),
                incomplete,
            },
            problems,
        )
    }

    /// The source language's folder (`locales/fr/`, or the folder under test),
    /// for messages about what it lacks.
    pub fn source_folder(&self) -> &str {
        &self.source_folder
    }

    /// Whether `lang` lacks a file (unreadable, or absent while the other
    /// languages have it) or the source language is not listed: what it then
    /// lacks follows from that.
    pub fn is_incomplete(&self, lang: &str) -> bool {
        self.incomplete.contains(lang)
    }

    /// The languages, in the order the picker shows them.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn is_rtl(&self, code: &str) -> bool {
        self.language(code).is_some_and(Language::is_rtl)
    }

    /// The kiosk's language for a requested code (`ar-MA`, `fa-AF`, `uk`...),
    /// or `None` when it has no such language.
    pub fn negotiate(&self, requested: &str) -> Option<String> {
        let requested = LANGUAGE_ALIASES
            .iter()
            .find(|(alias, _)| alias.eq_ignore_ascii_case(requested))
            .map_or(requested, |(_, code)| code);
        let wanted: LanguageIdentifier = requested.parse().ok()?;
        let available: Vec<LanguageIdentifier> = self
            .languages
            .iter()
            .filter_map(|l| l.code.parse().ok())
            .collect();
        let chosen = fluent_langneg::negotiate_languages(
            &[wanted],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen.first().map(|id| id.to_string())
    }

    /// The message `id` in `lang`. Falls back to the source language, then to
    /// an empty string: a raw message id never reaches the screen.
    pub fn text(&self, lang: &str, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// The message `id` in `lang` with its variables.
    /// In a right-to-left language the text is laid out right to left
    /// whatever its first word ([`bidi::rtl_paragraphs`]); a message that
    /// falls back to French keeps French's direction.
    pub fn format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
        for candidate in [lang, SOURCE_LANGUAGE] {
            if let Some(text) = self.try_format(candidate, id, args) {
                let text = self.dialled_with_local_digits(candidate, &text);
                return self.paragraph(candidate, &text);
            }
        }
        crate::log::error(&format!(
            "message '{id}' is missing in '{lang}' and in '{SOURCE_LANGUAGE}'"
        ));
        String::new()
    }

    /// The message `id` in exactly `lang`, or `None` if it is missing there or
    /// cannot be formatted (a missing variable, for one).
    pub fn try_format(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Some(text.into_owned())
        } else {
            let why: Vec<String> = errors.iter().map(describe_error).collect();
            crate::log::error(&format!(
                "message '{id}' in '{lang}' cannot be formatted: {}",
                why.join("; ")
            ));
            None
        }
    }

    /// `text`, composed in Rust for a screen in `lang`, laid out in
    /// `lang`'s direction: right-to-left paragraphs with their numbers and
    /// Latin names isolated for Arabic, Dari and Pashto; unchanged otherwise.
    pub fn paragraph(&self, lang: &str, text: &str) -> String {
        if self.is_rtl(lang) && !text.is_empty() {
            bidi::rtl_paragraphs(text)
        } else {
            text.to_string()
        }
    }

    /// In a language whose digits are not the Western ones (Dari, Pashto),
    /// the numbers a translation keeps as dialled in France (3646, 112, a
    /// form's number) get the visitor's digits beside them: "3646 (۳۶۴۶)".
    fn dialled_with_local_digits(&self, lang: &str, text: &str) -> String {
        // Most messages hold no digit: the number formatter is not asked.
        if !text.chars().any(|c| c.is_ascii_digit()) || self.digits(lang, "0") == "0" {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len() + 16);
        let mut group = String::new();
        let chars: Vec<char> = text.chars().collect();
        let depths = bidi::isolate_depths(&chars);
        let flush = |group: &mut String, out: &mut String| {
            if !group.is_empty() {
                out.push_str(group);
                out.push_str(" (");
                out.push_str(&self.digits(lang, group));
                out.push(')');
                group.clear();
            }
        };
        for (c, depth) in chars.into_iter().zip(depths) {
            // Inside an isolate: a variable the kiosk formats in the visitor's digits.
            if depth == 0 && c.is_ascii_digit() {
                group.push(c);
            } else {
                flush(&mut group, &mut out);
                out.push(c);
            }
        }
        flush(&mut group, &mut out);
        out
    }

    /// What separates the items of a list in `lang`: the Arabic comma in
    /// Arabic, Dari and Pashto.
    pub fn list_separator(&self, lang: &str) -> &'static str {
        if self.is_rtl(lang) { "، " } else { ", " }
    }

    /// A whole number in `lang`'s digits and grouping (10 339, ۱۰٬۳۳۹).
    pub fn number(&self, lang: &str, value: i64) -> String {
        format_decimal(lang, &Decimal::from(value), GroupingStrategy::Auto)
    }

    /// Digits as written (a phone number, a day) in `lang`'s digits, without grouping.
    pub fn digits(&self, lang: &str, digits: &str) -> String {
        let table: Vec<String> = match decimal_formatter(lang, GroupingStrategy::Never) {
            Ok(formatter) => (0..10)
                .map(|d| formatter.format(&Decimal::from(d)).to_string())
                .collect(),
            Err(message) => {
                crate::log::error(&message.to_string());
                return digits.to_string();
            }
        };
        digits
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => table[d as usize].clone(),
                None => c.to_string(),
            })
            .collect()
    }

    /// A calendar date as day/month/year in `lang`'s digits.
    pub fn date(&self, lang: &str, date: &crate::clock::Date) -> String {
        let two = |n: i8| self.digits(lang, &format!("{n:02}"));
        format!(
            "{}/{}/{}",
            two(date.day()),
            two(date.month()),
            self.digits(lang, &date.year().to_string())
        )
    }

    /// Message ids of `lang`, each with the variables it uses, and the file
    /// and line where it stands.
    pub fn message_signatures(&self, lang: &str) -> Vec<MessageSignature> {
        let mut out = Vec::new();
        for (file, resource) in self.sources.get(lang).into_iter().flatten() {
            let text = resource.source();
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let mut variables = BTreeSet::new();
                    if let Some(pattern) = &message.value {
                        collect_variables(pattern, &mut variables);
                    }
                    for attribute in &message.attributes {
                        collect_variables(&attribute.value, &mut variables);
                    }
                    out.push(MessageSignature {
                        id: message.id.name.to_string(),
                        variables,
                        file: file.clone(),
                        line: line_starting_with(text, &format!("{} ", message.id.name))
                            .or_else(|| line_starting_with(text, &format!("{}=", message.id.name))),
                    });
                }
            }
        }
        out
    }

    /// Why the message `id` of `lang` cannot be formatted with `args`
    /// (a reference to itself, to a missing message or term, a cycle of
    /// terms); empty when it can, or when it is not there.
    pub fn format_errors(&self, lang: &str, id: &str, args: Option<&FluentArgs>) -> Vec<String> {
        let Some(message) = self.bundles.get(lang).and_then(|b| b.get_message(id)) else {
            return Vec::new();
        };
        let bundle = &self.bundles[lang];
        let mut errors = Vec::new();
        let patterns = message
            .value()
            .into_iter()
            .chain(message.attributes().map(|a| a.value()));
        for pattern in patterns {
            let _ = bundle.format_pattern(pattern, args, &mut errors);
        }
        let mut said: Vec<String> = errors.iter().map(describe_error).collect();
        said.dedup();
        said
    }

    /// Whether `lang` has a message `id` with a value (formatted or not).
    pub fn has_message(&self, lang: &str, id: &str) -> bool {
        self.bundles
            .get(lang)
            .and_then(|b| b.get_message(id))
            .is_some_and(|m| m.value().is_some())
    }

    /// The message ids of the source language.
    pub fn source_ids(&self) -> BTreeSet<String> {
        self.message_signatures(SOURCE_LANGUAGE)
            .into_iter()
            .map(|m| m.id)
            .collect()
    }

    /// Every .ftl text of `lang`, with its file name.
    pub fn sources(&self, lang: &str) -> Vec<(&str, &str)> {
        self.sources
            .get(lang)
            .into_iter()
            .flatten()
            .map(|(file, resource)| (file.as_str(), resource.source()))
            .collect()
    }
}

/// A message as the checks see it.
#[derive(Debug, Clone)]
pub struct MessageSignature {
    pub id: String,
    pub variables: BTreeSet<String>,
    pub file: String,
    pub line: Option<usize>,
}

fn read_languages(files: &Files, problems: &mut Vec<Problem>) -> Vec<Language> {
    let file = files.display(LANGUAGES_FILE);
    let text = files.read_text(LANGUAGES_FILE);
    let parsed = match &text {
        Err(message) => Err(Problem::new(&file, None, message)),
        Ok(text) => read_toml::<LanguagesToml>(&file, text),
    };
    match parsed {
        Ok((list, toml)) => {
            let mut seen = BTreeSet::new();
            let mut languages = Vec::new();
            for (index, entry) in list.language.into_iter().enumerate() {
                let at = format!("language[{index}].code");
                if entry.code.parse::<LanguageIdentifier>().is_err() {
                    problems.push(toml.problem(
                        &at,
                        format!("'{}' is not a BCP 47 language code", entry.code),
                    ));
                    continue;
                }
                if !seen.insert(entry.code.clone()) {
                    problems.push(
                        toml.problem(&at, format!("language '{}' is listed twice", entry.code)),
                    );
                    continue;
                }
                languages.push(Language {
                    code: entry.code,
                    direction: entry.direction,
                    review: entry.review,
                });
            }
            if !languages.iter().any(|l| l.code == SOURCE_LANGUAGE) {
                problems.push(Problem::new(
                    files.display(LANGUAGES_FILE),
                    None,
                    format!("the source language '{SOURCE_LANGUAGE}' is not listed"),
                ));
            }
            languages
        }
        Err(problem) => {
            problems.push(problem);
            // Carry on with the folders that are there.
            let mut codes: Vec<String> = files
                .list()
                .iter()
                .filter(|f| f.ends_with(".ftl"))
                .filter_map(|f| f.split('/').next().map(str::to_string))
                .collect();
            codes.dedup();
            codes
                .into_iter()
                .map(|code| Language {
                    direction: if RTL_LANGUAGES.contains(&code.as_str()) {
                        Direction::Rtl
                    } else {
                        Direction::Ltr
                    },
                    code,
                    review: Review {
                        status: ReviewStatus::NotReviewed,
                        by: None,
                        date: None,
                    },
                })
                .collect()
        }
    }
}

/// A language code or a number convention the kiosk cannot use.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("'{code}' is not a language code: {source}")]
    LanguageCode {
        code: String,
        source: unic_langid::LanguageIdentifierError,
    },
    #[error("number locale '{code}': {reason}")]
    NumberLocale { code: String, reason: String },
}

fn new_bundle(language: &Language) -> Result<FluentBundle<Rc<FluentResource>>, LocaleError> {
    let id: LanguageIdentifier =
        language
            .code
            .parse()
            .map_err(|source| LocaleError::LanguageCode {
                code: language.code.clone(),
                source,
            })?;
    let mut bundle = FluentBundle::new(vec![id]);
    // The invisible isolation marks keep a number or a French name in its own
    // direction inside right-to-left text; left-to-right text does not need them.
    bundle.set_use_isolating(language.is_rtl());
    bundle.set_formatter(Some(format_fluent_number));
    Ok(bundle)
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_in_inline(argument, out);
            }
            for named in &arguments.named {
                collect_in_inline(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}

/// Fluent's hook for numbers: every number variable is written with the
/// language's digits and grouping.
fn format_fluent_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let text = match number.options.minimum_fraction_digits {
        Some(fraction) => format!("{:.*}", fraction, number.value),
        // 8 stays 8, 2.8 stays 2.8.
        None => number.value.to_string(),
    };
    let decimal: Decimal = text.parse().ok()?;
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}

struct NumberFormat(DecimalFormatter);

impl Memoizable for NumberFormat {
    type Args = ();
    type Error = LocaleError;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, LocaleError> {
        decimal_formatter(&lang.to_string(), GroupingStrategy::Auto).map(NumberFormat)
    }
}

fn decimal_formatter(
    lang: &str,
    grouping: GroupingStrategy,
) -> Result<DecimalFormatter, LocaleError> {
    let locale_code = NUMBER_LOCALES
        .iter()
        .find(|(code, _)| *code == lang)
        .map_or(lang, |(_, locale)| locale);
    let failed = |reason: String| LocaleError::NumberLocale {
        code: locale_code.to_string(),
        reason,
    };
    let locale: icu_locale_core::Locale =
        locale_code.parse().map_err(|e| failed(format!("{e}")))?;
    let mut options = DecimalFormatterOptions::default();
    options.grouping_strategy = Some(grouping);
    DecimalFormatter::try_new((&locale).into(), options).map_err(|e| failed(e.to_string()))
}

fn format_decimal(lang: &str, value: &Decimal, grouping: GroupingStrategy) -> String {
    match decimal_formatter(lang, grouping) {
        Ok(formatter) => formatter.format(value).to_string(),
        Err(message) => {
            crate::log::error(&message.to_string());
            value.to_string()
        }
    }
}

/// The 1-based line where a Fluent entry starting with `needle` stands
/// (an entry's id starts its line in Fluent's syntax).
fn line_starting_with(text: &str, needle: &str) -> Option<usize> {
    text.lines()
        .position(|line| line.starts_with(needle))
        .map(|i| i + 1)
}

/// A formatting error in words.
fn describe_error(error: &fluent_bundle::FluentError) -> String {
    use fluent_bundle::resolver::ResolverError;
    match error {
        fluent_bundle::FluentError::ResolverError(ResolverError::Cyclic) => {
            "it refers to itself, directly or through others".to_string()
        }
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(kind)) => {
            use fluent_bundle::resolver::errors::ReferenceKind;
            let what = match kind {
                ReferenceKind::Function { id } => format!("the function {id}()"),
                ReferenceKind::Message { id, .. } => format!("the message '{id}'"),
                ReferenceKind::Term { id, .. } => format!("the term '-{id}'"),
                ReferenceKind::Variable { id } => format!("the variable ${id}"),
            };
            format!("it refers to {what}, which does not exist")
        }
        fluent_bundle::FluentError::ResolverError(ResolverError::TooManyPlaceables) => {
            "it expands to too many placeables".to_string()
        }
        other => other.to_string(),
    }
}
