// Heard's web survey (issue 14): the page a resident opens from a QR poster
// when they do not have the app. It runs the apps' own engine, compiled to
// WebAssembly (heard-web's `WebSurvey`), and draws one screen at a time
// from the JSON view it returns. Answers never leave the browser in the
// clear: the draft is kept encrypted (AES-GCM under a non-extractable
// WebCrypto key) in IndexedDB, and the finished response is sealed to the
// organization's age recipients here, signed with the link's key, and kept
// as envelope bytes in an IndexedDB outbox until the server has them
// (upload.js: when the page opens, when the browser comes back online, and
// from the service worker with Background Sync where the browser has it).
//
// A public survey link (`heard link create`) carries everything in its
// #fragment, which browsers never send to a server:
// `#k=<org public key>&t=<link token>&g=<link group>&s=<link signing key>
// &q=<questionnaire id>`, and `&a=<server origin>` when the page is hosted
// elsewhere than the server. The page fetches the organization's signed
// config and the signed questionnaire with the token and checks both
// against the key before it shows anything: the recipients come from the
// verified config, so an altered server cannot redirect the answers.
//
// No third-party request, no inline script or style: the page runs under
// the strict Content-Security-Policy in index.html.

import init, { WebSurvey, appText, checkLink } from './heard_web.js';
// upload.js, loaded before this module: storage and the outbox upload.
const { tx, flush, base64 } = self.HeardUpload;

// The page's own words come from the app catalog (locales/*/app.ftl, the
// same strings the apps show) through the engine, in the language the survey
// is shown in, else the browser's. English only when the engine itself
// could not load, since then nothing else works either.
const FALLBACK = {
  'audio-listen': 'Listen',
  'web-leave': 'Leave quickly',
  'web-loading': 'Loading…',
  'web-cannot-open': 'This survey could not be opened.',
  'web-ask-again': 'Ask the organization that shared this link for a new one.',
  'language-picker': 'Language',
};
let wordLocales = [...navigator.languages];
let engineReady = false;

/** The app text `id` as the engine resolves it: `{text, locale, direction}`. */
function text(id) {
  if (engineReady) {
    try {
      return JSON.parse(appText(wordLocales, id));
    } catch (e) {
      console.error(e);
    }
  }
  return { text: FALLBACK[id] ?? id, locale: 'en', direction: 'ltr' };
}

/** The words of app text `id`. */
const word = (id) => text(id).text;

const html = document.documentElement;
const main = document.getElementById('main');
const langBox = document.getElementById('lang-box');
const langSelect = document.getElementById('lang');

/** The survey being answered, and what it needs to resume or seal. */
let survey = null;
let bundleText = '';
let orgKey = '';
let questionnaireId = '';
let recipients = [];
/** The link: where its server is, its token, and what signs for it. */
let link = null;
/** How long an unfinished survey is kept: the apps' draft expiry. */
const DRAFT_TTL_MS = 72 * 3600 * 1000;
/** The view on screen, and the shape of the DOM drawn for it. */
let shown = null;
let shownShape = null;

// ---------------------------------------------------------------- storage

const utf8 = new TextEncoder();

/** The draft key: AES-GCM 256, generated once, non-extractable. IndexedDB
 *  keeps the CryptoKey object itself (structured clone), never its bytes. */
async function draftKey(create) {
  let key = await tx('keys', 'readonly', (s) => s.get('draft'));
  if (!key && create) {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    await tx('keys', 'readwrite', (s) => s.put(key, 'draft'));
  }
  return key ?? null;
}

/** The saved draft of `id`, decrypted, or null. */
async function loadDraft(id) {
  const record = await tx('drafts', 'readonly', (s) => s.get(id));
  if (!record) return null;
  // Past the expiry, or from before it was kept: gone, as on a device.
  if (!(Date.now() - (record.savedAt ?? 0) < DRAFT_TTL_MS)) {
    await tx('drafts', 'readwrite', (s) => s.delete(id));
    return null;
  }
  const key = await draftKey(false);
  if (!key) return null;
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: record.iv, additionalData: utf8.encode(id) },
    key,
    record.data,
  );
  return new TextDecoder().decode(plain);
}

