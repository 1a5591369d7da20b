// The Playground page: the real FollowBot engine and the real (Teams) Adaptive Cards, rendered by Microsoft's
// renderer, with no Teams tenant. Plain browser JavaScript, no build step; every word comes from /api/playground/ui.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const api = (path, body) => fetch("/api/playground/" + path, body === undefined ? {} : {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body)
  });
  const state = {
    t: {}, lang: localStorage.getItem("fb.lang") || (navigator.language.startsWith("zh") ? "zh-Hans" : "en"),
    user: localStorage.getItem("fb.user") || "", members: [], logs: new Map(), unread: new Map(),
    history: JSON.parse(localStorage.getItem("fb.history") || "[]"), historyAt: -1, cursor: 0, features: {}
  };
  const md = window.markdownit ? window.markdownit({ html: false, linkify: true, breaks: true }) : null;
  if (window.AdaptiveCards && md) {
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => { result.outputHtml = md.render(text); result.didProcess = true; };
  }

  const t = (key, ...args) => (state.t[key] || key).replace(/\{(\d+)\}/g, (_, i) => args[+i] ?? "");

  async function loadText() {
    state.t = await (await api("ui?lang=" + encodeURIComponent(state.lang))).json();
    document.documentElement.lang = state.lang === "zh-Hans" ? "zh-Hans" : "en";
    document.querySelectorAll("[data-t]").forEach((el) => { el.textContent = t(el.dataset.t); });
    document.querySelectorAll("[data-t-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
    document.querySelectorAll("[data-t-aria]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.tAria)); });
    document.title = t("title");
    $("ui-lang").value = state.lang;
    renderMembers();
    renderLog();
  }

  async function loadMembers() {
    state.members = await (await api("members")).json();
    if (!state.user && state.members.length) { state.user = state.members[0].user; }
    renderMembers();
  }

  function renderMembers() {
    const list = $("members");
    list.replaceChildren(...state.members.map((m) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", String(m.user === state.user));
      li.tabIndex = 0;
      li.dataset.user = m.user;
      const unread = state.unread.get(m.user) || 0;
      li.innerHTML = "";
      const name = document.createElement("span");
      name.className = "name";
      name.textContent = m.name;
      const meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = t("role_" + m.role) + (m.manager ? " · " + t("reportsTo", m.manager) : "");
      li.append(name, meta);
      if (unread) {
        const badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = String(unread);
        badge.setAttribute("aria-label", t("unread", unread));
        li.append(badge);
      }
      li.addEventListener("click", () => choose(m.user));
      li.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); choose(m.user); } });
      return li;
    }));
    $("speaking").textContent = state.user ? t("speakingAs", state.user) : t("noMember");
    $("input").disabled = !state.user;
  }

  function choose(user) {
    state.user = user;
    state.unread.delete(user);
    localStorage.setItem("fb.user", user);
    renderMembers();
    renderLog();
    $("input").focus();
  }

  const logOf = (user) => { if (!state.logs.has(user)) { state.logs.set(user, []); } return state.logs.get(user); };

  function renderLog() {
    const log = $("log");
    log.replaceChildren(...logOf(state.user).map(renderEntry));
    log.scrollTop = log.scrollHeight;
  }

  function renderEntry(entry) {
    const li = document.createElement("li");
    li.className = "entry " + entry.kind;
    if (entry.kind === "proactive") {
      const tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = t("fromFollowBot");
      li.append(tag);
    }
    if (entry.text) {
      const p = document.createElement("p");
      p.className = "text";
      p.textContent = entry.text;
      li.append(p);
    }
    if (entry.card) { li.append(renderCard(entry.card)); }
    return li;
  }

  function renderCard(json) {
    if (!window.AdaptiveCards) {
      const pre = document.createElement("pre");
      pre.textContent = JSON.stringify(json, null, 2);
      return pre;
    }
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = new AdaptiveCards.HostConfig(window.followBotHostConfig);
    card.onExecuteAction = (action) => {
      const data = Object.assign({}, action.data || {});
      const verb = action.verb || data.verb;
      if (verb) { send({ action: { verb, data } }); }
      else if (action.url) { window.open(action.url, "_blank", "noopener"); }
    };
    card.parse(json);
    const el = card.render();
    el.classList.add("card");
    return el;
  }

  async function send(body) {
    const user = state.user;
    if (!user) { return; }
    if (body.text) { logOf(user).push({ kind: "mine", text: body.text }); renderLog(); }
    let replies;
    try {
      const response = await api("messages", Object.assign({ user }, body));
      const json = await response.json();
      replies = response.ok ? json.replies : [{ text: json.error || t("failed") }];
    } catch {
      replies = [{ text: t("offline") }];
    }
    for (const r of replies) { logOf(user).push({ kind: "bot", text: r.text, card: r.card }); }
    if (user === state.user) { renderLog(); }
    if (body.text && /^(role|team|lang|角色|团队|语言)\b/.test(body.text)) { loadMembers(); }
  }

  function listen() {
    // One stream for the whole Playground: each message names its member, and lands in that member's pane.
    const source = new EventSource("/api/playground/events?after=" + state.cursor);
    source.addEventListener("message", (e) => {
      const m = JSON.parse(e.data);
      state.cursor = Math.max(state.cursor, m.id);
      logOf(m.user).push({ kind: "proactive", text: m.text, card: m.card });
      if (m.user === state.user) { renderLog(); } else { state.unread.set(m.user, (state.unread.get(m.user) || 0) + 1); renderMembers(); }
    });
  }

  async function refreshClock() {
    if (!state.features.clock) { return; }
    const response = await api("clock");
    if (!response.ok) { return; }
    const clock = await response.json();
    state.now = new Date(clock.now);
    $("clock").hidden = false;
    $("clock-now").textContent = new Date(clock.now).toLocaleString(state.lang === "zh-Hans" ? "zh-CN" : "en-GB");
  }

  async function moveClock(body) {
    const response = await api("clock", body);
    if (response.ok) { await refreshClock(); }
  }

  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("input").value.trim();
    if (!text) { return; }
    state.history = [text, ...state.history.filter((h) => h !== text)].slice(0, 50);
    localStorage.setItem("fb.history", JSON.stringify(state.history));
    state.historyAt = -1;
    $("input").value = "";
    send({ text });
  });
  $("input").addEventListener("keydown", (e) => {
    if (e.key !== "ArrowUp" && e.key !== "ArrowDown") { return; }
    e.preventDefault();
    state.historyAt = Math.max(-1, Math.min(state.history.length - 1, state.historyAt + (e.key === "ArrowUp" ? 1 : -1)));
    $("input").value = state.historyAt < 0 ? "" : state.history[state.historyAt];
  });
  $("add-member").addEventListener("submit", async (e) => {
    e.preventDefault();
    const user = $("new-member").value.trim();
    if (!user) { return; }
    const response = await api("members", { user, lang: state.lang });
    if (response.ok) { $("new-member").value = ""; await loadMembers(); choose(user); }
  });
  $("ui-lang").addEventListener("change", (e) => { state.lang = e.target.value; localStorage.setItem("fb.lang", state.lang); loadText(); });
  $("demo").addEventListener("click", async () => {
    $("demo").disabled = true;
    await api("demo", {});
    $("demo").disabled = false;
    await loadMembers();
    renderLog();
  });
  document.querySelectorAll("[data-advance]").forEach((b) => b.addEventListener("click", () => moveClock({ advance: b.dataset.advance })));
  $("clock-to").addEventListener("submit", (e) => {
    e.preventDefault();
    // The clock only moves forward, by a span: "to a date" is the span from FollowBot's now to that date.
    const target = $("clock-date").value ? new Date($("clock-date").value) : null;
    const seconds = target && state.now ? Math.floor((target - state.now) / 1000) : 0;
    if (seconds <= 0) { return; }
    const d = Math.floor(seconds / 86400), h = Math.floor(seconds % 86400 / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    const pad = (n) => String(n).padStart(2, "0");
    moveClock({ advance: `${d}.${pad(h)}:${pad(m)}:${pad(s)}` });
  });

  (async () => {
    await loadText();
    await loadMembers();
    renderLog();
    listen();
    state.features = await (await api("features")).json();
    await refreshClock();
    setInterval(refreshClock, 30000);
  })();
})();
