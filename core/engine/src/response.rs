//! Filling in a questionnaire: answers with validation, navigation that
//! respects `relevant`, progress, review and completion. Works offline; the
//! store layer persists a response through [`Response::answers`] and
//! [`Response::restore`].

use crate::answer::Answer;
use crate::audio::Audio;
use crate::dates;
use crate::error::{Error, Result};
use crate::expr::{Scope, Value, eval};
use crate::l10n::{AppStrings, Chain, Text};
use crate::languages::Direction;
use crate::model::{Item, ItemKind, Questionnaire, Required};
use crate::render::{ChoiceView, ItemView, Progress, ReviewEntry, ScreenView};
use fluent_bundle::{FluentArgs, FluentValue};
use std::collections::BTreeMap;
use std::sync::Arc;

pub use crate::validation::{ErrorCode, ValidationError};

/// Default longest answers, in characters, when a questionnaire sets none.
const DEFAULT_MAX_TEXT: usize = 1_000;
const DEFAULT_MAX_LONG_TEXT: usize = 20_000;
/// A tally bracket above this is a typing mistake, not a meeting.
const MAX_TALLY: u32 = 100_000;

/// Where the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Cursor {
    /// On a screen (index into [`Questionnaire::screens`]).
    Screen(usize),
    /// Past the last screen: review and submit.
    End,
}

/// A calculated value, owned.
#[derive(Debug, Clone, PartialEq)]
enum Calc {
    Num(f64),
    Str(String),
    Bool(bool),
    Date(i32),
}

#[derive(Debug, Clone)]
struct State {
    answers: Vec<Option<Answer>>,
    calculated: Vec<Option<Calc>>,
    relevant: Vec<bool>,
}

struct EvalScope<'a> {
    q: &'a Questionnaire,
    state: &'a State,
    current: Option<usize>,
    today: i32,
}

impl Scope for EvalScope<'_> {
    fn value(&self, index: usize) -> Value<'_> {
        if !self.state.relevant[index] {
            return Value::Null;
        }
        if let Some(calc) = &self.state.calculated[index] {
            return match calc {
                Calc::Num(n) => Value::Num(*n),
                Calc::Str(s) => Value::Str(s),
                Calc::Bool(b) => Value::Bool(*b),
                Calc::Date(d) => Value::Date(*d),
            };
        }
        let scale = self.q.items[index].kind == ItemKind::Scale;
        match &self.state.answers[index] {
            None | Some(Answer::Declined) => Value::Null,
            Some(Answer::Text(s)) => Value::Str(s),
            Some(Answer::Integer(n)) => Value::Num(*n as f64),
            Some(Answer::Decimal(n)) => Value::Num(*n),
            Some(Answer::Choice(c)) if scale => c.parse().map_or(Value::Null, Value::Num),
            Some(Answer::Choice(c)) => Value::Str(c),
            Some(Answer::Choices(c)) => Value::Set(c),
            Some(Answer::Date(d)) => {
                dates::parse_iso(d).map_or(Value::Null, |d| Value::Date(dates::days_since_epoch(d)))
            }
            Some(Answer::Consent(b)) => Value::Bool(*b),
            Some(Answer::Tally(_) | Answer::Entries(_) | Answer::Actions(_)) => Value::Null,
        }
    }

    fn current(&self) -> Value<'_> {
        self.current.map_or(Value::Null, |i| self.value(i))
    }

    fn today(&self) -> i32 {
        self.today
    }
}

/// One person's answers to one questionnaire, and where they are in it.
#[derive(Debug, Clone)]
pub struct Response {
    q: Arc<Questionnaire>,
    state: State,
    cursor: Cursor,
    q_chain: Chain,
    app_chain: Chain,
    requested: Vec<String>,
    declined_consent: bool,
    today: i32,
}

fn args<'a>(pairs: &[(&'a str, f64)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, *v);
    }
    a
}

impl Response {
    /// Starts an empty response shown in the best of the `preferred` locales.
    pub fn new<S: AsRef<str>>(q: Arc<Questionnaire>, preferred: &[S]) -> Response {
        let n = q.items.len();
        let mut r = Response {
            state: State {
                answers: vec![None; n],
                calculated: vec![None; n],
                relevant: vec![true; n],
            },
            cursor: Cursor::Screen(0),
            q_chain: q
                .catalog
                .negotiate(preferred, &q.default_locale, &q.languages),
            app_chain: AppStrings::get()
                .catalog
                .negotiate(preferred, "en", &q.languages),
            requested: Vec::new(),
            declined_consent: false,
            today: dates::days_since_epoch(dates::today()),
            q,
        };
        r.set_locale(preferred);
        r.recompute();
        r.cursor = r.first_screen().map_or(Cursor::End, Cursor::Screen);
        r
    }

