//! The operator's content update: a folder with the same layout as the
//! embedded data (`locales/` and `content/`), sealed by `passerelle content
//! seal`, which lists every file with its size and checksum in
//! `manifest.toml`. The kiosk uses it only when every file is there whole
//! (an update still being copied fails the seal) and the whole of it passes
//! `passerelle check`; otherwise it runs on its embedded data and says why
//! in its log, never to a visitor.
//!
//! The configured folder holds either one sealed update, or several, one per
//! subfolder named so that the newest sorts last (`2026-04-01`, ...). With
//! several, the kiosk uses the newest one that is whole and valid: a broken
//! new update leaves the kiosk on the last good one, not on older data.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::files::Files;
use crate::content::load::Content;
use crate::content::problem::Problem;

pub const MANIFEST: &str = "manifest.toml";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    /// The update's number, set by `passerelle content sign`: a kiosk with a
    /// content-key takes only a higher one than it last accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    version: Option<u64>,
    /// The last day the update may be used (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expires: Option<String>,
    /// relative path → (size in bytes, SHA-256 in hex)
    files: BTreeMap<String, FileSeal>,
}

#[derive(Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct FileSeal {
    size: u64,
    sha256: String,
}

/// The SHA-256 of `data`, in lowercase hex.
pub fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn seal_of(data: &[u8]) -> FileSeal {
    FileSeal {
        size: data.len() as u64,
        sha256: sha256_hex(data),
    }
}

/// The files of `folder` that an update holds (and its seal lists).
pub(crate) fn data_files(folder: &Path) -> Vec<String> {
    Files::Dir(folder.to_path_buf())
        .list()
        .into_iter()
        .filter(|f| {
            (f.starts_with("locales/") || f.starts_with("content/")) && !f.ends_with(".tmp")
        })
        .collect()
}

/// Why an update could not be sealed.
#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("{name}: {message}")]
    Read { name: String, message: String },
    #[error("{}: no locales/ or content/ files to seal", folder.display())]
    Empty { folder: PathBuf },
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0}")]
    Manifest(#[from] toml::ser::Error),
    #[error(
        "{}: not sealed: it does not pass the checks every kiosk makes, so every kiosk would refuse it ({} problems):\n{}",
        folder.display(),
        problems.len(),
        shown(folder, problems)
    )]
    Check {
        folder: PathBuf,
        problems: Vec<String>,
    },
}

/// The first problems, one a line, and how many more.
fn shown(folder: &Path, problems: &[String]) -> String {
    const SHOWN: usize = 20;
    let mut text: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(|p| format!("  {p}"))
        .collect();
    if problems.len() > SHOWN {
        let folder = folder.display();
        text.push(format!(
            "  ... and {} more (passerelle check --locales {folder}/locales --content {folder}/content lists them all)",
            problems.len() - SHOWN
        ));
    }
    text.join("\n")
}

/// Writes `manifest.toml` for the files of `folder`; returns how many.
pub fn seal(folder: &Path) -> Result<usize, SealError> {
    seal_version(folder, None, None)
}

/// Writes `manifest.toml` for the files of `folder`, with the update's
/// `version` and `expires` when given; returns how many files.
pub fn seal_version(
    folder: &Path,
    version: Option<u64>,
    expires: Option<crate::clock::Date>,
) -> Result<usize, SealError> {
    seal_files(folder, version, expires, false)
}

/// As [`seal_version`], for an operator's command: an update that does not
/// pass the checks a kiosk makes (`passerelle check`) is not sealed, since
/// every kiosk would refuse it.
pub fn seal_checked(
    folder: &Path,
    version: Option<u64>,
    expires: Option<crate::clock::Date>,
) -> Result<usize, SealError> {
    seal_files(folder, version, expires, true)
}

