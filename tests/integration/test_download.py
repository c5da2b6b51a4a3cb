"""Model download against a local stand-in for the hub (127.0.0.1 only): progress, cancel,
resume, refusal of truncated, corrupt and wrong files. No QGIS: the urllib transport."""
import dataclasses
import hashlib
import json
import shutil

import pytest

from deforestation_classifier.models import download, registry, transports, trust, verify
from deforestation_classifier.models.hub import (
    HF_ENDPOINT_ENV,
    HF_OFFLINE_ENV,
    hub_offline,
    is_official_endpoint,
    resolve_url,
)
from hub_server import HubServer

REPO = registry.HF_REPO_ID


class Feedback:
    """Duck-typed QgsProcessingFeedback: records progress and messages, cancels on demand."""

    def __init__(self, cancel_after_percent=None):
        self.progress = []
        self.infos = []
        self.cancel_after = cancel_after_percent
        self.canceled = False

    def isCanceled(self):  # noqa: N802
        return self.canceled

    def setProgress(self, value):  # noqa: N802
        self.progress.append(value)
        if self.cancel_after is not None and value >= self.cancel_after:
            self.canceled = True

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)


@pytest.fixture(autouse=True)
def no_proxy_no_offline(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY", HF_OFFLINE_ENV, registry.REVISION_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(transports, "STREAM_BLOCK", 32 << 10)  # several progress steps per file


@pytest.fixture
def hub_root(tiny_models, tmp_path):
    """{root}/{repo}/gguf/...: the card's two paths holding the tiny generated pair."""
    root = tmp_path / "hub"
    for source, remote in zip(tiny_models, (registry.CARD.text, registry.CARD.mmproj)):
        target = root / REPO / remote.repo_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return root


@pytest.fixture
def hub(hub_root, monkeypatch):
    with HubServer(hub_root) as server:
        monkeypatch.setenv(HF_ENDPOINT_ENV, server.endpoint)
        yield server


def text_url(hub):
    return resolve_url(REPO, registry.TEXT_MODEL_FILE)


def served(hub_root, remote):
    return (hub_root / REPO / remote.repo_path).read_bytes()


# --- endpoints -------------------------------------------------------------------------------
def test_url_form_and_environment(monkeypatch):
    monkeypatch.delenv(HF_ENDPOINT_ENV, raising=False)
    assert resolve_url(REPO, registry.TEXT_MODEL_FILE) == (
        "https://huggingface.co/urbanspr1nter/lfm2.5vl-450m-deforestation-classifier"
        "/resolve/main/gguf/v2_no_coords-Q4_K_M.gguf")
    assert is_official_endpoint()
    monkeypatch.setenv(HF_ENDPOINT_ENV, "http://mirror.example/")
    assert resolve_url(REPO, "a b.gguf").startswith(
        "http://mirror.example/urbanspr1nter/")
    assert resolve_url(REPO, "a b.gguf").endswith("/resolve/main/a%20b.gguf")
    assert not is_official_endpoint()
    for value, offline in (("1", True), ("true", True), ("0", False), ("", False)):
        monkeypatch.setenv(HF_OFFLINE_ENV, value)
        assert hub_offline() is offline


# --- one file --------------------------------------------------------------------------------
def test_download_with_progress_writes_a_verified_file_and_manifest(hub, hub_root, tmp_path):
    dest = tmp_path / "models" / registry.CARD.text.name
    seen = []
    record = download.download_file(text_url(hub), dest, transport=transports.UrllibTransport(),
                                    on_progress=lambda done, total: seen.append((done, total)))
    data = served(hub_root, registry.CARD.text)
    assert dest.read_bytes() == data
    assert not download.part_path(dest).exists()
    assert record["sha256"] == record["published_sha256"] == hashlib.sha256(data).hexdigest()
    assert verify.read_manifest(dest)["size"] == len(data)
    dones = [done for done, _ in seen]
    assert dones == sorted(dones) and dones[-1] == len(data) and len(dones) > 3
    assert all(total == len(data) for _, total in seen)
    # The hub's redirect was read without being followed by HEAD, then followed by GET.
    assert ("HEAD", f"/{REPO}/resolve/main/{registry.TEXT_MODEL_FILE}", None) in \
        hub.state.requests


def test_cancel_keeps_the_part_file_and_the_next_run_resumes(hub, hub_root, tmp_path):
    dest = tmp_path / registry.CARD.text.name
    data = served(hub_root, registry.CARD.text)
    feedback = Feedback()

    def cancel_midway(done, total):
        if done >= len(data) // 3:
            feedback.canceled = True

    with pytest.raises(download.DownloadCancelled):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport(),
                               feedback=feedback, on_progress=cancel_midway)
    part = download.part_path(dest)
    kept = part.stat().st_size
    assert 0 < kept < len(data) and not dest.exists()
    assert part.read_bytes() == data[:kept]

    hub.state.requests.clear()
    download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert dest.read_bytes() == data
    assert hub.gets()[0][2] == f"bytes={kept}-"  # resumed, not restarted


