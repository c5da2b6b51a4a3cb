"""What can go wrong when the model files are obtained or checked (models/download.py and the
transports and hub probing it uses); each message says how to fix it."""
from .. import errors


class ModelFileError(errors.ModelError):
    """The model files cannot be used or obtained; the message says how to fix it."""


class DownloadError(ModelFileError):
    """A download failed; a partial file (if any) is kept for the next attempt to resume."""


class DownloadCancelled(Exception):
    """The user cancelled; the partial file is kept so that the next attempt resumes."""
