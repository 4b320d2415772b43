//! A reviewer's corrections (the file the review sheet saves: `id = text`
//! lines in Fluent syntax) written back into a language's `.ftl` files.
//! Nothing is written unless every correction fits: a known message, the
//! same variables as the French, and files that still load.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::content::files::Files;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};

/// One message of the corrections file: its id and its lines as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub id: String,
    /// The message's lines, the first one starting with `id =`.
    pub lines: Vec<String>,
}

/// Why the corrections were not written.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: line {line}: '{text}' is not a message (id = text) nor its continuation")]
    Syntax {
        file: String,
        line: usize,
        text: String,
    },
    #[error("'{id}' is not a message of {lang}")]
    UnknownMessage { id: String, lang: String },
    #[error(
        "'{id}': the correction uses {found:?}, the French {expected:?}: keep the {{ $variables }} as they are"
    )]
    Variables {
        id: String,
        expected: BTreeSet<String>,
        found: BTreeSet<String>,
    },
    #[error("after the corrections, {0}")]
    Broken(String),
}

/// Reads the messages of a corrections file; comments and blank lines are
/// skipped.
pub fn parse(file: &str, text: &str) -> Result<Vec<Correction>, CorrectionError> {
    let mut out: Vec<Correction> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            match out.last_mut() {
                Some(last) => last.lines.push(line.to_string()),
                None => {
                    return Err(CorrectionError::Syntax {
                        file: file.to_string(),
                        line: i + 1,
                        text: line.to_string(),
                    });
                }
            }
            continue;
        }
        let id = line.split('=').next().unwrap_or("").trim();
        let valid = line.contains('=')
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return Err(CorrectionError::Syntax {
                file: file.to_string(),
                line: i + 1,
                text: line.to_string(),
            });
        }
        out.push(Correction {
            id: id.to_string(),
            lines: vec![line.to_string()],
        });
    }
    Ok(out)
}

/// The `{ $name }` variables of Fluent text.
fn variables(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find('$') {
        rest = &rest[at + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
    }
    found
}

/// Writes `corrections` into `locales/<lang>/*.ftl`, each over the message
/// of the same id; returns the files changed. Checks first, writes after:
/// on any problem nothing is written.
pub fn apply(
    locales: &Path,
    lang: &str,
    corrections: &[Correction],
) -> Result<Vec<PathBuf>, CorrectionError> {
    let (catalog, _) = Catalog::load(&Files::Dir(locales.to_path_buf()));
    let french = catalog.message_signatures(SOURCE_LANGUAGE);
    let ours = catalog.message_signatures(lang);
    let folder = locales.join(lang);
    let io = |path: &Path, source| CorrectionError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut texts: Vec<(PathBuf, String)> = Vec::new();
    for correction in corrections {
        let Some(signature) = ours.iter().find(|s| s.id == correction.id) else {
            return Err(CorrectionError::UnknownMessage {
                id: correction.id.clone(),
                lang: lang.to_string(),
            });
        };
        let expected = french
            .iter()
            .find(|s| s.id == correction.id)
            .map_or_else(|| signature.variables.clone(), |s| s.variables.clone());
        let found = variables(&correction.lines.join("\n"));
        if found != expected {
            return Err(CorrectionError::Variables {
                id: correction.id.clone(),
                expected,
                found,
            });
        }
        let name = Path::new(&signature.file)
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default();
        let path = folder.join(name);
        if !texts.iter().any(|(p, _)| *p == path) {
            let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
            texts.push((path.clone(), text));
        }
        let Some((_, text)) = texts.iter_mut().find(|(p, _)| *p == path) else {
            continue;
        };
        *text = replace_message(text, correction);
    }
    // The corrected files must still load, with every message in place.
    let scratch =
        std::env::temp_dir().join(format!("passerelle-corrections-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    copy_dir(locales, &scratch).map_err(|e| io(&scratch, e))?;
    for (path, text) in &texts {
        let name = path.file_name().map(PathBuf::from).unwrap_or_default();
        let target = scratch.join(lang).join(name);
        std::fs::write(&target, text).map_err(|e| io(&target, e))?;
    }
    let (after, problems) = Catalog::load(&Files::Dir(scratch.clone()));
    let _ = std::fs::remove_dir_all(&scratch);
    if let Some(problem) = problems.first() {
        return Err(CorrectionError::Broken(problem.to_string()));
    }
    if after.message_signatures(lang).len() != ours.len() {
        return Err(CorrectionError::Broken(format!(
            "{lang} has {} messages instead of {}",
            after.message_signatures(lang).len(),
            ours.len()
        )));
    }
    for (path, text) in &texts {
        std::fs::write(path, text).map_err(|e| io(path, e))?;
    }
    Ok(texts.into_iter().map(|(p, _)| p).collect())
}

/// `text` with the message `correction.id` (its first line and its
/// indented continuation lines) replaced by the correction's lines.
fn replace_message(text: &str, correction: &Correction) -> String {
    let mut out = Vec::new();
    let mut lines = text.lines().peekable();
    let starts = |line: &str| {
        line.strip_prefix(correction.id.as_str())
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    while let Some(line) = lines.next() {
        if starts(line) {
            while lines
                .peek()
                .is_some_and(|next| next.starts_with([' ', '\t']) && !next.trim().is_empty())
            {
                lines.next();
            }
            out.extend(correction.lines.iter().cloned());
        } else {
            out.push(line.to_string());
        }
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}
