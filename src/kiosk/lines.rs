//! The emergency numbers and the national lines as the screens show them:
//! pure functions of the content and the language, and the emergency
//! screen's adapter.

use fluent_bundle::FluentArgs;
use slint::{ComponentHandle, ModelRc, SharedString, VecModel};

use crate::content::i18n::Catalog;
use crate::content::lines::{Emergency, Hours};
use crate::{AppWindow, EmergencyAdapter, EmergencyLine};

/// The phone lines of `lines` as the UI shows them, in `lang`.
pub fn line_models(catalog: &Catalog, lang: &str, lines: &Emergency) -> Vec<EmergencyLine> {
    lines
        .lines
        .iter()
        .map(|line| {
            let mut facts = Vec::new();
            if line.free {
                facts.push(catalog.text(lang, "emergency-free"));
            }
            match line.hours {
                Hours::Always => facts.push(catalog.text(lang, "emergency-hours-always")),
                Hours::Listed => facts.push(catalog.text(lang, &line.hours_id())),
                Hours::Unknown => {}
            }
            if line.hours_to_confirm {
                facts.push(catalog.text(lang, "emergency-hours-to-confirm"));
            }
            if line.sms {
                facts.push(catalog.text(lang, "emergency-by-sms"));
            }
            if let Some(site) = &line.website {
                facts.push(
                    site.trim_start_matches("https://")
                        .trim_start_matches("www.")
                        .to_string(),
                );
            }
            let local = catalog.digits(lang, &line.number);
            EmergencyLine {
                number: line.number.as_str().into(),
                number_local: if local == line.number {
                    SharedString::new()
                } else {
                    local.into()
                },
                name: catalog.text(lang, &line.name_id()).into(),
                what: catalog.text(lang, &line.what_id()).into(),
                facts: catalog.paragraph(lang, &facts.join(" · ")).into(),
                icon: line.icon.as_str().into(),
            }
        })
        .collect()
}

pub fn fill_emergency(window: &AppWindow, catalog: &Catalog, emergency: &Emergency, lang: &str) {
    let adapter = window.global::<EmergencyAdapter>();
    adapter.set_lines(ModelRc::new(VecModel::from(line_models(
        catalog, lang, emergency,
    ))));
    adapter.set_source(emergency_sources(catalog, emergency, lang).into());
}

/// The line under the emergency numbers: their sources and when they were checked.
pub fn emergency_sources(catalog: &Catalog, emergency: &Emergency, lang: &str) -> String {
    let sources: Vec<String> = emergency
        .used_sources()
        .iter()
        .map(|source| match &source.date {
            Some(date) => format!("{}, {}", source.name, catalog.date(lang, date)),
            None => source.name.clone(),
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("sources", sources.join(" ; "));
    args.set("verified", catalog.date(lang, &emergency.verified));
    catalog.format(lang, "emergency-sources", Some(&args))
}
