//! Signed content updates: a kiosk with a content-key takes only an update
//! signed by that key, newer than the last one it accepted and not expired;
//! a tampered, replayed, unsigned or expired one is refused with its reason
//! (in the log, on the operator screen, in `check --config`), and the kiosk
//! stays on its last good content. Imports from a stick are whole or nothing.

use crate::common;

use passerelle::content::signing::{self, Imported, Trust};
use passerelle::kiosk::state::{Kiosk, Setup};

/// A copy of the embedded data whose home title is `title`.
fn folder(name: &str, title: &str) -> std::path::PathBuf {
    let dir = common::temp_dir(name);
    for part in ["locales", "content"] {
        std::fs::create_dir_all(dir.join(part)).expect("mkdir");
        common::copy_tree(&common::project_dir(part), &dir.join(part));
    }
    let path = dir.join("locales/fr/passerelle.ftl");
    let text = std::fs::read_to_string(&path).expect("read");
    let changed = text.replace(
        "home-title = Comment pouvons-nous vous aider ?",
        &format!("home-title = {title}"),
    );
    assert_ne!(text, changed);
    std::fs::write(&path, changed).expect("write");
    dir
}

struct Keys {
    dir: std::path::PathBuf,
    public: String,
}

fn keys(name: &str) -> Keys {
    let dir = common::temp_dir(name);
    let public = signing::keygen(&dir).expect("keygen");
    Keys { dir, public }
}

impl Keys {
    fn secret(&self) -> std::path::PathBuf {
        self.dir.join(signing::SECRET_KEY_FILE)
    }
    fn trust(&self, state: &std::path::Path, today: (i16, i8, i8)) -> Trust {
        Trust {
            key: signing::parse_key(&self.public).expect("key"),
            state: Some(state.to_path_buf()),
            today: jiff::civil::date(today.0, today.1, today.2),
        }
    }
}

fn title(kiosk: &Kiosk) -> String {
    kiosk.content().catalog.text("fr", "home-title")
}

fn kiosk(content: &std::path::Path, state: &std::path::Path, key: &str) -> std::rc::Rc<Kiosk> {
    let config = passerelle::ops::config::Config {
        content: Some(content.to_path_buf()),
        state: Some(state.to_path_buf()),
        content_key: Some(key.to_string()),
        ..Default::default()
    };
    Kiosk::load(&Setup {
        config,
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 12, 5).at(10, 0, 0, 0)),
        ..Default::default()
    })
}

#[test]
fn keygen_writes_a_pair_and_never_replaces_one() {
    let keys = keys("sign-keygen");
    let public = std::fs::read_to_string(keys.dir.join(signing::PUBLIC_KEY_FILE)).expect("pub");
    assert!(
        public.lines().nth(1).is_some_and(|l| l == keys.public),
        "{public}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(keys.secret())
            .expect("key")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "the secret key is the owner's only");
    }
    assert!(
        signing::keygen(&keys.dir).is_err(),
        "an existing key is kept"
    );
    assert!(
        signing::parse_key(&public).is_ok(),
        "the whole .pub file is read too"
    );
    assert!(signing::parse_key("RWnotakey").is_err());
}

