//! Anonymous usage counts: off unless configured; per day only; counts
//! under 5 hidden in the report; nothing else written.

use crate::common;

use std::rc::Rc;

use i_slint_backend_testing::ElementRoot;
use passerelle::kiosk::state::{Kiosk, Setup};
use passerelle::kiosk::window;
use passerelle::ops::stats::{Event, Stats};
use slint::ComponentHandle;
use slint::platform::PointerEventButton;

fn tap(window: &passerelle::AppWindow, id: &str) {
    let wanted = id.to_string();
    let element = window
        .root_element()
        .query_descendants()
        .match_predicate(move |e| e.accessible_id().is_some_and(|a| a == wanted.as_str()))
        .find_first()
        .unwrap_or_else(|| panic!("no element '{id}'"));
    element.mock_single_click(PointerEventButton::Left);
}

#[test]
fn counts_are_per_day_and_small_ones_are_hidden() {
    let dir = common::temp_dir("stats-unit");
    let stats = Stats::new(dir.clone());
    for _ in 0..7 {
        stats.count(jiff::civil::date(2026, 11, 27), Event::Language("ar"));
    }
    stats.count(jiff::civil::date(2026, 11, 27), Event::Language("ti"));
    stats.count(jiff::civil::date(2026, 11, 28), Event::Outcome("css-free"));
    let report = stats.report().expect("report");
    assert_eq!(
        report,
        "2026-11-27\n  language ar: 7\n  language ti: <5\n2026-11-28\n  outcome css-free: <5\n"
    );
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.iter().all(|n| n.len() == "2026-11-27.json".len()),
        "one file a day, named by the day: {names:?}"
    );
    let _ = std::fs::remove_dir_all(dir);
}

/// F9, F27: a day file spoilt by a power cut (or by hand) is neither reset
/// silently nor allowed to stop the report: it is kept aside, named, and
/// counting goes on; a file beside the days that is not a day is named too.
#[test]
fn a_spoilt_day_file_is_kept_aside_and_the_report_goes_on() {
    let dir = common::temp_dir("stats-spoilt");
    let stats = Stats::new(dir.clone());
    let day = jiff::civil::date(2026, 11, 27);
    for _ in 0..6 {
        stats.count(day, Event::Language("ar"));
    }
    // Another day, half written.
    std::fs::write(dir.join("2026-11-28.json"), "{\"language\": {\"uk\": 1").expect("spoil");
    // A note beside the days, shaped like one: not a day called "notes".
    std::fs::write(dir.join("notes.json"), "{\"language\": {\"fr\": 9}}").expect("note");
    let report = stats.report().expect("the report still comes");
    assert!(
        report.starts_with("2026-11-27\n  language ar: 6\n"),
        "{report}"
    );
    assert!(
        report.contains("unreadable: ") && report.contains("2026-11-28.json"),
        "{report}"
    );
    assert!(!report.contains("\nnotes\n"), "{report}");
    assert!(
        report.contains("notes.json: not a day's counts"),
        "{report}"
    );
    // Counting on the spoilt day keeps the spoilt file aside.
    stats.count(jiff::civil::date(2026, 11, 28), Event::Language("uk"));
    assert!(dir.join("2026-11-28.json.unreadable").exists());
    let days = stats.days().expect("days");
    assert_eq!(days.len(), 2);
    assert_eq!(days[1].1.language.get("uk"), Some(&1));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_kiosk_counts_only_when_configured_and_only_counts() {
    i_slint_backend_testing::init_no_event_loop();
    let dir = common::temp_dir("stats-kiosk");
    let config = passerelle::ops::config::Config {
        stats: Some(dir.clone()),
        ..Default::default()
    };
    let kiosk = Kiosk::load(&Setup {
        config,
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 3, 15).at(10, 0, 0, 0)),
        ..Default::default()
    });
    let window = window::build(Rc::clone(&kiosk)).expect("window");
    window
        .window()
        .set_size(slint::LogicalSize::new(800.0, 480.0));
    window.show().expect("show");
    tap(&window, "start");
    tap(&window, "lang-ps");
    tap(&window, "tile-guide");
    tap(&window, "choice-0"); // already covered
    tap(&window, "choice-0"); // RSA
    let days = Stats::new(dir.clone()).days().expect("days");
    assert_eq!(days.len(), 1);
    let (day, counts) = &days[0];
    assert_eq!(day, "2026-03-15");
    assert_eq!(counts.language.get("ps"), Some(&1));
    assert_eq!(counts.topic.get("guide"), Some(&1));
    assert_eq!(counts.outcome.get("css-automatic"), Some(&1));
    assert_eq!(counts.outcome.get("already-covered"), Some(&1));
    // Nothing but the counts: no answer, no time of day.
    let text = std::fs::read_to_string(dir.join(format!("{day}.json"))).expect("file");
    let json: serde_json::Value = serde_json::from_str(&text).expect("json");
    let object = json.as_object().expect("object");
    assert_eq!(
        object.keys().collect::<Vec<_>>(),
        ["language", "outcome", "topic"]
    );
    for group in object.values() {
        assert!(
            group
                .as_object()
                .expect("group")
                .values()
                .all(serde_json::Value::is_u64),
            "{text}"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}