fn seal_files(
    folder: &Path,
    version: Option<u64>,
    expires: Option<crate::clock::Date>,
    check: bool,
) -> Result<usize, SealError> {
    if !folder.is_dir() {
        return Err(SealError::Read {
            name: folder.display().to_string(),
            message: if folder.exists() {
                "not a folder: give the update's folder (with locales/ and content/)".to_string()
            } else {
                "does not exist".to_string()
            },
        });
    }
    let mut files = BTreeMap::new();
    let dir = Files::Dir(folder.to_path_buf());
    for name in data_files(folder) {
        // A name that is not UTF-8 is listed with U+FFFD in its place, and a
        // manifest could not name it: say so rather than "missing".
        if name.contains('\u{fffd}') && !folder.join(&name).exists() {
            return Err(SealError::Read {
                name: folder.join(&name).display().to_string(),
                message: "its name is not UTF-8 text: rename it".to_string(),
            });
        }
        let data = dir.read(&name).map_err(|e| SealError::Read {
            name: folder.join(&name).display().to_string(),
            message: e.to_string(),
        })?;
        files.insert(name, seal_of(&data));
    }
    if files.is_empty() {
        return Err(SealError::Empty {
            folder: folder.to_path_buf(),
        });
    }
    if check {
        let report = crate::content::check::run(
            &Files::Dir(folder.join("locales")),
            &Files::Dir(folder.join("content")),
        );
        if !report.is_ok() {
            return Err(SealError::Check {
                folder: folder.to_path_buf(),
                problems: crate::content::problem::summarised(&report.errors, 3),
            });
        }
    }
    let count = files.len();
    let text = toml::to_string(&Manifest {
        version,
        expires: expires.map(|d| d.to_string()),
        files,
    })?;
    let path = folder.join(MANIFEST);
    crate::ops::atomic::write(&path, text.as_bytes()).map_err(|source| SealError::Write {
        path: path.clone(),
        source,
    })?;
    Ok(count)
}

/// A whole, sealed update that passed every check, with what it holds.
pub struct Verified {
    /// The update's folder.
    pub folder: PathBuf,
    /// Its `content/` folder (recordings are read from it).
    pub content_dir: PathBuf,
    pub content: Content,
    /// What a kiosk with a content-key remembers once it uses the update.
    pub accepted: Option<crate::content::signing::Accepted>,
}