#[test]
fn only_a_newer_update_signed_by_the_kiosk_s_key_reaches_a_visitor() {
    let keys = keys("sign-keys");
    let other = keys_other();
    let state = common::temp_dir("sign-state");
    let content = common::temp_dir("sign-content");

    // Version 2, signed: imported and used.
    let v2 = folder("sign-v2", "Version deux");
    signing::sign(&v2, &keys.secret(), 2, None).expect("sign");
    let trust = keys.trust(&state, (2026, 12, 5));
    let imported = signing::import(
        &v2,
        &content,
        Some(&trust),
        Some(&state),
        "2026-12-05 10:00",
    )
    .expect("import");
    assert!(
        matches!(&imported, Imported::New(p) if p.ends_with("v0000000002")),
        "{imported:?}"
    );
    assert_eq!(
        title(&kiosk(&content, &state, &keys.public)),
        "Version deux"
    );
    assert_eq!(trust.accepted().expect("remembered").version, 2);
    // The same stick again: nothing to do.
    assert!(matches!(
        signing::import(
            &v2,
            &content,
            Some(&trust),
            Some(&state),
            "2026-12-05 10:05"
        ),
        Ok(Imported::Already(_))
    ));

    // An import that must be refused: why.
    let refused = |folder: &std::path::Path, at: &str| {
        signing::import(folder, &content, Some(&trust), Some(&state), at)
            .expect_err("refused")
            .to_string()
    };

    // Tampered after signing: refused, nothing copied, the kiosk unchanged.
    let tampered = folder("sign-tampered", "Version trafiquée");
    signing::sign(&tampered, &keys.secret(), 3, None).expect("sign");
    let path = tampered.join("locales/fr/passerelle.ftl");
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("Version trafiquée", "Version pirate")).expect("write");
    let err = refused(&tampered, "2026-12-05 10:10");
    assert!(err.contains("differs from the seal"), "{err}");
    // ... and a manifest changed after signing is caught by the signature.
    let manifest = tampered.join("manifest.toml");
    passerelle::content::update::seal_version(&tampered, Some(3), None).expect("reseal");
    let err = refused(&tampered, "2026-12-05 10:11");
    assert!(err.contains("signature does not match"), "{err}");
    assert!(manifest.exists());

    // Signed by another key: refused.
    let foreign = folder("sign-foreign", "Version étrangère");
    signing::sign(&foreign, &other.secret(), 9, None).expect("sign");
    let err = refused(&foreign, "2026-12-05 10:12");
    assert!(err.contains("signature does not match"), "{err}");

    // Unsigned: refused when the kiosk has a key.
    let unsigned = folder("sign-unsigned", "Version non signée");
    passerelle::content::update::seal(&unsigned).expect("seal");
    let err = refused(&unsigned, "2026-12-05 10:13");
    assert!(err.contains("takes only signed updates"), "{err}");

    // Older than the one accepted (a replay): refused.
    let v1 = folder("sign-v1", "Version un");
    signing::sign(&v1, &keys.secret(), 1, None).expect("sign");
    let err = refused(&v1, "2026-12-05 10:14");
    assert!(err.contains("older than update 2"), "{err}");
    // Even copied by hand into the content folder, the kiosk keeps to update 2.
    std::fs::create_dir_all(content.join("v0000000009")).expect("mkdir");
    common::copy_tree(&v1, &content.join("v0000000009"));
    let kiosk_now = kiosk(&content, &state, &keys.public);
    assert_eq!(title(&kiosk_now), "Version deux");
    assert!(
        kiosk_now
            .loaded
            .warnings
            .iter()
            .any(|w| w.contains("older than update 2")),
        "{:?}",
        kiosk_now.loaded.warnings
    );
    std::fs::remove_dir_all(content.join("v0000000009")).expect("clean");

    // Expired: refused.
    let old = folder("sign-expired", "Version périmée");
    signing::sign(
        &old,
        &keys.secret(),
        5,
        Some(jiff::civil::date(2026, 12, 4)),
    )
    .expect("sign");
    let err = refused(&old, "2026-12-05 10:15");
    assert!(err.contains("expired on 2026-12-04"), "{err}");

    // Nothing refused was copied; the log says what came and what was refused.
    let names: Vec<String> = std::fs::read_dir(&content)
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["v0000000002"]);
    let log = signing::imports(&state);
    assert_eq!(log.len(), 8);
    assert_eq!(log[0].result, "imported");
    assert_eq!(log.iter().filter(|i| i.result == "refused").count(), 6);

    // A newer one: taken.
    let v3 = folder("sign-v3", "Version trois");
    signing::sign(&v3, &keys.secret(), 3, Some(jiff::civil::date(2027, 3, 31))).expect("sign");
    signing::import(
        &v3,
        &content,
        Some(&trust),
        Some(&state),
        "2026-12-05 10:20",
    )
    .expect("v3");
    let kiosk3 = kiosk(&content, &state, &keys.public);
    assert_eq!(title(&kiosk3), "Version trois");
    assert_eq!(trust.accepted().expect("remembered").version, 3);
    // The operator screen says updates are signed, which came and what was refused.
    let lines: Vec<String> =
        passerelle::kiosk::operator::lines(&kiosk3, &jiff::civil::date(2026, 12, 5))
            .into_iter()
            .map(|(l, _)| l)
            .collect();
    let all = lines.join("\n");
    assert!(all.contains("signées seulement"), "{all}");
    assert!(all.contains("version 3"), "{all}");
    assert!(
        all.contains("refusée") && all.contains("expired on 2026-12-04"),
        "{all}"
    );
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

