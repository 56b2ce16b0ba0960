//! Heard's web survey engine: [`heard_engine`] compiled to WebAssembly for
//! residents who answer in a browser, without the app.
//!
//! The page gets a signed questionnaire bundle (as `heard questionnaire
//! pack` writes it) and the organization's public signing key (from the
//! link's `#fragment`, so it never reaches a server log). [`WebSurvey::open`]
//! makes the checks a device makes when it installs a bundle
//! (`Store::install_bundle`: the signature against that key, the files the
//! bundle may hold, the questionnaire loading from memory), then runs the
//! same response engine as the apps: rendering in the person's language
//! (right to left where the language is), validation, relevance, review.
//! [`WebSurvey::seal`] makes the envelope a device would put in its outbox
//! (`Store::submit`): the canonical submission, padded, age-sealed to the
//! organization's recipients. No network, storage or clock beyond the
//! day's date: the page fetches, stores and sends.
//!
//! [`WebSurvey`] is the wasm-bindgen API the page calls; it is a thin layer
//! over [`Survey`], the same API in plain Rust, which the native tests
//! drive. Errors are one enum, [`Error`], turned into a JavaScript `Error`
//! (whose message names what is wrong) at the boundary only.
//!
//! Structured values (the view, the languages) cross as JSON text for
//! `JSON.parse`: see [`WebSurvey::render`].

mod error;
mod survey;
mod view;

pub use error::{Error, Result};
pub use survey::{Signer, Survey, verify_bundle, verify_config};
pub use view::{AudioClip, Draft, LanguageInfo, View};

use wasm_bindgen::prelude::*;

/// Serializes a view or list for the page.
fn json<T: serde::Serialize>(value: &T) -> std::result::Result<String, JsError> {
    serde_json::to_string(value).map_err(|e| JsError::new(&format!("cannot serialize: {e}")))
}

/// The one conversion of the crate's errors into JavaScript: an `Error`
/// whose message is [`Error`]'s text.
fn js(e: Error) -> JsError {
    JsError::new(&e.to_string())
}

/// A view (or error) as the page receives it.
fn view(v: Result<View>) -> std::result::Result<String, JsError> {
    json(&v.map_err(js)?)
}

/// The page's own words (`locales/<tag>/app.ftl`, the same catalog the
/// apps use): message `id` in the first of `preferred` that has it, along
/// the fallback chains (`prs` → `fa` → `en`), as JSON `Text` (`text`,
/// `locale`, `direction`, `fallback`). Throws for an id the app does not
/// ship: the page asks only for its own.
#[wasm_bindgen(js_name = appText)]
pub fn app_text(preferred: Vec<String>, id: &str) -> std::result::Result<String, JsError> {
    json(&page_text(&preferred, id).map_err(js)?)
}

/// [`app_text`] in plain Rust, for the native tests.
pub fn page_text(preferred: &[String], id: &str) -> Result<heard_engine::Text> {
    heard_engine::l10n::app_text(preferred, id, &[])
        .ok_or_else(|| Error::UnknownText(id.to_string()))
}

/// Checks what a link's page fetched before it shows anything: the
/// organization's signed config and the signed questionnaire bundle, both
/// against the organization key from the link. Returns JSON: `{"ok": true,
/// "org_name", "recipients"}`, or `{"ok": false, "untrusted", "message"}`
/// where `untrusted` says the documents may not come from the organization
/// (a bad key or signature) rather than being unusable.
#[wasm_bindgen(js_name = checkLink)]
pub fn check_link(
    signed_config_json: &str,
    signed_bundle_json: &str,
    org_public_key: &str,
) -> std::result::Result<String, JsError> {
    json(&link_check(
        signed_config_json,
        signed_bundle_json,
        org_public_key,
    ))
}

/// [`check_link`] in plain Rust, for the native tests.
pub fn link_check(
    signed_config_json: &str,
    signed_bundle_json: &str,
    org_public_key: &str,
) -> serde_json::Value {
    let checked = verify_config(signed_config_json, org_public_key)
        .and_then(|config| verify_bundle(signed_bundle_json, org_public_key).map(|_| config));
    match checked {
        Ok(config) => serde_json::json!({
            "ok": true,
            "org_name": config.org_name,
            "recipients": config.recipients,
        }),
        Err(e) => serde_json::json!({
            "ok": false,
            "untrusted": e.is_untrusted(),
            "message": e.to_string(),
        }),
    }
}

