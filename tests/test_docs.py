"""The README and every page in docs/ are executed: their ```python blocks must run as written.

Blocks of one page run in order in one namespace, in a fresh temporary working directory, so a page can
create files in one block and read them in the next. A block fenced as ```python no-run is shown, not run
(used only for snippets that need a cluster or a network, and each says so in the text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
FENCE = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.S | re.M)


def _blocks(page: Path) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(page.read_text(encoding="utf-8"))
            if "no-run" not in m.group(1)]


def test_every_page_has_an_example() -> None:
    missing = [p.name for p in PAGES if p.parent.name == "docs" and p.name != "index.md" and not _blocks(p)]
    assert not missing, f"docs pages without a runnable example: {missing}"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem}"}
    for i, block in enumerate(_blocks(page)):
        code = compile(block, f"{page.name}[block {i}]", "exec")
        exec(code, namespace)