/** Writes the current draft, encrypted; removes it once there is nothing
 *  to keep (consent declined, sealed, or left). */
async function writeDraft() {
  if (!questionnaireId) return;
  let text = null;
  try {
    text = survey ? survey.draft() : null;
  } catch {
    text = null; // declined or sealed: nothing may be kept
  }
  if (text === null) {
    await tx('drafts', 'readwrite', (s) => s.delete(questionnaireId));
    return;
  }
  const key = await draftKey(true);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: utf8.encode(questionnaireId) },
    key,
    utf8.encode(text),
  );
  await tx('drafts', 'readwrite', (s) => s.put({ iv, data, savedAt: Date.now() }, questionnaireId));
}

// Writes go one after another; changes made while one runs are written by
// the next. `<html data-draft>` says where it is (saving, saved, failed).
let writes = Promise.resolve();
let queued = false;
function saveDraft() {
  html.dataset.draft = 'saving';
  if (queued) return writes;
  queued = true;
  writes = writes
    .then(() => {
      queued = false;
      return writeDraft();
    })
    .then(
      () => {
        if (!queued) html.dataset.draft = 'saved';
      },
      (e) => {
        console.warn('the draft could not be kept:', e);
        if (!queued) html.dataset.draft = 'failed';
      },
    );
  return writes;
}

/** Web Storage key set, synchronously, the moment "Leave quickly" is
 *  pressed, and removed once every draft is gone. The neutral page may
 *  replace this one before IndexedDB has committed the removal (which is
 *  then lost with the page): the next time the page opens, with or
 *  without a link, it finishes the removal before anything is read or
 *  shown, so a left survey is never resumed. */
const LEAVING = 'heard-web-leaving';

function markLeaving() {
  try {
    localStorage.setItem(LEAVING, '1');
  } catch {
    // Web Storage is off: the removal below is all there is.
  }
}

/** Removes every draft and the draft key, then the mark: only when the
 *  mark is there, so a page that never kept anything opens no database. */
async function finishLeaving() {
  let marked = false;
  try {
    marked = localStorage.getItem(LEAVING) !== null;
  } catch {
    return;
  }
  if (!marked) return;
  await tx('drafts', 'readwrite', (s) => s.clear());
  await tx('keys', 'readwrite', (s) => s.delete('draft'));
  localStorage.removeItem(LEAVING);
}

/** For the tests: the envelopes waiting, base64. */
async function outbox() {
  const all = await tx('outbox', 'readonly', (s) => s.getAll());
  return { count: all.length, envelopes: all.map((e) => base64(e.envelope)) };
}
window.heardOutbox = outbox;

/** Sends what waits and says how it went on `<html data-upload>`:
 *  `sent` (nothing waits), `queued` (waiting for a connection), `closed`
 *  (the link no longer takes answers). The end screen words it. */
async function upload() {
  let result;
  try {
    result = await flush();
  } catch (e) {
    console.warn('the outbox could not be read:', e);
    return;
  }
  html.dataset.upload = result.closed ? 'closed' : result.waiting > 0 ? 'queued' : 'sent';
  if (result.discarded > 0) html.dataset.discarded = String(result.discarded);
  const status = document.getElementById('upload-status');
  if (status) status.textContent = word(uploadWords());
}

/** The words for the upload's state on the end screen. */
function uploadWords() {
  if (html.dataset.upload === 'closed') return html.dataset.discarded ? 'web-closed-unsent' : 'web-closed';
  return { sent: 'web-sent' }[html.dataset.upload] ?? 'web-queued';
}

/** Asks the service worker to send the outbox when a connection returns,
 *  even if the page is closed by then (Background Sync, where the browser
 *  has it); the page also sends on `online` and whenever it opens. */
