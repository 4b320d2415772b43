//! The deployment files agree with the kiosk: the example configuration is
//! valid, and the systemd unit runs the kiosk mode with the watchdog the
//! kiosk feeds, restarts it, reboots rather than give up, gives it the
//! display, touch screen and sound, and lets it write
//! only the stats folder that configuration names.

use crate::common;

use passerelle::content::i18n::Catalog;
use passerelle::ops::config::{Config, DEFAULT_PATH};

fn unit() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(common::project_dir("deploy/passerelle.service"))
        .expect("read the unit");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with('['))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

fn value(unit: &[(String, String)], key: &str) -> String {
    let found: Vec<&String> = unit
        .iter()
        .filter(|(k, _)| k == key)
        .map(|(_, v)| v)
        .collect();
    assert_eq!(found.len(), 1, "{key} once in the unit");
    found[0].clone()
}

#[test]
fn the_example_configuration_is_valid() {
    let path = common::project_dir("deploy/config.toml");
    let mut config = Config::load(&path)
        .map_err(|p| p.iter().map(ToString::to_string).collect::<Vec<_>>())
        .expect("deploy/config.toml is valid");
    assert_eq!(config.check_languages(&Catalog::embedded()), []);
    assert_eq!(
        config.stats.as_deref(),
        Some(std::path::Path::new("/var/lib/passerelle/stats"))
    );
    assert_eq!(config.screen_size, Some((800, 480)));
}

#[test]
fn the_unit_runs_the_kiosk_under_a_watchdog_it_feeds() {
    let unit = unit();
    let exec = value(&unit, "ExecStart");
    assert!(exec.ends_with("run --kiosk"), "{exec}");
    assert!(exec.contains(&format!("--config {DEFAULT_PATH}")), "{exec}");
    assert_eq!(value(&unit, "Type"), "notify");
    assert_eq!(value(&unit, "Restart"), "always");
    assert_eq!(value(&unit, "StartLimitAction"), "reboot");
    // The display, the touch screen, and the loudspeaker for reading aloud.
    let groups = value(&unit, "SupplementaryGroups");
    for group in ["video", "render", "input", "audio"] {
        assert!(
            groups.split_whitespace().any(|g| g == group),
            "{group} in {groups}"
        );
    }
    let watchdog: u64 = value(&unit, "WatchdogSec").parse().expect("seconds");
    let fed = passerelle::ops::systemd::watchdog_interval(
        Some(&(watchdog * 1_000_000).to_string()),
        None,
    )
    .expect("fed");
    assert!(fed.as_secs() * 2 <= watchdog, "fed every {fed:?}");
}

#[test]
fn the_unit_lets_the_kiosk_write_only_its_stats_and_state_folders() {
    let unit = unit();
    assert_eq!(value(&unit, "ProtectSystem"), "strict");
    assert_eq!(value(&unit, "ProtectHome"), "yes");
    let config = Config::load(&common::project_dir("deploy/config.toml")).expect("valid");
    let paths = value(&unit, "ReadWritePaths");
    let writable: Vec<&std::path::Path> = paths
        .split_whitespace()
        .map(|p| std::path::Path::new(p.trim_start_matches('-')))
        .collect();
    assert_eq!(
        writable,
        [
            config.stats.as_deref().expect("stats folder"),
            config.state.as_deref().expect("state folder")
        ]
    );
}

#[test]
fn systemd_accepts_the_unit() {
    // systemd-analyze checks the units' syntax; the kiosk binary stands in
    // for /usr/bin/passerelle.
    let text = std::fs::read_to_string(common::project_dir("deploy/passerelle.service"))
        .expect("read the unit");
    // scripts/setup.sh installs it: a missing checker must not pass as a check.
    let present = std::process::Command::new("systemd-analyze")
        .arg("--version")
        .output()
        .is_ok();
    assert!(
        present,
        "systemd-analyze is missing: run scripts/setup.sh (Debian package systemd)"
    );
    let dir = common::temp_dir("unit");
    let copy = dir.join("passerelle.service");
    std::fs::write(
        &copy,
        text.replace("/usr/bin/passerelle", env!("CARGO_BIN_EXE_passerelle")),
    )
    .expect("write");
    // The USB import's unit, as the udev rule starts it for /dev/sdb1.
    let import = std::fs::read_to_string(common::project_dir("deploy/passerelle-import@.service"))
        .expect("read the import unit");
    let import_copy = dir.join("passerelle-import@sdb1.service");
    let script = common::project_dir("deploy/usb-import");
    std::fs::write(
        &import_copy,
        import.replace(
            "/usr/lib/passerelle/usb-import",
            &script.display().to_string(),
        ),
    )
    .expect("write");
    for unit in [&copy, &import_copy] {
        let out = std::process::Command::new("systemd-analyze")
            .arg("verify")
            .arg(unit)
            .output()
            .expect("systemd-analyze");
        let said = String::from_utf8_lossy(&out.stderr);
        // A stick that is not plugged in here: its device unit is expected missing.
        let said: Vec<&str> = said
            .lines()
            .filter(|l| !l.contains("dev-sdb1.device"))
            .collect();
        assert!(
            out.status.success() && said.is_empty(),
            "{}: {said:?}",
            unit.display()
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
