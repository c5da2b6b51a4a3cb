"""models/transports.py QgisTransport: a redirect QGIS follows by itself to anything but an
http(s) address is refused, and nothing of it is written (toolbelt/url_policy.py)."""
import shutil

import pytest

from deforestation_classifier.models import download, registry, transports
from deforestation_classifier.models.hub import HF_ENDPOINT_ENV, resolve_url
from hub_server import HubServer

REPO = registry.HF_REPO_ID


@pytest.fixture
def hub(tiny_models, tmp_path, monkeypatch):
    root = tmp_path / "hub"
    target = root / REPO / registry.CARD.text.repo_path
    target.parent.mkdir(parents=True)
    shutil.copyfile(tiny_models[0], target)
    with HubServer(root) as server:
        monkeypatch.setenv(HF_ENDPOINT_ENV, server.endpoint)
        yield server


def test_a_redirect_to_a_local_file_is_not_followed(qgis_app, hub, tmp_path):
    secret = tmp_path / "secret.bin"
    secret.write_bytes(b"GGUF" + b"\0" * 100)
    hub.state.location = secret.as_uri()
    hub.state.head_status = 405  # the probe does not see the redirect: the GET meets it
    dest = tmp_path / "models" / registry.CARD.text.name
    dest.parent.mkdir()
    with pytest.raises(download.DownloadError, match="was not followed"):
        download.download_file(resolve_url(REPO, registry.TEXT_MODEL_FILE), dest,
                               transport=transports.QgisTransport(), max_retries=1)
    assert not dest.exists() and not download.part_path(dest).exists()