async function uploadLater() {
  try {
    const reg = await navigator.serviceWorker?.ready;
    await reg?.sync?.register('heard-upload');
  } catch (e) {
    console.warn('no background sync:', e?.message ?? e);
  }
}

// ---------------------------------------------------------------- offline

/** Registers the service worker and asks it to keep the bundle too; sets
 *  `<html data-offline="ready">` once a reload would work offline. */
async function keepForOffline(urls) {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' });
    const reg = await navigator.serviceWorker.ready;
    const channel = new MessageChannel();
    const done = new Promise((resolve) => {
      channel.port1.onmessage = (e) => resolve(e.data);
    });
    reg.active.postMessage({ type: 'keep', urls, token: link.token }, [channel.port2]);
    const answer = await done;
    if (answer?.ok) html.dataset.offline = 'ready';
    else console.warn('the survey was not kept for offline use:', answer?.error);
  } catch (e) {
    console.warn('no offline copy:', e);
  }
}

// ---------------------------------------------------------------- drawing

/** An element with attributes and children (strings become text). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') setText(node, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

/** Puts an engine `Text` into `node`: when it came from another locale
 *  than the screen's (a fallback), it says so with its own lang and dir. */
function setText(node, text) {
  node.textContent = text?.text ?? '';
  if (text && (text.fallback || text.locale !== html.lang)) {
    node.lang = text.locale;
    node.dir = text.direction;
  }
}

/** The digits the engine writes this locale's numbers in, read from its
 *  own progress text (the view does not name them yet). */
function numbering(progressText) {
  if (/[\u06F0-\u06F9]/.test(progressText)) return 'arabext';
  if (/[\u0660-\u0669]/.test(progressText)) return 'arab';
  return 'latn';
}

const CHOICE_KINDS = new Set(['consent', 'single', 'multiple', 'yes-no', 'scale']);
const TYPED_KINDS = new Set(['integer', 'decimal', 'text', 'long-text', 'date']);

/** Whether `code` is chosen in `answer`. */
function chosen(item, code) {
  const a = item.answer;
  if (!a) return false;
  if (a.type === 'consent') return (code === 'accept') === a.value;
  if (a.type === 'choice') return a.value === code;
  if (a.type === 'choices') return a.value.includes(code);
  return false;
}

/** The text a typed field shows for its answer. */
function typedValue(item) {
  const a = item.answer;
  if (!a || a.type === 'declined') return '';
  return String(a.value);
}

/** The shape of what is drawn: a view with the same shape is updated in
 *  place (focus and caret stay), another is drawn anew. */
function shapeOf(view) {
  if (view.view !== 'questions') return null;
  const s = view.screen;
  return [s.index, s.locale, s.is_last, s.can_go_back, ...s.items.map((i) => `${i.id}:${i.kind}`)].join('|');
}

function show(view, { moveFocus = false } = {}) {
  const locale = view.view === 'questions' ? view.screen.locale : view.locale;
  const direction = view.view === 'questions' ? view.screen.direction : view.direction;
  html.lang = locale;
  html.dir = direction;
  wordLocales = [locale, ...navigator.languages];
  document.getElementById('leave').textContent = word('web-leave');
  document.getElementById('lang-label').textContent = word('language-picker');
  document.title = view.title.text;
  if (langSelect.value !== locale) langSelect.value = locale;
  langBox.hidden = view.view === 'sealed' || view.view === 'ended';
  const shape = shapeOf(view);
  shown = view;
  if (shape !== null && shape === shownShape) {
    patch(view);
    return;
  }
  shownShape = shape;
  const focused = document.activeElement?.id;
  main.dataset.view = view.view;
  main.dataset.screen = view.view === 'questions' ? view.screen.id : view.view;
  const draw = { questions: drawQuestions, review: drawReview, ended: drawEnd, sealed: drawEnd }[view.view];
  main.replaceChildren(...draw(view));
  if (moveFocus) {
    main.querySelector('h1')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } else if (focused) {
    document.getElementById(focused)?.focus({ preventScroll: true });
  }
}

