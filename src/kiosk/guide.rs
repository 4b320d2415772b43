//! Binds the coverage guide and the guide pages to the window: the question
//! on screen, the result cards (in the visitor's language and in French for
//! the staff view), their QR codes, and the "health cover explained" pages.

use fluent_bundle::FluentArgs;
use slint::{
    ComponentHandle, Image, ModelRc, Rgb8Pixel, SharedPixelBuffer, SharedString, VecModel,
};

use crate::content::flow::{Amount, Walk};
use crate::content::guides::{SECTIONS, SourceDate};
use crate::content::i18n::SOURCE_LANGUAGE;
use crate::content::load::Content;
use crate::content::rules::{self, Outcome};
use crate::kiosk::state::Kiosk;
use crate::{
    AppWindow, ChoiceItem, GuideAdapter, GuideItem, GuideSection, GuidesAdapter, OutcomeCard,
};

/// Starts the questions from the first.
pub fn start(window: &AppWindow, kiosk: &Kiosk) {
    let walk = kiosk
        .content()
        .flow
        .as_ref()
        .map(|flow| Walk::new(flow, kiosk.services.clock.today(), kiosk.settings.zone));
    *kiosk.visit.walk.borrow_mut() = walk;
    skip_unaskable(kiosk);
    refresh(window, kiosk);
}

/// Records choice `index`; true when the result is reached.
pub fn choose(window: &AppWindow, kiosk: &Kiosk, index: usize) -> bool {
    if let (Some(flow), Some(walk)) = (
        &kiosk.content().flow,
        kiosk.visit.walk.borrow_mut().as_mut(),
    ) {
        walk.choose(flow, index);
    }
    skip_unaskable(kiosk);
    refresh(window, kiosk);
    let done = at_result(kiosk);
    if done && let Some(answers) = kiosk.visit.answers() {
        for outcome in rules::advise(&answers, kiosk.content().ceilings.as_ref()).outcomes {
            kiosk
                .services
                .count(crate::ops::stats::Event::Outcome(outcome.name()));
        }
    }
    done
}

/// Back one question; false when there is none before.
pub fn back(window: &AppWindow, kiosk: &Kiosk) -> bool {
    let went_back = match (
        &kiosk.content().flow,
        kiosk.visit.walk.borrow_mut().as_mut(),
    ) {
        (Some(flow), Some(walk)) => {
            // Back past the questions that were answered "I don't know" for
            // the visitor (an income question without ceilings).
            let mut went = false;
            while walk.back() {
                went = true;
                if walk
                    .current(flow)
                    .is_none_or(|q| !unaskable(kiosk.content(), q, &walk.answers))
                {
                    break;
                }
            }
            went
        }
        _ => false,
    };
    if went_back {
        refresh(window, kiosk);
    }
    went_back
}

fn at_result(kiosk: &Kiosk) -> bool {
    match (&kiosk.content().flow, kiosk.visit.walk.borrow().as_ref()) {
        (Some(flow), Some(walk)) => walk.current(flow).is_none(),
        _ => true,
    }
}

/// An income question cannot be asked without ceilings: it is answered
/// "I don't know", which sends the visitor to a person.
fn skip_unaskable(kiosk: &Kiosk) {
    let Some(flow) = &kiosk.content().flow else {
        return;
    };
    let mut walk = kiosk.visit.walk.borrow_mut();
    let Some(walk) = walk.as_mut() else { return };
    while let Some(question) = walk.current(flow) {
        if !unaskable(kiosk.content(), question, &walk.answers) {
            break;
        }
        let unknown = question
            .choices
            .iter()
            .position(|c| c.value.as_deref() == Some("unknown"))
            .unwrap_or(0);
        walk.choose(flow, unknown);
    }
}

fn unaskable(
    content: &Content,
    question: &crate::content::flow::Question,
    answers: &rules::Answers,
) -> bool {
    question.amount.is_some() && ceiling(content, answers).is_none()
}

