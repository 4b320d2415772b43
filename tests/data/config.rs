//! The operator's configuration: every key checked, errors naming the line,
//! and `passerelle check --config` validating it with the files it points to.

use crate::common;

use passerelle::content::i18n::Catalog;
use passerelle::content::rules::Zone;
use passerelle::ops::config::Config;

const GOOD: &str = r#"organisation = "Mairie de Testville"

[location]
latitude = 45.764
longitude = 4.8357
town = "Lyon"
zone = "metropole"

[languages]
offered = ["fr", "ar", "prs", "ps", "ti", "ru", "uk", "en"]
default = "fr"

[session]
idle-seconds = 120
countdown-seconds = 30

[screen]
width = 800
height = 480
rotation = 90
"#;

/// Reads `text` and checks its languages against the embedded catalog, as
/// the kiosk does once its content is loaded.
fn parse(text: &str) -> Result<Config, Vec<String>> {
    let mut config = Config::parse(text, "config.toml", None)
        .map_err(|p| p.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let problems = config.check_languages(&Catalog::embedded());
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems.iter().map(ToString::to_string).collect())
    }
}

#[test]
fn a_good_config_is_read_whole() {
    let config = parse(GOOD).expect("valid");
    assert_eq!(config.organisation.as_deref(), Some("Mairie de Testville"));
    assert_eq!(config.location, Some((45.764, 4.8357)));
    assert_eq!(config.zone, Zone::Metropole);
    assert_eq!(config.languages.len(), 8);
    assert_eq!(config.default_language.as_deref(), Some("fr"));
    assert_eq!((config.idle_seconds, config.countdown_seconds), (120, 30));
    assert_eq!(config.screen_size, Some((800, 480)));
    // Mounted on its side: the layout is portrait.
    assert_eq!(config.layout_size(), Some((480, 800)));
    assert_eq!(parse("").expect("empty is fine"), Config::default());
}

#[test]
fn bad_keys_and_values_are_errors_naming_the_line() {
    let errors =
        parse(&GOOD.replace("idle-seconds = 120", "idle-second = 120")).expect_err("unknown key");
    assert!(
        errors[0].starts_with("config.toml:14:1: unknown field `idle-second`"),
        "{errors:?}"
    );
    let errors = parse(&GOOD.replace("countdown-seconds = 30", "countdown-seconds = 5"))
        .expect_err("short countdown");
    assert_eq!(
        errors,
        ["config.toml:15:1: countdown-seconds must be at least 20: a visitor needs time to answer"]
    );
    let errors = parse(&GOOD.replace(
        "latitude = 45.764\nlongitude = 4.8357",
        "latitude = 4.8357\nlongitude = 45.764",
    ))
    .expect_err("swapped");
    assert!(
        errors[0].starts_with("config.toml:4:1: the location 4.8357, 45.764 is not in France"),
        "{errors:?}"
    );
    let errors =
        parse(&GOOD.replace("default = \"fr\"", "default = \"de\"")).expect_err("unknown language");
    assert_eq!(
        errors,
        ["config.toml:11:1: language 'de' is not one the kiosk has: the default is French"]
    );
    // F19: an offered language the content lacks is left out, the others
    // kept (they were all dropped, and every language offered).
    let mut config = Config::parse(
        &GOOD.replace(
            "offered = [\"fr\", \"ar\",",
            "offered = [\"fr\", \"xx\", \"ar\",",
        ),
        "config.toml",
        None,
    )
    .expect("parses");
    let problems = config.check_languages(&Catalog::embedded());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0]
            .to_string()
            .ends_with("language 'xx' is not one the kiosk has: it is not offered"),
        "{problems:?}"
    );
    assert_eq!(config.languages.len(), 8);
    assert_eq!(config.default_language.as_deref(), Some("fr"));
    let errors = parse(&GOOD.replace("zone = \"metropole\"", "zone = \"moon\"")).expect_err("zone");
    assert!(
        errors[0].starts_with("config.toml:7:1: zone: 'moon' is not one of"),
        "{errors:?}"
    );
    let errors =
        parse(&GOOD.replace("idle-seconds = 120", "idle-seconds = \"soon\"")).expect_err("type");
    assert!(errors[0].starts_with("config.toml:14:"), "{errors:?}");
}