function drawQuestions(view) {
  const s = view.screen;
  const digits = new Intl.NumberFormat(s.locale, { numberingSystem: numbering(s.progress.text.text) });
  const out = [];
  const top = el('div', { class: 'top' });
  if (s.title) top.append(el('p', { class: 'survey-title', text: view.title }));
  top.append(
    el(
      'p',
      { class: 'progress' },
      el('span', { id: 'progress-text', text: s.progress.text }),
      el('progress', { id: 'progress-bar', max: s.progress.total, value: s.progress.n, 'aria-hidden': 'true' }),
    ),
  );
  out.push(top);
  out.push(el('h1', { tabindex: '-1', text: s.title ?? view.title }));
  if (s.hint) out.push(el('p', { class: 'hint', text: s.hint }));
  let k = 0;
  const several = s.items.filter((i) => i.kind !== 'note' && i.kind !== 'consent').length > 1;
  for (const item of s.items) {
    let number = null;
    if (item.kind !== 'note' && item.kind !== 'consent') {
      k += 1;
      number = several ? `${digits.format(s.progress.n)}.${digits.format(k)}` : digits.format(s.progress.n);
    }
    out.push(drawItem(item, number, view.errors[item.id]));
  }
  const nav = el('div', { class: 'nav' });
  if (s.can_go_back) {
    nav.append(el('button', { type: 'button', id: 'back', class: 'secondary', onclick: () => act((x) => x.back(), true) }, word('nav-back')));
  }
  nav.append(
    el('button', { type: 'button', id: 'next', class: 'primary', onclick: onNext }, s.is_last ? word('nav-review') : word('nav-next')),
  );
  out.push(nav);
  return out;
}

/** The one recording playing, and its object URL (freed when it ends). */
let playing = null;

/** A "Listen" button that plays a recorded prompt. The bytes come from the
 *  verified bundle through the engine and play from a `blob:` URL, the
 *  only media source the page's policy allows. */
function listenButton(audio, labelledBy) {
  const button = el('button', { type: 'button', class: 'listen secondary', 'aria-describedby': labelledBy }, word('audio-listen'));
  button.addEventListener('click', () => {
    if (playing) {
      playing.player.pause();
      URL.revokeObjectURL(playing.url);
      playing = null;
    }
    let clip;
    try {
      clip = survey.audio(audio.id);
    } catch (e) {
      console.warn('no recording:', e.message);
      return;
    }
    const url = URL.createObjectURL(new Blob([clip.bytes], { type: clip.mediaType }));
    clip.free();
    const player = new Audio(url);
    playing = { player, url };
    player.addEventListener('ended', () => {
      URL.revokeObjectURL(url);
      if (playing?.url === url) playing = null;
    });
    player.play().catch((e) => console.warn('the recording does not play here:', e.message));
  });
  return button;
}