fn ceiling(content: &Content, answers: &rules::Answers) -> Option<rules::Ceiling> {
    let household = answers.household?;
    content
        .ceilings
        .as_ref()?
        .ceiling(answers.zone, &answers.date, household)
}

/// Shows the current question, or the result, in the window's language.
pub fn refresh(window: &AppWindow, kiosk: &Kiosk) {
    let lang = crate::kiosk::tr::current_language(window);
    let walk = kiosk.visit.walk.borrow();
    let (Some(flow), Some(walk)) = (&kiosk.content().flow, walk.as_ref()) else {
        // Without a flow (broken content), the guide goes straight to a person.
        let advice = rules::advise(&rules::Answers::new(kiosk.services.clock.today()), None);
        fill_result(
            window,
            kiosk,
            &lang,
            &advice,
            &rules::Answers::new(kiosk.services.clock.today()),
        );
        return;
    };
    let Some(question) = walk.current(flow) else {
        let advice = rules::advise(&walk.answers, kiosk.content().ceilings.as_ref());
        fill_result(window, kiosk, &lang, &advice, &walk.answers);
        return;
    };
    show_question(
        window,
        question_view(kiosk.content(), &lang, walk, question),
    );
}

/// Puts `view` on the question screen.
pub fn show_question(window: &AppWindow, view: QuestionView) {
    let adapter = window.global::<GuideAdapter>();
    adapter.set_question(view.question.into());
    adapter.set_hint(view.hint.into());
    adapter.set_icon(view.icon.into());
    adapter.set_choices(ModelRc::new(VecModel::from(view.choices)));
    adapter.set_columns(view.columns);
    adapter.set_progress(view.progress);
    adapter.set_progress_text(view.progress_text.into());
}

/// Puts the cards of `outcomes` on the result screen (the translations'
/// review sheet shows each).
pub fn show_outcomes(
    window: &AppWindow,
    content: &Content,
    lang: &str,
    outcomes: &[Outcome],
    date: crate::clock::Date,
) {
    let answers = rules::Answers::new(date);
    let advice = rules::Advice {
        outcomes: outcomes.to_vec(),
        ceiling: None,
        unknown: Vec::new(),
        uncertain: false,
    };
    window
        .global::<GuideAdapter>()
        .set_outcomes(ModelRc::new(VecModel::from(outcome_cards(
            content, lang, &advice, &answers,
        ))));
}

/// What the question screen shows, in the visitor's language.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    /// The question, its amounts filled from the ceilings of the visitor's household.
    pub question: String,
    pub hint: String,
    pub icon: String,
    pub choices: Vec<ChoiceItem>,
    /// Columns of choices on a wide screen: up to 3 for short answers (the
    /// household), 2 when an answer is long (the statuses), as many as the
    /// choices when they are 3 or fewer.
    pub columns: i32,
    /// From 0 (first question) towards 1.
    pub progress: f32,
    /// "Question 2 of 5".
    pub progress_text: String,
}