/// One person's response to one verified questionnaire, in the browser.
///
/// Every call that changes the response returns the new view as JSON (the
/// same as [`WebSurvey::render`] would), so the page redraws from it. A
/// refused answer throws an `Error` with the localized reason and is also
/// shown beside its item in the next view (`errors`).
#[wasm_bindgen]
pub struct WebSurvey {
    inner: Survey,
}

#[wasm_bindgen]
impl WebSurvey {
    /// Verifies `signed_bundle_json` against the organization's public key
    /// `org_public_key` (base64url, from the link) and starts a response in
    /// the first of the `preferred` locales (e.g. `navigator.languages`)
    /// the questionnaire has. Throws when the key is not a key, the text is
    /// not a signed bundle, the signature is not this key's or the content
    /// was altered, or the questionnaire does not load; the message says
    /// which.
    pub fn open(
        signed_bundle_json: &str,
        org_public_key: &str,
        preferred: Vec<String>,
    ) -> std::result::Result<WebSurvey, JsError> {
        Survey::open(signed_bundle_json, org_public_key, &preferred)
            .map(|inner| WebSurvey { inner })
            .map_err(js)
    }

    /// Verifies the bundle as [`WebSurvey::open`] does and resumes the
    /// response saved by [`WebSurvey::draft`] (decrypted by the page), in
    /// its language and on its screen. On a newer version of the
    /// questionnaire, answers that no longer fit are dropped: see
    /// `droppedAnswers`.
    pub fn resume(
        signed_bundle_json: &str,
        org_public_key: &str,
        draft: &str,
    ) -> std::result::Result<WebSurvey, JsError> {
        Survey::resume(signed_bundle_json, org_public_key, draft)
            .map(|inner| WebSurvey { inner })
            .map_err(js)
    }

    /// What to show now, as JSON tagged by `"view"`: `questions` (the
    /// engine's `ScreenView` plus `errors` by item), `review` (lines,
    /// `missing`, `complete`), `ended` (consent declined) or `sealed`.
    ///
    /// JSON text rather than JS objects from serde-wasm-bindgen: the
    /// engine already carries serde_json, so it adds nothing to the .wasm;
    /// the page gets plain objects and `null`s from `JSON.parse` (not
    /// `Map`s and `undefined`); and the native tests check the very text
    /// the page parses.
    pub fn render(&self) -> std::result::Result<String, JsError> {
        json(&self.inner.render())
    }

    /// Answers `item` with `value_json`, an answer in the shape the view
    /// shows them: `{"type":"choice","value":"yes"}`,
    /// `{"type":"choices","value":["a"]}`, `{"type":"integer","value":3}`,
    /// `{"type":"consent","value":true}`, `{"type":"declined"}`. Returns the
    /// new view; throws if the answer is refused.
    pub fn answer(&mut self, item: &str, value_json: &str) -> std::result::Result<String, JsError> {
        view(self.inner.answer_json(item, value_json))
    }

    /// Answers `item` from what was typed into a number, date or text
    /// field; empty text clears it. Returns the new view; throws if refused.
    #[wasm_bindgen(js_name = answerTyped)]
    pub fn answer_typed(&mut self, item: &str, text: &str) -> std::result::Result<String, JsError> {
        view(self.inner.answer_typed(item, text))
    }

    /// "Prefer not to say" for `item`. Returns the new view.
    pub fn decline(&mut self, item: &str) -> std::result::Result<String, JsError> {
        view(self.inner.decline(item))
    }

    /// Removes the answer to `item`. Returns the new view.
    pub fn clear(&mut self, item: &str) -> std::result::Result<String, JsError> {
        view(self.inner.clear(item))
    }