    /// Rebuilds a saved response: answers by item id and the screen it was on.
    /// Answers to unknown items or that no longer validate are dropped and
    /// their ids returned, so a caller can tell the person.
    pub fn restore<S: AsRef<str>>(
        q: Arc<Questionnaire>,
        preferred: &[S],
        answers: BTreeMap<String, Answer>,
        cursor: Cursor,
    ) -> (Response, Vec<String>) {
        let mut r = Response::new(q, preferred);
        let mut dropped = Vec::new();
        for (id, answer) in answers {
            let ok =
                r.q.item_index(&id)
                    .is_some_and(|i| r.normalize(i, answer.clone()).is_ok());
            if ok && let Some(i) = r.q.item_index(&id) {
                r.state.answers[i] = Some(answer);
            } else {
                dropped.push(id);
            }
        }
        r.recompute();
        r.cursor = match cursor {
            Cursor::Screen(s) if s < r.q.screens.len() && r.screen_visible(s) => Cursor::Screen(s),
            Cursor::Screen(_) => r.first_screen().map_or(Cursor::End, Cursor::Screen),
            Cursor::End => Cursor::End,
        };
        (r, dropped)
    }

    /// The questionnaire being answered.
    pub fn questionnaire(&self) -> &Arc<Questionnaire> {
        &self.q
    }

    /// Switches the display language; answers are kept.
    pub fn set_locale<S: AsRef<str>>(&mut self, preferred: &[S]) {
        self.requested = preferred.iter().map(|s| s.as_ref().to_string()).collect();
        self.q_chain =
            self.q
                .catalog
                .negotiate(preferred, &self.q.default_locale, &self.q.languages);
        // The app's own strings follow the questionnaire's language first.
        let mut app_pref = vec![self.q_chain.chosen.clone()];
        app_pref.extend(self.requested.iter().cloned());
        self.app_chain = AppStrings::get()
            .catalog
            .negotiate(&app_pref, "en", &self.q.languages);
    }

    /// The display locale.
    pub fn locale(&self) -> &str {
        &self.q_chain.chosen
    }

    /// Layout direction of the display locale.
    pub fn direction(&self) -> Direction {
        self.q.languages.direction(&self.q_chain.chosen)
    }

    /// Where the person is.
    pub fn cursor(&self) -> Cursor {
        self.cursor
    }

    /// Whether the respondent declined consent (the response is over and empty).
    pub fn consent_declined(&self) -> bool {
        self.declined_consent
    }

    /// Uses `today` instead of the device's date for `today()` (for tests and replays).
    pub fn set_today(&mut self, today: chrono::NaiveDate) {
        self.today = dates::days_since_epoch(today);
        self.recompute();
    }

    // ----- text -------------------------------------------------------------

    /// Resolves a questionnaire message, falling back to the app's strings
    /// for built-ins (yes/no, "prefer not to say").
    fn text(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs<'_>>) -> Option<Text> {
        self.q
            .catalog
            .format(&self.q_chain, id, attr, args, &self.q.languages)
            .or_else(|| {
                AppStrings::get()
                    .catalog
                    .format(&self.app_chain, id, attr, args, &self.q.languages)
            })
    }

    /// The recording of `key` (`id` or `id.attr`) along the display chain.
    fn audio(&self, key: &str) -> Option<Audio> {
        if self.q.audio.is_empty() {
            return None;
        }
        self.q.audio.along(
            self.q_chain.tags(&self.q.catalog),
            &self.q_chain.chosen,
            key,
        )
    }

