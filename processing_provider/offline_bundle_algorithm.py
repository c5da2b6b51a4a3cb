"""deforestation:offline_bundle — the offline bundle (installer/offline_bundle.py) written from
QGIS, the same folder `make offline-bundle` writes: the pinned llama-cpp-python wheels per
platform and backend, the model pair of the plugin settings, bundle.json with every file's
SHA-256 (docs/QGIS_NOTES.md, "Offline install"). Names are a public interface: keep them.

A run where no platform got wheels fails with pip's reasons (bundle.json's `missing`); its
bundle.json stays, with the reasons in full and the model files, which the model dialog can
still take. A run where some got wheels succeeds, with the others named as a warning."""
import re
import sys
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from .base_algorithm import DeforestationAlgorithm
from .. import errors
from ..installer.backends import BACKENDS
from ..installer.offline_bundle import MANIFEST, PLATFORM_BACKENDS, PLATFORMS, write_bundle
from ..installer.pip_install import find_python
from ..settings import PlgSettings

# The backends some platform has prebuilt wheels of, in installer/backends.py's order.
BUNDLE_BACKENDS = [b for b in BACKENDS if any(b in v for v in PLATFORM_BACKENDS.values())]
PYTHON_VERSION_FORMAT = re.compile(r"3\.\d{1,2}")


def advanced(parameter):
    """The parameter shown under Advanced (the flag moved to Qgis in QGIS 3.36)."""
    flags = getattr(Qgis, "ProcessingParameterFlag", None)
    flag = flags.Advanced if flags else QgsProcessingParameterDefinition.Flag.FlagAdvanced
    parameter.setFlags(parameter.flags() | flag)
    return parameter


def pip_reasons(manifest) -> str:
    """Each platform and backend left out with pip's last line, its reason (bundle.json keeps
    the rest)."""
    def last_line(text):
        return ([line.strip() for line in text.splitlines() if line.strip()] or ["?"])[-1]

    return "; ".join(f"{key}: {last_line(text)}" for key, text in manifest["missing"].items())


class OfflineBundleAlgorithm(DeforestationAlgorithm):
    ALGORITHM_NAME = "offline_bundle"
    OUTPUT = "OUTPUT"
    PLATFORMS = "PLATFORMS"
    BACKENDS = "BACKENDS"
    PYTHON_VERSION = "PYTHON_VERSION"
    INCLUDE_MODEL = "INCLUDE_MODEL"
    FIND_LINKS = "FIND_LINKS"
    MANIFEST = "MANIFEST"
    WHEEL_SETS = "WHEEL_SETS"
    MISSING = "MISSING"

    def displayName(self):  # noqa: N802
        return self.tr("Write an offline bundle")

    def initAlgorithm(self, config=None):  # noqa: N802
        # The help texts are in help_tools.py (merged into help.py's table).
        here = f"{sys.version_info.major}.{sys.version_info.minor}"
        self._add(QgsProcessingParameterFolderDestination(
            self.OUTPUT, self.tr("Bundle folder")))
        self._add(QgsProcessingParameterEnum(
            self.PLATFORMS, self.tr("Platforms"), options=list(PLATFORMS), allowMultiple=True,
            defaultValue=list(PLATFORMS), usesStaticStrings=True))
        self._add(QgsProcessingParameterEnum(
            self.BACKENDS, self.tr("Backends (none: each platform's prebuilt builds)"),
            options=BUNDLE_BACKENDS, allowMultiple=True, optional=True,
            usesStaticStrings=True))
        self._add(QgsProcessingParameterString(
            self.PYTHON_VERSION, self.tr("Python version of the QGIS the bundle is for"),
            defaultValue=here), values=(here,))
        self._add(QgsProcessingParameterBoolean(
            self.INCLUDE_MODEL, self.tr("Include the model files"), defaultValue=True))
        self._add(advanced(QgsProcessingParameterFile(
            self.FIND_LINKS, self.tr("Folder of wheels to take the packages from"),
            behavior=QgsProcessingParameterFile.Behavior.Folder, optional=True)))
        self.addOutput(QgsProcessingOutputFile(
            self.MANIFEST, self.tr("The bundle's manifest (bundle.json)")))
        self.addOutput(QgsProcessingOutputNumber(
            self.WHEEL_SETS, self.tr("Platforms and backends with wheels")))
        self.addOutput(QgsProcessingOutputString(
            self.MISSING, self.tr("Platforms and backends without wheels")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        version = self.parameterAsString(parameters, self.PYTHON_VERSION, context).strip()
        if not PYTHON_VERSION_FORMAT.fullmatch(version):
            raise QgsProcessingException(self.tr(
                "PYTHON_VERSION must be major.minor, such as 3.12: that of the QGIS the bundle "
                "is for (in its Python console: import sys; sys.version), not {!r}.").format(
                    version))
        try:
            manifest = write_bundle(
                folder, platforms=self._chosen(parameters, self.PLATFORMS, context),
                backends=self._chosen(parameters, self.BACKENDS, context) or None,
                model_files=self._model_files(parameters, context), python=find_python(),
                python_version=version,
                find_links=self.parameterAsFile(parameters, self.FIND_LINKS, context) or None,
                on_line=feedback.pushInfo, cancelled=feedback.isCanceled)
        except errors.DeforestationError as exc:
            raise QgsProcessingException(str(exc)) from exc
        reasons = pip_reasons(manifest)
        if not manifest["wheels"]:
            raise QgsProcessingException(self.tr(
                "No wheels were downloaded for any platform ({}). Check the network (or "
                "FIND_LINKS), PYTHON_VERSION and BACKENDS; {} keeps pip's reasons in "
                "full.").format(reasons or self.tr("no backend chosen has prebuilt builds for "
                                                   "the platforms chosen"), MANIFEST))
        if reasons:
            feedback.pushWarning(self.tr("Left out, without wheels: {}").format(reasons))
        feedback.pushInfo(self.tr("Offline bundle written to {}: wheels for {}; {} model "
                                  "files.").format(folder, ", ".join(manifest["wheels"]),
                                                   len(manifest["models"])))
        return {self.OUTPUT: folder, self.MANIFEST: str(Path(folder) / MANIFEST),
                self.WHEEL_SETS: len(manifest["wheels"]),
                self.MISSING: ", ".join(manifest["missing"])}

    def _chosen(self, parameters, name, context):
        """The options chosen; QGIS 3.22 gives [''] for an optional enum left empty."""
        return [value for value in self.parameterAsEnumStrings(parameters, name, context)
                if value]

    def _model_files(self, parameters, context):
        """The model pair of the plugin settings, or none when INCLUDE_MODEL is off."""
        if not self.parameterAsBoolean(parameters, self.INCLUDE_MODEL, context):
            return []
        files = PlgSettings.load().model_files()
        if files.missing():
            raise QgsProcessingException(self.tr(
                "INCLUDE_MODEL: the model files are not on this computer ({}). Download the "
                "model first (Settings > Options > Deforestation Classifier > Download "
                "model...), or untick INCLUDE_MODEL to write the wheels only.").format(
                    ", ".join(map(str, files.missing()))))
        return [files.text, files.mmproj]
