//! The kiosk driven as a visitor would, with Slint's testing backend: every
//! test finds the element it taps (and fails if it does not), taps it, and
//! checks where it landed and in which language.

use crate::common;

use i_slint_backend_testing::{ElementHandle, ElementRoot};
use passerelle::kiosk::state::Kiosk;
use passerelle::kiosk::window;
use passerelle::{AppWindow, Nav, Screen, Tr};
use slint::ComponentHandle;
use slint::platform::PointerEventButton;
use std::rc::Rc;

/// The kiosk of `setup` in a 800x480 window of the testing backend.
fn start_with(setup: &passerelle::kiosk::state::Setup) -> (AppWindow, Rc<Kiosk>) {
    i_slint_backend_testing::init_no_event_loop();
    let kiosk = Kiosk::load(setup);
    let window = window::build(Rc::clone(&kiosk)).expect("build the window");
    window
        .window()
        .set_size(slint::LogicalSize::new(800.0, 480.0));
    window.show().expect("show");
    (window, kiosk)
}

fn start() -> (AppWindow, Rc<Kiosk>) {
    start_with(&passerelle::kiosk::state::Setup::default())
}

/// The first visible element with this accessible id, if any.
fn try_find(window: &AppWindow, id: &str) -> Option<ElementHandle> {
    let wanted = id.to_string();
    window
        .root_element()
        .query_descendants()
        .match_predicate(move |e| e.accessible_id().is_some_and(|a| a == wanted.as_str()))
        .find_first()
}

/// The one element with this accessible id; fails the test if there is none or several.
fn find(window: &AppWindow, id: &str) -> ElementHandle {
    let wanted = id.to_string();
    let found: Vec<ElementHandle> = window
        .root_element()
        .query_descendants()
        .match_predicate(move |e| e.accessible_id().is_some_and(|a| a == wanted.as_str()))
        .find_all();
    assert_eq!(
        found.len(),
        1,
        "expected one element with accessible-id '{id}', found {}",
        found.len()
    );
    found.into_iter().next().expect("one element")
}

/// Like `find`, scrolling the list under `anchor` down until the element shows:
/// elements scrolled out of view are not visible to the queries.
fn find_scrolling(window: &AppWindow, anchor: &str, id: &str) -> ElementHandle {
    let list = find(window, anchor);
    for _ in 0..20 {
        // Found, and its middle inside the list's visible part (a tap
        // elsewhere would land on whatever is drawn there).
        if let Some(element) = try_find(window, id) {
            let middle = element.absolute_position().y + element.size().height / 2.0;
            let top = list.absolute_position().y;
            if middle >= top && middle <= top + list.size().height {
                return element;
            }
        }
        list.scroll(0.0, -120.0);
    }
    panic!("'{id}' did not come into view");
}

fn tap(window: &AppWindow, id: &str) {
    let element = find(window, id);
    let size = element.size();
    assert!(
        size.width > 0.0 && size.height > 0.0,
        "'{id}' has no size: {size:?}"
    );
    element.mock_single_click(PointerEventButton::Left);
}

fn screen(window: &AppWindow) -> Screen {
    window.global::<Nav>().get_screen()
}

fn locale(window: &AppWindow) -> String {
    window.global::<Tr>().get_locale().to_string()
}

/// Finds an element whose accessible label is `text`: proves the text is on screen.
fn shows_text(window: &AppWindow, text: &str) -> bool {
    assert!(!text.is_empty());
    ElementHandle::find_by_accessible_label(window, text)
        .next()
        .is_some()
}

#[test]
fn tapping_a_language_lands_on_home_in_that_language() {
    let (window, kiosk) = start();
    assert_eq!(screen(&window), Screen::Welcome);
    tap(&window, "start");
    assert_eq!(screen(&window), Screen::Languages);
    tap(&window, "lang-ti");
    assert_eq!(screen(&window), Screen::Home);
    assert_eq!(locale(&window), "ti");
    let title = kiosk.content().catalog.text("ti", "home-title");
    assert!(
        shows_text(&window, &title),
        "the home title in Tigrinya is not shown: {title}"
    );
    assert!(!shows_text(
        &window,
        &kiosk.content().catalog.text("fr", "home-title")
    ));
}

#[test]
fn the_language_can_be_switched_from_home_and_from_a_deep_screen() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-en");
    assert_eq!(screen(&window), Screen::Home);
    tap(&window, "language");
    assert_eq!(screen(&window), Screen::Languages);
    tap(&window, "lang-uk");
    assert_eq!(
        screen(&window),
        Screen::Home,
        "the picker returns where it was opened"
    );
    assert_eq!(locale(&window), "uk");
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("uk", "tile-danger")
    ));

    tap(&window, "tile-danger");
    assert_eq!(screen(&window), Screen::Emergency);
    tap(&window, "language");
    tap(&window, "lang-ru");
    assert_eq!(screen(&window), Screen::Emergency);
    assert_eq!(locale(&window), "ru");
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("ru", "emergency-title")
    ));
}

#[test]
fn right_to_left_is_set_for_arabic_dari_and_pashto_only() {
    let (window, kiosk) = start();
    tap(&window, "start");
    for language in kiosk.content().catalog.languages() {
        tap(&window, &format!("lang-{}", language.code));
        assert_eq!(locale(&window), language.code);
        let rtl = window.global::<Tr>().get_rtl();
        assert_eq!(
            rtl,
            ["ar", "prs", "ps"].contains(&language.code.as_str()),
            "{}",
            language.code
        );
        tap(&window, "language");
    }
}

#[test]
fn the_bar_is_mirrored_in_right_to_left_languages() {
    let (window, _) = start();
    tap(&window, "start");
    tap(&window, "lang-fr");
    let exit_ltr = find(&window, "quick-exit").absolute_position().x;
    let back_ltr = find(&window, "back").absolute_position().x;
    assert!(
        back_ltr < 400.0 && exit_ltr > 400.0,
        "back {back_ltr}, exit {exit_ltr}"
    );
    tap(&window, "language");
    tap(&window, "lang-ar");
    let exit_rtl = find(&window, "quick-exit").absolute_position().x;
    let back_rtl = find(&window, "back").absolute_position().x;
    assert!(
        back_rtl > 400.0 && exit_rtl < 400.0,
        "back {back_rtl}, exit {exit_rtl}"
    );
}

#[test]
fn quick_exit_from_a_deep_screen_returns_to_welcome_and_forgets_the_language() {
    let (window, _) = start();
    tap(&window, "start");
    tap(&window, "lang-prs");
    tap(&window, "tile-danger");
    assert_eq!(screen(&window), Screen::Emergency);
    assert!(find(&window, "line-15").size().height > 0.0);
    tap(&window, "quick-exit");
    assert_eq!(screen(&window), Screen::Welcome);
    assert_eq!(locale(&window), "fr");
    assert!(!window.global::<Tr>().get_rtl());
}

#[test]
fn back_and_home_walk_the_screens() {
    let (window, _) = start();
    tap(&window, "start");
    tap(&window, "lang-en");
    tap(&window, "tile-danger");
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Home);
    tap(&window, "tile-danger");
    tap(&window, "home");
    assert_eq!(screen(&window), Screen::Home);
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Languages);
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Welcome);
}

