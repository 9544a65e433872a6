"""Every question kind over real HTTP against a real VotingServer and SQLite file:
picks (k enforced), scales, open answers (add, edit, withdraw, caps, moderation),
questions from the room (upvote once, sorted), and tallies rebuilt on restart."""
from __future__ import annotations

import sqlite3

from common.values import CHOICE, PollKind, PollSpec

from .conftest import control, start_server, wait_for
from .kinds_support import TASKS, kinds_deck


async def post(session, running, path, body, status=200):
    async with session.post(running.url(path), json=body) as response:
        assert response.status == status, await response.text()
        return await response.json()


async def show(phone, running, slide):
    await control(phone(), running, "/api/control/slide", {"slide": slide})


def tally(running, poll_id):
    return running.server.snapshot().poll(poll_id)


async def test_pick_k_counts_each_pick_once_per_phone_and_refuses_more_than_k(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 2)
        a, b = phone(), phone()
        answer = await post(a, running, "/api/vote", {"poll": "tasks", "choice": ["risiko", "vision"]})
        assert answer == {"poll": "tasks", "choice": "vision,risiko"}       # deck order
        await post(b, running, "/api/vote", {"poll": "tasks", "choice": ["vision"]})
        refused = await post(b, running, "/api/vote", {"poll": "tasks", "choice": [
            "vision", "rum", "netvaerk", "risiko"]}, status=400)
        assert "at most 3" in refused["error"]
        await post(a, running, "/api/vote", {"poll": "tasks", "choice": ["rum", "vision"]})
        await wait_for(lambda: tally(running, "tasks") is not None
                       and tally(running, "tasks").voters == 2
                       and tally(running, "tasks").count("rum") == 1)
        t = tally(running, "tasks")
        assert dict(t.counts) == {"vision": 2, "rum": 1, "netvaerk": 0, "risiko": 0, "other": 0}
        results = await control(phone(), running, "/api/control/poll", {"poll": "tasks"})
        assert results["voters"] == 2 and results["kind"] == "choice"
    finally:
        running.server.stop()
    again = start_server(tmp_path, kinds_deck())        # rebuilt from the database
    try:
        t = again.server.snapshot().poll("tasks")
        assert dict(t.counts)["vision"] == 2 and t.voters == 2
    finally:
        again.server.stop()


async def test_other_words_go_with_the_other_pick(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 2)
        p = phone()
        refused = await post(p, running, "/api/vote", {"poll": "tasks", "choice": ["vision"],
                                                        "text": "x"}, status=400)
        assert "other" in refused["error"]
        await post(p, running, "/api/vote", {"poll": "tasks", "choice": ["vision", "other"],
                                             "text": "Tillid\u202e mellem\u0000 faggrupper"})
        await wait_for(lambda: tally(running, "tasks").answer_count == 1)
        assert tally(running, "tasks").answers[0].text == "Tillid mellem faggrupper"
        await post(p, running, "/api/vote", {"poll": "tasks", "choice": ["other"], "text": "Mod"})
        await wait_for(lambda: tally(running, "tasks").answers[0].text == "Mod")
        assert tally(running, "tasks").answer_count == 1        # one "other" per phone, edited
    finally:
        running.server.stop()


async def test_scale_votes_by_number_and_refuses_numbers_off_the_scale(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 3)
        for n in (4, 5, "4"):
            await post(phone(), running, "/api/vote", {"poll": "mood", "choice": n})
        await post(phone(), running, "/api/vote", {"poll": "mood", "choice": 9}, status=400)
        await wait_for(lambda: tally(running, "mood").voters == 3)
        assert dict(tally(running, "mood").counts) == {"1": 0, "2": 0, "3": 0, "4": 2, "5": 1}
    finally:
        running.server.stop()


async def test_open_answers_add_edit_withdraw_and_caps(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 4)
        p = phone()
        first = await post(p, running, "/api/answer", {"poll": "words", "text": "Nye ideer"})
        mine = first["state"]["me"]["mine"]
        assert [m["text"] for m in mine] == ["Nye ideer"]
        await post(p, running, "/api/answer", {"poll": "words", "text": "<b>Mod</b>"})
        capped = await post(p, running, "/api/answer", {"poll": "words", "text": "tre"}, status=429)
        assert "edit or withdraw" in capped["error"]
        long = await post(phone(), running, "/api/answer", {"poll": "words", "text": "x" * 41},
                          status=400)
        assert "at most 40" in long["error"]
        edited = await post(p, running, "/api/answer", {"poll": "words", "id": mine[0]["id"],
                                                        "text": "Nye idéer"})
        assert edited["state"]["me"]["mine"][0]["text"] == "Nye idéer"
        stranger = await post(phone(), running, "/api/answer/withdraw",
                              {"poll": "words", "id": mine[0]["id"]}, status=403)
        assert "Only the phone" in stranger["error"]
        await post(p, running, "/api/answer/withdraw", {"poll": "words", "id": mine[0]["id"]})
        # The snapshot is published after the commit that acked each post, so wait for the
        # final text rather than a count the first answer alone would already satisfy.
        await wait_for(lambda: [a.text for a in tally(running, "words").answers] == ["<b>Mod</b>"])
        unknown = await post(p, running, "/api/answer", {"poll": "words", "txt": "a"}, status=400)
        assert "txt" in unknown["error"]
    finally:
        running.server.stop()


