"""The ``aisafety`` command. Only the cli package prints or exits."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from aisafety import __version__
from aisafety._alloc import tune_allocator
from aisafety.errors import AISafetyError, VerificationError

__all__ = ["build_parser", "main"]

# Each module defines ``register(subparsers)`` adding its command group; handlers are ``func(args) -> int``.
_COMMAND_MODULES: tuple[str, ...] = (
    "aisafety.cli.data",
    "aisafety.cli.trace",
    "aisafety.cli.label",
    "aisafety.cli.model",
)

EXIT_ERROR = 2
EXIT_VERIFY_FAILED = 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aisafety",
        description="Countermeasures of the AI Safety Governance Framework (TC260) as commands.",
    )
    parser.add_argument("--version", action="version", version=f"aisafety {__version__}")
    sub = parser.add_subparsers(dest="group", metavar="GROUP")
    sub.required = True
    for name in _COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except VerificationError as exc:
        print(f"aisafety: verification failed ({exc.check}): {exc}", file=sys.stderr)
        return EXIT_VERIFY_FAILED
    except AISafetyError as exc:
        print(f"aisafety: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``aisafety ... | head``): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("aisafety: interrupted; no partial output was left under a final name", file=sys.stderr)
        return 130
    return code


def run() -> int:
    """The ``aisafety`` command: :func:`main` in a process of its own, so the allocator is tuned for batch
    work (see :func:`aisafety.tune_allocator`)."""
    tune_allocator()
    return main()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run())