#[test]
fn every_emergency_line_is_on_the_emergency_screen_in_the_visitor_language() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-ps");
    tap(&window, "tile-danger");
    for line in &kiosk.content().lines.emergency.lines {
        let card = find_scrolling(&window, "emergency-list", &format!("line-{}", line.number));
        let label = card.accessible_label().expect("label").to_string();
        assert!(
            label.contains(&kiosk.content().catalog.text("ps", &line.name_id())),
            "{label}"
        );
        assert_eq!(
            card.accessible_description()
                .expect("description")
                .to_string(),
            kiosk.content().catalog.text("ps", &line.what_id())
        );
    }
}

#[test]
fn the_welcome_greeting_cycles_through_every_language() {
    let (window, kiosk) = start();
    let mut seen = Vec::new();
    for _ in 0..kiosk.content().catalog.languages().len() {
        let label = find(&window, "start")
            .accessible_label()
            .expect("label")
            .to_string();
        seen.push(label);
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(2600));
    }
    let expected: Vec<String> = kiosk
        .content()
        .catalog
        .languages()
        .iter()
        .map(|l| kiosk.content().catalog.text(&l.code, "welcome-touch"))
        .collect();
    assert_eq!(seen, expected);
}

fn question_text(window: &AppWindow) -> String {
    find(window, "question")
        .accessible_label()
        .expect("label")
        .to_string()
}

#[test]
fn the_guide_walks_to_a_result_and_shows_it_to_staff_in_french() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-en");
    tap(&window, "tile-guide");
    assert_eq!(screen(&window), Screen::Question);
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-has-puma")
    );
    tap(&window, "choice-1"); // No
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-status")
    );
    let asylum = find_scrolling(&window, "choices", "choice-5");
    assert_eq!(
        asylum.accessible_label().expect("label"),
        kiosk.content().catalog.text("en", "status-asylum-seeker")
    );
    asylum.mock_single_click(PointerEventButton::Left);
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-minor")
    );
    tap(&window, "choice-1"); // not a minor
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-months")
    );
    tap(&window, "choice-1"); // less than 3 months
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-urgent")
    );
    tap(&window, "choice-0"); // needs care now
    tap(&window, "choice-1"); // not pregnant
    assert_eq!(screen(&window), Screen::Result);
    for id in ["outcome-puma-wait", "outcome-pass"] {
        let card = find_scrolling(&window, "outcomes", id);
        assert_eq!(
            card.accessible_label().expect("label"),
            kiosk.content().catalog.text("en", &format!("{id}-title"))
        );
    }

    tap(&window, "show-staff");
    assert_eq!(screen(&window), Screen::Staff);
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("fr", "staff-title")
    ));
    assert!(
        shows_text(
            &window,
            &kiosk
                .content()
                .catalog
                .text("fr", "outcome-puma-wait-title")
        ),
        "French column"
    );
    assert!(
        shows_text(
            &window,
            &kiosk
                .content()
                .catalog
                .text("en", "outcome-puma-wait-title")
        ),
        "visitor's column"
    );

    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Result);
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Question);
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("en", "question-pregnant")
    );
}

#[test]
fn the_guide_asks_income_with_the_ceiling_for_the_household_and_quick_exit_forgets_it() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-fr");
    tap(&window, "tile-guide");
    tap(&window, "choice-0"); // already covered
    tap(&window, "choice-1"); // no RSA
    assert_eq!(
        question_text(&window),
        kiosk.content().catalog.text("fr", "question-household")
    );
    tap(&window, "choice-0"); // 1 person
    let answers = kiosk.visit.answers().expect("answers");
    let ceilings = kiosk.content().ceilings.as_ref().expect("ceilings");
    let ceiling = ceilings
        .ceiling(answers.zone, &answers.date, 1)
        .expect("ceiling");
    let free = kiosk
        .content()
        .catalog
        .number("fr", i64::from(ceiling.free));
    let text = question_text(&window);
    assert!(text.contains(&free), "{text} should name {free}");
    assert!(kiosk.visit.answers().is_some());

    tap(&window, "quick-exit");
    assert_eq!(screen(&window), Screen::Welcome);
    assert!(kiosk.visit.answers().is_none(), "the answers are wiped");
}

#[test]
fn guide_pages_show_their_sections_sources_and_date() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-ar");
    tap(&window, "tile-guides");
    assert_eq!(screen(&window), Screen::Guides);
    tap(&window, "guide-0");
    assert_eq!(screen(&window), Screen::GuidePage);
    let guide = &kiosk.content().guides.as_ref().expect("guides").guides[0];
    assert_eq!(
        find(&window, "guide-title")
            .accessible_label()
            .expect("title"),
        kiosk.content().catalog.text("ar", &guide.title_id())
    );
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("ar", "guide-section-what")
    ));
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Guides);
}

/// The kiosk with what every screen needs to be filled: the fixture's
/// places, a location, an operator PIN, and a Wednesday morning.
fn start_with_every_screen() -> (AppWindow, Rc<Kiosk>) {
    start_with(&passerelle::kiosk::state::Setup {
        directory: Some(common::project_dir("tests/fixtures/directory.json")),
        location: Some((45.764, 4.8357)),
        config: passerelle::ops::config::Config {
            operator_pin: Some("2468".into()),
            ..Default::default()
        },
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0)),
        ..Default::default()
    })
}

fn start_with_directory() -> (AppWindow, Rc<Kiosk>) {
    let (window, kiosk) = start_with(&passerelle::kiosk::state::Setup {
        directory: Some(common::project_dir("tests/fixtures/directory.json")),
        location: Some((45.7640, 4.8357)),
        config: Default::default(),
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0)),
        ..Default::default()
    });
    assert_eq!(
        kiosk.loaded.places.as_ref().map(|d| d.entries.len()),
        Some(3),
        "the fixture directory loads"
    );
    (window, kiosk)
}

#[test]
fn nearby_lists_the_places_nearest_first_and_opens_one_with_its_qr_code() {
    let (window, kiosk) = start_with_directory();
    tap(&window, "start");
    tap(&window, "lang-uk");
    tap(&window, "tile-nearby");
    assert_eq!(screen(&window), Screen::Nearby);
    let first = find(&window, "place-0")
        .accessible_label()
        .expect("label")
        .to_string();
    assert_eq!(first, "CCAS de Testville", "the nearest place comes first");
    // Filter: the chips are "all" then the kinds present, in the usual order.
    tap(&window, "kind-2"); // all, France Services, PIMMS, CCAS: PIMMS
    let names: Vec<String> = (0..3)
        .filter_map(|i| try_find(&window, &format!("place-{i}")))
        .filter_map(|e| e.accessible_label().map(|l| l.to_string()))
        .collect();
    assert!(
        !names.is_empty() && names.len() < 3,
        "the filter leaves fewer places: {names:?}"
    );
    tap(&window, "kind-0");
    tap(&window, "place-0");
    assert_eq!(screen(&window), Screen::Place);
    assert_eq!(
        find(&window, "place-name")
            .accessible_label()
            .expect("name"),
        "CCAS de Testville"
    );
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("uk", "place-hours")
    ));
    let qr = find_scrolling(&window, "place", "qr-address");
    assert!(qr.size().width >= 100.0);
    tap(&window, "back");
    assert_eq!(screen(&window), Screen::Nearby);
}

