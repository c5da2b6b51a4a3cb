"""The record of the model files this computer trusts: `<model folder>/.model_trust.json`.

For each downloaded file it keeps the SHA-256 it was accepted with, its size and modification
time, the model repository's revision (commit) it came from, the URL and how the hash was
established: "hub" (the SHA-256 the hub's LFS metadata publishes for the pinned revision,
checked before the file was kept) or "first-download" (no hash could be had from the hub: the
first download's own SHA-256, trust on first use). It also keeps the commit the moving branch
was resolved to at the first download, which every later download uses.

Later downloads and every load compare against it (models/download.py, models/verify.py
check_trusted); a load re-hashes a file only when its size or modification time changed since
the record. A changed file is refused with both hashes and what to do.

    {"version": 1, "repo_id": "...", "revision": "<commit>",
     "files": {"v2_no_coords-Q4_K_M.gguf": {"sha256": "...", "size": 218700000,
               "mtime_ns": ..., "revision": "<commit>", "url": "...", "origin": "hub",
               "recorded": "2025-01-01T00:00:00+00:00"}}}

Standard library only, QGIS-free.
"""
import json
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from .. import errors
from ..toolbelt.i18n import tr

TRUST_FILE = ".model_trust.json"
VERSION = 1
FROM_HUB = "hub"
FIRST_DOWNLOAD = "first-download"
ORIGIN_WORDS = {
    FROM_HUB: "the SHA-256 the hub publishes (LFS metadata)",
    FIRST_DOWNLOAD: "the first download's own SHA-256 (the hub published none)",
}


class TrustRecordError(errors.ModelError):
    """The record exists but cannot be read; the message says how to fix it."""


def trust_path(folder) -> Path:
    return Path(folder) / TRUST_FILE


def read_record(folder) -> dict:
    """The folder's record; an empty one when there is none. TrustRecordError when the file
    exists but is not a record (it is never silently replaced: that would drop the hashes)."""
    path = trust_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {"version": VERSION, "files": {}}
    except OSError as exc:
        raise TrustRecordError(tr("The model trust record {} cannot be read ({}).").format(
                                  path, exc)) \
            from exc
    try:
        record = json.loads(text)
        if not isinstance(record, dict) or not isinstance(record.get("files", {}), dict):
            raise ValueError("not a record")
    except ValueError as exc:
        raise TrustRecordError(
            tr("The model trust record {} is damaged ({}); the model files in that folder "
               "are not loaded. Delete {} together with the two .gguf files and download "
               "them again.").format(path, exc, path.name)) from exc
    record.setdefault("files", {})
    return record


def write_record(folder, record: dict):
    path = trust_path(folder)
    record["version"] = VERSION
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(record, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def entry_for(path) -> Optional[dict]:
    """The record's entry for the file at `path` (by name, in its folder), or None."""
    path = Path(path)
    entry = read_record(path.parent)["files"].get(path.name)
    return entry if isinstance(entry, dict) and entry.get("sha256") else None


def recorded_revision(folder, repo_id) -> str:
    """The commit the moving branch was resolved to at the first download ("" when none)."""
    record = read_record(folder)
    return str(record.get("revision") or "") if record.get("repo_id") == repo_id else ""


def record_revision(folder, repo_id, revision):
    record = read_record(folder)
    record["repo_id"], record["revision"] = repo_id, revision
    write_record(folder, record)


def record_file(path, *, sha256, revision, url, origin, repo_id=None):
    """Record the file at `path` as trusted with `sha256` (its size and mtime now)."""
    path = Path(path)
    stat = path.stat()
    record = read_record(path.parent)
    if repo_id and not record.get("repo_id"):
        record["repo_id"] = repo_id
    record["files"][path.name] = {
        "sha256": sha256, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
        "revision": revision or "", "url": url, "origin": origin,
        "recorded": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    write_record(path.parent, record)


def touch_entry(path, stat):
    """The file was re-hashed and matched: remember its new mtime so that the next load is
    cheap again. A folder that cannot be written is left as it is."""
    path = Path(path)
    try:
        record = read_record(path.parent)
        entry = record["files"].get(path.name)
        if isinstance(entry, dict):
            entry["size"], entry["mtime_ns"] = stat.st_size, stat.st_mtime_ns
            write_record(path.parent, record)
    except (OSError, TrustRecordError):
        pass


def unchanged_since_record(entry: dict, stat) -> bool:
    return entry.get("size") == stat.st_size and entry.get("mtime_ns") == stat.st_mtime_ns


def describe(entry: dict) -> str:
    """Where the recorded hash came from, for a message."""
    revision = entry.get("revision") or "unknown revision"
    origin = ORIGIN_WORDS.get(entry.get("origin"), "the download")
    return f"revision {revision}, {origin}"


def changed_file_message(path, expected, actual, entry: dict) -> str:
    path = Path(path)
    record = trust_path(path.parent)
    return (f"{path} has changed since it was downloaded: its SHA-256 is {actual}, but "
            f"{expected} was recorded in {record} ({describe(entry)}). It is not loaded. "
            f"Delete {path.name} to download it again, or, if the change is intended (you "
            f"replaced the file yourself), remove the entry \"{path.name}\" from {record.name}.")
