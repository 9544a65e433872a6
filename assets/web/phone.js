/* votedeck phone page, the behaviour: follows the presenter over a WebSocket
 * (reconnecting with backoff and jitter), votes with fetch, and keeps a vote that
 * could not be sent until it is sent or plainly marked as not sent.
 *
 * Drawing is phone-view.js's job (loaded first, both deferred). The server renders
 * the same markup (server/phone_page.py) so the page works with JavaScript off.
 * No framework, no external request, no inline script or style (the page's CSP
 * forbids them): the state and the words arrive as JSON blocks in the page.
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
  var RESUME_FRESH_AFTER_MS = 1000;

  var T = readJSON("text") || {};
  var state = readJSON("state") || { poll: null };
  var view = document.getElementById("view");
  var net = document.getElementById("net");
  var ui = window.VotedeckView(T, view, document.getElementById("live"));
  var fmt = ui.fmt;

  // A vote not yet acknowledged: {poll, choice, status: sending|queued|failed, tries}.
  var pending = null;
  // A vote that can no longer count: {poll, text, elsewhere}. Shown on its own
  // question, and on the one question that follows it (`elsewhere`), so a vote
  // refused after the presenter moved on is never lost without a word.
  var notice = null;
  var sendSeq = 0;
  var retryTimer = null;

  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function currentId() {
    return state.poll ? String(state.poll.id) : null;
  }

  function noticeNow() {
    if (!notice) return "";
    if (notice.poll === currentId()) return notice.text;
    return notice.elsewhere === currentId() ? T.not_sent_previous : "";
  }

  function render() {
    ui.render({ state: state, pending: pending, notice: noticeNow() });
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
          var reason = refusalText(res.status);
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

  // A refusal in the page's language (the server's JSON sentence is English, for
  // tools); server/web/phone_errors.py maps the same statuses for JavaScript off.
  var REFUSALS = { 400: "error_bad", 403: "error_forbidden", 404: "error_gone", 408: "error_slow",
                   413: "error_too_large" };

  function refusalText(status) {
    // 409 is "closed or no longer the current question".
    if (status === 409) return T.closed;
    return T[REFUSALS[status] || "error_other"];
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

  /* ---- picks, typed answers, upvotes: their forms sent as JSON ---- */

  var FORM_PATHS = { "/api/vote": 1, "/api/answer": 1, "/api/answer/withdraw": 1, "/api/upvote": 1 };

  function formBody(form, path) {
    var body = { poll: form.elements.poll.value };
    var id = form.querySelector('input[name="id"]');
    if (id) body.id = parseInt(id.value, 10);
    if (path === "/api/vote") {
      body.choice = [];
      form.querySelectorAll('input[name="choice"]').forEach(function (box) { if (box.checked) body.choice.push(box.value); });
    }
    var text = form.querySelector('[name="text"]');
    if (text && path !== "/api/answer/withdraw" && path !== "/api/upvote" && (path !== "/api/vote" || text.value.trim())) body.text = text.value;
    return body;
  }

  function sendForm(form, path) {
    var body = formBody(form, path);
    if (path === "/api/vote" && !body.choice.length) return;
    if (path === "/api/vote" && body.choice.length > (state.poll && state.poll.pick || 1)) {
      notice = { poll: currentId(), text: fmt(T.pick_hint, { k: state.poll.pick }) };
      render();
      return;
    }
    notice = null;
    fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          notice = { poll: body.poll, text: fmt(T.not_sent_closed, { reason: (data && data.error) || String(res.status) }) };
          render();
          return;
        }
        // Sent: empty the box for the next answer. Look it up again: a state that came
        // over the socket meanwhile may have redrawn the form this one belonged to.
        var box = path === "/api/answer" && !body.id ? view.querySelector("form.ask textarea") : null;
        if (box) box.value = "";
        if (data.state) { apply(data.state); return; }
        if (state.poll && state.poll.id === body.poll) state.poll.choice = data.choice;
        render();
      });
    }).catch(function () {
      notice = { poll: body.poll, text: T.not_sent_tap };
      render();
    });
  }

  view.addEventListener("submit", function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var path = (submitter && submitter.getAttribute("formaction")) || form.getAttribute("action");
    if (!FORM_PATHS[path]) return;
    event.preventDefault();
    sendForm(form, path);
  });

  // A pick-k box ticked past k is unticked again: the phone enforces k, as the server does.
  view.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type !== "checkbox" || !state.poll) return;
    var form = box.form;
    var ticked = form.querySelectorAll('input[name="choice"]:checked').length;
    if (ticked > (state.poll.pick || 1)) box.checked = false;
    var row = box.closest("label");
    if (row) row.classList.toggle("chosen", box.checked);
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
  // Back from the background (a locked iPhone, another app): a socket that lived
  // through a suspension may be dead without a close event, and a probe would take
  // PROBE_DEADLINE_MS to say so. After a real absence start a fresh socket at once;
  // the server's first message on it is the current state.
  var hiddenSince = null;
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState !== "visible") { hiddenSince = Date.now(); return; }
    var away = hiddenSince === null ? 0 : Date.now() - hiddenSince;
    hiddenSince = null;
    if (away >= RESUME_FRESH_AFTER_MS && ws) abandon(ws);
    if (isConnected()) probe(); else reconnectNow();
  });
  setInterval(function () { if (document.visibilityState !== "hidden") probe(); }, PROBE_EVERY_MS);
  window.addEventListener("pageshow", function (event) { if (event.persisted) reconnectNow(); });

  render();
  connect();
}());
