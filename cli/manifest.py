"""DIR/manifest.json of `deforestation area`: the settings, the partitions, their tiles and
their state, rewritten (atomically) as partitions finish, so a rerun knows what is done.

A partition's tiles are listed as rows, [northing km, first easting km, end easting km) of its
zone's grid (cli/partitions.py), which names every tile id compactly. States: "pending" (never
run), "done" (every tile written and none ERROR), "partial" (written in part, or with ERROR
tiles: a rerun resumes it under the RESUME rules), "failed" (with the reason; a rerun tries it
again).
"""
import json
import os
import time
from pathlib import Path
from typing import Dict, List

from .. import errors
from .partitions import Partition

FORMAT = 1
PENDING, DONE, PARTIAL, FAILED = "pending", "done", "partial", "failed"


class ManifestError(errors.OutputError):
    """DIR holds another run; the message says what differs and what to do."""


def partition_entry(partition: Partition) -> dict:
    return {"id": partition.pid, "epsg": partition.epsg,
            "bounds": list(partition.bounds), "tiles": partition.tile_count,
            "rows": [list(row) for row in partition.rows], "state": PENDING, "attempts": 0,
            "output": f"partitions/{partition.pid}.gpkg",
            "scene": f"scenes/{partition.pid}.vrt"}


class Manifest:
    def __init__(self, folder: Path, data: dict):
        self.folder = Path(folder)
        self.data = data
        self._written = 0.0

    @property
    def path(self) -> Path:
        return self.folder / "manifest.json"

    @property
    def partitions(self) -> List[dict]:
        return self.data["partitions"]

    def by_id(self) -> Dict[str, dict]:
        return {p["id"]: p for p in self.partitions}

    def to_run(self) -> List[dict]:
        return [p for p in self.partitions if p["state"] != DONE]

    @classmethod
    def open(cls, folder: Path, settings: dict, partitions: List[Partition]) -> "Manifest":
        """The folder's manifest, or a new one; ManifestError when the folder holds a run of
        other settings or another plan (its partitions would mix two runs)."""
        folder = Path(folder)
        path = folder / "manifest.json"
        entries = [partition_entry(p) for p in partitions]
        if not path.exists():
            return cls(folder, {"format": FORMAT, "settings": settings,
                                "created": _now(), "tiles": sum(p["tiles"] for p in entries),
                                "partitions": entries})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ManifestError(f"{path} cannot be read ({exc}). Choose another --out "
                                "folder, or remove it to start again.") from exc
        different = [f"{key}: {data['settings'].get(key)!r} in {path.name}, {value!r} now"
                     for key, value in settings.items() if data["settings"].get(key) != value]
        if different:
            raise ManifestError(
                f"{folder} holds a run with other settings ({'; '.join(different)}). Its "
                "partitions must not mix two runs: use the same settings to continue it, or "
                "choose another --out folder.")
        planned = [(e["id"], e["rows"]) for e in entries]
        if [(p["id"], p["rows"]) for p in data["partitions"]] != planned:
            raise ManifestError(f"{folder} holds a run of another area or partition size. "
                                "Choose another --out folder.")
        return cls(folder, data)

    def save(self, force=True, every_s=2.0):
        """Write it (through a temporary file: a kill never leaves half a manifest); without
        `force`, at most every `every_s` seconds."""
        now = time.monotonic()
        if not force and now - self._written < every_s:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        self.data["updated"] = _now()
        temporary = self.path.with_name(".manifest.json.tmp")
        temporary.write_text(json.dumps(self.data, indent=1), encoding="utf-8")
        os.replace(temporary, self.path)
        self._written = now


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
