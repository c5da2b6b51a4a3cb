"""Download of the model card's files: progress, cancel, resume, verification before first use.

How a file is fetched: a HEAD request without following the hub's redirect reads the size and
SHA-256 the hub publishes for LFS files (models/hub.py probe()); the bytes go to `<name>.part`
with HTTP Range requests through a transport (models/transports.py: QGIS's network stack inside
QGIS, urllib outside), so an interrupted or cancelled download resumes where it stopped; the
finished file is checked (size, SHA-256, GGUF structure, role) and only then renamed into place,
with a `<name>.download.json` manifest beside it. A file that fails a check is deleted and never
loaded. HF_HUB_OFFLINE=1 forbids any download.

Which revision, which hash (docs/MODEL.md, "Pinned and verified model files"): the files come
from one commit of the model repository: $DEFORESTATION_MODEL_REVISION when set, else the
registry's pinned commit, else the commit recorded in the folder's .model_trust.json at the
first download, else the moving branch resolved now to its commit (the hub's X-Repo-Commit) and
recorded. Each file must match the SHA-256 the hub's LFS metadata publishes for that revision;
where the hub publishes none (HEAD failed, no LFS metadata) the first download's SHA-256 is
recorded (trust on first use, models/trust.py), and a later download of the same revision, and
every load (models/verify.py), must match it.

QGIS-free at import time; `feedback` is duck-typed (isCanceled, setProgress, pushInfo), so a
QgsProcessingFeedback, a QgsFeedback or a plain object all work.

Callers import the errors (models/errors.py), hub_endpoint, hub_offline, HF_OFFLINE_ENV
(models/hub.py) and UrllibTransport (models/transports.py) from this module too.
"""
import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path

from ..toolbelt.url_policy import RefusedAddress, require_web_url
from . import trust, verify
from .errors import DownloadCancelled, DownloadError, ModelFileError
from .hub import (
    HF_OFFLINE_ENV,
    http_error,
    hub_endpoint,
    hub_offline,
    is_official_endpoint,
    probe,
    resolve_url,
)
from .registry import (CARD, ModelEntry, ModelFiles, is_card_pair, is_commit, licence_text,
                       revision_override)
from .transports import UrllibTransport, canceled, default_transport
from ..toolbelt.i18n import tr

__all__ = [
    "DownloadCancelled", "DownloadError", "ModelFileError", "HF_OFFLINE_ENV", "hub_endpoint",
    "hub_offline", "UrllibTransport", "download_file", "part_path", "discard_partial",
    "missing_message", "can_download", "ensure_model_files", "model_status",
]

PART_SUFFIX = ".part"
# Transport errors that mean no route to the hub at all (no network, no DNS, a proxy needed),
# as urllib and QGIS's network layer word them.
_OFFLINE_SIGNS = ("name or service", "temporary failure in name resolution",
                  "nodename nor servname", "getaddrinfo", "network is unreachable",
                  "no route to host", "connection refused", "timed out", "timeout",
                  "proxy", "unreachable", "could not resolve", "unknown host")


def network_hint():
    """What to do when the network is unreachable, in the user's language (a function: the
    translator is installed after this module is imported)."""
    return tr("This computer looks offline, or its network needs a proxy: check the connection "
              "and the proxy in QGIS Settings > Options > Network, then download again. Or "
              "fetch the two files another way (the download dialog shows their links) and "
              "choose them with 'Use files already on this computer...'.")


def looks_offline(error_text: str) -> bool:
    """Whether a transport error means the hub cannot be reached at all."""
    text = (error_text or "").lower()
    # "Host huggingface.co not found" (QGIS), never an HTTP 404 "Not Found".
    return ("host" in text and "not found" in text) or any(s in text for s in _OFFLINE_SIGNS)


MAX_RETRIES = 4


def _info(feedback, text):
    if feedback is not None and hasattr(feedback, "pushInfo"):
        feedback.pushInfo(text)


def _progress(feedback, percent):
    if feedback is not None and hasattr(feedback, "setProgress"):
        feedback.setProgress(max(0.0, min(100.0, percent)))


# --- one file -----------------------------------------------------------------------------------
def part_path(dest) -> Path:
    dest = Path(dest)
    return dest.with_name(dest.name + PART_SUFFIX)


def _part_state(dest) -> Path:
    return Path(str(part_path(dest)) + ".json")