/// The question `question` of `walk` in `lang`: a pure function of the
/// content and the visitor's answers so far.
pub fn question_view(
    content: &Content,
    lang: &str,
    walk: &Walk,
    question: &crate::content::flow::Question,
) -> QuestionView {
    let catalog = &content.catalog;
    let mut args = FluentArgs::new();
    if let (Some(amount), Some(c)) = (question.amount, ceiling(content, &walk.answers)) {
        args.set(
            "amount",
            if amount == Amount::Free {
                c.free
            } else {
                c.participation
            },
        );
        args.set("household", c.household);
    }
    let choices: Vec<ChoiceItem> = question
        .choices
        .iter()
        .map(|choice| {
            let mut args = FluentArgs::new();
            if let Some(value) = &choice.value {
                match value.parse::<i64>() {
                    Ok(n) => args.set("value", n),
                    Err(_) => args.set("value", value.clone()),
                }
            }
            ChoiceItem {
                label: catalog.format(lang, &choice.label, Some(&args)).into(),
                icon: choice.icon.as_str().into(),
            }
        })
        .collect();
    // The ceiling asked about may be out of date (past its last known
    // period) or computed (overseas): the question says so, as the result will.
    let mut hint: Vec<String> = question
        .hint
        .iter()
        .map(|h| catalog.format(lang, h, Some(&args)))
        .collect();
    if let (Some(_), Some(c)) = (question.amount, ceiling(content, &walk.answers)) {
        if c.stale {
            let mut to = FluentArgs::new();
            to.set("to", catalog.date(lang, &c.to));
            hint.push(catalog.format(lang, "result-ceiling-stale", Some(&to)));
        }
        if c.computed {
            hint.push(catalog.text(lang, "result-ceiling-computed"));
        }
    }
    let step = walk.step();
    let total = step + question.remaining;
    let mut progress = FluentArgs::new();
    progress.set("step", step + 1);
    progress.set("total", total);
    /// Answers longer than this take a half of the width, not a third.
    const SHORT_ANSWER: usize = 20;
    let longest = choices
        .iter()
        .map(|c| c.label.chars().count())
        .max()
        .unwrap_or(0);
    /// Scripts whose wrapped lines the text engine measures shorter than it
    /// draws them (Tamil, Bengali: their line height, even with their own
    /// font first, see ui/app.slint): long answers there take a whole row, so
    /// that they wrap to fewer lines and no last line is cut off.
    const TALL_SCRIPTS: &[&str] = &["ta", "bn"];
    /// Answers longer than this take a whole row in those scripts.
    const LONG_TALL_ANSWER: usize = 40;
    /// A word longer than this does not fit a third of the width (Tamil's
    /// "மாதங்களுக்கு", 12 letters, ran into the next answer): such answers
    /// go one under the other.
    const LONG_WORD: usize = 10;
    let longest_word = choices
        .iter()
        .flat_map(|c| c.label.split_whitespace())
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    let n = choices.len() as i32;
    let columns = if (TALL_SCRIPTS.contains(&lang) && longest > LONG_TALL_ANSWER)
        || (n <= 3 && longest_word > LONG_WORD)
    {
        1
    } else if n <= 3 {
        n.max(1)
    } else if n > 8 && longest <= SHORT_ANSWER {
        3
    } else {
        2
    };
    QuestionView {
        columns,
        question: catalog.format(lang, &question.text, Some(&args)),
        hint: catalog.paragraph(lang, &hint.join("\n")),
        icon: question.icon.clone(),
        choices,
        progress: step as f32 / total.max(1) as f32,
        progress_text: catalog.format(lang, "guide-progress", Some(&progress)),
    }
}

/// Shows the result for `answers` (`screenshot --answer`), in the window's
/// language, as a visitor who gave them would see it.
pub fn show_result(window: &AppWindow, kiosk: &Kiosk, answers: &rules::Answers) {
    let lang = crate::kiosk::tr::current_language(window);
    let advice = rules::advise(answers, kiosk.content().ceilings.as_ref());
    fill_result(window, kiosk, &lang, &advice, answers);
}

fn fill_result(
    window: &AppWindow,
    kiosk: &Kiosk,
    lang: &str,
    advice: &rules::Advice,
    answers: &rules::Answers,
) {
    let adapter = window.global::<GuideAdapter>();
    let content = kiosk.content();
    adapter.set_outcomes(ModelRc::new(VecModel::from(outcome_cards(
        content, lang, advice, answers,
    ))));
    // The staff view: the same cards in French beside the visitor's language.
    let source = if lang == SOURCE_LANGUAGE {
        Vec::new()
    } else {
        outcome_cards(content, SOURCE_LANGUAGE, advice, answers)
    };
    adapter.set_outcomes_source(ModelRc::new(VecModel::from(source)));
}

/// The result's cards in `lang`, one for each outcome of `advice`.
pub fn outcome_cards(
    content: &Content,
    lang: &str,
    advice: &rules::Advice,
    answers: &rules::Answers,
) -> Vec<OutcomeCard> {
    advice
        .outcomes
        .iter()
        .map(|o| outcome_card(content, lang, *o, advice, answers))
        .collect()
}

