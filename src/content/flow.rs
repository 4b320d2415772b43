//! The coverage guide's flow: the questions of content/flow.toml, checked as
//! a graph (every question reachable, every path ends at the result, no
//! cycle, "I don't know" everywhere, every outcome reachable), and a
//! visitor's walk through it, which lives only in memory.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Deserialize;

use crate::clock::Date;
use crate::content::files::Files;
use crate::content::i18n::{Catalog, SOURCE_LANGUAGE};
use crate::content::problem::{Problem, read_toml};
use crate::content::rules::{self, Answers, Ceilings, Outcome, Zone};

pub const FLOW_FILE: &str = "flow.toml";
const RESULT: &str = "result";
/// The most distinct situations (a question and the answers before it) the
/// check walks in one zone. The real guide has a few thousand; a flow with
/// more is refused rather than walked for minutes at every start.
pub const MOST_SITUATIONS: usize = 200_000;
/// The most "no decision" problems listed one by one.
const MOST_LISTED: usize = 5;

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
            // The line is looked up only for a problem: finding it reads the
            // text, and doing it for every question was quadratic.
            let mut say = |m: String| {
                problems.push(Problem::at(
                    &file,
                    line_of_question(i),
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
        let remaining = match longest(&flow) {
            Ok(remaining) => remaining,
            Err(cycle) => {
                let id = &flow.questions[cycle].id;
                problems.push(Problem::at(
                    &file,
                    line_of_question(cycle),
                    format!(
                        "question '{id}' leads back to itself: a visitor could go round forever"
                    ),
                ));
                return Err(problems);
            }
        };
        for (i, q) in flow.questions.iter().enumerate() {
            if remaining[i] == 0 {
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

        // Every outcome can be reached, and every way through ends in at
        // least one. Some covers depend on where the kiosk stands (the CSS
        // of Mayotte): every zone is walked.
        let mut reached = BTreeSet::new();
        let date = ceilings
            .and_then(|c| c.periods.last())
            .map_or(jiff::civil::date(2025, 6, 1), |p| p.from);
        let mut undecided = 0;
        let effects = match flow.effects() {
            Ok(effects) => effects,
            Err(walked) => {
                problems.push(Problem::new(
                    &file,
                    None,
                    format!(
                        "the questions can be answered in more than {walked} different \
                             ways before the result: too many to check; ask fewer questions \
                             in a row or let them lead to the result sooner"
                    ),
                ));
                return Err(problems);
            }
        };
        for zone in Zone::ALL {
            for answers in answers_of(&effects, date, *zone) {
                if !rules::decide(&answers, ceilings).is_decided() {
                    undecided += 1;
                    if undecided <= MOST_LISTED {
                        problems.push(Problem::new(
                            &file,
                            None,
                            format!("the answers {answers:?} lead to no decision of the rules"),
                        ));
                    }
                }
                reached.extend(rules::advise(&answers, ceilings).outcomes);
            }
        }
        if undecided > MOST_LISTED {
            problems.push(Problem::new(
                &file,
                None,
                format!(
                    "and {} more ways through the questions lead to no decision",
                    undecided - MOST_LISTED
                ),
            ));
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

    /// The distinct answers a visitor can hold on reaching the result, in
    /// `zone`; `Err` with the cap when there are more than
    /// [`MOST_SITUATIONS`] (see [`Flow::effects`]).
    pub fn endings(&self, date: Date, zone: Zone) -> Result<Vec<Answers>, usize> {
        Ok(answers_of(&self.effects()?, date, zone))
    }

    /// Every distinct set of answers a walk from the start to the result
    /// writes (the last answer for each key). The transitions do not depend
    /// on the answers, so each question's set is made once from those of the
    /// questions it leads to, children first: the work grows with the
    /// questions and with the distinct sets, not with the number of paths
    /// (ten thousand questions asking the same thing in a row cost ten
    /// thousand small steps, not 3^10000 paths). `Err` with the cap when a
    /// question's set grows past [`MOST_SITUATIONS`].
    pub fn effects(&self) -> Result<Vec<Effect>, usize> {
        let order = post_order(self);
        let n = self.questions.len();
        // How many questions still need each one's set (then it is dropped).
        let mut waiting = vec![0usize; n];
        for &q in &order {
            for next in self.nexts(q) {
                waiting[next] += 1;
            }
        }
        let mut sets: Vec<Option<HashSet<Effect>>> = vec![None; n];
        let empty: HashSet<Effect> = std::iter::once(Effect::new()).collect();
        for &q in &order {
            let question = &self.questions[q];
            let mut set: HashSet<Effect> = HashSet::new();
            for choice in &question.choices {
                let after = match choice.next {
                    Next::Result => &empty,
                    Next::Question(i) => sets[i].as_ref().unwrap_or(&empty),
                };
                for effect in after {
                    let mut effect = effect.clone();
                    if let Some(value) = &choice.value {
                        // A later question asking the same thing has the last word.
                        effect
                            .entry(question.key.replace('-', "_"))
                            .or_insert_with(|| value.clone());
                    }
                    set.insert(effect);
                    if set.len() > MOST_SITUATIONS {
                        return Err(MOST_SITUATIONS);
                    }
                }
            }
            for next in self.nexts(q) {
                waiting[next] -= 1;
                if waiting[next] == 0 {
                    sets[next] = None;
                }
            }
            sets[q] = Some(set);
        }
        Ok(sets[self.start]
            .take()
            .unwrap_or_default()
            .into_iter()
            .collect())
    }

    /// The distinct questions `q` leads to.
    fn nexts(&self, q: usize) -> BTreeSet<usize> {
        self.questions[q]
            .choices
            .iter()
            .filter_map(|c| match c.next {
                Next::Question(i) => Some(i),
                Next::Result => None,
            })
            .collect()
    }
}

/// What a walk through the questions writes: answer key → the value chosen
/// (as the flow writes it, "unknown" included).
pub type Effect = BTreeMap<String, String>;

/// The answers of each effect, in `zone` on `date`.
pub fn answers_of(effects: &[Effect], date: Date, zone: Zone) -> Vec<Answers> {
    effects
        .iter()
        .map(|effect| {
            let mut answers = Answers::new(date);
            answers.zone = zone;
            for (key, value) in effect {
                // Checked when the flow was loaded.
                let _ = answers.set(key, value);
            }
            answers
        })
        .collect()
}

/// The questions reachable from the start, each after every question it
/// leads to (the flow has no cycle: checked before).
fn post_order(flow: &Flow) -> Vec<usize> {
    let mut seen = vec![false; flow.questions.len()];
    let mut order = Vec::new();
    let mut stack = vec![(flow.start, 0usize)];
    seen[flow.start] = true;
    while let Some(top) = stack.last_mut() {
        let (q, next_choice) = *top;
        let choices = &flow.questions[q].choices;
        if next_choice < choices.len() {
            top.1 += 1;
            if let Next::Question(next) = choices[next_choice].next
                && !seen[next]
            {
                seen[next] = true;
                stack.push((next, 0));
            }
        } else {
            order.push(q);
            stack.pop();
        }
    }
    order
}

/// For each question, the most questions still to come from it (itself
/// included), or 0 when the start does not lead to it; `Err` with a question
/// on a cycle. A depth-first search with its own stack, so a long chain of
/// questions cannot overflow the thread's.
fn longest(flow: &Flow) -> Result<Vec<usize>, usize> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let n = flow.questions.len();
    let mut state = vec![NEW; n];
    let mut remaining = vec![0usize; n];
    // (question, index of the next choice to look at)
    let mut stack = vec![(flow.start, 0usize)];
    state[flow.start] = ON_PATH;
    while let Some(top) = stack.last_mut() {
        let (q, next_choice) = *top;
        let choices = &flow.questions[q].choices;
        if next_choice < choices.len() {
            top.1 += 1;
            if let Next::Question(next) = choices[next_choice].next {
                match state[next] {
                    ON_PATH => return Err(next),
                    NEW => {
                        state[next] = ON_PATH;
                        stack.push((next, 0));
                    }
                    _ => {}
                }
            }
        } else {
            let most = choices
                .iter()
                .filter_map(|c| match c.next {
                    Next::Question(next) => Some(remaining[next]),
                    Next::Result => None,
                })
                .max()
                .unwrap_or(0);
            remaining[q] = most + 1;
            state[q] = DONE;
            stack.pop();
        }
    }
    Ok(remaining)
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