#[test]
fn without_a_local_list_nearby_says_so_and_shows_the_national_lines() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-fr");
    tap(&window, "tile-nearby");
    assert_eq!(screen(&window), Screen::Nearby);
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("fr", "nearby-none")
    ));
    assert!(shows_text(
        &window,
        &kiosk.content().catalog.text("fr", "nearby-ask")
    ));
    let line = find_scrolling(&window, "places", "line-36 46");
    assert!(line.accessible_label().is_some_and(|l| l.contains("36 46")));
}

#[test]
fn the_result_leads_to_the_places_that_help_with_it() {
    let (window, _) = start_with_directory();
    tap(&window, "start");
    tap(&window, "lang-fr");
    tap(&window, "tile-guide");
    tap(&window, "choice-0"); // already covered
    tap(&window, "choice-0"); // RSA: automatic CSS
    assert_eq!(screen(&window), Screen::Result);
    find_scrolling(&window, "outcomes", "result-nearby")
        .mock_single_click(PointerEventButton::Left);
    assert_eq!(screen(&window), Screen::Nearby);
    // The kinds that help with CSS are selected: CPAM, France Services, PIMMS, CCAS.
    let selected: Vec<String> = (0..4)
        .filter_map(|i| try_find(&window, &format!("kind-{i}")))
        .filter(|chip| chip.accessible_checked() == Some(true))
        .filter_map(|chip| chip.accessible_label().map(|l| l.to_string()))
        .collect();
    assert!(!selected.is_empty(), "some kinds are selected");
    assert!(
        !selected.iter().any(|l| l == "Tous"),
        "not all kinds: {selected:?}"
    );
    tap(&window, "back");
    assert_eq!(
        screen(&window),
        Screen::Result,
        "back returns to the result"
    );
}

fn wait_seconds(n: u32) {
    for _ in 0..n {
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(1000));
    }
}

fn asking(window: &AppWindow) -> bool {
    try_find(window, "still-there").is_some()
}

#[test]
fn an_absent_visitor_is_asked_then_forgotten() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-prs");
    tap(&window, "tile-guide");
    tap(&window, "choice-1");
    assert!(kiosk.visit.answers().is_some());
    wait_seconds(89);
    assert!(!asking(&window), "not before 90 seconds");
    wait_seconds(1);
    assert!(asking(&window), "asked after 90 seconds");
    assert_eq!(
        find(&window, "countdown")
            .accessible_label()
            .expect("countdown"),
        "30"
    );
    wait_seconds(29);
    assert_eq!(
        screen(&window),
        Screen::Question,
        "still waiting for an answer"
    );
    wait_seconds(1);
    assert_eq!(screen(&window), Screen::Welcome);
    assert!(kiosk.visit.answers().is_none(), "the answers are wiped");
    assert_eq!(locale(&window), "fr", "back to the default language");
    assert!(!asking(&window));
}

#[test]
fn a_visitor_who_answers_yes_keeps_their_place() {
    let (window, kiosk) = start();
    tap(&window, "start");
    tap(&window, "lang-ti");
    tap(&window, "tile-guide");
    tap(&window, "choice-0");
    wait_seconds(95);
    assert!(asking(&window));
    tap(&window, "still-here");
    assert!(!asking(&window));
    assert_eq!(screen(&window), Screen::Question);
    assert_eq!(locale(&window), "ti");
    assert!(
        kiosk
            .visit
            .answers()
            .is_some_and(|a| a.has_puma == Some(true))
    );
    // Taps count as presence: no question while the visitor keeps using it.
    for _ in 0..5 {
        wait_seconds(60);
        tap(&window, "choice-2");
        tap(&window, "back");
    }
    assert!(!asking(&window));
}

/// The idle question through two senses: a tone for everyone, and the
/// question spoken in the visitor's language to a visitor who used reading
/// aloud. The countdown is the operator's (30 s here, never under 20) and a
/// touch extends it.
#[test]
fn the_idle_question_sounds_a_tone_and_is_spoken_to_a_visitor_who_listened() {
    use passerelle::kiosk::speech::Segment;
    let (window, kiosk) = start();
    kiosk.services.speech.record();
    tap(&window, "start");
    tap(&window, "lang-es");
    tap(&window, "tile-guide");
    wait_seconds(89);
    assert!(kiosk.services.speech.recorded().is_empty());
    wait_seconds(1);
    assert!(asking(&window));
    // A visitor who never listened: the tone alone.
    assert_eq!(kiosk.services.speech.recorded(), [vec![Segment::Tone]]);
    // A touch extends the time: no tone again until another quiet while.
    tap(&window, "still-here");
    wait_seconds(60);
    assert_eq!(kiosk.services.speech.recorded().len(), 1);

    // A visitor who had the screen read: the tone, then the question, in Spanish.
    tap(&window, "read-aloud");
    wait_seconds(90);
    assert!(asking(&window));
    let readings = kiosk.services.speech.recorded();
    let last = readings.last().expect("a reading");
    let [Segment::Tone, Segment::Synthesis { voice, text }] = last.as_slice() else {
        panic!("a tone then the question: {last:?}");
    };
    assert_eq!(voice, "es");
    let catalog = &kiosk.content().catalog;
    assert!(text.contains(&catalog.text("es", "idle-title")), "{text}");
    assert!(text.contains(&catalog.text("es", "idle-yes")), "{text}");
    assert_eq!(
        find(&window, "countdown").accessible_label().as_deref(),
        Some("30")
    );
    // The next visitor has not listened: the tone alone again.
    wait_seconds(30);
    assert_eq!(screen(&window), Screen::Welcome);
    tap(&window, "start");
    tap(&window, "lang-fr");
    wait_seconds(90);
    assert_eq!(
        kiosk.services.speech.recorded().last(),
        Some(&vec![Segment::Tone])
    );
}

/// The kiosk with a speak button on F1 and a sound device.
fn start_with_speak_key() -> (AppWindow, Rc<Kiosk>) {
    start_with(&passerelle::kiosk::state::Setup {
        config: passerelle::ops::config::Config {
            speak_key: Some("F1".into()),
            sound_device: Some("plughw:CARD=Headset".into()),
            operator_pin: Some("2468".into()),
            languages: vec!["fr".into(), "ar".into(), "ps".into(), "zh-Hans".into()],
            ..Default::default()
        },
        ..Default::default()
    })
}

fn press_key(window: &AppWindow, key: slint::platform::Key) {
    let text: slint::SharedString = key.into();
    window
        .window()
        .dispatch_event(slint::platform::WindowEvent::KeyPressed { text: text.clone() });
    window
        .window()
        .dispatch_event(slint::platform::WindowEvent::KeyReleased { text });
}

