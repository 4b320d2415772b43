//! Where data files come from: embedded in the binary, or a folder on disk
//! (`--locales DIR`, `--content DIR`), read through one interface so that the
//! same loading and checking code serves both. A set may also be held in
//! memory (the fuzz targets feed the loaders that way).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct EmbeddedLocales;

#[derive(RustEmbed)]
#[folder = "content/"]
struct EmbeddedContent;

#[derive(RustEmbed)]
#[folder = "ui/fonts/"]
#[include = "*.ttf"]
struct EmbeddedFonts;

/// Why a data file could not be read (the caller names the file).
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("missing")]
    Missing,
    #[error("cannot read: {0}")]
    Read(std::io::Error),
    /// Not a regular file inside the folder, too big, or unreadable.
    #[error("{0}")]
    Refused(String),
    /// Where it stops being UTF-8, with the fix.
    #[error("{0}")]
    NotText(String),
}

/// A set of data files: translations, content or fonts.
#[derive(Debug, Clone)]
pub enum Files {
    EmbeddedLocales,
    EmbeddedContent,
    EmbeddedFonts,
    Dir(PathBuf),
    /// Relative path → bytes.
    Memory(Arc<BTreeMap<String, Vec<u8>>>),
}

impl Files {
    /// The name to show for `relative` in messages: the path in the project
    /// for embedded files, the real path for a folder.
    pub fn display(&self, relative: &str) -> String {
        match self {
            Files::EmbeddedLocales => format!("locales/{relative}"),
            Files::EmbeddedContent => format!("content/{relative}"),
            Files::EmbeddedFonts => format!("ui/fonts/{relative}"),
            Files::Dir(dir) => dir.join(relative).display().to_string(),
            Files::Memory(_) => relative.to_string(),
        }
    }

    /// Every file, as a path relative to the set's root with `/` separators, sorted.
    pub fn list(&self) -> Vec<String> {
        let mut names: Vec<String> = match self {
            Files::EmbeddedLocales => EmbeddedLocales::iter().map(|n| n.into_owned()).collect(),
            Files::EmbeddedContent => EmbeddedContent::iter().map(|n| n.into_owned()).collect(),
            Files::EmbeddedFonts => EmbeddedFonts::iter().map(|n| n.into_owned()).collect(),
            Files::Dir(dir) => {
                let mut found = Vec::new();
                walk(dir, dir, &mut found);
                found
            }
            Files::Memory(files) => files.keys().cloned().collect(),
        };
        names.sort();
        names
    }

    /// The bytes of `relative`, or what went wrong (the caller names the file).
    pub fn read(&self, relative: &str) -> Result<Vec<u8>, FileError> {
        let embedded = match self {
            Files::EmbeddedLocales => EmbeddedLocales::get(relative).map(|f| f.data.into_owned()),
            Files::EmbeddedContent => EmbeddedContent::get(relative).map(|f| f.data.into_owned()),
            Files::EmbeddedFonts => EmbeddedFonts::get(relative).map(|f| f.data.into_owned()),
            Files::Dir(dir) => return read_inside(dir, relative),
            Files::Memory(files) => files.get(relative).cloned(),
        };
        embedded.ok_or(FileError::Missing)
    }

    /// The bytes of `relative` in an embedded set, without copying them out
    /// of the binary (fonts are large); `None` for other sets or a missing file.
    pub fn embedded(&self, relative: &str) -> Option<std::borrow::Cow<'static, [u8]>> {
        match self {
            Files::EmbeddedLocales => EmbeddedLocales::get(relative).map(|f| f.data),
            Files::EmbeddedContent => EmbeddedContent::get(relative).map(|f| f.data),
            Files::EmbeddedFonts => EmbeddedFonts::get(relative).map(|f| f.data),
            Files::Dir(_) | Files::Memory(_) => None,
        }
    }

    /// Every file of the set, read into memory.
    pub fn to_memory(&self) -> BTreeMap<String, Vec<u8>> {
        self.list()
            .into_iter()
            .filter_map(|name| self.read(&name).ok().map(|data| (name, data)))
            .collect()
    }

    /// The text of `relative` (UTF-8, without a byte-order mark), or what went wrong.
    pub fn read_text(&self, relative: &str) -> Result<String, FileError> {
        crate::ops::files::text(self.read(relative)?).map_err(FileError::NotText)
    }
}

/// The most a data file of a folder may hold.
pub const MAX_DATA_BYTES: u64 = 32 * 1024 * 1024;

/// Reads `relative` in the folder `dir`: a regular file, at most
/// [`MAX_DATA_BYTES`], and inside the folder (a name with `..`, an absolute
/// path, or a link that leads out of the folder is refused).
fn read_inside(dir: &Path, relative: &str) -> Result<Vec<u8>, FileError> {
    let path = Path::new(relative);
    if !path
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        return Err(FileError::Refused(
            "cannot read: the name leads out of the folder".to_string(),
        ));
    }
    let full = dir.join(path);
    if std::fs::symlink_metadata(&full).is_err() {
        return Err(FileError::Missing);
    }
    if std::fs::symlink_metadata(&full).is_ok_and(|m| m.file_type().is_symlink()) {
        let inside = match (std::fs::canonicalize(dir), std::fs::canonicalize(&full)) {
            (Ok(root), Ok(target)) => target.starts_with(root),
            _ => false,
        };
        if !inside {
            return Err(FileError::Refused(
                "cannot read: a link that leads out of the folder (or nowhere)".to_string(),
            ));
        }
    }
    crate::ops::files::read_bytes(&full, MAX_DATA_BYTES).map_err(FileError::Refused)
}

/// The files under `dir`, found without following links to folders (a link
/// loop cannot make the walk endless); links to files are listed, and
/// [`read_inside`] decides whether they may be read.
fn walk(root: &Path, dir: &Path, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            walk(root, &path, found);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<_> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            found.push(parts.join("/"));
        }
    }
}
