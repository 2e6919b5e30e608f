// Small keyboard conveniences; every flow also works without this file.
document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target instanceof HTMLElement && target.closest("input, textarea, select, [contenteditable]");
  if (event.key === "/" && !typing) {
    const search = document.querySelector("[data-shortcut='/']");
    if (search) { event.preventDefault(); search.focus(); }
  }
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target instanceof HTMLTextAreaElement) {
    const form = target.form;
    if (form) { event.preventDefault(); form.requestSubmit(); }
  }
});

// "Use this draft": put the drafted text in the reply box for the agent to review and edit, and
// remember which draft it came from (the server compares what is sent with it).
function useDraft(text, ref) {
  const form = document.querySelector("#reply-form");
  if (!form) return null;
  const composer = form.querySelector("textarea[name=text]");
  const draftRef = form.querySelector("input[name=draft_ref]");
  composer.value = text;
  if (draftRef) draftRef.value = ref || "";
  return composer;
}

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element && event.target.closest("[data-use-draft]");
  if (!button) return;
  const composer = useDraft(button.getAttribute("data-use-draft"), button.getAttribute("data-draft-ref"));
  if (composer) composer.focus();
});

// A new draft goes straight into an empty reply box, ready to edit; typed text is never replaced.
document.addEventListener("htmx:afterSettle", () => {
  const draft = document.querySelector("#draft-panel [data-draft-autofill]");
  const composer = document.querySelector("#reply-form textarea[name=text]");
  if (!draft || !composer || composer.value.trim() !== "") return;
  useDraft(draft.getAttribute("data-draft-text"), draft.getAttribute("data-draft-ref"));
});

// Typing the reply from scratch (the box emptied) forgets the draft it came from.
document.addEventListener("input", (event) => {
  const target = event.target;
  if (!(target instanceof HTMLTextAreaElement) || !target.closest("#reply-form")) return;
  const draftRef = target.form.querySelector("input[name=draft_ref]");
  if (draftRef && target.value.trim() === "") draftRef.value = "";
});
