/* Filters, search, sort and paging for the flagged posts, from the inline JSON data.
   Never uses innerHTML: every value is put in the page with textContent or setAttribute. */
(function () {
  "use strict";
  var dataEl = document.getElementById("report-data");
  if (!dataEl) { return; }
  var data = JSON.parse(dataEl.textContent);
  var cards = data.cards, people = data.people, rules = data.rules;
  var PAGE = data.pageSize || 100;
  var BANDS = ["low", "medium", "high", "critical"];
  var FACETS = ["band", "category", "person", "network", "status"];
  var controls = document.getElementById("controls");
  var live = document.getElementById("cards");
  var staticList = document.getElementById("cards-static");
  var more = document.getElementById("more");
  var count = document.getElementById("count");
  var inputs = {
    band: document.getElementById("f-band"),
    category: document.getElementById("f-category"),
    person: document.getElementById("f-person"),
    network: document.getElementById("f-network"),
    status: document.getElementById("f-status"),
    q: document.getElementById("f-q"),
    sort: document.getElementById("f-sort")
  };
  var state = { band: "", category: "", person: "", network: "", status: "", q: "", sort: "score" };
  var shown = [], rendered = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function css(value) { return String(value).replace(/[^A-Za-z0-9_-]/g, "-"); }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url) ? url : null; }
  function num(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function label(value) { return String(value).replace(/_/g, " "); }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var RANKS = ["none", "low", "medium", "high", "critical"];
  var accounts = data.accounts;

  function haystack(c) {
    if (c._h === undefined) {
      var parts = [people[c.p][1], accounts[c.a][1], accounts[c.a][0], c.id];
      for (var i = 0; i < c.g.length; i++) { parts.push(typeof c.g[i] === "string" ? c.g[i] : c.g[i][0]); }
      for (var j = 0; j < c.f.length; j++) { parts.push(c.f[j][1]); }  // paste a review id to find its post
      c._h = parts.join(" ").toLowerCase();
    }
    return c._h;
  }

  // The same day as the page's server-rendered dates ("02 Mar 2026"), read off the ISO date.
  function shortDate(iso) {
    var p = iso.slice(0, 10).split("-");
    return p[2] + " " + MONTHS[Number(p[1]) - 1] + " " + p[0];
  }

  // A finding is [rule, review id, matched] or [rule, review id, matched, decoded, shown].
  function decoded(f) { return f.length > 3 ? f[3] : f[2]; }

  // Severity and title of a highlighted run: as text.segments() computes them server-side.
  function markInfo(c, marks) {
    var severity = "", best = -1, parts = [];
    for (var i = 0; i < marks.length; i++) {
      var f = c.f[marks[i]], rule = rules[f[0]], rank = RANKS.indexOf(rule[2]);
      if (rank > best) { best = rank; severity = rule[2]; }
      var d = decoded(f);
      var part = d ? rule[0] + ": read as \u201c" + d + "\u201d" : rule[0];
      if (parts.indexOf(part) < 0) { parts.push(part); }
    }
    return [severity, parts.join("; ")];
  }

  function matches(c, skip) {
    if (state.band && skip !== "band" && c.b !== state.band) { return false; }
    if (state.category && skip !== "category" && c.c.indexOf(state.category) < 0) { return false; }
    if (state.person && skip !== "person" && people[c.p][0] !== state.person) { return false; }
    if (state.network && skip !== "network" && accounts[c.a][0] !== state.network) { return false; }
    if (state.status && skip !== "status" && c.st !== state.status) { return false; }
    if (state.q && haystack(c).indexOf(state.q.toLowerCase()) < 0) { return false; }
    return true;
  }

  function facetValues(c, facet) {
    if (facet === "band") { return [c.b]; }
    if (facet === "category") { return c.c; }
    if (facet === "person") { return [people[c.p][0]]; }
    if (facet === "network") { return [accounts[c.a][0]]; }
    return [c.st];
  }

  function renderCard(c) {
    var person = people[c.p];
    var art = el("article", "card band-" + css(c.b));
    art.id = "post-" + c.n;
    var head = el("header", "card-head");
    var badge = el("span", "band-badge band-" + css(c.b), c.b + " ");
    badge.appendChild(el("span", "score", c.s));
    head.appendChild(badge);
    var who = el("div", "who");
    who.appendChild(el("h3", null, person[1]));
    if (person[2]) { who.appendChild(document.createTextNode(" ")); who.appendChild(el("span", "role", person[2])); }
    var meta = el("div", "meta", accounts[c.a][0] + " · ");
    meta.appendChild(el("span", "account", accounts[c.a][1]));
    meta.appendChild(document.createTextNode(" · "));
    var time = el("time", null, shortDate(c.d));
    time.setAttribute("datetime", c.d);
    meta.appendChild(time);
    if (c.rp) { meta.appendChild(document.createTextNode(" · repost")); }
    who.appendChild(meta);
    head.appendChild(who);
    head.appendChild(el("span", "status status-" + css(c.st), c.st));
    art.appendChild(head);
    if (c.c.indexOf("employer_criticism") >= 0) {
      var notice = el("p", "notice", data.notice);
      notice.setAttribute("role", "note");
      art.appendChild(notice);
    }
    if (c.e) {
      var edited = el("p", "edited", c.e);
      edited.setAttribute("role", "note");
      art.appendChild(edited);
    }
    var text = el("p", "post-text");
    text.setAttribute("dir", "auto");
    for (var i = 0; i < c.g.length; i++) {
      var seg = c.g[i];
      if (typeof seg === "string") { text.appendChild(document.createTextNode(seg)); continue; }
      var info = markInfo(c, seg[1]);
      var mark = el("mark", "sev-" + css(info[0]), seg[0]);
      mark.setAttribute("title", info[1]);
      text.appendChild(mark);
    }
    art.appendChild(text);
    var badges = el("ul", "badges");
    badges.setAttribute("aria-label", "Categories");
    for (var j = 0; j < c.c.length; j++) { badges.appendChild(el("li", "badge", label(c.c[j]))); }
    art.appendChild(badges);
    var list = el("ul", "findings");
    var decideShown = [];
    for (var k = 0; k < c.f.length; k++) {
      var f = c.f[k], rule = rules[f[0]];
      var li = el("li");
      li.appendChild(el("span", "rule", rule[1]));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "sev sev-" + css(rule[2]), rule[2]));
      li.appendChild(document.createTextNode(" on \u201c"));
      li.appendChild(el("span", "matched", f[2]));
      var d = decoded(f);
      if (f[4] === 1) {
        li.appendChild(document.createTextNode("\u201d, read as \u201c"));
        li.appendChild(el("span", "read-as", d));
      }
      li.appendChild(document.createTextNode("\u201d." + (rule[3] ? " " + rule[3] : "")));
      if (rule[4] || f[1]) {
        var guide = el("span", "guidance", (rule[4] ? "Policy guidance: " + rule[4] : "") + (rule[4] && f[1] ? " · " : ""));
        if (f[1]) { guide.appendChild(el("span", "fid", "review id " + f[1])); }
        var done = c.r && f[1] ? c.r[f[1]] : null;
        if (done) {
          guide.appendChild(document.createTextNode(" · "));
          guide.appendChild(el("span", "decided", done[0] + " by " + done[1]));
        }
        li.appendChild(el("br"));
        li.appendChild(guide);
      }
      // Several spans of one rule are one finding for review: its buttons come once, on the first.
      if (reviewing && f[1] && decideShown.indexOf(f[1]) < 0) {
        decideShown.push(f[1]);
        li.appendChild(decideControls(f[1], rule[1]));
      }
      list.appendChild(li);
    }
    art.appendChild(list);
    var foot = el("footer", "card-foot");
    var url = safeUrl(c.u);
    if (url) {
      var a = el("a", null, "Open the original post");
      a.setAttribute("href", url);
      a.setAttribute("rel", "noopener noreferrer nofollow");
      a.setAttribute("target", "_blank");
      foot.appendChild(a);
    } else if (c.ru) {
      foot.appendChild(el("span", null, "Link not shown (not a web address): "));
      foot.appendChild(el("code", null, c.ru));
    } else {
      foot.appendChild(el("span", null, "No link to the original"));
    }
    foot.appendChild(document.createTextNode(" · post "));
    foot.appendChild(el("span", "post-id", c.id));
    foot.appendChild(document.createTextNode(" · policy " + (c.pv || data.policy)));
    art.appendChild(foot);
    return art;
  }

  /* Decisions: the buttons under each finding fill `pending` (in memory only: nothing is
     stored or sent); "Download decisions" saves them as the file `auditor review import`
     applies. Names and notes only ever reach the file through JSON.stringify. */
  function has(map, key) { return Object.prototype.hasOwnProperty.call(map, key); }
  var DECISIONS = [["dismissed", "Dismiss"], ["acknowledged", "Acknowledge"], ["escalated", "Escalate"]];
  var reviewer = document.getElementById("reviewer");
  var download = document.getElementById("download-decisions");
  var reviewStatus = document.getElementById("review-status");
  // Keyed by review id; no prototype, so no id can ever reach an inherited property.
  var recorded = Object.create(null), pending = Object.create(null), notes = Object.create(null);
  var order = [], unsaved = false;
  // A page without the decisions panel (no flagged post, or an older custom template).
  var reviewPanel = document.getElementById("review-controls");
  var reviewing = Boolean(reviewPanel && reviewer && download && reviewStatus);
  for (var ci = 0; ci < cards.length; ci++) {
    for (var fi = 0; fi < cards[ci].f.length; fi++) {
      var fidAt = cards[ci].f[fi][1];
      if (fidAt && !has(recorded, fidAt)) {
        recorded[fidAt] = cards[ci].r && has(cards[ci].r, fidAt) ? cards[ci].r[fidAt] : null;
        order.push(fidAt);
      }
    }
  }

  function decideControls(fid, ruleName) {
    var box = el("div", "decide");
    box.setAttribute("data-fid", fid);
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", "Decision on " + ruleName + " (review id " + fid + ")");
    var group = el("div", "decide-buttons");
    for (var i = 0; i < DECISIONS.length; i++) {
      var b = el("button", "decide-" + DECISIONS[i][0], DECISIONS[i][1]);
      b.type = "button";
      b.setAttribute("data-decision", DECISIONS[i][0]);
      group.appendChild(b);
    }
    box.appendChild(group);
    var label = el("label", "decide-note", "Note (optional) ");
    var note = el("input");
    note.type = "text";
    note.maxLength = 4000;
    note.autocomplete = "off";
    note.value = has(notes, fid) ? notes[fid] : "";
    label.appendChild(note);
    box.appendChild(label);
    box.appendChild(el("span", "decide-state"));
    showDecision(box);
    return box;
  }

  function showDecision(box) {
    var fid = box.getAttribute("data-fid");
    var mine = has(pending, fid) ? pending[fid] : "";
    var current = mine || (recorded[fid] ? recorded[fid][0] : "");
    var buttons = box.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute("aria-pressed", buttons[i].getAttribute("data-decision") === current ? "true" : "false");
    }
    var state = box.querySelector(".decide-state");
    if (mine) {
      state.textContent = "Your decision: " + mine + " (not applied until you download the file and import it)";
    } else if (recorded[fid]) {
      state.textContent = "Current: " + recorded[fid][0] + " by " + recorded[fid][1];
    } else {
      state.textContent = "Open: no decision yet";
    }
  }

  function pendingCount() {
    var n = 0;
    for (var key in pending) { if (has(pending, key)) { n++; } }
    return n;
  }

  function updateDownload() {
    var n = pendingCount(), name = reviewer.value.trim();
    download.textContent = "Download decisions (" + n + ")";
    download.disabled = !(n && name);
    if (!n) {
      reviewStatus.textContent = "Choose a decision under a finding to start a decisions file.";
    } else if (!name) {
      reviewStatus.textContent = "Type your name as reviewer to download " + n + (n === 1 ? " decision." : " decisions.");
    } else if (unsaved) {
      reviewStatus.textContent = n + (n === 1 ? " decision" : " decisions") + " not downloaded yet.";
    }
  }

  function decisionsFile() {
    var name = reviewer.value.trim(), list = [];
    for (var i = 0; i < order.length; i++) {
      var fid = order[i];
      if (!has(pending, fid)) { continue; }
      var entry = { finding: fid, decision: pending[fid], reviewer: name };
      var note = has(notes, fid) ? notes[fid].trim() : "";
      if (note) { entry.note = note; }
      list.push(entry);
    }
    var doc = {
      version: 1,
      run_id: data.run,
      generated_at: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
      decisions: list
    };
    return JSON.stringify(doc, null, 2) + "\n";
  }

  function saveDecisions() {
    if (download.disabled) { return; }
    var fileName = "decisions-" + css(data.run) + ".json";
    // A blob: URL opened by <a download> is a download (a navigation), not a fetch: the
    // page's Content-Security-Policy (connect-src 'none' by default-src) does not block it.
    var url = URL.createObjectURL(new Blob([decisionsFile()], { type: "application/json" }));
    var a = el("a");
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    unsaved = false;
    updateDownload();
    var n = pendingCount();
    reviewStatus.textContent = "Saved " + fileName + " (" + n + (n === 1 ? " decision" : " decisions") +
      "). Apply it with: auditor review import " + fileName;
  }

  live.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest(".decide button") : null;
    if (!b) { return; }
    var box = b.closest(".decide"), fid = box.getAttribute("data-fid"), d = b.getAttribute("data-decision");
    if (pending[fid] === d) { delete pending[fid]; } else { pending[fid] = d; }
    unsaved = true;
    showDecision(box);
    updateDownload();
  });
  live.addEventListener("input", function (e) {
    var box = e.target.closest ? e.target.closest(".decide") : null;
    if (!box || e.target.tagName !== "INPUT") { return; }
    notes[box.getAttribute("data-fid")] = e.target.value;
    if (has(pending, box.getAttribute("data-fid"))) { unsaved = true; updateDownload(); }
  });
  if (reviewing) {
    reviewer.addEventListener("input", updateDownload);
    download.addEventListener("click", saveDecisions);
  }
  // Decisions live only in this page until downloaded: warn before they are lost.
  window.addEventListener("beforeunload", function (e) {
    if (unsaved && pendingCount()) { e.preventDefault(); e.returnValue = ""; }
  });

  function renderMore(limit) {
    var end = Math.min(shown.length, rendered + limit);
    var frag = document.createDocumentFragment();
    for (; rendered < end; rendered++) { frag.appendChild(renderCard(shown[rendered])); }
    live.appendChild(frag);
    var left = shown.length - rendered;
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(PAGE, left) + " more (" + num(left) + " not shown)";
  }

  function updateCounts() {
    var byBand = {};
    for (var i = 0; i < shown.length; i++) { byBand[shown[i].b] = (byBand[shown[i].b] || 0) + 1; }
    var parts = [];
    for (var b = BANDS.length - 1; b >= 0; b--) { if (byBand[BANDS[b]]) { parts.push(num(byBand[BANDS[b]]) + " " + BANDS[b]); } }
    var filtered = shown.length !== cards.length;
    count.textContent = (filtered ? num(shown.length) + " of " + num(cards.length) : num(cards.length)) +
      " flagged post" + (cards.length === 1 ? "" : "s") + (filtered ? " match" : "") +
      (parts.length ? " · " + parts.join(" · ") : "");
    // Each choice shows how many posts it would leave, given the other filters.
    for (var n = 0; n < FACETS.length; n++) {
      var facet = FACETS[n], select = inputs[facet], tally = {}, total = 0;
      for (var m = 0; m < cards.length; m++) {
        if (!matches(cards[m], facet)) { continue; }
        total++;
        var values = facetValues(cards[m], facet);
        for (var v = 0; v < values.length; v++) { tally[values[v]] = (tally[values[v]] || 0) + 1; }
      }
      for (var o = 0; o < select.options.length; o++) {
        var opt = select.options[o];
        if (!opt.hasAttribute("data-label")) { opt.setAttribute("data-label", opt.textContent); }
        opt.textContent = opt.getAttribute("data-label") + " (" + num(opt.value ? (tally[opt.value] || 0) : total) + ")";
      }
    }
  }

  function compare(a, b) {
    if (state.sort === "date") { return a.d < b.d ? 1 : a.d > b.d ? -1 : a.n - b.n; }
    if (state.sort === "date-asc") { return a.d < b.d ? -1 : a.d > b.d ? 1 : a.n - b.n; }
    return a.n - b.n; // the data comes in score order
  }

  function apply() {
    shown = [];
    for (var i = 0; i < cards.length; i++) { if (matches(cards[i])) { shown.push(cards[i]); } }
    shown.sort(compare);
    live.textContent = "";
    rendered = 0;
    renderMore(PAGE);
    if (!shown.length) { live.appendChild(el("p", "empty", "No flagged post matches these filters.")); }
    updateCounts();
  }

  function hasOption(select, value) {
    for (var i = 0; i < select.options.length; i++) { if (select.options[i].value === value) { return true; } }
    return false;
  }

  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    for (var key in state) {
      if (!Object.prototype.hasOwnProperty.call(state, key)) { continue; }
      var value = params.get(key) || (key === "sort" ? "score" : "");
      var input = inputs[key];
      // Only values the page offers: a crafted link cannot put anything else in the form.
      if (input.tagName === "SELECT" && !hasOption(input, value)) { value = key === "sort" ? "score" : ""; }
      state[key] = value.slice(0, 200);
      input.value = state[key];
    }
  }

  function writeHash() {
    var params = new URLSearchParams();
    for (var key in state) {
      if (Object.prototype.hasOwnProperty.call(state, key) && state[key] && !(key === "sort" && state[key] === "score")) {
        params.set(key, state[key]);
      }
    }
    var hash = params.toString();
    if (location.hash.replace(/^#/, "") === hash) { return; }
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) {
      location.hash = hash;
    }
  }

  function onChange() {
    for (var key in inputs) {
      if (Object.prototype.hasOwnProperty.call(inputs, key)) { state[key] = inputs[key].value; }
    }
    writeHash();
    apply();
  }

  var timer = null;
  controls.addEventListener("change", onChange);
  inputs.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(onChange, 150);
  });
  controls.addEventListener("submit", function (e) { e.preventDefault(); });
  controls.addEventListener("reset", function () { setTimeout(onChange, 0); });
  more.addEventListener("click", function () { renderMore(PAGE); });
  // "#person-p1" and other anchors jump to a section; only "key=value" fragments are filters.
  function isFilterHash() { return location.hash.length < 2 || location.hash.indexOf("=") >= 0; }
  window.addEventListener("hashchange", function () { if (isFilterHash()) { readHash(); apply(); } });
  // Printing with the script on: print every post that matches, not just the first page.
  window.addEventListener("beforeprint", function () { if (shown.length <= 5000) { renderMore(shown.length); } });

  staticList.hidden = true;
  controls.hidden = false;
  if (reviewing) {
    reviewPanel.hidden = false;
    updateDownload();
  }
  if (isFilterHash()) { readHash(); }
  apply();
  document.documentElement.setAttribute("data-report-ready", "1");
}());