#[test]
fn bad_screen_settings_are_errors_naming_the_line() {
    let errors = parse(&GOOD.replace("rotation = 90", "rotation = 45")).expect_err("rotation");
    assert_eq!(
        errors,
        ["config.toml:20:1: rotation must be 0, 90, 180 or 270 (degrees clockwise), not 45"]
    );
    let errors = parse(&GOOD.replace("width = 800", "width = 80")).expect_err("width");
    assert_eq!(
        errors,
        ["config.toml:18:1: width must be between 240 and 7680 pixels, not 80"]
    );
    let errors = parse(&GOOD.replace("height = 480\n", "")).expect_err("height missing");
    assert_eq!(
        errors,
        ["config.toml:18:1: give the screen's width and height together"]
    );
    // The awake hours are OpenStreetMap hours, like the places'.
    let good = parse(&GOOD.replace(
        "rotation = 90",
        "rotation = 90\nawake = \"Mo-Fr 08:00-19:00\"",
    ))
    .expect("awake hours");
    assert_eq!(good.awake.as_deref(), Some("Mo-Fr 08:00-19:00"));
    let errors = parse(&GOOD.replace("rotation = 90", "rotation = 90\nawake = \"office hours\""))
        .expect_err("awake");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "config.toml:21:1: awake 'office hours' is not OpenStreetMap opening hours"
        ),
        "{errors:?}"
    );
}

#[test]
fn screenshots_take_the_configured_screen_size_and_rotation() {
    let dir = common::temp_dir("config-screen");
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        "[screen]\nwidth = 800\nheight = 480\nrotation = 270\n",
    )
    .expect("write");
    let png = dir.join("home.png");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .arg("--config")
        .arg(&config)
        .args(["screenshot", "--screen", "home", "--out"])
        .arg(&png)
        .output()
        .expect("screenshot");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png).expect("open"),
    ));
    let info = decoder.read_info().expect("png");
    assert_eq!((info.info().width, info.info().height), (480, 800));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn check_config_validates_the_file_and_the_directory_it_points_to() {
    let dir = common::temp_dir("config-check");
    let good = dir.join("good.toml");
    std::fs::copy(
        common::project_dir("tests/fixtures/directory.json"),
        dir.join("directory.json"),
    )
    .expect("copy");
    std::fs::write(
        &good,
        GOOD.replace(
            "organisation",
            "directory = \"directory.json\"\norganisation",
        ),
    )
    .expect("write");
    let bin = env!("CARGO_BIN_EXE_passerelle");
    let out = std::process::Command::new(bin)
        .args(["check", "--config"])
        .arg(&good)
        .output()
        .expect("check");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let bad = dir.join("bad.toml");
    std::fs::write(
        &bad,
        GOOD.replace("organisation", "directory = \"missing.json\"\norganisation"),
    )
    .expect("write");
    let out = std::process::Command::new(bin)
        .args(["check", "--config"])
        .arg(&bad)
        .output()
        .expect("check");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("bad.toml:1:1: the directory file")
            && text.contains("missing.json does not exist"),
        "{text}"
    );

    // The kiosk's commands honour --config: a screenshot with a broken config still renders.
    let png = dir.join("home.png");
    let out = std::process::Command::new(bin)
        .args(["--config"])
        .arg(&bad)
        .args(["screenshot", "--screen", "home", "--out"])
        .arg(&png)
        .output()
        .expect("screenshot");
    assert!(out.status.success());
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        log.contains("missing.json does not exist (this setting is left out"),
        "{log}"
    );
    assert!(png.is_file());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_operator_screen_flags_stale_content() {
    let kiosk = passerelle::kiosk::state::Kiosk::embedded();
    let today = jiff::civil::date(2026, 11, 27);
    let lines = passerelle::kiosk::operator::lines(&kiosk, &today);
    let ceilings = lines
        .iter()
        .find(|(t, _)| t.starts_with("Plafonds"))
        .expect("ceilings line");
    assert!(
        ceilings.1,
        "the ceilings' last period ended on 31/03/2026: {ceilings:?}"
    );
    let in_period = jiff::civil::date(2025, 6, 1);
    let lines = passerelle::kiosk::operator::lines(&kiosk, &in_period);
    assert!(
        !lines
            .iter()
            .find(|(t, _)| t.starts_with("Plafonds"))
            .expect("line")
            .1
    );
    let later = jiff::civil::date(2028, 1, 1);
    let guides = passerelle::kiosk::operator::lines(&kiosk, &later)
        .into_iter()
        .find(|(t, _)| t.starts_with("Guides"))
        .expect("guides");
    assert!(guides.1, "guides verified over 12 months ago are flagged");
    assert!(
        passerelle::kiosk::operator::lines(&kiosk, &today)
            .iter()
            .any(|(t, w)| t.starts_with("Traductions non relues") && *w)
    );
}

