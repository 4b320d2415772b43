//! Hostile files and pipes (the review's F1, F11-F13, F24): no hang, no
//! panic, no file read from outside its folder. Every command is run with a
//! deadline; a command still running at it is a hang, and a failure.

use crate::common;

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

/// Runs `passerelle ARGS`; `None` if it is still running after 60 s (it is
/// then killed). The output is read as it comes, so a long one cannot stall it.
fn run(args: &[&str]) -> Option<Output> {
    let child = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start passerelle");
    let pid = child.id();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(child.wait_with_output());
    });
    match receive.recv_timeout(Duration::from_secs(60)) {
        Ok(output) => Some(output.expect("output")),
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            None
        }
    }
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

/// `passerelle check` of an update's `locales` and `content` folders.
fn check_update(locales: &Path, content: &Path) -> Output {
    run(&[
        "check",
        "--locales",
        locales.to_str().expect("utf-8"),
        "--content",
        content.to_str().expect("utf-8"),
    ])
    .expect("no hang")
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
    let out = check_update(&locales, &content);
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

const FS_HEADER: &str = "\"id_fs\",\"insee_dep\",\"lib_fs\",\"adresse\",\"complement_adresse\",\"insee_com\",\"code_postal\",\"lib_com\",\"latitude\",\"longitude\",\"mail\",\"telephone\",\"h_lundi\",\"h_mardi\",\"h_mercredi\",\"h_jeudi\",\"h_vendredi\",\"h_samedi\",\"prise_rdv\",\"commentaire\",\"type_fs\",\"format_fs\",\"groupe_fs\",\"labellisation_fs\"\n";

/// A France Services CSV of `n` places in Lyon.
fn fs_csv(n: usize) -> String {
    let mut csv = FS_HEADER.to_string();
    for i in 0..n {
        csv.push_str(&format!(
            "\"{i}\",\"69\",\"France services {i}\",\"{i} rue A\",,\"69001\",\"69001\",\"Lyon\",45.76,4.83,,,\"09:00 - 12:00\",\"09:00 - 12:00\",,,,,,,\"Principal\",\"Fixe\",,\"\"\n"
        ));
    }
    csv
}

fn import(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "services",
        "import",
        "--format",
        "france-services",
        input.to_str().expect("utf-8"),
        "--out",
        out.to_str().expect("utf-8"),
    ];
    args.extend_from_slice(extra);
    run(&args).expect("no hang")
}