    /// The value `{ $name }` shows for item `i`: a number as a number
    /// (formatted with the locale's digits), text as it is, an option as
    /// its label in the display locale (several joined as in the review),
    /// a date as `YYYY-MM-DD`; nothing (empty text) when the item is not
    /// answered, declined or hidden, so that a label never shows a value
    /// the logic treats as empty.
    fn variable_value(&self, i: usize) -> FluentValue<'static> {
        if !self.state.relevant[i] {
            return FluentValue::from("");
        }
        let item = &self.q.items[i];
        if let Some(calc) = &self.state.calculated[i] {
            return match calc {
                Calc::Num(n) => FluentValue::from(*n),
                Calc::Str(s) => FluentValue::from(s.clone()),
                Calc::Bool(b) => FluentValue::from(b.to_string()),
                Calc::Date(_) => FluentValue::from(self.calculated(&item.id).unwrap_or_default()),
            };
        }
        match &self.state.answers[i] {
            None | Some(Answer::Declined) => FluentValue::from(""),
            Some(Answer::Integer(n)) => FluentValue::from(*n),
            Some(Answer::Decimal(n)) => FluentValue::from(*n),
            Some(answer) => FluentValue::from(self.display(item, Some(answer)).text),
        }
    }

    /// The arguments of every questionnaire message: the current value of
    /// each item a message names. `None` when no message names one.
    fn label_args(&self) -> Option<FluentArgs<'static>> {
        if self.q.label_variables.is_empty() {
            return None;
        }
        let mut args = FluentArgs::new();
        for (name, i) in &self.q.label_variables {
            args.set(name.clone(), self.variable_value(*i));
        }
        Some(args)
    }

    /// Resolves an app string; a missing one shows its id and is marked as a
    /// fallback instead of failing.
    fn app_text(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Text {
        self.text(id, None, args).unwrap_or_else(|| Text {
            text: id.to_string(),
            locale: self.q_chain.chosen.clone(),
            direction: self.direction(),
            fallback: true,
        })
    }

    fn error(
        &self,
        item: &Item,
        code: ErrorCode,
        args: Option<&FluentArgs<'_>>,
    ) -> ValidationError {
        let message = match code {
            ErrorCode::Constraint => self
                .text(&item.label, Some("constraint"), self.label_args().as_ref())
                .unwrap_or_else(|| self.app_text("error-constraint", None)),
            _ => {
                let id = match code {
                    ErrorCode::Required if item.decline => "error-required-or-decline",
                    ErrorCode::Required => "error-required",
                    ErrorCode::NotANumber => "error-not-a-number",
                    ErrorCode::NotWholeNumber => "error-not-whole-number",
                    ErrorCode::BelowMin => "error-below-min",
                    ErrorCode::AboveMax => "error-above-max",
                    ErrorCode::TooLong => "error-too-long",
                    ErrorCode::InvalidDate => "error-invalid-date",
                    ErrorCode::UnknownChoice => "error-unknown-choice",
                    ErrorCode::EmptyEntry => "error-empty-entry",
                    ErrorCode::TooMany | ErrorCode::WrongKind | ErrorCode::Constraint => {
                        "error-wrong-answer-kind"
                    }
                };
                self.app_text(id, args)
            }
        };
        ValidationError {
            item: item.id.clone(),
            code,
            message,
        }
    }

    // ----- logic ------------------------------------------------------------

    fn scope(&self, current: Option<usize>) -> EvalScope<'_> {
        EvalScope {
            q: &self.q,
            state: &self.state,
            current,
            today: self.today,
        }
    }

    /// Re-evaluates relevance and calculations, dependencies first.
    fn recompute(&mut self) {
        let q = Arc::clone(&self.q);
        for &i in &q.eval_order {
            let item = &q.items[i];
            let parent_ok = item.parent.is_none_or(|p| self.state.relevant[p]);
            let relevant = parent_ok
                && item
                    .relevant
                    .as_ref()
                    .is_none_or(|c| eval(&c.expr, &self.scope(None)).is_true());
            self.state.relevant[i] = relevant;
            if let Some(calc) = &item.calculate {
                self.state.calculated[i] = None;
                let value = if relevant {
                    match eval(&calc.expr, &self.scope(None)) {
                        Value::Num(n) => Some(Calc::Num(n)),
                        Value::Str(s) => Some(Calc::Str(s.to_string())),
                        Value::Bool(b) => Some(Calc::Bool(b)),
                        Value::Date(d) => Some(Calc::Date(d)),
                        Value::Null | Value::Set(_) => None,
                    }
                } else {
                    None
                };
                self.state.calculated[i] = value;
            }
        }
    }

    fn is_required(&self, i: usize) -> bool {
        match &self.q.items[i].required {
            Required::No => false,
            Required::Yes => true,
            Required::When(c) => eval(&c.expr, &self.scope(Some(i))).is_true(),
        }
    }

    fn constraint_holds(&self, i: usize) -> bool {
        let item = &self.q.items[i];
        match (&item.constraint, &self.state.answers[i]) {
            // As in XForms, an empty or declined answer is not checked.
            (None, _) | (_, None | Some(Answer::Declined)) => true,
            (Some(c), _) => eval(&c.expr, &self.scope(Some(i))).is_true(),
        }
    }

    /// Problems of item `i` as it stands (required, constraint).
    fn item_issues(&self, i: usize) -> Option<ValidationError> {
        let item = &self.q.items[i];
        if !self.state.relevant[i] || !item.kind.takes_answer() {
            return None;
        }
        let answer = &self.state.answers[i];
        if answer.is_none() && self.is_required(i) {
            return Some(self.error(item, ErrorCode::Required, None));
        }
        if item.kind == ItemKind::Consent
            && answer.is_some()
            && answer != &Some(Answer::Consent(true))
        {
            return Some(self.error(item, ErrorCode::Required, None));
        }
        (!self.constraint_holds(i)).then(|| self.error(item, ErrorCode::Constraint, None))
    }

    // ----- answering --------------------------------------------------------

    /// Checks an answer's shape against the item; `Ok(None)` clears it.
    fn normalize(
        &self,
        i: usize,
        answer: Answer,
    ) -> std::result::Result<Option<Answer>, ValidationError> {
        let item = &self.q.items[i];
        let fail = |code: ErrorCode| Err(self.error(item, code, None));
        let bounds = |n: f64| -> std::result::Result<(), ValidationError> {
            if let Some(min) = item.min
                && n < min
            {
                return Err(self.error(item, ErrorCode::BelowMin, Some(&args(&[("min", min)]))));
            }
            if let Some(max) = item.max
                && n > max
            {
                return Err(self.error(item, ErrorCode::AboveMax, Some(&args(&[("max", max)]))));
            }
            Ok(())
        };
        let max_len = item.max_length.unwrap_or(match item.kind {
            ItemKind::LongText | ItemKind::Prompt => DEFAULT_MAX_LONG_TEXT,
            _ => DEFAULT_MAX_TEXT,
        });
        let too_long = |s: &str| s.chars().count() > max_len;
        let too_long_error = || {
            self.error(
                item,
                ErrorCode::TooLong,
                Some(&args(&[("max", max_len as f64)])),
            )
        };
        let valid_date = |s: &str| dates::parse_iso(s).is_some();
        match (item.kind, answer) {
            (_, Answer::Declined) if item.decline => Ok(Some(Answer::Declined)),
            (ItemKind::Text | ItemKind::LongText | ItemKind::Prompt, Answer::Text(s)) => {
                let s = s.trim();
                if s.is_empty() {
                    Ok(None)
                } else if too_long(s) {
                    Err(too_long_error())
                } else {
                    Ok(Some(Answer::Text(s.to_string())))
                }
            }
            (ItemKind::Integer, Answer::Integer(n)) => {
                bounds(n as f64).map(|()| Some(Answer::Integer(n)))
            }
            (ItemKind::Integer, Answer::Decimal(_)) => fail(ErrorCode::NotWholeNumber),
            (ItemKind::Decimal, Answer::Integer(n)) => {
                bounds(n as f64).map(|()| Some(Answer::Decimal(n as f64)))
            }
            (ItemKind::Decimal, Answer::Decimal(n)) if n.is_finite() => {
                bounds(n).map(|()| Some(Answer::Decimal(n)))
            }
            (ItemKind::Decimal, Answer::Decimal(_)) => fail(ErrorCode::NotANumber),
            (ItemKind::Single | ItemKind::YesNo | ItemKind::Scale, Answer::Choice(c)) => {
                if item.codes.contains(&c) {
                    Ok(Some(Answer::Choice(c)))
                } else {
                    fail(ErrorCode::UnknownChoice)
                }
            }
            (ItemKind::Multiple, Answer::Choices(chosen)) => {
                if chosen.iter().any(|c| !item.codes.contains(c)) {
                    return fail(ErrorCode::UnknownChoice);
                }
                // Stored in the list's order, each once.
                let ordered: Vec<String> = item
                    .codes
                    .iter()
                    .filter(|c| chosen.contains(c))
                    .cloned()
                    .collect();
                Ok((!ordered.is_empty()).then_some(Answer::Choices(ordered)))
            }
            (ItemKind::Date, Answer::Date(d)) if valid_date(&d) => Ok(Some(Answer::Date(d))),
            (ItemKind::Date, Answer::Date(_)) => fail(ErrorCode::InvalidDate),
            (ItemKind::Consent, Answer::Consent(b)) => Ok(Some(Answer::Consent(b))),
            (ItemKind::Tally, Answer::Tally(counts)) => {
                if counts.keys().any(|k| !item.codes.contains(k)) {
                    return fail(ErrorCode::UnknownChoice);
                }
                if counts.values().any(|&n| n > MAX_TALLY) {
                    return fail(ErrorCode::TooMany);
                }
                let counts: BTreeMap<String, u32> =
                    counts.into_iter().filter(|(_, n)| *n > 0).collect();
                Ok((!counts.is_empty()).then_some(Answer::Tally(counts)))
            }
            (ItemKind::TextList, Answer::Entries(entries)) => {
                let entries: Vec<String> = entries.iter().map(|e| e.trim().to_string()).collect();
                if entries.iter().any(String::is_empty) {
                    return fail(ErrorCode::EmptyEntry);
                }
                if entries.iter().any(|e| too_long(e)) {
                    return Err(too_long_error());
                }
                Ok((!entries.is_empty()).then_some(Answer::Entries(entries)))
            }
            (ItemKind::ActionList, Answer::Actions(actions)) => {
                let mut out = Vec::with_capacity(actions.len());
                for mut a in actions {
                    a.what = a.what.trim().to_string();
                    a.who = a.who.trim().to_string();
                    if a.what.is_empty() {
                        return fail(ErrorCode::EmptyEntry);
                    }
                    if too_long(&a.what) || too_long(&a.who) {
                        return Err(too_long_error());
                    }
                    if a.due.as_deref().is_some_and(|d| !valid_date(d)) {
                        return fail(ErrorCode::InvalidDate);
                    }
                    out.push(a);
                }
                Ok((!out.is_empty()).then_some(Answer::Actions(out)))
            }
            _ => fail(ErrorCode::WrongKind),
        }
    }

    fn answerable(&self, item_id: &str) -> Result<usize> {
        if self.declined_consent {
            return Err(Error::Ended);
        }
        let i = self
            .q
            .item_index(item_id)
            .ok_or_else(|| Error::UnknownItem(item_id.to_string()))?;
        let item = &self.q.items[i];
        if !item.kind.takes_answer() {
            return Err(Error::NotAnswerable {
                item: item.id.clone(),
                kind: item.kind.name(),
            });
        }
        if !self.state.relevant[i] {
            return Err(Error::NotRelevant(item.id.clone()));
        }
        Ok(i)
    }

    /// Answers item `item_id`. The answer is checked (type, options, bounds,
    /// length, constraint) and refused with a localized message if invalid,
    /// leaving the previous answer in place. Declining consent ends the
    /// response and forgets every answer.
    pub fn answer(&mut self, item_id: &str, answer: Answer) -> Result<()> {
        let i = self.answerable(item_id)?;
        let normalized = self.normalize(i, answer).map_err(Error::Invalid)?;
        if self.q.items[i].kind == ItemKind::Consent && normalized == Some(Answer::Consent(false)) {
            self.state.answers.iter_mut().for_each(|a| *a = None);
            self.declined_consent = true;
            self.cursor = Cursor::End;
            self.recompute();
            return Ok(());
        }
        let previous = std::mem::replace(&mut self.state.answers[i], normalized);
        self.recompute();
        if !self.constraint_holds(i) {
            let error = self.error(&self.q.items[i], ErrorCode::Constraint, None);
            self.state.answers[i] = previous;
            self.recompute();
            return Err(Error::Invalid(error));
        }
        Ok(())
    }

    /// Parses what a person typed into a number or date field and answers
    /// with it; text items take it as it is.
    pub fn answer_typed(&mut self, item_id: &str, typed: &str) -> Result<()> {
        let i = self.answerable(item_id)?;
        let item = &self.q.items[i];
        let typed = typed.trim();
        let answer = match item.kind {
            _ if typed.is_empty() => return self.clear(item_id),
            ItemKind::Integer => match typed.parse::<i64>() {
                Ok(n) => Answer::Integer(n),
                Err(_) if typed.parse::<f64>().is_ok() => {
                    return Err(Error::Invalid(self.error(
                        item,
                        ErrorCode::NotWholeNumber,
                        None,
                    )));
                }
                Err(_) => {
                    return Err(Error::Invalid(self.error(
                        item,
                        ErrorCode::NotANumber,
                        None,
                    )));
                }
            },
            ItemKind::Decimal => match typed.replace(',', ".").parse::<f64>() {
                Ok(n) => Answer::Decimal(n),
                Err(_) => {
                    return Err(Error::Invalid(self.error(
                        item,
                        ErrorCode::NotANumber,
                        None,
                    )));
                }
            },
            ItemKind::Date => Answer::Date(typed.to_string()),
            ItemKind::Text | ItemKind::LongText | ItemKind::Prompt => {
                Answer::Text(typed.to_string())
            }
            _ => return Err(Error::Invalid(self.error(item, ErrorCode::WrongKind, None))),
        };
        self.answer(item_id, answer)
    }

    /// Chooses "prefer not to say" for an item that offers it.
    pub fn decline(&mut self, item_id: &str) -> Result<()> {
        self.answer(item_id, Answer::Declined)
    }

    /// Removes the answer to `item_id`.
    pub fn clear(&mut self, item_id: &str) -> Result<()> {
        let i = self.answerable(item_id)?;
        self.state.answers[i] = None;
        self.recompute();
        Ok(())
    }

    /// The answer to `item_id`, if any (also when the item is hidden).
    pub fn answer_of(&self, item_id: &str) -> Option<&Answer> {
        self.q
            .item_index(item_id)
            .and_then(|i| self.state.answers[i].as_ref())
    }

    /// The value of a calculate item, as text (numbers without trailing zeros).
    pub fn calculated(&self, item_id: &str) -> Option<String> {
        let i = self.q.item_index(item_id)?;
        Some(match self.state.calculated[i].as_ref()? {
            Calc::Num(n) => n.to_string(),
            Calc::Str(s) => s.clone(),
            Calc::Bool(b) => b.to_string(),
            Calc::Date(d) => {
                let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
                crate::dates::iso(epoch + chrono::Duration::days(i64::from(*d)))
            }
        })
    }

    /// Whether item `item_id` is shown with the current answers.
    pub fn is_relevant(&self, item_id: &str) -> bool {
        self.q
            .item_index(item_id)
            .is_some_and(|i| self.state.relevant[i])
    }

    // ----- navigation -------------------------------------------------------

    fn visible_items(&self, screen: usize) -> Vec<usize> {
        let s = self.q.screens[screen];
        let item = &self.q.items[s];
        if !self.state.relevant[s] {
            return Vec::new();
        }
        if item.kind == ItemKind::Page {
            item.children
                .iter()
                .copied()
                .filter(|&c| self.state.relevant[c] && self.q.items[c].kind != ItemKind::Calculate)
                .collect()
        } else {
            vec![s]
        }
    }

    fn screen_visible(&self, screen: usize) -> bool {
        !self.visible_items(screen).is_empty()
    }

    fn first_screen(&self) -> Option<usize> {
        (0..self.q.screens.len()).find(|&s| self.screen_visible(s))
    }

    fn visible_screens(&self) -> Vec<usize> {
        (0..self.q.screens.len())
            .filter(|&s| self.screen_visible(s))
            .collect()
    }

    /// Moves to the next screen shown, after checking the current one:
    /// required items answered (or declined) and constraints met. At the
    /// last screen it moves to [`Cursor::End`].
    pub fn next_screen(&mut self) -> Result<Cursor> {
        if self.declined_consent {
            return Err(Error::Ended);
        }
        let Cursor::Screen(s) = self.cursor else {
            return Ok(Cursor::End);
        };
        let issues: Vec<ValidationError> = self
            .visible_items(s)
            .into_iter()
            .filter_map(|i| self.item_issues(i))
            .collect();
        if !issues.is_empty() {
            return Err(Error::Incomplete(issues));
        }
        self.cursor = (s + 1..self.q.screens.len())
            .find(|&n| self.screen_visible(n))
            .map_or(Cursor::End, Cursor::Screen);
        Ok(self.cursor)
    }

    /// Moves to the previous screen shown; stays on the first.
    pub fn back(&mut self) -> Cursor {
        let before = match self.cursor {
            Cursor::Screen(s) => s,
            Cursor::End => self.q.screens.len(),
        };
        if let Some(prev) = (0..before).rev().find(|&p| self.screen_visible(p)) {
            self.cursor = Cursor::Screen(prev);
        }
        self.cursor
    }

    /// Jumps to a screen (from the review), if it is shown.
    pub fn go_to(&mut self, screen: usize) -> Result<Cursor> {
        if self.declined_consent {
            return Err(Error::Ended);
        }
        if screen < self.q.screens.len() && self.screen_visible(screen) {
            self.cursor = Cursor::Screen(screen);
        }
        Ok(self.cursor)
    }

    /// Progress through the screens shown with the current answers.
    pub fn progress(&self) -> Progress {
        let shown = self.visible_screens();
        let total = shown.len();
        let n = match self.cursor {
            Cursor::Screen(s) => shown.iter().position(|&v| v == s).map_or(1, |p| p + 1),
            Cursor::End => total,
        };
        let text = self.app_text(
            "progress",
            Some(&args(&[("n", n as f64), ("total", total as f64)])),
        );
        Progress { n, total, text }
    }

    // ----- rendering --------------------------------------------------------

    /// `vars`: the [`Response::label_args`] of this moment, built once per
    /// screen.
    fn item_view_at(&self, i: usize, vars: Option<&FluentArgs<'_>>) -> ItemView {
        let item = &self.q.items[i];
        let label = self
            .text(&item.label, None, vars)
            .unwrap_or_else(|| self.app_text(&item.label, vars));
        let range = |whole: &str, ranged: &str| match (item.min, item.max) {
            (Some(min), Some(max)) => {
                Some(self.app_text(ranged, Some(&args(&[("min", min), ("max", max)]))))
            }
            _ => Some(self.app_text(whole, None)),
        };
        let instructions = match item.kind {
            ItemKind::Single => Some(self.app_text("input-choose-one", None)),
            ItemKind::Multiple => Some(self.app_text("input-choose-many", None)),
            ItemKind::Scale => Some(self.app_text("input-scale", None)),
            ItemKind::Integer => range("input-whole-number", "input-whole-number-range"),
            ItemKind::Decimal => range("input-number", "input-number-range"),
            ItemKind::Text | ItemKind::LongText => Some(self.app_text("input-text", None)),
            ItemKind::Date => Some(self.app_text("input-date", None)),
            ItemKind::Tally => Some(self.app_text("input-tally", None)),
            ItemKind::TextList => Some(self.app_text("input-text-list", None)),
            ItemKind::ActionList => Some(self.app_text("input-action-list", None)),
            ItemKind::Prompt => Some(self.app_text("input-notes", None)),
            ItemKind::Note
            | ItemKind::Consent
            | ItemKind::YesNo
            | ItemKind::Page
            | ItemKind::Calculate => None,
        };
        let choices = if item.kind == ItemKind::Consent {
            [("accept", "consent-accept"), ("decline", "consent-decline")]
                .iter()
                .map(|(code, msg)| ChoiceView {
                    code: (*code).to_string(),
                    label: self.app_text(msg, None),
                    audio: self.audio(msg),
                })
                .collect()
        } else {
            item.codes
                .iter()
                .zip(&item.code_labels)
                .map(|(code, msg)| ChoiceView {
                    code: code.clone(),
                    label: self
                        .text(msg, None, vars)
                        .unwrap_or_else(|| self.app_text(msg, vars)),
                    audio: self.audio(msg),
                })
                .collect()
        };
        let texty = matches!(
            item.kind,
            ItemKind::Text
                | ItemKind::LongText
                | ItemKind::Prompt
                | ItemKind::TextList
                | ItemKind::ActionList
        );
        ItemView {
            id: item.id.clone(),
            kind: item.kind,
            label,
            label_audio: self.audio(&item.label),
            hint: self.text(&item.label, Some("hint"), vars),
            hint_audio: self.audio(&format!("{}.hint", item.label)),
            instructions,
            choices,
            min: item.min,
            max: item.max,
            max_length: item.max_length,
            required: item.kind.takes_answer() && self.is_required(i),
            sensitive: item.sensitive,
            sensitive_warning: (item.sensitive && texty)
                .then(|| self.app_text("sensitive-warning", None)),
            decline: item.decline.then(|| self.app_text("answer-decline", None)),
            decline_audio: item.decline.then(|| self.audio("answer-decline")).flatten(),
            answer: self.state.answers[i].clone(),
        }
    }

    /// The view of any item, shown or not (for previews and editors). A page's
    /// view carries its title and hint.
    pub fn item_view(&self, item_id: &str) -> Option<ItemView> {
        let vars = self.label_args();
        self.q
            .item_index(item_id)
            .map(|i| self.item_view_at(i, vars.as_ref()))
    }

    /// The current screen, or `None` at the end (review and submit) or after
    /// consent was declined.
    pub fn screen(&self) -> Option<ScreenView> {
        let Cursor::Screen(s) = self.cursor else {
            return None;
        };
        if self.declined_consent {
            return None;
        }
        let idx = self.q.screens[s];
        let item = &self.q.items[idx];
        let is_page = item.kind == ItemKind::Page;
        let shown = self.visible_screens();
        let vars = self.label_args();
        let vars = vars.as_ref();
        Some(ScreenView {
            index: s,
            id: item.id.clone(),
            title: is_page
                .then(|| self.text(&item.label, None, vars))
                .flatten(),
            title_audio: is_page.then(|| self.audio(&item.label)).flatten(),
            hint: is_page
                .then(|| self.text(&item.label, Some("hint"), vars))
                .flatten(),
            hint_audio: is_page
                .then(|| self.audio(&format!("{}.hint", item.label)))
                .flatten(),
            items: self
                .visible_items(s)
                .into_iter()
                .map(|i| self.item_view_at(i, vars))
                .collect(),
            progress: self.progress(),
            locale: self.q_chain.chosen.clone(),
            direction: self.direction(),
            can_go_back: shown.first().is_some_and(|&f| f < s),
            is_last: shown.last() == Some(&s),
        })
    }

    /// The questionnaire's title.
    pub fn title(&self) -> Text {
        self.app_text(&self.q.title, self.label_args().as_ref())
    }

    /// The recording of the questionnaire's title, along the display chain.
    pub fn title_audio(&self) -> Option<Audio> {
        self.audio(&self.q.title)
    }

    /// A localized app string (button labels and the like) in the display
    /// locale's chain.
    pub fn ui_text(&self, id: &str) -> Text {
        self.app_text(id, None)
    }

    fn display(&self, item: &Item, answer: Option<&Answer>) -> Text {
        let label_of = |code: &str| {
            item.codes
                .iter()
                .position(|c| c == code)
                .map(|p| {
                    self.text(&item.code_labels[p], None, None)
                        .map_or_else(|| code.to_string(), |t| t.text)
                })
                .unwrap_or_else(|| code.to_string())
        };
        let separator = if self.direction() == Direction::Rtl {
            "، "
        } else {
            ", "
        };
        let plain = |text: String| Text {
            text,
            locale: self.q_chain.chosen.clone(),
            direction: self.direction(),
            fallback: false,
        };
        match answer {
            None => self.app_text("review-not-answered", None),
            Some(Answer::Declined) => self.app_text("answer-decline", None),
            Some(Answer::Consent(true)) => self.app_text("consent-accept", None),
            Some(Answer::Consent(false)) => self.app_text("consent-decline", None),
            Some(Answer::Choice(c)) => plain(label_of(c)),
            Some(Answer::Choices(cs)) => plain(
                cs.iter()
                    .map(|c| label_of(c))
                    .collect::<Vec<_>>()
                    .join(separator),
            ),
            Some(Answer::Text(s) | Answer::Date(s)) => plain(s.clone()),
            Some(Answer::Integer(n)) => plain(n.to_string()),
            Some(Answer::Decimal(n)) => plain(n.to_string()),
            Some(Answer::Tally(t)) => plain(
                t.iter()
                    .map(|(k, n)| format!("{}: {n}", label_of(k)))
                    .collect::<Vec<_>>()
                    .join(separator),
            ),
            Some(Answer::Entries(e)) => plain(e.join("\n")),
            Some(Answer::Actions(a)) => plain(
                a.iter()
                    .map(|a| {
                        [
                            a.what.as_str(),
                            a.who.as_str(),
                            a.due.as_deref().unwrap_or(""),
                        ]
                        .iter()
                        .filter(|s| !s.is_empty())
                        .copied()
                        .collect::<Vec<_>>()
                        .join(" — ")
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        }
    }

    /// Every question shown with the current answers, with its answer as the
    /// person reads it, for a review screen.
    pub fn review(&self) -> Vec<ReviewEntry> {
        let vars = self.label_args();
        let vars = vars.as_ref();
        let mut out = Vec::new();
        for s in self.visible_screens() {
            for i in self.visible_items(s) {
                let item = &self.q.items[i];
                if !item.kind.takes_answer() {
                    continue;
                }
                let answer = self.state.answers[i].as_ref();
                out.push(ReviewEntry {
                    screen: s,
                    item: item.id.clone(),
                    label: self
                        .text(&item.label, None, vars)
                        .unwrap_or_else(|| self.app_text(&item.label, vars)),
                    label_audio: self.audio(&item.label),
                    display: self.display(item, answer),
                    answer: answer.cloned(),
                    sensitive: item.sensitive,
                });
            }
        }
        out
    }

    /// What still stops the response from being submitted (empty: complete).
    pub fn completion(&self) -> Vec<ValidationError> {
        if self.declined_consent {
            return Vec::new();
        }
        (0..self.q.items.len())
            .filter_map(|i| self.item_issues(i))
            .collect()
    }

    /// Whether the response can be submitted.
    pub fn is_complete(&self) -> bool {
        !self.declined_consent && self.completion().is_empty()
    }

    /// The answers to submit: shown items only (an answer to a question that
    /// became hidden is not sent), plus calculated values. Language-independent.
    pub fn answers(&self) -> BTreeMap<String, Answer> {
        let mut out = BTreeMap::new();
        for (i, item) in self.q.items.iter().enumerate() {
            if !self.state.relevant[i] {
                continue;
            }
            if let Some(a) = &self.state.answers[i] {
                out.insert(item.id.clone(), a.clone());
            } else if let Some(c) = &self.state.calculated[i] {
                let answer = match c {
                    Calc::Num(n) => Answer::Decimal(*n),
                    Calc::Str(s) => Answer::Text(s.clone()),
                    Calc::Bool(b) => Answer::Text(b.to_string()),
                    Calc::Date(_) => Answer::Date(self.calculated(&item.id).unwrap_or_default()),
                };
                out.insert(item.id.clone(), answer);
            }
        }
        out
    }

    /// Every stored answer, hidden ones included, for saving a draft.
    pub fn draft_answers(&self) -> BTreeMap<String, Answer> {
        self.q
            .items
            .iter()
            .zip(&self.state.answers)
            .filter_map(|(item, a)| Some((item.id.clone(), a.clone()?)))
            .collect()
    }
}
