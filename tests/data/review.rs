//! The translations' review: the sheet a native speaker fills in, and their
//! corrections written back into the `.ftl` files (and refused when they
//! would break them).

use crate::common;

use passerelle::content::corrections::{CorrectionError, apply, parse};
use passerelle::content::files::Files;
use passerelle::content::i18n::Catalog;

/// Runs `command` (the passerelle binary) and fails with its error output
/// unless it succeeds.
fn succeeds(command: &mut std::process::Command) {
    let run = command.output().expect("run passerelle");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn the_review_sheet_holds_every_message_with_where_it_is_drawn() {
    let dir = common::temp_dir("review-sheet");
    let out = dir.join("ps-review.html");
    succeeds(
        std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args(["--directory"])
            .arg(common::project_dir("tests/fixtures/directory.json"))
            .args(["--location", "45.764,4.8357", "translations", "sheet"])
            .args(["--locale", "ps", "--out"])
            .arg(&out),
    );
    let html = std::fs::read_to_string(&out).expect("the sheet");
    let catalog = Catalog::embedded();
    let messages = catalog.message_signatures("ps");
    // One row, one correction box per message, each with its French.
    assert_eq!(html.matches("<td class=\"id\">").count(), messages.len());
    assert_eq!(html.matches("<textarea data-id=").count(), messages.len());
    assert!(html.contains("<textarea data-id=\"status-refugee\""));
    let french = catalog
        .try_format("fr", "status-refugee", None)
        .expect("fr");
    assert!(html.contains(&french.replace('\'', "&#39;")) || html.contains(&french));
    let pashto = catalog
        .try_format("ps", "status-refugee", None)
        .expect("ps");
    assert!(html.contains(&pashto), "the translation is on the sheet");
    // Most messages come with the picture of their text as drawn.
    let pictures = html.matches("src=\"data:image/png;base64,").count();
    assert!(
        pictures * 10 >= messages.len() * 8,
        "{pictures} pictures for {} messages",
        messages.len()
    );
    // Self-contained: the script's font is inside, and nothing is fetched.
    assert!(html.contains("@font-face{font-family:SheetScript"));
    assert!(!html.contains("http://") && !html.contains("src=\"https://"));
    assert!(html.contains("ps-corrections.ftl"));
    let _ = std::fs::remove_dir_all(dir);
}

/// A copy of the embedded locales in a folder, to correct.
fn locales_copy(name: &str) -> std::path::PathBuf {
    let dir = common::temp_dir(name);
    common::copy_tree(&common::project_dir("locales"), &dir);
    dir
}

#[test]
fn corrections_come_back_into_the_ftl_files() {
    let dir = locales_copy("review-apply");
    let before = std::fs::read_to_string(dir.join("ps/nearby.ftl")).expect("read");
    let corrections = parse(
        "ps-corrections.ftl",
        "# Corrections pour ps\n# relu par : Association X, le 2026-12-10\n\n\
         nearby-title = نږدې مرسته پیدا کړئ (ازموینه)\n\
         guide-progress = پوښتنه { $step } له { $total } څخه\n    (تر ټولو ډېر)\n",
    )
    .expect("parse");
    assert_eq!(corrections.len(), 2);
    let changed = apply(&dir, "ps", &corrections).expect("apply");
    assert_eq!(changed.len(), 2, "{changed:?}");
    let (catalog, problems) = Catalog::load(&Files::Dir(dir.clone()));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        catalog.try_format("ps", "nearby-title", None).as_deref(),
        Some("نږدې مرسته پیدا کړئ (ازموینه)")
    );
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("step", 2);
    args.set("total", 9);
    let progress = catalog
        .try_format("ps", "guide-progress", Some(&args))
        .expect("progress");
    assert!(
        progress.contains("تر ټولو ډېر") && progress.contains('\n'),
        "{progress}"
    );
    // Everything else in the file is as it was.
    let after = std::fs::read_to_string(dir.join("ps/nearby.ftl")).expect("read");
    let differing: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(differing.len(), 1, "{differing:?}");
    assert_eq!(before.lines().count(), after.lines().count());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_correction_that_would_break_the_kiosk_is_refused_and_nothing_is_written() {
    let dir = locales_copy("review-refuse");
    let before = std::fs::read_to_string(dir.join("ps/guide.ftl")).expect("read");
    // A variable translated away: the kiosk could not show the amount.
    let lost = parse(
        "c.ftl",
        "nearby-title = ښه\nquestion-income-free = ایا عاید له { $pesos } څخه کم دی؟\n",
    )
    .expect("parse");
    assert!(matches!(
        apply(&dir, "ps", &lost),
        Err(CorrectionError::Variables { .. })
    ));
    // An id that is not a message.
    let unknown = parse("c.ftl", "no-such-message = هو\n").expect("parse");
    assert!(matches!(
        apply(&dir, "ps", &unknown),
        Err(CorrectionError::UnknownMessage { .. })
    ));
    // Not Fluent at all.
    assert!(matches!(
        parse("c.ftl", "this is a remark, not a message\n"),
        Err(CorrectionError::Syntax { line: 1, .. })
    ));
    // A correction that does not parse as Fluent.
    let broken = parse("c.ftl", "nearby-title = { ښه\n").expect("parse");
    assert!(matches!(
        apply(&dir, "ps", &broken),
        Err(CorrectionError::Broken(_))
    ));
    assert_eq!(
        std::fs::read_to_string(dir.join("ps/guide.ftl")).expect("read"),
        before,
        "nothing written"
    );
    assert!(
        std::fs::read_to_string(dir.join("ps/nearby.ftl"))
            .expect("read")
            .contains("nearby-title = ")
            && !std::fs::read_to_string(dir.join("ps/nearby.ftl"))
                .expect("read")
                .contains("nearby-title = ښه")
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn screenshot_texts_lists_every_text_as_drawn() {
    let dir = common::temp_dir("screenshot-texts");
    let (png, texts) = (dir.join("home-ar.png"), dir.join("home-ar.jsonl"));
    succeeds(
        std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args(["screenshot", "--screen", "home", "--locale", "ar", "--out"])
            .arg(&png)
            .arg("--texts")
            .arg(&texts),
    );
    assert!(png.is_file());
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&texts)
        .expect("the texts")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert!(lines.len() >= 10, "{} texts", lines.len());
    let catalog = Catalog::embedded();
    let title = catalog.text("ar", "home-title");
    let drawn = lines
        .iter()
        .find(|l| l["text"] == title.as_str())
        .expect("the home title, exactly as handed to the renderer");
    assert!(title.starts_with('\u{200f}'), "direction mark included");
    for key in ["x", "y", "width", "height"] {
        assert!(
            drawn[key].as_f64().is_some_and(|v| v >= 0.0),
            "{key}: {drawn}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// The texts drawn on the result screen in `locale` for `answers`
/// (`screenshot --screen result --answer ... --texts`).
fn result_texts(dir: &std::path::Path, locale: &str, answers: &[&str], name: &str) -> Vec<String> {
    let (png, texts) = (
        dir.join(format!("{name}.png")),
        dir.join(format!("{name}.jsonl")),
    );
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"));
    // Tall enough for every card of the result to be drawn.
    command.args([
        "screenshot",
        "--screen",
        "result",
        "--locale",
        locale,
        "--size",
        "800x4096",
        "--out",
    ]);
    command.arg(&png).arg("--texts").arg(&texts);
    for answer in answers {
        command.args(["--answer", answer]);
    }
    succeeds(&mut command);
    std::fs::read_to_string(&texts)
        .expect("texts")
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).expect("json")["text"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

/// An undocumented pregnant woman who arrived last month reads that her
/// pregnancy follow-up is covered, and when AME opens; in Alsace-Moselle the
/// reduced participation is shown as the régime local's, beside the usual one.
#[test]
fn the_result_says_what_urgent_care_covers_and_when_ame_opens() {
    let dir = common::temp_dir("result-rules");
    let catalog = Catalog::embedded();
    let pregnant = [
        "has_puma=no",
        "status=no-papers",
        "minor=no",
        "months=1",
        "irregular_months=1",
        "pregnant=yes",
    ];
    for locale in ["fr", "ar", "uk"] {
        let texts = result_texts(&dir, locale, &pregnant, &format!("pregnant-{locale}"));
        let covered = catalog.format(locale, "outcome-dsuv-what", None);
        assert!(texts.contains(&covered), "{locale}: {texts:?}");
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("months", 2);
        let opens = catalog.format(locale, "result-ame-opens", Some(&args));
        assert!(
            texts.iter().any(|t| t.contains(&opens)),
            "{locale}: {opens} in {texts:?}"
        );
    }
    assert!(
        catalog
            .text("fr", "outcome-dsuv-what")
            .contains("suivi de la grossesse")
    );
    let participation = |extra: &str| {
        let mut answers = vec![
            "has_puma=yes",
            "rsa=no",
            "household=1",
            "income=12000",
            "zone=alsace-moselle",
            "date=2025-06-01",
        ];
        if !extra.is_empty() {
            answers.push(extra);
        }
        result_texts(&dir, "fr", &answers, &format!("am-{extra}")).join("\n")
    };
    let local = "régime local";
    let unsure = participation("");
    assert!(unsure.contains("8 €") && unsure.contains(local), "{unsure}");
    let not_local = participation("regime_local=no");
    assert!(
        not_local.contains("8 €") && !not_local.contains(local),
        "{not_local}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// `screenshot --screen question --choose VALUE ...` draws the question a
/// visitor reaches by those choices: an EU citizen who does not work is
/// asked about resources and insurance.
#[test]
fn a_screenshot_walks_the_questions_by_their_choices() {
    let dir = common::temp_dir("screenshot-choose");
    let catalog = Catalog::embedded();
    let (png, texts) = (dir.join("q.png"), dir.join("q.jsonl"));
    succeeds(
        std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args(["screenshot", "--screen", "question", "--locale", "fr"])
            .args([
                "--choose", "no", "--choose", "eu", "--choose", "no", "--out",
            ])
            .arg(&png)
            .arg("--texts")
            .arg(&texts),
    );
    let drawn = std::fs::read_to_string(&texts).expect("texts");
    let asked = catalog.text("fr", "question-eu-resources");
    assert!(drawn.contains(&asked), "{drawn}");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args([
            "screenshot",
            "--screen",
            "question",
            "--choose",
            "martian",
            "--out",
        ])
        .arg(&png)
        .output()
        .expect("run");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("--choose martian"),
        "{run:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// `screenshot --screen result --answer KEY=VALUE ...` draws the result a
/// visitor with those answers gets: anyone can look at it.
#[test]
fn a_screenshot_shows_the_result_of_given_answers() {
    let dir = common::temp_dir("screenshot-answers");
    let catalog = Catalog::embedded();
    let shot = |answers: &[&str], name: &str| result_texts(&dir, "fr", answers, name);
    let no_papers = shot(
        &["status=no-papers", "months=0", "pregnant=yes"],
        "no-papers",
    );
    let urgent = catalog.text("fr", "outcome-dsuv-title");
    assert!(no_papers.contains(&urgent), "{no_papers:?}");
    let covered = shot(&["has_puma=yes", "rsa=yes"], "covered");
    assert!(!covered.contains(&urgent), "{covered:?}");
    assert!(
        covered.contains(&catalog.text("fr", "outcome-already-covered-title")),
        "{covered:?}"
    );
    // Answers on another screen, or a bad answer: refused, with the reason.
    for args in [
        vec![
            "screenshot",
            "--screen",
            "home",
            "--answer",
            "status=french",
        ],
        vec![
            "screenshot",
            "--screen",
            "result",
            "--answer",
            "status=martian",
        ],
    ] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_passerelle"))
            .args(&args)
            .arg("--out")
            .arg(dir.join("refused.png"))
            .output()
            .expect("run");
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(!String::from_utf8_lossy(&run.stderr).trim().is_empty());
    }
    let _ = std::fs::remove_dir_all(dir);
}
