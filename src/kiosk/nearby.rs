//! Binds "Find help nearby" to the window: the places of the kiosk's list,
//! nearest first with their opening state in the visitor's language, the
//! filter chips, a place's page with its week and QR codes, and the
//! national lines.

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, Image, ModelRc, SharedString, VecModel};

use crate::clock::{self, DateTime};
use crate::content::i18n::Catalog;
use crate::content::rules::Outcome;
use crate::kiosk::state::Kiosk;
use crate::places::directory::{self, Directory, Entry, KINDS, OpenState, Place};
use crate::{AppWindow, KindChip, NearbyAdapter, PlaceCard};

const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const LIMIT: usize = 30;
/// A walker's pace, for the walking time shown beside a distance.
const WALKING_KM_PER_HOUR: f64 = 4.5;
/// Past an hour on foot a walking time is no help ("5 213 min"): the
/// distance is shown alone.
const MAX_WALKING_MINUTES: i64 = 60;

/// The pictogram of a kind of place.
pub fn kind_icon(kind: &str) -> &'static str {
    match kind {
        "france-services" | "cpam" => "covered",
        "pimms" | "social-services" | "association" => "people",
        "ccas" => "household",
        "caf" => "money",
        "pass" => "hospital",
        "pmi" => "child",
        "cegidd" | "planning" => "care",
        "mairie" => "permit",
        _ => "place",
    }
}

/// The kinds of place that help with the guide's outcomes, most useful first.
pub fn kinds_for(outcomes: &[Outcome]) -> Vec<String> {
    let mut kinds: Vec<&str> = Vec::new();
    for outcome in outcomes {
        let wanted: &[&str] = match outcome {
            Outcome::AlreadyCovered
            | Outcome::Puma
            | Outcome::CssAutomatic
            | Outcome::CssProtection
            | Outcome::CssLater
            | Outcome::CssFree
            | Outcome::CssParticipation => &["cpam", "france-services", "pimms", "ccas"],
            // The CSSM is Mayotte's caisse: the "cpam" kind of the directory.
            Outcome::CssMayotte => &["cpam", "france-services", "ccas"],
            Outcome::PumaWait | Outcome::Dsuv | Outcome::Pass => {
                &["pass", "pmi", "association", "ccas"]
            }
            Outcome::Ame | Outcome::AmeLater => &["cpam", "ccas", "pass", "association"],
            Outcome::MutuelleEmployer | Outcome::Mutuelle => &["france-services", "pimms"],
            Outcome::GetHelp => &["social-services", "ccas", "france-services", "pimms"],
        };
        for k in wanted {
            if !kinds.contains(k) {
                kinds.push(k);
            }
        }
    }
    kinds.into_iter().map(str::to_string).collect()
}

/// Shows every kind.
pub fn all(window: &AppWindow, kiosk: &Kiosk) {
    kiosk.visit.nearby_filter.borrow_mut().clear();
    refresh(window, kiosk);
}

/// Shows the kinds that help with the guide's current result.
pub fn for_result(window: &AppWindow, kiosk: &Kiosk) {
    let outcomes = kiosk
        .visit
        .answers()
        .map(|a| crate::content::rules::advise(&a, kiosk.content().ceilings.as_ref()).outcomes)
        .unwrap_or_default();
    *kiosk.visit.nearby_filter.borrow_mut() = kinds_for(&outcomes);
    refresh(window, kiosk);
}

/// The kinds present in the kiosk's list, in the usual order.
fn present_kinds(kiosk: &Kiosk) -> Vec<&'static str> {
    let Some(dir) = &kiosk.loaded.places else {
        return Vec::new();
    };
    KINDS
        .iter()
        .copied()
        .filter(|k| {
            dir.entries
                .iter()
                .any(|e| e.place.kinds.iter().any(|x| x == k))
        })
        .collect()
}

/// Chip `index`: "all", then the kinds present (the screen mirrors them).
pub fn choose_kind(window: &AppWindow, kiosk: &Kiosk, index: usize) {
    let kinds = present_kinds(kiosk);
    let mut filter = kiosk.visit.nearby_filter.borrow_mut();
    filter.clear();
    if index > 0
        && let Some(kind) = kinds.get(index - 1)
    {
        filter.push((*kind).to_string());
    }
    drop(filter);
    refresh(window, kiosk);
}

