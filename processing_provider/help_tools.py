"""The help of the provider's tool algorithms (diagnostics, offline_bundle), merged into
help.py's table.

help.py holds the pipeline's algorithms and is at the length a newcomer can read; the tools,
which touch no imagery, keep their texts here, in the same form (help_text() marks each literal
for scripts/i18n_update.py; DeforestationAlgorithm.tr translates it where it is shown).
"""


def help_text(text: str) -> str:
    """Mark a literal as a help text (as help.help_text does)."""
    return text


TOOLS_HELP = {
    "diagnostics": dict(
        summary=help_text(
            "Writes a report to paste when something goes wrong: the versions of the plugin, "
            "QGIS, Qt, Python, GDAL, numpy and llama-cpp-python; the backend and the compute "
            "devices llama.cpp sees (and the last device measurement); the model files with "
            "their sizes and SHA-256; the plugin's settings; and the last lines of the last "
            "classification run's log.\n\n"
            "The report is made to be shared: your home folder is written as ~ and your user "
            "name replaced, and API keys are never included. Read it before you send it: the "
            "file and folder names it lists are yours."),
        parameters={
            "OUTPUT": help_text("The Markdown file to write (.md)."),
        },
    ),
    "offline_bundle": dict(
        summary=help_text(
            "Writes an offline bundle: a folder to copy on a USB stick for a computer without "
            "network, the same as `make offline-bundle` writes. It holds the pinned "
            "llama-cpp-python and its pure dependencies as prebuilt wheels for each platform "
            "and backend chosen (downloaded with pip, nothing is compiled), the model files of "
            "the plugin settings, and bundle.json with the SHA-256 of every file.\n\n"
            "A platform and backend without a prebuilt wheel (or unreachable from here) is "
            "left out and listed in bundle.json with pip's reason; the run fails when no "
            "platform got wheels. On the computer without network: Settings > Options > "
            "Deforestation Classifier > Install dependencies > Install from an offline "
            "bundle..., or Use an offline bundle... in the model dialog."),
        parameters={
            "OUTPUT": help_text(
                "The folder to write the bundle into (an empty folder, or a USB stick)."),
            "PLATFORMS": help_text(
                "The operating systems the bundle is for: Windows (64-bit), Linux (x86_64), "
                "macOS (Apple silicon). Default: all three. With qgis_process, give the names, "
                "comma-separated: PLATFORMS=windows-amd64,linux-x86_64."),
            "BACKENDS": help_text(
                "The llama-cpp-python builds to download: cpu works everywhere; vulkan and "
                "cuda are for Windows and Linux, metal for macOS. None chosen: each platform's "
                "prebuilt builds. A backend a platform has no prebuilt build of is skipped. "
                "With qgis_process, give the names: BACKENDS=cpu,vulkan."),
            "PYTHON_VERSION": help_text(
                "The Python version (major.minor) of the QGIS the bundle is for, which may "
                "differ from this one: read it in that QGIS's Python console with import sys; "
                "sys.version. Wheels are built for one Python version. Default: this QGIS's, "
                "{}."),
            "INCLUDE_MODEL": help_text(
                "Copy the model files of the plugin settings (the model card's pair, or the "
                "files set there) into the bundle. They must be on this computer: download the "
                "model first in the plugin settings, or untick this to write the wheels only."),
            "FIND_LINKS": help_text(
                "A folder of wheels (an office mirror) to take the packages from instead of "
                "the package indexes on the internet."),
        },
    ),
}
