/* votedeck phone page, the view: builds the page's <main> from a state, the same
 * markup server/phone_page.py renders for phones with JavaScript off (keep the
 * two in step: same elements, same class names; tests/e2e compares them).
 *
 * It only draws. phone.js owns the state, the votes and the socket, and calls
 * render({state, pending, notice}) whenever one of them changes.
 * No inline style (the page's CSP forbids it): bar widths are classes w0..w100.
 */
(function () {
  "use strict";

  var KINDS = { "agree": "\u2713", "disagree": "\u2715", "dont-know": "?" };
  var INPUTS = "textarea, input[type=text], input[type=checkbox], input[type=radio]";

  window.VotedeckView = function (T, view, live) {
    // What render() was last given: {state, pending, notice (a sentence or "")}.
    var ui = { state: { poll: null }, pending: null, notice: "" };
    var lastShape = "";
    var lastAnnounce = "";

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

    // Whole percentages that add to 100: largest remainder, exactly as
    // server/percent.py's whole_percentages (ties: larger count, then earlier option).
    function wholePercentages(counts) {
      var total = counts.reduce(function (sum, c) { return sum + c; }, 0);
      if (total <= 0) return counts.map(function () { return 0; });
      var floors = counts.map(function (c) { return Math.floor(100 * c / total); });
      var rests = counts.map(function (c, i) { return 100 * c - floors[i] * total; });
      var left = 100 - floors.reduce(function (sum, f) { return sum + f; }, 0);
      var order = counts.map(function (c, i) { return i; });
      order.sort(function (a, b) { return rests[b] - rests[a] || counts[b] - counts[a] || a - b; });
      for (var k = 0; k < left; k++) floors[order[k]] += 1;
      return floors;
    }

    function count(value) {
      return typeof value === "number" && value > 0 ? Math.floor(value) : 0;
    }

    // ---- the phone's language (issue 17): the deck's words in it where the deck
    // gives them, the deck's own otherwise; server/web/phone_page.py's poll_words
    // does the same for the first paint.
    var LANGS = readLangs();

    function readLangs() {
      var node = document.getElementById("langs");
      var found = null;
      try { found = node ? JSON.parse(node.textContent) : null; } catch (e) { found = null; }
      var page = document.documentElement.lang || "";
      return { phone: (found && found.phone) || page, deck: (found && found.deck) || page };
    }

    function mineOf(poll) {
      var texts = poll.texts || {};
      var mine = texts[String(LANGS.phone).split("-")[0].toLowerCase()];
      return mine && typeof mine === "object" ? mine : {};
    }

    function questionOf(poll) {
      var mine = mineOf(poll);
      return mine.question ? { text: String(mine.question), lang: LANGS.phone }
                           : { text: String(poll.question), lang: LANGS.deck };
    }

    function options(poll) {
      var labels = mineOf(poll).labels || {};
      return (poll.options || []).map(function (o) {
        var own = labels[String(o.id)];
        return own ? { id: String(o.id), label: String(own), lang: LANGS.phone }
                   : { id: String(o.id), label: String(o.label), lang: LANGS.deck };
      });
    }

    // The deck's words keep the deck's lang when the page speaks another.
    function marked(node, lang) {
      if (lang && lang !== LANGS.phone) node.lang = lang;
      return node;
    }

    function renderProgress(poll) {
      var p = poll.progress;
      if (!p || !p.of) return null;
      if (p.kicker) return marked(el("p", "progress", p.kicker), LANGS.deck);
      return el("p", "progress", fmt(T.progress, { n: p.n, total: p.of }));
    }

    function labelOf(poll, id) {
      return chosenIds(id).map(function (one) {
        var found = options(poll).filter(function (o) { return o.id === one; })[0];
        return found ? found.label : one;
      }).join(", ");
    }

    function votesText(n) {
      return n === 1 ? T.vote_one : fmt(T.votes, { n: n });
    }

    function renderWait() {
      if (ui.state.finished) {
        var thanks = el("section", "wait thanks");
        thanks.appendChild(el("h1", "wait-text", T.thanks));
        thanks.appendChild(el("p", "fine", T.thanks_hint));
        return thanks;
      }
      var box = el("section", "wait");
      var dot = el("span", "pulse");
      dot.setAttribute("aria-hidden", "true");
      box.appendChild(dot);
      box.appendChild(el("h1", "wait-text", T.wait));
      box.appendChild(el("p", "fine", T.wait_hint));
      return box;
    }

    // Between polls, the slide on the screen now; server/web/phone_page.py's
    // render_slide_image draws the same. The slide's words are its alt text.
    function renderImage(image) {
      if (!image || !image.url) return null;
      var caption = T.slide_now + " \u00b7 " + fmt(T.slide_number, { n: image.n });
      var fig = el("figure", "now");
      fig.appendChild(el("figcaption", null, caption));
      var link = el("a", "zoom");
      link.href = image.url;
      var img = el("img");
      img.src = image.url;
      img.alt = image.text || caption;
      img.width = count(image.width);
      img.height = count(image.height);
      img.loading = "lazy";
      img.decoding = "async";
      link.appendChild(img);
      fig.appendChild(link);
      return fig;
    }

    function renderMessage() {
      var msg = el("p", "msg");
      msg.id = "msg";
      var poll = ui.state.poll;
      var noticeText = ui.notice;
      if (noticeText) {
        msg.className = "msg err";
        msg.textContent = noticeText;
      } else if (ui.pending && poll && ui.pending.poll === poll.id) {
        if (ui.pending.status === "failed") {
          msg.className = "msg err";
          var retry = el("button", "retry", T.not_sent_tap);
          retry.type = "button";
          retry.setAttribute("data-retry", "1");
          msg.appendChild(retry);
        } else if (ui.pending.status === "queued") {
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
        var sending = ui.pending && ui.pending.poll === poll.id && ui.pending.choice === o.id;
        var btn = el("button", "opt " + kindClass(o.id, i) + (chosen ? " chosen" : "") + (sending ? " sending" : ""));
        btn.type = "submit";
        btn.name = "choice";
        btn.value = o.id;
        btn.setAttribute("aria-pressed", chosen ? "true" : "false");
        var ic = el("span", "ic", KINDS[o.id] || "");
        ic.setAttribute("aria-hidden", "true");
        btn.appendChild(ic);
        btn.appendChild(marked(el("span", "lbl", o.label), o.lang));
        form.appendChild(btn);
      });
      if (voted) form.appendChild(el("p", "fine", T.change_hint));
      form.appendChild(renderMessage());
      return form;
    }


    /* ---- the newer kinds (server/web/phone_kinds.py draws the same) ---- */

    function hidden(name, value) {
      var input = el("input");
      input.type = "hidden";
      input.name = name;
      input.value = String(value);
      return input;
    }

    function submitButton(cls, text, action) {
      var btn = el("button", cls, text);
      btn.type = "submit";
      if (action) btn.setAttribute("formaction", action);
      return btn;
    }

    function chosenIds(choice) {
      return choice ? String(choice).split(",") : [];
    }

    function isPickForm(poll) {
      return poll.kind === "choice" && ((poll.pick || 1) > 1 || !!poll.other);
    }

    function renderPickForm(poll) {
      var form = el("form", "vote pick");
      form.method = "post";
      form.action = "/api/vote";
      form.setAttribute("aria-labelledby", "q");
      form.appendChild(hidden("poll", poll.id));
      var pick = poll.pick || 1;
      form.appendChild(el("p", "hint", fmt(T.pick_hint, { k: pick })));
      var mine = chosenIds(poll.choice);
      options(poll).forEach(function (o, i) {
        var on = mine.indexOf(o.id) >= 0;
        var row = el("label", "opt k-o" + (i % 4) + (on ? " chosen" : ""));
        var box = el("input");
        box.type = pick > 1 ? "checkbox" : "radio";
        box.name = "choice";
        box.value = o.id;
        if (on) box.setAttribute("checked", "");
        row.appendChild(box);
        row.appendChild(el("span", "lbl", o.label));
        form.appendChild(row);
      });
      if (poll.other) {
        var other = el("input", "other");
        other.type = "text";
        other.name = "text";
        other.maxLength = poll.max_length || 200;
        other.setAttribute("aria-label", T.other_prompt);
        other.placeholder = T.other_prompt;
        form.appendChild(other);
      }
      form.appendChild(submitButton("send", T.send));
      form.appendChild(renderMessage());
      return form;
    }

    function renderEnds(poll) {
      var labels = poll.labels || ["", ""];
      if (!labels[0] && !labels[1]) return null;
      var ends = el("p", "ends");
      ends.appendChild(el("span", null, labels[0] || ""));
      ends.appendChild(el("span", null, labels[1] || ""));
      return ends;
    }

    function textBox(name, limit, rows) {
      var box = el("textarea");
      box.name = name;
      box.maxLength = limit;
      box.rows = rows;
      box.required = true;
      return box;
    }

    function renderTyped(poll, me, frag) {
      var mine = (me && me.mine) || [];
      var questions = poll.kind === "questions";
      var limit = poll.max_length || 200;
      if (poll.open && mine.length < (poll.answers_per_phone || 1)) {
        var form = el("form", "ask");
        form.method = "post";
        form.action = "/api/answer";
        form.appendChild(hidden("poll", poll.id));
        var label = el("label", "hint", questions ? T.ask_prompt : T.answer_prompt);
        label.htmlFor = "answer";
        form.appendChild(label);
        var box = textBox("text", limit, 3);
        box.id = "answer";
        form.appendChild(box);
        form.appendChild(submitButton("send", T.send));
        form.appendChild(renderMessage());
        frag.appendChild(form);
      } else if (poll.open) {
        frag.appendChild(el("p", "fine", T.all_used));
      }
      if (mine.length) {
        var own = el("section", "own");
        own.appendChild(el("h2", null, T.your_answers));
        var list = el("ul");
        mine.forEach(function (a) { list.appendChild(ownCard(poll, a, limit)); });
        own.appendChild(list);
        frag.appendChild(own);
      }
      if (questions) frag.appendChild(renderQuestions(poll, me));
    }

    function ownCard(poll, a, limit) {
      var card = el("li", "card");
      var status = a.hidden ? T.hidden : a.approved === false ? T.waiting : "";
      var note = status ? el("p", "fine", status) : null;
      if (!poll.open) {
        card.appendChild(el("p", "qt", a.text));
        if (note) card.appendChild(note);
        return card;
      }
      var form = el("form", "edit");
      form.method = "post";
      form.action = "/api/answer";
      form.appendChild(hidden("poll", poll.id));
      form.appendChild(hidden("id", a.id));
      var box = textBox("text", limit, 2);
      box.setAttribute("aria-label", T.answer_prompt);
      box.textContent = a.text;
      form.appendChild(box);
      if (note) form.appendChild(note);
      form.appendChild(submitButton("send", T.save));
      form.appendChild(submitButton("quiet", T.withdraw, "/api/answer/withdraw"));
      card.appendChild(form);
      return card;
    }

    function renderQuestions(poll, me) {
      var wall = poll.wall || [];
      if (!wall.length) return el("p", "fine", T.no_questions);
      var mine = ((me && me.mine) || []).map(function (a) { return a.id; });
      var upvoted = (me && me.upvoted) || [];
      var list = el("ul", "qlist");
      wall.forEach(function (q) {
        var on = upvoted.indexOf(q.id) >= 0;
        var card = el("li", "card" + (q.answered ? " answered" : ""));
        card.appendChild(el("p", "qt", q.text));
        if (q.answered) card.appendChild(el("span", "tag", T.answered));
        var form = el("form", "up");
        form.method = "post";
        form.action = "/api/upvote";
        form.appendChild(hidden("poll", poll.id));
        form.appendChild(hidden("id", q.id));
        var btn = submitButton("upb" + (on ? " on" : ""), "\u25b2 ");
        btn.setAttribute("aria-pressed", on ? "true" : "false");
        btn.setAttribute("aria-label", (on ? T.upvoted : T.upvote) + ", " + (q.votes || 0));
        btn.disabled = on || mine.indexOf(q.id) >= 0 || !poll.open;
        btn.appendChild(el("span", "n", q.votes || 0));
        form.appendChild(btn);
        card.appendChild(form);
        list.appendChild(card);
      });
      return list;
    }

    // What a phone typed or ticked but has not sent survives a re-render (a new
    // question on the list must not wipe a half-typed answer).
    function inputKey(node) {
      var form = node.form;
      var id = form ? form.querySelector('input[name="id"]') : null;
      return (form ? form.getAttribute("action") : "") + "|" + (id ? id.value : "") + "|" + node.name;
    }

    function keepInputs() {
      var kept = [];
      view.querySelectorAll(INPUTS).forEach(function (node) {
        kept.push({ key: inputKey(node), value: node.value, checked: node.checked, focus: document.activeElement === node });
      });
      return kept;
    }

    function restoreInputs(kept) {
      var nodes = Array.prototype.slice.call(view.querySelectorAll(INPUTS));
      kept.forEach(function (k) {
        nodes.forEach(function (node) {
          if (inputKey(node) !== k.key) return;
          if (node.type === "checkbox" || node.type === "radio") {
            if (node.value === k.value) node.checked = k.checked;
            return;
          }
          node.value = k.value;
          if (k.focus) node.focus();
        });
      });
    }

    function renderResults(poll) {
      var box = el("section", "results");
      box.appendChild(el("h2", null, T.results));
      var list = el("ul");
      options(poll).forEach(function (o, i) {
        var row = el("li", "row " + kindClass(o.id, i));
        row.appendChild(marked(el("span", "lbl", o.label), o.lang));
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
      var counts = opts.map(function (o) { return count(results[o.id]); });
      var total = counts.reduce(function (sum, n) { return sum + n; }, 0);
      var shares = wholePercentages(counts);
      var rows = root.querySelectorAll(".row");
      opts.forEach(function (o, i) {
        var row = rows[i];
        if (!row) return;
        var n = counts[i];
        var pct = shares[i];
        row.querySelector(".num").textContent = n + " \u00b7 " + pct + " %";
        row.querySelector(".bar").className = "bar w" + pct;
      });
      var totalNode = root.querySelector(".total");
      // Paper ballots are in the counts: say so, never silently.
      var paper = poll.on_paper > 0 ? " \u00b7 " + fmt(T.on_paper, { n: poll.on_paper }) : "";
      if (totalNode) totalNode.textContent = votesText(total) + paper;
    }

    function shapeOf(poll) {
      // Everything that changes the markup except the counts themselves.
      return JSON.stringify([poll ? [poll.id, poll.question, poll.options, !!poll.open, poll.choice,
        !!poll.results, poll.wall, poll.texts, poll.progress] : null, !!ui.state.finished, ui.state.me,
        poll ? null : ui.state.image,
        ui.pending, ui.notice]);
    }

    function render(next) {
      ui = next;
      var poll = ui.state.poll;
      var shape = shapeOf(poll);
      if (shape !== lastShape) {
        lastShape = shape;
        var focused = document.activeElement && view.contains(document.activeElement) ? document.activeElement.value : null;
        var kept = keepInputs();
        var frag = document.createDocumentFragment();
        if (!poll) {
          frag.appendChild(renderWait());
          var image = renderImage(ui.state.image);
          if (image) frag.appendChild(image);
          frag.appendChild(renderMessage());
        } else {
          var progress = renderProgress(poll);
          if (progress) frag.appendChild(progress);
          var question = questionOf(poll);
          var q = marked(el("h1", "q", question.text), question.lang);
          q.id = "q";
          frag.appendChild(q);
          var typed = poll.kind === "open" || poll.kind === "questions";
          if (typed) {
            renderTyped(poll, ui.state.me, frag);
          } else if (poll.choice !== null && poll.choice !== undefined) {
            var mine = el("p", "mine");
            var tick = el("span", "tick", "\u2713");
            tick.setAttribute("aria-hidden", "true");
            mine.appendChild(tick);
            mine.appendChild(document.createTextNode(fmt(T.your_vote, { choice: labelOf(poll, poll.choice) })));
            frag.appendChild(mine);
          }
          if (typed) {
            if (!poll.open) frag.appendChild(el("p", "closed", T.closed));
          } else if (poll.open && isPickForm(poll)) {
            frag.appendChild(renderPickForm(poll));
          } else if (poll.open) {
            var ends = poll.kind === "scale" ? renderEnds(poll) : null;
            if (ends) frag.appendChild(ends);
            var form = frag.appendChild(renderForm(poll));
            if (poll.kind === "scale") form.className = "vote scale";
          } else {
            frag.appendChild(el("p", "closed", T.closed));
            if (poll.choice === null || poll.choice === undefined) frag.appendChild(el("p", "fine", T.no_vote));
            frag.appendChild(renderMessage());
          }
          // Fresh bars get their widths before they are shown, so they do not grow from 0.
          if (poll.results) updateResults(poll, frag.appendChild(renderResults(poll)));
        }
        view.replaceChildren ? view.replaceChildren(frag) : (view.textContent = "", view.appendChild(frag));
        restoreInputs(kept);
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
      var poll = ui.state.poll;
      var text;
      if (ui.notice) text = ui.notice;
      else if (!poll) text = ui.state.finished ? T.thanks : T.wait;
      else if (ui.pending && ui.pending.poll === poll.id) {
        text = ui.pending.status === "failed" ? T.not_sent_tap : ui.pending.status === "queued" ? T.not_sent_retrying : T.sending;
      } else if (poll.results) text = T.results;
      else if (!poll.open) text = T.closed;
      else if (poll.choice !== null && poll.choice !== undefined) text = fmt(T.your_vote, { choice: labelOf(poll, poll.choice) });
      else text = questionOf(poll).text;
      if (text !== lastAnnounce) {
        lastAnnounce = text;
        live.textContent = text;
      }
    }

    return { render: render, fmt: fmt };
  };
}());
