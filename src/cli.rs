//! The command line: run the kiosk, check its data, render screenshots.

use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use clap::{Parser, Subcommand};

use crate::app::{self, Kiosk};
use crate::check;
use crate::content::Content;
use crate::files::Files;
use crate::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::screenshot;

#[derive(Parser)]
#[command(
    name = "passerelle",
    version,
    about = "Health cover guide kiosk: run it, check its data, render its screens"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Open the kiosk full screen.
    #[arg(long)]
    fullscreen: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Open the kiosk (the default).
    Run {
        /// Open the kiosk full screen.
        #[arg(long)]
        fullscreen: bool,
    },
    /// Check the translations and the content; errors name the file and line (exit code 1).
    Check {
        /// Check this folder of translations instead of the embedded ones.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
        /// Check this content folder instead of the embedded one.
        #[arg(long, value_name = "DIR")]
        content: Option<PathBuf>,
    },
    /// Render a screen to PNG, without a display.
    Screenshot {
        /// The screen to render (see --list).
        #[arg(long, required_unless_present_any = ["list", "all"])]
        screen: Option<String>,
        /// The language, as a BCP 47 code (fr, en, ar, prs, ps, ti, ru, uk).
        #[arg(long, default_value = SOURCE_LANGUAGE)]
        locale: String,
        /// The size in pixels.
        #[arg(long, default_value = "800x480", value_name = "WxH")]
        size: String,
        /// The PNG file to write (with --all: the folder).
        #[arg(long, required_unless_present = "list")]
        out: Option<PathBuf>,
        /// List the screen names.
        #[arg(long, conflicts_with_all = ["screen", "all"])]
        list: bool,
        /// Render every screen in every language at 800x480, 1280x800 and 800x1280, with an index.html.
        #[arg(long, conflicts_with = "screen")]
        all: bool,
    },
}

/// Runs the command line and returns the process's exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => run_kiosk(cli.fullscreen),
        Some(Command::Run { fullscreen }) => run_kiosk(fullscreen || cli.fullscreen),
        Some(Command::Check { locales, content }) => return run_check(locales, content),
        Some(Command::Screenshot {
            screen,
            locale,
            size,
            out,
            list,
            all,
        }) => run_screenshot(screen, &locale, &size, out, list, all),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("passerelle: {message}");
            ExitCode::from(2)
        }
    }
}

fn load_kiosk() -> Rc<Kiosk> {
    let catalog = Catalog::embedded();
    let content = Content::embedded(&catalog);
    Rc::new(Kiosk {
        catalog,
        content,
        default_language: SOURCE_LANGUAGE.to_string(),
    })
}

fn run_kiosk(fullscreen: bool) -> Result<(), String> {
    let kiosk = load_kiosk();
    let window = app::build(kiosk).map_err(|e| format!("cannot open the window: {e}"))?;
    if fullscreen {
        slint::ComponentHandle::window(&window).set_fullscreen(true);
    }
    slint::ComponentHandle::run(&window).map_err(|e| e.to_string())
}

fn run_check(locales: Option<PathBuf>, content: Option<PathBuf>) -> ExitCode {
    let locales = locales.map_or(Files::EmbeddedLocales, Files::Dir);
    let content = content.map_or(Files::EmbeddedContent, Files::Dir);
    let report = check::run(&locales, &content);
    for problem in &report.errors {
        println!("error: {problem}");
    }
    if !report.unreviewed.is_empty() {
        println!(
            "note: not yet reviewed by a native speaker: {}",
            report.unreviewed.join(", ")
        );
    }
    if report.is_ok() {
        println!(
            "ok: {} languages, {} messages each, content valid",
            report.languages, report.messages
        );
        ExitCode::SUCCESS
    } else {
        println!("{} error(s)", report.errors.len());
        ExitCode::from(1)
    }
}

fn run_screenshot(
    screen: Option<String>,
    locale: &str,
    size: &str,
    out: Option<PathBuf>,
    list: bool,
    all: bool,
) -> Result<(), String> {
    if list {
        for (name, _) in screenshot::SCREENS {
            println!("{name}");
        }
        return Ok(());
    }
    let out = out.ok_or("--out is required")?;
    let kiosk = load_kiosk();
    if all {
        let count = screenshot::all(kiosk, &out)?;
        println!(
            "{count} screenshots and index.html written to {}",
            out.display()
        );
        return Ok(());
    }
    let name = screen.ok_or("--screen is required")?;
    let screen = screenshot::screen_by_name(&name).ok_or_else(|| {
        let names: Vec<&str> = screenshot::SCREENS.iter().map(|(n, _)| *n).collect();
        format!(
            "unknown screen '{name}'; the screens are: {}",
            names.join(", ")
        )
    })?;
    let code = kiosk
        .catalog
        .negotiate(locale)
        .ok_or_else(|| format!("unknown language '{locale}'"))?;
    let size = screenshot::parse_size(size)?;
    screenshot::one(kiosk, screen, &code, size, &out)?;
    Ok(())
}