fn outcome_icon(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::AlreadyCovered | Outcome::Puma => "covered",
        Outcome::PumaWait | Outcome::AmeLater | Outcome::CssLater => "calendar",
        Outcome::Ame => "no-papers",
        Outcome::Dsuv | Outcome::Pass => "hospital",
        Outcome::CssAutomatic
        | Outcome::CssProtection
        | Outcome::CssMayotte
        | Outcome::CssFree
        | Outcome::CssParticipation => "money",
        Outcome::MutuelleEmployer | Outcome::Mutuelle => "card",
        Outcome::GetHelp => "household",
    }
}

fn outcome_card(
    content: &Content,
    lang: &str,
    outcome: Outcome,
    advice: &rules::Advice,
    answers: &rules::Answers,
) -> OutcomeCard {
    let catalog = &content.catalog;
    let text = |part: &str| -> SharedString {
        catalog
            .text(lang, &format!("outcome-{outcome}-{part}"))
            .into()
    };
    let mut details = Vec::new();
    let uses_ceiling = matches!(
        outcome,
        Outcome::CssFree | Outcome::CssParticipation | Outcome::Ame
    );
    if let (true, Some(c)) = (uses_ceiling, &advice.ceiling) {
        let mut args = FluentArgs::new();
        args.set("household", c.household);
        args.set("free", c.free);
        args.set("participation", c.participation);
        args.set("from", catalog.date(lang, &c.from));
        args.set("to", catalog.date(lang, &c.to));
        details.push(catalog.format(lang, "result-ceiling", Some(&args)));
        if c.computed {
            details.push(catalog.text(lang, "result-ceiling-computed"));
        }
        if c.stale {
            details.push(catalog.format(lang, "result-ceiling-stale", Some(&args)));
        }
    }
    if outcome == Outcome::CssParticipation
        && let Some(ceilings) = &content.ceilings
    {
        let amounts = |regime_local: bool| {
            let mut args = FluentArgs::new();
            let amounts = ceilings.participation_amounts(answers.zone, regime_local);
            for (name, amount) in ["a29", "a49", "a59", "a69", "a70"].iter().zip(amounts) {
                args.set(*name, amount);
            }
            args
        };
        let regime_local = answers.regime_local == Some(true);
        details.push(catalog.format(lang, "result-participation", Some(&amounts(regime_local))));
        // In Alsace-Moselle, the reduced amounts are only for the régime
        // local (work or retirement there): when not known, show both.
        if answers.zone == rules::Zone::AlsaceMoselle && answers.regime_local.is_none() {
            details.push(catalog.format(
                lang,
                "result-participation-regime-local",
                Some(&amounts(true)),
            ));
        }
    }
    if outcome == Outcome::AmeLater
        && let Some(months) = rules::months_before_ame(answers)
    {
        let mut args = FluentArgs::new();
        args.set("months", months);
        details.push(catalog.format(lang, "result-ame-opens", Some(&args)));
    }
    let website = outcome.website();
    OutcomeCard {
        id: outcome.name().into(),
        icon: outcome_icon(outcome).into(),
        title: text("title"),
        what: text("what"),
        next: text("next"),
        documents: text("documents"),
        who: text("who"),
        details: catalog.paragraph(lang, &details.join("\n")).into(),
        website: website.trim_start_matches("https://").into(),
        qr: qr_image(website),
    }
}

/// A QR code for `text`, black on white, with its quiet zone.
pub fn qr_image(text: &str) -> Image {
    let Ok(code) = qrcode::QrCode::new(text.as_bytes()) else {
        crate::log::error(&format!("cannot make a QR code for {text}"));
        return Image::default();
    };
    let modules = code.width();
    let colors = code.to_colors();
    const QUIET: usize = 4;
    const SCALE: usize = 4;
    let side = (modules + 2 * QUIET) * SCALE;
    let mut buffer = SharedPixelBuffer::<Rgb8Pixel>::new(side as u32, side as u32);
    let pixels = buffer.make_mut_slice();
    for (i, pixel) in pixels.iter_mut().enumerate() {
        let (x, y) = (i % side / SCALE, i / side / SCALE);
        let dark = x >= QUIET
            && y >= QUIET
            && x < modules + QUIET
            && y < modules + QUIET
            && colors[(y - QUIET) * modules + (x - QUIET)] == qrcode::Color::Dark;
        let v = if dark { 0 } else { 255 };
        *pixel = Rgb8Pixel { r: v, g: v, b: v };
    }
    Image::from_rgb8(buffer)
}

