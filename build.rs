//! Compiles the Slint UI, and lists for `passerelle check` the message ids
//! and pictogram names the UI uses, so that a typo in either is caught.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Element queries need the generated code's debug info: the UI tests,
    // and reading a screen aloud (which finds its texts that way) in every build.
    let config = slint_build::CompilerConfiguration::new().with_debug_info(true);
    if let Err(error) = slint_build::compile_with_config("ui/app.slint", config) {
        panic!("Slint build failed: {error}");
    }

    let mut ids = Vec::new();
    let mut icons = Vec::new();
    scan_dir(Path::new("ui"), &mut ids, &mut icons);
    ids.sort();
    ids.dedup();
    icons.sort();
    icons.dedup();

    let mut out = String::new();
    out.push_str(
        "/// Message ids written in ui/*.slint, with the file and line of their first use.\n",
    );
    out.push_str("pub const UI_MESSAGE_IDS: &[(&str, &str, usize)] = &[\n");
    for (id, file, line) in &ids {
        let _ = writeln!(out, "    ({id:?}, {file:?}, {line}),");
    }
    out.push_str("];\n/// Pictogram names that `Icons.by-name` knows.\n");
    out.push_str("pub const UI_ICON_NAMES: &[&str] = &[\n");
    for icon in &icons {
        let _ = writeln!(out, "    {icon:?},");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("ui_ids.rs");
    if let Err(error) = std::fs::write(&dest, out) {
        panic!("cannot write {}: {error}", dest.display());
    }
    println!("cargo:rerun-if-changed=ui");
}

/// Message ids are written in .slint as `Tr.t("id")`, `Tr.in-lang(x, "id")` or
/// `...-key: "id"`; pictogram names as `name == "icon"` in icons.slint.
fn scan_dir(dir: &Path, ids: &mut Vec<(String, String, usize)>, icons: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            scan_dir(&path, ids, icons);
            continue;
        }
        if path.extension().is_none_or(|e| e != "slint") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let file = path.to_string_lossy().replace('\\', "/");
        for (number, line) in text.lines().enumerate() {
            for marker in ["Tr.t(\"", "-key: \""] {
                for (pos, _) in line.match_indices(marker) {
                    if let Some(id) = literal_at(&line[pos + marker.len()..]) {
                        ids.push((id, file.clone(), number + 1));
                    }
                }
            }
            for (pos, _) in line.match_indices("Tr.in-lang(") {
                let rest = &line[pos..];
                if let Some(id) = rest.find(", \"").and_then(|q| literal_at(&rest[q + 3..])) {
                    ids.push((id, file.clone(), number + 1));
                }
            }
            for (pos, _) in line.match_indices("name == \"") {
                if let Some(icon) = literal_at(&line[pos + 9..]) {
                    icons.push(icon);
                }
            }
        }
    }
}

fn literal_at(rest: &str) -> Option<String> {
    let end = rest.find('"')?;
    Some(rest[..end].to_string())
}
