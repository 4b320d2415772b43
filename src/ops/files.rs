//! Reading files someone else put there: only regular files, never more
//! than a cap, and never waiting on a FIFO or a device. A FIFO, `/dev/zero`
//! or a huge file named as a configuration, a translation or a manifest
//! entry is refused with a reason, rather than hanging or filling memory.

use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Caps, by kind of file.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;
/// A small file: a key, a signature, a manifest, a day of counts.
pub const MAX_SMALL_BYTES: u64 = 1024 * 1024;

/// `O_NONBLOCK` (the same value on Linux's x86-64 and arm64): opening a FIFO
/// with it does not wait for a writer.
const O_NONBLOCK: i32 = 0o4000;

/// The regular file `path` opened for reading, with its length, when it
/// holds at most `max` bytes; otherwise why not, in words for a message that
/// names the file. For a file read as it comes (an import of 200 MB): read it
/// through `take(max + 1)` all the same, since it may grow.
pub fn open(path: &Path, max: u64) -> Result<(std::fs::File, u64), String> {
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(O_NONBLOCK)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "does not exist".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
    let metadata = file.metadata().map_err(|e| format!("cannot read: {e}"))?;
    let kind = metadata.file_type();
    if !kind.is_file() {
        use std::os::unix::fs::FileTypeExt;
        let what = if kind.is_dir() {
            "a folder"
        } else if kind.is_fifo() {
            "a FIFO (a pipe)"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        return Err(format!("cannot read: it is {what}, not a file"));
    }
    if metadata.len() > max {
        return Err(format!(
            "cannot read: {} bytes, more than the {} such a file may have",
            metadata.len(),
            max
        ));
    }
    Ok((file, metadata.len()))
}

/// The bytes of the regular file `path`, at most `max` of them; otherwise
/// why not, in words for a message that names the file.
pub fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let (file, len) = open(path, max)?;
    let mut data = Vec::with_capacity(len as usize);
    // A file that grows while it is read stops at the cap all the same.
    file.take(max + 1)
        .read_to_end(&mut data)
        .map_err(|e| format!("cannot read: {e}"))?;
    if data.len() as u64 > max {
        return Err(format!(
            "cannot read: more than the {max} bytes such a file may have"
        ));
    }
    Ok(data)
}

/// The UTF-8 text of the regular file `path` (a byte-order mark at its start
/// is left out), at most `max` bytes; otherwise why not.
pub fn read_text(path: &Path, max: u64) -> Result<String, String> {
    text(read_bytes(path, max)?)
}

/// `data` as UTF-8 text without a leading byte-order mark, or where it is not.
pub fn text(data: Vec<u8>) -> Result<String, String> {
    match String::from_utf8(data) {
        Ok(text) => Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = bytes[..at].iter().filter(|b| **b == b'\n').count() + 1;
            Err(format!(
                "line {line} is not UTF-8 text (Latin-1 or UTF-16?): save the file as UTF-8"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_under_the_cap_are_read() {
        let dir = std::env::temp_dir().join(format!("passerelle-files-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let file = dir.join("a.txt");
        std::fs::write(&file, "\u{feff}bonjour\n").expect("write");
        assert_eq!(read_text(&file, 100).as_deref(), Ok("bonjour\n"));
        assert!(
            read_text(&file, 4)
                .expect_err("too big")
                .contains("more than the 4")
        );
        assert!(
            read_text(&dir, 100)
                .expect_err("folder")
                .contains("a folder")
        );
        assert!(
            read_text(Path::new("/dev/zero"), 100)
                .expect_err("device")
                .contains("a device")
        );
        let fifo = dir.join("fifo");
        let _ = std::fs::remove_file(&fifo);
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        assert!(read_text(&fifo, 100).expect_err("fifo").contains("FIFO"));
        std::fs::write(&file, b"ok\n\xe9t\xe9\n").expect("write");
        assert!(
            read_text(&file, 100)
                .expect_err("latin-1")
                .starts_with("line 2 is not UTF-8")
        );
        assert_eq!(
            read_text(&dir.join("none"), 100).expect_err("missing"),
            "does not exist"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