/// A visitor who cannot see the screen: the speak button, on the welcome
/// screen, says in each offered language with a voice how to choose it;
/// pressing again while Arabic is heard chooses Arabic and reads the next
/// screen in Arabic; elsewhere the button reads the screen.
#[test]
fn the_speak_button_lets_a_visitor_choose_a_language_and_hear_each_screen() {
    use passerelle::kiosk::speech::Segment;
    let (window, kiosk) = start_with_speak_key();
    kiosk.services.speech.record();
    assert_eq!(screen(&window), Screen::Welcome);
    // Another key does nothing.
    press_key(&window, slint::platform::Key::F2);
    assert!(kiosk.services.speech.recorded().is_empty());
    press_key(&window, slint::platform::Key::F1);
    let readings = kiosk.services.speech.recorded();
    assert_eq!(readings.len(), 1);
    let catalog = &kiosk.content().catalog;
    // Pashto has no voice: French, Arabic and Chinese, in the offered order.
    let spoken: Vec<(String, String)> = readings[0]
        .iter()
        .map(|segment| match segment {
            Segment::Synthesis { voice, text } => (voice.clone(), text.clone()),
            other => panic!("synthesis expected: {other:?}"),
        })
        .collect();
    assert_eq!(
        spoken.iter().map(|(v, _)| v.as_str()).collect::<Vec<_>>(),
        ["fr", "ar", "cmn"]
    );
    for ((_, text), code) in spoken.iter().zip(["fr", "ar", "zh-Hans"]) {
        assert_eq!(text, &catalog.text(code, "speak-choose-language"));
        assert!(!text.is_empty());
    }
    assert_eq!(screen(&window), Screen::Welcome, "nothing chosen yet");
    // Pressed again while the Arabic sentence plays: Arabic is chosen...
    kiosk.services.speech.pretend_playing(1);
    press_key(&window, slint::platform::Key::F1);
    assert_eq!(screen(&window), Screen::Home);
    assert_eq!(locale(&window), "ar");
    // ...and the home screen is read in Arabic.
    let readings = kiosk.services.speech.recorded();
    let [Segment::Synthesis { voice, text }] = readings.last().expect("a reading").as_slice()
    else {
        panic!("the home screen read: {readings:?}");
    };
    assert_eq!(voice, "ar");
    assert!(text.contains(&catalog.text("ar", "home-title")), "{text}");
    // Elsewhere the button reads the screen, like the speaker button.
    tap(&window, "tile-danger");
    press_key(&window, slint::platform::Key::F1);
    let readings = kiosk.services.speech.recorded();
    let [Segment::Synthesis { voice, text }] = readings.last().expect("a reading").as_slice()
    else {
        panic!("the emergency screen read: {readings:?}");
    };
    assert_eq!(voice, "ar");
    assert!(
        text.contains(&catalog.text("ar", "emergency-title")),
        "{text}"
    );
    // After the operator's PIN screen the button still works.
    tap(&window, "quick-exit");
    long_press(&window, "start");
    press_key(&window, slint::platform::Key::F1);
    let count = kiosk.services.speech.recorded().len();
    tap(&window, "quick-exit");
    press_key(&window, slint::platform::Key::F1);
    assert_eq!(kiosk.services.speech.recorded().len(), count + 1);
}

#[test]
fn the_operator_config_sets_languages_default_and_idle_time() {
    let config = passerelle::ops::config::Config {
        languages: vec!["ar".into(), "fr".into(), "uk".into()],
        default_language: Some("ar".into()),
        idle_seconds: 10,
        countdown_seconds: 20,
        ..Default::default()
    };
    let (window, _) = start_with(&passerelle::kiosk::state::Setup {
        config,
        ..Default::default()
    });
    assert_eq!(locale(&window), "ar");
    assert!(window.global::<Tr>().get_rtl());
    tap(&window, "start");
    find(&window, "lang-ar");
    find(&window, "lang-uk");
    assert!(
        try_find(&window, "lang-en").is_none(),
        "English is not offered"
    );
    tap(&window, "lang-fr");
    wait_seconds(10);
    assert!(asking(&window));
    wait_seconds(20);
    assert_eq!(screen(&window), Screen::Welcome);
    assert_eq!(locale(&window), "ar");
}

fn long_press(window: &AppWindow, id: &str) {
    let element = find(window, id);
    let p = element.absolute_position();
    let s = element.size();
    let position = slint::LogicalPosition::new(p.x + s.width / 2.0, p.y + s.height / 2.0);
    let w = window.window();
    w.dispatch_event(slint::platform::WindowEvent::PointerMoved { position });
    w.dispatch_event(slint::platform::WindowEvent::PointerPressed {
        position,
        button: PointerEventButton::Left,
    });
    for _ in 0..32 {
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(100));
    }
    w.dispatch_event(slint::platform::WindowEvent::PointerReleased {
        position,
        button: PointerEventButton::Left,
    });
}

fn start_with_pin(pin: Option<&str>) -> (AppWindow, Rc<Kiosk>) {
    let config = passerelle::ops::config::Config {
        operator_pin: pin.map(str::to_string),
        ..Default::default()
    };
    start_with(&passerelle::kiosk::state::Setup {
        config,
        ..Default::default()
    })
}

#[test]
fn a_long_press_and_the_pin_open_the_operator_screen() {
    let (window, _) = start_with_pin(Some("2468"));
    long_press(&window, "start");
    assert_eq!(
        screen(&window),
        Screen::Pin,
        "a long press asks for the PIN, a tap would start"
    );
    for digit in ["1", "2", "3", "4"] {
        tap(&window, &format!("pin-{digit}"));
    }
    tap(&window, "pin-ok");
    assert_eq!(screen(&window), Screen::Pin);
    assert_eq!(
        find(&window, "pin-title")
            .accessible_label()
            .expect("title"),
        "Code incorrect"
    );
    for digit in ["2", "4", "6", "8"] {
        tap(&window, &format!("pin-{digit}"));
    }
    tap(&window, "pin-ok");
    assert_eq!(screen(&window), Screen::Operator);
    let lines: Vec<String> = (0..20)
        .filter_map(|i| try_find(&window, &format!("operator-{i}")))
        .filter_map(|e| e.accessible_label().map(|l| l.to_string()))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Contenu : celui du programme")),
        "{lines:?}"
    );
    tap(&window, "operator-close");
    assert_eq!(screen(&window), Screen::Welcome);
}

fn enter_pin(window: &AppWindow, pin: &str) {
    for digit in pin.chars() {
        tap(window, &format!("pin-{digit}"));
    }
    tap(window, "pin-ok");
}

fn pin_title(window: &AppWindow) -> String {
    find(window, "pin-title")
        .accessible_label()
        .expect("title")
        .to_string()
}

