"""Optional dependencies, imported in one place each, with an error that names the install to run."""

from __future__ import annotations

import importlib
from types import ModuleType

from aisafety.errors import MissingDependencyError

__all__ = ["require"]


def require(module: str, *, package: str | None = None, extra: str, purpose: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingDependencyError` naming ``pip install 'aisafety[extra]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(package or module.split(".")[0], extra=extra, purpose=purpose) from exc