/// A second, unrelated key.
fn keys_other() -> Keys {
    keys("sign-other-keys")
}

#[test]
fn check_config_refuses_an_update_the_key_did_not_sign() {
    let keys = keys("sign-check-keys");
    let dir = common::temp_dir("sign-check");
    let content = dir.join("content-updates");
    let update = content.join("2026-12-01");
    std::fs::create_dir_all(&update).expect("mkdir");
    for part in ["locales", "content"] {
        std::fs::create_dir_all(update.join(part)).expect("mkdir");
        common::copy_tree(&common::project_dir(part), &update.join(part));
    }
    passerelle::content::update::seal(&update).expect("seal");
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "content = \"content-updates\"\nstate = \"state\"\ncontent-key = \"{}\"\n",
            keys.public
        ),
    )
    .expect("config");
    let (code, text) = check_config(&config);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("takes only signed updates"), "{text}");
    // A key without a state folder, or a key that is not one: named.
    std::fs::write(&config, format!("content-key = \"{}\"\n", keys.public)).expect("config");
    let (code, text) = check_config(&config);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("config.toml:1:") && text.contains("needs a state folder"),
        "{text}"
    );
    std::fs::write(&config, "state = \"s\"\ncontent-key = \"RWbad\"\n").expect("config");
    let (_, text) = check_config(&config);
    assert!(
        text.contains("config.toml:2:") && text.contains("not a minisign public key"),
        "{text}"
    );
}

/// The commands an operator types: keygen, sign, import.
#[test]
fn the_content_commands_sign_and_import() {
    let dir = common::temp_dir("sign-cli");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args(args)
            .output()
            .expect("run")
    };
    let keys = dir.join("keys");
    let out = run(&["content", "keygen", "--out", keys.to_str().expect("path")]);
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    let key = said
        .split("content-key = \"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the key to give the kiosks");
    let update = folder("sign-cli-update", "Par la clé USB");
    let out = run(&[
        "content",
        "sign",
        update.to_str().expect("path"),
        "--key",
        keys.join("passerelle.key").to_str().expect("path"),
        "--version",
        "7",
        "--expires",
        "2099-01-01",
    ]);
    assert!(out.status.success(), "{out:?}");
    std::fs::write(
        dir.join("config.toml"),
        format!("content = \"content\"\nstate = \"state\"\ncontent-key = \"{key}\"\n"),
    )
    .expect("config");
    let config = dir.join("config.toml");
    let import = |source: &std::path::Path| {
        run(&[
            "--config",
            config.to_str().expect("path"),
            "content",
            "import",
            source.to_str().expect("path"),
        ])
    };
    let out = import(&update);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("imported: "),
        "{out:?}"
    );
    assert!(dir.join("content/v0000000007/manifest.toml").is_file());
    let out = import(&dir.join("nowhere"));
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no content update there"),
        "{out:?}"
    );
}
