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
