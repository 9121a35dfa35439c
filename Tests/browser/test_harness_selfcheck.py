"""The test harness itself, without parley: the real LRS (Ralph) behind the same-origin
front server, its outages, the State API, the cmi5 fetch URL, and the strict SCORM 2004
stand-in LMS. If these fail, the tests that use them cannot be trusted."""
import base64
import json
import time
import uuid

import requests

from conftest import serve
from lrs import AUTHORIZATION, VERSION, front_for, lrs  # noqa: F401 (lrs is a fixture)
from scorm2004_api import install_standin

HEADERS = {"Authorization": AUTHORIZATION, "X-Experience-API-Version": VERSION}


def statement(registration, verb="completed", **extra):
    return {
        "id": str(uuid.uuid4()),
        "actor": {"objectType": "Agent", "mbox": "mailto:learner@example.org"},
        "verb": {"id": f"http://adlnet.gov/expapi/verbs/{verb}"},
        "object": {"objectType": "Activity", "id": "https://example.org/course"},
        "context": {"registration": registration},
        **extra,
    }


def post(front, body):
    return requests.post(front.endpoint + "statements", json=body, headers=HEADERS, timeout=10)


def test_a_statement_posted_through_the_front_is_stored_in_ralph(lrs, tmp_path):
    registration = str(uuid.uuid4())
    sent = statement(registration)
    with front_for(tmp_path, lrs) as front:
        response = post(front, sent)
        assert (response.status_code, response.json()) == (200, [sent["id"]])
        # Without credentials Ralph refuses, through the proxy too.
        assert requests.post(front.endpoint + "statements", json=statement(registration), timeout=10).status_code == 401
        logged = [(r.method, r.path, r.status) for r in front.requests]
        assert logged == [("POST", "/xAPI/statements", 200), ("POST", "/xAPI/statements", 401)]
        assert json.loads(front.requests[0].body)["id"] == sent["id"]
    stored = lrs.statements(registration=registration)
    assert [s["id"] for s in stored] == [sent["id"]]
    assert stored[0]["verb"] == sent["verb"]
    assert stored[0]["authority"] == {"mbox": "mailto:admin@example.org", "objectType": "Agent"}
    assert sent["id"] in [s["id"] for s in lrs.statements()]


def test_reading_back_follows_the_more_link_past_one_page(lrs, tmp_path):
    registration = str(uuid.uuid4())
    sent = [statement(registration) for _ in range(105)]
    with front_for(tmp_path, lrs) as front:
        assert post(front, sent).status_code == 200
    assert [s["id"] for s in lrs.statements(registration=registration)] == [s["id"] for s in sent]


def test_an_lrs_that_goes_away_answers_5xx_and_comes_back_with_its_statements(lrs, tmp_path):
    registration = str(uuid.uuid4())
    first = statement(registration)
    with front_for(tmp_path, lrs) as front:
        assert post(front, first).status_code == 200
        try:
            lrs.stop()
            began = time.monotonic()
            response = post(front, statement(registration))
            assert response.status_code == 502
            assert time.monotonic() - began < 1
            # The State API is the LRS's too: down with it.
            state = requests.get(front.endpoint + "activities/state", headers=HEADERS, timeout=10, params={
                "activityId": "https://example.org/course", "agent": '{"mbox": "mailto:learner@example.org"}',
                "stateId": "x"})
            assert state.status_code == 502
        finally:
            lrs.start()
        assert lrs.startup_seconds < 10
        assert [s["id"] for s in lrs.statements(registration=registration)] == [first["id"]]
        # The second way down: the switch, with Ralph running.
        front.offline = True
        assert post(front, statement(registration)).status_code == 503
        front.offline = False
        assert post(front, statement(registration)).status_code == 200
        assert [r.status for r in front.requests] == [200, 502, 502, 503, 200]


def test_the_same_statement_sent_twice(lrs, tmp_path):
    """What Ralph 5.1.0 answers to a statement sent again, e.g. by a course retrying."""
    registration = str(uuid.uuid4())
    with front_for(tmp_path, lrs) as front:
        # With a timestamp of its own: stored once; the same again is accepted with 204.
        timed = statement(registration, timestamp="2026-11-30T10:00:00.000Z")
        assert post(front, timed).status_code == 200
        again = post(front, timed)
        assert (again.status_code, again.text) == (204, "")
        # The same id with other content: 409.
        assert post(front, {**timed, "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"}}).status_code == 409
        # Without a timestamp Ralph stamps one on arrival, and counts it in its comparison:
        # the very same statement sent twice is a 409 the second time (xAPI would accept it).
        untimed = statement(registration)
        assert post(front, untimed).status_code == 200
        assert post(front, untimed).status_code == 409
    assert sorted(s["id"] for s in lrs.statements(registration=registration)) == sorted([timed["id"], untimed["id"]])


