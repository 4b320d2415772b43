//! Soak: random taps on the kiosk (100 000 in a release build, run by
//! scripts/soak.sh; a few thousand in the debug build of `cargo test`), with mock time passing (idle
//! questions and session wipes included). The kiosk must not panic and must
//! end on a sane screen. Prints its resident memory at the end.

use crate::common;

use std::rc::Rc;

use passerelle::kiosk::state::{Kiosk, Setup};
use passerelle::kiosk::window;
use passerelle::{Nav, Screen, Tr};
use slint::platform::{PointerEventButton, WindowEvent};
use slint::{ComponentHandle, LogicalPosition};

/// 100 000 by default in a release build (scripts/soak.sh); SOAK_TAPS sets it.
fn taps() -> usize {
    std::env::var("SOAK_TAPS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) {
            3_000
        } else {
            100_000
        })
}

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn resident_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn random_taps_leave_the_kiosk_sane() {
    i_slint_backend_testing::init_no_event_loop();
    let kiosk = Kiosk::load(&Setup {
        directory: Some(common::project_dir("tests/fixtures/directory.json")),
        location: Some((45.7640, 4.8357)),
        config: Default::default(),
        clock: passerelle::clock::Clock::Fixed(jiff::civil::date(2026, 11, 25).at(10, 0, 0, 0)),
        ..Default::default()
    });
    // The speaker is tapped too: its readings go nowhere.
    kiosk.services.speech.silence();
    let window = window::build(Rc::clone(&kiosk)).expect("window");
    window
        .window()
        .set_size(slint::LogicalSize::new(800.0, 480.0));
    window.show().expect("show");
    let mut rng = Lcg(2026);
    let mut screens_seen = std::collections::BTreeSet::new();
    let mut welcomes = 0;
    let taps = taps();
    for i in 0..taps {
        let position = LogicalPosition::new((rng.next() % 800) as f32, (rng.next() % 480) as f32);
        let w = window.window();
        w.dispatch_event(WindowEvent::PointerMoved { position });
        w.dispatch_event(WindowEvent::PointerPressed {
            position,
            button: PointerEventButton::Left,
        });
        i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(30));
        w.dispatch_event(WindowEvent::PointerReleased {
            position,
            button: PointerEventButton::Left,
        });
        // Now and then the visitor scrolls, or walks away for a while.
        match rng.next() % 200 {
            0 => w.dispatch_event(WindowEvent::PointerScrolled {
                position,
                delta_x: 0.0,
                delta_y: -200.0,
            }),
            1 => {
                for _ in 0..(rng.next() % 150) {
                    i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(
                        1000,
                    ));
                }
            }
            _ => i_slint_backend_testing::mock_elapsed_time(std::time::Duration::from_millis(200)),
        }
        let screen = window.global::<Nav>().get_screen();
        if screen == Screen::Welcome {
            welcomes += 1;
        }
        screens_seen.insert(format!("{screen:?}"));
        if i % 10_000 == 0 {
            // The language is always one the kiosk offers.
            let locale = window.global::<Tr>().get_locale().to_string();
            assert!(kiosk.settings.offered.contains(&locale), "{locale}");
        }
    }
    let screen = window.global::<Nav>().get_screen();
    let locale = window.global::<Tr>().get_locale().to_string();
    assert!(kiosk.settings.offered.contains(&locale));
    assert!(
        screens_seen.len() >= 8,
        "random taps reached only {screens_seen:?}"
    );
    assert!(welcomes > 0);
    // The walk's answers exist only while the guide is in use.
    if screen == Screen::Welcome {
        assert!(kiosk.visit.answers().is_none());
    }
    // Reading aloud finds the screen's texts in this build too (a release
    // build without the generated code's debug info found none).
    assert!(
        !window::screen_texts(&window).is_empty(),
        "no text found to read aloud on {:?}",
        window.global::<Nav>().get_screen()
    );
    eprintln!(
        "soak: {taps} taps, screens reached: {}, resident memory after: {} MiB",
        screens_seen.len(),
        resident_kib().map_or("?".to_string(), |k| format!("{:.1}", k as f64 / 1024.0))
    );
}