/// The list of guide pages, in the window's language.
pub fn fill_guides(window: &AppWindow, kiosk: &Kiosk) {
    let lang = crate::kiosk::tr::current_language(window);
    let items: Vec<GuideItem> = kiosk
        .content()
        .guides
        .iter()
        .flat_map(|g| &g.guides)
        .map(|g| GuideItem {
            title: kiosk.content().catalog.text(&lang, &g.title_id()).into(),
            icon: g.icon.as_str().into(),
        })
        .collect();
    window
        .global::<GuidesAdapter>()
        .set_guides(ModelRc::new(VecModel::from(items)));
    if let Some(index) = kiosk.visit.open_guide.get() {
        open_guide(window, kiosk, index);
    }
}

/// Shows guide page `index`.
pub fn open_guide(window: &AppWindow, kiosk: &Kiosk, index: usize) {
    let Some(guides) = &kiosk.content().guides else {
        return;
    };
    let Some(guide) = guides.guides.get(index) else {
        return;
    };
    kiosk.visit.open_guide.set(Some(index));
    let lang = crate::kiosk::tr::current_language(window);
    let catalog = &kiosk.content().catalog;
    let adapter = window.global::<GuidesAdapter>();
    adapter.set_title(catalog.text(&lang, &guide.title_id()).into());
    let sections: Vec<GuideSection> = SECTIONS
        .iter()
        .map(|s| GuideSection {
            heading: catalog.text(&lang, &format!("guide-section-{s}")).into(),
            body: catalog.text(&lang, &guide.section_id(s)).into(),
            unconfirmed: guide.unconfirmed.iter().any(|u| u == s),
        })
        .collect();
    adapter.set_sections(ModelRc::new(VecModel::from(sections)));
    let notes: Vec<SharedString> = guide
        .notes
        .iter()
        .map(|n| catalog.text(&lang, n).into())
        .collect();
    adapter.set_notes(ModelRc::new(VecModel::from(notes)));
    let mut args = FluentArgs::new();
    args.set("date", catalog.date(&lang, &guides.verified));
    adapter.set_verified(catalog.format(&lang, "guide-verified", Some(&args)).into());
    let sources: Vec<String> = guide
        .sources
        .iter()
        .map(|s| match &s.date {
            Some(SourceDate::Day(d)) => format!("{} ({})", s.name, catalog.date(&lang, d)),
            Some(SourceDate::Year(y)) => {
                format!("{} ({})", s.name, catalog.digits(&lang, &y.to_string()))
            }
            None => s.name.clone(),
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("sources", sources.join(" ; "));
    adapter.set_sources(catalog.format(&lang, "guide-sources", Some(&args)).into());
}

/// Wires the guide's callbacks.
pub fn bind(window: &AppWindow, kiosk: &std::rc::Rc<Kiosk>) {
    let adapter = window.global::<GuideAdapter>();
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_start(move || {
        if let Some(w) = weak.upgrade() {
            start(&w, &k);
        }
    });
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_choose(move |index| {
        weak.upgrade()
            .is_some_and(|w| choose(&w, &k, index.max(0) as usize))
    });
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    adapter.on_back(move || weak.upgrade().is_some_and(|w| back(&w, &k)));
    let (weak, k) = (window.as_weak(), std::rc::Rc::clone(kiosk));
    window.global::<GuidesAdapter>().on_open(move |index| {
        if let Some(w) = weak.upgrade() {
            open_guide(&w, &k, index.max(0) as usize);
        }
    });
}