async def test_hiding_takes_an_answer_off_the_room_and_marks_it_in_the_store(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 4)
        p = phone()
        sent = await post(p, running, "/api/answer", {"poll": "words", "text": "Noget grimt"})
        answer_id = sent["state"]["me"]["mine"][0]["id"]
        await wait_for(lambda: tally(running, "words").answer_count == 1)
        hidden = await control(phone(), running, "/api/control/answer", {"id": answer_id,
                                                                           "hidden": True})
        assert hidden["hidden"] is True and hidden["poll"] == "words"
        await wait_for(lambda: tally(running, "words").answer_count == 0)
        assert tally(running, "words").answers == ()
        assert tally(running, "words").incoming[0].hidden       # the speaker still sees it
        async with p.get(running.url("/api/state")) as response:
            assert (await response.json())["me"]["mine"][0]["hidden"] is True
        with sqlite3.connect(running.server.database_path) as db:
            assert db.execute("SELECT text, hidden FROM answers").fetchall() == [("Noget grimt", 1)]
    finally:
        running.server.stop()


async def test_moderated_answers_wait_for_approval(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck(moderate=True))
    try:
        await show(phone, running, 4)
        sent = await post(phone(), running, "/api/answer", {"poll": "words", "text": "Vent"})
        answer_id = sent["state"]["me"]["mine"][0]["id"]
        assert sent["state"]["me"]["mine"][0]["approved"] is False
        await wait_for(lambda: len(tally(running, "words").incoming) == 1)
        assert tally(running, "words").answer_count == 0
        await control(phone(), running, "/api/control/answer", {"id": answer_id, "approved": True})
        await wait_for(lambda: tally(running, "words").answer_count == 1)
    finally:
        running.server.stop()


async def test_questions_upvoted_once_per_phone_and_sorted_by_votes(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 5)
        asker, fans = phone(), [phone() for _ in range(3)]
        first = await post(asker, running, "/api/answer", {"poll": "ask", "text": "Hvem betaler?"})
        second = await post(asker, running, "/api/answer", {"poll": "ask", "text": "Hvornår?"})
        q1, q2 = (s["state"]["me"]["mine"][-1]["id"] for s in (first, second))
        own = await post(asker, running, "/api/upvote", {"poll": "ask", "id": q1}, status=409)
        assert "own question" in own["error"]
        for fan in fans:
            await post(fan, running, "/api/upvote", {"poll": "ask", "id": q2})
        again = await post(fans[0], running, "/api/upvote", {"poll": "ask", "id": q2})
        assert again["state"]["me"]["upvoted"] == [q2]
        await wait_for(lambda: tally(running, "ask").answers
                       and tally(running, "ask").answers[0].votes == 3)
        assert [a.text for a in tally(running, "ask").answers] == ["Hvornår?", "Hvem betaler?"]
        async with fans[1].get(running.url("/api/state")) as response:
            state = await response.json()
        assert [q["text"] for q in state["poll"]["wall"]] == ["Hvornår?", "Hvem betaler?"]
        await control(phone(), running, "/api/control/answer", {"id": q2, "answered": True})
        await wait_for(lambda: tally(running, "ask").answers[0].text == "Hvem betaler?")
    finally:
        running.server.stop()
    again = start_server(tmp_path, kinds_deck())
    try:
        shown = again.server.snapshot().poll("ask").answers
        assert [(a.text, a.votes, a.answered) for a in shown] == [
            ("Hvem betaler?", 0, False), ("Hvornår?", 3, True)]
    finally:
        again.server.stop()


async def test_answers_as_a_plain_form_post_without_javascript(tmp_path, phone):
    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 2)
        p = phone()
        async with p.post(running.url("/api/vote"), data=[("poll", "tasks"), ("choice", "rum"),
                                                          ("choice", "other"), ("text", "Tid")],
                          allow_redirects=False) as response:
            assert response.status == 303
        await wait_for(lambda: tally(running, "tasks").answer_count == 1)
        await show(phone, running, 4)
        async with p.post(running.url("/api/answer"), data={"poll": "words", "text": "Leg"},
                          allow_redirects=False) as response:
            assert response.status == 303
        async with p.post(running.url("/api/answer"), data={"poll": "words", "text": ""}) as response:
            # A refused form post is a small page in the phone's language (server/web/phone_errors.py).
                assert response.status == 400 and "kunne ikke læses" in await response.text()
        await wait_for(lambda: tally(running, "words").answer_count == 1)
    finally:
        running.server.stop()


