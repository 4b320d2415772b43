//! The translations' review sheet: one self-contained HTML page for a
//! native speaker who has no Rust and no Git. For every message of a
//! language: the French, the translation, where it appears (the screen, and
//! a picture of it cut from the screen as drawn) and a box for the
//! correction. The page saves the corrections as a small Fluent file, which
//! `passerelle translations apply` writes back into the `.ftl` files.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::rc::Rc;

use base64::Engine as _;
use slint::ComponentHandle;

use crate::Screen;
use crate::content::bidi;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::content::rules::Outcome;
use crate::kiosk::render::{self, Picture};
use crate::kiosk::screenshot::{self, SCREENS, ScreenshotError};
use crate::kiosk::state::Kiosk;
use crate::kiosk::window::{self, DrawnText};

/// Where a message was seen: the view's name and a PNG cut around it.
struct Seen {
    view: String,
    png: Vec<u8>,
}

/// A text with its direction marks and isolates taken out.
fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(
                *c,
                bidi::RLM | bidi::LRI | bidi::RLI | bidi::FSI | bidi::PDI | '\u{200e}'
            )
        })
        .collect()
}

/// The parts of message `id` that do not change (its text around its
/// variables), to find it in what a screen draws.
fn fixed_parts(
    catalog: &Catalog,
    lang: &str,
    id: &str,
    variables: &BTreeSet<String>,
) -> Vec<String> {
    const MARK: &str = "\u{e000}";
    let mut args = fluent_bundle::FluentArgs::new();
    for variable in variables {
        args.set(variable.clone(), MARK);
    }
    let Some(text) = catalog.try_format(lang, id, Some(&args)) else {
        return Vec::new();
    };
    let text = plain(&text);
    if variables.is_empty() {
        return vec![text.trim().to_string()];
    }
    text.split(MARK)
        .map(|part| part.trim().to_string())
        .filter(|part| part.chars().count() >= 3)
        .collect()
}

/// True when `drawn` shows the message of `parts`: holds them in order
/// (a short word only as a whole word: "Yes" is not found in "Yesterday").
fn shows(drawn: &str, parts: &[String]) -> bool {
    if parts.is_empty() || parts.iter().all(|p| p.is_empty()) {
        return false;
    }
    if let [only] = parts
        && only.chars().count() < 4
    {
        return drawn.trim() == only
            || drawn
                .split(|c: char| c.is_whitespace() || ",.:;·،()".contains(c))
                .any(|word| word == only);
    }
    let mut from = 0;
    for part in parts {
        match drawn[from..].find(part.as_str()) {
            Some(at) => from += at + part.len(),
            None => return false,
        }
    }
    true
}

/// The part of `picture` around `text` (a few pixels of margin), as PNG.
fn cut(picture: &Picture, text: &DrawnText) -> Option<Vec<u8>> {
    let margin = 6.0;
    let x0 = (text.x - margin).max(0.0) as u32;
    let y0 = (text.y - margin).max(0.0) as u32;
    let x1 = ((text.x + text.width + margin) as u32).min(picture.width);
    let y1 = ((text.y + text.height + margin) as u32).min(picture.height);
    if x1 <= x0 || y1 <= y0 {
        return None;
    }
    let (w, h) = (x1 - x0, y1 - y0);
    let mut rgba = Vec::with_capacity((w * h * 4) as usize);
    for y in y0..y1 {
        let start = ((y * picture.width + x0) * 4) as usize;
        rgba.extend_from_slice(&picture.rgba[start..start + (w * 4) as usize]);
    }
    let mut png = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png, w, h);
        encoder.set_color(png::ColorType::Rgba);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&rgba).ok()?;
    }
    Some(png)
}

