//! The coverage guide's flow: the questions of content/flow.toml, checked as
//! a graph (every question reachable, every path ends at the result, no
//! cycle, "I don't know" everywhere, every outcome reachable), and a
//! visitor's walk through it, which lives only in memory.

use std::collections::{BTreeSet, HashMap};

use serde::Deserialize;

use crate::clock::Date;
use crate::content::files::Files;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::content::problem::{Problem, read_toml};
use crate::content::rules::{self, Answers, Ceilings, Outcome, Zone};

pub const FLOW_FILE: &str = "flow.toml";
const RESULT: &str = "result";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FlowToml {
    start: String,
    question: Vec<QuestionToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionToml {
    id: String,
    key: String,
    text: String,
    hint: Option<String>,
    amount: Option<Amount>,
    icon: String,
    choices: Vec<ChoiceToml>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChoiceToml {
    value: Option<String>,
    label: String,
    icon: String,
    next: String,
}

/// Which ceiling an income question shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Amount {
    Free,
    Participation,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Question(usize),
    Result,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub value: Option<String>,
    pub label: String,
    pub icon: String,
    pub next: Next,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub key: String,
    pub text: String,
    pub hint: Option<String>,
    pub amount: Option<Amount>,
    pub icon: String,
    pub choices: Vec<Choice>,
    /// The most questions still to come from here, this one included.
    pub remaining: usize,
}

/// The checked flow.
#[derive(Debug, Clone)]
pub struct Flow {
    pub start: usize,
    pub questions: Vec<Question>,
}

impl Flow {
    /// Reads and checks the flow of `files` against the translations and the
    /// rules. Returns the flow only when it has no problem.
    pub fn load(
        files: &Files,
        catalog: &Catalog,
        ceilings: Option<&Ceilings>,
    ) -> Result<Flow, Vec<Problem>> {
        let file = files.display(FLOW_FILE);
        let text = files
            .read_text(FLOW_FILE)
            .map_err(|m| vec![Problem::new(&file, None, m)])?;
        let (parsed, toml): (FlowToml, _) = read_toml(&file, &text).map_err(|p| vec![p])?;
        // A question is located by its id's key.
        let line_of_question = |i: usize| toml.at(&format!("question[{i}].id"));
        let mut problems = Vec::new();
        let mut index = HashMap::new();
        for (i, q) in parsed.question.iter().enumerate() {
            if index.insert(q.id.clone(), i).is_some() || q.id == RESULT {
                problems.push(Problem::at(
                    &file,
                    line_of_question(i),
                    format!("question id '{}' is used twice", q.id),
                ));
            }
        }
        let source_ids = catalog.source_ids();
        let message_exists = |id: &str| source_ids.contains(id);
        let mut questions = Vec::new();
        for (i, q) in parsed.question.iter().enumerate() {
            let line = line_of_question(i);
            let mut say = |m: String| {
                problems.push(Problem::at(
                    &file,
                    line,
                    format!("question '{}': {m}", q.id),
                ))
            };
            if !rules::ANSWER_KEYS.contains(&q.key.as_str()) || q.key == "zone" || q.key == "date" {
                say(format!("'{}' is not an answer the guide can ask", q.key));
            }
            for id in std::iter::once(&q.text).chain(q.hint.iter()) {
                if !message_exists(id) {
                    say(format!(
                        "message '{id}' does not exist in locales/{SOURCE_LANGUAGE}"
                    ));
                }
            }
            if q.choices.is_empty() {
                say("no choice: the visitor could go nowhere".to_string());
            }
            if !q
                .choices
                .iter()
                .any(|c| c.value.as_deref() == Some("unknown"))
            {
                say("no \"I don't know\" choice (value = \"unknown\")".to_string());
            }
            let mut choices = Vec::new();
            for c in &q.choices {
                if let Some(value) = &c.value
                    && let Err(m) = Answers::new(jiff::civil::date(2025, 1, 1)).set(&q.key, value)
                {
                    say(m.to_string());
                }
                if !message_exists(&c.label) {
                    say(format!(
                        "message '{}' does not exist in locales/{SOURCE_LANGUAGE}",
                        c.label
                    ));
                }
                for icon in [&c.icon, &q.icon] {
                    if !crate::ui_ids::UI_ICON_NAMES.contains(&icon.as_str()) {
                        say(format!("icon '{icon}' is not one the UI has"));
                    }
                }
                let next = if c.next == RESULT {
                    Next::Result
                } else if let Some(&i) = index.get(&c.next) {
                    Next::Question(i)
                } else {
                    say(format!(
                        "next '{}' is neither a question nor \"result\"",
                        c.next
                    ));
                    Next::Result
                };
                choices.push(Choice {
                    value: c.value.clone(),
                    label: c.label.clone(),
                    icon: c.icon.clone(),
                    next,
                });
            }
            questions.push(Question {
                id: q.id.clone(),
                key: q.key.clone(),
                text: q.text.clone(),
                hint: q.hint.clone(),
                amount: q.amount,
                icon: q.icon.clone(),
                choices,
                remaining: 0,
            });
        }
        let Some(&start) = index.get(&parsed.start) else {
            problems.push(Problem::at(
                &file,
                toml.at("start"),
                format!("start '{}' is not a question", parsed.start),
            ));
            return Err(problems);
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut flow = Flow { start, questions };

        // Cycles, and the longest way to the result from each question.
        let mut state = vec![0u8; flow.questions.len()]; // 0 new, 1 on the path, 2 done
        let mut remaining = vec![0usize; flow.questions.len()];
        if let Err(cycle) = longest(&flow, start, &mut state, &mut remaining) {
            let id = &flow.questions[cycle].id;
            problems.push(Problem::at(
                &file,
                line_of_question(cycle),
                format!("question '{id}' leads back to itself: a visitor could go round forever"),
            ));
            return Err(problems);
        }
        for (i, q) in flow.questions.iter().enumerate() {
            if state[i] == 0 {
                problems.push(Problem::at(
                    &file,
                    line_of_question(i),
                    format!("question '{}' cannot be reached from the start", q.id),
                ));
            }
        }
        for (q, r) in flow.questions.iter_mut().zip(&remaining) {
            q.remaining = *r;
        }

        // Every outcome can be reached, and every path ends in at least one.
        let mut reached = BTreeSet::new();
        let date = ceilings
            .and_then(|c| c.periods.last())
            .map_or(jiff::civil::date(2025, 6, 1), |p| p.from);
        // Some covers depend on where the kiosk stands (the CSS of Mayotte):
        // every zone is walked.
        let paths = Zone::ALL
            .iter()
            .flat_map(|zone| flow.all_paths(date, *zone));
        for answers in paths {
            if !rules::decide(&answers, ceilings).is_decided() {
                problems.push(Problem::new(
                    &file,
                    None,
                    format!("the answers {answers:?} lead to no decision of the rules"),
                ));
            }
            reached.extend(rules::advise(&answers, ceilings).outcomes);
        }
        for outcome in Outcome::ALL {
            if !reached.contains(outcome) {
                problems.push(Problem::new(
                    &file,
                    None,
                    format!("no path through the questions leads to the outcome '{outcome}'"),
                ));
            }
        }
        if problems.is_empty() {
            Ok(flow)
        } else {
            Err(problems)
        }
    }

    /// The answers of every path from the start to the result.
    pub fn all_paths(&self, date: Date, zone: Zone) -> Vec<Answers> {
        let mut out = Vec::new();
        let mut answers = Answers::new(date);
        answers.zone = zone;
        self.walk(self.start, answers, &mut out);
        out
    }

    fn walk(&self, question: usize, answers: Answers, out: &mut Vec<Answers>) {
        let q = &self.questions[question];
        for choice in &q.choices {
            let mut next_answers = answers.clone();
            if let Some(value) = &choice.value {
                // Checked when the flow was loaded.
                let _ = next_answers.set(&q.key, value);
            }
            match choice.next {
                Next::Result => out.push(next_answers),
                Next::Question(i) => self.walk(i, next_answers, out),
            }
        }
    }
}

fn longest(
    flow: &Flow,
    q: usize,
    state: &mut [u8],
    remaining: &mut [usize],
) -> Result<usize, usize> {
    match state[q] {
        1 => return Err(q),
        2 => return Ok(remaining[q]),
        _ => {}
    }
    state[q] = 1;
    let mut most = 0;
    for choice in &flow.questions[q].choices {
        if let Next::Question(next) = choice.next {
            most = most.max(longest(flow, next, state, remaining)?);
        }
    }
    state[q] = 2;
    remaining[q] = most + 1;
    Ok(most + 1)
}

/// One visitor's walk through the questions. Held in memory only, and
/// dropped when the visitor leaves.
#[derive(Debug, Clone)]
pub struct Walk {
    /// The questions answered, with the answers as they were before each.
    history: Vec<(usize, Answers)>,
    current: Option<usize>,
    pub answers: Answers,
}

impl Walk {
    pub fn new(flow: &Flow, date: Date, zone: Zone) -> Walk {
        let mut answers = Answers::new(date);
        answers.zone = zone;
        Walk {
            history: Vec::new(),
            current: Some(flow.start),
            answers,
        }
    }

    /// The question on screen, or `None` once at the result.
    pub fn current<'f>(&self, flow: &'f Flow) -> Option<&'f Question> {
        self.current.and_then(|i| flow.questions.get(i))
    }

    /// How many questions were answered.
    pub fn step(&self) -> usize {
        self.history.len()
    }

    /// Records the choice `index` of the current question and moves on.
    pub fn choose(&mut self, flow: &Flow, index: usize) {
        let Some(q) = self
            .current
            .and_then(|i| flow.questions.get(i).map(|q| (i, q)))
        else {
            return;
        };
        let (qi, question) = q;
        let Some(choice) = question.choices.get(index) else {
            return;
        };
        self.history.push((qi, self.answers.clone()));
        if let Some(value) = &choice.value
            && let Err(message) = self.answers.set(&question.key, value)
        {
            crate::log::error(&message.to_string());
        }
        self.current = match choice.next {
            Next::Question(i) => Some(i),
            Next::Result => None,
        };
    }

    /// Goes back one question; `false` when already at the first.
    pub fn back(&mut self) -> bool {
        match self.history.pop() {
            Some((question, answers)) => {
                self.current = Some(question);
                self.answers = answers;
                true
            }
            None => false,
        }
    }
}
