"""A real xAPI learning record store for the browser tests, and a same-origin front
server that serves a course folder and proxies the xAPI to it, the way a course is
deployed behind an LMS's gateway.

The LRS is Ralph 5.1.0 (`ralph-malph[cli,lrs]`, see Tests/browser/requirements.txt) on
its file-system backend in a temporary folder: nothing is downloaded at run time.

STATE API: BUILT INTO THE FRONT SERVER, because Ralph 5.1.0 does not implement it.
Its API has only `/xAPI/statements` (GET/PUT/POST), `/whoami` and the two heartbeats
(ralph/api/__init__.py includes only the `statements` and `health` routers), and
`GET`/`PUT /xAPI/activities/state?...` answer 404 {"detail": "Not Found"} (so do
`/xAPI/about`, `/xAPI/activities/profile` and `/xAPI/agents`). The front server answers
`/xAPI/activities/state` itself (xAPI 1.0.3, Communication 2.3), from memory, and
checks each request's credentials against Ralph's own `/whoami`: same users, same 401,
and it is down (502/503) exactly when Ralph is.

Two things Ralph 5.1.0 gets wrong that these tests work around or should know:
- Its file-system backend writes every batch of statements with the operation INDEX,
  which refuses to write into an existing file: the first POST creates `fs_lrs.jsonl`
  and every later POST or PUT answers 500 "Statements bulk indexation failed". We start
  Ralph through a tiny launcher (`LAUNCHER`) that makes that backend append instead, and
  that switches off its history file (a JSON file rewritten whole on every read and
  write, only used by `ralph list --new`). Everything else is Ralph's own code.
- It stamps `timestamp` on a statement that has none, and counts `timestamp` in its
  "same statement?" check: POSTing the same statement (same id, same content, no
  timestamp) twice answers 409 Conflict the second time, where xAPI says an LRS should
  accept a re-sent identical statement. With a `timestamp` of its own, re-sending it
  answers 204 No Content (nothing stored twice); with different content, 409.
  It does not check the X-Experience-API-Version header either (xAPI says it MUST).
"""
import base64
import contextlib
import datetime
import functools
import hashlib
import http.client
import http.server
import json
import os
import pathlib
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid
from collections import namedtuple

import pytest
import requests

USER, PASSWORD = "lrs", "secret"
AUTHORIZATION = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
VERSION = "1.0.3"
RALPH = pathlib.Path(sys.executable).parent / "ralph"

# Runs Ralph's API in one process (`ralph runserver` always starts uvicorn with its
# reloader: a watcher process plus a server process). Measured on this machine:
# ready (answering /__lbheartbeat__) about 1.4 s after the start, against about 2.2 s
# for `ralph runserver`; `ralph auth` (once per session) takes about 1.8 s more.
LAUNCHER = """
import sys
import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.data.mixins import HistoryMixin
from ralph.backends.lrs.fs import FSLRSBackend

# Append statements to fs_lrs.jsonl instead of refusing to write into it again.
FSLRSBackend.default_operation_type = BaseOperationType.APPEND
# No history file: it is rewritten whole on every read and write.
HistoryMixin.append_to_history = lambda self, event: None

uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]),
            log_level="warning", access_log=False)
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LRS:
    """Ralph on its file-system backend in `folder` (credentials in folder/.ralph,
    statements in folder/store), on a free port that it keeps across stop() and start()."""

    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.app_dir = self.folder / ".ralph"
        self.store = self.folder / "store"
        self.log = self.folder / "ralph.log"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.endpoint = self.url + "/xAPI/"
        self.process = None
        self.startup_seconds = None

    def _environment(self):
        env = dict(os.environ)
        env.update(RALPH_APP_DIR=str(self.app_dir), RALPH_RUNSERVER_BACKEND="fs",
                   RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(self.store))
        return env

    def _create_credentials(self):
        # As TOOLING.md says; without RALPH_RUNSERVER_BACKEND=fs it looks for Elasticsearch.
        result = subprocess.run(
            [str(RALPH), "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
             "-M", "mailto:admin@example.org", "-w"],
            env=self._environment(), capture_output=True, text=True)
        assert result.returncode == 0, result.stderr

    @property
    def running(self):
        return self.process is not None and self.process.poll() is None

    def start(self, timeout=30):
        """Starts Ralph (in its own process group) and waits until it answers."""
        if self.running:
            return
        self.store.mkdir(parents=True, exist_ok=True)
        if not (self.app_dir / "auth.json").exists():
            self._create_credentials()
        began = time.monotonic()
        with open(self.log, "a") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-c", LAUNCHER, str(self.port)], env=self._environment(),
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        while time.monotonic() - began < timeout:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited with {self.process.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if requests.get(self.url + "/__lbheartbeat__", timeout=0.5).status_code == 200:
                    self.startup_seconds = time.monotonic() - began
                    return
            except requests.ConnectionError:
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Ralph did not answer within {timeout} s:\n{self.log.read_text()[-3000:]}")

    def stop(self):
        """Kills Ralph's whole process group at once, as a crash or a pulled plug would."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None

    def request(self, method, path, **kwargs):
        """A request straight to Ralph with the credentials and the xAPI version header."""
        headers = {"X-Experience-API-Version": VERSION, **kwargs.pop("headers", {})}
        return requests.request(method, self.url + path, auth=(USER, PASSWORD), headers=headers,
                                timeout=kwargs.pop("timeout", 10), **kwargs)

    def statements(self, **filters):
        """All statements Ralph has (or those matching xAPI query `filters`, e.g.
        registration=...), following the `more` link page by page."""
        path = "/xAPI/statements?" + urllib.parse.urlencode({"limit": 100, **filters})
        found = []
        while path:
            response = self.request("GET", path)
            assert response.status_code == 200, (response.status_code, response.text)
            page = response.json()
            found.extend(page["statements"])
            # Ralph offers one more (empty) page when the count is a multiple of the limit.
            path = page.get("more") if page["statements"] else None
        return found


