"""The plugin's one exception hierarchy (docs/ARCHITECTURE.md, "Errors").

A DeforestationError is a problem the user can fix: its message is shown as it is (Processing
log, message bar, qgis_process) and says what is wrong and what to do. Each kind below groups the
errors of one stage; a module's own error derives from its kind, so that a face catches
DeforestationError (or one kind) and never swallows a programming error (ValueError,
RuntimeError, AttributeError) as if it were the user's.
"""


class DeforestationError(Exception):
    """Something the user can fix; str(error) is the message to show."""


class InputError(DeforestationError):
    """A raster, its bands, the area, a cloud mask or another input cannot be used."""


class OutputError(DeforestationError):
    """An output cannot be written, resumed or replaced."""


class ModelError(DeforestationError):
    """The model files, their download or verification, or llama-cpp-python."""


class EngineError(DeforestationError):
    """The engine or the server failed while classifying."""


class FetchError(DeforestationError):
    """Sentinel-2 imagery could not be found or read from the STAC API."""


class ReviewError(DeforestationError):
    """A layer cannot be reviewed, or a decision cannot be stored."""


class RunError(DeforestationError):
    """A run cannot go on; the tiles written so far stay valid."""