async def test_exports_carry_every_kind_and_deleting_the_session_removes_answers(tmp_path, phone):
    import csv
    import io
    import json

    from server.store.results import session_results
    from server.store.results_files import csv_bytes, json_bytes
    from server.store.session_list import delete_session

    deck = kinds_deck()
    running = start_server(tmp_path, deck)
    try:
        await show(phone, running, 2)
        await post(phone(), running, "/api/vote", {"poll": "tasks", "choice": ["vision", "rum"]})
        await show(phone, running, 3)
        for n in (2, 5, 5):
            await post(phone(), running, "/api/vote", {"poll": "mood", "choice": n})
        await show(phone, running, 4)
        sent = await post(phone(), running, "/api/answer", {"poll": "words", "text": 'Tillid, "mod"'})
        await control(phone(), running, "/api/control/answer",
                      {"id": sent["state"]["me"]["mine"][0]["id"], "hidden": True})
        await show(phone, running, 5)
        asked = await post(phone(), running, "/api/answer", {"poll": "ask", "text": "Hvornår?"})
        await post(phone(), running, "/api/upvote", {"poll": "ask",
                                                     "id": asked["state"]["me"]["mine"][0]["id"]})
        database, session = running.server.database_path, running.server.session_id
    finally:
        running.server.stop()
    results = session_results(database, session, deck)
    document = json.loads(json_bytes(results))
    polls = {p["id"]: p for p in document["polls"]}
    assert polls["tasks"]["kind"] == "choice" and polls["tasks"]["voters"] == 1
    assert {o["id"]: o["count"] for o in polls["tasks"]["options"]}["rum"] == 1
    assert polls["mood"]["mean"] == 4.0 and polls["mood"]["median"] == 5
    assert polls["words"]["answers"][0]["text"] == 'Tillid, "mod"'
    assert polls["words"]["answers"][0]["hidden"] is True
    assert polls["ask"]["answers"][0]["upvotes"] == 1
    rows = list(csv.DictReader(io.StringIO(csv_bytes(results).decode("utf-8-sig"), newline="")))
    typed = [r for r in rows if r["answer_id"]]
    assert [(r["poll_id"], r["text"], r["hidden"], r["upvotes"]) for r in typed] == [
        ("words", 'Tillid, "mod"', "true", "0"), ("ask", "Hvornår?", "false", "1")]
    delete_session(database, session)
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT COUNT(*) FROM answers").fetchone() == (0,)
        assert db.execute("SELECT COUNT(*) FROM upvotes").fetchone() == (0,)


async def test_an_answer_spends_the_vote_bucket_only_not_the_page_bucket_too(tmp_path, phone):
    """Answers are written like votes and rated like votes: a phone that has used its
    page requests (reloads, state polls) can still send its answer, once."""
    running = start_server(tmp_path, kinds_deck(), max_requests_per_second=2)
    try:
        await show(phone, running, 4)
        p = phone()
        statuses = []
        for _ in range(12):          # the page bucket: 2 a second, 5 seconds' burst
            async with p.get(running.url("/api/state")) as response:
                statuses.append(response.status)
        assert statuses[-1] == 429
        await post(p, running, "/api/answer", {"poll": "words", "text": "Tillid"})
    finally:
        running.server.stop()


async def test_an_edited_deck_keeps_pick_k_counts_and_takes_votes_on_a_new_poll(tmp_path, phone):
    """The deck reloaded while shown (VotingServer.replace_deck): a pick-3 vote still counts
    once per option picked and its phone once; a poll the edit added takes votes."""
    from dataclasses import replace

    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 2)
        await post(phone(), running, "/api/vote", {"poll": "tasks", "choice": ["risiko", "vision"]})
        await post(phone(), running, "/api/vote", {"poll": "tasks", "choice": ["vision"]})
        await wait_for(lambda: tally(running, "tasks").voters == 2)
        deck = kinds_deck()
        added = PollSpec("extra", "Ny?", TASKS[:2], 6, PollKind(CHOICE))
        running.server.replace_deck(replace(deck, polls=(*deck.polls, added)))
        await show(phone, running, 6)
        await post(phone(), running, "/api/vote", {"poll": "extra", "choice": "rum"})
        await wait_for(lambda: tally(running, "extra") is not None
                       and tally(running, "extra").voters == 1)
        tasks = tally(running, "tasks")
        assert dict(tasks.counts)["vision"] == 2 and dict(tasks.counts)["risiko"] == 1
        assert tasks.voters == 2
    finally:
        running.server.stop()


async def test_a_refused_form_speaks_the_language_of_the_deck_as_edited(tmp_path, phone):
    """Phones that send no Accept-Language get the deck's language, the deck as it is now."""
    from dataclasses import replace

    from common.words import phone_texts

    running = start_server(tmp_path, kinds_deck())
    try:
        await show(phone, running, 4)
        running.server.replace_deck(replace(kinds_deck(), language="sv"))
        async with phone().post(running.url("/api/answer"), data={"poll": "words", "text": ""},
                                headers={"Accept-Language": ""}) as response:
            assert response.status == 400
            assert phone_texts("sv")["error_bad"] in await response.text()
    finally:
        running.server.stop()
