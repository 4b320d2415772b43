//! The one content pipeline: translations → national lines → ceilings →
//! flow → guides, from embedded files or a content update's folders. The
//! kiosk, `passerelle check`, the content updates and the fuzz targets all
//! load through [`Content::load`].

use crate::content::files::Files;
use crate::content::flow::Flow;
use crate::content::guides::Guides;
use crate::content::i18n::Catalog;
use crate::content::lines::Lines;
use crate::content::problem::Problem;
use crate::content::rules::Ceilings;

/// Everything the kiosk reads from its data files, read-only once loaded.
/// A part that is broken is absent (`None`, or no lines); the kiosk then
/// sends the visitor to a person for what it would have answered.
pub struct Content {
    pub catalog: Catalog,
    pub lines: Lines,
    pub ceilings: Option<Ceilings>,
    pub flow: Option<Flow>,
    pub guides: Option<Guides>,
}

impl Content {
    /// Loads the translations of `locales` and the content of `files`, in
    /// the order each part needs the others. Never fails: every problem is
    /// returned, located, and what could be read is kept.
    pub fn load(locales: &Files, files: &Files) -> (Content, Vec<Problem>) {
        let (catalog, mut problems) = Catalog::load(locales);
        let (lines, found) = Lines::load(files, &catalog);
        problems.extend(found);
        let ceilings = keep(Ceilings::load(files), &mut problems);
        let flow = keep(
            Flow::load(files, &catalog, ceilings.as_ref()),
            &mut problems,
        );
        let guides = keep(Guides::load(files, &catalog), &mut problems);
        let content = Content {
            catalog,
            lines: lines.unwrap_or_else(Lines::empty),
            ceilings,
            flow,
            guides,
        };
        (content, problems)
    }

    /// The content embedded in the binary (the tests keep it free of problems).
    pub fn embedded() -> (Content, Vec<Problem>) {
        Content::load(&Files::EmbeddedLocales, &Files::EmbeddedContent)
    }
}

fn keep<T>(loaded: Result<T, Vec<Problem>>, problems: &mut Vec<Problem>) -> Option<T> {
    loaded.map_err(|found| problems.extend(found)).ok()
}