#[test]
fn a_bad_operator_pin_is_refused() {
    let errors = parse(&GOOD.replace("organisation", "operator-pin = \"12a4\"\norganisation"))
        .expect_err("pin");
    assert_eq!(
        errors,
        ["config.toml:1:1: operator-pin must be 4 to 12 digits"]
    );
}

#[test]
fn advise_and_services_near_answer_as_the_configured_kiosk() {
    let dir = common::temp_dir("config-commands");
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "directory = \"{}\"\n\n[location]\nlatitude = -20.882\nlongitude = 55.45\nzone = \"overseas\"\n",
            common::project_dir("tests/fixtures/directory.json").display()
        ),
    )
    .expect("write");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .arg("--config")
            .arg(&config)
            .args(args)
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The configured zone: overseas ceilings (computed from the metropolitan ones).
    let advice = run(&[
        "advise",
        "--answer",
        "has_puma=yes",
        "--answer",
        "rsa=no",
        "--answer",
        "household=1",
        "--answer",
        "income=9000",
        "--answer",
        "date=2025-06-01",
        "--json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&advice).expect("json");
    assert_eq!(value["ceiling"]["zone"], "overseas", "{advice}");
    assert_eq!(value["ceiling"]["computed"], true, "{advice}");
    // The configured directory and location: no --directory, --lat or --lon.
    let near = run(&["services", "near", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&near).expect("json");
    let first = &value.as_array().expect("places")[0];
    // Measured from the configured location, in La Réunion.
    assert_eq!(first["id"], "t-pimms", "{near}");
    let km = first["distance_km"].as_f64().expect("distance");
    assert!((8900.0..9100.0).contains(&km), "{near}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn errors_name_the_true_line_and_column_of_indented_inline_and_nested_keys() {
    // An indented key in a table.
    let errors = parse("[session]\n    idle-seconds = 5\n").expect_err("too short");
    assert_eq!(
        errors,
        ["config.toml:2:5: idle-seconds must be at least 10"]
    );
    // A key of an inline table.
    let errors = parse("location = { latitude = 45.764, longitude = 4.8357, zone = \"moon\" }\n")
        .expect_err("zone");
    assert!(
        errors[0].starts_with("config.toml:1:53: zone: 'moon' is not one of"),
        "{errors:?}"
    );
    // A nested table, written with its dotted header and indented.
    let errors = parse(
        "organisation = \"x\"\n\n  [screen]\n  width = 800\n  height = 480\n  rotation = 45\n",
    )
    .expect_err("rotation");
    assert_eq!(
        errors,
        ["config.toml:6:3: rotation must be 0, 90, 180 or 270 (degrees clockwise), not 45"]
    );
    // An unknown key, indented: the parser's own error, at its place.
    let errors = parse("[session]\n\tidle-second = 90\n").expect_err("unknown");
    assert!(
        errors[0].starts_with("config.toml:2:2: unknown field `idle-second`"),
        "{errors:?}"
    );
}

#[test]
fn content_errors_name_the_true_line_and_column() {
    use passerelle::content::files::Files;
    use passerelle::content::rules::Ceilings;
    let mut files = Files::EmbeddedContent.to_memory();
    let text = String::from_utf8(files["ceilings.toml"].clone()).expect("utf-8");
    let changed = text.replacen("factor = ", "   factor = 5 # was ", 1);
    let line = changed
        .lines()
        .position(|l| l.starts_with("   factor"))
        .expect("factor")
        + 1;
    files.insert("ceilings.toml".into(), changed.into_bytes());
    let problems = Ceilings::load(&Files::Memory(std::sync::Arc::new(files)))
        .expect_err("a factor of 5 is refused");
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [format!(
            "ceilings.toml:{line}:4: overseas.factor must be between 1 and 2"
        )]
    );
}

#[test]
fn the_operator_screen_lists_places_whose_source_is_old() {
    let dir = common::temp_dir("operator-old-places");
    let file = dir.join("directory.json");
    let text = std::fs::read_to_string(common::project_dir("tests/fixtures/directory.json"))
        .expect("fixture")
        .replacen(
            "\"source_date\": \"2026-11-01\"",
            "\"source_date\": \"2024-06-30\"",
            1,
        )
        .replacen(
            "\"source_date\": \"2026-11-01\"",
            "\"source_date\": \"\"",
            1,
        );
    std::fs::write(&file, text).expect("write");
    let kiosk = passerelle::kiosk::state::Kiosk::load(&passerelle::kiosk::state::Setup {
        directory: Some(file),
        ..Default::default()
    });
    let lines = passerelle::kiosk::operator::lines(&kiosk, &jiff::civil::date(2026, 12, 2));
    let old = lines
        .iter()
        .find(|(t, _)| t.starts_with("Lieux dont la source a plus de 12 mois"))
        .expect("the old places are listed");
    assert!(old.1 && old.0.contains("CCAS de Testville"), "{old:?}");
    assert!(old.0.contains(": 1 ("), "one place: {old:?}");
    assert!(
        lines
            .iter()
            .any(|(t, w)| *w && t.starts_with("Lieux sans date de source : 1"))
    );
    // A year earlier, the same list is recent enough.
    let then = passerelle::kiosk::operator::lines(&kiosk, &jiff::civil::date(2025, 6, 1));
    assert!(
        !then
            .iter()
            .any(|(t, _)| t.starts_with("Lieux dont la source a plus de 12 mois"))
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F5: one wrong value leaves out that setting only; the PIN, the places,
/// the location and the rest are kept, and the operator screen says what was
/// left out. F4: numbers past their sane range are refused, never wrapped.
#[test]
fn a_wrong_setting_is_left_out_and_the_rest_kept() {
    let directory = common::project_dir("tests/fixtures/directory.json");
    let text = format!(
        "organisation = \"Mairie de Testville\"\noperator-pin = \"2468\"\ndirectory = \"{}\"\n\n[location]\nlatitude = 45.764\nlongitude = 4.8357\n\n[session]\nidle-seconds = 5\ncountdown-seconds = 4294967295\n\n[screen]\nrotation = 45\nwidth = 800\nheight = 480\ncolour = \"blue\"\n",
        directory.display()
    );
    let (config, problems) = Config::read_text(&text, "config.toml", None);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(config.organisation.as_deref(), Some("Mairie de Testville"));
    assert_eq!(config.operator_pin.as_deref(), Some("2468"));
    assert_eq!(config.directory.as_deref(), Some(directory.as_path()));
    assert_eq!(config.location, Some((45.764, 4.8357)));
    assert_eq!(config.screen_size, Some((800, 480)));
    // The wrong ones: their defaults.
    assert_eq!((config.idle_seconds, config.countdown_seconds), (90, 30));
    assert_eq!(config.rotation, 0);
    assert_eq!(
        problems,
        [
            "config.toml:10:1: idle-seconds must be at least 10",
            "config.toml:11:1: countdown-seconds must be at most 600 (ten minutes), not 4294967295",
            "config.toml:14:1: rotation must be 0, 90, 180 or 270 (degrees clockwise), not 45",
            "config.toml:17:1: unknown field `colour`, expected one of `width`, `height`, `rotation`, `awake`",
        ]
    );
    for (value, expected) in [
        (
            "2147483648",
            "idle-seconds must be at most 3600 (an hour), not 2147483648",
        ),
        ("-1", "idle-seconds must be at least 10"),
        (
            "\"ninety\"",
            "idle-seconds: invalid type: string \"ninety\", expected i64",
        ),
    ] {
        let (config, problems) = Config::read_text(
            &format!("[session]\nidle-seconds = {value}\n"),
            "config.toml",
            None,
        );
        assert_eq!(config.idle_seconds, 90);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains(expected), "{:?}", problems[0]);
    }
    // A line with a syntax error is left out, and the lines after it read.
    let (config, problems) = Config::read_text(
        "organisation = \"Mairie\nstats = \"/var/lib/passerelle/stats\"\noperator-pin = \"1357\"\n",
        "config.toml",
        None,
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, Some(1));
    assert_eq!(config.organisation, None);
    assert_eq!(config.operator_pin.as_deref(), Some("1357"));
    // Languages offered twice are offered once.
    let (config, problems) = Config::read_text(
        "[languages]\noffered = [\"fr\", \"fr\", \"ar\", \"ar\"]\n",
        "config.toml",
        None,
    );
    assert_eq!(config.languages, ["fr", "ar"]);
    assert_eq!(problems.len(), 2);

    // The kiosk with that file: the operator screen lists what was left out.
    let dir = common::temp_dir("config-kept");
    let path = dir.join("config.toml");
    std::fs::write(&path, &text).expect("write");
    let lines = dir.join("operator.jsonl");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .arg("--config")
        .arg(&path)
        .args([
            "screenshot",
            "--screen",
            "operator",
            "--size",
            "1280x800",
            "--texts",
        ])
        .arg(&lines)
        .arg("--out")
        .arg(dir.join("operator.png"))
        .output()
        .expect("screenshot");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let texts = std::fs::read_to_string(&lines).expect("texts");
    assert!(texts.contains("Mairie de Testville"), "{texts}");
    assert!(
        texts.contains("réglage ignoré") && texts.contains("idle-seconds must be at least 10"),
        "{texts}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F20: a file where the kiosk needs a folder (counts, content, state) is
/// named and left out; a folder that does not exist yet is fine (the kiosk
/// or the package makes it). The speak button and sound device are read
/// and checked too.
#[test]
fn a_file_in_the_way_of_a_folder_and_the_sound_settings_are_checked() {
    let dir = common::temp_dir("config-folders");
    let file = dir.join("a-file");
    std::fs::write(&file, "x").expect("write");
    let text = format!(
        "stats = \"{}\"\nstate = \"{}\"\ncontent = \"{}\"\n\n[sound]\ndevice = \"plughw:CARD=Headset\"\nspeak-key = \"f1\"\n",
        file.display(),
        file.join("state").display(),
        dir.join("not-yet/content").display(),
    );
    let (config, problems) = Config::read_text(&text, "config.toml", None);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(config.stats, None);
    assert_eq!(config.state, None);
    assert_eq!(config.content, Some(dir.join("not-yet/content")));
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with("config.toml:1:1: "), "{problems:?}");
    assert!(problems[0].ends_with("is a file, not a folder: stats must be a folder"));
    assert!(problems[1].starts_with("config.toml:2:1: "), "{problems:?}");
    assert_eq!(config.sound_device.as_deref(), Some("plughw:CARD=Headset"));
    assert_eq!(config.speak_key.as_deref(), Some("F1"));

    let (config, problems) = Config::read_text(
        "[sound]\ndevice = \"hw:0 ; rm -rf\"\nspeak-key = \"Escape\"\n",
        "config.toml",
        None,
    );
    assert_eq!((config.sound_device, config.speak_key), (None, None));
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("device must be an ALSA device name"));
    assert!(problems[1].contains("speak-key 'Escape' is not a key a button can send here"));
    let _ = std::fs::remove_dir_all(dir);
}

/// Every key the configuration accepts for the speak button is one the kiosk
/// can listen for: the two lists cannot drift apart.
#[test]
fn every_accepted_speak_key_is_one_the_kiosk_listens_for() {
    for name in passerelle::ops::config::SPEAK_KEYS {
        assert!(
            passerelle::kiosk::window::speak_key_text(name).is_some(),
            "{name}"
        );
    }
    assert!(passerelle::kiosk::window::speak_key_text("Escape").is_none());
}

#[test]
fn a_zone_that_does_not_match_the_location_is_left_out_with_its_line() {
    // Mayotte's ceilings (none: no CSS there) for a kiosk in Lyon.
    let mayotte = GOOD.replace("zone = \"metropole\"", "zone = \"mayotte\"");
    let errors = parse(&mayotte).expect_err("mayotte in Lyon");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "config.toml:7:1: zone = \"mayotte\" does not match the location 45.764, 4.8357, which is in metropolitan France: the location's zone (metropole) is used"
        ),
        "{errors:?}"
    );
    // The rest is kept, and the zone follows the location.
    let (kept, problems) = Config::read_text(&mayotte, "config.toml", None);
    assert_eq!(problems.len(), 1);
    assert_eq!(
        (kept.zone, kept.location, kept.languages.len()),
        (Zone::Metropole, Some((45.764, 4.8357)), 8)
    );
    // An overseas kiosk without a zone gets its own ceilings, not
    // metropolitan France's; so does Mayotte.
    for (lat, lon, zone) in [
        (-20.882, 55.45, Zone::Overseas),
        (-12.78, 45.23, Zone::Mayotte),
    ] {
        let text = format!("[location]\nlatitude = {lat}\nlongitude = {lon}\n");
        assert_eq!(parse(&text).expect("no zone").zone, zone, "{lat}, {lon}");
    }
    // Matching ones pass as written: Alsace-Moselle in Strasbourg (within
    // metropolitan France), and a territory the boxes do not decide
    // (Nouvelle-Calédonie) keeps the zone written.
    for (lat, lon, zone) in [
        (-20.882, 55.45, Zone::Overseas),
        (-12.78, 45.23, Zone::Mayotte),
        (48.58, 7.75, Zone::AlsaceMoselle),
        (-22.27, 166.44, Zone::Metropole),
    ] {
        let text = format!("[location]\nlatitude = {lat}\nlongitude = {lon}\nzone = \"{zone}\"\n");
        let config = parse(&text).unwrap_or_else(|e| panic!("{zone} at {lat}, {lon}: {e:?}"));
        assert_eq!(config.zone, zone);
    }
}

/// `check --config` says every wrong setting in one run, the languages
/// included (it once stopped at the first kind), names an empty directory
/// path as empty, and notes the folders that do not exist yet.
#[test]
fn check_config_says_every_wrong_setting_at_once() {
    let dir = common::temp_dir("config-check-all");
    let config = dir.join("config.toml");
    let text = GOOD
        .replace("idle-seconds = 120", "idle-seconds = -4")
        .replace("\"uk\", \"en\"]", "\"uk\", \"xx\"]")
        .replace(
            "organisation",
            "directory = \"\"\ncontent = \"not-yet/content\"\norganisation",
        );
    std::fs::write(&config, &text).expect("write");
    let line = |needle: &str| {
        1 + text
            .lines()
            .position(|l| l.contains(needle))
            .expect("there")
    };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["check", "--config"])
        .arg(&config)
        .output()
        .expect("check");
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    let file = config.display();
    for (needle, words) in [
        ("idle-seconds", "idle-seconds"),
        ("offered", "'xx'"),
        ("directory", "the directory file is empty"),
    ] {
        let at = format!("{file}:{}:", line(needle));
        assert!(
            said.lines().any(|l| l.contains(&at) && l.contains(words)),
            "{at} {words}:\n{said}"
        );
    }
    assert!(
        said.contains(&format!(
            "note: content: the folder {} does not exist yet",
            dir.join("not-yet/content").display()
        )),
        "{said}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