    /// Goes to the next screen, or the review after the last. When answers
    /// on this screen need attention it stays, and the returned view shows
    /// why beside each item.
    // The page's word for the button; a survey is not an iterator.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> std::result::Result<String, JsError> {
        view(self.inner.next())
    }

    /// Goes back one screen. Returns the new view.
    pub fn back(&mut self) -> std::result::Result<String, JsError> {
        view(self.inner.back())
    }

    /// Goes to `screen` (a review line's `screen`) to change an answer.
    /// Returns the new view.
    #[wasm_bindgen(js_name = goTo)]
    pub fn go_to(&mut self, screen: u32) -> std::result::Result<String, JsError> {
        let screen = usize::try_from(screen).unwrap_or(usize::MAX);
        view(self.inner.go_to(screen))
    }

    /// Switches to the first of `preferred` locales the questionnaire has;
    /// answers are kept. Returns the new view.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&mut self, preferred: Vec<String>) -> std::result::Result<String, JsError> {
        json(&self.inner.set_locale(&preferred))
    }

    /// The questionnaire's languages, the default first, as JSON:
    /// `[{"tag":"ar","name":"العربية","rtl":true}, …]`.
    pub fn languages(&self) -> std::result::Result<String, JsError> {
        json(&self.inner.languages())
    }

    /// The recording `id` (an `audio.id` in the view): its bytes and media
    /// type, for `new Blob([clip.bytes], {type: clip.mediaType})`.
    pub fn audio(&self, id: &str) -> std::result::Result<WebAudioClip, JsError> {
        self.inner.audio(id).map(WebAudioClip).map_err(js)
    }

    /// The response to keep until the person comes back, as JSON text
    /// padded to 1 KiB buckets. It holds the answers in the clear: the page
    /// must encrypt it with WebCrypto (AES-GCM under a non-extractable key)
    /// before putting it in IndexedDB, and delete it once sealed. Throws
    /// after consent was declined (nothing may be kept) or sealing.
    pub fn draft(&self) -> std::result::Result<String, JsError> {
        self.inner.draft().map_err(js)
    }

    /// The ids of answers a resumed draft held that no longer fit the
    /// questionnaire and were dropped (tell the person).
    #[wasm_bindgen(js_name = droppedAnswers)]
    pub fn dropped_answers(&self) -> Vec<String> {
        self.inner.dropped_answers().to_vec()
    }

    /// Seals the complete response to the organization's age `recipients`
    /// (`age1…`): exactly what a device puts in its outbox, the canonical
    /// submission padded to 1 KiB and age-encrypted. Returns the envelope
    /// bytes; afterwards the view is `sealed` and every change is refused.
    /// The submission is signed with the link's `group` and its secret
    /// `group_key` (base64), both from the link. Throws when an answer is
    /// still needed, a recipient or the key is invalid, or it was sealed
    /// already.
    pub fn seal(
        &mut self,
        recipients: Vec<String>,
        group: &str,
        group_key: &str,
    ) -> std::result::Result<Vec<u8>, JsError> {
        let signer = Signer::new(group, group_key).map_err(js)?;
        self.inner.seal(&recipients, &signer).map_err(js)
    }

    /// The sealed submission's id (for the upload's routing metadata), once
    /// sealed.
    #[wasm_bindgen(js_name = submissionId)]
    pub fn submission_id(&self) -> Option<String> {
        self.inner.submission_id().map(str::to_string)
    }

    /// The questionnaire's id.
    #[wasm_bindgen(js_name = questionnaireId)]
    pub fn questionnaire_id(&self) -> String {
        self.inner.questionnaire().id.clone()
    }

    /// The questionnaire's version.
    #[wasm_bindgen(js_name = questionnaireVersion)]
    pub fn questionnaire_version(&self) -> u32 {
        self.inner.questionnaire().version
    }
}

/// A recorded prompt for the page's `<audio>` element.
#[wasm_bindgen]
pub struct WebAudioClip(AudioClip);

#[wasm_bindgen]
impl WebAudioClip {
    /// The file's bytes (a `Uint8Array`).
    #[wasm_bindgen(getter)]
    pub fn bytes(&self) -> Vec<u8> {
        self.0.bytes.clone()
    }

    /// Its media type: `audio/ogg`, `audio/mp4` or `audio/mpeg`.
    #[wasm_bindgen(getter, js_name = mediaType)]
    pub fn media_type(&self) -> String {
        self.0.media_type.clone()
    }
}