def test_interrupted_connection_resumes_by_itself(hub, hub_root, tmp_path):
    dest = tmp_path / registry.CARD.text.name
    hub.state.cut_after = 100_000
    download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert dest.read_bytes() == served(hub_root, registry.CARD.text)
    ranges = [r[2] for r in hub.gets()]
    assert ranges[0] == "bytes=0-" and ranges[1] == "bytes=100000-"


def test_server_without_range_support_restarts_cleanly(hub, hub_root, tmp_path):
    dest = tmp_path / registry.CARD.text.name
    data = served(hub_root, registry.CARD.text)
    download.part_path(dest).write_bytes(data[:5000])
    hub.state.ignore_range = True
    download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert dest.read_bytes() == data


def test_stale_part_of_another_version_is_discarded(hub, hub_root, tmp_path):
    dest = tmp_path / registry.CARD.text.name
    download.part_path(dest).write_bytes(b"x" * 5000)
    download._write_state(dest, {"url": text_url(hub), "size": 5001, "sha256": "0" * 64})
    download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert dest.read_bytes() == served(hub_root, registry.CARD.text)


def test_hash_mismatch_is_refused_and_deleted(hub, tmp_path):
    hub.state.advertise[registry.TEXT_MODEL_FILE] = {"sha256": "ab" * 32}
    dest = tmp_path / registry.CARD.text.name
    with pytest.raises(download.DownloadError, match="SHA-256.*Run the download again"):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert not dest.exists() and not download.part_path(dest).exists()


def test_file_shorter_than_announced_is_refused(hub, tmp_path):
    hub.state.advertise[registry.TEXT_MODEL_FILE] = {"size": 10_000_000}
    dest = tmp_path / registry.CARD.text.name
    with pytest.raises(download.DownloadError):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport(),
                               max_retries=1)
    assert not dest.exists()


def test_missing_file_on_the_hub_says_what_to_check(hub, tmp_path):
    url = resolve_url(REPO, "gguf/nothing.gguf")
    with pytest.raises(download.DownloadError, match="HTTP 404.*HF_ENDPOINT"):
        download.download_file(url, tmp_path / "nothing.gguf",
                               transport=transports.UrllibTransport())


# --- the pair ----------------------------------------------------------------------------------
def test_ensure_downloads_both_files_with_progress_and_licence(hub, hub_root, tmp_path):
    files = registry.default_model_files(tmp_path / "models")
    feedback = Feedback()
    result = download.ensure_model_files(files, feedback, transport=transports.UrllibTransport())
    assert result == files and not files.missing()
    assert files.text.read_bytes() == served(hub_root, registry.CARD.text)
    assert files.mmproj.read_bytes() == served(hub_root, registry.CARD.mmproj)
    assert feedback.progress[-1] == 100.0
    assert feedback.progress == sorted(feedback.progress)
    assert any("LFM Open License v1.0" in line and "non-commercial" in line
               for line in feedback.infos)
    assert any("218.7 MB" in line for line in feedback.infos)
    # Present and verified now: a second call downloads nothing.
    hub.state.requests.clear()
    download.ensure_model_files(files, Feedback(), transport=transports.UrllibTransport())
    assert hub.state.requests == []
    assert download.model_status(files) == "Present and verified."


