// What the page does around htmx: drafts into the reply box, focus that stays put, and every
// answer said out loud. Every flow also works without this file; the keys are in shortcuts.js.
"use strict";

// The ids of regions the server names too (careteam/page_ids.py), as base.html writes them.
const PAGE_IDS = JSON.parse(document.getElementById("page-ids")?.textContent || "{}");

// The shape of suggestions.templating.PLACEHOLDER_SHAPE, known placeholder or not.
const PLACEHOLDER = /\{[A-Z_]+\}/;

function replyBox() {
  return document.querySelector("#reply-form textarea[name=text]");
}

// Drafts whose text went out in a reply from this page: never put in the box again.
const usedDraftRefs = new Set();

function draftPk(ref) {
  return (ref || "").split(".")[0];
}

function selectFirstPlaceholder(composer) {
  const match = PLACEHOLDER.exec(composer.value);
  if (!match) return false;
  composer.setSelectionRange(match.index, match.index + match[0].length);
  return true;
}

// "Use this draft": put the drafted text in the reply box for the agent to review and edit, and
// remember which draft it came from (the server compares what is sent with it).
function useDraft(text, ref) {
  const form = document.querySelector("#reply-form");
  if (!form || usedDraftRefs.has(draftPk(ref))) return null;
  const composer = form.querySelector("textarea[name=text]");
  const draftRef = form.querySelector("input[name=draft_ref]");
  composer.value = text;
  if (draftRef) draftRef.value = ref || "";
  return composer;
}

function takeDraft(button) {
  const composer = useDraft(button.getAttribute("data-use-draft"), button.getAttribute("data-draft-ref"));
  if (!composer) return;
  composer.focus();
  if (!selectFirstPlaceholder(composer)) composer.setSelectionRange(composer.value.length, composer.value.length);
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element && event.target.closest("[data-use-draft]");
  if (button) takeDraft(button);
});

// A new draft goes straight into an empty reply box, ready to edit; typed text is never replaced,
// and a draft already sent from this page never comes back.
function autofillDraft() {
  const draft = document.querySelector("#draft-panel [data-draft-autofill]");
  const composer = replyBox();
  if (!draft || !composer || composer.value.trim() !== "") return;
  if (!useDraft(draft.getAttribute("data-draft-text"), draft.getAttribute("data-draft-ref"))) return;
  if (document.activeElement === composer) selectFirstPlaceholder(composer);
}

// Typing the reply from scratch (the box emptied) forgets the draft it came from.
document.addEventListener("input", (event) => {
  const target = event.target;
  if (!(target instanceof HTMLTextAreaElement) || !target.closest("#reply-form")) return;
  const draftRef = target.form.querySelector("input[name=draft_ref]");
  if (draftRef && target.value.trim() === "") draftRef.value = "";
});

// --- Saying what happened -----------------------------------------------------------------

function say(text) {
  const region = document.getElementById("request-status");
  if (!region) return;
  region.textContent = text;  // the same element each time: a live region that is read out
}

const ERROR_WORDS = {
  400: "The console could not read that request (400). Nothing changed: reload the page and try again.",
  403: "That was refused (403): your role may not do it, or the page is too old. Nothing changed: reload the page.",
  404: "That is no longer there (404). Nothing changed.",
  413: "That is too large to send (413). Nothing changed.",
  429: "Too many requests (429). Nothing changed: wait a moment and try again.",
  503: "The console cannot reach its database just now (503). Nothing was saved or sent: try again in a minute.",
};

function errorWords(xhr, background) {
  if (background) {
    return `Live updates are paused: the console answered ${xhr.status}. They resume by themselves.`;
  }
  if (ERROR_WORDS[xhr.status]) {
    const wait = xhr.status === 429 && xhr.getResponseHeader("Retry-After");
    return ERROR_WORDS[xhr.status] + (wait ? ` Try again in ${wait} seconds.` : "");
  }
  return `Something went wrong on our side (${xhr.status}). Nothing was saved or sent: try again.`;
}

function isBackground(detail) {
  const headers = detail.requestConfig && detail.requestConfig.headers;
  return Boolean(headers && headers["X-Background-Poll"] === "1");
}

let connectionLost = false;

document.addEventListener("htmx:responseError", (event) => {
  say(errorWords(event.detail.xhr, isBackground(event.detail)));
});

function lostConnection(event) {
  connectionLost = true;
  say(isBackground(event.detail)
    ? "The connection to the console is lost: live updates are paused and resume when it is back."
    : "The connection to the console is lost: that was not sent. Check the network, then try again.");
}
document.addEventListener("htmx:sendError", lostConnection);
document.addEventListener("htmx:timeout", lostConnection);

// A message stays until the agent asks for something else, or the connection is back.
document.addEventListener("htmx:beforeRequest", (event) => {
  if (!connectionLost && !isBackground(event.detail)) say("");
});

document.addEventListener("htmx:afterRequest", (event) => {
  const status = event.detail.xhr && event.detail.xhr.status;
  if (!status || status >= 400 || !connectionLost) return;
  connectionLost = false;
  say("The connection is back.");
});

// --- Focus that stays put ------------------------------------------------------------------

// What had the focus when a request started, so a swap or a disabled button never leaves the
// keyboard on the page body. A control inside a focus group (a row of actions whose buttons come
// and go with the thread's state) is also remembered by its place in that group: when the answer
// drops it ("Assign to me" once the thread is the agent's), the keyboard stays in the row.
let focusBefore = null;

