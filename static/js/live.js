// Live updates: the inbox list and the conversation are pushed over a websocket the moment they
// change (careteam/live/), as the same fragments their 15-second poll gets. The poll stays as
// the backup: it is skipped only while the socket is open and heard from, so a dropped socket,
// a proxy that kills websockets or a silent server leaves the page polling as before. After a
// drop the page reconnects with growing waits and sends the versions it shows; the server
// answers with whatever changed since, so nothing is missed in between.
"use strict";

(function () {
  // The regions the server pushes (careteam/page_ids.py), as base.html writes them.
  const PAGE_IDS = JSON.parse(document.getElementById("page-ids")?.textContent || "{}");
  const REGION_IDS = PAGE_IDS.LIVE_REGIONS || [];
  // Close codes after which reconnecting cannot help (signed out, not allowed): the next poll
  // gets the login page or the error, as without this file.
  const FINAL_CLOSE_CODES = [4401, 4403];
  // Set only when the server has a socket to offer (settings.LIVE_SOCKET).
  const beatMs = Number(document.body.dataset.liveHeartbeat || 0) * 1000;
  const socketPath = document.body.dataset.liveSocket;  // careteam/live SOCKET_PATH
  if (!beatMs || !socketPath) return;

  let socket = null;
  let lastHeard = 0;
  let failures = 0;
  let stopped = false;
  let subscribedTo = "";

  function regions() {
    return REGION_IDS.map((id) => document.getElementById(id)).filter(Boolean);
  }

  function describe(region) {
    let headers = {};
    try {
      headers = JSON.parse(region.getAttribute("hx-headers") || "{}");
    } catch (error) {
      headers = {};
    }
    return { id: region.id, url: region.getAttribute("hx-get"), version: headers["X-Poll-Version"] || "" };
  }

  // Heard from within three beats: the pushes are trusted and the polls skipped.
  function live() {
    return socket !== null && socket.readyState === WebSocket.OPEN && Date.now() - lastHeard < 3 * beatMs;
  }

  function subscribe() {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const described = regions().map(describe);
    const key = JSON.stringify(described.map((region) => [region.id, region.url]));
    if (key === subscribedTo) return;
    subscribedTo = key;
    socket.send(JSON.stringify({ type: "subscribe", regions: described }));
  }

  function apply(event) {
    const target = document.getElementById(event.target);
    if (!target) return;
    // The same morph a poll does (hx-ext="morph" on <body>): focus, typing and scroll stay.
    htmx.swap(target, event.html, { swapStyle: "morph" }, { contextElement: target });
  }

  // "Also here: Ben Ortiz (writing a reply)". Colleagues' names only, set as text.
  function showPresence(event) {
    const line = document.getElementById("presence");
    if (!line) return;
    const typing = new Set(event.typing);
    const names = event.here.map((name) => (typing.has(name) ? name + " (writing a reply)" : name));
    line.textContent = names.length ? "Also here: " + names.join(", ") : "";
  }

  // Writing a reply is told at most every 3 s while the keys move.
  let typingSent = 0;
  document.body.addEventListener("input", function (event) {
    if (!(event.target instanceof Element) || !event.target.matches("#reply-form textarea")) return;
    if (!socket || socket.readyState !== WebSocket.OPEN || Date.now() - typingSent < 3000) return;
    typingSent = Date.now();
    socket.send(JSON.stringify({ type: "typing" }));
  });

  function connect() {
    if (stopped || socket !== null || regions().length === 0 || !("WebSocket" in window)) return;
    const scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + window.location.host + socketPath);
    document.body.dataset.live = "connecting";
    socket.addEventListener("open", function () {
      lastHeard = Date.now();
      failures = 0;
      subscribedTo = "";
      document.body.dataset.live = "on";
      subscribe();
    });
    socket.addEventListener("message", function (message) {
      lastHeard = Date.now();
      let event;
      try {
        event = JSON.parse(message.data);
      } catch (error) {
        return;
      }
      if (event.type === "fragment") apply(event);
      else if (event.type === "presence") showPresence(event);
      else if (event.type === "trigger") htmx.trigger(document.body, event.event);
      else if (event.type === "refused") {
        // The server did not take this page's regions: polling does the work instead.
        stopped = true;
        socket.close();
      }
    });
    socket.addEventListener("close", function (closing) {
      socket = null;
      showPresence({ here: [], typing: [] });
      document.body.dataset.live = "off";
      if (FINAL_CLOSE_CODES.includes(closing.code)) {
        stopped = true;
        return;
      }
      failures += 1;
      // 1, 2, 4 ... 30 s, each shortened at random so that a restarted server is not hit by
      // every page at once.
      const wait = Math.min(30000, 1000 * 2 ** Math.min(failures - 1, 5));
      window.setTimeout(connect, wait * (0.5 + Math.random() / 2));
    });
  }

  // The background poll of a region is skipped while the socket is live, and runs otherwise.
  document.body.addEventListener("htmx:beforeRequest", function (event) {
    const config = event.detail.requestConfig;
    if (live() && REGION_IDS.includes(event.detail.elt.id) && config.headers["X-Background-Poll"] === "1") {
      event.preventDefault();
    }
  });

  // A new tab, filter or page changes a region's URL: the server refreshes that one instead.
  document.body.addEventListener("htmx:afterSettle", subscribe);

  // A socket that went quiet (a proxy dropped it without closing) is replaced.
  window.setInterval(function () {
    if (socket !== null && socket.readyState === WebSocket.OPEN && Date.now() - lastHeard > 3 * beatMs) {
      socket.close();
    }
  }, beatMs);

  connect();
})();