def test_truncated_file_on_the_hub_is_refused_and_never_kept(hub, hub_root, tmp_path):
    served_text = hub_root / REPO / registry.TEXT_MODEL_FILE
    data = served_text.read_bytes()
    served_text.write_bytes(data[: len(data) // 2])  # the hub itself serves a cut file
    files = registry.default_model_files(tmp_path / "models")
    with pytest.raises(download.ModelFileError) as err:
        download.ensure_model_files(files, Feedback(), transport=transports.UrllibTransport())
    message = str(err.value)
    assert "truncated" in message and "refused and deleted" in message
    assert "download it again" in message
    assert not files.text.exists() and not download.part_path(files.text).exists()


def test_wrong_file_on_the_hub_is_refused(hub, hub_root, tmp_path):
    # The two files swapped on the server: each is refused as the other's role.
    text_path = hub_root / REPO / registry.TEXT_MODEL_FILE
    mmproj_path = hub_root / REPO / registry.MMPROJ_FILE
    a, b = text_path.read_bytes(), mmproj_path.read_bytes()
    text_path.write_bytes(b)
    mmproj_path.write_bytes(a)
    files = registry.default_model_files(tmp_path / "models")
    with pytest.raises(download.ModelFileError, match="swapped"):
        download.ensure_model_files(files, transport=transports.UrllibTransport())
    assert files.missing() == [files.text, files.mmproj]


def test_damaged_file_on_disk_is_refused_before_use(pair_in_folder):
    files = pair_in_folder
    data = files.text.read_bytes()
    files.text.write_bytes(data[:-1000])
    with pytest.raises(download.ModelFileError, match="truncated"):
        download.ensure_model_files(files, transport=transports.UrllibTransport())
    assert "Unusable" in download.model_status(files)


@pytest.fixture
def pair_in_folder(tiny_models, tmp_path):
    files = registry.default_model_files(tmp_path / "models")
    files.text.parent.mkdir()
    shutil.copyfile(tiny_models[0], files.text)
    shutil.copyfile(tiny_models[1], files.mmproj)
    return files


def test_offline_and_disabled_download_say_how_to_fix(tmp_path, monkeypatch):
    files = registry.default_model_files(tmp_path / "models")
    monkeypatch.setenv(HF_OFFLINE_ENV, "1")
    with pytest.raises(download.ModelFileError, match="HF_HUB_OFFLINE is set"):
        download.ensure_model_files(files)
    monkeypatch.delenv(HF_OFFLINE_ENV)
    with pytest.raises(download.ModelFileError, match="Automatic download is off"):
        download.ensure_model_files(files, allow_download=False)
    custom = registry.ModelFiles(tmp_path / "mine.gguf", tmp_path / "mine-mmproj.gguf")
    with pytest.raises(download.ModelFileError, match="not found: .*mine.gguf"):
        download.ensure_model_files(custom)
    assert download.model_status(files) == "Not downloaded yet."


def test_official_endpoint_checks_the_published_size(hub, tmp_path, monkeypatch):
    # Pretend the local server is the official hub: a 0.4 MB file is not the 218.7 MB model.
    monkeypatch.setattr(download, "is_official_endpoint", lambda endpoint=None: True)
    files = registry.default_model_files(tmp_path / "models")
    with pytest.raises(download.ModelFileError, match="about 218.7 MB"):
        download.ensure_model_files(files, transport=transports.UrllibTransport())
    assert files.missing() == [files.text, files.mmproj]


# --- no network ------------------------------------------------------------------------------
def closed_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_hub_is_named_with_the_proxy_settings_and_leaves_no_part(tmp_path):
    dest = tmp_path / registry.CARD.text.name
    url = f"http://127.0.0.1:{closed_port()}/{REPO}/resolve/main/{registry.TEXT_MODEL_FILE}"
    with pytest.raises(download.DownloadError) as caught:
        download.download_file(url, dest, transport=transports.UrllibTransport(),
                               max_retries=1)
    message = str(caught.value)
    assert message.startswith("Cannot reach 127.0.0.1:") and "offline" in message
    assert "QGIS Settings > Options > Network" in message
    assert not download.part_path(dest).exists() and not dest.exists()


def test_a_cancel_before_any_byte_leaves_no_empty_part(hub, tmp_path):
    dest = tmp_path / registry.CARD.text.name
    feedback = Feedback()
    feedback.canceled = True
    with pytest.raises(download.DownloadCancelled):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport(),
                               feedback=feedback)
    assert not download.part_path(dest).exists() and not dest.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["hub"]  # the stand-in's files only


def test_offline_errors_are_told_from_others():
    assert download.looks_offline("Host huggingface.co not found")
    assert download.looks_offline("<urlopen error [Errno -3] Temporary failure in name "
                                  "resolution>")
    assert not download.looks_offline("HTTP 500 Internal Server Error")
    assert not download.looks_offline("HTTP 404 Not Found")


# --- pinned revision, published hashes, trust on first use -------------------------------------
def resolve_paths(hub, method=None):
    """The /resolve/ paths asked for (HEAD and GET), in order."""
    return [r[1] for r in hub.state.requests
            if "/resolve/" in r[1] and (method is None or r[0] == method)]


def changed_copy(data: bytes) -> bytes:
    """The same GGUF with one byte of tensor data flipped: structurally valid, another hash."""
    changed = bytearray(data)
    changed[-10] ^= 0xFF
    return bytes(changed)


def ensure(files, **kwargs):
    feedback = Feedback()
    download.ensure_model_files(files, feedback, transport=transports.UrllibTransport(),
                                **kwargs)
    return feedback


def test_first_download_resolves_main_to_its_commit_and_later_ones_keep_it(hub, hub_root,
                                                                           tmp_path):
    assert registry.CARD.revision == "main" and not registry.CARD.pinned  # nothing pinned yet
    files = registry.default_model_files(tmp_path / "models")
    first = hub.state.commit
    feedback = ensure(files)
    # One HEAD on main to learn its commit; every file from that commit, never from main.
    assert resolve_paths(hub)[0] == f"/{REPO}/resolve/main/{registry.TEXT_MODEL_FILE}"
    assert all(f"/resolve/{first}/" in p for p in resolve_paths(hub)[1:])
    assert len(resolve_paths(hub, "HEAD")) == 3 and len(hub.gets()) >= 2
    assert any(first in line and "recorded" in line for line in feedback.infos)
    record = trust.read_record(files.text.parent)
    assert record["revision"] == first and record["repo_id"] == REPO
    for path, remote in ((files.text, registry.CARD.text), (files.mmproj, registry.CARD.mmproj)):
        entry = record["files"][path.name]
        assert entry["sha256"] == hashlib.sha256(served(hub_root, remote)).hexdigest()
        assert entry["origin"] == trust.FROM_HUB and entry["revision"] == first
        assert entry["size"] == path.stat().st_size and f"/resolve/{first}/" in entry["url"]

    # `main` moves on; the files are fetched again from the recorded commit.
    hub.state.commit = "d" * 40
    files.text.unlink()
    hub.state.requests.clear()
    ensure(files)
    assert resolve_paths(hub) and all(f"/resolve/{first}/" in p for p in resolve_paths(hub))


def test_the_pinned_revision_is_used_in_the_url(hub, tmp_path):
    pinned = "ab" * 20
    entry = dataclasses.replace(registry.CARD, revision=pinned)
    assert entry.pinned
    files = registry.default_model_files(tmp_path / "models")
    ensure(files, entry=entry)
    assert resolve_paths(hub) and all(f"/resolve/{pinned}/" in p for p in resolve_paths(hub))
    record = trust.read_record(files.text.parent)
    assert not record.get("revision")  # nothing to record: the registry pins it
    assert {e["revision"] for e in record["files"].values()} == {pinned}


def test_the_hash_from_the_lfs_metadata_is_checked(hub, hub_root, tmp_path):
    claimed = "ab" * 32
    hub.state.advertise[registry.TEXT_MODEL_FILE] = {"sha256": claimed}
    files = registry.default_model_files(tmp_path / "models")
    with pytest.raises(download.DownloadError) as caught:
        ensure(files)
    actual = hashlib.sha256(served(hub_root, registry.CARD.text)).hexdigest()
    assert claimed in str(caught.value) and actual in str(caught.value)
    assert not files.text.exists() and not download.part_path(files.text).exists()
    assert registry.CARD.text.name not in trust.read_record(files.text.parent)["files"]


@pytest.mark.parametrize("no_hash", ["head fails", "no lfs metadata"])
def test_without_a_published_hash_the_first_download_is_recorded_and_held_to(
        hub, hub_root, tmp_path, no_hash):
    if no_hash == "head fails":
        hub.state.head_status = 405  # a proxy that refuses HEAD
    else:
        hub.state.lfs = False  # 200 with a git blob ETag: no SHA-256 published
    files = registry.default_model_files(tmp_path / "models")
    feedback = ensure(files)
    data = served(hub_root, registry.CARD.text)
    entry = trust.entry_for(files.text)
    assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert entry["origin"] == trust.FIRST_DOWNLOAD
    assert any("trust on first use" in line for line in feedback.infos)

    # The file changes upstream: the next download of it is refused, naming both hashes.
    served_path = hub_root / REPO / registry.TEXT_MODEL_FILE
    served_path.write_bytes(changed_copy(data))
    files.text.unlink()
    with pytest.raises(download.ModelFileError) as caught:
        ensure(files)
    message = str(caught.value)
    assert hashlib.sha256(data).hexdigest() in message
    assert hashlib.sha256(served_path.read_bytes()).hexdigest() in message
    assert trust.TRUST_FILE in message and "remove the entry" in message
    assert not files.text.exists() and not download.part_path(files.text).exists()
    assert trust.entry_for(files.text)["sha256"] == hashlib.sha256(data).hexdigest()

    # Removing the entry is how an intended change is accepted.
    record = trust.read_record(files.text.parent)
    del record["files"][files.text.name]
    trust.write_record(files.text.parent, record)
    ensure(files)
    assert files.text.read_bytes() == served_path.read_bytes()


def test_a_tampered_file_is_refused_at_load(hub, tmp_path):
    files = registry.default_model_files(tmp_path / "models")
    ensure(files)
    expected = trust.entry_for(files.text)["sha256"]
    files.text.write_bytes(changed_copy(files.text.read_bytes()))  # same size, new mtime
    actual = hashlib.sha256(files.text.read_bytes()).hexdigest()
    with pytest.raises(verify.VerificationError) as caught:
        verify.verify_pair(files.text, files.mmproj)
    message = str(caught.value)
    assert expected in message and actual in message
    assert f"Delete {files.text.name}" in message and "remove the entry" in message
    with pytest.raises(download.ModelFileError, match=actual):
        download.ensure_model_files(files, transport=transports.UrllibTransport())
    assert download.model_status(files).startswith("Unusable")


def test_a_load_rehashes_only_a_file_changed_since_the_record(hub, tmp_path, monkeypatch):
    files = registry.default_model_files(tmp_path / "models")
    ensure(files)
    hashed = []
    real = verify.file_sha256
    monkeypatch.setattr(verify, "file_sha256", lambda path: hashed.append(path) or real(path))
    verify.verify_pair(files.text, files.mmproj)
    assert hashed == []  # size and mtime as recorded: no hashing
    import os

    stat = files.text.stat()
    os.utime(files.text, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))  # touched
    verify.verify_pair(files.text, files.mmproj)
    assert hashed == [files.text]  # same bytes: accepted, and the new mtime remembered
    assert trust.entry_for(files.text)["mtime_ns"] == files.text.stat().st_mtime_ns
    verify.verify_pair(files.text, files.mmproj)
    assert hashed == [files.text]


