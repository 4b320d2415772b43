//! The translations and the content as data: every file parses, every
//! language has the source language's messages and variables, every id the
//! UI and the content use exists, every character has a glyph, and broken
//! files are reported with their file and line.

use crate::common;

use std::process::Command;

use passerelle::content::check;
use passerelle::content::files::Files;
use passerelle::content::i18n::{Catalog, ReviewStatus, SOURCE_LANGUAGE};

const LANGUAGES: &[&str] = &[
    "fr", "en", "ar", "prs", "ps", "ti", "ru", "uk", "es", "pt", "ro", "tr", "ka", "bn", "ta",
    "zh-Hans",
];

#[test]
fn every_ftl_file_parses_and_every_language_is_there() {
    let (catalog, problems) = Catalog::load(&Files::EmbeddedLocales);
    assert!(problems.is_empty(), "{problems:#?}");
    let codes: Vec<&str> = catalog
        .languages()
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    assert_eq!(codes, LANGUAGES);
    for code in LANGUAGES {
        assert!(!catalog.sources(code).is_empty(), "no .ftl file for {code}");
    }
}

#[test]
fn every_language_has_exactly_the_source_messages_and_variables() {
    let catalog = Catalog::embedded();
    let problems = check::check_translations(&catalog);
    assert!(problems.is_empty(), "{problems:#?}");
    let source = catalog.message_signatures(SOURCE_LANGUAGE);
    assert!(
        source.len() > 20,
        "the source language has only {} messages",
        source.len()
    );
    for code in LANGUAGES {
        assert_eq!(
            catalog.message_signatures(code).len(),
            source.len(),
            "{code}"
        );
    }
    // The check does see a difference in variables.
    let sources = catalog.message_signatures("en");
    let with_vars = sources
        .iter()
        .find(|m| m.id == "emergency-sources")
        .expect("emergency-sources");
    assert_eq!(
        with_vars.variables.iter().collect::<Vec<_>>(),
        ["sources", "verified"]
    );
}

#[test]
fn every_message_id_used_by_the_ui_and_the_content_exists() {
    let catalog = Catalog::embedded();
    assert!(
        passerelle::ui_ids::UI_MESSAGE_IDS.len() > 10,
        "build.rs found too few ids in ui/"
    );
    assert!(
        check::check_ui_ids(&catalog).is_empty(),
        "{:#?}",
        check::check_ui_ids(&catalog)
    );
    let (content, problems) = passerelle::content::load::Content::embedded();
    assert_eq!(problems, []);
    let content = content.lines;
    let ids = passerelle::content::lines::message_ids(&content);
    let listed = content
        .emergency
        .lines
        .iter()
        .chain(&content.national.lines)
        .filter(|l| l.hours == passerelle::content::lines::Hours::Listed)
        .count();
    assert_eq!(
        ids.len(),
        2 * (content.emergency.lines.len() + content.national.lines.len()) + listed
    );
    assert_eq!(content.national.lines.len(), 4);
    assert_eq!(listed, 3, "36 46, 39 39 and 0 800 say their hours");
    for id in ids {
        for code in LANGUAGES {
            assert!(
                catalog.try_format(code, &id, None).is_some(),
                "{id} missing in {code}"
            );
        }
    }
}

