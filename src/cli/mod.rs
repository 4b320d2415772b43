//! The command line: run the kiosk, check its data, render screenshots.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, anyhow, bail};
use clap::{Parser, Subcommand};

/// Writes a line to the standard output. Once its reader has gone (`| head
/// -1`, `| grep -q`), the rest is dropped quietly and the command ends with
/// its usual status, where `println!` would panic.
macro_rules! say {
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// [`say!`] without the end of line.
macro_rules! say_raw {
    ($($arg:tt)*) => { $crate::cli::write_out(format_args!($($arg)*)) };
}

static STDOUT_GONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub(crate) fn write_out(args: std::fmt::Arguments) {
    use std::io::Write;
    use std::sync::atomic::Ordering;
    if STDOUT_GONE.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if out.write_fmt(args).and_then(|()| out.flush()).is_err() {
        STDOUT_GONE.store(true, Ordering::Relaxed);
    }
}

mod advise;

use advise::advise_text;

use crate::content::check;
use crate::content::files::Files;
use crate::content::i18n::SOURCE_LANGUAGE;
use crate::kiosk::screenshot;
use crate::kiosk::start::{run_kiosk, set_display_rotation};
use crate::kiosk::state::{Kiosk, Setup};

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
    /// Unattended kiosk: full screen, no mouse cursor, no way out from the keyboard.
    #[arg(long)]
    kiosk: bool,
    /// The directory of places near the kiosk (written by `services import`).
    #[arg(long, global = true, value_name = "FILE")]
    directory: Option<PathBuf>,
    /// The operator's configuration (default: /etc/passerelle/config.toml when it exists).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The kiosk's location, for distances to the places.
    #[arg(
        long,
        global = true,
        value_name = "LAT,LON",
        allow_hyphen_values = true
    )]
    location: Option<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Open the kiosk (the default).
    Run {
        /// Open the kiosk full screen.
        #[arg(long)]
        fullscreen: bool,
        /// Unattended kiosk: full screen, no mouse cursor, no way out from the keyboard.
        #[arg(long)]
        kiosk: bool,
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
    /// Print the covers a set of answers leads to (staff training, scripted checks).
    ///
    /// Answers: works, has_puma, rsa, employee, urgent, pregnant, minor, eu_resources (an EU
    /// citizen who does not work: enough resources and a health insurance), regime_local
    /// (covered by the régime local d'Alsace-Moselle) = yes|no|unknown;
    /// status = french|eu|permit|refugee|asylum-seeker|no-papers|student|temporary-protection|unknown;
    /// months (whole months lived in France: the law asks more than 3, so 4 or more),
    /// irregular_months (whole months without a valid permit or visa: AME asks more than 3),
    /// household, income = a whole number; income_band = below-free|below-participation|above;
    /// zone = metropole|overseas|mayotte|alsace-moselle; date = YYYY-MM-DD (default: today).
    Advise {
        /// One answer, as KEY=VALUE; repeat for each answer.
        #[arg(long = "answer", value_name = "KEY=VALUE")]
        answers: Vec<String>,
        /// Also name each outcome in this language.
        #[arg(long)]
        locale: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The directory of support services: import open data, query it.
    Services {
        #[command(subcommand)]
        command: ServicesCommand,
    },
    /// Print the anonymous daily usage counts (counts under 5 are hidden).
    Stats,
    /// Translations: a review sheet for a native speaker, and their corrections written back.
    Translations {
        #[command(subcommand)]
        command: TranslationsCommand,
    },
    /// Content updates: seal a folder once it is complete.
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// Render a screen to PNG, without a display.
    Screenshot {
        /// The screen to render (see --list).
        #[arg(long, required_unless_present_any = ["list", "all"])]
        screen: Option<String>,
        /// The language, as a BCP 47 code (one of locales/languages.toml: fr, en, ar, zh-Hans...).
        #[arg(long, default_value = SOURCE_LANGUAGE)]
        locale: String,
        /// The size in pixels [default: the configured screen, turned by its
        /// rotation (halved until no side is over 4096); otherwise 800x480].
        #[arg(long, value_name = "WxH")]
        size: Option<String>,
        /// The PNG file to write (with --all: the folder).
        #[arg(long, required_unless_present = "list")]
        out: Option<PathBuf>,
        /// List the screen names.
        #[arg(long, conflicts_with_all = ["screen", "all"])]
        list: bool,
        /// With the stronger contrast a visitor can choose from the bar.
        #[arg(long, conflicts_with = "all")]
        contrast: bool,
        /// With the larger text a visitor can choose from the bar.
        #[arg(long, conflicts_with = "all")]
        large_text: bool,
        /// Render every screen in every language at 800x480, 1280x800 and 800x1280, with an index.html.
        #[arg(long, conflicts_with = "screen")]
        all: bool,
        /// The time the screens show (French local time such as
        /// 2026-11-27T10:00, or an instant such as 2026-11-27T09:00Z)
        /// [default: now]: whether places are open, the ceilings' period.
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        /// Also write every text drawn, as JSON lines (text, x, y, width, height).
        #[arg(long, value_name = "FILE", conflicts_with_all = ["all", "list"])]
        texts: Option<PathBuf>,
        /// With --screen result or staff: the result for these answers, as
        /// KEY=VALUE (the keys of `advise`); repeat for each answer.
        #[arg(long = "answer", value_name = "KEY=VALUE", conflicts_with_all = ["all", "list"])]
        answers: Vec<String>,
        /// With --screen question: the choices to make from the first
        /// question, by their value (`--choose no --choose eu`); repeat for each.
        #[arg(long = "choose", value_name = "VALUE", conflicts_with_all = ["all", "list", "answers"])]
        choices: Vec<String>,
        /// With --screen guide-page: the guide to open, by its id in
        /// guides.toml (puma, css, mutuelle, ame...) [default: ame].
        #[arg(long, value_name = "ID", conflicts_with_all = ["all", "list"])]
        guide: Option<String>,
    },
}

#[derive(Subcommand)]
enum TranslationsCommand {
    /// Write one self-contained HTML page for a reviewer: every message in French
    /// and in the language, where it appears (the screen and a picture of it),
    /// and a box for the correction; the page saves the corrections as a file.
    Sheet {
        /// The language to review (ar, prs, ps, ti...).
        #[arg(long)]
        locale: String,
        /// The HTML file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write a reviewer's corrections (the file the sheet saves) into the
    /// language's .ftl files; nothing is written unless every correction fits.
    Apply {
        /// The language corrected.
        #[arg(long)]
        locale: String,
        /// The locales folder (languages.toml and one folder per language).
        #[arg(long, default_value = "locales")]
        locales: PathBuf,
        /// The corrections file.
        corrections: PathBuf,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// List every file of an update folder (locales/, content/) with its size and
    /// checksum in manifest.toml; the kiosk uses only a whole, sealed update.
    Seal { folder: PathBuf },
    /// Make the key that signs content updates: DIR/passerelle.pub (its second
    /// line goes into each kiosk's config.toml as content-key) and
    /// DIR/passerelle.key (keep it off the kiosks).
    Keygen {
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Seal an update folder as update number --version and sign it.
    Sign {
        folder: PathBuf,
        /// The secret key (passerelle.key).
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// The update's number: a kiosk takes only a higher one than it last accepted.
        #[arg(long)]
        version: u64,
        /// The last day the update may be used (YYYY-MM-DD).
        #[arg(long, value_name = "YYYY-MM-DD")]
        expires: Option<String>,
    },
    /// Check an update (a USB stick's folder, or its passerelle/ folder) as the
    /// kiosk would, and copy it whole into the configured content folder.
    /// Exit code 2 when it is refused, with why.
    Import {
        source: PathBuf,
        /// The content folder [default: `content` in config.toml].
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum ServicesCommand {
    /// Convert an open-data file into the kiosk's directory file.
    Import {
        #[arg(long, value_enum)]
        format: crate::places::import::Format,
        /// The open-data file.
        input: PathBuf,
        /// The directory file to write (JSON).
        #[arg(long)]
        out: PathBuf,
        /// Keep only the places around this point (with --radius).
        #[arg(long, value_name = "LAT,LON", requires = "radius")]
        near: Option<String>,
        /// Radius in kilometres around --near.
        #[arg(long, value_name = "KM", requires = "near", allow_hyphen_values = true)]
        radius: Option<f64>,
        /// The date of the file, for sources whose records carry none (France Services).
        #[arg(long, value_name = "YYYY-MM-DD")]
        source_date: Option<String>,
        /// data·inclusion: the services file, whose publics (exiled people,
        /// women...), fees and ways of receiving people go to their structures.
        #[arg(long, value_name = "FILE")]
        services: Option<PathBuf>,
        /// Write even an empty directory, one much smaller than the file it
        /// replaces, or one from an input that seems cut short.
        #[arg(long)]
        force: bool,
    },
    /// The nearest places, with distance and opening state.
    Near {
        /// Latitude [default: the kiosk's location, from --location or the config].
        #[arg(long, allow_hyphen_values = true, requires = "lon")]
        lat: Option<f64>,
        #[arg(long, allow_hyphen_values = true, requires = "lat")]
        lon: Option<f64>,
        /// Only places of this kind (repeat for several).
        #[arg(long = "kind")]
        kinds: Vec<String>,
        /// Local time in France (2026-11-27T10:00), default now.
        #[arg(long, allow_hyphen_values = true)]
        at: Option<String>,
        /// How many places to list, at most.
        #[arg(long, default_value_t = 10, allow_hyphen_values = true)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
}

/// Runs the command line and returns the process's exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let setup = match &cli.location {
        None => Ok(None),
        Some(text) => parse_point(text).map(Some),
    }
    .map(|location| Setup {
        directory: cli.directory.clone(),
        location,
        ..Default::default()
    });
    let mut setup = match setup {
        Ok(setup) => setup,
        Err(message) => {
            eprintln!("passerelle: --location: {message}");
            return ExitCode::from(2);
        }
    };
    let config_path = cli.config.clone().or_else(|| {
        let default = PathBuf::from(crate::ops::config::DEFAULT_PATH);
        default.is_file().then_some(default)
    });
    if let Some(path) = &config_path
        && !matches!(cli.command, Some(Command::Check { .. }))
    {
        // Its languages are checked once the content is loaded (a content
        // update may add languages).
        // Every valid setting is kept; a wrong one is left out (its default
        // used), said in the log and on the operator screen.
        let (config, problems) = crate::ops::config::Config::read(path);
        for problem in &problems {
            crate::log::error(&format!(
                "{problem} (this setting is left out; the rest of the configuration is used)"
            ));
        }
        setup.config = config;
        setup.config_problems = problems.iter().map(ToString::to_string).collect();
    }

    set_display_rotation(setup.config.rotation);

    let result = match cli.command {
        None => run_kiosk(cli.fullscreen, cli.kiosk, &setup).map_err(Into::into),
        Some(Command::Run { fullscreen, kiosk }) => {
            run_kiosk(fullscreen || cli.fullscreen, kiosk || cli.kiosk, &setup).map_err(Into::into)
        }
        Some(Command::Check { locales, content }) => {
            return run_check(locales, content, config_path.as_deref());
        }
        Some(Command::Advise {
            answers,
            locale,
            json,
        }) => return run_advise(&answers, locale.as_deref(), json, &setup),
        Some(Command::Content {
            command: ContentCommand::Seal { folder },
        }) => crate::content::update::seal_checked(&folder, None, None)
            .map(|n| {
                say!(
                    "sealed {n} files in {}",
                    folder.join(crate::content::update::MANIFEST).display()
                )
            })
            .map_err(Into::into),
        Some(Command::Content {
            command: ContentCommand::Keygen { out },
        }) => crate::content::signing::keygen(&out)
            .map(|key| {
                say!(
                    "key written: {} (public) and {} (secret: keep it off the kiosks)",
                    out.join(crate::content::signing::PUBLIC_KEY_FILE).display(),
                    out.join(crate::content::signing::SECRET_KEY_FILE).display()
                );
                say!("in each kiosk's config.toml: content-key = \"{key}\"");
            })
            .map_err(Into::into),
        Some(Command::Content {
            command:
                ContentCommand::Sign {
                    folder,
                    key,
                    version,
                    expires,
                },
        }) => (|| {
            let expires = match expires {
                Some(day) => Some(crate::clock::parse_date(&day).ok_or_else(|| {
                    anyhow!("--expires: '{day}' is not a date such as 2027-03-31")
                })?),
                None => None,
            };
            let n = crate::content::signing::sign(&folder, &key, version, expires)?;
            say!(
                "update {version} sealed ({n} files) and signed: {}",
                folder.join(crate::content::signing::SIGNATURE).display()
            );
            Ok(())
        })(),
        Some(Command::Content {
            command: ContentCommand::Import { source, into },
        }) => (|| {
            let into = into
                .or_else(|| setup.config.content.clone())
                .context("--into DIR is required (or `content` in config.toml)")?;
            let now = setup.clock.now();
            let trust = setup.config.trust(now.date());
            if trust.is_none() {
                say!("no content-key in config.toml: the update is taken unsigned");
            }
            let at = now.strftime("%Y-%m-%d %H:%M").to_string();
            match crate::content::signing::import(
                &source,
                &into,
                trust.as_ref(),
                setup.config.state.as_deref(),
                &at,
            )? {
                crate::content::signing::Imported::New(folder) => {
                    say!("imported: {}", folder.display())
                }
                crate::content::signing::Imported::Already(folder) => {
                    say!("already imported: {}", folder.display())
                }
            }
            Ok(())
        })(),
        Some(Command::Stats) => match &setup.config.stats {
            Some(folder) => crate::ops::stats::Stats::new(folder.clone())
                .report()
                .map(|r| say_raw!("{r}"))
                .map_err(Into::into),
            None => Err(anyhow!(
                "no stats folder: counting is off (set `stats = \"FOLDER\"` in config.toml)"
            )),
        },
        Some(Command::Services { command }) => run_services(command, &setup),
        Some(Command::Translations { command }) => run_translations(command, &setup),
        Some(Command::Screenshot {
            screen,
            locale,
            size,
            out,
            list,
            all,
            contrast,
            large_text,
            at,
            texts,
            answers,
            choices,
            guide,
        }) => {
            if let Some(text) = at {
                match crate::clock::parse_at(&text) {
                    Ok(at) => setup.clock = crate::clock::Clock::Fixed(at),
                    Err(e) => {
                        eprintln!("passerelle: --at: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            // The configured screen, unless it is larger than a screenshot
            // may be (a 7680x4320 wall screen): then half of it, and so on.
            let size = size.unwrap_or_else(|| match setup.config.layout_size() {
                Some((mut w, mut h)) => {
                    while w.max(h) > screenshot::MAX_SIDE {
                        (w, h) = (w / 2, h / 2);
                    }
                    format!("{w}x{h}")
                }
                None => "800x480".to_string(),
            });
            let display = screenshot::Display {
                contrast,
                large_text,
            };
            run_screenshot(
                screen,
                &locale,
                &size,
                out,
                list,
                all,
                display,
                texts.as_deref(),
                &answers,
                &choices,
                guide.as_deref(),
                &setup,
            )
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("passerelle: {message}");
            ExitCode::from(2)
        }
    }
}

fn run_check(
    locales: Option<PathBuf>,
    content: Option<PathBuf>,
    config: Option<&std::path::Path>,
) -> ExitCode {
    let locales = locales.map_or(Files::EmbeddedLocales, Files::Dir);
    let content = content.map_or(Files::EmbeddedContent, Files::Dir);
    let mut report = check::run(&locales, &content);
    let mut notes = Vec::new();
    if let Some(path) = config {
        let checked = crate::ops::config::check_config(path, &report.content.catalog);
        report.errors.extend(checked.problems);
        notes = checked.notes;
        if let Some(unreviewed) = checked.unreviewed {
            report.unreviewed = unreviewed;
        }
    }
    for line in crate::content::problem::summarised(&report.errors, 3) {
        say!("error: {line}");
    }
    for note in notes {
        say!("note: {note}");
    }
    if !report.unreviewed.is_empty() {
        say!(
            "note: not yet reviewed by a native speaker: {}",
            report.unreviewed.join(", ")
        );
    }
    if report.is_ok() {
        say!(
            "ok: {} languages, {} messages each, content valid",
            report.languages,
            report.messages
        );
        ExitCode::SUCCESS
    } else {
        say!("{} error(s)", report.errors.len());
        ExitCode::from(1)
    }
}

fn run_advise(pairs: &[String], locale: Option<&str>, json: bool, setup: &Setup) -> ExitCode {
    match advise_text(pairs, locale, json, setup) {
        Ok(text) => {
            say_raw!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("passerelle advise: {message}");
            ExitCode::from(2)
        }
    }
}

/// Parses "LAT,LON".
pub fn parse_point(text: &str) -> anyhow::Result<(f64, f64)> {
    // A 1e308 is 309 digits.
    let shown = crate::content::problem::shown(text);
    let (lat, lon) = text
        .split_once(',')
        .ok_or_else(|| anyhow!("'{shown}' is not LAT,LON"))?;
    match (lat.trim().parse::<f64>(), lon.trim().parse::<f64>()) {
        (Ok(lat), Ok(lon)) if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) => {
            Ok((lat, lon))
        }
        _ => bail!("'{shown}' is not LAT,LON in degrees, such as 48.8566,2.3522"),
    }
}

fn run_services(command: ServicesCommand, setup: &Setup) -> anyhow::Result<()> {
    match command {
        ServicesCommand::Import {
            format,
            input,
            out,
            near,
            radius,
            source_date,
            services,
            force,
        } => {
            if out.exists()
                && let (Ok(a), Ok(b)) = (std::fs::canonicalize(&out), std::fs::canonicalize(&input))
                && a == b
            {
                bail!(
                    "{}: --out is the input file itself; write the directory elsewhere",
                    out.display()
                );
            }
            let area = match (near, radius) {
                (Some(_), Some(radius_km)) if !(radius_km > 0.0 && radius_km <= 1000.0) => {
                    bail!(
                        "--radius must be a number of kilometres above 0 and at most 1000, not {radius_km}"
                    )
                }
                (Some(point), Some(radius_km)) => {
                    let (lat, lon) = parse_point(&point)?;
                    Some(crate::places::import::Area {
                        lat,
                        lon,
                        radius_km,
                    })
                }
                _ => None,
            };
            // Written into every place's attribution: a real date only.
            if let Some(date) = &source_date
                && (date.len() != 10 || date.parse::<jiff::civil::Date>().is_err())
            {
                bail!(
                    "--source-date must be a date written YYYY-MM-DD (such as 2024-08-01), not '{}'",
                    crate::content::problem::shown(date)
                );
            }
            let services = match services {
                Some(path) => Some(
                    crate::ops::files::read_text(&path, crate::places::import::MAX_INPUT_BYTES)
                        .map_err(|why| anyhow!("{}: {why}", path.display()))?,
                ),
                None => None,
            };
            let options = crate::places::import::Options {
                area,
                source_date,
                progress: std::io::IsTerminal::is_terminal(&std::io::stderr()),
                services,
            };
            let (places, report) = crate::places::import::import_file(format, &input, &options)?;
            if report.cut_short && !force {
                say_raw!("{}", report.summary());
                bail!(
                    "{}: the file ends in the middle of a record, as a copy cut short does; nothing is written (--force writes what was read)",
                    input.display()
                );
            }
            if let Err(e) = crate::places::import::write_directory(places, &out, force) {
                say_raw!("{}", report.summary());
                return Err(e.into());
            }
            say_raw!("{}", report.summary());
            say!("written: {}", out.display());
            let expected = crate::kiosk::state::EXPECTED_PLACES;
            if report.imported > expected {
                say!(
                    "warning: {} places, more than the {expected} a kiosk is expected to list: it starts slower and lists far places; import only its area (--near LAT,LON --radius KM)",
                    report.imported
                );
            }
            Ok(())
        }
        ServicesCommand::Near {
            lat,
            lon,
            kinds,
            at,
            limit,
            json,
        } => {
            let directory = setup
                .directory
                .as_deref()
                .or(setup.config.directory.as_deref())
                .context("--directory FILE is required (or `directory` in config.toml): the file written by `services import`")?;
            let (lat, lon) = match (lat, lon) {
                (Some(lat), Some(lon)) => parse_point(&format!("{lat},{lon}"))?,
                _ => setup.location.or(setup.config.location).context(
                    "--lat and --lon are required (or --location, or [location] in config.toml)",
                )?,
            };
            if let Some(kind) = kinds
                .iter()
                .find(|k| !crate::places::directory::KINDS.contains(&k.as_str()))
            {
                bail!(
                    "unknown kind '{kind}'; the kinds are: {}",
                    crate::places::directory::KINDS.join(", ")
                );
            }
            let at = match at {
                Some(text) => crate::clock::parse_at(&text).map_err(|e| anyhow!("--at: {e}"))?,
                None => crate::clock::now(),
            };
            let (dir, problems) =
                crate::places::directory::Directory::load(directory).map_err(|p| anyhow!("{p}"))?;
            for p in problems {
                eprintln!("passerelle: warning: {p}");
            }
            let found = dir.near(lat, lon, &kinds, at, limit);
            say_raw!("{}", crate::places::directory::describe(&found, json));
            Ok(())
        }
    }
}

fn run_translations(command: TranslationsCommand, setup: &Setup) -> anyhow::Result<()> {
    match command {
        TranslationsCommand::Sheet { locale, out } => {
            // A weekday morning, so that the places show "open until".
            let mut setup = setup.clone();
            if setup.clock == crate::clock::Clock::System {
                let today = crate::clock::today();
                let wednesday = today
                    .nth_weekday(1, jiff::civil::Weekday::Wednesday)
                    .unwrap_or(today);
                setup.clock = crate::clock::Clock::Fixed(wednesday.at(10, 0, 0, 0));
            }
            let kiosk = Kiosk::load(&setup);
            let code = kiosk
                .content()
                .catalog
                .negotiate(&locale)
                .ok_or_else(|| anyhow!("unknown language '{locale}'"))?;
            let (messages, seen) = crate::kiosk::sheet::write(kiosk, &code, &out)?;
            say!(
                "{}: {messages} messages, {seen} of them shown with their picture",
                out.display()
            );
            Ok(())
        }
        TranslationsCommand::Apply {
            locale,
            locales,
            corrections,
        } => {
            let text = std::fs::read_to_string(&corrections)
                .with_context(|| corrections.display().to_string())?;
            let parsed =
                crate::content::corrections::parse(&corrections.display().to_string(), &text)?;
            let changed = crate::content::corrections::apply(&locales, &locale, &parsed)?;
            say!(
                "{} corrections written into {}",
                parsed.len(),
                changed
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Ok(())
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn run_screenshot(
    screen: Option<String>,
    locale: &str,
    size: &str,
    out: Option<PathBuf>,
    list: bool,
    all: bool,
    display: screenshot::Display,
    texts: Option<&Path>,
    answers: &[String],
    choices: &[String],
    guide: Option<&str>,
    setup: &Setup,
) -> anyhow::Result<()> {
    if list {
        for (name, _) in screenshot::SCREENS {
            say!("{name}");
        }
        return Ok(());
    }
    let out = out.context("--out is required")?;
    let kiosk = Kiosk::load(setup);
    if all {
        let count = screenshot::all(kiosk, &out)?;
        say!(
            "{count} screenshots and index.html written to {}",
            out.display()
        );
        return Ok(());
    }
    let name = screen.context("--screen is required")?;
    screenshot::screen_by_name(&name).ok_or_else(|| {
        let names: Vec<&str> = screenshot::SCREENS.iter().map(|(n, _)| *n).collect();
        anyhow!(
            "unknown screen '{name}'; the screens are: {}",
            names.join(", ")
        )
    })?;
    let code = kiosk
        .content()
        .catalog
        .negotiate(locale)
        .ok_or_else(|| anyhow!("unknown language '{locale}'"))?;
    let size = screenshot::parse_size(size)?;
    let answers = if answers.is_empty() {
        None
    } else {
        if !matches!(name.as_str(), "result" | "staff") {
            return Err(anyhow!(
                "--answer shows a result: use it with --screen result or --screen staff"
            ));
        }
        Some(crate::content::rules::Answers::from_pairs(
            answers,
            kiosk.services.clock.today(),
            kiosk.settings.zone,
        )?)
    };
    if !choices.is_empty() && name != "question" {
        return Err(anyhow!(
            "--choose walks the questions: use it with --screen question"
        ));
    }
    if guide.is_some() && name != "guide-page" {
        return Err(anyhow!(
            "--guide opens a guide: use it with --screen guide-page"
        ));
    }
    screenshot::one(
        kiosk,
        &name,
        &code,
        size,
        display,
        &out,
        texts,
        answers.as_ref(),
        choices,
        guide,
    )?;
    Ok(())
}
