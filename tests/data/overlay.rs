//! Content updates: a sealed, valid update is used; one broken in any way
//! (bad TOML, a missing translation, a guide without a source, overlapping
//! periods, a copy not finished) is refused whole, reported, and the kiosk
//! runs on its embedded content, or on the last good update when the
//! folder holds several.

use crate::common;

use passerelle::kiosk::state::{Kiosk, Setup};

/// A copy of the embedded data as an update folder, changed by `change`, then sealed.
fn update(name: &str, change: impl FnOnce(&std::path::Path)) -> std::path::PathBuf {
    let dir = common::temp_dir(name);
    for part in ["locales", "content"] {
        std::fs::create_dir_all(dir.join(part)).expect("mkdir");
        common::copy_tree(&common::project_dir(part), &dir.join(part));
    }
    change(&dir);
    passerelle::content::update::seal(&dir).expect("seal");
    dir
}

fn kiosk_with(folder: &std::path::Path) -> std::rc::Rc<Kiosk> {
    let config = passerelle::ops::config::Config {
        content: Some(folder.to_path_buf()),
        ..Default::default()
    };
    Kiosk::load(&Setup {
        config,
        ..Default::default()
    })
}

/// `passerelle check --config FILE`: its exit code and what it printed.
fn check_config(config: &std::path::Path) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["check", "--config"])
        .arg(config)
        .output()
        .expect("check");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// The kiosk of the configuration file `path`, as `passerelle` starts it.
fn kiosk_of_config(path: &std::path::Path) -> std::rc::Rc<Kiosk> {
    let config = passerelle::ops::config::Config::load(path).expect("config");
    Kiosk::load(&Setup {
        config,
        ..Default::default()
    })
}

fn edit(path: std::path::PathBuf, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, f(text)).expect("write");
}

#[test]
fn a_whole_valid_update_is_used() {
    let dir = update("overlay-good", |d| {
        edit(d.join("locales/fr/passerelle.ftl"), |t| {
            t.replace(
                "home-title = Comment pouvons-nous vous aider ?",
                "home-title = Que cherchez-vous ?",
            )
        });
    });
    let kiosk = kiosk_with(&dir);
    assert!(
        kiosk.loaded.warnings.is_empty(),
        "{:?}",
        kiosk.loaded.warnings
    );
    assert_eq!(kiosk.loaded.update.as_deref(), Some(dir.as_path()));
    assert_eq!(
        kiosk.content().catalog.text("fr", "home-title"),
        "Que cherchez-vous ?"
    );
    let _ = std::fs::remove_dir_all(dir);
}