/// The places to list at `at`, as (index into the directory, distance,
/// state): the nearest of the kinds in `filter` (all when empty) when the
/// kiosk knows where it stands, else by name.
pub fn shown(
    dir: &Directory,
    location: Option<(f64, f64)>,
    filter: &[String],
    at: DateTime,
) -> Vec<(usize, Option<f64>, OpenState)> {
    match location {
        Some((lat, lon)) => dir
            .near(lat, lon, filter, at, LIMIT)
            .into_iter()
            .map(|n| {
                let index = dir
                    .entries
                    .iter()
                    .position(|e| std::ptr::eq(e, n.entry))
                    .unwrap_or(0);
                (index, Some(n.distance_km), n.state)
            })
            .collect(),
        None => {
            let mut list: Vec<(usize, &Entry)> = dir
                .entries
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    filter.is_empty() || e.place.kinds.iter().any(|k| filter.contains(k))
                })
                .collect();
            list.sort_by(|a, b| a.1.place.name.cmp(&b.1.place.name));
            list.into_iter()
                .take(LIMIT)
                .map(|(i, e)| (i, None, e.state(at)))
                .collect()
        }
    }
}

/// Fills the list in the window's language.
pub fn refresh(window: &AppWindow, kiosk: &Kiosk) {
    let lang = crate::kiosk::tr::current_language(window);
    let catalog = &kiosk.content().catalog;
    let adapter = window.global::<NearbyAdapter>();
    let at = kiosk.services.clock.now();
    adapter.set_has_directory(kiosk.loaded.places.is_some());
    let filter = kiosk.visit.nearby_filter.borrow().clone();
    let mut chips = vec![KindChip {
        label: catalog.text(&lang, "nearby-all").into(),
        icon: "place".into(),
        selected: filter.is_empty(),
    }];
    for kind in present_kinds(kiosk) {
        chips.push(KindChip {
            label: catalog.text(&lang, &format!("kind-{kind}")).into(),
            icon: kind_icon(kind).into(),
            selected: filter.iter().any(|k| k == kind),
        });
    }
    adapter.set_kinds(ModelRc::new(VecModel::from(chips)));
    let list = match &kiosk.loaded.places {
        Some(dir) => shown(dir, kiosk.settings.location, &filter, at),
        None => Vec::new(),
    };
    *kiosk.visit.nearby_shown.borrow_mut() = list.iter().map(|(i, _, _)| *i).collect();
    let cards: Vec<PlaceCard> = list
        .iter()
        .filter_map(|(i, distance, state)| {
            let entry = kiosk.loaded.places.as_ref()?.entries.get(*i)?;
            Some(card(catalog, &lang, entry, *distance, *state, at, false))
        })
        .collect();
    let mut sources: Vec<String> = Vec::new();
    for (i, _, _) in &list {
        if let Some(e) = kiosk.loaded.places.as_ref().and_then(|d| d.entries.get(*i)) {
            let s = format!("{} {}", e.place.source, e.place.source_date)
                .trim()
                .to_string();
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
    }
    let attribution = if sources.is_empty() {
        String::new()
    } else {
        let mut args = FluentArgs::new();
        args.set("source", sources.join(" ; "));
        args.set("date", "");
        catalog
            .format(&lang, "nearby-attribution", Some(&args))
            .trim()
            .to_string()
    };
    adapter.set_places(ModelRc::new(VecModel::from(cards)));
    adapter.set_attribution(attribution.into());
    adapter.set_national(ModelRc::new(VecModel::from(
        crate::kiosk::lines::line_models(
            &kiosk.content().catalog,
            &lang,
            &kiosk.content().lines.national,
        ),
    )));
    if let Some(index) = kiosk.visit.open_place.get() {
        open_place_entry(window, kiosk, index);
    }
}

/// Opens the place at position `index` of the list shown.
pub fn open_place(window: &AppWindow, kiosk: &Kiosk, index: usize) {
    let Some(entry_index) = kiosk.visit.nearby_shown.borrow().get(index).copied() else {
        return;
    };
    open_place_entry(window, kiosk, entry_index);
}

fn open_place_entry(window: &AppWindow, kiosk: &Kiosk, entry_index: usize) {
    let Some(entry) = kiosk
        .loaded
        .places
        .as_ref()
        .and_then(|d| d.entries.get(entry_index))
    else {
        return;
    };
    kiosk.visit.open_place.set(Some(entry_index));
    let lang = crate::kiosk::tr::current_language(window);
    let at = kiosk.services.clock.now();
    let distance = kiosk
        .settings
        .location
        .map(|(lat, lon)| directory::haversine_km(lat, lon, entry.place.lat, entry.place.lon));
    let card = card(
        &kiosk.content().catalog,
        &lang,
        entry,
        distance,
        entry.state(at),
        at,
        true,
    );
    window.global::<NearbyAdapter>().set_place(card);
}

fn time_text(catalog: &Catalog, lang: &str, t: DateTime) -> String {
    catalog.digits(lang, &clock::hh_mm(t))
}

fn day_name(catalog: &Catalog, lang: &str, day: DateTime, now: DateTime) -> String {
    let days = (day.date() - now.date()).get_days();
    match days {
        0 => catalog.text(lang, "place-today"),
        1 => catalog.text(lang, "place-tomorrow"),
        _ => catalog.text(lang, &format!("day-{}", DAYS[clock::weekday(day)])),
    }
}

fn state_text(catalog: &Catalog, lang: &str, state: OpenState, now: DateTime) -> (String, bool) {
    match state {
        OpenState::Open(Some(until)) => {
            let mut args = FluentArgs::new();
            args.set("time", time_text(catalog, lang, until));
            (catalog.format(lang, "place-open-until", Some(&args)), true)
        }
        OpenState::Open(None) => (catalog.text(lang, "place-open"), true),
        OpenState::Closed(Some(opens)) => {
            let mut args = FluentArgs::new();
            args.set("day", day_name(catalog, lang, opens, now));
            args.set("time", time_text(catalog, lang, opens));
            (catalog.format(lang, "place-opens", Some(&args)), false)
        }
        OpenState::Closed(None) => (catalog.text(lang, "place-closed"), false),
        OpenState::Unknown => (catalog.text(lang, "place-hours-unknown"), false),
    }
}

/// A place as the list (`full`: false) or its page (`full`: true) shows it
/// in `lang` at `now`: kind, distance, open or closed, and on its page the
/// next seven days' hours and the QR codes.
pub fn card(
    catalog: &Catalog,
    lang: &str,
    entry: &Entry,
    distance: Option<f64>,
    state: OpenState,
    now: DateTime,
    full: bool,
) -> PlaceCard {
    let place = &entry.place;
    let kind = place
        .kinds
        .first()
        .map(String::as_str)
        .unwrap_or("association");
    let kind_label = catalog.paragraph(
        lang,
        &place
            .kinds
            .iter()
            .map(|k| catalog.text(lang, &format!("kind-{k}")))
            .collect::<Vec<_>>()
            .join(catalog.list_separator(lang)),
    );
    let distance_text = distance.map(|km| {
        let mut args = FluentArgs::new();
        args.set("km", (km * 10.0).round() / 10.0);
        let minutes = (km / WALKING_KM_PER_HOUR * 60.0).ceil() as i64;
        if minutes <= MAX_WALKING_MINUTES {
            args.set("minutes", minutes);
            catalog.format(lang, "place-distance", Some(&args))
        } else {
            catalog.format(lang, "place-distance-far", Some(&args))
        }
    });
    let (state_text, open) = state_text(catalog, lang, state, now);
    let separator = catalog.list_separator(lang);
    let hours: Vec<SharedString> = if full && entry.hours().is_some() {
        (0..7)
            .map(|d| {
                let day = now.saturating_add(jiff::Span::new().days(d));
                let intervals = entry.day_intervals(day.date());
                let text = if intervals.is_empty() {
                    catalog.text(lang, "place-closed-day")
                } else {
                    intervals
                        .iter()
                        .map(|(a, b)| {
                            let end = if b.date() > a.date() {
                                "24:00".to_string()
                            } else {
                                clock::hh_mm(*b)
                            };
                            format!(
                                "{} – {}",
                                time_text(catalog, lang, *a),
                                catalog.digits(lang, &end)
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(separator)
                };
                let line = format!("{}  {}", day_name(catalog, lang, day, now), text);
                catalog.paragraph(lang, &line).into()
            })
            .collect()
    } else {
        Vec::new()
    };
    let reception = catalog.paragraph(lang, &reception(catalog, lang, place).join(" · "));
    let address = format!("{}, {} {}", place.address, place.postcode, place.town);
    let phone = place.phones.first().cloned().unwrap_or_default();
    let (qr_address, qr_phone) = if full {
        (
            crate::kiosk::guide::qr_image(&format!("geo:{:.6},{:.6}", place.lat, place.lon)),
            if phone.is_empty() {
                Image::default()
            } else {
                crate::kiosk::guide::qr_image(&tel_uri(&phone))
            },
        )
    } else {
        (Image::default(), Image::default())
    };
    let mut args = FluentArgs::new();
    args.set("source", place.source.clone());
    args.set("date", place.source_date.clone());
    PlaceCard {
        name: place.name.as_str().into(),
        kind: kind_label.into(),
        icon: kind_icon(kind).into(),
        distance: distance_text.unwrap_or_default().into(),
        state: state_text.into(),
        open,
        phone: phone.into(),
        address: address.into(),
        reception: reception.into(),
        comment: place.comment.clone().unwrap_or_default().into(),
        hours: ModelRc::new(VecModel::from(hours)),
        attribution: catalog
            .format(lang, "nearby-attribution", Some(&args))
            .into(),
        qr_address,
        qr_phone,
    }
}

/// How a place receives people, as far as its source says: by appointment
/// or not, free or paid, for exiled people or women, in person or at a
/// distance.
pub fn reception(catalog: &Catalog, lang: &str, place: &Place) -> Vec<String> {
    let mut facts = Vec::new();
    let mut say = |id: &str| facts.push(catalog.text(lang, id));
    match place.appointment {
        Some(true) => say("place-appointment-yes"),
        Some(false) => say("place-appointment-no"),
        None => {}
    }
    match place.free {
        Some(true) => say("place-free"),
        Some(false) => say("place-paid"),
        None => {}
    }
    for (public, id) in [
        ("personnes-exilees", "place-for-exiled"),
        ("femmes", "place-for-women"),
    ] {
        if place.publics.iter().any(|p| p == public) {
            say(id);
        }
    }
    let remote = place.modes.iter().any(|m| m == "a-distance");
    let in_person = place.modes.iter().any(|m| m == "en-presentiel");
    match (remote, in_person) {
        (true, true) => say("place-remote-too"),
        (true, false) => say("place-remote-only"),
        _ => {}
    }
    facts
}

/// "04 50 56 87 49" → "tel:+33450568749"; a short number stays as it is.
pub fn tel_uri(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 10 && digits.starts_with('0') {
        format!("tel:+33{}", &digits[1..])
    } else {
        format!("tel:{digits}")
    }
}

/// Wires the list's callbacks.
pub fn bind(window: &AppWindow, kiosk: &std::rc::Rc<Kiosk>) {
    let adapter = window.global::<NearbyAdapter>();
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_all(move || {
        if let Some(w) = weak.upgrade() {
            all(&w, &k);
        }
    });
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_for_result(move || {
        if let Some(w) = weak.upgrade() {
            for_result(&w, &k);
        }
    });
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_choose_kind(move |i| {
        if let Some(w) = weak.upgrade() {
            choose_kind(&w, &k, i.max(0) as usize);
        }
    });
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_open_place(move |i| {
        if let Some(w) = weak.upgrade() {
            open_place(&w, &k, i.max(0) as usize);
        }
    });
}
