//! Files written so that a power cut never leaves half of one: the data goes
//! to a temporary file of its own in the same folder, is synced to the disk,
//! then renamed over the old file (an atomic step), and the folder is synced
//! so the rename itself survives. A reader sees the old file or the new one.

use std::io::Write;
use std::path::{Path, PathBuf};

/// A temporary name beside `path`, unique to this process and moment, so two
/// writers never share one and a leftover never hides another file.
fn temporary(path: &Path) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.{}.{nanos}.tmp", std::process::id()))
}

/// Writes `data` to `path` whole or not at all.
pub fn write(path: &Path, data: &[u8]) -> std::io::Result<()> {
    write_with(path, |out| out.write_all(data))
}

/// Writes what `fill` writes to `path`, whole or not at all: an error from
/// `fill` leaves `path` as it was (the data need not be held in memory).
pub fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let tmp = temporary(path);
    let result = (|| {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut out = std::io::BufWriter::new(file);
        fill(&mut out)?;
        let file = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        sync_folder(path);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes `data` to `path` whole or not at all, for a command's `--out`:
/// an existing `path` must be a regular file (never a link, a device, a
/// FIFO or a folder, which are left as they are), and an existing file is
/// replaced only once the new one is complete.
pub fn write_output(path: &Path, data: &[u8]) -> std::io::Result<()> {
    write_output_with(path, |out| out.write_all(data))
}

/// [`write_output`] of what `fill` writes.
pub fn write_output_with(
    path: &Path,
    fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if let Ok(metadata) = std::fs::symlink_metadata(path) {
        let kind = metadata.file_type();
        if !kind.is_file() {
            let what = if kind.is_symlink() {
                "a link"
            } else if kind.is_dir() {
                "a folder"
            } else {
                "a device, FIFO or socket"
            };
            return Err(std::io::Error::other(format!(
                "it is {what}, left as it is: give the path of a file to write"
            )));
        }
        // A rename would replace it whatever its mode: its owner made it
        // read-only, so it is left as it is.
        if metadata.permissions().readonly() {
            return Err(std::io::Error::other(
                "it is read-only, left as it is: make it writable (chmod u+w) to replace it",
            ));
        }
    }
    write_with(path, fill)
}

/// Syncs the folder holding `path`, so a rename in it reaches the disk. A
/// file system that cannot sync folders is left as it is.
pub fn sync_folder(path: &Path) {
    if let Some(folder) = path.parent()
        && let Ok(dir) = std::fs::File::open(if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        })
    {
        let _ = dir.sync_all();
    }
}

/// Whether `name` is one of this module's temporary files (left by a power
/// cut before its rename): readers skip them.
pub fn is_temporary(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(".tmp")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_read_only_output_is_left_as_it_is() {
        let dir = std::env::temp_dir().join(format!("passerelle-atomic-ro-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let file = dir.join("directory.json");
        std::fs::write(&file, "kept").expect("write");
        let mut mode = std::fs::metadata(&file).expect("stat").permissions();
        mode.set_readonly(true);
        std::fs::set_permissions(&file, mode).expect("chmod");
        let err = write_output(&file, b"new").expect_err("refused");
        assert!(err.to_string().contains("read-only"), "{err}");
        assert_eq!(std::fs::read_to_string(&file).expect("read"), "kept");
        assert_eq!(
            std::fs::read_dir(&dir).expect("ls").count(),
            1,
            "no temporary left"
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_write_replaces_the_file_whole_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("passerelle-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("counts.json");
        write(&path, b"old").expect("write");
        write(&path, b"new").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"new");
        let left: Vec<_> = std::fs::read_dir(&dir)
            .expect("list")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(left, ["counts.json"]);
        assert!(is_temporary(
            &temporary(&path)
                .file_name()
                .expect("name")
                .to_string_lossy()
        ));
        // A folder that does not exist: an error, nothing written.
        assert!(write(&dir.join("no/such/file"), b"x").is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
