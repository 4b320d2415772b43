//! A problem found in a data file, located by file, line and column, so that
//! an operator can find and mend it; and the one helper that reads a TOML
//! file and locates its keys from the parser's spans.

use std::fmt;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// 1-based column (in characters), when the problem has one.
    pub column: Option<usize>,
    pub message: String,
}

impl Problem {
    /// A problem at a line; the message is any text or error.
    pub fn new(file: impl Into<String>, line: Option<usize>, message: impl fmt::Display) -> Self {
        Problem {
            file: file.into(),
            line,
            column: None,
            message: message.to_string(),
        }
    }

    /// A problem at a line and column.
    pub fn at(file: impl Into<String>, at: Option<Position>, message: impl fmt::Display) -> Self {
        Problem {
            file: file.into(),
            line: at.map(|p| p.line),
            column: at.map(|p| p.column),
            message: message.to_string(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "{}:{}:{}: {}", self.file, line, column, self.message)
            }
            (Some(line), None) => write!(f, "{}:{}: {}", self.file, line, self.message),
            _ => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The problems as lines to print, in their order; of many problems of one
/// kind in one file (the same message about other names in quotes, often
/// the follow-on of one cause such as an unreadable file), the first `keep`
/// are printed, then one line saying how many more there are.
pub fn summarised(problems: &[Problem], keep: usize) -> Vec<String> {
    let kind = |p: &Problem| (p.file.clone(), without_quoted(&p.message));
    let mut totals = std::collections::HashMap::new();
    for problem in problems {
        *totals.entry(kind(problem)).or_insert(0usize) += 1;
    }
    let mut shown = std::collections::HashMap::new();
    let mut lines = Vec::new();
    for problem in problems {
        let key = kind(problem);
        let count = shown.entry(key.clone()).or_insert(0usize);
        *count += 1;
        if *count <= keep {
            lines.push(problem.to_string());
        }
        let total = totals[&key];
        if *count == keep && total > keep {
            lines.push(format!(
                "{}: {} more like the line above (not shown)",
                problem.file,
                total - keep
            ));
        }
    }
    lines
}

/// `message` with every 'quoted' name replaced by '…' and every number by #.
fn without_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        if c == '\'' {
            out.push('\'');
            if !inside {
                out.push('…');
            }
            inside = !inside;
        } else if inside {
        } else if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A line and column in a text, both 1-based; the column counts characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// `text` as a message echoes it back: at most 60 characters, and "…" when
/// it was longer (a 309-digit number, a 10 MB name); control characters
/// escaped (an escape sequence would recolour the operator's terminal).
pub fn shown(text: &str) -> String {
    let cut: String = text.chars().take(60).collect();
    let mut out: String = cut
        .chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect();
    if cut.len() < text.len() {
        out.push('…');
    }
    out
}

/// The position of byte `offset` in `text`.
pub fn position(text: &str, offset: usize) -> Position {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Position {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    position(text, offset).line
}

/// A TOML file that was read, with the spans of its keys and values, so
/// that a problem found after reading names its true line and column
/// (indented keys, inline tables and nested tables alike).
pub struct TomlFile<'a> {
    pub file: String,
    text: &'a str,
    tree: Option<Spanned<DeTable<'a>>>,
}

/// Reads `text` (the file `file`) into `T`; a syntax or type error is a
/// problem at the place the parser gives.
pub fn read_toml<'a, T: DeserializeOwned>(
    file: &str,
    text: &'a str,
) -> Result<(T, TomlFile<'a>), Problem> {
    let value: T = toml::from_str(text).map_err(|e| {
        Problem::at(
            file,
            e.span().map(|s| position(text, s.start)),
            e.message().trim(),
        )
    })?;
    Ok((
        value,
        TomlFile {
            file: file.to_string(),
            text,
            tree: DeTable::parse(text).ok(),
        },
    ))
}

impl TomlFile<'_> {
    /// Where `path` is: keys separated by dots, an array's element by its
    /// index in brackets: `session.idle-seconds`, `line[2]`,
    /// `question[3].choices[0].next`. A key's own position, or an element's.
    pub fn at(&self, path: &str) -> Option<Position> {
        let tree = self.tree.as_ref()?;
        let mut table: &DeTable = tree.get_ref();
        let mut span = None;
        let mut value: Option<&Spanned<DeValue>> = None;
        for segment in path.split('.') {
            let (name, indexes) = match segment.find('[') {
                Some(i) => (&segment[..i], &segment[i..]),
                None => (segment, ""),
            };
            if !name.is_empty() {
                if let Some(DeValue::Table(t)) = value.map(Spanned::get_ref) {
                    table = t;
                } else if value.is_some() {
                    return None;
                }
                let (key, found) = table.iter().find(|(k, _)| k.get_ref() == name)?;
                span = Some(key.span());
                value = Some(found);
            }
            for index in indexes
                .split(['[', ']'])
                .filter(|s| !s.is_empty())
                .map(str::parse::<usize>)
            {
                let Some(DeValue::Array(items)) = value.map(Spanned::get_ref) else {
                    return None;
                };
                let item = items.get(index.ok()?)?;
                span = Some(item.span());
                value = Some(item);
            }
        }
        span.map(|s| position(self.text, s.start))
    }

    /// A problem at `path` (at no line when it cannot be found).
    pub fn problem(&self, path: &str, message: impl fmt::Display) -> Problem {
        Problem::at(&self.file, self.at(path), message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn many_problems_of_one_kind_in_one_file_are_counted_not_listed() {
        let mut problems = vec![Problem::new("fr/guide.ftl", None, "not UTF-8")];
        for id in ["a", "b", "c", "d", "e"] {
            problems.push(Problem::new(
                "ar/guide.ftl",
                Some(3),
                format!("message '{id}' is missing"),
            ));
        }
        problems.push(Problem::new("ru/guide.ftl", None, "message 'a' is missing"));
        assert_eq!(
            summarised(&problems, 3),
            [
                "fr/guide.ftl: not UTF-8",
                "ar/guide.ftl:3: message 'a' is missing",
                "ar/guide.ftl:3: message 'b' is missing",
                "ar/guide.ftl:3: message 'c' is missing",
                "ar/guide.ftl: 2 more like the line above (not shown)",
                "ru/guide.ftl: message 'a' is missing",
            ]
        );
        assert_eq!(summarised(&problems, 10).len(), problems.len());
    }
}