def agent_key(agent):
    """An agent as the State API tells agents apart: by its inverse functional
    identifier (mbox, mbox_sha1sum, openid or account), as JSON with sorted keys, so
    that a name or an "objectType": "Agent" more or less is the same agent."""
    ifi = {key: agent[key] for key in ("mbox", "mbox_sha1sum", "openid", "account") if key in agent}
    return json.dumps(ifi or agent, sort_keys=True, separators=(",", ":"))


def media_type(content_type):
    return (content_type or "").split(";")[0].strip().lower()


def json_object(body):
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# One request that reached the front server under /xAPI/: `query` is a dict of the
# query string's parameters, `body` the request body as text.
Request = namedtuple("Request", "method path query status body")

HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
              "trailers", "transfer-encoding", "upgrade", "host", "content-length"}


class FrontHandler(http.server.SimpleHTTPRequestHandler):
    """Static files from the front's folder; /xAPI/ proxied to Ralph (the State API
    answered here); /cmi5/fetch/... answered as the LMS's one-use token URL."""

    front = None  # set by Front through a subclass

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.route()

    def do_HEAD(self):
        self.route()

    def do_POST(self):
        self.route()

    def do_PUT(self):
        self.route()

    def do_DELETE(self):
        self.route()

    def do_OPTIONS(self):
        self.route()

    def route(self):
        path = urllib.parse.urlsplit(self.path).path
        if path.startswith("/xAPI/"):
            self.xapi()
        elif path.startswith("/cmi5/fetch/"):
            self.cmi5_fetch(path)
        elif self.command == "GET":
            super().do_GET()
        elif self.command == "HEAD":
            super().do_HEAD()
        else:
            self.send_error(405)

    # Requests and answers

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def answer(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)
        return status

    def answer_json(self, status, value, headers=()):
        return self.answer(status, json.dumps(value).encode(),
                           [("Content-Type", "application/json"), *headers])

    # The xAPI: logged, then proxied to Ralph or answered here

    def xapi(self):
        split = urllib.parse.urlsplit(self.path)
        body = self.read_body()
        if self.front.offline:
            status = self.answer_json(503, {"detail": "LRS offline (front.offline)"})
        elif split.path.rstrip("/") == "/xAPI/activities/state":
            status = self.state_api(split.query, body)
        else:
            status = self.proxy(body)
        self.front.log(Request(self.command, split.path, dict(urllib.parse.parse_qsl(split.query, keep_blank_values=True)),
                               status, body.decode("utf-8", "replace")))

    def upstream(self, method, path, body, headers):
        """Ralph's (status, headers, body), or None when it cannot be reached. Connects
        with a short timeout, as a gateway gives up quickly on a dead backend."""
        connection = http.client.HTTPConnection("127.0.0.1", self.front.lrs.port, timeout=0.5)
        try:
            connection.connect()
            connection.sock.settimeout(10)
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        except OSError:
            return None
        finally:
            connection.close()

    def proxy(self, body):
        headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP}
        headers["Host"] = f"127.0.0.1:{self.front.lrs.port}"
        if body or self.command in ("POST", "PUT"):
            headers["Content-Length"] = str(len(body))
        result = self.upstream(self.command, self.path, body, headers)
        if result is None:
            return self.answer_json(502, {"detail": "LRS unreachable"})
        status, upstream_headers, upstream_body = result
        passed = [(name, value) for name, value in upstream_headers
                  if name.lower() not in HOP_BY_HOP | {"date", "server"}]
        return self.answer(status, upstream_body, passed)

    def state_api(self, query, body):
        """xAPI 1.0.3 State API (Communication 2.3) on the front's in-memory store."""
        version = [("X-Experience-API-Version", VERSION)]
        if not self.headers.get("X-Experience-API-Version"):
            return self.answer_json(400, {"detail": "X-Experience-API-Version header missing"}, version)
        # Ralph's own credentials check: same users, and down when Ralph is down.
        who = self.upstream("GET", "/whoami", None, {"Authorization": self.headers.get("Authorization", "")})
        if who is None:
            return self.answer_json(502, {"detail": "LRS unreachable"})
        if who[0] != 200:
            return self.answer(who[0], who[2], [("Content-Type", "application/json"),
                                                ("WWW-Authenticate", "Basic"), *version])
        params = urllib.parse.parse_qs(query, keep_blank_values=True)
        if any(len(values) > 1 for values in params.values()):
            return self.answer_json(400, {"detail": "a parameter is given twice"}, version)
        params = {name: values[0] for name, values in params.items()}
        activity, agent_json = params.get("activityId"), params.get("agent")
        registration, state_id = params.get("registration", ""), params.get("stateId")
        if not activity or not agent_json:
            return self.answer_json(400, {"detail": "activityId and agent are required"}, version)
        try:
            agent = json.loads(agent_json)
            assert isinstance(agent, dict)
            if registration:
                uuid.UUID(registration)
        except (ValueError, AssertionError):
            return self.answer_json(400, {"detail": "agent must be a JSON object, registration a UUID"}, version)
        if not state_id and self.command in ("PUT", "POST"):
            return self.answer_json(400, {"detail": "stateId is required"}, version)
        place = (activity, agent_key(agent), registration)
        store = self.front.state
        with self.front.lock:
            if self.command in ("PUT", "POST"):
                content_type = self.headers.get("Content-Type", "application/octet-stream")
                old = store.get(place + (state_id,))
                if self.command == "POST" and old is not None:
                    # POST merges the top-level properties of two JSON objects; anything else is a 400.
                    old_object, new_object = json_object(old[1]), json_object(body)
                    if (media_type(old[0]) != "application/json" or media_type(content_type) != "application/json"
                            or old_object is None or new_object is None):
                        return self.answer_json(400, {"detail": "POST can only merge two JSON objects"}, version)
                    body = json.dumps({**old_object, **new_object}).encode()
                    content_type = "application/json"
                store[place + (state_id,)] = (content_type, body, datetime.datetime.now(datetime.timezone.utc))
                return self.answer(204, b"", version)
            if self.command == "DELETE":
                for key in [key for key in store if key[:3] == place and (not state_id or key[3] == state_id)]:
                    del store[key]
                return self.answer(204, b"", version)
            if self.command in ("GET", "HEAD"):
                if not state_id:
                    # Without a stateId: the ids of the documents there (since a time, if asked).
                    try:
                        since = params.get("since")
                        since = datetime.datetime.fromisoformat(since.replace("Z", "+00:00")) if since else None
                        if since is not None and since.tzinfo is None:
                            since = since.replace(tzinfo=datetime.timezone.utc)
                    except ValueError:
                        return self.answer_json(400, {"detail": "since must be an ISO 8601 time"}, version)
                    ids = [key[3] for key, value in store.items()
                           if key[:3] == place and (since is None or value[2] > since)]
                    return self.answer_json(200, ids, version)
                document = store.get(place + (state_id,))
                if document is None:
                    return self.answer_json(404, {"detail": "no such state document"}, version)
                content_type, body, updated = document
                return self.answer(200, body, [
                    ("Content-Type", content_type), ("ETag", '"' + hashlib.sha1(body).hexdigest() + '"'),
                    ("Last-Modified", updated.strftime("%a, %d %b %Y %H:%M:%S GMT")), *version])
        return self.answer_json(405, {"detail": "Method Not Allowed"}, version)

    # cmi5: the LMS's fetch URL

    def cmi5_fetch(self, path):
        """cmi5 (quartz) 8.2: the AU POSTs to the fetch URL; the answer is always HTTP 200
        with Content-Type application/json; the first one carries {"auth-token": ...}; the
        URL is one-use and MUST NOT return the token again: every later call gets
        {"error-code": "1", ...} (1 = already in use or expired; 2 = any other security
        error, used here for a fetch URL the LMS never made). A GET is not allowed (8.2.1:
        "an HTTP GET is not allowed in order to prevent caching"): 405. Every call, of any
        method, is counted in front.fetches[path]."""
        self.read_body()
        with self.front.lock:
            self.front.fetches[path] = self.front.fetches.get(path, 0) + 1
            if self.command != "POST":
                return self.answer_json(405, {"detail": "the fetch URL takes a POST"}, [("Allow", "POST")])
            if path not in self.front.tokens:
                return self.answer_json(200, {"error-code": "2", "error-text": "unknown fetch URL"})
            if self.front.tokens[path]:
                return self.answer_json(200, {"error-code": "1", "error-text": "already in use"})
            self.front.tokens[path] = True
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        return self.answer_json(200, {"auth-token": token})


