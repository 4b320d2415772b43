//! The operator's screen: where the content comes from, how old each part
//! is and what is stale, the directory, and the warnings that the kiosk
//! keeps from visitors. In French: the operators are the staff.

use slint::{ComponentHandle, ModelRc, VecModel};

use crate::clock::{Date, months_between};
use crate::content::i18n::ReviewStatus;
use crate::kiosk::state::Kiosk;
use crate::{AppWindow, Operator, OperatorLine};

/// Content verified more than this many months ago is flagged.
pub const STALE_MONTHS: i32 = 12;

fn french(date: &Date) -> String {
    date.strftime("%d/%m/%Y").to_string()
}

/// The lines of the operator's screen on `today`: (text, needs attention).
pub fn lines(kiosk: &Kiosk, today: &Date) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let stale = |d: &Date| months_between(*d, *today) > STALE_MONTHS;
    if let Some(name) = &kiosk.settings.organisation {
        out.push((format!("Organisation : {name}"), false));
    }
    out.push((
        match &kiosk.loaded.update {
            None => "Contenu : celui du programme (intégré)".to_string(),
            Some(folder) => format!("Contenu : mise à jour de {}", folder.display()),
        },
        false,
    ));
    out.extend(update_lines(kiosk));
    for warning in &kiosk.loaded.warnings {
        out.push((warning.clone(), true));
    }
    let verified = &kiosk.content().lines.emergency.verified;
    out.push((
        format!("Numéros d'urgence vérifiés le {}", french(verified)),
        stale(verified),
    ));
    match kiosk
        .content()
        .ceilings
        .as_ref()
        .and_then(|c| c.periods.last())
    {
        Some(last) => {
            let past = *today > last.to;
            out.push((
                if past {
                    format!(
                        "Plafonds CSS et AME : la dernière période connue a pris fin le {} ; ils ont peut-être changé (ajoutez la nouvelle période, voir le README)",
                        french(&last.to)
                    )
                } else {
                    format!("Plafonds CSS et AME : période du {} au {}", french(&last.from), french(&last.to))
                },
                past,
            ));
        }
        None => out.push((
            "Plafonds CSS et AME : aucun, les questions de ressources renvoient vers une personne"
                .into(),
            true,
        )),
    }
    match &kiosk.content().guides {
        Some(guides) => out.push((
            format!("Guides vérifiés le {}", french(&guides.verified)),
            stale(&guides.verified),
        )),
        None => out.push((
            "Guides : aucun (contenu invalide, voir le journal)".into(),
            true,
        )),
    }
    if kiosk.content().flow.is_none() {
        out.push((
            "Questions du guide : invalides, le guide renvoie vers une personne (voir le journal)"
                .into(),
            true,
        ));
    }
    match &kiosk.loaded.places {
        Some(directory) => {
            let mut sources: Vec<String> = directory
                .entries
                .iter()
                .map(|e| {
                    format!("{} {}", e.place.source, e.place.source_date)
                        .trim()
                        .to_string()
                })
                .collect();
            sources.sort();
            sources.dedup();
            out.push((
                format!(
                    "Lieux près d'ici : {} ; sources : {}",
                    directory.entries.len(),
                    sources.join(" ; ")
                ),
                false,
            ));
            // Places whose source is over 12 months old, or undated.
            let dated = |e: &&crate::places::directory::Entry| {
                e.place
                    .source_date
                    .get(..10)
                    .and_then(crate::clock::parse_date)
            };
            let old: Vec<&str> = directory
                .entries
                .iter()
                .filter(|e| dated(e).is_some_and(|d| stale(&d)))
                .map(|e| e.place.name.as_str())
                .collect();
            let undated = directory
                .entries
                .iter()
                .filter(|e| dated(e).is_none())
                .count();
            if !old.is_empty() {
                let shown: Vec<&str> = old.iter().take(5).copied().collect();
                out.push((
                    format!(
                        "Lieux dont la source a plus de 12 mois : {} ({}{}) ; importez une liste récente",
                        old.len(),
                        shown.join(", "),
                        if old.len() > shown.len() { ", …" } else { "" }
                    ),
                    true,
                ));
            }
            if undated > 0 {
                out.push((
                    format!("Lieux sans date de source : {undated} ; vérifiez leurs horaires"),
                    true,
                ));
            }
        }
        None => out.push((
            "Lieux près d'ici : aucune liste (l'écran montre les numéros nationaux)".into(),
            true,
        )),
    }
    match kiosk.settings.location {
        Some((lat, lon)) => out.push((format!("Position : {lat}, {lon}"), false)),
        None => out.push((
            "Position : non configurée, pas de distances".into(),
            kiosk.loaded.places.is_some(),
        )),
    }
    let unreviewed: Vec<&str> = kiosk
        .settings
        .offered
        .iter()
        .filter(|c| {
            kiosk
                .content()
                .catalog
                .language(c)
                .is_some_and(|l| l.review.status == ReviewStatus::NotReviewed)
        })
        .map(String::as_str)
        .collect();
    out.push((
        format!("Langues proposées : {}", kiosk.settings.offered.join(", ")),
        false,
    ));
    if !unreviewed.is_empty() {
        out.push((
            format!(
                "Traductions non relues par un locuteur natif : {}",
                unreviewed.join(", ")
            ),
            true,
        ));
    }
    let silent: Vec<&str> = kiosk
        .settings
        .offered
        .iter()
        .filter(|c| !kiosk.services.speech.can_read(c))
        .map(String::as_str)
        .collect();
    if !silent.is_empty() {
        out.push((
            format!(
                "Lecture à voix haute impossible (ni voix de synthèse ni enregistrements) : {}",
                silent.join(", ")
            ),
            true,
        ));
    }
    out.push((
        format!(
            "Session : question après {} s sans toucher, effacement {} s plus tard",
            kiosk.settings.idle_seconds, kiosk.settings.countdown_seconds
        ),
        false,
    ));
    out.push((
        if kiosk.services.stats.is_some() {
            "Comptages anonymes : activés"
        } else {
            "Comptages anonymes : désactivés"
        }
        .to_string(),
        false,
    ));
    out
}