function drawItem(item, number, error) {
  const id = item.id;
  const section = el('section', { class: `item kind-${item.kind}`, 'data-id': id, 'data-kind': item.kind });
  const errId = `err-${id}`;
  const describedBy = [];
  // A consent's label is the explanation to agree to, not a heading.
  const heading = el(item.kind === 'consent' ? 'p' : 'h2', { id: `label-${id}`, class: item.kind === 'consent' ? 'consent-text' : null });
  if (number) heading.append(el('span', { class: 'num' }, number), ' ');
  const labelText = el('span', { text: item.label });
  const extras = [];
  if (item.label_audio) extras.push(listenButton(item.label_audio, `label-${id}`));
  if (item.hint) {
    extras.push(el('p', { class: 'hint', id: `hint-${id}`, text: item.hint }));
    describedBy.push(`hint-${id}`);
  }
  if (item.instructions) {
    extras.push(el('p', { class: 'instructions', id: `instr-${id}`, text: item.instructions }));
    describedBy.push(`instr-${id}`);
  }
  if (item.sensitive && item.sensitive_warning) {
    extras.push(el('p', { class: 'warning', id: `warn-${id}`, text: item.sensitive_warning }));
    describedBy.push(`warn-${id}`);
  }
  describedBy.push(errId);
  const errorNode = el('p', { class: 'error', id: errId, hidden: !error });
  if (error) setText(errorNode, error.message);

  if (item.kind === 'note') {
    section.append(el('p', { class: 'note', text: item.label }), ...extras);
    return section;
  }
  if (CHOICE_KINDS.has(item.kind)) {
    const multiple = item.kind === 'multiple';
    heading.append(labelText);
    const fieldset = el('fieldset', { 'aria-describedby': describedBy.join(' '), 'aria-invalid': error ? 'true' : null });
    fieldset.append(el('legend', {}, heading), ...extras);
    const list = el('div', { class: 'choices' });
    item.choices.forEach((c, n) => {
      const input = el('input', {
        type: multiple ? 'checkbox' : 'radio',
        name: `in-${id}`,
        id: `in-${id}-${n}`,
        value: c.code,
      });
      input.checked = chosen(item, c.code);
      input.addEventListener('change', () => onChoice(item, input));
      list.append(el('label', { class: 'choice', for: input.id }, input, el('span', { text: c.label })));
    });
    if (item.decline) {
      const input = el('input', {
        type: multiple ? 'checkbox' : 'radio',
        name: multiple ? `decline-${id}` : `in-${id}`,
        id: `decline-${id}`,
        class: 'decline',
      });
      input.checked = item.answer?.type === 'declined';
      input.addEventListener('change', () => onDecline(item, input));
      list.append(el('label', { class: 'choice decline-row', for: input.id }, input, el('span', { text: item.decline })));
    }
    fieldset.append(list, errorNode);
    section.append(fieldset);
    return section;
  }
  if (TYPED_KINDS.has(item.kind)) {
    const inputId = `in-${id}`;
    heading.append(el('label', { for: inputId }, labelText));
    const attrs = {
      id: inputId,
      name: inputId,
      'aria-describedby': describedBy.join(' '),
      'aria-invalid': error ? 'true' : null,
      'aria-required': item.required ? 'true' : null,
      autocomplete: 'off',
      spellcheck: item.sensitive ? 'false' : null,
    };
    let input;
    if (item.kind === 'long-text') {
      input = el('textarea', { ...attrs, rows: '5', maxlength: item.max_length ?? null });
    } else if (item.kind === 'date') {
      input = el('input', { ...attrs, type: 'date' });
    } else if (item.kind === 'integer' || item.kind === 'decimal') {
      // Text with a numeric keypad: type=number refuses some scripts' digits
      // and hides what was typed; the engine checks the number.
      input = el('input', { ...attrs, type: 'text', inputmode: item.kind === 'integer' ? 'numeric' : 'decimal' });
    } else {
      input = el('input', { ...attrs, type: 'text', maxlength: item.max_length ?? null });
    }
    input.value = typedValue(item);
    input.addEventListener('input', () => onTyped(item, input));
    section.append(heading, ...extras, input);
    if (item.decline) {
      const box = el('input', { type: 'checkbox', id: `decline-${id}`, class: 'decline' });
      box.checked = item.answer?.type === 'declined';
      box.addEventListener('change', () => onDecline(item, box));
      section.append(el('label', { class: 'choice decline-row', for: box.id }, box, el('span', { text: item.decline })));
    }
    section.append(errorNode);
    return section;
  }
  // Tally, lists and facilitator prompts belong to listening sessions,
  // which the apps run; the web survey does not draw them yet.
  heading.append(labelText);
  section.append(heading, ...extras, errorNode);
  return section;
}