/// Every view the sheet looks at, in `lang`: each screen as a visitor
/// reaches it, each question of the guide, each result card alone and
/// each guide page, drawn tall enough to hold them whole.
fn views(
    window: &crate::AppWindow,
    kiosk: &Kiosk,
    lang: &str,
    mut seen: impl FnMut(&str, &Picture, Vec<DrawnText>),
) -> Result<(), ScreenshotError> {
    let mut draw = |name: &str, screen: Screen, height: u32| -> Result<(), ScreenshotError> {
        window::show_screen(window, screen);
        let picture = render::render(window, 800, height)?;
        seen(name, &picture, window::drawn_texts(window));
        Ok(())
    };
    for (name, screen) in SCREENS {
        if *screen == Screen::Place && kiosk.loaded.places.is_none() {
            continue;
        }
        screenshot::prepare(window, kiosk, name, *screen);
        draw(name, *screen, 1280)?;
    }
    let content = kiosk.content();
    if let Some(flow) = &content.flow {
        let mut walk = crate::content::flow::Walk::new(
            flow,
            kiosk.services.clock.today(),
            kiosk.settings.zone,
        );
        // The income questions name the ceiling of a household: two people.
        walk.answers.household = Some(2);
        for question in &flow.questions {
            crate::kiosk::guide::show_question(
                window,
                crate::kiosk::guide::question_view(content, lang, &walk, question),
            );
            draw(
                &format!("question: {}", question.id),
                Screen::Question,
                1280,
            )?;
        }
    }
    for outcome in Outcome::ALL {
        crate::kiosk::guide::show_outcomes(
            window,
            content,
            lang,
            &[*outcome],
            kiosk.services.clock.today(),
        );
        draw(&format!("result: {}", outcome.name()), Screen::Result, 1600)?;
    }
    let guides = content.guides.as_ref().map_or(0, |g| g.guides.len());
    for index in 0..guides {
        crate::kiosk::guide::open_guide(window, kiosk, index);
        let id = content
            .guides
            .as_ref()
            .and_then(|g| g.guides.get(index))
            .map_or(String::new(), |g| g.id.clone());
        draw(&format!("guide page: {id}"), Screen::GuidePage, 2000)?;
    }
    Ok(())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes the review sheet of `lang` to `out`; returns how many messages it
/// holds and how many of them were found on a screen.
pub fn write(kiosk: Rc<Kiosk>, lang: &str, out: &Path) -> Result<(usize, usize), ScreenshotError> {
    render::init_headless()?;
    let window = window::build(Rc::clone(&kiosk))?;
    window::set_language(&window, &kiosk, lang);
    let catalog = &kiosk.content().catalog;
    let messages = catalog.message_signatures(lang);
    let parts: Vec<Vec<String>> = messages
        .iter()
        .map(|m| fixed_parts(catalog, lang, &m.id, &m.variables))
        .collect();
    let mut found: BTreeMap<usize, Seen> = BTreeMap::new();
    let mut screens: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    views(&window, &kiosk, lang, |view, picture, texts| {
        for text in texts {
            let drawn = plain(&text.text);
            for (i, p) in parts.iter().enumerate() {
                if !shows(&drawn, p) {
                    continue;
                }
                let names = screens.entry(i).or_default();
                if !names.iter().any(|n| n == view) {
                    names.push(view.to_string());
                }
                if !found.contains_key(&i)
                    && let Some(png) = cut(picture, &text)
                {
                    found.insert(
                        i,
                        Seen {
                            view: view.to_string(),
                            png,
                        },
                    );
                }
            }
        }
    })?;
    let _ = window.hide();

    let language = catalog.language(lang);
    let name = catalog.text(lang, "language-name");
    let dir = if catalog.is_rtl(lang) { "rtl" } else { "ltr" };
    let fonts = font_faces(lang);
    let mut html = String::new();
    let _ = write!(
        html,
        "<!doctype html>\n<html lang=\"fr\"><meta charset=\"utf-8\">\n<title>Relecture : {name} ({lang})</title>\n\
<style>\n\
{fonts}\
body{{font-family:SheetLatin,SheetScript,sans-serif;margin:1.5em;max-width:1400px}}\n\
table{{table-layout:fixed}}\n\
col.id{{width:9%}}col.fr{{width:20%}}col.tr{{width:20%}}col.where{{width:29%}}col.fix{{width:22%}}\n\
table{{border-collapse:collapse;width:100%}}\n\
td,th{{border:1px solid #bbb;padding:6px;vertical-align:top;text-align:start}}\n\
th{{background:#eee}}\n\
tr{{break-inside:avoid}}\n\
.id{{font-family:monospace;font-size:80%;color:#555}}\n\
.where{{font-size:80%;color:#555}}\n\
img{{max-width:100%;border:1px solid #ccc;display:block;margin-top:4px}}\n\
textarea{{width:100%;min-height:6em;font:inherit;box-sizing:border-box}}\n\
td{{overflow-wrap:anywhere}}\n\
.translation{{font-size:110%}}\n\
@media print{{.noprint{{display:none}}textarea{{border:1px solid #000}}}}\n\
</style>\n\
<h1>Relecture de la traduction : {name} ({lang})</h1>\n\
<p>Pour chaque message : le texte français, sa traduction, où il apparaît sur la borne (l'écran, et l'image du texte tel qu'il s'affiche). \
Si la traduction est fausse, peu claire ou mal affichée, écrivez la bonne traduction dans la case « Correction ». Laissez la case vide si tout va bien. \
Vérifiez d'abord le sens : qui a droit à quoi, « je ne sais pas », les montants, les mois, les statuts (réfugié, demandeur d'asile, sans papiers). \
Les mots entre accolades, comme <code>{{ $amount }}</code>, sont remplacés par la borne : gardez-les tels quels.</p>\n\
<p>Relu par : <input id=\"by\" size=\"30\"> &nbsp; le : <input id=\"date\" type=\"date\"></p>\n\
<p class=\"noprint\"><button onclick=\"save()\">Enregistrer mes corrections</button> \
(un fichier <code>{lang}-corrections.ftl</code>, à renvoyer avec cette page ; ou imprimez la page et écrivez sur le papier)</p>\n\
<table>\n<colgroup><col class=\"id\"><col class=\"fr\"><col class=\"tr\"><col class=\"where\"><col class=\"fix\"></colgroup>\n<tr><th>Message</th><th>Français</th><th>Traduction</th><th>Où</th><th>Correction</th></tr>\n",
    );
    let mut files_seen = String::new();
    for (i, message) in messages.iter().enumerate() {
        if message.file != files_seen {
            files_seen = message.file.clone();
            let _ = writeln!(
                html,
                "<tr><th colspan=\"5\">{}</th></tr>",
                escape(&message.file)
            );
        }
        let source = raw_message(catalog, SOURCE_LANGUAGE, &message.id, &message.variables);
        let translation = raw_message(catalog, lang, &message.id, &message.variables);
        let where_ = match (found.get(&i), screens.get(&i)) {
            (Some(seen), Some(names)) => format!(
                "<div class=\"where\">{}{}</div><img alt=\"{}\" src=\"data:image/png;base64,{}\">",
                escape(&names.iter().take(4).cloned().collect::<Vec<_>>().join(", ")),
                if names.len() > 4 {
                    format!(" (+{})", names.len() - 4)
                } else {
                    String::new()
                },
                escape(&seen.view),
                base64::engine::general_purpose::STANDARD.encode(&seen.png)
            ),
            _ => "<div class=\"where\">pas vu sur les écrans parcourus</div>".to_string(),
        };
        let _ = writeln!(
            html,
            "<tr><td class=\"id\">{id}</td><td lang=\"fr\">{source}</td>\
<td class=\"translation\" lang=\"{lang}\" dir=\"{dir}\">{translation}</td><td>{where_}</td>\
<td><textarea data-id=\"{id}\" lang=\"{lang}\" dir=\"{dir}\"></textarea></td></tr>",
            id = escape(&message.id),
            source = escape(&source),
            translation = escape(&translation),
        );
    }
    let review = language.map_or(String::new(), |l| format!("{:?}", l.review.status));
    let _ = write!(
        html,
        "</table>\n<p class=\"where\">{count} messages ; état de relecture actuel : {review}.</p>\n\
<script>\n\
function save() {{\n\
  var out = '# Corrections pour {lang}\\n# relu par : ' + document.getElementById('by').value + ', le ' + document.getElementById('date').value + '\\n\\n';\n\
  var n = 0;\n\
  document.querySelectorAll('textarea').forEach(function (t) {{\n\
    var v = t.value.trim();\n\
    if (v === '') return;\n\
    n += 1;\n\
    out += t.dataset.id + ' =' + v.split('\\n').map(function (l) {{ return ' ' + l; }}).join('\\n   ') + '\\n';\n\
  }});\n\
  var a = document.createElement('a');\n\
  a.href = URL.createObjectURL(new Blob([out], {{type: 'text/plain;charset=utf-8'}}));\n\
  a.download = '{lang}-corrections.ftl';\n\
  a.click();\n\
  alert(n + ' correction(s) enregistrée(s)');\n\
}}\n\
</script>\n",
        count = messages.len(),
    );
    crate::ops::atomic::write_output(out, html.as_bytes()).map_err(|source| {
        ScreenshotError::Io {
            path: out.to_path_buf(),
            source,
        }
    })?;
    Ok((messages.len(), found.len()))
}

/// A message as written in its `.ftl` file (its variables as `{ $name }`),
/// without direction marks.
fn raw_message(catalog: &Catalog, lang: &str, id: &str, variables: &BTreeSet<String>) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    for variable in variables {
        args.set(variable.clone(), format!("{{ ${variable} }}"));
    }
    // Fluent's isolates around each variable stay: `{ $total }` keeps its
    // order inside a right-to-left sentence.
    catalog
        .try_format(lang, id, Some(&args))
        .unwrap_or_default()
}

