// Keyboard shortcuts, as agents know them from Front and Zendesk. KEYS is the one table: the
// handler, the "?" overlay, the shortcuts page and the aria-keyshortcuts attributes all read it.
// Single keys never fire while typing in a field, and are off for a user who turned them off
// (body[data-shortcuts=off]); Ctrl+Enter in the reply box always sends.
"use strict";

(() => {
  const SEQUENCE_MS = 1500;
  // The ids of regions the server names too (careteam/page_ids.py), as base.html writes them.
  const PAGE_IDS = JSON.parse(document.getElementById("page-ids")?.textContent || "{}");

  const KEYS = [
    { keys: ["j"], label: "Next thread in the list", where: "Inbox", run: () => moveInList(1) },
    { keys: ["k"], label: "Previous thread in the list", where: "Inbox", run: () => moveInList(-1) },
    { keys: ["Enter", "o"], label: "Open the thread", where: "Inbox", run: openCurrentThread },
    { keys: ["/"], label: "Search the inbox", where: "Inbox", control: "[data-shortcut='/']", run: focusControl },
    { keys: ["r"], label: "Go to the reply box", where: "Thread", control: "#reply-form textarea[name=text]", run: focusControl },
    { keys: ["u"], label: "Use the drafted reply (selects the first blank to fill)", where: "Thread", control: "#draft-panel button[data-use-draft]", run: clickControl },
    { keys: ["d"], label: "Discard the drafted reply: asks the reason (arrows choose, Enter discards)", where: "Thread", control: "#discard-reason", run: focusControl },
    { keys: ["Enter"], label: "Discard with the reason chosen", where: "Discard reason", field: "#discard-reason", run: discardWithReason },
    { keys: ["m"], label: "Assign the thread to me", where: "Thread", control: "form[data-action='assign-to-me'] button", run: clickControl },
    { keys: ["e"], label: "Close the thread", where: "Thread", control: "form[data-action='close'] button", run: clickControl },
    { keys: ["a"], label: "Acknowledge the safety alert (I am acting on it)", where: "Thread", control: "form[data-action='acknowledge'] button", run: clickControl },
    { keys: ["Control+Enter"], label: "Send the reply", where: "Reply box", field: "#reply-form textarea", always: true, control: "#reply-form .composer-actions button.primary", run: sendReply },
    { keys: ["g i"], label: "Go to the inbox", where: "Everywhere", control: "#nav-inbox", run: clickControl },
    { keys: ["?"], label: "Show this list of shortcuts", where: "Everywhere", run: showHelp },
  ];

  const enabled = () => document.body.getAttribute("data-shortcuts") === "on";

  // --- What the keys do --------------------------------------------------------------------

  function rows() {
    return Array.from(document.querySelectorAll(`#${PAGE_IDS.THREAD_LIST} table.threads tbody tr`));
  }

  let currentRow = -1;

  function moveInList(step) {
    const list = rows();
    if (!list.length) return false;
    const focused = list.findIndex((row) => row.contains(document.activeElement));
    const from = focused >= 0 ? focused : currentRow;
    currentRow = from < 0 ? 0 : Math.min(list.length - 1, Math.max(0, from + step));
    const link = list[currentRow].querySelector("a[href]");
    if (link) link.focus();
    return true;
  }

  function openCurrentThread(event) {
    // Enter on a link or a button keeps doing what it always does.
    if (event.key === "Enter" && event.target.closest("a[href], button, summary, [role=button]")) return false;
    const list = rows();
    const row = list.find((each) => each.contains(document.activeElement)) || list[currentRow];
    const link = row && row.querySelector("a[href]");
    if (!link) return false;
    link.click();
    return true;
  }

  function focusControl(_event, control) {
    control.focus();
    return true;
  }

  function clickControl(_event, control) {
    control.click();
    return true;
  }

  function discardWithReason(_event, select) {
    // Without a reason the browser says one is required (and no picker opens over the list).
    if (select.value) select.form.requestSubmit();
    else select.reportValidity();
    return true;
  }

  function sendReply(event) {
    const form = event.target.form;
    if (!form) return false;
    form.requestSubmit();
    return true;
  }

  // --- The list of keys, drawn from KEYS ---------------------------------------------------

  function drawKeyList(container) {
    const table = document.createElement("table");
    table.className = "shortcut-table";
    const head = table.createTHead().insertRow();
    for (const title of ["Keys", "What it does", "Where"]) {
      const cell = document.createElement("th");
      cell.scope = "col";
      cell.textContent = title;
      head.appendChild(cell);
    }
    const body = table.createTBody();
    for (const entry of KEYS) {
      const row = body.insertRow();
      const keys = row.insertCell();
      entry.keys.forEach((key, index) => {
        if (index) keys.append(" or ");
        key.split(" ").forEach((part, step) => {
          if (step) keys.append(" then ");
          part.split("+").forEach((name, held) => {
            if (held) keys.append("+");
            const kbd = document.createElement("kbd");
            kbd.textContent = name === "Control" ? "Ctrl" : name;
            keys.appendChild(kbd);
          });
        });
      });
      row.insertCell().textContent = entry.label;
      row.insertCell().textContent = entry.where;
    }
    container.replaceChildren(table);
  }

  let dialog = null;

  function showHelp() {
    if (!dialog) {
      dialog = document.createElement("dialog");
      dialog.id = "shortcut-help";
      dialog.className = "shortcut-help";
      dialog.setAttribute("aria-labelledby", "shortcut-help-title");
      const title = document.createElement("h2");
      title.id = "shortcut-help-title";
      title.textContent = "Keyboard shortcuts";
      const list = document.createElement("div");
      drawKeyList(list);
      const more = document.createElement("p");
      const settings = document.querySelector("a[data-shortcuts-settings]");
      if (settings) {
        const link = document.createElement("a");
        link.href = settings.getAttribute("href");
        link.textContent = "Turn the single-key shortcuts off";
        more.append(link, ". Esc closes this list.");
      } else {
        more.textContent = "Esc closes this list.";
      }
      const close = document.createElement("button");
      close.type = "button";
      close.textContent = "Close";
      close.addEventListener("click", () => dialog.close());
      dialog.append(title, list, more, close);
      (document.getElementById("main") || document.body).appendChild(dialog);
    }
    const opener = document.activeElement;
    dialog.addEventListener("close", () => {
      if (opener && opener.isConnected && opener !== document.body) opener.focus();
    }, { once: true });
    dialog.showModal();
    dialog.querySelector("button").focus();
    return true;
  }

  // --- Dispatch ----------------------------------------------------------------------------

  function keyName(event) {
    const base = event.key;
    return event.ctrlKey || event.metaKey ? `Control+${base}` : base;
  }

  function isTyping(target) {
    return target instanceof Element && Boolean(target.closest("input, textarea, select, [contenteditable=''], [contenteditable=true]"));
  }

  let pendingPrefix = "";
  let prefixTimer = 0;

  function findEntry(name, target) {
    return KEYS.find((entry) => {
      if (!entry.keys.includes(name)) return false;
      if (entry.field) return target instanceof Element && Boolean(target.closest(entry.field));
      return !isTyping(target);
    });
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    if (document.querySelector("dialog[open]")) return;  // the overlay handles its own keys
    const target = event.target;
    let name = keyName(event);
    if (pendingPrefix) {
      name = `${pendingPrefix} ${name}`;
      pendingPrefix = "";
      window.clearTimeout(prefixTimer);
    } else if (!event.ctrlKey && !event.metaKey && !isTyping(target) && enabled()
               && KEYS.some((entry) => entry.keys.some((key) => key.startsWith(`${name} `)))) {
      pendingPrefix = name;
      prefixTimer = window.setTimeout(() => { pendingPrefix = ""; }, SEQUENCE_MS);
      event.preventDefault();
      return;
    }
    const entry = findEntry(name, target);
    if (!entry || (!entry.always && !enabled())) return;
    if ((event.ctrlKey || event.metaKey) && !name.startsWith("Control+")) return;
    const control = entry.control ? document.querySelector(entry.control) : null;
    if (entry.control && !entry.field && !control) return;
    if (entry.run(event, entry.field ? target.closest(entry.field) : control)) event.preventDefault();
  });

  // aria-keyshortcuts on each control a key works, set only while the keys are on.
  function markControls() {
    for (const entry of KEYS) {
      if (!entry.control || entry.keys.some((key) => key.includes(" "))) continue;
      const on = entry.always || enabled();
      for (const control of document.querySelectorAll(entry.control)) {
        if (on) control.setAttribute("aria-keyshortcuts", entry.keys.join(" "));
        else control.removeAttribute("aria-keyshortcuts");
      }
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    markControls();
    document.querySelectorAll("[data-shortcut-list]").forEach(drawKeyList);
  });
  document.addEventListener("htmx:afterSettle", markControls);
})();