fn refused(
    name: &str,
    change: impl FnOnce(&std::path::Path),
    after_seal: impl FnOnce(&std::path::Path),
    expect: &str,
) {
    let dir = update(name, change);
    after_seal(&dir);
    let kiosk = kiosk_with(&dir);
    assert_eq!(kiosk.loaded.update, None, "{name}");
    let warnings = kiosk.loaded.warnings.join("\n");
    assert!(
        warnings.contains(expect),
        "{name}: expected '{expect}' in:\n{warnings}"
    );
    assert!(
        warnings.contains("is not used")
            && warnings.ends_with("the kiosk runs on its embedded content"),
        "{warnings}"
    );
    // The embedded text, not the update's.
    assert_eq!(
        kiosk.content().catalog.text("fr", "home-title"),
        "Comment pouvons-nous vous aider ?"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_broken_update_is_refused_whole_and_reported() {
    let nothing = |_: &std::path::Path| {};
    refused(
        "overlay-bad-toml",
        |d| {
            edit(d.join("content/emergency.toml"), |t| {
                t.replacen("free = true", "free = maybe", 1)
            })
        },
        nothing,
        "emergency.toml:",
    );
    refused(
        "overlay-missing-translation",
        |d| {
            edit(d.join("locales/ti/passerelle.ftl"), |t| {
                t.lines()
                    .filter(|l| !l.starts_with("home-title"))
                    .map(|l| format!("{l}\n"))
                    .collect()
            })
        },
        nothing,
        "message 'home-title' is missing",
    );
    refused(
        "overlay-guide-without-source",
        |d| {
            edit(d.join("content/guides.toml"), |t| {
                let start = t.find("id = \"css\"").expect("css");
                let from = start + t[start..].find("sources = [").expect("sources");
                let to = from + t[from..].find("]\n").expect("end") + 2;
                format!("{}sources = []\n{}", &t[..from], &t[to..])
            })
        },
        nothing,
        "guide 'css': has no source",
    );
    refused(
        "overlay-overlap",
        |d| {
            edit(d.join("content/ceilings.toml"), |t| {
                t.replacen("from = 2025-04-01", "from = 2025-01-01", 1)
            })
        },
        nothing,
        "overlaps",
    );
    refused(
        "overlay-half-copied",
        |d| {
            // A new period being added for 1 April...
            edit(d.join("content/ceilings.toml"), |t| {
                t + "\n[[period]]\nfrom = 2026-04-01\nto = 2027-03-31\nfree = [10500, 15750, 18900, 22050]\nfree-extra = 4200\nparticipation = [14175, 21263, 25515, 29768]\nparticipation-extra = 5670\nsource = \"test\"\n"
            });
        },
        // ...and the file cut short while the kiosk starts.
        |d| {
            let path = d.join("content/ceilings.toml");
            let text = std::fs::read_to_string(&path).expect("read");
            std::fs::write(&path, &text[..text.len() / 2]).expect("truncate");
        },
        "differs from the seal",
    );
    refused(
        "overlay-unsealed",
        nothing,
        |d| std::fs::remove_file(d.join("manifest.toml")).expect("rm"),
        "cannot read the seal",
    );
}

#[test]
fn a_broken_new_update_leaves_the_kiosk_on_the_last_good_one() {
    let versions = common::temp_dir("overlay-versions");
    let good = update("overlay-v1", |d| {
        edit(d.join("locales/fr/passerelle.ftl"), |t| {
            t.replace(
                "home-title = Comment pouvons-nous vous aider ?",
                "home-title = Version d'avril",
            )
        });
    });
    let broken = update("overlay-v2", |d| {
        edit(d.join("locales/fr/passerelle.ftl"), |t| {
            t.replace(
                "home-title = Comment pouvons-nous vous aider ?",
                "home-title = Version de mai",
            )
        });
    });
    // Copied only in part after sealing.
    edit(broken.join("content/ceilings.toml"), |t| {
        t[..t.len() / 2].to_string()
    });
    std::fs::rename(&good, versions.join("2026-04-01")).expect("move");
    std::fs::rename(&broken, versions.join("2026-05-01")).expect("move");

    let kiosk = kiosk_with(&versions);
    assert_eq!(
        kiosk.loaded.update.as_deref(),
        Some(versions.join("2026-04-01").as_path())
    );
    assert_eq!(
        kiosk.content().catalog.text("fr", "home-title"),
        "Version d'avril"
    );
    let warnings = kiosk.loaded.warnings.join("\n");
    assert!(
        warnings.contains("ceilings.toml") && warnings.contains("copied only in part"),
        "{warnings}"
    );
    assert!(
        warnings.contains(&format!(
            "the content update in {} is not used",
            versions.join("2026-05-01").display()
        )) && warnings.ends_with(&format!(
            "the kiosk runs on the last good content update, {}",
            versions.join("2026-04-01").display()
        )),
        "{warnings}"
    );

    // Once the new copy is whole and sealed again, it is the one used.
    let newest = versions.join("2026-05-01");
    common::copy_tree(&common::project_dir("content"), &newest.join("content"));
    passerelle::content::update::seal(&newest).expect("seal");
    let kiosk = kiosk_with(&versions);
    assert!(
        kiosk.loaded.warnings.is_empty(),
        "{:?}",
        kiosk.loaded.warnings
    );
    assert_eq!(
        kiosk.content().catalog.text("fr", "home-title"),
        "Version de mai"
    );
    let _ = std::fs::remove_dir_all(versions);
}

#[test]
fn check_config_reports_a_refused_update() {
    let dir = update("overlay-check", |d| {
        edit(d.join("content/flow.toml"), |t| {
            t.replacen("next = \"pregnant\"", "next = \"nowhere\"", 1)
        })
    });
    let config = dir.join("config.toml");
    std::fs::write(&config, format!("content = \"{}\"\n", dir.display())).expect("write");
    let (code, text) = check_config(&config);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("flow.toml:") && text.contains("next 'nowhere'"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_config_may_offer_a_language_that_only_its_content_update_has() {
    // The update adds a language (here the French texts under the code
    // "eu", standing in for a new translation).
    let dir = update("overlay-language", |d| {
        std::fs::create_dir_all(d.join("locales/eu")).expect("mkdir");
        common::copy_tree(&d.join("locales/fr"), &d.join("locales/eu"));
        edit(d.join("locales/languages.toml"), |t| {
            format!(
                "{t}\n[[language]]\ncode = \"eu\"\ndirection = \"ltr\"\nreview = {{ status = \"not-reviewed\" }}\n"
            )
        });
    });
    let config_path = dir.join("config.toml");
    std::fs::write(
        &config_path,
        format!(
            "content = \"{}\"\noperator-pin = \"2468\"\n\n[languages]\noffered = [\"eu\", \"fr\"]\ndefault = \"eu\"\n",
            dir.display()
        ),
    )
    .expect("write");

    // `check --config` checks the languages against the update's catalog,
    // and lists the update's languages not yet reviewed ("eu" among them).
    let (code, text) = check_config(&config_path);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("note: not yet reviewed") && l.ends_with(", eu")),
        "{text}"
    );

    // The kiosk offers it, starts in it, and keeps the rest of the config.
    let kiosk = kiosk_of_config(&config_path);
    assert_eq!(kiosk.settings.offered, ["eu", "fr"]);
    assert_eq!(kiosk.settings.default_language, "eu");
    assert_eq!(kiosk.settings.operator_pin.as_deref(), Some("2468"));
    assert_eq!(kiosk.loaded.update.as_deref(), Some(dir.as_path()));

    // Without the update, "eu" is an error naming the line, and the kiosk
    // still keeps its PIN, offering the other languages it was given, and
    // says so on the operator screen.
    std::fs::write(
        &config_path,
        "operator-pin = \"2468\"\n\n[languages]\noffered = [\"eu\", \"fr\"]\ndefault = \"eu\"\n",
    )
    .expect("write");
    let (code, text) = check_config(&config_path);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("config.toml:4:1: language 'eu' is not one the kiosk has"),
        "{text}"
    );
    let kiosk = kiosk_of_config(&config_path);
    assert_eq!(kiosk.settings.operator_pin.as_deref(), Some("2468"));
    assert_eq!(kiosk.settings.default_language, "fr");
    assert_eq!(kiosk.settings.offered, ["fr"]);
    assert!(
        kiosk
            .loaded
            .warnings
            .iter()
            .any(|w| w.contains("language 'eu' is not one the kiosk has: it is not offered")),
        "{:?}",
        kiosk.loaded.warnings
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F14, F15: a directory larger than a kiosk needs is said on the operator
/// screen with what to do, and a place with a giant field is left out with
/// why (its hours, 600 000 ranges, once cost 470 MB at every load); the
/// importer leaves giant hours out and refuses a giant name.
#[test]
fn giant_fields_and_oversized_directories_are_said() {
    use passerelle::places::directory::Directory;
    let dir = common::temp_dir("giant-directory");
    let place = |i: usize| common::place_json(&format!("p{i}"), "ccas", "");
    let many = passerelle::kiosk::state::EXPECTED_PLACES + 1;
    let mut places: Vec<String> = (0..many).map(place).collect();
    let giant_hours = "Mo 09:00-09:01,".repeat(40_000) + "Tu 10:00-11:00";
    places.push(place(many).replace(
        "\"source\"",
        &format!("\"opening_hours\":\"{giant_hours}\",\"source\""),
    ));
    let path = dir.join("directory.json");
    std::fs::write(&path, format!("{{\"places\":[{}]}}", places.join(","))).expect("write");

    let (directory, problems) = Directory::load(&path).expect("loads");
    assert_eq!(directory.entries.len(), many);
    assert_eq!(problems.len(), 1);
    let said = problems[0].to_string();
    assert!(said.contains("its opening hours is"), "{said}");
    assert!(
        said.contains("more than the 1000 a place may have"),
        "{said}"
    );
    assert!(said.len() < 400, "the hours are not echoed whole");

    let config = dir.join("config.toml");
    std::fs::write(&config, format!("directory = \"{}\"\n", path.display())).expect("write");
    let kiosk = kiosk_of_config(&config);
    let warnings = &kiosk.loaded.warnings;
    assert!(
        warnings.iter().any(|w| w.contains(&format!("{many} lieux"))
            && w.contains("services import --near LAT,LON --radius KM")),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("1 lieu(x)") && w.contains("ignoré")),
        "{warnings:?}"
    );

    // The importer: giant hours left out, a giant name refused.
    let mut csv = String::from(
        "\"id_fs\",\"insee_dep\",\"lib_fs\",\"adresse\",\"complement_adresse\",\"insee_com\",\"code_postal\",\"lib_com\",\"latitude\",\"longitude\",\"mail\",\"telephone\",\"h_lundi\",\"h_mardi\",\"h_mercredi\",\"h_jeudi\",\"h_vendredi\",\"h_samedi\",\"prise_rdv\",\"commentaire\",\"type_fs\",\"format_fs\",\"groupe_fs\",\"labellisation_fs\"\n",
    );
    let ranges = vec!["09:00 - 09:01"; 200].join(" / ");
    csv.push_str(&format!(
        "\"1\",\"69\",\"FS\",\"1 rue A\",,\"69001\",\"69001\",\"Lyon\",45.76,4.83,,,\"{ranges}\",,,,,,,,\"Principal\",\"Fixe\",,\"\"\n"
    ));
    csv.push_str(&format!(
        "\"2\",\"69\",\"{}\",\"1 rue A\",,\"69001\",\"69001\",\"Lyon\",45.76,4.83,,,,,,,,,,,\"Principal\",\"Fixe\",,\"\"\n",
        "N".repeat(100_000)
    ));
    let (imported, report) = passerelle::places::import::import_text(
        passerelle::places::import::Format::FranceServices,
        &csv,
        &passerelle::places::import::Options::default(),
    )
    .expect("import");
    assert_eq!(imported.len(), 1);
    assert_eq!(imported[0].opening_hours, None);
    assert!(
        report
            .warnings
            .iter()
            .any(|(_, w)| w.contains("characters long (at most 1000); left out")),
        "{:?}",
        report.warnings
    );
    assert!(
        report
            .rejected
            .iter()
            .any(|(at, w)| at == "line 3" && w.contains("its name is 100000 characters long")),
        "{:?}",
        report.rejected
    );
    let _ = std::fs::remove_dir_all(dir);
}
