"""apaleo Inspector: sign in to apaleo and see what your account holds and what the app may do."""

from importlib import metadata

try:
    __version__ = metadata.version("apaleo-inspector")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "apaleo Inspector"
APP_ID = "apaleo-inspector"