#[test]
fn every_character_of_every_language_has_a_glyph_in_the_embedded_fonts() {
    let catalog = Catalog::embedded();
    let problems = check::check_glyphs(&catalog);
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A Tamil or Bengali line that drew its French words ("sécurité sociale",
/// "PUMa", "100 %") from a second font was measured shorter than drawn, and
/// lost its last letter at the box edge: their fonts hold Latin too
/// (scripts/indic-font.sh), so every character of their texts comes from one.
#[test]
fn tamil_and_bengali_texts_are_drawn_from_one_font() {
    let catalog = Catalog::embedded();
    for (code, font) in [("ta", "NotoSansTamil"), ("bn", "NotoSansBengali")] {
        for weight in ["Regular", "Bold"] {
            let path = format!(
                "{}/ui/fonts/{font}-{weight}.ttf",
                env!("CARGO_MANIFEST_DIR")
            );
            let data = std::fs::read(&path).expect("font");
            let face = ttf_parser::Face::parse(&data, 0).expect("a font");
            let mut missing = std::collections::BTreeSet::new();
            for (_, text) in catalog.sources(code) {
                missing.extend(
                    text.chars()
                        .filter(|c| check::needs_glyph(*c) && face.glyph_index(*c).is_none()),
                );
            }
            assert!(missing.is_empty(), "{path} lacks {missing:?}");
            // And the letters of a French name or address that no text holds yet.
            for c in "AZaz0€éèçàùÉœ«»’–".chars() {
                assert!(face.glyph_index(c).is_some(), "{path} lacks {c}");
            }
        }
    }
}

#[test]
fn the_embedded_data_passes_the_check_and_lists_unreviewed_languages() {
    let report = check::run(&Files::EmbeddedLocales, &Files::EmbeddedContent);
    assert!(report.is_ok(), "{:#?}", report.errors);
    assert_eq!(report.languages, 16);
    let catalog = Catalog::embedded();
    let expected: Vec<String> = catalog
        .languages()
        .iter()
        .filter(|l| l.review.status == ReviewStatus::NotReviewed)
        .map(|l| l.code.clone())
        .collect();
    assert_eq!(report.unreviewed, expected);
    assert!(!report.unreviewed.contains(&SOURCE_LANGUAGE.to_string()));
}

#[test]
fn right_to_left_languages_are_arabic_dari_and_pashto() {
    let catalog = Catalog::embedded();
    for code in LANGUAGES {
        assert_eq!(
            catalog.is_rtl(code),
            ["ar", "prs", "ps"].contains(code),
            "{code}"
        );
    }
}

#[test]
fn numbers_follow_each_language() {
    let catalog = Catalog::embedded();
    assert_eq!(catalog.number("fr", 10339), "10\u{202f}339");
    assert_eq!(catalog.number("en", 10339), "10,339");
    assert_eq!(catalog.number("prs", 10339), "۱۰٬۳۳۹");
    assert_eq!(catalog.number("ps", 10339), "۱۰٬۳۳۹");
    assert_eq!(catalog.number("ar", 10339), "10,339");
    assert_eq!(catalog.digits("prs", "3919"), "۳۹۱۹");
    assert_eq!(catalog.digits("fr", "3919"), "3919");
    let date = jiff::civil::date(2024, 7, 22);
    assert_eq!(catalog.date("fr", &date), "22/07/2024");
    assert_eq!(catalog.date("ps", &date), "۲۲/۰۷/۲۰۲۴");
}

#[test]
fn fluent_number_variables_use_the_language_digits() {
    let dir = common::temp_dir("numbers");
    common::copy_tree(&common::project_dir("locales"), &dir);
    for (code, line) in [
        ("fr", "amount = { $n } €\n"),
        ("prs", "amount = { $n } یورو\n"),
    ] {
        let path = dir.join(code).join("passerelle.ftl");
        let mut text = std::fs::read_to_string(&path).expect("read");
        text.push_str(line);
        std::fs::write(&path, text).expect("write");
    }
    let (catalog, problems) = Catalog::load(&Files::Dir(dir.clone()));
    assert!(problems.is_empty(), "{problems:#?}");
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", 10339);
    assert_eq!(
        catalog.format("fr", "amount", Some(&args)),
        "10\u{202f}339 €"
    );
    // Right-to-left bundles isolate variables with FSI/PDI marks, and the
    // paragraph is marked right to left (RLM) whatever its first character.
    assert_eq!(
        catalog.format("prs", "amount", Some(&args)),
        "\u{200f}\u{2068}۱۰٬۳۳۹\u{2069} یورو"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_missing_message_falls_back_to_french_and_never_shows_its_id() {
    let dir = common::temp_dir("fallback");
    common::copy_tree(&common::project_dir("locales"), &dir);
    let path = dir.join("en").join("passerelle.ftl");
    let text = std::fs::read_to_string(&path).expect("read");
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("home-title"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, text).expect("write");
    let (catalog, _) = Catalog::load(&Files::Dir(dir.clone()));
    assert_eq!(
        catalog.text("en", "home-title"),
        catalog.text("fr", "home-title")
    );
    assert_eq!(
        catalog.text("fr", "home-title"),
        "Comment pouvons-nous vous aider ?"
    );
    assert_eq!(catalog.text("en", "no-such-message"), "");
    assert_eq!(
        catalog.text("xx", "home-title"),
        "Comment pouvons-nous vous aider ?"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn language_requests_negotiate_to_the_kiosk_languages() {
    let catalog = Catalog::embedded();
    assert_eq!(catalog.negotiate("ar-MA").as_deref(), Some("ar"));
    assert_eq!(catalog.negotiate("fa-AF").as_deref(), Some("prs"));
    assert_eq!(catalog.negotiate("prs").as_deref(), Some("prs"));
    assert_eq!(catalog.negotiate("uk-UA").as_deref(), Some("uk"));
    assert_eq!(catalog.negotiate("de"), None);
    assert_eq!(catalog.negotiate("not a code"), None);
}

/// Runs `passerelle check` on a copy of the locales and content where `break_it`
/// has changed something; returns (exit code, standard output).
fn check_broken(
    name: &str,
    break_it: impl FnOnce(&std::path::Path, &std::path::Path),
) -> (i32, String) {
    let dir = common::temp_dir(name);
    let locales = dir.join("locales");
    let content = dir.join("content");
    std::fs::create_dir_all(&locales).expect("mkdir");
    std::fs::create_dir_all(&content).expect("mkdir");
    common::copy_tree(&common::project_dir("locales"), &locales);
    common::copy_tree(&common::project_dir("content"), &content);
    break_it(&locales, &content);
    let output = Command::new(env!("CARGO_BIN_EXE_passerelle"))
        .args(["check", "--locales"])
        .arg(&locales)
        .arg("--content")
        .arg(&content)
        .output()
        .expect("run passerelle check");
    let _ = std::fs::remove_dir_all(&dir);
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    )
}

fn edit(path: &std::path::Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("read");
    std::fs::write(path, f(text)).expect("write");
}

#[test]
fn check_passes_on_an_untouched_copy() {
    let (code, out) = check_broken("untouched", |_, _| {});
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok: 16 languages"), "{out}");
    assert!(
        out.contains(
            "not yet reviewed by a native speaker: en, ar, prs, ps, ti, ru, uk, es, pt, ro, tr, ka, bn, ta, zh-Hans"
        ),
        "{out}"
    );
}

/// The Chinese font in the binary is a subset: an update whose Chinese text
/// needs a character it lacks is refused, with the character and the line.
#[test]
fn check_refuses_an_update_needing_a_chinese_character_the_subset_lacks() {
    let (code, out) = check_broken("han-glyph", |locales, _| {
        edit(&locales.join("zh-Hans/passerelle.ftl"), |t| {
            t.replacen("bar-home = ", "bar-home = 龘", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("zh-Hans/passerelle.ftl:"), "{out}");
    assert!(out.contains("U+9F98 '龘'"), "{out}");
    assert!(out.contains("scripts/cjk-font.sh"), "{out}");
}

#[test]
fn check_reports_a_fluent_syntax_error_with_file_and_line() {
    let (code, out) = check_broken("syntax", |locales, _| {
        edit(&locales.join("ru/passerelle.ftl"), |t| {
            t.replacen("bar-home = ", "bar-home = { $broken", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    let line = std::fs::read_to_string(common::project_dir("locales/ru/passerelle.ftl"))
        .expect("read")
        .lines()
        .position(|l| l.starts_with("bar-home"))
        .expect("bar-home")
        + 1;
    assert!(
        out.contains(&format!("ru/passerelle.ftl:{line}: Fluent syntax error")),
        "{out}"
    );
}

#[test]
fn check_reports_missing_extra_and_mismatched_messages() {
    let (code, out) = check_broken("parity", |locales, _| {
        edit(&locales.join("uk/passerelle.ftl"), |t| {
            t.lines()
                .filter(|l| !l.starts_with("welcome-touch"))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
                + "only-in-ukrainian = Так\n"
        });
        edit(&locales.join("ti/passerelle.ftl"), |t| {
            t.replace("{ $verified }", "{ $checked }")
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("uk/passerelle.ftl: message 'welcome-touch' is missing (it is at "),
        "{out}"
    );
    assert!(
        out.contains("message 'only-in-ukrainian' is not in the source language"),
        "{out}"
    );
    assert!(
        out.contains("ti/passerelle.ftl:")
            && out.contains("uses the variables {\"checked\", \"sources\"}"),
        "{out}"
    );
}

#[test]
fn check_reports_broken_content_with_file_and_line() {
    let (code, out) = check_broken("content", |_, content| {
        edit(&content.join("emergency.toml"), |t| {
            t.replacen(
                "icon = \"police\"",
                "icon = \"police\"\ncolour = \"blue\"",
                1,
            )
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("emergency.toml:") && out.contains("unknown field `colour`"),
        "{out}"
    );

    let (code, out) = check_broken("content-semantics", |_, content| {
        edit(&content.join("emergency.toml"), |t| {
            t.replacen("icon = \"sos\"", "icon = \"rocket\"", 1)
                .replacen(
                    "message = \"emergency-115\"",
                    "message = \"emergency-999\"",
                    1,
                )
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("icon 'rocket' is not one the UI has"), "{out}");
    assert!(
        out.contains("message 'emergency-999-name' does not exist"),
        "{out}"
    );
    // The [[line]] of 112 is the fourth one.
    let text =
        std::fs::read_to_string(common::project_dir("content/emergency.toml")).expect("read");
    let fourth = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[line]]")
        .nth(3)
        .expect("fourth line")
        .0
        + 1;
    assert!(
        out.contains(&format!("emergency.toml:{fourth}:1: icon 'rocket'")),
        "{out}"
    );

    // Every fact keeps its source's date, or says the source shows none.
    let (code, out) = check_broken("source-without-date", |_, content| {
        edit(&content.join("national.toml"), |t| {
            t.replacen("date = 2026-06-24\n", "", 1)
        });
        edit(&content.join("guides.toml"), |t| {
            t.replacen(", date = \"2016-12-21\"", "", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("national.toml:") && out.contains("source 'service-public' has no date"),
        "{out}"
    );
    assert!(
        out.contains("guides.toml:")
            && out.contains("assouevam.fr, soins urgents et vitaux' has no date"),
        "{out}"
    );
    // Listed hours need their message.
    let (code, out) = check_broken("hours-without-message", |locales, _| {
        edit(&locales.join("fr/nearby.ftl"), |t| {
            let start = t.find("national-3939-hours =").expect("hours");
            let end = start + t[start..].find('\n').expect("end") + 1;
            format!("{}{}", &t[..start], &t[end..])
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("message 'national-3939-hours' does not exist"),
        "{out}"
    );
}

#[test]
fn check_reports_a_broken_language_list() {
    let (code, out) = check_broken("languages", |locales, _| {
        edit(&locales.join("languages.toml"), |t| {
            t.replacen("direction = \"rtl\"", "direction = \"sideways\"", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("languages.toml:"), "{out}");
    assert!(out.contains("sideways"), "{out}");
}

#[test]
fn the_guide_flow_the_ceilings_and_the_pages_load_and_every_outcome_is_reachable() {
    let catalog = Catalog::embedded();
    let ceilings =
        passerelle::content::rules::Ceilings::load(&Files::EmbeddedContent).expect("ceilings");
    let flow =
        passerelle::content::flow::Flow::load(&Files::EmbeddedContent, &catalog, Some(&ceilings))
            .expect("flow");
    // The CSS of Mayotte is reached only there: every zone is walked.
    let paths: Vec<_> = passerelle::content::rules::Zone::ALL
        .iter()
        .flat_map(|zone| {
            flow.endings(jiff::civil::date(2025, 6, 1), *zone)
                .expect("a few situations")
        })
        .collect();
    assert!(paths.len() > 50, "only {} endings", paths.len());
    let mut reached = std::collections::BTreeSet::new();
    for answers in &paths {
        let advice = passerelle::content::rules::advise(answers, Some(&ceilings));
        assert!(!advice.outcomes.is_empty(), "{answers:?}");
        reached.extend(advice.outcomes);
    }
    assert_eq!(
        reached.len(),
        passerelle::content::rules::Outcome::ALL.len()
    );
    let guides = passerelle::content::guides::Guides::load(&Files::EmbeddedContent, &catalog)
        .expect("guides");
    assert_eq!(guides.guides.len(), 6);
    assert!(guides.guides.iter().all(|g| !g.sources.is_empty()));
    assert!(check::check_outcome_messages(&catalog).is_empty());
}

fn line_of(path: &str, needle: &str) -> usize {
    std::fs::read_to_string(common::project_dir(path))
        .expect("read")
        .lines()
        .position(|l| l.contains(needle))
        .expect("needle")
        + 1
}

#[test]
fn check_reports_a_cycle_a_dead_end_and_a_missing_dont_know_in_the_flow() {
    let (code, out) = check_broken("flow-cycle", |_, content| {
        edit(&content.join("flow.toml"), |t| {
            t.replacen(
                "next = \"result\" },\n]\n\n[[question]]\nid = \"rsa\"",
                "next = \"has-puma\" },\n]\n\n[[question]]\nid = \"rsa\"",
                1,
            )
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("leads back to itself"), "{out}");

    let (code, out) = check_broken("flow-dead-end", |_, content| {
        edit(&content.join("flow.toml"), |t| {
            t.replacen("next = \"pregnant\"", "next = \"nowhere\"", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    let line = line_of("content/flow.toml", "id = \"urgent\"");
    assert!(out.contains(&format!("flow.toml:{line}:1: question 'urgent': next 'nowhere' is neither a question nor \"result\"")), "{out}");

    let (code, out) = check_broken("flow-no-unknown", |_, content| {
        edit(&content.join("flow.toml"), |t| {
            t.replacen("    { value = \"unknown\", label = \"answer-unknown\", icon = \"unknown\", next = \"result\" },\n]\n\n[[question]]\nid = \"income-participation\"", "]\n\n[[question]]\nid = \"income-participation\"", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("question 'income-free': no \"I don't know\" choice"),
        "{out}"
    );
}

#[test]
fn check_reports_unreachable_outcomes_and_questions() {
    // Without the employee question, the employer's mutuelle can no longer be reached.
    let (code, out) = check_broken("flow-unreachable", |_, content| {
        edit(&content.join("flow.toml"), |t| {
            t.replace("next = \"employee\"", "next = \"result\"")
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("question 'employee' cannot be reached from the start"),
        "{out}"
    );
    assert!(
        out.contains("no path through the questions leads to the outcome 'mutuelle-employer'"),
        "{out}"
    );
}

#[test]
fn check_reports_overlapping_periods_and_pages_without_sources() {
    let (code, out) = check_broken("ceilings-overlap", |_, content| {
        edit(&content.join("ceilings.toml"), |t| {
            t.replacen("from = 2025-04-01", "from = 2025-03-01", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    let second = std::fs::read_to_string(common::project_dir("content/ceilings.toml"))
        .expect("read")
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == "[[period]]")
        .nth(1)
        .expect("second period")
        .0
        + 1;
    assert!(
        out.contains(&format!(
            "ceilings.toml:{second}:1: the period 2025-03-01..2026-03-31 overlaps"
        )),
        "{out}"
    );

    let (code, out) = check_broken("guide-no-source", |_, content| {
        edit(&content.join("guides.toml"), |t| {
            let start = t.find("id = \"mutuelle\"").expect("mutuelle");
            let from = start + t[start..].find("sources = [").expect("sources");
            let to = from + t[from..].find("]\n").expect("end") + 2;
            format!("{}sources = []\n{}", &t[..from], &t[to..])
        });
    });
    assert_eq!(code, 1, "{out}");
    let line = line_of("content/guides.toml", "id = \"mutuelle\"");
    assert!(
        out.contains(&format!(
            "guides.toml:{line}:1: guide 'mutuelle': has no source"
        )),
        "{out}"
    );
}

/// The question screen's view, computed without a window: the income
/// question names the ceiling of the visitor's household for the date, in
/// the visitor's digits, and the progress counts the questions.
#[test]
fn the_income_question_names_the_household_s_ceiling() {
    use passerelle::content::flow::Walk;
    use passerelle::content::rules::Zone;
    use passerelle::kiosk::guide::question_view;

    let (content, problems) = passerelle::content::load::Content::embedded();
    assert!(problems.is_empty(), "{problems:?}");
    let flow = content.flow.as_ref().expect("flow");
    let date = jiff::civil::date(2025, 6, 1);
    // Without papers, over 3 months in France, a household of two.
    let to_income = |date| {
        let mut walk = Walk::new(flow, date, Zone::Metropole);
        for value in ["no", "no-papers", "no", "4", "2"] {
            let question = walk.current(flow).expect("a question");
            let index = question
                .choices
                .iter()
                .position(|c| c.value.as_deref() == Some(value))
                .unwrap_or_else(|| panic!("{}: no choice {value}", question.id));
            walk.choose(flow, index);
        }
        walk
    };
    let walk = to_income(date);
    let question = walk.current(flow).expect("the income question");
    assert_eq!(question.id, "income-ame");
    let ceiling = content
        .ceilings
        .as_ref()
        .and_then(|c| c.ceiling(Zone::Metropole, &date, 2))
        .expect("a ceiling for two people");
    for lang in ["fr", "prs"] {
        let view = question_view(&content, lang, &walk, question);
        let amount = content.catalog.number(lang, i64::from(ceiling.free));
        assert!(
            view.question.contains(&amount),
            "{lang}: {} does not name {amount}",
            view.question
        );
        assert_eq!(view.choices.len(), question.choices.len());
        assert!(view.choices.iter().all(|c| !c.label.is_empty()));
        assert!(view.progress > 0.0 && view.progress < 1.0);
    }
    let view = question_view(&content, "fr", &walk, question);
    assert!(
        view.progress_text.starts_with("Question 6 sur "),
        "{}",
        view.progress_text
    );
    assert!(!view.hint.contains("Attention"), "in period: {}", view.hint);

    // Past the last known period, the question says the amount may have changed.
    let later = jiff::civil::date(2026, 6, 1);
    let walk = to_income(later);
    let question = walk.current(flow).expect("the income question");
    let view = question_view(&content, "fr", &walk, question);
    assert!(
        view.hint.contains("31/03/2026") && view.hint.contains("peut-être changé"),
        "{}",
        view.hint
    );
}

/// Dari and Pashto write their numbers in Eastern Arabic-Indic digits, in
/// the translations' own words as in the numbers the kiosk formats; only
/// phone numbers and form numbers stay in the Western digits dialled or
/// typed in France, with the visitor's digits beside them.
#[test]
fn dari_and_pashto_write_numbers_in_their_own_digits_but_phone_and_form_numbers() {
    const DIALLED_OR_TYPED: &[&str] = &[
        "15", "17", "112", "114", "115", "119", "196", "3919", "3646", "12504", "11573",
    ];
    let catalog = Catalog::embedded();
    let mut problems = Vec::new();
    for code in ["prs", "ps"] {
        for message in catalog.message_signatures(code) {
            let mut args = fluent_bundle::FluentArgs::new();
            for variable in &message.variables {
                args.set(variable.clone(), 1234);
            }
            let text = catalog.format(code, &message.id, Some(&args));
            let mut western = String::new();
            for c in text.chars().chain(std::iter::once(' ')) {
                if c.is_ascii_digit() {
                    western.push(c);
                } else if !western.is_empty() {
                    if !DIALLED_OR_TYPED.contains(&western.as_str()) {
                        problems.push(format!("{code} {}: {western} in {text}", message.id));
                    }
                    // The visitor's digits beside the dialled ones.
                    let beside = format!("{western} ({})", catalog.digits(code, &western));
                    let unmarked: String = text
                        .chars()
                        .filter(|c| !matches!(*c, '\u{200f}' | '\u{2066}'..='\u{2069}'))
                        .collect();
                    if !unmarked.contains(&beside) {
                        problems.push(format!("{code} {}: no '{beside}' in {text}", message.id));
                    }
                    western.clear();
                }
            }
            let arabic = text.chars().any(|c| ('\u{660}'..='\u{669}').contains(&c));
            if arabic {
                problems.push(format!(
                    "{code} {}: Arabic (not Persian) digits in {text}",
                    message.id
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The choices take three columns only when they are many and short (the
/// household) or few with short words; long answers (the statuses) take two
/// (one in Tamil and Bengali), so no word runs out of its button.
#[test]
fn long_answers_take_two_columns_short_ones_three() {
    use passerelle::content::flow::Walk;
    use passerelle::content::rules::Zone;
    use passerelle::kiosk::guide::question_view;

    let (content, _) = passerelle::content::load::Content::embedded();
    let flow = content.flow.as_ref().expect("flow");
    let after = |values: &[&str]| {
        let mut walk = Walk::new(flow, jiff::civil::date(2025, 6, 1), Zone::Metropole);
        for value in values {
            let question = walk.current(flow).expect("a question");
            let index = question
                .choices
                .iter()
                .position(|c| c.value.as_deref() == Some(*value))
                .expect("choice");
            walk.choose(flow, index);
        }
        walk
    };
    for lang in LANGUAGES {
        let walk = after(&["no"]);
        let status = question_view(&content, lang, &walk, walk.current(flow).expect("status"));
        assert!(status.choices.len() > 8);
        // In Tamil and Bengali, whose wrapped lines are drawn taller than
        // measured, the long statuses take a row each.
        let expected = if ["ta", "bn"].contains(lang) { 1 } else { 2 };
        assert_eq!(status.columns, expected, "{lang}: the statuses");
        let walk = after(&["yes", "no"]);
        let household = question_view(
            &content,
            lang,
            &walk,
            walk.current(flow).expect("household"),
        );
        assert_eq!(household.columns, 3, "{lang}: the household");
        let walk = after(&[]);
        let first = question_view(&content, lang, &walk, walk.current(flow).expect("first"));
        assert_eq!(first.columns, 3, "{lang}: yes, no, I don't know");
        // "More than 3 months": a word too long for a third of the width
        // (Tamil's "மாதங்களுக்கு") puts the answers one under the other.
        let walk = after(&["no", "permit", "no"]);
        let months = question_view(&content, lang, &walk, walk.current(flow).expect("months"));
        assert_eq!(months.choices.len(), 3);
        let expected = if *lang == "ta" { 1 } else { 3 };
        assert_eq!(months.columns, expected, "{lang}: the months");
    }
}

/// AME holders often think they have sécurité sociale: the first question
/// says it is not, so they are not sent to the CSS questions.
#[test]
fn the_first_question_says_ame_is_not_securite_sociale() {
    use passerelle::content::flow::Walk;
    use passerelle::content::rules::Zone;
    use passerelle::kiosk::guide::question_view;

    let (content, _) = passerelle::content::load::Content::embedded();
    let flow = content.flow.as_ref().expect("flow");
    let walk = Walk::new(flow, jiff::civil::date(2025, 6, 1), Zone::Metropole);
    let first = walk.current(flow).expect("first");
    assert_eq!(first.key, "has_puma");
    let view = question_view(&content, "fr", &walk, first);
    assert!(
        view.hint.contains("L'AME n'est pas la sécurité sociale"),
        "{}",
        view.hint
    );
    for lang in LANGUAGES {
        let view = question_view(&content, lang, &walk, first);
        assert!(view.hint.contains("AME"), "{lang}: {}", view.hint);
    }
}

/// The pregnant question's choices lead on to `first` rather than to the
/// result; `questions` are appended at the end of the flow.
fn flow_with_questions_after_pregnant(content: &std::path::Path, first: &str, questions: &str) {
    edit(&content.join("flow.toml"), |t| {
        let block = "key = \"pregnant\"\ntext = \"question-pregnant\"\nicon = \"pregnant\"\nchoices = [\n    { value = \"yes\", label = \"answer-yes\", icon = \"yes\", next = \"result\" },\n    { value = \"no\", label = \"answer-no\", icon = \"no\", next = \"result\" },\n    { value = \"unknown\", label = \"answer-unknown\", icon = \"unknown\", next = \"result\" },\n]";
        assert!(t.contains(block), "the pregnant question changed shape");
        let moved = block.replace("next = \"result\"", &format!("next = \"{first}\""));
        format!("{}\n{questions}", t.replacen(block, &moved, 1))
    });
}

/// F2, F16: the flow is checked without walking every path. Ten thousand
/// questions in a row, each with three answers (3^10000 paths), are checked
/// and pass; a flow whose answers combine into too many situations is
/// refused with a reason instead of eating the memory.
#[test]
fn a_long_flow_is_checked_without_walking_every_path() {
    let n = 10_000;
    let mut chain = String::new();
    for i in 0..n {
        let next = if i + 1 == n {
            "result".to_string()
        } else {
            format!("extra-{}", i + 1)
        };
        chain.push_str(&format!(
            "\n[[question]]\nid = \"extra-{i}\"\nkey = \"pregnant\"\ntext = \"question-pregnant\"\nicon = \"pregnant\"\nchoices = [\n    {{ value = \"yes\", label = \"answer-yes\", icon = \"yes\", next = \"{next}\" }},\n    {{ value = \"no\", label = \"answer-no\", icon = \"no\", next = \"{next}\" }},\n    {{ value = \"unknown\", label = \"answer-unknown\", icon = \"unknown\", next = \"{next}\" }},\n]\n"
        ));
    }
    let (code, out) = check_broken("flow-chain", |_, content| {
        flow_with_questions_after_pregnant(content, "extra-0", &chain);
    });
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("ok"), "{out}");

    // Four questions with twenty figures each, and a yes/no one, after every
    // way through the guide: millions of situations.
    let mut many = String::new();
    let steps = [
        ("household", "household"),
        ("income", "income"),
        ("months", "months"),
        ("irregular_months", "irregular-months"),
    ];
    for (i, (key, _)) in steps.iter().enumerate() {
        let next = if i + 1 == steps.len() {
            "wide-rsa".to_string()
        } else {
            format!("wide-{}", i + 1)
        };
        let mut choices: Vec<String> = (1..=20)
            .map(|v| format!("    {{ value = \"{v}\", label = \"answer-yes\", icon = \"yes\", next = \"{next}\" }},"))
            .collect();
        choices.push(format!("    {{ value = \"unknown\", label = \"answer-unknown\", icon = \"unknown\", next = \"{next}\" }},"));
        many.push_str(&format!(
            "\n[[question]]\nid = \"wide-{i}\"\nkey = \"{key}\"\ntext = \"question-pregnant\"\nicon = \"pregnant\"\nchoices = [\n{}\n]\n",
            choices.join("\n")
        ));
    }
    many.push_str("\n[[question]]\nid = \"wide-rsa\"\nkey = \"rsa\"\ntext = \"question-pregnant\"\nicon = \"pregnant\"\nchoices = [\n    { value = \"yes\", label = \"answer-yes\", icon = \"yes\", next = \"result\" },\n    { value = \"unknown\", label = \"answer-unknown\", icon = \"unknown\", next = \"result\" },\n]\n");
    let (code, out) = check_broken("flow-wide", |_, content| {
        flow_with_questions_after_pregnant(content, "wide-0", &many);
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("flow.toml"), "{out}");
    assert!(out.contains("too many to check"), "{out}");
}

/// F17, F18: amounts that are not euros, and ceilings past any real figure
/// (which once wrapped the arithmetic), are refused by the check.
#[test]
fn check_refuses_amounts_that_are_not_euros_and_absurd_ceilings() {
    let (code, out) = check_broken("ceilings-nan", |_, content| {
        edit(&content.join("ceilings.toml"), |t| {
            t.replace(
                "amounts = [8, 14, 21, 25, 30]",
                "amounts = [nan, -5, inf, 1e308, 0]",
            )
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("participation.amounts: NaN is not an amount in euros"),
        "{out}"
    );
    let (code, out) = check_broken("ceilings-overflow", |_, content| {
        edit(&content.join("ceilings.toml"), |t| {
            t.replacen("free-extra = 4066", "free-extra = 2000000000", 1)
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("a typing error?"), "{out}");
}

/// F23: a translation that refers to itself, to a missing message or to a
/// cycle of terms passes no longer: the check names the message and why.
#[test]
fn check_refuses_messages_that_cannot_be_formatted() {
    let (code, out) = check_broken("ftl-self-ref", |locales, _| {
        let file = locales.join("en/passerelle.ftl");
        edit(&file, |t| {
            format!(
                "{t}\nloop-a = {{ loop-a }}\nmissing-ref = see {{ nowhere-at-all }}\n-term-a = {{ -term-b }}\n-term-b = {{ -term-a }}\nterm-cycle = {{ -term-a }}\n"
            )
        });
    });
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("message 'loop-a' cannot be formatted: it refers to itself"),
        "{out}"
    );
    assert!(
        out.contains(
            "message 'missing-ref' cannot be formatted: it refers to the message 'nowhere-at-all'"
        ),
        "{out}"
    );
    assert!(
        out.contains("message 'term-cycle' cannot be formatted"),
        "{out}"
    );
}