/// Wrong PINs tried before the screen makes the next try wait.
pub const FREE_TRIES: u32 = 3;
/// The first wait, doubled at each further wrong PIN, up to an hour.
pub const FIRST_WAIT_SECONDS: i32 = 30;
pub const LONGEST_WAIT_SECONDS: i32 = 3600;

/// The wait after `failures` wrong PINs in a row.
pub fn wait_after(failures: u32) -> i32 {
    if failures < FREE_TRIES {
        return 0;
    }
    let doublings = (failures - FREE_TRIES).min(16);
    FIRST_WAIT_SECONDS
        .saturating_mul(1 << doublings)
        .min(LONGEST_WAIT_SECONDS)
}

/// Wrong PINs in a row, and the countdown of the wait they earned. A
/// guessed PIN opens the operator screen: every four digits cannot be tried
/// in a lunch break.
struct PinGuard {
    failures: std::cell::Cell<u32>,
    countdown: slint::Timer,
}

/// Wires the PIN check and fills the screen when the PIN is right. Wrong
/// PINs go to the log; after [`FREE_TRIES`] of them each next try waits
/// longer, and the PIN screen says how long.
pub fn bind(window: &AppWindow, kiosk: &std::rc::Rc<Kiosk>) {
    let operator = window.global::<Operator>();
    operator.set_enabled(kiosk.settings.operator_pin.is_some());
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    let guard = std::rc::Rc::new(PinGuard {
        failures: std::cell::Cell::new(0),
        countdown: slint::Timer::default(),
    });
    operator.on_check_pin(move |pin| {
        let Some(window) = weak.upgrade() else {
            return false;
        };
        let operator = window.global::<Operator>();
        if operator.get_wait_seconds() > 0 {
            crate::log::warn("operator screen: a PIN was entered during the wait; not tried");
            return false;
        }
        let right = k
            .settings
            .operator_pin
            .as_deref()
            .is_some_and(|p| p == pin.as_str());
        if !right {
            let failures = guard.failures.get().saturating_add(1);
            guard.failures.set(failures);
            let wait = wait_after(failures);
            crate::log::warn(&format!(
                "operator screen: wrong PIN ({failures} in a row){}",
                if wait > 0 {
                    format!("; the next try waits {wait} s")
                } else {
                    String::new()
                }
            ));
            if wait > 0 {
                operator.set_wait_seconds(wait);
                let weak = window.as_weak();
                let guard_for_timer = std::rc::Rc::downgrade(&guard);
                guard.countdown.start(
                    slint::TimerMode::Repeated,
                    std::time::Duration::from_secs(1),
                    move || {
                        let Some(window) = weak.upgrade() else {
                            return;
                        };
                        let operator = window.global::<Operator>();
                        let left = (operator.get_wait_seconds() - 1).max(0);
                        operator.set_wait_seconds(left);
                        if left == 0
                            && let Some(guard) = guard_for_timer.upgrade()
                        {
                            guard.countdown.stop();
                        }
                    },
                );
            }
            return false;
        }
        guard.failures.set(0);
        let model: Vec<OperatorLine> = lines(&k, &k.services.clock.today())
            .into_iter()
            .map(|(text, warning)| OperatorLine {
                text: text.into(),
                warning,
            })
            .collect();
        operator.set_lines(ModelRc::new(VecModel::from(model)));
        true
    });
}

/// Whether updates must be signed, the last one accepted, and the last
/// imports from a USB stick.
fn update_lines(kiosk: &Kiosk) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let settings = &kiosk.settings;
    match &settings.content_key {
        Some(key) => {
            let short: String = key.chars().take(12).collect();
            out.push((
                format!("Mises à jour du contenu : signées seulement (clé {short}…)"),
                false,
            ));
        }
        None => out.push((
            "Mises à jour du contenu : non signées (pas de content-key dans config.toml) : toute mise à jour scellée est prise".to_string(),
            true,
        )),
    }
    if let Some(state) = &settings.state {
        if settings.content_key.is_some()
            && let Some(accepted) = crate::content::signing::accepted(state)
        {
            out.push((
                format!(
                    "Dernière mise à jour acceptée : version {}",
                    accepted.version
                ),
                false,
            ));
        }
        out.extend(import_lines(state));
    }
    out
}

/// The last five imports from a USB stick, refused ones flagged.
fn import_lines(state: &std::path::Path) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let imports = crate::content::signing::imports(state);
    let skip = imports.len().saturating_sub(5);
    for import in &imports[skip..] {
        let refused = import.result != "imported";
        out.push((
            format!(
                "Clé USB du {} ({}) : {} : {}",
                import.at,
                import.from,
                if refused { "refusée" } else { "importée" },
                import.detail
            ),
            refused,
        ));
    }
    out
}