def _read_state(dest):
    try:
        return json.loads(_part_state(dest).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_state(dest, state):
    _part_state(dest).write_text(json.dumps(state), encoding="utf-8")


def discard_partial(dest):
    for path in (part_path(dest), _part_state(dest)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass


def download_file(url, dest, *, transport=None, feedback=None, on_progress=None, check=None,
                  max_retries=MAX_RETRIES, trusted=None) -> dict:
    """Fetch url into dest, resuming a previous .part; returns the manifest written beside it.

    on_progress(done_bytes, total_bytes_or_None). check(path) runs on the finished .part file
    before it is renamed into place (raise verify.VerificationError to refuse it). trusted: the
    trust record's entry (models/trust.py) the file must match as well as the hub's SHA-256.
    DownloadCancelled keeps the .part file when it holds bytes (the next run resumes there);
    an empty one, and a refused file, are deleted.
    """
    dest = Path(dest)
    transport = transport or default_transport()
    dest.parent.mkdir(parents=True, exist_ok=True)
    head = probe(transport, url)
    if head is not None and head.status in (401, 403, 404, 410):
        raise http_error(url, head.status)
    total = head.size if head is not None else None
    sha256 = head.sha256 if head is not None else None
    state = {"url": url, "size": total, "sha256": sha256}
    part = part_path(dest)
    previous = _read_state(dest)
    if part.exists() and previous is not None and any(
            previous.get(k) not in (None, v) for k, v in state.items() if v is not None):
        discard_partial(dest)  # another file, or another version of it: start afresh
    # (A .part without its state is resumed: the SHA-256 check at the end still guards it.)
    _write_state(dest, state)

    report = on_progress or (lambda done, size: None)
    try:
        return _fetch_into_part(url, dest, part, head, total, transport, feedback, report,
                                check, max_retries, trusted)
    except (DownloadCancelled, DownloadError):
        # Nothing received: an empty .part would only be a stray file next to the model.
        if part.exists() and part.stat().st_size == 0:
            discard_partial(dest)
        raise


def _fetch_into_part(url, dest, part, head, total, transport, feedback, report, check,
                     max_retries, trusted=None) -> dict:
    sha256 = head.sha256 if head is not None else None
    failures = 0
    reprobed = False
    mode = "r+b" if part.exists() else "w+b"
    with open(part, mode) as handle:
        done = os.fstat(handle.fileno()).st_size
        if total is not None and done > total:
            handle.truncate(0)
            done = 0
        if done:
            _info(feedback, tr("Resuming {} at {:.1f} MB.").format(dest.name, done / 1e6))
        report(done, total)
        while total is None or done < total:
            if canceled(feedback):
                raise DownloadCancelled()
            source = head.location if head is not None and head.location else url
            try:
                result = transport.fetch(source, handle, done,
                                         lambda n, t: report(n, t or total), feedback)
            except DownloadError as exc:
                # A signed CDN URL expires during a long download: ask the hub again, once.
                if source == url or getattr(exc, "status", None) not in (401, 403, 410) \
                        or reprobed:
                    raise
                reprobed, head = True, probe(transport, url)
                continue
            handle.flush()
            before, done = done, os.fstat(handle.fileno()).st_size
            if result.total is not None:
                total = result.total
            if result.finished:
                break
            if result.error is None and done > before:
                failures = 0
                continue
            if result.error is None and total is not None and done >= total:
                break  # 416 at the end: complete
            failures += 1
            if failures > max_retries:
                reason = result.error or "no data received"
                if done == 0 and looks_offline(reason):
                    raise DownloadError(
                        tr("Cannot reach {} to download {}: {}. {}").format(
                           url.split('/')[2] if '//' in url else url, dest.name, reason,
                           network_hint()))
                where = tr("{:.1f} MB of {:.1f} MB").format(done / 1e6, total / 1e6) \
                    if total else tr("{:.1f} MB").format(done / 1e6)
                raise DownloadError(
                    tr("Download of {} interrupted at {}: {}. Run it again: it resumes "
                       "there.").format(dest.name, where, reason)
                    + (" " + network_hint() if looks_offline(reason) else ""))
            time.sleep(min(0.2 * 2 ** failures, 5.0))
    size = part.stat().st_size
    announced = head.size if head is not None and head.size is not None else total
    if announced is not None and size != announced:
        total = announced
        discard_partial(dest)
        raise DownloadError(
            tr("Download of {} ended with {:,} bytes instead of {:,}; the partial file was "
               "deleted. Run the download again.").format(dest.name, size, total))
    actual_sha = verify.sha256_file(part, is_canceled=lambda: canceled(feedback))
    if sha256 and actual_sha != sha256:
        discard_partial(dest)
        raise DownloadError(
            tr("{} does not match the SHA-256 the server publishes for it (expected {}, got "
               "{}): the download was corrupted or the file changed, and it was deleted. Run "
               "the download again.").format(dest.name, sha256, actual_sha))
    if trusted and actual_sha != trusted["sha256"]:
        discard_partial(dest)
        record = trust.trust_path(dest.parent)
        raise DownloadError(
            tr("{} downloaded from {} is not the file this computer recorded at its first "
               "download: expected SHA-256 {} (recorded in {}, {}), got {}. The file on the "
               "server changed; it was refused and deleted. If the change is intended (a new "
               'version of the model), remove the entry "{}" from {} and download again.').format(
               dest.name, url, trusted['sha256'], record, trust.describe(trusted), actual_sha,
               dest.name, record.name))
    if check is not None:
        try:
            check(part)
        except verify.VerificationError as exc:
            discard_partial(dest)
            raise ModelFileError(
                tr("The file downloaded from {} was refused and deleted: {}").format(
                    url, exc)) from exc
    os.replace(part, dest)
    try:
        _part_state(dest).unlink()
    except FileNotFoundError:
        pass
    record = {
        "url": url, "size": size, "sha256": actual_sha, "published_sha256": sha256,
        "etag": head.etag if head is not None else None,
        "commit": head.commit if head is not None else None,
        "downloaded": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "transport": getattr(transport, "name", type(transport).__name__),
    }
    verify.write_manifest(dest, record)
    return record


# --- the model pair -------------------------------------------------------------------------------
def missing_message(files: ModelFiles, reason: str) -> str:
    listing = ", ".join(str(p) for p in files.missing())
    return (f"Model file(s) not found: {listing}. {reason} Put the model card's two GGUF files "
            f"({CARD.text.name} and {CARD.mmproj.name}) there, or give other paths as MODEL and "
            f"MMPROJ (plugin settings: Settings > Options > Deforestation Classifier).")


def can_download(files: ModelFiles, entry: ModelEntry = CARD) -> bool:
    """The pair is the card's files in a model folder, so a download can fill it."""
    return entry.downloadable and is_card_pair(files)


def ensure_model_files(files: ModelFiles, feedback=None, *, allow_download=True,
                       entry: ModelEntry = CARD, endpoint=None, transport=None,
                       revision=None) -> ModelFiles:
    """Verified model files, downloading the card's files first when they are missing.

    revision: the repository revision to download (a commit, tag or branch) over
    $DEFORESTATION_MODEL_REVISION, the pinned and the recorded one (a settings field can pass
    it). Raises ModelFileError (with the fix in its message) when a file is missing and cannot
    be downloaded, or is not what it claims (truncated, corrupt, wrong model, changed since it
    was recorded); DownloadCancelled when the feedback is cancelled during a download.
    """
    roles = ((verify.TEXT, files.text, entry.text), (verify.MMPROJ, files.mmproj, entry.mmproj))
    for role, path, _remote in roles:
        if path.is_file():
            _verified(path, role)
    missing = files.missing()
    if missing:
        if not can_download(files, entry):
            raise ModelFileError(missing_message(files, ""))
        if hub_offline():
            raise ModelFileError(missing_message(
                files, f"{HF_OFFLINE_ENV} is set, so nothing is downloaded: unset it to let the "
                       f"plugin download them."))
        if not allow_download:
            raise ModelFileError(missing_message(
                files, "Automatic download is off in the plugin settings: turn it on, or use "
                       "'Download model' there."))
        endpoint = endpoint or hub_endpoint()
        try:
            require_web_url(endpoint, "The model hub address (HF_ENDPOINT)")
        except RefusedAddress as exc:
            raise ModelFileError(str(exc)) from exc
        transport = transport or default_transport()
        folder = files.text.parent
        todo = [(role, path, remote) for role, path, remote in roles if not path.is_file()]
        _info(feedback, tr("Downloading {} from {}/{} into {}. Licence: {}").format(
                           entry.label, endpoint, entry.repo_id, folder,
                           licence_text(entry.licence)))
        revision = _download_revision(entry, folder, todo[0][2], endpoint, transport, feedback,
                                      revision)
        grand_total = sum(remote.approx_bytes for _, _, remote in todo) or 1
        done_before = 0
        for role, path, remote in todo:
            url = resolve_url(entry.repo_id, remote.repo_path, revision, endpoint)
            _info(feedback, tr("{} (about {:.1f} MB) from {}").format(
                               remote.repo_path, remote.size_mb, url))
            base = done_before

            def on_progress(done, total, base=base):
                _progress(feedback, 100.0 * (base + done) / grand_total)

            strict = is_official_endpoint(endpoint)
            manifest = download_file(
                url, path, transport=transport, feedback=feedback, on_progress=on_progress,
                check=lambda part, role=role, remote=remote, strict=strict: _check_download(
                    part, role, remote.approx_bytes if strict else None),
                trusted=_trusted_entry(path, revision),
            )
            _record_trust(path, manifest, revision, entry, feedback)
            done_before += remote.approx_bytes
        _progress(feedback, 100.0)
    try:
        verify.verify_pair(files.text, files.mmproj)
    except verify.VerificationError as exc:
        raise ModelFileError(str(exc)) from exc
    return files


def _download_revision(entry, folder, remote, endpoint, transport, feedback, asked=None) -> str:
    """The revision the files are downloaded from: the one asked for
    ($DEFORESTATION_MODEL_REVISION or the caller's), the pinned commit, the commit recorded at
    the first download, else the moving branch resolved now to its commit and recorded."""
    asked = (asked or "").strip() or revision_override()
    if asked:
        _info(feedback, tr("Revision {} (asked for, instead of the pinned or recorded "
                           "one).").format(asked))
        return asked
    if entry.pinned:
        _info(feedback, tr("Revision {} (pinned by this plugin version).").format(entry.revision))
        return entry.revision
    try:
        recorded = trust.recorded_revision(folder, entry.repo_id)
    except trust.TrustRecordError as exc:
        raise ModelFileError(str(exc)) from exc
    if recorded:
        _info(feedback, tr("Revision {} (recorded at the first download in {}).").format(
                           recorded, trust.trust_path(folder)))
        return recorded
    head = probe(transport, resolve_url(entry.repo_id, remote.repo_path, entry.revision,
                                        endpoint))
    commit = (head.commit or "").strip().lower() if head is not None else ""
    if is_commit(commit):
        folder.mkdir(parents=True, exist_ok=True)
        trust.record_revision(folder, entry.repo_id, commit)
        _info(feedback, tr("Revision {}: what '{}' is now, recorded in {}; later downloads "
                           "use this commit.").format(
                           commit, entry.revision, trust.trust_path(folder)))
        return commit
    _info(feedback, tr("The hub did not say which commit '{}' is: downloading from '{}', and "
                       "the files' own SHA-256 are recorded at this first download.").format(
                       entry.revision, entry.revision))
    return entry.revision


def _trusted_entry(path, revision):
    """The trust record's entry a new download of `path` must match: the one recorded for the
    same revision (another revision is another file: it gets its own entry)."""
    try:
        entry = trust.entry_for(path)
    except trust.TrustRecordError as exc:
        raise ModelFileError(str(exc)) from exc
    if entry is None:
        return None
    recorded = entry.get("revision") or ""
    return entry if recorded in ("", revision) else None


def _record_trust(path, manifest, revision, entry, feedback):
    published = manifest.get("published_sha256")
    commit = (manifest.get("commit") or "").strip().lower()
    trust.record_file(
        path, sha256=manifest["sha256"], revision=commit if is_commit(commit) else revision,
        url=manifest.get("url", ""), origin=trust.FROM_HUB if published else trust.FIRST_DOWNLOAD,
        repo_id=entry.repo_id)
    if not published:
        _info(feedback, tr("The hub published no SHA-256 for {}: its own SHA-256 {} was "
                           "recorded in {} (trust on first use); later downloads and loads "
                           "must match it.").format(
                           path.name, manifest['sha256'], trust.trust_path(path.parent)))


def _check_download(part, role, expected_size):
    info = verify.read_gguf(part)
    verify.check_complete(info)
    verify.check_role(info, role)
    if expected_size:
        verify.check_size(part, info.file_size, expected_size)


def _verified(path, role):
    try:
        verify.verify_file(path, role)
    except verify.VerificationError as exc:
        raise ModelFileError(str(exc)) from exc


def model_status(files: ModelFiles) -> str:
    """One line for the settings page: present and verified, missing, or what is wrong."""
    missing = files.missing()
    if len(missing) == 2:
        return "Not downloaded yet."
    if missing:
        return f"Missing: {', '.join(p.name for p in missing)}."
    try:
        verify.verify_pair(files.text, files.mmproj)
    except verify.VerificationError as exc:
        return f"Unusable: {exc}"
    return "Present and verified."