/** Updates the drawn screen to `view` without replacing it. */
function patch(view) {
  const s = view.screen;
  setText(document.getElementById('progress-text'), s.progress.text);
  const bar = document.getElementById('progress-bar');
  if (bar) {
    bar.max = s.progress.total;
    bar.value = s.progress.n;
  }
  for (const item of s.items) {
    const section = main.querySelector(`section[data-id="${CSS.escape(item.id)}"]`);
    if (!section) continue;
    for (const input of section.querySelectorAll('input[type=radio], input[type=checkbox]')) {
      input.checked = input.classList.contains('decline') ? item.answer?.type === 'declined' : chosen(item, input.value);
    }
    const typed = section.querySelector('textarea, input[type=text], input[type=date]');
    if (typed && document.activeElement !== typed) typed.value = typedValue(item);
    const error = view.errors[item.id];
    const node = document.getElementById(`err-${item.id}`);
    if (node) {
      node.hidden = !error;
      setText(node, error?.message ?? null);
    }
    const invalid = section.querySelector('fieldset') ?? typed;
    if (invalid) {
      if (error) invalid.setAttribute('aria-invalid', 'true');
      else invalid.removeAttribute('aria-invalid');
    }
  }
}

function drawReview(view) {
  const out = [el('h1', { tabindex: '-1', text: view.heading })];
  out.push(el('p', { class: 'survey-title', text: view.title }));
  const list = el('dl', { class: 'review' });
  for (const line of view.lines) {
    const change = el(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-screen': String(line.screen),
        'aria-describedby': `rq-${line.item}`,
        onclick: () => act((x) => x.goTo(line.screen), true),
      },
      word('review-edit'),
    );
    list.append(
      el(
        'div',
        { class: 'line', 'data-item': line.item },
        el('dt', { id: `rq-${line.item}`, text: line.label }),
        el('dd', {}, el('span', { class: 'answer', text: line.display }), ' ', change),
      ),
    );
  }
  out.push(list);
  if (view.missing.length) {
    const missing = el('ul', { class: 'missing' });
    for (const m of view.missing) missing.append(el('li', { class: 'error', text: m.message }));
    out.push(missing);
  }
  const nav = el('div', { class: 'nav' });
  nav.append(el('button', { type: 'button', id: 'back', class: 'secondary', onclick: () => act((x) => x.back(), true) }, word('nav-back')));
  nav.append(
    el('button', { type: 'button', id: 'submit', class: 'primary', disabled: !view.complete, onclick: onSubmit }, word('nav-submit')),
  );
  out.push(nav);
  return out;
}

function drawEnd(view) {
  const out = [
    el('p', { class: 'survey-title', text: view.title }),
    el('h1', { tabindex: '-1', class: 'calm', text: view.message }),
  ];
  if (view.view === 'sealed') {
    out.push(el('p', { id: 'upload-status', class: 'upload', role: 'status' }, word(uploadWords())));
  }
  return out;
}

/** A page that cannot go on: says why, keeps nothing. */
function fail(titleId, detail) {
  const title = text(titleId);
  html.lang = title.locale;
  html.dir = title.direction;
  langBox.hidden = true;
  shownShape = null;
  main.dataset.view = 'error';
  main.dataset.fail = titleId;
  // The detail is the engine's or the server's own (English) words, for
  // whoever helps the person: marked as English, below the person's words.
  main.replaceChildren(
    el(
      'div',
      { class: 'failure', role: 'alert' },
      el('h1', {}, title.text),
      el('p', {}, word('web-ask-again')),
      detail ? el('p', { class: 'detail', lang: 'en', dir: 'ltr' }, detail) : null,
    ),
  );
}

// ---------------------------------------------------------------- acting

/** Runs one engine call that returns a view, draws it and keeps the draft.
 *  A refused answer throws, but its reason is in the next view too. */
function act(call, moveFocus = false) {
  if (!survey) return;
  try {
    call(survey);
  } catch {
    // Shown beside its item by the view drawn below.
  }
  show(JSON.parse(survey.render()), { moveFocus });
  saveDraft();
}