function focusablesIn(group) {
  const controls = group.querySelectorAll("button, select, input:not([type=hidden]), a[href]");
  return Array.from(controls).filter((control) => !control.disabled && control.getClientRects().length);
}

document.addEventListener("htmx:beforeRequest", () => {
  const active = document.activeElement;
  if (!active || active === document.body) return;
  const group = active.closest("[data-focus-group]");
  focusBefore = {
    element: active,
    id: active.id,
    groupId: group ? group.id : "",
    place: group ? focusablesIn(group).indexOf(active) : -1,
  };
});

function focusLost() {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

function sameGroupPlace({ groupId, place }) {
  const group = groupId && document.getElementById(groupId);
  if (!group || place < 0) return null;
  const controls = focusablesIn(group);
  return controls.length ? controls[Math.min(place, controls.length - 1)] : null;
}

function restoreFocus() {
  if (!focusLost() || !focusBefore) return;
  const { element, id } = focusBefore;
  const again = element.isConnected && !element.disabled ? element : id && document.getElementById(id);
  const target = (again && !again.disabled ? again : null) || sameGroupPlace(focusBefore) ||
    replyBox() || document.getElementById("main");
  if (target) target.focus({ preventScroll: true });
}

// Which element made the request (afterSettle's own "elt" is the element that was swapped).
function requestFrom(detail, selector) {
  const elt = (detail.requestConfig && detail.requestConfig.elt) || detail.elt;
  return elt instanceof Element && elt.closest(selector);
}

document.addEventListener("htmx:afterSettle", (event) => {
  const detail = event.detail;
  const status = detail.xhr ? detail.xhr.status : 0;
  autofillDraft();
  if (requestFrom(detail, "#reply-form") && status === 200) {
    // Sent: the box is empty (the server's fresh form); go on to the next thread, or the inbox.
    const next = document.getElementById("next-thread") || document.getElementById("back-to-inbox");
    if (next) next.focus();
  } else if (requestFrom(detail, "#reply-form") && status === 422) {
    // Refused: back to the text, on the first slot still to fill.
    const composer = replyBox();
    if (composer) {
      composer.focus();
      selectFirstPlaceholder(composer);
    }
  } else if (requestFrom(detail, ".discard-form") && status === 200) {
    const composer = replyBox();
    if (composer) composer.focus();
  }
  restoreFocus();
});

// Earlier messages: the conversation is a live region, but what the agent asked for is not
// news, so the server sends it marked busy (set before the messages go in) and one short
// sentence is said instead once they are in. The
// keyboard stays on the link while there are more; after the last, it goes to the oldest message.
let conversationLength = 0;

document.addEventListener("htmx:beforeRequest", (event) => {
  if (!requestFrom(event.detail, `#${PAGE_IDS.SHOW_EARLIER}`)) return;
  const conversation = document.getElementById(PAGE_IDS.CONVERSATION);
  conversationLength = conversation.querySelectorAll("li.message").length;
});

document.addEventListener("htmx:afterSettle", (event) => {
  if (!requestFrom(event.detail, `#${PAGE_IDS.SHOW_EARLIER}`)) return;
  const conversation = document.getElementById(PAGE_IDS.CONVERSATION);
  conversation.removeAttribute("aria-busy");
  const messages = conversation.querySelectorAll("li.message");
  const more = document.getElementById(PAGE_IDS.SHOW_EARLIER);
  say(`${messages.length - conversationLength} earlier messages shown` +
      (more ? "." : ": this is the start of the conversation."));
  if (more) more.focus({ preventScroll: true });
  else if (messages.length) messages[0].focus();
});

// The reply went out: forget its draft here at once (the panel is refreshed a moment later).
document.addEventListener("htmx:beforeSwap", (event) => {
  const detail = event.detail;
  if (!detail.xhr || detail.xhr.status !== 200) return;
  const form = requestFrom(detail, "#reply-form");
  if (form) {
    const ref = form.querySelector("input[name=draft_ref]");
    if (ref && ref.value) usedDraftRefs.add(draftPk(ref.value));
  }
  const discard = requestFrom(detail, ".discard-form");
  if (discard) {
    // Discarded: the box no longer holds that draft's text.
    const composer = replyBox();
    const ref = document.querySelector("#reply-form input[name=draft_ref]");
    const discarded = discard.getAttribute("data-draft-pk");
    if (composer && ref && ref.value && draftPk(ref.value) === discarded) {
      composer.value = "";
      ref.value = "";
    }
    if (discarded) usedDraftRefs.add(discarded);
  }
});

document.addEventListener("htmx:afterRequest", () => {
  // An answer that was not swapped (an error said above) still must not strand the focus.
  window.setTimeout(restoreFocus, 0);
});

// Opening a thread puts the keyboard in the reply box (the draft fills it when it arrives);
// coming back to the inbox from a thread puts it on that thread's row.
document.addEventListener("DOMContentLoaded", () => {
  const row = location.hash.startsWith("#thread-row-") && document.getElementById(location.hash.slice(1));
  const link = row && row.querySelector("a[href]");
  if (link) {
    link.focus();
    return;
  }
  const composer = replyBox();
  if (composer && document.activeElement === document.body) composer.focus();
});