def test_the_state_api_stores_documents_by_activity_agent_registration_and_id(lrs, tmp_path):
    # Ralph 5.1.0 has no State API of its own.
    assert lrs.request("GET", "/xAPI/activities/state").status_code == 404
    registration = str(uuid.uuid4())
    where = {"activityId": "https://example.org/course", "registration": registration, "stateId": "progress",
             "agent": json.dumps({"objectType": "Agent", "mbox": "mailto:learner@example.org"})}
    url = None
    with front_for(tmp_path, lrs) as front:
        url = front.endpoint + "activities/state"
        assert requests.get(url, params=where, headers=HEADERS, timeout=10).status_code == 404
        put = requests.put(url, params=where, headers=HEADERS, json={"done": ["a"]}, timeout=10)
        assert put.status_code == 204
        got = requests.get(url, params=where, headers=HEADERS, timeout=10)
        assert (got.status_code, got.headers["Content-Type"], got.json()) == (200, "application/json", {"done": ["a"]})
        # The same agent written differently (no objectType) is the same agent.
        other_spelling = {**where, "agent": '{"mbox":"mailto:learner@example.org"}'}
        assert requests.get(url, params=other_spelling, headers=HEADERS, timeout=10).json() == {"done": ["a"]}
        # POST merges JSON objects.
        assert requests.post(url, params=where, headers=HEADERS, json={"score": 3}, timeout=10).status_code == 204
        assert requests.get(url, params=where, headers=HEADERS, timeout=10).json() == {"done": ["a"], "score": 3}
        # Another registration is another document.
        elsewhere = {**where, "registration": str(uuid.uuid4())}
        assert requests.get(url, params=elsewhere, headers=HEADERS, timeout=10).status_code == 404
        # Without a stateId, GET lists the ids.
        listing = {key: value for key, value in where.items() if key != "stateId"}
        assert requests.get(url, params=listing, headers=HEADERS, timeout=10).json() == ["progress"]
        # Credentials as Ralph checks them; the required parameters; the version header.
        assert requests.get(url, params=where, timeout=10, headers={"X-Experience-API-Version": VERSION}).status_code == 401
        wrong = "Basic " + base64.b64encode(b"lrs:wrong").decode()
        assert requests.get(url, params=where, timeout=10,
                            headers={**HEADERS, "Authorization": wrong}).status_code == 401
        no_agent = {key: value for key, value in where.items() if key != "agent"}
        assert requests.get(url, params=no_agent, headers=HEADERS, timeout=10).status_code == 400
        assert requests.put(url, params=listing, headers=HEADERS, json={}, timeout=10).status_code == 400
        assert requests.get(url, params=where, headers={"Authorization": AUTHORIZATION}, timeout=10).status_code == 400
        # DELETE removes it.
        assert requests.delete(url, params=where, headers=HEADERS, timeout=10).status_code == 204
        assert requests.get(url, params=where, headers=HEADERS, timeout=10).status_code == 404
        assert front.state_document(where["activityId"], {"mbox": "mailto:learner@example.org"}, "progress",
                                    registration) is None
        assert [r.path for r in front.requests] == ["/xAPI/activities/state"] * len(front.requests)


def test_the_cmi5_fetch_url_gives_the_token_once(lrs, tmp_path):
    actor = {"objectType": "Agent", "account": {"homePage": "https://lms.example.org", "name": "learner-1"}}
    registration = str(uuid.uuid4())
    launch_data = {"contextTemplate": {"extensions": {}}, "launchMode": "Normal", "moveOn": "Completed"}
    with front_for(tmp_path, lrs) as front:
        fetch = front.cmi5_launch(actor, registration, "https://example.org/au/1", launch_data)
        assert fetch.startswith("/cmi5/fetch/")
        assert requests.get(front.url + fetch.lstrip("/"), timeout=10).status_code == 405
        first = requests.post(front.url + fetch.lstrip("/"), timeout=10)
        assert (first.status_code, first.headers["Content-Type"]) == (200, "application/json")
        token = first.json()["auth-token"]
        assert base64.b64decode(token) == b"lrs:secret"
        second = requests.post(front.url + fetch.lstrip("/"), timeout=10)
        assert (second.status_code, second.json()) == (200, {"error-code": "1", "error-text": "already in use"})
        assert front.fetches == {fetch: 3}
        unknown = requests.post(front.url + "cmi5/fetch/nonsense", timeout=10).json()
        assert unknown["error-code"] == "2"
        # The AU reads LMS.LaunchData with the token it fetched.
        got = requests.get(front.endpoint + "activities/state", timeout=10, params={
            "activityId": "https://example.org/au/1", "agent": json.dumps(actor), "registration": registration,
            "stateId": "LMS.LaunchData"}, headers={"Authorization": "Basic " + token, "X-Experience-API-Version": VERSION})
        assert (got.status_code, got.json()) == (200, launch_data)
        url = front.cmi5_launch_url("au/index.html", actor, registration, "https://example.org/au/1", launch_data)
        assert url.startswith(front.url + "au/index.html?endpoint=")


def scorm2004(page, script):
    """Runs `script` in the stand-in LMS page, with `api` its API_1484_11."""
    return page.execute_script("var api = window.API_1484_11;" + script)