class Front:
    """A threaded http server on 127.0.0.1 that serves `folder` at / and the LRS at
    /xAPI/ (`endpoint`), from one origin, so a course needs no CORS (Ralph answers a CORS
    preflight with 405). Everything under /xAPI/ is logged in `requests` (Request tuples).
    `offline = True` makes /xAPI/ answer 503 without asking Ralph; with Ralph stopped it
    answers 502 (connection refused, in a millisecond or so)."""

    def __init__(self, folder, lrs):
        self.folder = pathlib.Path(folder)
        self.lrs = lrs
        self.offline = False
        self.requests = []
        self.state = {}     # (activityId, agent key, registration, stateId) -> (content type, body, updated)
        self.tokens = {}    # cmi5 fetch path -> already fetched?
        self.fetches = {}   # cmi5 fetch path -> number of calls
        self.lock = threading.Lock()
        handler = type("Handler", (FrontHandler,), {"front": self})
        self.server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(self.folder)))
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self.endpoint = self.url + "xAPI/"

    def log(self, request):
        with self.lock:
            self.requests.append(request)

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def state_document(self, activity_id, agent, state_id, registration=""):
        """What the State API holds: (content type, body bytes), or None."""
        with self.lock:
            document = self.state.get((activity_id, agent_key(agent), registration, state_id))
        return document[:2] if document else None

    def cmi5_launch(self, actor, registration, activity_id, launch_data):
        """The LMS side of a cmi5 launch: stores `launch_data` as the State API document
        LMS.LaunchData for this activity, actor and registration, and returns a new
        one-use fetch path, /cmi5/fetch/<random>."""
        with self.lock:
            self.state[(activity_id, agent_key(actor), registration, "LMS.LaunchData")] = (
                "application/json", json.dumps(launch_data).encode(), datetime.datetime.now(datetime.timezone.utc))
            path = "/cmi5/fetch/" + secrets.token_urlsafe(16)
            self.tokens[path] = False
        return path

    def cmi5_launch_url(self, page, actor, registration, activity_id, launch_data):
        """The full cmi5 launch URL of `page` (relative to the folder): endpoint, fetch,
        actor, registration and activityId in its query string (cmi5 8.1)."""
        fetch = self.cmi5_launch(actor, registration, activity_id, launch_data)
        query = urllib.parse.urlencode({
            "endpoint": self.endpoint, "fetch": self.url + fetch.lstrip("/"), "actor": json.dumps(actor),
            "registration": registration, "activityId": activity_id})
        return self.url + page + "?" + query


@pytest.fixture(scope="session")
def lrs(tmp_path_factory):
    """Ralph, started once for the session (statements stay for the whole session: tell
    tests apart by registration). Stopped at the end."""
    store = LRS(tmp_path_factory.mktemp("lrs"))
    store.start()
    yield store
    store.stop()


@contextlib.contextmanager
def front_for(folder, lrs):
    """A Front serving `folder` with `lrs` behind /xAPI/, closed afterwards. Starts the
    LRS again if an earlier test left it stopped."""
    lrs.start()
    front = Front(folder, lrs)
    try:
        yield front
    finally:
        front.close()