/// The embedded fonts the page needs for `lang`, as CSS: Noto Sans, and the
/// script's own Noto (Arabic, Ethiopic, Georgian, Bengali, Tamil, the
/// Chinese subset), so the reviewer's computer needs none installed.
fn font_faces(lang: &str) -> String {
    let script = match lang {
        "ar" | "prs" | "ps" | "fa" | "ur" => Some("NotoSansArabic-Regular.ttf"),
        "ti" | "am" => Some("NotoSansEthiopic-Regular.ttf"),
        "ka" => Some("NotoSansGeorgian-Regular.ttf"),
        "bn" => Some("NotoSansBengali-Regular.ttf"),
        "ta" => Some("NotoSansTamil-Regular.ttf"),
        "zh-Hans" | "zh" => Some("NotoSansSC-Regular-subset.ttf"),
        _ => None,
    };
    let files = crate::content::files::Files::EmbeddedFonts;
    let mut css = String::new();
    for (family, file) in [
        ("SheetLatin", Some("NotoSans-Regular.ttf")),
        ("SheetScript", script),
    ] {
        let Some(file) = file else { continue };
        let Ok(bytes) = files.read(file) else {
            continue;
        };
        let _ = writeln!(
            css,
            "@font-face{{font-family:{family};src:url(data:font/ttf;base64,{})}}",
            base64::engine::general_purpose::STANDARD.encode(bytes)
        );
    }
    css
}
