"""Package-level promises: ``import aisafety`` and the countermeasure packages need numpy only; the
command line lists every group; errors form one tree."""

from __future__ import annotations

import subprocess
import sys

import pytest

import aisafety
from aisafety import errors
from aisafety.cli.main import build_parser

HEAVY = ("pandas", "pyarrow", "sklearn", "scipy", "matplotlib", "PIL", "ray", "presidio_analyzer", "fairlearn",
         "spacy", "datasets")


@pytest.mark.parametrize("module", ["aisafety", "aisafety.data", "aisafety.output", "aisafety.model"])
def test_import_needs_numpy_only(module: str) -> None:
    code = f"import sys, {module}; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_every_error_derives_from_the_base_and_a_builtin() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, errors.AISafetyError)
        if cls is not errors.AISafetyError and not issubclass(cls, errors.VerificationError):
            assert any(issubclass(cls, b) for b in (ValueError, ImportError, RuntimeError)), name


def test_cli_groups(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    text = capsys.readouterr().out
    for group in ("data", "model", "label", "trace"):
        assert group in text
    assert aisafety.__version__


def test_tune_allocator_applies_on_glibc_and_is_a_no_op_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes
    import platform

    code = "import aisafety; print(aisafety.tune_allocator())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert out.strip() == str(glibc)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert aisafety.tune_allocator() is False
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", lambda name: (_ for _ in ()).throw(OSError("no libc")))
    assert aisafety.tune_allocator() is False


def test_the_command_runs_as_a_module() -> None:
    out = subprocess.run([sys.executable, "-m", "aisafety", "--version"], capture_output=True, text=True,
                         check=True).stdout
    assert aisafety.__version__ in out
