//! Mirroring lives in the widgets and in `Tr`'s helpers: a screen or dialog
//! that tests the direction itself, lays out a row that does not mirror, or
//! leaves a text's alignment to chance is caught here, before anyone sees it
//! in Arabic.

use crate::common;

/// An element of a .slint file: its type, the text of its block, where it
/// starts (line), and the two lines before it.
struct Element {
    kind: String,
    body: String,
    line: usize,
    before: String,
}

/// Every `Type {` block of `text` (element or component base), nested ones
/// included; callbacks and struct literals are not elements.
fn elements(text: &str) -> Vec<Element> {
    let bytes: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, c) in bytes.iter().enumerate() {
        if *c != '{' {
            continue;
        }
        let mut j = i;
        while j > 0 && bytes[j - 1].is_whitespace() {
            j -= 1;
        }
        let end = j;
        while j > 0
            && (bytes[j - 1].is_alphanumeric() || bytes[j - 1] == '-' || bytes[j - 1] == '_')
        {
            j -= 1;
        }
        let kind: String = bytes[j..end].iter().collect();
        if !kind.starts_with(|c: char| c.is_ascii_uppercase()) {
            continue;
        }
        let mut depth = 0;
        let mut k = i;
        while k < bytes.len() {
            match bytes[k] {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            k += 1;
        }
        let prefix: String = bytes[..j].iter().collect();
        let line = prefix.matches('\n').count() + 1;
        let before: String = prefix.lines().rev().take(3).collect::<Vec<_>>().join("\n");
        found.push(Element {
            kind,
            body: bytes[i + 1..k.min(bytes.len())].iter().collect(),
            line,
            before,
        });
    }
    found
}

/// The text of `body` outside its nested blocks (the element's own
/// properties).
fn own(body: &str) -> String {
    let mut depth = 0;
    let mut out = String::new();
    for c in body.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The direct child elements of `body`.
fn children(body: &str) -> Vec<Element> {
    let all = elements(&format!("X {{{body}}}"));
    // The first is the wrapper itself; direct children are the blocks at depth 1.
    let mut out = Vec::new();
    let mut depth = 0;
    let chars: Vec<char> = body.chars().collect();
    let mut starts = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '{' => {
                if depth == 0 {
                    starts.push(i);
                }
                depth += 1;
            }
            '}' => depth -= 1,
            _ => {}
        }
    }
    for element in all.into_iter().skip(1) {
        // Keep the elements whose opening brace is at depth 0 of `body`.
        let text: String = chars.iter().collect();
        if let Some(at) = text.find(&format!("{{{}", &element.body))
            && starts.contains(&text[..at].chars().count())
        {
            out.push(element);
        }
    }
    out
}

/// What is wrong with the mirroring of one .slint file of screens or dialogs.
fn problems(name: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.contains("Tr.rtl") && !line.trim_start().starts_with("//") {
            out.push(format!(
                "{name}:{}: tests Tr.rtl itself: use Tr.text-start(), Tr.column(), IconRow or Row",
                i + 1
            ));
        }
    }
    for element in elements(text) {
        let at = format!("{name}:{}", element.line);
        let own = own(&element.body);
        let marked = element.before.contains("not mirrored");
        match element.kind.as_str() {
            "Text" if !own.contains("horizontal-alignment") => out.push(format!(
                "{at}: a Text without horizontal-alignment (Tr.text-start(), or center)"
            )),
            "HorizontalLayout" | "GridLayout" if !marked => {
                let kids = children(&element.body);
                let repeated = own.contains(" for ");
                if (kids.len() > 1 || repeated) && !element.body.contains("Tr.column(") {
                    out.push(format!(
                        "{at}: a {} of {} items that does not mirror: use Row with Tr.column(), IconRow, or mark it `// not mirrored: why`",
                        element.kind,
                        kids.len()
                    ));
                }
            }
            "Row" => {
                for kid in children(&element.body) {
                    if !own_of(&kid).contains("Tr.column(") {
                        out.push(format!(
                            "{at}: a Row's {} says no `col: Tr.column(k, n)`",
                            kid.kind
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

fn own_of(element: &Element) -> String {
    own(&element.body)
}

#[test]
fn screens_and_dialogs_mirror_through_the_widgets() {
    let mut all = Vec::new();
    let mut files = 0;
    for folder in ["ui/screens", "ui/dialogs"] {
        for entry in std::fs::read_dir(common::project_dir(folder)).expect("ui folder") {
            let path = entry.expect("entry").path();
            let name = path.display().to_string();
            if !name.ends_with(".slint") || name.ends_with("-adapter.slint") {
                continue;
            }
            files += 1;
            let text = std::fs::read_to_string(&path).expect("read");
            all.extend(problems(&name, &text));
        }
    }
    assert!(files >= 10, "only {files} files read");
    assert!(all.is_empty(), "{}", all.join("\n"));
}

#[test]
fn a_screen_written_without_the_widgets_is_caught() {
    let careless = r#"
export component NewScreen inherits Rectangle {
    VerticalLayout {
        HorizontalLayout {
            Image { source: @image-url("x.svg"); }
            Text { text: Tr.t("new-title"); }
        }
        Text { text: Tr.t("new-body"); horizontal-alignment: Tr.rtl ? right : left; }
        Row {
            Text { text: "a"; horizontal-alignment: Tr.text-start(); }
        }
    }
}
"#;
    let found = problems("new.slint", careless);
    assert!(
        found.iter().any(|p| p.contains("tests Tr.rtl")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.contains("does not mirror")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("without horizontal-alignment")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.contains("Tr.column(k, n)")),
        "{found:?}"
    );

    let careful = r#"
export component NewScreen inherits Rectangle {
    VerticalLayout {
        IconRow {
            icon: @image-url("x.svg");
            Text { text: Tr.t("new-title"); horizontal-alignment: Tr.text-start(); }
        }
        Row {
            Text { col: Tr.column(0, 2); row: 0; text: "a"; horizontal-alignment: Tr.text-start(); }
            Text { col: Tr.column(1, 2); row: 0; text: "b"; horizontal-alignment: Tr.text-start(); }
        }
    }
}
"#;
    assert_eq!(problems("new.slint", careful), Vec::<String>::new());
}