/// F6-F8, F21: an import that would empty or shrink a good directory, a
/// file cut short, a link, the input itself or a negative radius as the
/// output leaves every file as it was and says why; `--force` writes.
#[test]
fn an_import_never_spoils_a_good_directory() {
    let dir = common::temp_dir("hostile-import");
    let out = dir.join("directory.json");
    let full = dir.join("full.csv");
    std::fs::write(&full, fs_csv(20)).expect("write");
    let notes = dir.join("directory.tmp");
    std::fs::write(&notes, "the operator's notes").expect("write");
    let done = import(&full, &out, &[]);
    assert!(done.status.success(), "{}", text(&done));
    let good = std::fs::read(&out).expect("written");
    let unchanged = || assert_eq!(std::fs::read(&out).expect("still there"), good);

    let header_only = dir.join("header.csv");
    std::fs::write(&header_only, FS_HEADER).expect("write");
    let refused = import(&header_only, &out, &[]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(
        text(&refused).contains("nothing was imported"),
        "{}",
        text(&refused)
    );
    unchanged();

    let small = dir.join("small.csv");
    std::fs::write(&small, fs_csv(5)).expect("write");
    let refused = import(&small, &out, &[]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(
        text(&refused).contains("holds 20 places and this import has 5"),
        "{}",
        text(&refused)
    );
    unchanged();

    // Cut in the middle of the last record.
    let cut = dir.join("cut.csv");
    let whole = fs_csv(20);
    std::fs::write(&cut, &whole[..whole.len() - 30]).expect("write");
    let refused = import(&cut, &out, &[]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(text(&refused).contains("cut short"), "{}", text(&refused));
    unchanged();

    let refused = import(&full, &out, &["--near", "45.76,4.83", "--radius", "-5"]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(
        text(&refused).contains("--radius must be"),
        "{}",
        text(&refused)
    );
    unchanged();

    let refused = import(&full, &full, &[]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(
        text(&refused).contains("the input file itself"),
        "{}",
        text(&refused)
    );
    assert_eq!(std::fs::read_to_string(&full).expect("csv"), fs_csv(20));

    // A link as --out is left a link, and its target untouched.
    let link = dir.join("link.json");
    std::os::unix::fs::symlink(&out, &link).expect("link");
    let refused = import(&small, &link, &["--force"]);
    assert_ne!(refused.status.code(), Some(0));
    assert!(text(&refused).contains("a link"), "{}", text(&refused));
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    unchanged();

    // With --force, the smaller directory is written; the notes beside it stay.
    let forced = import(&small, &out, &["--force"]);
    assert!(forced.status.success(), "{}", text(&forced));
    assert_ne!(std::fs::read(&out).expect("written"), good);
    assert_eq!(
        std::fs::read_to_string(&notes).expect("notes"),
        "the operator's notes"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // F21: coordinates out of range are refused, not printed as NaN km.
    let out_of_range = run(&[
        "--directory",
        out.to_str().expect("utf-8"),
        "services",
        "near",
        "--lat",
        "NaN",
        "--lon",
        "4.83",
    ])
    .expect("no hang");
    assert_ne!(out_of_range.status.code(), Some(0));
    assert!(
        !text(&out_of_range).contains("NaN km"),
        "{}",
        text(&out_of_range)
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F22: a CSV without a day's column does not mark every place closed that
/// day: the hours are left out, and the report says why once.
#[test]
fn a_csv_without_a_days_column_leaves_the_hours_out() {
    let without_monday = fs_csv(3)
        .lines()
        .map(|line| {
            let mut fields: Vec<&str> = line.split(',').collect();
            fields.remove(12);
            fields.join(",")
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n";
    assert!(!without_monday.contains("h_lundi"));
    let (places, report) = passerelle::places::import::import_text(
        passerelle::places::import::Format::FranceServices,
        &without_monday,
        &passerelle::places::import::Options::default(),
    )
    .expect("import");
    assert_eq!(places.len(), 3);
    assert!(places.iter().all(|p| p.opening_hours.is_none()));
    assert!(
        report
            .warnings
            .iter()
            .any(|(_, why)| why.contains("no column h_lundi")),
        "{:?}",
        report.warnings
    );
}

/// F6: a screenshot never replaces a link or a device given as --out.
#[test]
fn a_screenshot_does_not_replace_a_link() {
    let dir = common::temp_dir("hostile-shot");
    let target = dir.join("target.png");
    std::fs::write(&target, "not yet a picture").expect("write");
    let link = dir.join("link.png");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let out = run(&[
        "screenshot",
        "--screen",
        "home",
        "--out",
        link.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert_ne!(out.status.code(), Some(0));
    assert!(text(&out).contains("a link"), "{}", text(&out));
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("link")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_to_string(&target).expect("target"),
        "not yet a picture"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F22: a second place with the same id is left out (the kiosk listed it
/// twice), control characters other than a line break and bidi overrides leave the names, a range that ends before it
/// starts is refused rather than read as open overnight, and a DILA record
/// of the wrong JSON type is rejected, not counted as another kind of office.
#[test]
fn importers_refuse_duplicates_control_characters_backward_hours_and_wrong_types() {
    use passerelle::places::import::{Format, Options, import_text};
    let mut csv = fs_csv(3);
    // Place 1 again, under another name: the first one is kept.
    csv.push_str(
        "\"1\",\"69\",\"Doublon\",\"9 rue B\",,\"69001\",\"69001\",\"Lyon\",45.76,4.83,,,,,,,,,,,\"Principal\",\"Fixe\",,\"\"\n",
    );
    // NUL, ESC, a right-to-left override (the name would read backwards on
    // screen) and a line break in a name; a Monday from noon to 9 o'clock.
    csv.push_str(
        "\"9\",\"69\",\"France\u{0}services\u{1b}[31m\u{202e}droN\u{202c}\nNord\",\"1 rue C\",,\"69001\",\"69001\",\"Lyon\",45.76,4.83,,,\"12:00 - 09:00\",\"09:00 - 12:00\",,,,,,,\"Principal\",\"Fixe\",,\"\"\n",
    );
    let (places, report) =
        import_text(Format::FranceServices, &csv, &Options::default()).expect("import");
    let ids: Vec<&str> = places.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["fs-0", "fs-1", "fs-2", "fs-9"]);
    assert_eq!(places[1].name, "France services 1");
    assert!(
        report.rejected.iter().any(|(at, why)| at == "line 5"
            && why.contains("the id 'fs-1' was already imported (line 3)")),
        "{:?}",
        report.rejected
    );
    let nord = &places[3];
    assert_eq!(nord.name, "Franceservices[31mdroN\nNord");
    assert!(!nord.name.chars().any(|c| c.is_control() && c != '\n'));
    assert_eq!(nord.opening_hours, None, "backward hours left out");
    let said: Vec<&String> = report
        .warnings
        .iter()
        .filter(|(at, _)| at == "line 6")
        .map(|(_, why)| why)
        .collect();
    assert!(
        said.iter()
            .any(|w| w.contains("control characters") && w.contains("name")),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|w| w.contains("h_lundi: '12:00 - 09:00' ends before it starts")),
        "{said:?}"
    );

    // DILA: a record that is a string, a number or a list is rejected by name.
    let dila = r#"{"service": ["oops", 12, [1, 2]]}"#;
    let (places, report) = import_text(Format::Dila, dila, &Options::default()).expect("import");
    assert!(places.is_empty());
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let why: Vec<&str> = report.rejected.iter().map(|(_, w)| w.as_str()).collect();
    assert_eq!(
        why,
        [
            "not a record (a JSON object) but a string",
            "not a record (a JSON object) but a number",
            "not a record (a JSON object) but a list"
        ]
    );
}

/// F22: `--source-date` goes into every place's attribution: a real date only.
#[test]
fn import_refuses_a_source_date_that_is_not_a_date() {
    let dir = common::temp_dir("hostile-source-date");
    let input = dir.join("fs.csv");
    std::fs::write(&input, fs_csv(2)).expect("write");
    let out = dir.join("directory.json");
    for bad in ["not a date", "2024-02-30", "2024-8-1"] {
        let run = import(&input, &out, &["--source-date", bad]);
        assert_eq!(run.status.code(), Some(2), "{bad}: {}", text(&run));
        assert!(
            text(&run).contains("--source-date must be a date written YYYY-MM-DD"),
            "{bad}: {}",
            text(&run)
        );
        assert!(!out.exists(), "{bad}: nothing written");
    }
    let run = import(&input, &out, &["--source-date", "2024-08-01"]);
    assert!(run.status.success(), "{}", text(&run));
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .contains("2024-08-01")
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F24: `content seal` refuses a folder that fails the checks every kiosk
/// makes (here a flow whose answer leads to a question that does not exist),
/// and writes no manifest.
#[test]
fn content_seal_refuses_an_update_that_fails_the_checks_or_a_name_not_utf8() {
    let dir = common::temp_dir("hostile-seal-check");
    let update = dir.join("update");
    let (_, content) = update_copy(&update);
    let flow = content.join("flow.toml");
    let text_of_flow = std::fs::read_to_string(&flow).expect("flow");
    std::fs::write(
        &flow,
        text_of_flow.replacen("next = \"rsa\" }", "next = \"nowhere\" }", 1),
    )
    .expect("write");
    let out = run(&["content", "seal", update.to_str().expect("utf-8")]).expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("not sealed: it does not pass the checks every kiosk makes"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("nowhere"), "{}", text(&out));
    assert!(!update.join("manifest.toml").exists());
    // Put right, it is sealed.
    std::fs::write(&flow, text_of_flow).expect("write");
    // F28: a file whose name is not UTF-8 (Latin-1 "été") is named as such,
    // not as "missing".
    let latin1 = {
        use std::os::unix::ffi::OsStrExt;
        content.join(std::ffi::OsStr::from_bytes(b"notes-\xe9t\xe9.txt"))
    };
    std::fs::write(&latin1, "x").expect("write");
    let out = run(&["content", "seal", update.to_str().expect("utf-8")]).expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("its name is not UTF-8 text: rename it"),
        "{}",
        text(&out)
    );
    std::fs::remove_file(&latin1).expect("rm");
    // A folder that is not there is said to be missing.
    let nowhere = dir.join("nowhere");
    let out = run(&["content", "seal", nowhere.to_str().expect("utf-8")]).expect("no hang");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("{}: does not exist", nowhere.display())),
        "{}",
        text(&out)
    );
    let out = run(&["content", "seal", update.to_str().expect("utf-8")]).expect("no hang");
    assert!(out.status.success(), "{}", text(&out));
    assert!(update.join("manifest.toml").exists());
    let _ = std::fs::remove_dir_all(dir);
}

/// F26: the place screen of a directory without places is refused with
/// why, not drawn empty with exit 0.
#[test]
fn the_place_screen_of_an_empty_directory_is_refused() {
    let dir = common::temp_dir("hostile-empty-directory");
    let empty = dir.join("directory.json");
    std::fs::write(&empty, "{\"places\":[]}").expect("write");
    let png = dir.join("place.png");
    let out = run(&[
        "--directory",
        empty.to_str().expect("utf-8"),
        "screenshot",
        "--screen",
        "place",
        "--out",
        png.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        text(&out).contains("the directory has no places"),
        "{}",
        text(&out)
    );
    assert!(!png.exists());
    let _ = std::fs::remove_dir_all(dir);
}

/// F20: a screen larger than a screenshot may be (a 7680x4320 wall) is
/// drawn at half its size, not refused.
#[test]
fn a_screenshot_of_a_configured_wall_screen_is_drawn_halved() {
    let dir = common::temp_dir("hostile-wall-screen");
    let config = dir.join("config.toml");
    std::fs::write(&config, "[screen]\nwidth = 7680\nheight = 4320\n").expect("write");
    let png = dir.join("home.png");
    let out = run(&[
        "--config",
        config.to_str().expect("utf-8"),
        "screenshot",
        "--screen",
        "home",
        "--out",
        png.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert!(out.status.success(), "{}", text(&out));
    let bytes = std::fs::read(&png).expect("png");
    // The PNG header's width and height (big-endian, bytes 16..24).
    let side = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    assert_eq!((side(16), side(20)), (3840, 2160));
    let _ = std::fs::remove_dir_all(dir);
}

/// A place hours away on foot shows its distance alone, not "5 213 min
/// walk"; a near one shows the walking time, its number kept with its unit.
#[test]
fn a_far_place_shows_no_walking_time() {
    let dir = common::temp_dir("far-walk");
    let directory = common::project_dir("tests/fixtures/directory.json");
    let distances = |location: &str| -> Vec<String> {
        let texts = dir.join("texts.json");
        let out = run(&[
            "--directory",
            directory.to_str().expect("utf-8"),
            "--location",
            location,
            "screenshot",
            "--screen",
            "nearby",
            "--out",
            dir.join("nearby.png").to_str().expect("utf-8"),
            "--texts",
            texts.to_str().expect("utf-8"),
        ])
        .expect("no hang");
        assert!(out.status.success(), "{}", text(&out));
        std::fs::read_to_string(&texts)
            .expect("texts")
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("json")["text"]
                    .as_str()
                    .expect("text")
                    .to_string()
            })
            .filter(|t| t.contains("km"))
            .collect()
    };
    // Paris, 390 km from the Lyon places.
    let far = distances("48.85,2.35");
    assert!(!far.is_empty());
    assert!(far.iter().all(|t| !t.contains("min")), "{far:?}");
    assert!(far.iter().any(|t| t.contains("\u{a0}km")), "{far:?}");
    // In Lyon.
    let near = distances("45.764,4.8357");
    assert!(
        near.iter().any(|t| t.contains("\u{a0}min à pied")),
        "{near:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F28, F22: a directory's problems name the place by its number and, in a
/// file of several lines, its line; a second place with the same id is left
/// out (the kiosk listed it twice).
#[test]
fn directory_problems_name_the_place_and_its_line() {
    let dir = common::temp_dir("directory-lines");
    let path = dir.join("directory.json");
    let place = |id: &str, kind: &str| {
        format!(
            "    {{\n      \"id\": \"{id}\",\n      \"name\": \"Lieu {id}\",\n      \"kinds\": [\"{kind}\"],\n      \"address\": \"1 rue A\",\n      \"postcode\": \"69001\",\n      \"town\": \"Lyon\",\n      \"lat\": 45.76,\n      \"lon\": 4.83,\n      \"source\": \"test\",\n      \"source_date\": \"2026-11-01\"\n    }}"
        )
    };
    let text = format!(
        "{{\n  \"places\": [\n{},\n{},\n{}\n  ]\n}}\n",
        place("a", "ccas"),
        place("bad", "prison"),
        place("a", "ccas")
    );
    std::fs::write(&path, &text).expect("write");
    let (directory, problems) =
        passerelle::places::directory::Directory::load(&path).expect("loads");
    assert_eq!(directory.entries.len(), 1);
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let file = path.display().to_string();
    assert_eq!(said.len(), 2, "{said:?}");
    // Each place takes 12 lines, after the 2 opening ones; its id is on
    // its second line: place 2's on line 2 + 12 + 2.
    assert!(
        said[0].starts_with(&format!(
            "{file}:16: place 2 ('bad'): unknown kind 'prison'"
        )),
        "{said:?}"
    );
    assert!(
        said[1].starts_with(&format!("{file}:28: place 3 ('a'): its id is already used")),
        "{said:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F28: messages that name what is wrong. A negative --limit is called an
/// invalid value (not an "unexpected argument"), a 309-digit latitude is
/// echoed cut short, `screenshot --all --out FILE` says it needs a folder,
/// and an update folder without its seal is named once, as itself.
#[test]
fn messages_name_what_is_wrong() {
    let dir = common::temp_dir("hostile-messages");
    let directory = common::project_dir("tests/fixtures/directory.json");
    let directory = directory.to_str().expect("utf-8");
    let out = run(&[
        "--directory",
        directory,
        "services",
        "near",
        "--lat",
        "45.7",
        "--lon",
        "4.8",
        "--limit",
        "-1",
    ])
    .expect("no hang");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out).contains("invalid value '-1' for '--limit"),
        "{}",
        text(&out)
    );

    let out = run(&[
        "--directory",
        directory,
        "services",
        "near",
        "--lat",
        "1e308",
        "--lon",
        "4.8",
    ])
    .expect("no hang");
    assert_ne!(out.status.code(), Some(0));
    assert!(text(&out).contains("…' is not LAT,LON"), "{}", text(&out));
    assert!(text(&out).len() < 200, "{}", text(&out));

    let file = dir.join("a-file");
    std::fs::write(&file, "x").expect("write");
    let out = run(&[
        "screenshot",
        "--all",
        "--out",
        file.to_str().expect("utf-8"),
    ])
    .expect("no hang");
    assert_ne!(out.status.code(), Some(0));
    assert!(
        text(&out).contains("--all writes a folder of pictures"),
        "{}",
        text(&out)
    );

    let update = dir.join("update");
    update_copy(&update);
    let config = dir.join("config.toml");
    std::fs::write(&config, format!("content = \"{}\"\n", update.display())).expect("write");
    let out = run(&["check", "--config", config.to_str().expect("utf-8")]).expect("no hang");
    assert_ne!(out.status.code(), Some(0));
    let said = text(&out);
    assert!(
        said.contains(&format!(
            "{}: cannot read the seal",
            update.join("manifest.toml").display()
        )),
        "{said}"
    );
    assert!(!said.contains("locales/manifest.toml"), "{said}");
    let _ = std::fs::remove_dir_all(dir);
}

/// F26, F22: hours naming a day no year has (`Apr 31`, read as open on
/// other days by the hours library) are left out with why, and a CSV with
/// a column given twice is refused rather than read from the first one.
#[test]
fn impossible_days_and_twice_given_columns_are_refused() {
    use passerelle::places::directory::impossible_date;
    assert_eq!(
        impossible_date("Apr 31 10:00-11:00").as_deref(),
        Some("Apr 31")
    );
    assert_eq!(impossible_date("Feb 30"), Some("Feb 30".to_string()));
    assert_eq!(
        impossible_date("Jan 00 09:00-10:00").as_deref(),
        Some("Jan 00")
    );
    for fine in [
        "Feb 29 09:00-12:00",
        "Mo-Fr 09:00-12:00; Dec 25 off",
        "Apr 30-May 02 09:00-10:00",
        "24/7",
    ] {
        assert_eq!(impossible_date(fine), None, "{fine}");
    }
    let dir = common::temp_dir("impossible-days");
    let path = dir.join("directory.json");
    std::fs::write(
        &path,
        format!(
            "{{\"places\":[{}]}}",
            common::place_json("a", "ccas", "\"opening_hours\":\"Apr 31 10:00-11:00\",")
        ),
    )
    .expect("write");
    let (directory, problems) =
        passerelle::places::directory::Directory::load(&path).expect("loads");
    assert!(directory.entries.is_empty());
    assert!(
        problems[0]
            .to_string()
            .contains("name a day that does not exist (Apr 31)"),
        "{problems:?}"
    );

    let twice = FS_HEADER.replacen("\"latitude\"", "\"latitude\",\"latitude\"", 1);
    let err = passerelle::places::import::import_text(
        passerelle::places::import::Format::FranceServices,
        &twice,
        &passerelle::places::import::Options::default(),
    )
    .expect_err("refused");
    assert!(
        err.to_string().contains("the column 'latitude' twice"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// A directory imported before the France Services blank (`00:00 - 00:00`)
/// was understood holds `We 00:00-00:00,09:00-12:00`, which the hours
/// library reads as open all day: the blank is dropped at load, and said.
#[test]
fn an_older_directory_with_the_blank_range_is_read_as_closed_then() {
    let dir = common::temp_dir("blank-ranges");
    let path = dir.join("directory.json");
    let place = |id: &str, hours: &str| {
        common::place_json(id, "ccas", &format!("\"opening_hours\":\"{hours}\","))
    };
    std::fs::write(
        &path,
        format!(
            "{{\"places\":[{},{},{}]}}",
            place("a", "Mo 09:00-12:00; We 00:00-00:00,09:00-12:00"),
            place("b", "Fr 00:00-00:00"),
            place("c", "24/7")
        ),
    )
    .expect("write");
    let (directory, problems) =
        passerelle::places::directory::Directory::load(&path).expect("loads");
    let hours: Vec<Option<&str>> = directory
        .entries
        .iter()
        .map(|e| e.place.opening_hours.as_deref())
        .collect();
    assert_eq!(
        hours,
        [Some("Mo 09:00-12:00; We 09:00-12:00"), None, Some("24/7")]
    );
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].to_string().contains("import the file again"));
    // Wednesday 03:00: closed (it read as open until Thursday 00:00).
    let out = run(&[
        "--directory",
        path.to_str().expect("utf-8"),
        "services",
        "near",
        "--lat",
        "45.76",
        "--lon",
        "4.83",
        "--at",
        "2026-12-09T03:00",
    ])
    .expect("no hang");
    assert!(out.status.success(), "{}", text(&out));
    let a = String::from_utf8_lossy(&out.stdout)
        .lines()
        .find(|l| l.contains("  a  "))
        .map(str::to_string)
        .expect("place a");
    assert!(a.contains("closed, opens Wed 09:00"), "{a}");
    let _ = std::fs::remove_dir_all(dir);
}

/// F14: the DILA and France Services files are read as they come, a record
/// at a time. Whatever the shape of the file (a list, a "service" or
/// "results" key after others, a byte-order mark), the same places come out;
/// a key that is not a list, a file cut short or one in Latin-1 is refused
/// with a reason.
#[test]
fn large_imports_are_read_as_they_come_whatever_the_shape() {
    use passerelle::places::import::{Format, Options, import_file};
    let dir = std::env::temp_dir().join(format!("passerelle-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let record = |i: usize| {
        format!(
            r#"{{"id":"r{i}","nom":"Mairie {i}","pivot":[{{"type_service_local":"mairie"}}],"adresse":[{{"type_adresse":"Adresse","numero_voie":"{i} rue","code_postal":"69001","nom_commune":"Lyon","longitude":"4.85","latitude":"45.7{i}"}}]}}"#
        )
    };
    let list = (0..5000).map(record).collect::<Vec<_>>().join(",");
    let shapes = [
        format!("[{list}]"),
        format!(r#"{{"other":{{"service":[1]}},"total":5000,"service":[{list}],"after":[]}}"#),
        format!(r#"{{"results":[{list}]}}"#),
        format!("\u{feff}{{\"service\":[{list}]}}"),
    ];
    for (n, shape) in shapes.iter().enumerate() {
        let file = dir.join(format!("shape-{n}.json"));
        std::fs::write(&file, shape).expect("write");
        let (places, report) =
            import_file(Format::Dila, &file, &Options::default()).expect("import");
        assert_eq!((places.len(), report.read), (5000, 5000), "shape {n}");
        assert_eq!(places[4999].name, "Mairie 4999", "shape {n}");
    }
    let refused = [
        (r#"{"service":"none"}"#.to_string(), "no 'service'"),
        (format!(r#"{{"service":[{list}"#), "not valid JSON"),
        ("42".to_string(), "not a DILA file"),
    ];
    for (text, why) in refused {
        let file = dir.join("refused.json");
        std::fs::write(&file, &text).expect("write");
        let error = import_file(Format::Dila, &file, &Options::default())
            .expect_err("refused")
            .to_string();
        assert!(
            error.contains(why) && error.contains("refused.json"),
            "{error}"
        );
    }
    // A France Services file in Latin-1 is refused whole, with its line.
    let mut latin1 = fs_csv(3).into_bytes();
    let at = latin1.len() - 60;
    latin1[at] = 0xe9;
    let file = dir.join("latin1.csv");
    std::fs::write(&file, &latin1).expect("write");
    let error = import_file(Format::FranceServices, &file, &Options::default())
        .expect_err("refused")
        .to_string();
    assert!(error.contains("line 4 is not UTF-8"), "{error}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// F22: a data·inclusion structure whose networks are written as a string
/// instead of a list keeps its kind (it was imported as an "association").
#[test]
fn a_data_inclusion_network_written_as_a_string_keeps_its_kind() {
    use passerelle::places::import::{Format, Options, import_text};
    let text = r#"[{"id":"s1","nom":"PIMMS Lyon","latitude":45.75,"longitude":4.85,
        "reseaux_porteurs":"pimms-mediation"},
        {"id":"s2","nom":"Deux","latitude":45.75,"longitude":4.85,
        "reseaux_porteurs":"ccas-cias, caf"},
        {"id":"s3","nom":"Autre","latitude":45.75,"longitude":4.85,"reseaux_porteurs":7}]"#;
    let (places, _) =
        import_text(Format::DataInclusion, text, &Options::default()).expect("import");
    let kinds: Vec<Vec<String>> = places.iter().map(|p| p.kinds.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            vec!["pimms".to_string()],
            vec!["ccas".to_string(), "caf".to_string()],
            vec!["association".to_string()],
        ]
    );
}

/// F3: a 1 GB translation file (made sparse here: it takes no disk) is
/// refused by its size, named, before a byte of it is read; `check` once
/// read it whole, copied it, and aborted out of memory.
#[test]
fn a_giant_translation_file_is_refused_by_its_size() {
    let dir = std::env::temp_dir().join(format!("passerelle-giant-ftl-{}", std::process::id()));
    let (locales, content) = update_copy(&dir);
    let giant = std::fs::OpenOptions::new()
        .append(true)
        .open(locales.join("en/passerelle.ftl"))
        .expect("open");
    giant.set_len(1 << 30).expect("a sparse 1 GB file");
    let out = check_update(&locales, &content);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("passerelle.ftl") && text(&out).contains("1073741824 bytes"),
        "{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F28: what `check` says of a broken translation folder names the folder
/// under test and the line, says how to mend a Latin-1 file, and says a
/// missing or unreadable file once instead of through every message it
/// holds (hundreds, even thousands, of lines once).
#[test]
fn check_names_the_folder_under_test_and_counts_follow_on_errors() {
    let dir = common::temp_dir("hostile-check-words");
    let error_lines = |out: &Output| -> Vec<String> {
        text(out)
            .lines()
            .filter(|l| l.starts_with("error: "))
            .map(str::to_string)
            .collect()
    };

    // French as Latin-1 (é is 0xE9): the whole file is unreadable.
    let (locales, content) = update_copy(&dir.join("latin1"));
    let guide = locales.join("fr/guide.ftl");
    let latin1: Vec<u8> = std::fs::read_to_string(&guide)
        .expect("read")
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    std::fs::write(&guide, latin1).expect("write");
    // A language listed twice and a code that is none, in languages.toml.
    let languages = locales.join("languages.toml");
    let listed = std::fs::read_to_string(&languages).expect("read");
    let line_of = |code: &str| {
        1 + listed
            .lines()
            .position(|l| l == format!("code = \"{code}\""))
            .expect("listed")
    };
    let (en, ar) = (line_of("en"), line_of("ar"));
    let listed = listed
        .replacen("code = \"en\"", "code = \"fr\"", 1)
        .replacen("code = \"ar\"", "code = \"a r!\"", 1);
    std::fs::write(&languages, listed).expect("write");
    let out = check_update(&locales, &content);
    assert_eq!(out.status.code(), Some(1));
    let said = error_lines(&out);
    let languages = languages.display().to_string();
    assert_eq!(
        said,
        [
            format!("error: {languages}:{en}:1: language 'fr' is listed twice"),
            format!("error: {languages}:{ar}:1: 'a r!' is not a BCP 47 language code"),
            format!(
                "error: {}: line 7 is not UTF-8 text (Latin-1 or UTF-16?): save the file as UTF-8",
                guide.display()
            ),
            format!(
                "error: {}: the other languages and the content are checked against the source language once its files are all there and read",
                locales.join("fr/").display()
            ),
        ]
    );

    // One file missing from a language: said once.
    let (locales, content) = update_copy(&dir.join("no-file"));
    std::fs::remove_file(locales.join("ru/nearby.ftl")).expect("rm");
    let out = check_update(&locales, &content);
    assert_eq!(
        error_lines(&out),
        [format!(
            "error: {}: missing: fr has this file",
            locales.join("ru/nearby.ftl").display()
        )]
    );

    // The outcomes' titles taken out of French: named in the folder under
    // test (once the embedded folder), three listed and the rest counted.
    let (locales, content) = update_copy(&dir.join("no-titles"));
    let guide = locales.join("fr/guide.ftl");
    let kept: String = std::fs::read_to_string(&guide)
        .expect("read")
        .lines()
        .filter(|l| !(l.starts_with("outcome-") && l.contains("-title =")))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&guide, kept).expect("write");
    let out = check_update(&locales, &content);
    let said = error_lines(&out);
    let folder = locales.join("fr/").display().to_string();
    let titles: Vec<&String> = said
        .iter()
        .filter(|l| l.starts_with(&format!("error: {folder}: message 'outcome-")))
        .collect();
    assert_eq!(titles.len(), 3, "{said:#?}");
    assert!(
        said.contains(&format!(
            "error: {folder}: 13 more like the line above (not shown)"
        )),
        "{said:#?}"
    );
    assert!(said.len() < 80, "{said:#?}");
    let _ = std::fs::remove_dir_all(dir);
}

/// F28: a DILA file saved as Latin-1 or UTF-16 is refused with its line and
/// how to mend it (the JSON reader spoke of a code point at a column).
#[test]
fn a_dila_file_in_another_encoding_is_named_with_the_fix() {
    let dir = common::temp_dir("hostile-dila-encoding");
    let latin1 = dir.join("latin1.json");
    std::fs::write(
        &latin1,
        b"{\"service\": [\n{\"id\": \"a\", \"nom\": \"Mairie de Cr\xe9teil\"}]}",
    )
    .expect("write");
    let utf16 = dir.join("utf16.json");
    let mut bytes = vec![0xff, 0xfe];
    for unit in "{\"service\": []}".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(&utf16, bytes).expect("write");
    let out_file = dir.join("directory.json");
    for (input, says) in [
        (
            &latin1,
            "line 2 is not UTF-8 text (Latin-1?): save the file as UTF-8",
        ),
        (
            &utf16,
            "line 1 is not UTF-8 text (UTF-16?): save the file as UTF-8",
        ),
    ] {
        let out = run(&[
            "services",
            "import",
            "--format",
            "dila",
            input.to_str().expect("utf-8"),
            "--out",
            out_file.to_str().expect("utf-8"),
        ])
        .expect("no hang");
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out).contains(&format!("{}: {says}", input.display())),
            "{}",
            text(&out)
        );
        assert!(!out_file.exists());
    }
    let _ = std::fs::remove_dir_all(dir);
}
