//! `passerelle advise`: the covers a set of answers leads to, as text or
//! JSON, for staff training and scripted checks.

use anyhow::anyhow;

use crate::kiosk::state::{Kiosk, Setup};

/// The text `passerelle advise` prints, or the error for a bad answer.
/// The advice for `pairs` as the kiosk of `setup` would give it: its zone,
/// and the ceilings and translations of its content update if it has one.
pub fn advise_text(
    pairs: &[String],
    locale: Option<&str>,
    json: bool,
    setup: &Setup,
) -> anyhow::Result<String> {
    let kiosk = Kiosk::load(setup);
    let answers = crate::content::rules::Answers::from_pairs(
        pairs,
        crate::clock::today(),
        kiosk.settings.zone,
    )?;
    let catalog = locale.map(|_| &kiosk.content().catalog);
    let lang = match (&catalog, locale) {
        (Some(catalog), Some(code)) => Some(
            catalog
                .negotiate(code)
                .ok_or_else(|| anyhow!("unknown language '{code}'"))?,
        ),
        _ => None,
    };
    let advice = crate::content::rules::advise(&answers, kiosk.content().ceilings.as_ref());
    let title = |outcome: crate::content::rules::Outcome| match (&catalog, &lang) {
        (Some(catalog), Some(lang)) => {
            Some(catalog.text(lang, &format!("outcome-{outcome}-title")))
        }
        _ => None,
    };
    if json {
        let outcomes: Vec<serde_json::Value> = advice
            .outcomes
            .iter()
            .map(|o| {
                let mut item = match title(*o) {
                    Some(t) => serde_json::json!({ "id": o.name(), "title": t }),
                    None => serde_json::json!({ "id": o.name() }),
                };
                if advice.uncertain && rests_on_income(*o) {
                    item["uncertain"] = serde_json::Value::Bool(true);
                }
                item
            })
            .collect();
        let ceiling = advice.ceiling.as_ref().map(|c| {
            serde_json::json!({
                "household": c.household,
                "free": c.free,
                "participation": c.participation,
                "from": c.from.to_string(),
                "to": c.to.to_string(),
                "zone": answers.zone.name(),
                "computed": c.computed,
                "stale": c.stale,
            })
        });
        let value = serde_json::json!({
            "outcomes": outcomes,
            "ceiling": ceiling,
            "unknown": advice.unknown,
            "date": answers.date.to_string(),
        });
        return Ok(format!("{value:#}\n"));
    }
    let mut out = String::new();
    for outcome in &advice.outcomes {
        let check = if advice.uncertain && rests_on_income(*outcome) {
            " (to be checked: the income is just above the last known ceiling)"
        } else {
            ""
        };
        match title(*outcome) {
            Some(t) => out.push_str(&format!("{outcome}: {t}{check}\n")),
            None => out.push_str(&format!("{outcome}{check}\n")),
        }
    }
    if let Some(c) = &advice.ceiling {
        out.push_str(&format!(
            "ceiling: household {}, free CSS and AME up to {} EUR, CSS with participation up to {} EUR a year, period {}..{} ({}{})\n",
            c.household,
            c.free,
            c.participation,
            c.from,
            c.to,
            answers.zone,
            if c.computed { ", computed: to be confirmed" } else { "" }
        ));
        if c.stale {
            out.push_str(&format!(
                "warning: {} is past the last known period (it ended {}): the ceilings may have changed; check with the official simulator on complementaire-sante-solidaire.gouv.fr\n",
                answers.date, c.to
            ));
        }
    }
    if !advice.unknown.is_empty() {
        out.push_str(&format!("not known: {}\n", advice.unknown.join(", ")));
    }
    Ok(out)
}

/// The covers decided by the income and the ceilings.
fn rests_on_income(outcome: crate::content::rules::Outcome) -> bool {
    use crate::content::rules::Outcome;
    matches!(
        outcome,
        Outcome::CssFree | Outcome::CssParticipation | Outcome::Ame
    )
}
