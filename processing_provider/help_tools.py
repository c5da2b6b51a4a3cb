"""The help of the provider's tool algorithms (diagnostics), merged into help.py's table.

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
}
