//! Hostile files and pipes (the review's F1, F11-F13, F24): no hang, no
//! panic, no file read from outside its folder. Every command is run with a
//! deadline; a command still running at it is a hang, and a failure.

use crate::common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs `passerelle ARGS`; `None` if it is still running after 60 s.
fn run(args: &[&str]) -> Option<Output> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start passerelle");
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if child.try_wait().expect("wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    None
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(made.success());
}

fn update_copy(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (locales, content) = (dir.join("locales"), dir.join("content"));
    std::fs::create_dir_all(&locales).expect("mkdir");
    std::fs::create_dir_all(&content).expect("mkdir");
    common::copy_tree(&common::project_dir("locales"), &locales);
    common::copy_tree(&common::project_dir("content"), &content);
    (locales, content)
}

/// F1: a reader that goes away (`| head -1`) ends the command quietly, with
/// its usual status, where it once panicked.
#[test]
fn a_closed_standard_output_is_no_panic() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["--directory"])
        .arg(common::project_dir("tests/fixtures/directory.json"))
        .args(["services", "near", "--lat", "45.76", "--lon", "4.83"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    // The reader is gone before the first line is written.
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// F11, F13: a FIFO or a device where a file is expected is refused at once
/// with what it is; nothing waits for a writer or reads without end.
#[test]
fn fifos_and_devices_are_refused_not_read() {
    let dir = common::temp_dir("hostile-fifo");
    let fifo = dir.join("config.toml");
    mkfifo(&fifo);
    let out = run(&["check", "--config", fifo.to_str().expect("utf-8")]).expect("no hang");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("a FIFO"), "{}", text(&out));

    // The kiosk's own start with that configuration: it runs on its defaults.
    let png = dir.join("home.png");
    let out = run(&[
        "--config",
        fifo.to_str().expect("utf-8"),
        "screenshot",
        "--screen",
        "home",
        "--out",
        png.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert!(out.status.success(), "{}", text(&out));
    assert!(png.is_file());

    let out = run(&[
        "services",
        "import",
        "--format",
        "france-services",
        "/dev/zero",
        "--out",
        dir.join("directory.json").to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("a device"), "{}", text(&out));
    assert!(!dir.join("directory.json").exists());

    // A translation that is a link to /dev/zero, and a FIFO beside it.
    let (locales, content) = update_copy(&dir.join("update"));
    std::os::unix::fs::symlink("/dev/zero", locales.join("fr/zero.ftl")).expect("link");
    mkfifo(&locales.join("en/pipe.ftl"));
    let out = run(&[
        "check",
        "--locales",
        locales.to_str().expect("utf-8"),
        "--content",
        content.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("zero.ftl"), "{}", text(&out));
    assert!(text(&out).contains("pipe.ftl"), "{}", text(&out));
    let _ = std::fs::remove_dir_all(dir);
}

/// F12: links to folders are not followed, so two links to `.` end in a
/// moment rather than 2^40 paths; a link out of the folder is not sealed.
#[test]
fn link_loops_end_and_links_out_of_an_update_are_refused() {
    let dir = common::temp_dir("hostile-links");
    let update = dir.join("update");
    let (locales, content) = update_copy(&update);
    std::os::unix::fs::symlink(".", locales.join("fr/loop-a")).expect("link");
    std::os::unix::fs::symlink(".", locales.join("fr/loop-b")).expect("link");
    let out = run(&["content", "seal", update.to_str().expect("utf-8")]).expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("loop-a"), "{}", text(&out));
    std::fs::remove_file(locales.join("fr/loop-a")).expect("rm");
    std::fs::remove_file(locales.join("fr/loop-b")).expect("rm");

    // A content file that is a link to a file outside the update.
    let outside = dir.join("outside.toml");
    std::fs::copy(content.join("flow.toml"), &outside).expect("copy");
    std::fs::remove_file(content.join("flow.toml")).expect("rm");
    std::os::unix::fs::symlink(&outside, content.join("flow.toml")).expect("link");
    let out = run(&["content", "seal", update.to_str().expect("utf-8")]).expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("leads out of the folder"),
        "{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F24: a manifest entry that names a file outside the update is refused;
/// nothing outside is read, and the update is not used.
#[test]
fn a_manifest_cannot_name_a_file_outside_the_update() {
    let dir = common::temp_dir("hostile-manifest");
    let update = dir.join("update");
    update_copy(&update);
    passerelle::content::update::seal(&update).expect("seal");
    let manifest = update.join("manifest.toml");
    let mut text = std::fs::read_to_string(&manifest).expect("manifest");
    for name in ["../../../../../../etc/passwd", "/dev/zero"] {
        text.push_str(&format!(
            "\n[files.\"{name}\"]\nsize = 1\nsha256 = \"00\"\n"
        ));
    }
    std::fs::write(&manifest, text).expect("write");
    let problems = match passerelle::content::update::verify(&update, None) {
        Ok(_) => panic!("an update naming files outside it was taken"),
        Err(problems) => problems,
    };
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        said.iter()
            .filter(|p| p.contains("leads out of the folder"))
            .count(),
        2,
        "{said:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
