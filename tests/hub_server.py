"""A stand-in for the Hugging Face hub on 127.0.0.1, for download tests and `make demo` checks.

Serves files of a folder at /{repo}/resolve/{revision}/{path} the way the hub serves LFS files:
HEAD and GET answer 302 with X-Linked-Size and X-Linked-Etag (the SHA-256) and redirect to
/cdn/{repo}/{path}, which honours Range requests (206, Content-Range; 416 past the end).
Every answer on /resolve/ carries X-Repo-Commit: the revision itself when it is a 40-hex commit,
else `commit` (what the branch `main` is now).
Knobs for failure tests: `cut_after` (close the connection after that many body bytes of the
next GET), `ignore_range` (answer 200 with the whole file), `advertise` (claim another size or
hash in the headers), `head_status` (answer HEAD requests on /resolve/ with this status and no
headers, as a proxy that refuses HEAD), `lfs = False` (serve the files as the hub serves
non-LFS files: 200 with the bytes and a git blob ETag, no X-Linked-* hash), `revisions`
({revision: root folder}: another folder's files for that revision), `location` (the Location
the /resolve/ redirect answers instead of the CDN's). Every request is recorded
in `requests` as (method, path, range header).

    python tests/hub_server.py --root FOLDER [--port 8765]   # FOLDER/{repo}/{path}
then HF_ENDPOINT=http://127.0.0.1:8765 make demo
"""
import argparse
import hashlib
import re
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<path>.+)$")
_CDN = re.compile(r"^/cdn/(?P<repo>[^/]+/[^/]+)/(?P<path>.+)$")


class HubState:
    def __init__(self, root):
        self.root = Path(root)
        self.requests = []
        self.cut_after = None  # int: bytes of body sent before the next GET is cut
        self.ignore_range = False
        self.advertise = {}  # repo path -> {"size": int, "sha256": str}
        self.commit = "c0ffee" + "0" * 34  # what `main` is now
        self.head_status = None  # int: HEAD on /resolve/ answers this, without headers
        self.lfs = True
        self.revisions = {}  # revision -> another root with that revision's files
        self.location = None  # str: the redirect's Location instead of /cdn/...
        self.lock = threading.Lock()

    def file(self, repo, path, revision=None):
        root = Path(self.revisions.get(revision, self.root))
        target = (root / repo / path).resolve()
        if root.resolve() not in target.parents or not target.is_file():
            return None
        return target

    def repo_commit(self, revision):
        if re.fullmatch(r"[0-9a-f]{40}", revision or ""):
            return revision
        return self.commit


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, state: HubState, **kwargs):
        self.state = state
        super().__init__(*args, **kwargs)

    def log_message(self, *args):  # keep test output quiet
        pass

    def do_HEAD(self):  # noqa: N802
        self._serve(body=False)

    def do_GET(self):  # noqa: N802
        self._serve(body=True)

    def _serve(self, body):
        path = unquote(self.path.split("?")[0])
        with self.state.lock:
            self.state.requests.append((self.command, path, self.headers.get("Range")))
        resolve = _RESOLVE.match(path)
        if resolve:
            if not body and self.state.head_status is not None:
                return self._empty(self.state.head_status)
            target = self.state.file(resolve["repo"], resolve["path"], resolve["rev"])
            if target is None:
                return self._empty(404)
            data = target.read_bytes()
            if not self.state.lfs:
                return self._send_data(data, body, {
                    "X-Repo-Commit": self.state.repo_commit(resolve["rev"]),
                    "ETag": f'"{hashlib.sha1(data).hexdigest()}"'})  # nosec B324 (git's id)
            claimed = self.state.advertise.get(resolve["path"], {})
            self.send_response(302)
            rev = resolve["rev"]
            self.send_header("Location", self.state.location or (
                f"/cdn/{resolve['repo']}/{resolve['path']}"
                + (f"?rev={rev}" if rev in self.state.revisions else "")))
            self.send_header("X-Repo-Commit", self.state.repo_commit(rev))
            self.send_header("X-Linked-Size", str(claimed.get("size", len(data))))
            self.send_header("X-Linked-Etag",
                             f'"{claimed.get("sha256", hashlib.sha256(data).hexdigest())}"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        cdn = _CDN.match(path)
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        rev = query[4:] if query.startswith("rev=") else None
        target = self.state.file(cdn["repo"], cdn["path"], rev) if cdn else None
        if target is None:
            return self._empty(404)
        self._send_data(target.read_bytes(), body)

    def _send_data(self, data, body, extra_headers=None):
        """The bytes, honouring a Range request (206, or 416 past the end)."""
        start, end, status = 0, len(data) - 1, 200
        wanted = self.headers.get("Range")
        if wanted and not self.state.ignore_range:
            match = re.match(r"bytes=(\d+)-(\d*)$", wanted.strip())
            if match:
                start = int(match.group(1))
                end = min(int(match.group(2)), len(data) - 1) if match.group(2) else len(data) - 1
                if start >= len(data):
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{len(data)}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status = 206
        chunk = data[start:end + 1]
        self.send_response(status)
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(chunk)))
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.end_headers()
        if not body:
            return
        with self.state.lock:
            cut, self.state.cut_after = self.state.cut_after, None
        if cut is not None and cut < len(chunk):
            self.wfile.write(chunk[:cut])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(chunk)

    def _empty(self, status):
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


class HubServer:
    """Context manager: a threaded server on 127.0.0.1 (an ephemeral port by default)."""

    def __init__(self, root, port=0):
        self.state = HubState(root)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), partial(_Handler, state=self.state))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    def gets(self):
        return [r for r in self.state.requests if r[0] == "GET" and r[1].startswith("/cdn/")]


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True, help="folder holding {repo}/{path}")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = HubServer(args.root, args.port)
    print(f"Serving {args.root} as the hub at {server.endpoint} (Ctrl+C stops)", flush=True)
    try:
        server.httpd.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