function onChoice(item, input) {
  if (item.kind === 'consent') {
    act((s) => s.answer(item.id, JSON.stringify({ type: 'consent', value: input.value === 'accept' })));
  } else if (item.kind === 'multiple') {
    const section = input.closest('section');
    const codes = [...section.querySelectorAll('input[type=checkbox]:not(.decline)')].filter((i) => i.checked).map((i) => i.value);
    act((s) => (codes.length ? s.answer(item.id, JSON.stringify({ type: 'choices', value: codes })) : s.clear(item.id)));
  } else {
    act((s) => s.answer(item.id, JSON.stringify({ type: 'choice', value: input.value })));
  }
}

function onDecline(item, input) {
  if (input.checked) {
    const typed = input.closest('section').querySelector('textarea, input[type=text], input[type=date]');
    if (typed) typed.value = '';
    act((s) => s.decline(item.id));
  } else {
    act((s) => s.clear(item.id));
  }
}

function onTyped(item, input) {
  act((s) => s.answerTyped(item.id, input.value));
}

function onNext() {
  act((s) => s.next(), true);
}

async function onSubmit(event) {
  const button = event.currentTarget;
  button.disabled = true;
  let envelope;
  try {
    envelope = survey.seal(recipients, link.group, link.signingKey);
  } catch (e) {
    button.disabled = false;
    console.warn('not sealed:', e);
    show(JSON.parse(survey.render()));
    return;
  }
  try {
    const record = {
      envelope,
      submissionId: survey.submissionId(),
      questionnaireId,
      version: survey.questionnaireVersion(),
      api: link.api,
      token: link.token,
    };
    await tx('outbox', 'readwrite', (s) => s.add(record));
  } catch (e) {
    console.error('the envelope could not be kept:', e);
    fail('web-cannot-keep');
    return;
  }
  html.dataset.upload = 'queued';
  show(JSON.parse(survey.render()), { moveFocus: true });
  await saveDraft(); // sealed: removes the draft
  uploadLater();
  await upload();
}

/** "Leave quickly": the screen goes blank at once, every draft is removed
 *  (waiting a moment at most; see LEAVING for a removal cut short), and
 *  the tab shows a neutral page that replaces this one in its history.
 *  Sealed envelopes stay in the outbox: no one can read them but the
 *  organization. */
function leave() {
  main.replaceChildren();
  document.title = '';
  try {
    survey?.free();
  } catch {
    // already gone
  }
  survey = null;
  // Only a page that opened a survey can have kept a draft; an error page
  // opens no database, and leaving must not create one. The mark is set
  // before anything waits; the removal goes after any write under way,
  // which would otherwise put a draft back.
  let removed = Promise.resolve();
  if (questionnaireId) {
    markLeaving();
    removed = writes.then(finishLeaving);
  }
  const soon = new Promise((resolve) => setTimeout(resolve, 400));
  Promise.race([removed, soon]).finally(() => location.replace('about:blank'));
}

function onLanguage() {
  const tag = langSelect.value;
  act((s) => s.setLocale([tag]));
}

// ---------------------------------------------------------------- start

/** The engine's SHA-384, written in by `cargo xtask web`: index.html
 *  pins this script (Subresource Integrity), and this script pins the
 *  engine, which a `<script>` attribute cannot reach. */
const WASM_SHA384 = '__SRI_heard_web_bg.wasm__';

