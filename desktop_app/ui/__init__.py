"""The Qt windows. Importing this package loads PySide6 and settles its import hook first.

PySide6 reads the source of every Python module imported after it, looking for the text
"PySide6", to decide whether that module may switch on ``from __feature__ import`` (PYSIDE-2029).
The app never uses ``__feature__``, and that scan costs ~35 ms of the ~100 ms that a signed-in
start spends importing requests, keyring and the auth layer. :func:`skip_feature_scan` answers
"does not use features" for every module without reading it.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport, whose hook is replaced below


def _uses_no_features(_module: ModuleType) -> bool:
    return False


def skip_feature_scan() -> bool:
    """Replace PySide6's per-import source scan; False if this PySide6 has none to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_no_features  # type: ignore[attr-defined]
    return True


skip_feature_scan()