def test_the_scorm_2004_stand_in_is_strict(page, tmp_path):
    install_standin(tmp_path)
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "index.html").write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course</title>'
        '<link rel="icon" href="data:,"></head><body><p>A course</p></body></html>')
    server = serve(tmp_path)
    try:
        lms = f"http://127.0.0.1:{server.server_address[1]}/"
        page.get(lms + "index.html?scaled_passing_score=0.8&location=page-2")
        run = lambda script: scorm2004(page, script)  # noqa: E731
        # Nothing before Initialize.
        assert run('return [api.SetValue("cmi.location", "x"), api.GetLastError()]') == ["false", "132"]
        assert run('return [api.GetValue("cmi.location"), api.GetLastError()]') == ["", "122"]
        assert run('return [api.Commit(""), api.GetLastError()]') == ["false", "142"]
        assert run('return [api.Initialize(""), api.GetLastError(), api.Initialize(""), api.GetLastError()]') == \
            ["true", "0", "false", "103"]

        def set_value(element, value):
            return run(f"return [api.SetValue({json.dumps(element)}, {json.dumps(value)}), api.GetLastError()]")

        def get_value(element):
            return run(f"return [api.GetValue({json.dumps(element)}), api.GetLastError()]")

        assert set_value("cmi.completion_status", "done") == ["false", "406"]
        assert set_value("cmi.completion_status", "completed") == ["true", "0"]
        assert set_value("cmi.success_status", "passed") == ["true", "0"]
        assert set_value("cmi.score.scaled", "1.5") == ["false", "407"]
        assert set_value("cmi.score.scaled", "high") == ["false", "406"]
        assert set_value("cmi.score.scaled", "0.5") == ["true", "0"]
        assert set_value("cmi.exit", "suspend") == ["true", "0"]
        assert get_value("cmi.exit") == ["", "405"]
        assert set_value("cmi.session_time", "01:02:03") == ["false", "406"]
        assert set_value("cmi.session_time", "PT1H2M3.5S") == ["true", "0"]
        assert set_value("cmi.mode", "review") == ["false", "404"]
        assert set_value("cmi.interactions._count", "3") == ["false", "404"]
        assert set_value("cmi.nonsense", "1") == ["false", "401"]
        assert get_value("cmi.location") == ["page-2", "0"]
        assert get_value("cmi.suspend_data") == ["", "403"]
        assert get_value("cmi.scaled_passing_score") == ["0.8", "0"]
        # Interactions: by index, started by the id, dependencies, updates.
        assert set_value("cmi.interactions.0.type", "choice") == ["false", "408"]
        assert set_value("cmi.interactions.1.id", "q1") == ["false", "351"]
        assert set_value("cmi.interactions.0.id", "urn:parley:q1") == ["true", "0"]
        assert set_value("cmi.interactions.0.learner_response", "a[,]b") == ["false", "408"]
        assert set_value("cmi.interactions.0.type", "choice") == ["true", "0"]
        assert set_value("cmi.interactions.0.learner_response", "a[,]a") == ["false", "406"]
        assert set_value("cmi.interactions.0.learner_response", "a[,]b") == ["true", "0"]
        assert set_value("cmi.interactions.0.correct_responses.0.pattern", "b") == ["true", "0"]
        assert set_value("cmi.interactions.0.timestamp", "2026-11-30T10:00:00.123Z") == ["false", "406"]
        assert set_value("cmi.interactions.0.timestamp", "2026-11-30T10:00:00.12Z") == ["true", "0"]
        assert set_value("cmi.interactions.0.result", "wrong") == ["false", "406"]
        assert set_value("cmi.interactions.0.result", "incorrect") == ["true", "0"]
        assert set_value("cmi.interactions.0.result", "correct") == ["true", "0"]
        assert get_value("cmi.interactions._count") == ["1", "0"]
        assert get_value("cmi.interactions.0.result") == ["correct", "0"]
        assert get_value("cmi.interactions.1.id") == ["", "301"]
        # Longer than its SPM: accepted, recorded, truncated.
        assert set_value("cmi.suspend_data", "x" * 64001) == ["true", "0"]
        assert len(get_value("cmi.suspend_data")[0]) == 64000
        assert run("return window.lmsWarnings.map(function (w) { return w.element; })") == ["cmi.suspend_data"]
        assert run('return [api.Terminate(""), api.GetLastError(), api.Terminate(""), api.GetLastError()]') == \
            ["true", "0", "false", "113"]
        assert get_value("cmi.location") == ["", "123"]
        values = run("return window.lmsValues")
        calls = run("return window.lmsCalls")
        errors = run("return window.lmsErrors")
        # The LMS decides success from the score and the passing score, at Terminate.
        assert values["cmi.success_status"] == "failed"
        assert values["cmi.exit"] == "suspend"
        assert calls[0] == ["SetValue", "cmi.location", "x", "false"] and errors[0] == "132"
        assert len(calls) == len(errors)
    finally:
        server.shutdown()
