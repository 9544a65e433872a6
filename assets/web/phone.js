/* votedeck phone page: follows the presenter over a WebSocket and votes with fetch.
 *
 * The server renders the same markup (server/phone_page.py) so the page works with
 * JavaScript off; this script re-renders it from each state message. Keep the two
 * in step: same elements, same class names.
 *
 * No framework, no external request, no inline script or style (the page's CSP
 * forbids them): the state and the words arrive as JSON blocks, bar widths as
 * classes w0..w100.
 */
(function () {
  "use strict";

  var BACKOFF_FIRST_MS = 500;
  // Short enough that a phone shows the current state within 3 s of the network
  // returning even without an "online" event; jitter keeps a hall from reconnecting
  // in lockstep after a server restart.
  var BACKOFF_MAX_MS = 2500;
  var VOTE_TIMEOUT_MS = 8000;
  var VOTE_AUTO_RETRIES = 6;
  // A socket can die without a close event (wifi gone quietly, a phone waking from
  // sleep): now and then ask the server for the state ("state" is the only thing
  // it listens for) and treat silence as a drop.
  var PROBE_EVERY_MS = 20000;
  var PROBE_DEADLINE_MS = 4000;
  var KINDS = { "agree": "\u2713", "disagree": "\u2715", "dont-know": "?" };

  var T = readJSON("text") || {};
  var state = readJSON("state") || { poll: null };
  var view = document.getElementById("view");
  var live = document.getElementById("live");
  var net = document.getElementById("net");

  // A vote not yet acknowledged: {poll, choice, status: sending|queued|failed, tries}.
  var pending = null;
  // A vote that can no longer count: {poll, text, elsewhere}. Shown on its own
  // question, and on the one question that follows it (`elsewhere`), so a vote
  // refused after the presenter moved on is never lost without a word.
  var notice = null;
  var sendSeq = 0;
  var retryTimer = null;
  var lastShape = "";
  var lastAnnounce = "";

  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function fmt(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : m;
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function kindClass(id, index) {
    return Object.prototype.hasOwnProperty.call(KINDS, id) ? "k-" + id : "k-o" + (index % 4);
  }

  // Halves round up, exactly as server/phone_page.py's percent().
  function percent(count, total) {
    if (total <= 0) return 0;
    return Math.max(0, Math.min(100, Math.floor((count * 200 + total) / (2 * total))));
  }

  function count(value) {
    return typeof value === "number" && value > 0 ? Math.floor(value) : 0;
  }

  function options(poll) {
    return (poll.options || []).map(function (o) { return { id: String(o.id), label: String(o.label) }; });
  }

  function currentId() {
    return state.poll ? String(state.poll.id) : null;
  }

  function noticeNow() {
    if (!notice) return "";
    if (notice.poll === currentId()) return notice.text;
    return notice.elsewhere === currentId() ? T.not_sent_previous : "";
  }

  function labelOf(poll, id) {
    var found = options(poll).filter(function (o) { return o.id === String(id); })[0];
    return found ? found.label : String(id);
  }

  function votesText(n) {
    return n === 1 ? T.vote_one : fmt(T.votes, { n: n });
  }

  /* ---- rendering ---- */

  function renderWait() {
    var box = el("section", "wait");
    var dot = el("span", "pulse");
    dot.setAttribute("aria-hidden", "true");
    box.appendChild(dot);
    box.appendChild(el("h1", "wait-text", T.wait));
    box.appendChild(el("p", "fine", T.wait_hint));
    return box;
  }

  function renderMessage() {
    var msg = el("p", "msg");
    msg.id = "msg";
    var poll = state.poll;
    var noticeText = noticeNow();
    if (noticeText) {
      msg.className = "msg err";
      msg.textContent = noticeText;
    } else if (pending && poll && pending.poll === poll.id) {
      if (pending.status === "failed") {
        msg.className = "msg err";
        var retry = el("button", "retry", T.not_sent_tap);
        retry.type = "button";
        retry.setAttribute("data-retry", "1");
        msg.appendChild(retry);
      } else if (pending.status === "queued") {
        msg.className = "msg err";
        msg.textContent = T.not_sent_retrying;
      } else {
        msg.textContent = T.sending;
      }
    } else {
      msg.hidden = true;
    }
    return msg;
  }

  function renderForm(poll) {
    var form = el("form", "vote");
    form.method = "post";
    form.action = "/api/vote";
    form.setAttribute("aria-labelledby", "q");
    var hidden = el("input");
    hidden.type = "hidden";
    hidden.name = "poll";
    hidden.value = String(poll.id);
    form.appendChild(hidden);
    var voted = poll.choice !== null && poll.choice !== undefined;
    form.appendChild(el("p", "hint", voted ? T.change : T.choose));
    options(poll).forEach(function (o, i) {
      var chosen = voted && String(poll.choice) === o.id;
      var sending = pending && pending.poll === poll.id && pending.choice === o.id;
      var btn = el("button", "opt " + kindClass(o.id, i) + (chosen ? " chosen" : "") + (sending ? " sending" : ""));
      btn.type = "submit";
      btn.name = "choice";
      btn.value = o.id;
      btn.setAttribute("aria-pressed", chosen ? "true" : "false");
      var ic = el("span", "ic", KINDS[o.id] || "");
      ic.setAttribute("aria-hidden", "true");
      btn.appendChild(ic);
      btn.appendChild(el("span", "lbl", o.label));
      form.appendChild(btn);
    });
    if (voted) form.appendChild(el("p", "fine", T.change_hint));
    form.appendChild(renderMessage());
    return form;
  }

  function renderResults(poll) {
    var box = el("section", "results");
    box.appendChild(el("h2", null, T.results));
    var list = el("ul");
    options(poll).forEach(function (o, i) {
      var row = el("li", "row " + kindClass(o.id, i));
      row.appendChild(el("span", "lbl", o.label));
      row.appendChild(el("span", "num"));
      var track = el("span", "track");
      track.setAttribute("aria-hidden", "true");
      track.appendChild(el("span", "bar w0"));
      row.appendChild(track);
      list.appendChild(row);
    });
    box.appendChild(list);
    box.appendChild(el("p", "fine total"));
    return box;
  }

  // Counts change a few times a second on a revealed poll: update them in place so
  // the bars glide and focus and screen readers are left alone.
  function updateResults(poll, root) {
    var results = poll.results || {};
    var opts = options(poll);
    var total = opts.reduce(function (sum, o) { return sum + count(results[o.id]); }, 0);
    var rows = root.querySelectorAll(".row");
    opts.forEach(function (o, i) {
      var row = rows[i];
      if (!row) return;
      var n = count(results[o.id]);
      var pct = percent(n, total);
      row.querySelector(".num").textContent = n + " \u00b7 " + pct + " %";
      row.querySelector(".bar").className = "bar w" + pct;
    });
    var totalNode = root.querySelector(".total");
    if (totalNode) totalNode.textContent = votesText(total);
  }

  function shapeOf(poll) {
    // Everything that changes the markup except the counts themselves.
    return JSON.stringify([poll ? [poll.id, poll.question, poll.options, !!poll.open, poll.choice,
      !!poll.results] : null, pending, notice]);
  }

  function render() {
    var poll = state.poll;
    var shape = shapeOf(poll);
    if (shape !== lastShape) {
      lastShape = shape;
      var focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.value : null;
      var frag = document.createDocumentFragment();
      if (!poll) {
        frag.appendChild(renderWait());
        frag.appendChild(renderMessage());
      } else {
        var q = el("h1", "q", poll.question);
        q.id = "q";
        frag.appendChild(q);
        if (poll.choice !== null && poll.choice !== undefined) {
          var mine = el("p", "mine");
          var tick = el("span", "tick", "\u2713");
          tick.setAttribute("aria-hidden", "true");
          mine.appendChild(tick);
          mine.appendChild(document.createTextNode(fmt(T.your_vote, { choice: labelOf(poll, poll.choice) })));
          frag.appendChild(mine);
        }
        if (poll.open) {
          frag.appendChild(renderForm(poll));
        } else {
          frag.appendChild(el("p", "closed", T.closed));
          if (poll.choice === null || poll.choice === undefined) frag.appendChild(el("p", "fine", T.no_vote));
          frag.appendChild(renderMessage());
        }
        // Fresh bars get their widths before they are shown, so they do not grow from 0.
        if (poll.results) updateResults(poll, frag.appendChild(renderResults(poll)));
      }
      view.replaceChildren ? view.replaceChildren(frag) : (view.textContent = "", view.appendChild(frag));
      if (focused !== null && focused !== undefined) {
        var again = view.querySelector('button[value="' + String(focused).replace(/["\\]/g, "\\$&") + '"]');
        if (again) again.focus();
      }
    } else if (poll && poll.results) {
      updateResults(poll, view);
    }
    announce();
  }

  function announce() {
    var poll = state.poll;
    var text;
    if (noticeNow()) text = noticeNow();
    else if (!poll) text = T.wait;
    else if (pending && pending.poll === poll.id) {
      text = pending.status === "failed" ? T.not_sent_tap : pending.status === "queued" ? T.not_sent_retrying : T.sending;
    } else if (poll.results) text = T.results;
    else if (!poll.open) text = T.closed;
    else if (poll.choice !== null && poll.choice !== undefined) text = fmt(T.your_vote, { choice: labelOf(poll, poll.choice) });
    else text = poll.question;
    if (text !== lastAnnounce) {
      lastAnnounce = text;
      live.textContent = text;
    }
  }

  function apply(next) {
    state = next;
    var poll = state.poll;
    // The server already holds the vote we were still trying to send (its answer
    // got lost on the way back): nothing is pending any more.
    if (pending && poll && pending.poll === poll.id && String(poll.choice) === pending.choice && pending.status !== "sending") {
      pending = null;
    }
    if (pending && pending.status === "failed" && pending.poll !== currentId()) {
      // The presenter moved on before the retry was tapped: that vote is over.
      notice = { poll: pending.poll, text: T.not_sent_previous };
      pending = null;
    }
    if (notice && notice.poll !== currentId()) {
      if (notice.elsewhere === undefined) notice.elsewhere = currentId();
      else if (notice.elsewhere !== currentId()) notice = null;
    }
    render();
  }

  /* ---- voting ---- */

  function vote(pollId, choice) {
    clearTimeout(retryTimer);
    notice = null;
    pending = { poll: pollId, choice: choice, status: "sending", tries: 0 };
    render();
    send();
  }

  function send() {
    if (!pending) return;
    if (navigator.onLine === false) {
      // Sent by the "online" handler (flush) when the network is back.
      pending.status = "queued";
      render();
      return;
    }
    var mine = ++sendSeq;
    var sent = pending;
    sent.status = "sending";
    sent.tries += 1;
    var ctrl = typeof AbortController === "function" ? new AbortController() : null;
    var timeout = setTimeout(function () { if (ctrl) ctrl.abort(); }, VOTE_TIMEOUT_MS);
    fetch("/api/vote", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ poll: sent.poll, choice: sent.choice }),
      credentials: "same-origin",
      cache: "no-store",
      signal: ctrl ? ctrl.signal : undefined
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        clearTimeout(timeout);
        if (mine !== sendSeq || pending !== sent) return;
        if (res.ok) {
          pending = null;
          if (state.poll && state.poll.id === sent.poll) {
            state.poll.choice = data && data.choice !== undefined ? data.choice : sent.choice;
          }
        } else if (res.status === 429 || res.status >= 500) {
          sent.status = "failed";
        } else {
          // Closed, moved on, or refused: this vote can never count. Say so plainly.
          pending = null;
          // 409 is "closed or no longer the current question": say it in the page's language.
          var reason = res.status === 409 ? T.closed : (data && data.error) || String(res.status);
          notice = { poll: sent.poll, text: fmt(T.not_sent_closed, { reason: reason }) };
          if (currentId() !== sent.poll) notice.elsewhere = currentId();
        }
        render();
      });
    }).catch(function () {
      clearTimeout(timeout);
      if (mine !== sendSeq || pending !== sent) return;
      // Offline or the server is away: keep the vote and try again.
      sent.status = sent.tries >= VOTE_AUTO_RETRIES && navigator.onLine !== false && isConnected() ? "failed" : "queued";
      if (sent.status === "queued") scheduleResend();
      render();
    });
  }

  function scheduleResend() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () { if (pending && pending.status === "queued") send(); }, backoffDelay(pending ? pending.tries : 0));
  }

  function flush() {
    if (pending && pending.status === "queued") send();
  }

  view.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("button") : null;
    if (!target || !view.contains(target)) return;
    if (target.getAttribute("data-retry")) {
      event.preventDefault();
      if (pending) send();
      render();
      return;
    }
    if (target.name === "choice" && state.poll && state.poll.open) {
      event.preventDefault();
      vote(String(state.poll.id), String(target.value));
    }
  });

  /* ---- following the presenter ---- */

  var ws = null;
  var attempts = 0;
  var reconnectTimer = null;
  var netTimer = null;
  var lastHeard = 0;
  var deadlineTimer = null;

  function backoffDelay(n) {
    var ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * Math.pow(2, n));
    return ceiling / 2 + Math.random() * ceiling / 2;
  }

  function isConnected() {
    return !!ws && ws.readyState === 1;
  }

  function showNet(visible) {
    clearTimeout(netTimer);
    if (!visible) { net.hidden = true; return; }
    // A quick reconnect should not flash a warning at the room.
    netTimer = setTimeout(function () { net.hidden = false; }, 700);
  }

  function connect() {
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (ws && ws.readyState <= 1) return;
    // The phone knows it has no network: wait for its "online" event instead of
    // failing attempts that only drain the battery.
    if (navigator.onLine === false) { showNet(true); return; }
    var url = (location.protocol === "https:" ? "wss:" : "ws:") + "//" + location.host + "/ws";
    var sock;
    try { sock = new WebSocket(url); } catch (e) { lost(null); return; }
    ws = sock;
    sock.onopen = function () {
      if (ws !== sock) return;
      attempts = 0;
      showNet(false);
      flush();
    };
    sock.onmessage = function (event) {
      if (ws !== sock) return;
      lastHeard = Date.now();
      var msg;
      try { msg = JSON.parse(event.data); } catch (e) { return; }
      if (!msg || msg.type !== "state") return;
      delete msg.type;
      apply(msg);
    };
    sock.onclose = function () { lost(sock); };
    sock.onerror = function () { /* a close event follows */ };
  }

  function lost(sock) {
    if (sock && ws !== sock) return;
    ws = null;
    showNet(true);
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(connect, backoffDelay(attempts));
    attempts += 1;
  }

  function probe() {
    var sock = ws;
    if (!sock || sock.readyState !== 1) return;
    var asked = Date.now();
    try { sock.send("state"); } catch (e) { /* the deadline below handles it */ }
    clearTimeout(deadlineTimer);
    deadlineTimer = setTimeout(function () {
      if (ws === sock && lastHeard < asked) abandon(sock);
    }, PROBE_DEADLINE_MS);
  }

  function abandon(sock) {
    if (!sock || ws !== sock) return;
    sock.onclose = null;
    try { sock.close(); } catch (e) { /* already closing */ }
    lost(sock);
  }

  function reconnectNow() {
    attempts = 0;
    if (!isConnected()) connect();
    flush();
  }

  window.addEventListener("online", reconnectNow);
  window.addEventListener("offline", function () {
    // The socket may not notice for a long time; treat it as gone now.
    if (ws) abandon(ws); else lost(null);
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible") return;
    if (isConnected()) probe(); else reconnectNow();
  });
  setInterval(function () { if (document.visibilityState !== "hidden") probe(); }, PROBE_EVERY_MS);
  window.addEventListener("pageshow", function (event) { if (event.persisted) reconnectNow(); });

  render();
  connect();
}());