/// A visitor cannot try every PIN: after three wrong ones each next try
/// waits, 30 s then twice as long each time, and the screen says so; the
/// right PIN is not even tried during the wait. Mock time.
#[test]
fn wrong_pins_make_the_next_try_wait_longer_each_time() {
    use passerelle::kiosk::operator::wait_after;
    assert_eq!(
        (0..=12).map(wait_after).collect::<Vec<_>>(),
        [0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
    );
    assert_eq!(wait_after(u32::MAX), 3600);

    let (window, _) = start_with_pin(Some("2468"));
    long_press(&window, "start");
    for _ in 0..2 {
        enter_pin(&window, "1111");
        assert_eq!(pin_title(&window), "Code incorrect");
    }
    enter_pin(&window, "1111");
    assert_eq!(pin_title(&window), "Trop d'essais : réessayez dans 30 s");
    // The right PIN during the wait: not tried.
    enter_pin(&window, "2468");
    assert_eq!(screen(&window), Screen::Pin);
    wait_seconds(10);
    assert_eq!(pin_title(&window), "Trop d'essais : réessayez dans 20 s");
    wait_seconds(20);
    assert_eq!(pin_title(&window), "Code incorrect");
    // One more wrong PIN: twice as long.
    enter_pin(&window, "9999");
    assert_eq!(pin_title(&window), "Trop d'essais : réessayez dans 60 s");
    // Leaving and coming back does not skip the wait (the long press
    // itself takes a few seconds).
    tap(&window, "pin-cancel");
    long_press(&window, "start");
    let title = pin_title(&window);
    assert!(
        title.starts_with("Trop d'essais : réessayez dans 5"),
        "{title}"
    );
    wait_seconds(60);
    assert_eq!(pin_title(&window), "Code de l'opérateur");
    enter_pin(&window, "2468");
    assert_eq!(screen(&window), Screen::Operator);
}

#[test]
fn without_a_pin_a_long_press_opens_nothing() {
    let (window, _) = start_with_pin(None);
    long_press(&window, "start");
    assert_eq!(screen(&window), Screen::Welcome);
    tap(&window, "start");
    assert_eq!(screen(&window), Screen::Languages, "a tap still starts");
}

#[test]
fn the_watchdog_is_fed_only_while_the_event_loop_runs() {
    use passerelle::ops::systemd::{Address, Notifier, keep_alive};
    let (_window, _kiosk) = start();
    let dir = common::temp_dir("watchdog");
    let path = dir.join("notify");
    let listener = std::os::unix::net::UnixDatagram::bind(&path).expect("bind");
    listener.set_nonblocking(true).expect("non-blocking");
    let received = || {
        let mut buf = [0u8; 32];
        let mut messages = Vec::new();
        while let Ok(n) = listener.recv(&mut buf) {
            messages.push(String::from_utf8_lossy(&buf[..n]).into_owned());
        }
        messages
    };
    let notifier = Rc::new(Notifier::new(Address::Path(path)).expect("socket"));
    // systemd's WatchdogSec=30: fed every 15 s.
    let timer = keep_alive(notifier, std::time::Duration::from_secs(15));
    // No turn of the event loop, no message: a frozen screen starves the watchdog.
    assert!(received().is_empty());
    wait_seconds(16);
    assert_eq!(received(), ["WATCHDOG=1"]);
    wait_seconds(30);
    assert_eq!(received(), ["WATCHDOG=1", "WATCHDOG=1"]);
    drop(timer);
    wait_seconds(60);
    assert!(received().is_empty());
    let _ = std::fs::remove_dir_all(dir);
}

/// A tappable element's rectangle on screen, in logical pixels.
#[derive(Debug, Clone, Copy)]
struct Target {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

impl Target {
    fn contains(&self, o: &Target) -> bool {
        o.x >= self.x - 0.5
            && o.y >= self.y - 0.5
            && o.x + o.w <= self.x + self.w + 0.5
            && o.y + o.h <= self.y + self.h + 0.5
    }
    /// The distance between the edges of two rectangles (0 when they touch or overlap).
    fn gap(&self, o: &Target) -> f32 {
        let dx = (o.x - (self.x + self.w)).max(self.x - (o.x + o.w)).max(0.0);
        let dy = (o.y - (self.y + self.h)).max(self.y - (o.y + o.h)).max(0.0);
        dx.max(dy)
    }
}

/// 12 mm on the official 7" display (800x480 over 154.9 x 86.3 mm: 5.17 px/mm) is 62 px;
/// the kiosk's minimum is 64.
const TOUCH_MIN: f32 = 64.0;
/// Targets side by side keep at least this much between them (about 1.5 mm).
const TOUCH_GAP: f32 = 8.0;

#[test]
fn every_touch_target_is_large_enough_and_apart_on_every_screen() {
    use i_slint_backend_testing::AccessibleRole;
    use passerelle::kiosk::screenshot::{SCREENS, prepare};
    let (window, kiosk) = start_with_every_screen();
    let mut problems = Vec::new();
    let mut checked = 0;
    // A left-to-right, a right-to-left and the longest languages, the tall
    // scripts (Tamil, Bengali) and Chinese, with the usual and with larger text.
    for (language, large) in ["fr", "ar", "ti", "uk", "ta", "bn", "ro", "zh-Hans"]
        .into_iter()
        .flat_map(|l| [(l, false), (l, true)])
    {
        window::set_language(&window, &kiosk, language);
        window.global::<passerelle::Theme>().set_large_text(large);
        let language = if large {
            format!("{language} (larger text)")
        } else {
            language.to_string()
        };
        for (name, screen) in SCREENS {
            prepare(&window, &kiosk, name, *screen);
            window::show_screen(&window, *screen);
            // A dialog ("still there?", the display choices) takes every
            // touch: its own buttons are the targets then.
            let root = window::open_dialog(&window).unwrap_or_else(|| window.root_element());
            let targets: Vec<(String, Target)> = root
                .query_descendants()
                .match_accessible_role(AccessibleRole::Button)
                .find_all()
                .into_iter()
                .filter(|e| e.computed_opacity() > 0.0)
                .map(|e| {
                    let (p, s) = (e.absolute_position(), e.size());
                    let label = e
                        .accessible_id()
                        .or_else(|| e.accessible_label())
                        .unwrap_or_default()
                        .to_string();
                    (
                        label,
                        Target {
                            x: p.x,
                            y: p.y,
                            w: s.width,
                            h: s.height,
                        },
                    )
                })
                // Scrolled out of the window: not a target now.
                .filter(|(_, t)| t.y < 480.0 && t.y + t.h > 0.0)
                .collect();
            for (label, t) in &targets {
                checked += 1;
                if t.w < TOUCH_MIN || t.h < TOUCH_MIN {
                    problems.push(format!(
                        "{language} {name}: '{label}' is {:.0}x{:.0} px",
                        t.w, t.h
                    ));
                }
            }
            for (i, (a_label, a)) in targets.iter().enumerate() {
                for (b_label, b) in &targets[i + 1..] {
                    // A button over a whole-screen target (welcome, idle question) is by design.
                    if a.contains(b) || b.contains(a) {
                        continue;
                    }
                    if a.gap(b) < TOUCH_GAP {
                        problems.push(format!(
                            "{language} {name}: '{a_label}' and '{b_label}' are {:.0} px apart",
                            a.gap(b)
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 200, "only {checked} targets found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// WCAG relative luminance and contrast ratio.
fn contrast(a: slint::Color, b: slint::Color) -> f64 {
    let luminance = |c: slint::Color| {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_text_colour_meets_its_contrast_in_both_palettes() {
    let (window, _kiosk) = start();
    let theme = window.global::<passerelle::Theme>();
    for (high, minimum) in [(false, 4.5), (true, 7.0)] {
        theme.set_high_contrast(high);
        let pairs = [
            (
                "text on background",
                theme.get_text(),
                theme.get_background(),
            ),
            ("text on surface", theme.get_text(), theme.get_surface()),
            (
                "text on pressed",
                theme.get_text(),
                theme.get_surface_pressed(),
            ),
            ("text on selected", theme.get_text(), theme.get_selected()),
            (
                "muted on background",
                theme.get_text_muted(),
                theme.get_background(),
            ),
            (
                "muted on surface",
                theme.get_text_muted(),
                theme.get_surface(),
            ),
            (
                "primary on surface",
                theme.get_primary(),
                theme.get_surface(),
            ),
            (
                "primary on background",
                theme.get_primary(),
                theme.get_background(),
            ),
            ("on-primary", theme.get_on_primary(), theme.get_primary()),
            (
                "on-primary pressed",
                theme.get_on_primary(),
                theme.get_primary_pressed(),
            ),
            ("danger on surface", theme.get_danger(), theme.get_surface()),
            (
                "danger on soft",
                theme.get_danger(),
                theme.get_danger_soft(),
            ),
            ("on-danger", theme.get_on_danger(), theme.get_danger()),
            (
                "on-danger pressed",
                theme.get_on_danger(),
                theme.get_danger_pressed(),
            ),
            ("open now on surface", theme.get_ok(), theme.get_surface()),
            (
                "warning",
                theme.get_warning_text(),
                theme.get_warning_background(),
            ),
        ];
        for (what, fg, bg) in pairs {
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= minimum,
                "{what}: {ratio:.2}:1 with high contrast {high}, at least {minimum}:1 wanted"
            );
        }
    }
}

#[test]
fn larger_text_and_stronger_contrast_are_chosen_from_the_bar_and_forgotten_with_the_session() {
    let (window, _kiosk) = start();
    let theme = window.global::<passerelle::Theme>();
    tap(&window, "start");
    tap(&window, "lang-uk");
    assert!(try_find(&window, "display-dialog").is_none());
    tap(&window, "display");
    assert!(try_find(&window, "display-dialog").is_some());
    assert_eq!(
        find(&window, "display-contrast").accessible_checked(),
        Some(false)
    );
    tap(&window, "display-contrast");
    assert!(theme.get_high_contrast());
    assert_eq!(
        find(&window, "display-contrast").accessible_checked(),
        Some(true)
    );
    // Larger text: every text size 1.5 times.
    let body = theme.get_font_body();
    tap(&window, "display-large-text");
    assert!(theme.get_large_text());
    assert_eq!(theme.get_font_body(), body * 1.5);
    tap(&window, "display-done");
    assert!(try_find(&window, "display-dialog").is_none());
    // It stays on while the visitor goes on (the tiles now in two columns)...
    let tiles = find(&window, "tiles");
    for _ in 0..10 {
        tiles.scroll(0.0, -120.0);
    }
    tap(&window, "tile-danger");
    assert_eq!(screen(&window), Screen::Emergency);
    assert!(theme.get_high_contrast());
    // ...and the next visitor starts with the usual display.
    tap(&window, "quick-exit");
    assert!(!theme.get_high_contrast());
    assert!(!theme.get_large_text());
    assert!(try_find(&window, "display-dialog").is_none());
}

/// The kiosk on a sealed content update whose `content/audio/<lang>/` holds
/// `recordings` (language, message id) as short WAV files.
fn with_recordings(name: &str, recordings: &[(&str, &str)]) -> (AppWindow, Rc<Kiosk>) {
    let dir = common::temp_dir(name);
    for part in ["locales", "content"] {
        std::fs::create_dir_all(dir.join(part)).expect("mkdir");
        common::copy_tree(&common::project_dir(part), &dir.join(part));
    }
    for (language, id) in recordings {
        let folder = dir.join("content/audio").join(language);
        std::fs::create_dir_all(&folder).expect("mkdir");
        passerelle::kiosk::speech::synthesise_to_wav(
            "en",
            "one",
            &folder.join(format!("{id}.wav")),
        )
        .expect("a recording");
    }
    passerelle::content::update::seal(&dir).expect("seal");
    start_with(&passerelle::kiosk::state::Setup {
        config: passerelle::ops::config::Config {
            content: Some(dir),
            ..Default::default()
        },
        ..Default::default()
    })
}

#[test]
fn the_speaker_reads_the_screen_in_the_visitor_language_and_a_touch_stops_it() {
    let (window, kiosk) = start();
    kiosk.services.speech.record();
    tap(&window, "start");
    tap(&window, "lang-uk");
    tap(&window, "read-aloud");
    let readings = kiosk.services.speech.recorded();
    assert_eq!(readings.len(), 1);
    let [passerelle::kiosk::speech::Segment::Synthesis { voice, text }] = readings[0].as_slice()
    else {
        panic!("one synthesis expected: {:?}", readings[0]);
    };
    assert_eq!(voice, "uk");
    // The screen's title and every tile, not the bar.
    for id in [
        "home-title",
        "tile-guide",
        "tile-guides",
        "tile-nearby",
        "tile-danger",
    ] {
        let expected = kiosk.content().catalog.text("uk", id);
        assert!(text.contains(&expected), "'{expected}' not in:\n{text}");
    }
    assert!(
        !text.contains(&kiosk.content().catalog.text("uk", "bar-quick-exit")),
        "{text}"
    );
    // Any touch stops it; the speaker reads again.
    let stops = kiosk.services.speech.stops();
    tap(&window, "tile-danger");
    assert_eq!(kiosk.services.speech.stops(), stops + 1);
    tap(&window, "read-aloud");
    let readings = kiosk.services.speech.recorded();
    assert_eq!(readings.len(), 2);
    let passerelle::kiosk::speech::Segment::Synthesis { text, .. } = &readings[1][0] else {
        panic!("{:?}", readings[1]);
    };
    // What the screen shows (the lines scrolled out of view are read once shown).
    for expected in [
        kiosk.content().catalog.text("uk", "emergency-title"),
        "15".to_string(),
        "17".to_string(),
    ] {
        assert!(text.contains(&expected), "'{expected}' not in:\n{text}");
    }
    assert_eq!(text.matches("SAMU").count(), 1, "read once: {text}");
    // Dari is read with the Persian voice; Tigrinya has no voice: no speaker.
    tap(&window, "language");
    tap(&window, "lang-prs");
    assert!(try_find(&window, "read-aloud").is_some());
    tap(&window, "language");
    tap(&window, "lang-ti");
    assert!(try_find(&window, "read-aloud").is_none());
}

#[test]
fn an_interpreter_s_recording_is_played_instead_of_the_synthesis() {
    let (window, kiosk) = with_recordings("speech-recordings", &[("ti", "home-title")]);
    kiosk.services.speech.record();
    tap(&window, "start");
    tap(&window, "lang-ti");
    // A language with recordings has the speaker, even without a voice.
    tap(&window, "read-aloud");
    let readings = kiosk.services.speech.recorded();
    assert_eq!(readings.len(), 1);
    let first = &readings[0];
    assert!(
        matches!(first.as_slice(), [passerelle::kiosk::speech::Segment::Recording(path)] if path.ends_with("content/audio/ti/home-title.wav")),
        "only the recorded title (no Tigrinya voice for the rest): {first:?}"
    );
    // In French the synthesis reads everything.
    tap(&window, "language");
    tap(&window, "lang-fr");
    tap(&window, "read-aloud");
    let readings = kiosk.services.speech.recorded();
    assert!(matches!(
        readings[1].as_slice(),
        [passerelle::kiosk::speech::Segment::Synthesis { .. }]
    ));
}

/// The samples of a 16-bit PCM WAV file.
fn wav_samples(path: &std::path::Path) -> Vec<i16> {
    let bytes = std::fs::read(path).expect("read the WAV");
    assert_eq!(&bytes[..4], b"RIFF");
    let at = bytes
        .windows(4)
        .position(|w| w == b"data")
        .expect("a data chunk")
        + 8;
    bytes[at..]
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect()
}

/// Every language with an espeak-ng voice reads a screen with sound: the
/// emergency screen, in each, as a WAV of several seconds that is not silence.
#[test]
fn a_spoken_screen_is_heard_in_every_language_with_a_voice() {
    let (window, kiosk) = start();
    let dir = common::temp_dir("speech-wav");
    let languages: Vec<String> = kiosk
        .content()
        .catalog
        .languages()
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let mut heard = Vec::new();
    for language in &languages {
        let Some(expected_voice) = passerelle::kiosk::speech::espeak_voice(language) else {
            continue;
        };
        tap(&window, "start");
        tap(&window, &format!("lang-{language}"));
        tap(&window, "tile-danger");
        let texts = passerelle::kiosk::window::screen_texts(&window);
        let segments = kiosk
            .services
            .speech
            .plan(&kiosk.content().catalog, language, &texts);
        let [passerelle::kiosk::speech::Segment::Synthesis { voice, text }] = segments.as_slice()
        else {
            panic!("{language}: one synthesis expected: {segments:?}");
        };
        assert_eq!(voice, expected_voice, "{language}");
        let wav = dir.join(format!("emergency-{language}.wav"));
        passerelle::kiosk::speech::synthesise_to_wav(voice, text, &wav)
            .expect("espeak-ng (scripts/setup.sh)");
        let samples = wav_samples(&wav);
        // espeak-ng writes 22 050 samples a second: several seconds of speech...
        assert!(
            samples.len() > 22_050 * 5,
            "{language}: {} samples",
            samples.len()
        );
        // ...that are not silence.
        let rms = (samples.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>()
            / samples.len() as f64)
            .sqrt();
        assert!(rms > 500.0, "{language}: RMS {rms:.0}: silent");
        heard.push(language.clone());
        tap(&window, "quick-exit");
    }
    // Every language but Pashto and Tigrinya (no espeak-ng voice).
    assert_eq!(heard.len(), languages.len() - 2, "{heard:?}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_reading_volume_is_the_visitor_s_and_the_next_visitor_starts_at_the_usual_one() {
    let (window, kiosk) = start();
    kiosk.services.speech.record();
    tap(&window, "start");
    tap(&window, "lang-fr");
    tap(&window, "display");
    assert_eq!(
        find(&window, "volume-level").accessible_label().as_deref(),
        Some("3")
    );
    tap(&window, "volume-up");
    tap(&window, "volume-up");
    tap(&window, "volume-up");
    assert_eq!(
        find(&window, "volume-level").accessible_label().as_deref(),
        Some("5")
    );
    tap(&window, "display-done");
    tap(&window, "read-aloud");
    assert_eq!(kiosk.services.speech.recorded_volumes(), [4]);
    assert_eq!(passerelle::kiosk::speech::amplitude(4), "190");
    tap(&window, "quick-exit");
    tap(&window, "start");
    tap(&window, "lang-fr");
    tap(&window, "read-aloud");
    assert_eq!(kiosk.services.speech.recorded_volumes(), [4, 2]);
    // Without a voice or recordings there is nothing to set.
    tap(&window, "language");
    tap(&window, "lang-ps");
    tap(&window, "display");
    assert!(try_find(&window, "volume-up").is_none());
}

#[test]
fn every_screen_opens_filled_without_rust() {
    // As in Slint's live preview or slint-viewer: the window alone, with no
    // kiosk behind it. Texts show their message ids, adapters their preview
    // data; no screen is empty.
    i_slint_backend_testing::init_no_event_loop();
    let window = AppWindow::new().expect("window");
    window
        .window()
        .set_size(slint::LogicalSize::new(800.0, 480.0));
    window.show().expect("show");
    let ids: std::collections::BTreeSet<&str> = passerelle::ui_ids::UI_MESSAGE_IDS
        .iter()
        .map(|(id, _, _)| *id)
        .collect();
    for screen in [
        Screen::Welcome,
        Screen::Languages,
        Screen::Home,
        Screen::Emergency,
        Screen::Question,
        Screen::Result,
        Screen::Staff,
        Screen::Guides,
        Screen::GuidePage,
        Screen::Nearby,
        Screen::Place,
        Screen::Pin,
        Screen::Operator,
    ] {
        window.global::<Nav>().set_screen(screen);
        let texts = window::screen_texts(&window);
        assert!(texts.len() >= 2, "{screen:?} shows {texts:?}");
        if screen == Screen::Home {
            // Its texts all come through Tr.
            assert!(
                texts.iter().all(|t| ids.contains(t.as_str())),
                "{screen:?}: {texts:?}"
            );
        }
    }
}

/// Arabic, Dari and Pashto: every text drawn that holds right-to-left
/// letters is a right-to-left paragraph under the Unicode bidirectional
/// algorithm (rules P2-P3), whatever its first word, and every digit group
/// in it is isolated, on every screen at 800x480 and 800x1280.
#[test]
fn right_to_left_texts_are_right_to_left_paragraphs_with_their_numbers_isolated() {
    use passerelle::content::bidi::{bare_digit_groups, has_rtl_letters};
    use passerelle::kiosk::screenshot::{SCREENS, prepare};
    let (window, kiosk) = start_with_every_screen();
    let mut problems = Vec::new();
    let mut checked = 0;
    for (width, height) in [(800.0, 480.0), (800.0, 1280.0)] {
        window
            .window()
            .set_size(slint::LogicalSize::new(width, height));
        for language in ["ar", "prs", "ps"] {
            window::set_language(&window, &kiosk, language);
            for (name, screen) in SCREENS {
                prepare(&window, &kiosk, name, *screen);
                window::show_screen(&window, *screen);
                for drawn in window::drawn_texts(&window) {
                    if !has_rtl_letters(&drawn.text) {
                        continue;
                    }
                    checked += 1;
                    let info = unicode_bidi::BidiInfo::new(&drawn.text, None);
                    for paragraph in &info.paragraphs {
                        let text = &drawn.text[paragraph.range.clone()];
                        if has_rtl_letters(text) && !paragraph.level.is_rtl() {
                            problems.push(format!("{language} {name}: left to right: {text}"));
                        }
                    }
                    let bare = bare_digit_groups(&drawn.text);
                    if !bare.is_empty() {
                        problems.push(format!(
                            "{language} {name}: {bare:?} not isolated in: {}",
                            drawn.text
                        ));
                    }
                }
            }
        }
    }
    assert!(checked > 300, "only {checked} right-to-left texts found");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The loudspeaker reads the home tiles as the visitor reads them: from
/// the left in French, from the right in Arabic, each tile's title with its
/// own hint.
#[test]
fn the_home_tiles_are_read_in_the_visitor_s_reading_order() {
    let (window, kiosk) = start();
    tap(&window, "start");
    for (language, first, last) in [
        ("fr", "tile-guide", "tile-danger"),
        ("ar", "tile-guide", "tile-danger"),
    ] {
        window::set_language(&window, &kiosk, language);
        window::show_screen(&window, Screen::Home);
        let catalog = &kiosk.content().catalog;
        let texts = window::screen_texts(&window);
        let at = |id: &str| {
            let wanted = catalog.text(language, id);
            texts
                .iter()
                .position(|t| t.contains(&wanted))
                .unwrap_or_else(|| panic!("{language}: {id} not read: {texts:?}"))
        };
        let (guide, guide_hint, danger) = (at(first), at("tile-guide-hint"), at(last));
        assert!(
            guide < danger,
            "{language}: {last} read before {first}: {texts:?}"
        );
        assert_eq!(
            guide_hint,
            guide + 1,
            "{language}: the tile's hint is read right after its title: {texts:?}"
        );
    }
}

#[test]
fn reading_order_cuts_the_widest_gap_first() {
    // Two tiles side by side, each a title over a hint, under a heading.
    let boxes = vec![
        ("heading", [0.0, 0.0, 800.0, 40.0]),
        ("left title", [0.0, 60.0, 390.0, 80.0]),
        ("left hint", [0.0, 84.0, 390.0, 120.0]),
        ("right title", [410.0, 60.0, 800.0, 80.0]),
        ("right hint", [410.0, 84.0, 800.0, 120.0]),
    ];
    assert_eq!(
        window::reading_order(boxes.clone(), false),
        [
            "heading",
            "left title",
            "left hint",
            "right title",
            "right hint"
        ]
    );
    assert_eq!(
        window::reading_order(boxes, true),
        [
            "heading",
            "right title",
            "right hint",
            "left title",
            "left hint"
        ]
    );
}

/// The speech engine gets each text as drawn, its direction marks and
/// isolates included: it says the words, not the marks.
#[test]
fn direction_marks_are_not_spoken() {
    let dir = common::temp_dir("speech-marks");
    let catalog = passerelle::content::i18n::Catalog::embedded();
    let marked = catalog.paragraph("ar", "PASS: خلال 3 أشهر");
    assert_ne!(marked, "PASS: خلال 3 أشهر", "the text carries marks");
    let (plain_wav, marked_wav) = (dir.join("plain.wav"), dir.join("marked.wav"));
    passerelle::kiosk::speech::synthesise_to_wav("ar", "PASS: خلال 3 أشهر", &plain_wav)
        .expect("espeak-ng (scripts/setup.sh)");
    passerelle::kiosk::speech::synthesise_to_wav("ar", &marked, &marked_wav).expect("espeak-ng");
    assert_eq!(wav_samples(&plain_wav), wav_samples(&marked_wav));
    let _ = std::fs::remove_dir_all(dir);
}

/// A scrolling list's bar stands on the reading side's end, beside the
/// list's content and never over it, in both directions.
#[test]
fn the_scroll_bar_never_covers_what_the_list_shows() {
    use i_slint_backend_testing::AccessibleRole;
    use passerelle::kiosk::screenshot::{SCREENS, prepare};
    let (window, kiosk) = start_with_every_screen();
    let bar = window.global::<passerelle::Theme>().get_scrollbar_width();
    let mut problems = Vec::new();
    let mut lists = 0;
    for language in ["fr", "ar"] {
        window::set_language(&window, &kiosk, language);
        let rtl = language == "ar";
        for (name, screen) in SCREENS {
            prepare(&window, &kiosk, name, *screen);
            window::show_screen(&window, *screen);
            for list in window
                .root_element()
                .query_descendants()
                .match_accessible_role(AccessibleRole::List)
                .find_all()
            {
                let (p, s) = (list.absolute_position(), list.size());
                if s.width < 200.0 {
                    continue;
                }
                lists += 1;
                // The band the bar may take, on the reading side's end.
                let (band_left, band_right) = if rtl {
                    (p.x, p.x + bar)
                } else {
                    (p.x + s.width - bar, p.x + s.width)
                };
                for text in window::drawn_texts(&window) {
                    let inside_list = text.y >= p.y - 0.5
                        && text.y + text.height <= p.y + s.height + 0.5
                        && text.x >= p.x - 0.5
                        && text.x + text.width <= p.x + s.width + 0.5;
                    let crosses =
                        text.x < band_right - 0.5 && text.x + text.width > band_left + 0.5;
                    if inside_list && crosses {
                        problems.push(format!(
                            "{language} {name}: '{}' at x {:.0}-{:.0} is under the bar ({band_left:.0}-{band_right:.0})",
                            text.text,
                            text.x,
                            text.x + text.width
                        ));
                    }
                }
            }
        }
    }
    assert!(lists >= 10, "only {lists} lists found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A kiosk whose screen is awake Monday to Friday, 8:00 to 19:00, on day
/// `day` of December 2026 (5th: a Saturday; 7th: a Monday) at `hour`.
fn awake_on(day: i8, hour: i8) -> passerelle::kiosk::state::Setup {
    passerelle::kiosk::state::Setup {
        config: passerelle::ops::config::Config {
            awake: Some("Mo-Fr 08:00-19:00".into()),
            ..Default::default()
        },
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 12, day).at(hour, 0, 0, 0)),
        ..Default::default()
    }
}

/// `[screen] awake`: outside those hours the idle welcome screen goes dark;
/// a touch wakes it for five minutes, then it goes dark again; a visitor's
/// session is never blanked.
#[test]
fn outside_the_awake_hours_the_welcome_screen_sleeps_until_touched() {
    let (window, kiosk) = start_with(&awake_on(5, 10));
    assert!(!kiosk.awake_now());
    wait_seconds(1);
    let dark = find(&window, "screensaver");
    assert_eq!(screen(&window), Screen::Welcome);
    dark.mock_single_click(PointerEventButton::Left);
    assert!(
        try_find(&window, "screensaver").is_none(),
        "a touch wakes it"
    );
    assert_eq!(screen(&window), Screen::Welcome, "and only wakes it");
    wait_seconds(299);
    assert!(
        try_find(&window, "screensaver").is_none(),
        "for five minutes"
    );
    wait_seconds(2);
    assert!(
        try_find(&window, "screensaver").is_some(),
        "then dark again"
    );
    find(&window, "screensaver").mock_single_click(PointerEventButton::Left);
    tap(&window, "start");
    wait_seconds(85);
    assert_ne!(screen(&window), Screen::Welcome);
    assert!(try_find(&window, "screensaver").is_none());
}

#[test]
fn within_the_awake_hours_or_without_them_the_screen_stays_on() {
    let (window, kiosk) = start_with(&awake_on(7, 10));
    assert!(kiosk.awake_now());
    wait_seconds(400);
    assert!(
        try_find(&window, "screensaver").is_none(),
        "within the hours"
    );
    // The same Monday at 20:00 is outside them; a kiosk without them never sleeps.
    let evening = passerelle::kiosk::state::Kiosk::load(&awake_on(7, 20));
    assert!(!evening.awake_now());
    let plain = passerelle::kiosk::state::Kiosk::load(&Default::default());
    assert!(plain.awake_now(), "without awake hours");
}

/// Against burn-in the welcome screen's content drifts a few pixels a
/// minute, and comes back.
#[test]
fn the_welcome_screen_drifts_a_little_every_minute() {
    let (window, _) = start_with(&passerelle::kiosk::state::Setup {
        config: passerelle::ops::config::Config {
            // One language: the greeting does not change while it drifts.
            languages: vec!["fr".into()],
            ..Default::default()
        },
        ..Default::default()
    });
    let greeting = |window: &AppWindow| {
        let hello = passerelle::kiosk::window::drawn_texts(window)
            .into_iter()
            .find(|t| t.text == "Bonjour")
            .expect("the greeting");
        (hello.x, hello.y)
    };
    let mut seen = vec![greeting(&window)];
    for _ in 0..8 {
        wait_seconds(60);
        seen.push(greeting(&window));
    }
    let (x0, y0) = seen[0];
    assert_ne!(seen[1], seen[0], "it moves after a minute");
    for (x, y) in &seen {
        assert!(
            (x - x0).abs() <= 12.0 && (y - y0).abs() <= 12.0,
            "a few pixels: {seen:?}"
        );
    }
    assert_eq!(
        seen[8], seen[0],
        "back where it started after eight minutes"
    );
}
