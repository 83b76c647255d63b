"""apaleo Inspector: sign in to apaleo and see what your account holds and what the app may do."""

#: The one place the version is written; pyproject.toml reads it from here. (Asking
#: importlib.metadata instead costs ~30 ms at every start, before the first window.)
__version__ = "0.1.0"

APP_NAME = "apaleo Inspector"
APP_ID = "apaleo-inspector"