def test_the_revision_override_is_honoured(hub, hub_root, tmp_path, monkeypatch):
    other = "e" * 40
    other_root = tmp_path / "other-revision"
    shutil.copytree(hub_root, other_root)
    changed = other_root / REPO / registry.TEXT_MODEL_FILE
    changed.write_bytes(changed_copy(changed.read_bytes()))
    hub.state.revisions[other] = other_root
    monkeypatch.setenv(registry.REVISION_ENV, other)
    files = registry.default_model_files(tmp_path / "models")
    feedback = ensure(files)
    assert resolve_paths(hub) and all(f"/resolve/{other}/" in p for p in resolve_paths(hub))
    assert files.text.read_bytes() == changed.read_bytes()
    assert any(other in line and "asked for" in line for line in feedback.infos)
    assert trust.entry_for(files.text)["revision"] == other
    # The caller's revision (a settings field) wins over the variable too.
    files.text.unlink()
    hub.state.requests.clear()
    ensure(files, revision="main")
    assert all("/resolve/main/" in p for p in resolve_paths(hub))


@pytest.mark.parametrize("location", ["ftp://127.0.0.1/x.gguf", "file:///etc/passwd"])
def test_the_hubs_redirect_is_followed_to_http_only(hub, tmp_path, location):
    hub.state.location = location
    dest = tmp_path / registry.CARD.text.name
    with pytest.raises(download.DownloadError, match="was not followed"):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport())
    assert not dest.exists()
    # Also where the redirect arrives on the GET (HEAD refused, so urllib meets it).
    hub.state.head_status = 405
    with pytest.raises(download.DownloadError, match="was not followed"):
        download.download_file(text_url(hub), dest, transport=transports.UrllibTransport(),
                               max_retries=1)
    assert not dest.exists()


def test_a_damaged_trust_record_stops_the_load_and_says_what_to_do(hub, tmp_path):
    files = registry.default_model_files(tmp_path / "models")
    ensure(files)
    trust.trust_path(files.text.parent).write_text("{not json", encoding="utf-8")
    with pytest.raises(verify.VerificationError, match="damaged.*download them again"):
        verify.verify_pair(files.text, files.mmproj)


def test_the_record_is_plain_json_beside_the_files(hub, tmp_path):
    files = registry.default_model_files(tmp_path / "models")
    ensure(files)
    path = files.text.parent / ".model_trust.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    assert set(record["files"]) == {files.text.name, files.mmproj.name}
