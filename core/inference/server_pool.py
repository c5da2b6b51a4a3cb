"""A pool of servers: which one takes the next request, and its circuit breaker.

The least busy server in service takes a request (round-robin among equals, never more than
per_server at once); one that cannot be reached, or fails POOL_FAILURES_TO_OPEN times in a row,
is taken out and its health checked after a cool-down before it is put back. The rules and the
log they leave: docs/SERVERS.md, "How a pool shares the tiles".
"""
import itertools
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from .server_settings import ServerError
from ...toolbelt.i18n import tr

POOL_FAILURES_TO_OPEN = 2
POOL_COOLDOWN_S = 5.0
POOL_COOLDOWN_MAX_S = 60.0


class _Member:
    """One server of a pool and its circuit breaker; guarded by the pool's condition."""

    def __init__(self, url, model=""):
        self.url = url
        self.model = model
        self.in_flight = 0
        self.tiles = 0  # answers (any label) from this server
        self.failures = 0  # failures in a row
        self.taken_out = 0  # how often the breaker opened
        self.open_until = 0.0  # time.monotonic() before which it is out of service
        self.cooldown = 0.0
        self.out = False  # out of service (open, or half-open once open_until has passed)
        self.probing = False  # a request is checking its health
        self.last_error = ""


class ServerPool:
    """The servers of one engine (one or several), thread-safe.

    discover(url, attempts=None) -> the model the server lists (ServerError when it cannot
    tell): the look-up before the first tile, and the health check of a server taken out."""

    def __init__(self, urls, model_name, per_server, discover):
        self.members = [_Member(u, model_name) for u in urls]
        self.per_server = per_server
        self._discover = discover
        self._turn = itertools.count()
        self._cond = threading.Condition()
        self._closed = False

    @property
    def models(self):
        """{url: model name}; "" while unknown."""
        return {m.url: m.model for m in self.members}

    def discover_models(self):
        """The model of each server before the first tile (also its health check). One server:
        its failure is the error. A pool: the servers that fail are taken out, the run goes on
        with the others; all failing is the error."""
        if len(self.members) == 1:
            self.members[0].model = self._discover(self.members[0].url)
            return
        errors = []
        with ThreadPoolExecutor(max_workers=len(self.members)) as lookups:
            futures = [(m, lookups.submit(self._discover, m.url)) for m in self.members]
            for member, future in futures:
                try:
                    member.model = future.result()
                except ServerError as exc:
                    errors.append(str(exc))
                    with self._cond:
                        self._take_out(member, str(exc), at_once=True)
        if len(errors) == len(self.members):
            raise ServerError(tr("No server of the pool answers: {}").format(" | ".join(errors)))

    def tiles_per_server(self) -> dict:
        """{url: answers so far} (for the run's log: the difference between two calls)."""
        with self._cond:
            return {m.url: m.tiles for m in self.members}

    def report(self, before=None) -> str:
        """One line per server: tiles answered since `before` (a tiles_per_server() result),
        times taken out of service and the last failure."""
        before = before or {}
        lines = []
        with self._cond:
            for m in self.members:
                text = f"{m.url}: {m.tiles - before.get(m.url, 0)} tiles"
                if m.taken_out:
                    text += (f", taken out of service {m.taken_out} times"
                             f"{' (out now)' if m.out else ''}; last failure: {m.last_error}")
                lines.append(text)
        return "\n".join(lines)

    def answered(self, member):
        """Count an answer of a single server (a pool counts them in release())."""
        with self._cond:
            member.tiles += 1

    def close(self):
        """Requests waiting for a server give up (ServerError: the engine is closed)."""
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    def any_in_service(self):
        with self._cond:
            return any(not m.out for m in self.members)

    def acquire(self) -> _Member:
        """A server in service with a free slot (the least busy; round-robin among equals),
        after checking the health of one whose cool-down has passed; waits when none is.
        ServerError when every server is out and has failed a health check for this request."""
        failed_checks = set()
        while True:
            with self._cond:
                if self._closed:
                    raise ServerError(tr("The server engine is closed."))
                member = self._pick_locked()
                if member is None:
                    now = time.monotonic()
                    waits = [m.open_until - now for m in self.members
                             if m.out and not m.probing]
                    self._cond.wait(timeout=max(0.05, min(waits, default=1.0)))
                    continue
                member.in_flight += 1
                probe = member.out
                if probe:
                    member.probing = True
            if not probe:
                return member
            try:
                model = self._discover(member.url, attempts=1)
            except ServerError as exc:
                failed_checks.add(member.url)
                with self._cond:
                    member.in_flight -= 1
                    member.probing = False
                    self._take_out(member, str(exc), at_once=True)
                    self._cond.notify_all()
                    every_one_out = all(m.out for m in self.members)
                    errors = [f"{m.url}: {m.last_error}" for m in self.members]
                if every_one_out and failed_checks >= {m.url for m in self.members}:
                    raise ServerError(tr("No server of the pool answers: {}").format(
                                         " | ".join(errors)))
                continue
            with self._cond:
                member.model = member.model or model
                member.probing = False
                member.out = False
                member.failures = 0
                member.cooldown = 0.0
                self._cond.notify_all()
            return member

    def _pick_locked(self):
        now = time.monotonic()
        turn = next(self._turn)
        n = len(self.members)
        ready = [m for i, m in sorted(enumerate(self.members), key=lambda e: (e[0] - turn) % n)
                 if not m.out and m.in_flight < self.per_server]
        if ready:
            return min(ready, key=lambda m: m.in_flight)
        # Out of service but cooled down: one request checks its health.
        return next((m for m in self.members
                     if m.out and not m.probing and m.open_until <= now), None)

    def release(self, member, failure, answered=True):
        """The request on `member` is over: answered (failure None) or failed (a Transient of
        core/inference/server_http.py: its breaker counts it)."""
        with self._cond:
            member.in_flight -= 1
            if failure is None:
                if answered:
                    member.tiles += 1
                    member.failures = 0
            else:
                member.failures += 1
                if failure.unreachable or member.failures >= POOL_FAILURES_TO_OPEN:
                    self._take_out(member, failure.message)
                else:
                    member.last_error = failure.message
            self._cond.notify_all()

    def _take_out(self, member, reason, at_once=False):
        """Open the member's breaker (the condition held)."""
        if not member.out or at_once:
            member.taken_out += 0 if member.out else 1
            member.cooldown = min(POOL_COOLDOWN_MAX_S,
                                  member.cooldown * 2 if member.cooldown else POOL_COOLDOWN_S)
            member.open_until = time.monotonic() + member.cooldown
            member.out = True
        member.last_error = reason
