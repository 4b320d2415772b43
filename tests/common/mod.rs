//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::rc::Rc;

use passerelle::kiosk::state::Kiosk;

/// The kiosk as it ships: embedded translations and content.
pub fn embedded_kiosk() -> Rc<Kiosk> {
    Kiosk::embedded()
}

/// A fresh folder under the system's temporary folder.
pub fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("passerelle-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Copies the project's locales/ or content/ folder into `dest`.
pub fn copy_tree(from: &std::path::Path, dest: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = dest.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

pub fn project_dir(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
}

/// One place of a directory file, in Lyon, as JSON: `id` (also its name),
/// its `kind`, and `more` fields (such as `"opening_hours":"24/7",`) put
/// before its source.
pub fn place_json(id: &str, kind: &str, more: &str) -> String {
    format!(
        "{{\"id\":\"{id}\",\"name\":\"{id}\",\"kinds\":[\"{kind}\"],\"address\":\"1 rue A\",\"postcode\":\"69001\",\"town\":\"Lyon\",\"lat\":45.76,\"lon\":4.83,{more}\"source\":\"test\",\"source_date\":\"2026-11-01\"}}"
    )
}
