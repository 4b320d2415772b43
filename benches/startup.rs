//! Start-up benchmark: time from process start to the first frame written,
//! and peak memory, for `passerelle screenshot --screen home` (release build:
//! `cargo bench --bench startup`). The whole process is timed, from spawn to
//! exit, so the figure includes loading, font registration, building the
//! window, rendering and writing the PNG. Then, in this process, the time of a
//! full redraw of the home screen and of a language switch to the next frame.

use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 15;

fn main() {
    let binary = env!("CARGO_BIN_EXE_passerelle");
    let out = std::env::temp_dir().join(format!("passerelle-bench-{}.png", std::process::id()));
    let args = |cmd: &mut Command| {
        cmd.args([
            "screenshot",
            "--screen",
            "home",
            "--locale",
            "fr",
            "--size",
            "800x480",
            "--out",
        ])
        .arg(&out);
    };

    // One run to warm the page cache.
    let mut warm = Command::new(binary);
    args(&mut warm);
    let status = warm.status().expect("run passerelle");
    assert!(status.success(), "passerelle screenshot failed");

    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..RUNS {
        let mut cmd = Command::new(binary);
        args(&mut cmd);
        let start = Instant::now();
        let status = cmd.status().expect("run passerelle");
        times.push(start.elapsed());
        assert!(status.success());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "screenshot home 800x480, {RUNS} runs: median {:.1} ms, min {:.1} ms, max {:.1} ms (process start to exit, PNG written)",
        ms(times[RUNS / 2]),
        ms(times[0]),
        ms(times[RUNS - 1])
    );

    // Peak resident memory, from GNU time where it is installed (package `time`).
    let gnu_time = std::path::Path::new("/usr/bin/time");
    if gnu_time.exists() {
        let mut peaks = Vec::new();
        for _ in 0..5 {
            let mut cmd = Command::new(gnu_time);
            cmd.args(["-f", "%M", binary]);
            args(&mut cmd);
            let output = cmd.output().expect("run /usr/bin/time");
            let stderr = String::from_utf8_lossy(&output.stderr);
            if let Some(kib) = stderr
                .lines()
                .last()
                .and_then(|l| l.trim().parse::<u64>().ok())
            {
                peaks.push(kib);
            }
        }
        peaks.sort();
        if let Some(median) = peaks.get(peaks.len() / 2) {
            println!(
                "peak resident memory: median {:.1} MiB over {} runs",
                *median as f64 / 1024.0,
                peaks.len()
            );
        }
    } else {
        println!(
            "peak resident memory: not measured (/usr/bin/time is missing; scripts/setup.sh installs it)"
        );
    }
    let _ = std::fs::remove_file(out);

    redraw_and_language_switch();
}

/// In this process: a full redraw of the home screen at 800x480 with the
/// software renderer, and the time from a language tap to the next frame.
fn redraw_and_language_switch() {
    use passerelle::kiosk::render;
    use passerelle::kiosk::state::Kiosk;
    use passerelle::kiosk::window;
    use slint::platform::software_renderer::PremultipliedRgbaColor;

    const FRAMES: usize = 50;
    render::init_headless().expect("headless");
    let kiosk = Kiosk::embedded();
    let app = window::build(std::rc::Rc::clone(&kiosk)).expect("window");
    window::show_screen(&app, passerelle::Screen::Home);
    // Lays the screen out at 800x480 once.
    render::render(&app, 800, 480).expect("render");
    let mut buffer = vec![PremultipliedRgbaColor::default(); 800 * 480];

    let mut redraws = Vec::new();
    for _ in 0..FRAMES {
        let start = Instant::now();
        render::redraw(&mut buffer, 800).expect("redraw");
        redraws.push(start.elapsed());
    }
    let mut switches = Vec::new();
    let languages = ["ar", "ti", "ru", "fr"];
    for i in 0..FRAMES {
        let start = Instant::now();
        // What a tap on a language runs, then the frame that shows it.
        window::set_language(&app, &kiosk, languages[i % languages.len()]);
        render::redraw(&mut buffer, 800).expect("redraw");
        switches.push(start.elapsed());
    }
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for (what, mut times) in [
        (
            "full redraw of the home screen, 800x480, software renderer",
            redraws,
        ),
        (
            "language tap to the next frame drawn (home screen, 800x480)",
            switches,
        ),
    ] {
        times.sort();
        println!(
            "{what}, {FRAMES} runs: median {:.1} ms, min {:.1} ms, max {:.1} ms",
            ms(times[FRAMES / 2]),
            ms(times[0]),
            ms(times[FRAMES - 1])
        );
    }
}
