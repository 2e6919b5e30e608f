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

// "Use this draft": put the drafted text in the reply box for the agent to review and edit.
document.addEventListener("click", (event) => {
  const button = event.target instanceof Element && event.target.closest("[data-use-draft]");
  if (!button) return;
  const composer = document.querySelector("#reply-form textarea");
  if (composer) {
    composer.value = button.getAttribute("data-use-draft");
    composer.focus();
  }
});