/** Fetches the engine, checks it against [WASM_SHA384], and starts it. */
async function loadEngine() {
  const response = await fetch(new URL('heard_web_bg.wasm', import.meta.url));
  if (!response.ok) throw new Error(`the engine could not be downloaded (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const digest = `sha384-${base64(new Uint8Array(await crypto.subtle.digest('SHA-384', bytes)))}`;
  if (digest !== WASM_SHA384) throw new Error('the engine is not the one this page was built with');
  await init({ module_or_path: bytes });
}

async function start() {
  document.getElementById('leave').addEventListener('click', leave);
  langSelect.addEventListener('change', onLanguage);
  // A survey left with "Leave quickly" whose removal cannot be finished
  // now is at least never resumed.
  let leftBehind = false;
  try {
    await finishLeaving();
  } catch (e) {
    leftBehind = true;
    console.error('a left survey could not be removed:', e);
  }
  try {
    await loadEngine();
    engineReady = true;
  } catch (e) {
    console.error('the engine could not load:', e);
  }
  document.getElementById('leave').textContent = word('web-leave');
  document.getElementById('lang-label').textContent = word('language-picker');
  document.getElementById('status').textContent = word('web-loading');
  if (!engineReady) {
    fail('web-cannot-open');
    return;
  }

  const params = new URLSearchParams(location.hash.slice(1));
  const key = params.get('k');
  const q = params.get('q');
  link = { token: params.get('t'), group: params.get('g'), signingKey: params.get('s'), api: location.origin };
  if (!key || !q || !link.token || !link.group || !link.signingKey) {
    fail('web-bad-link');
    return;
  }
  if (params.get('a')) {
    try {
      link.api = new URL(params.get('a')).origin;
    } catch {
      fail('web-bad-link');
      return;
    }
  }
  const configUrl = new URL('/v1/config', link.api).href;
  const bundleUrl = new URL(`/v1/questionnaires/${encodeURIComponent(q)}`, link.api).href;
  let configText;
  try {
    [configText, bundleText] = await Promise.all([fetchSigned(configUrl), fetchSigned(bundleUrl)]);
  } catch (e) {
    fail(e.words ?? 'web-cannot-open', e.words ? null : e.message);
    return;
  }
  const checked = JSON.parse(checkLink(configText, bundleText, key));
  if (!checked.ok) {
    fail(checked.untrusted ? 'web-not-authentic' : 'web-cannot-open', checked.message);
    return;
  }
  recipients = checked.recipients;
  try {
    survey = WebSurvey.open(bundleText, key, [...navigator.languages]);
  } catch (e) {
    fail('web-cannot-open', e.message);
    return;
  }
  orgKey = key;
  questionnaireId = survey.questionnaireId();

  let draft = null;
  try {
    draft = leftBehind ? null : await loadDraft(questionnaireId);
  } catch (e) {
    console.warn('the draft could not be read:', e);
  }
  if (draft !== null) {
    try {
      const resumed = WebSurvey.resume(bundleText, orgKey, draft);
      survey.free();
      survey = resumed;
    } catch (e) {
      console.warn('the draft does not resume:', e);
    }
  }

  const languages = JSON.parse(survey.languages());
  langSelect.replaceChildren(
    ...languages.map((l) => el('option', { value: l.tag, lang: l.tag, dir: l.rtl ? 'rtl' : 'ltr' }, l.name)),
  );
  langBox.hidden = false;
  show(JSON.parse(survey.render()));
  html.dataset.ready = 'true';
  document.getElementById('stays').textContent = word('web-stays');
  keepForOffline([configUrl, bundleUrl]);
  // Kept until the browser is told otherwise, not evicted under pressure
  // before the envelopes are sent (the person was told what stays).
  navigator.storage?.persist?.().catch(() => {});
  window.addEventListener('online', upload);
  upload();
}

/** A signed document from the link's server (with the link's token), or
 *  from the offline copy when there is no connection. Throws an error with
 *  `words` for what the person is told: closed, withdrawn, unknown. */
async function fetchSigned(url) {
  let response;
  try {
    response = await fetch(url, { credentials: 'omit', headers: { authorization: `Bearer ${link.token}` } });
  } catch (e) {
    throw new Error(`the survey could not be downloaded: ${e.message}`);
  }
  if (response.ok) return response.text();
  let body = {};
  try {
    body = await response.json();
  } catch {
    // not the server's error shape
  }
  const closed = response.status === 410 || body.error === 'revoked' || body.error === 'link-closed';
  const e = new Error(body.message ?? `HTTP ${response.status}`);
  e.words = closed ? 'web-closed' : response.status === 401 ? 'web-bad-link' : null;
  throw e;
}

start().catch((e) => {
  console.error(e);
  fail('web-cannot-open', String(e?.message ?? e));
});
