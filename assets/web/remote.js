/* votedeck: the speaker's remote on their own phone (issue 17). It asks the server
 * for the talk's state every second (GET /api/remote/state: simple, and it survives
 * any drop, sleep or network change without a socket to mend) and moves the talk
 * through the same control path as the presenter's control API. The remote's
 * cookie is HttpOnly: this script never sees it. No inline code (the CSP forbids it).
 */
(function () {
  "use strict";

  var EVERY_MS = 1000;
  var T = JSON.parse(document.getElementById("text").textContent || "{}");
  var $ = function (id) { return document.getElementById(id); };
  var state = null;
  var heardAt = 0;
  var timer = null;
  var busy = false;

  function fmt(text, values) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : m;
    });
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, r = s % 60;
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return (h ? h + ":" + two(m) : String(m)) + ":" + two(r);
  }

  function picture(box, pic) {
    var url = pic ? pic.url : "";
    if (box.getAttribute("data-url") === url) return;
    box.setAttribute("data-url", url);
    box.textContent = "";
    if (!pic) { box.appendChild(document.createTextNode(T.no_image)); return; }
    var img = document.createElement("img");
    img.src = pic.url;
    img.alt = pic.text || fmt(T.where, { n: pic.n, total: state.slides });
    box.appendChild(img);
  }

  function draw() {
    var s = state;
    $("where").textContent = fmt(T.where, { n: s.slide, total: s.slides });
    $("prev").disabled = busy || s.slide <= 1;
    $("next").disabled = busy || s.slide >= s.slides;
    var poll = s.poll;
    $("poll").hidden = !poll;
    if (poll) {
      $("question").textContent = poll.question;
      $("poll-state").textContent = fmt(poll.open ? T.poll_open : T.poll_closed, { n: poll.voters });
      $("open").textContent = poll.open ? T.close : T.open;
      $("reveal").textContent = poll.revealed ? T.hide : T.reveal;
      $("open").disabled = $("reveal").disabled = busy;
    }
    picture($("now"), s.now);
    picture($("upcoming"), s.next);
    $("notes").textContent = s.notes || T.no_notes;
    tick();
  }

  function tick() {
    var t = state && state.timer;
    if (!t) { $("timer").textContent = ""; return; }
    var elapsed = t.elapsed + (t.running ? (Date.now() - heardAt) / 1000 : 0);
    $("timer").textContent = clock(elapsed);
  }

  function refused() {
    document.querySelector("main").textContent = "";
    var p = document.createElement("p");
    p.className = "refused";
    p.textContent = T.refused;
    document.querySelector("main").appendChild(p);
  }

  function ask() {
    clearTimeout(timer);
    return fetch("/api/remote/state", { credentials: "same-origin", cache: "no-store" })
      .then(function (res) {
        if (res.status === 403) { refused(); return null; }
        if (!res.ok) throw new Error(String(res.status));
        return res.json();
      })
      .then(function (data) {
        if (!data) return;
        state = data;
        heardAt = Date.now();
        $("net").hidden = true;
        draw();
        timer = setTimeout(ask, EVERY_MS);
      })
      .catch(function () {
        $("net").hidden = false;
        timer = setTimeout(ask, EVERY_MS);
      });
  }

  function send(path, body) {
    if (busy || !state) return;
    busy = true;
    draw();
    fetch(path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).catch(function () { $("net").hidden = false; })
      .then(function () { busy = false; return ask(); });
  }

  $("prev").addEventListener("click", function () { send("/api/remote/slide", { slide: state.slide - 1 }); });
  $("next").addEventListener("click", function () { send("/api/remote/slide", { slide: state.slide + 1 }); });
  $("open").addEventListener("click", function () {
    if (state.poll) send("/api/remote/poll", { poll: state.poll.id, open: !state.poll.open });
  });
  $("reveal").addEventListener("click", function () {
    if (state.poll) send("/api/remote/poll", { poll: state.poll.id, reveal: !state.poll.revealed });
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") ask();
  });
  setInterval(tick, 1000);
  ask();
}());
