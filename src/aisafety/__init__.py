"""aisafety: countermeasures of the AI Safety Governance Framework (TC260) as code.

The top-level package imports nothing heavy; each countermeasure lives in its own subpackage:
``aisafety.data`` (training data), ``aisafety.model`` (discrimination), ``aisafety.output``
(labeling and output guards) and ``aisafety.trace`` (signed provenance).
"""

from __future__ import annotations

from aisafety._alloc import tune_allocator

__version__ = "0.1.0"

__all__ = ["__version__", "tune_allocator"]