/// Checks, with `trust`, that the update is signed by the kiosk's key,
/// newer than the last one accepted and not expired; then that every file
/// of the seal is there, whole, and nothing else is; then that the data
/// passes every check.
pub fn verify(
    folder: &Path,
    trust: Option<&crate::content::signing::Trust>,
) -> Result<Verified, Vec<Problem>> {
    let manifest_path = folder.join(MANIFEST);
    let name = manifest_path.display().to_string();
    let text = crate::ops::files::read_text(&manifest_path, crate::ops::files::MAX_SMALL_BYTES)
        .map_err(|e| {
            vec![Problem::new(&name, None, format!("cannot read the seal ({e}): run `passerelle content seal` once the copy is complete"))]
        })?;
    let (manifest, _): (Manifest, _) =
        crate::content::problem::read_toml(&name, &text).map_err(|p| vec![p])?;
    let expires = match &manifest.expires {
        Some(day) => Some(crate::clock::parse_date(day).ok_or_else(|| {
            vec![Problem::new(
                &name,
                None,
                format!("expires '{day}' is not a date such as 2027-03-31"),
            )]
        })?),
        None => None,
    };
    let accepted = match trust {
        Some(trust) => Some(
            trust
                .check(folder, text.as_bytes(), manifest.version, expires)
                .map_err(|reason| vec![Problem::new(&name, None, reason)])?,
        ),
        None => None,
    };
    let mut problems = Vec::new();
    let dir = Files::Dir(folder.to_path_buf());
    for (file, sealed) in &manifest.files {
        match dir.read(file) {
            Ok(data) if seal_of(&data) == *sealed => {}
            Ok(_) => problems.push(Problem::new(
                folder.join(file).display().to_string(),
                None,
                "differs from the seal: copied only in part, or changed after sealing",
            )),
            Err(crate::content::files::FileError::Missing) => problems.push(Problem::new(
                folder.join(file).display().to_string(),
                None,
                "missing: sealed but not there",
            )),
            Err(e) => problems.push(Problem::new(
                folder.join(file).display().to_string(),
                None,
                e.to_string(),
            )),
        }
    }
    for file in data_files(folder) {
        if !manifest.files.contains_key(&file) {
            problems.push(Problem::new(
                folder.join(&file).display().to_string(),
                None,
                "not in the seal: added after sealing",
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let content_dir = folder.join("content");
    let report = crate::content::check::run(
        &Files::Dir(folder.join("locales")),
        &Files::Dir(content_dir.clone()),
    );
    if report.is_ok() {
        Ok(Verified {
            folder: folder.to_path_buf(),
            content_dir,
            content: report.content,
            accepted,
        })
    } else {
        Err(report.errors)
    }
}

/// The updates in `folder`, newest first: the folder itself when it is
/// sealed (or has no subfolder), otherwise its subfolders.
pub fn candidates(folder: &Path) -> Vec<PathBuf> {
    // The folder is an update itself (sealed, or with its locales/ and
    // content/ but no seal yet): not a folder of updates, whose `locales`
    // and `content` would be taken for two updates.
    if folder.join(MANIFEST).exists()
        || folder.join("locales").is_dir()
        || folder.join("content").is_dir()
    {
        return vec![folder.to_path_buf()];
    }
    let mut versions: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                // An import still being copied (`.incoming-...`) is not an update yet;
                // a link is not one either (updates are copied in whole, and a
                // link could lead anywhere, such as /etc).
                .filter(|p| {
                    std::fs::symlink_metadata(p).is_ok_and(|m| m.is_dir())
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default();
    // Newest first, numbers compared as numbers: "2026-10-01" is newer than
    // "2026-4-1" (in the order of strings it came first).
    versions.sort_by(|a, b| {
        let name = |p: &PathBuf| p.file_name().map(|n| n.to_string_lossy().into_owned());
        version_order(&name(b).unwrap_or_default(), &name(a).unwrap_or_default())
    });
    let empty = std::fs::read_dir(folder).map_or(true, |mut entries| entries.next().is_none());
    if versions.is_empty() && !empty {
        // Reported as the folder's own missing seal.
        versions.push(folder.to_path_buf());
    }
    // A missing or empty folder (no update imported yet): the embedded content.
    versions
}

/// The order of two update folder names: runs of digits compare as numbers
/// ("9" before "10", "04" the same as "4"), the rest as text.
pub fn version_order(a: &str, b: &str) -> std::cmp::Ordering {
    fn runs(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let bytes = s.as_bytes();
        for i in 1..=bytes.len() {
            if i == bytes.len() || bytes[i].is_ascii_digit() != bytes[start].is_ascii_digit() {
                out.push((bytes[start].is_ascii_digit(), &s[start..i]));
                start = i;
            }
        }
        out
    }
    let (a_runs, b_runs) = (runs(a), runs(b));
    for (x, y) in a_runs.iter().zip(&b_runs) {
        let order = if x.0 && y.0 {
            let (x, y) = (x.1.trim_start_matches('0'), y.1.trim_start_matches('0'));
            x.len().cmp(&y.len()).then_with(|| x.cmp(y))
        } else {
            x.1.cmp(y.1)
        };
        if order.is_ne() {
            return order;
        }
    }
    a_runs.len().cmp(&b_runs.len()).then_with(|| a.cmp(b))
}

/// What the kiosk runs on, chosen from the configured update folder.
pub struct Choice {
    /// The update used; `None`: the embedded content.
    pub used: Option<Verified>,
    /// Why newer updates were passed over, for the operator and the log.
    pub warnings: Vec<String>,
    /// The problems of the newest update, the one the operator has just
    /// copied (none when it is the one used).
    pub newest: Vec<Problem>,
}

/// Picks the update to use from `folder`: the folder itself when it is sealed,
/// otherwise its newest sealed subfolder that is whole and valid.
pub fn choose(folder: &Path, trust: Option<&crate::content::signing::Trust>) -> Choice {
    let mut warnings = Vec::new();
    let mut newest = Vec::new();
    for (i, candidate) in candidates(folder).into_iter().enumerate() {
        match verify(&candidate, trust) {
            Ok(verified) => {
                if !warnings.is_empty() {
                    warnings.push(format!(
                        "the kiosk runs on the last good content update, {}",
                        candidate.display()
                    ));
                }
                return Choice {
                    used: Some(verified),
                    warnings,
                    newest,
                };
            }
            Err(problems) => {
                warnings.extend(crate::content::problem::summarised(&problems, 3));
                warnings.push(format!(
                    "the content update in {} is not used",
                    candidate.display()
                ));
                if i == 0 {
                    newest = problems;
                }
            }
        }
    }
    // An empty folder (no update imported yet) is nothing to warn about.
    if !warnings.is_empty() {
        warnings.push("the kiosk runs on its embedded content".to_string());
    }
    Choice {
        used: None,
        warnings,
        newest,
    }
}

/// The content the kiosk runs on, and where it comes from.
pub struct Running {
    pub content: Content,
    /// The update in use, `None` for the embedded content.
    pub update: Option<PathBuf>,
    /// The update's `content/` folder, where recordings are.
    pub content_dir: Option<PathBuf>,
    /// What the operator should know: updates refused and why.
    pub warnings: Vec<String>,
    /// Problems of the embedded content (none once the tests pass).
    pub problems: Vec<Problem>,
}

/// The content for a kiosk whose operator configured `update` (or none): the
/// newest whole and valid update, else the embedded content.
pub fn running(update: Option<&Path>, trust: Option<&crate::content::signing::Trust>) -> Running {
    let (used, mut warnings) = match update.map(|u| choose(u, trust)) {
        Some(choice) => (choice.used, choice.warnings),
        None => (None, Vec::new()),
    };
    if let (Some(verified), Some(trust)) = (&used, trust)
        && let Some(accepted) = &verified.accepted
        && trust.accepted().as_ref() != Some(accepted)
        && let Err(e) = trust.remember(accepted)
    {
        warnings.push(format!(
            "cannot remember the accepted update {} ({e}): an older signed update could be taken after a restart",
            accepted.version
        ));
    }
    match used {
        Some(verified) => Running {
            content: verified.content,
            update: Some(verified.folder),
            content_dir: Some(verified.content_dir),
            warnings,
            problems: Vec::new(),
        },
        None => {
            let (content, problems) = Content::embedded();
            Running {
                content,
                update: None,
                content_dir: None,
                warnings,
                problems,
            }
        }
    }
}

#[cfg(test)]
mod order_tests {
    use super::{candidates, version_order};
    use std::cmp::Ordering::{Equal, Greater, Less};

    #[test]
    fn a_link_in_the_folder_of_updates_is_not_an_update() {
        let dir =
            std::env::temp_dir().join(format!("passerelle-candidates-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("2026-01-01")).expect("mkdir");
        std::os::unix::fs::symlink("/etc", dir.join("2099-01-01")).expect("link");
        assert_eq!(candidates(&dir), [dir.join("2026-01-01")]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn update_folders_are_ordered_with_numbers_as_numbers() {
        assert_eq!(version_order("2026-10-01", "2026-4-1"), Greater);
        assert_eq!(version_order("2026-04-01", "2026-4-1"), Less);
        assert_eq!(version_order("v9", "v10"), Less);
        assert_eq!(version_order("2026-12-01", "2026-12-01"), Equal);
        assert_eq!(version_order("2026-12-01b", "2026-12-01"), Greater);
        assert_eq!(version_order("été", "2026"), Greater);
        let mut names = vec!["2026-4-1", "2026-10-01", "2025-12-31", "2026-9-30"];
        names.sort_by(|a, b| version_order(a, b));
        assert_eq!(names, ["2025-12-31", "2026-4-1", "2026-9-30", "2026-10-01"]);
    }
}
