"""A batch of documents as one buffer plus offsets (the Arrow layout), in Python ``str`` code points.

Rules never loop over documents: they read one of the batch's whole-batch views and report spans in
batch coordinates, which :meth:`TextBatch.locate` maps back to (document, start, end) in one
``searchsorted``. Every position here counts code points, so ``texts[doc][start:end]`` is a finding.

Views, each built on first use and kept:

``text``
    The documents joined by ``"\\n"`` into one ``str``, with one more ``"\\n"`` before the first and after
    the last; document ``i`` is ``text[starts[i]:starts[i] + lengths[i]]``.
``codes``
    ``uint8``, one byte per code point: ASCII as itself, full-width digits and Latin letters (U+FF10-FF19,
    U+FF21-FF3A, U+FF41-FF5A, common in Chinese text) folded to their ASCII twins (full-width punctuation
    is not folded), the full-width colon and equals sign (``：``, ``＝``) ``0x81``, every other code point
    ``0x80`` and each document
    separator ``0xFF``. Regular expressions over ``codes`` see ASCII patterns exactly, see CJK and other
    scripts as a non-word byte (so identifiers written straight after Chinese characters are found), and
    can never match across two documents.
``codepoints``
    ``uint32`` code points of ``text`` (separators included), for matchers that need real characters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from aisafety.errors import InputError

__all__ = ["SEPARATOR", "SEPARATOR_CODE", "TextBatch", "as_text_list", "chunk_bounds", "pick", "text_column"]

SEPARATOR = "\n"
SEPARATOR_CODE = 0xFF
NON_ASCII_CODE = 0x80
WIDE_SIGN_CODE = 0x81

T = TypeVar("T")
I64 = npt.NDArray[np.int64]
U8 = npt.NDArray[np.uint8]


def as_text_list(texts: Any) -> Sequence[str]:
    """Turn any supported text column into a sequence of ``str`` without copying the strings.

    Accepts a sequence of ``str``, a numpy array of ``str``/object, a pandas Series, and a pyarrow
    ``(Large)StringArray`` or ``ChunkedArray``. Nulls (``None``/Arrow null) are refused with the index of
    the first one; non-strings likewise, naming their type.
    """
    values = _values(texts)
    _check_str(values)
    return values


def text_column(texts: Any) -> tuple[Sequence[str], I64]:
    """:func:`as_text_list` and every document's length, in one pass over the items.

    Reading an item's length is what costs in a large corpus (each ``str`` object is a separate memory
    access), so the type check rides on it: ``str.__len__`` refuses anything that is not a ``str``, and
    only then are the items checked one by one, for the error message.
    """
    values = _values(texts)
    try:
        lengths = np.fromiter(map(str.__len__, values), dtype=np.int64, count=len(values))
    except TypeError:
        _check_str(values)
        raise  # pragma: no cover - _check_str names the item that str.__len__ refused
    return values, lengths


def pick(items: Sequence[T], index: npt.NDArray[np.integer[Any]]) -> list[T]:
    """``[items[i] for i in index]``, with the loop in C (``map`` over the sequence's ``__getitem__``)."""
    return list(map(items.__getitem__, index.tolist()))


def _values(texts: Any) -> Sequence[Any]:
    if isinstance(texts, str):
        raise InputError("texts must be a sequence of str, not a single str; wrap it in a list: [text]")
    module = type(texts).__module__
    if module.startswith("pyarrow"):
        null_count = int(texts.null_count)
        if null_count:
            first = _first_null_arrow(texts)
            raise InputError(f"texts[{first}] is null; drop or fill nulls before scanning "
                             f"({null_count} null value(s) in the column)")
        values: Sequence[Any] = texts.to_pylist()
    elif module.startswith("pandas"):
        values = texts.tolist()
    elif isinstance(texts, np.ndarray):
        if texts.ndim != 1:
            raise InputError(f"texts must be one-dimensional, got an array of shape {texts.shape}")
        values = texts.tolist()
    elif isinstance(texts, Sequence):
        values = texts
    elif isinstance(texts, Iterable):
        values = list(texts)
    else:
        raise InputError(f"texts must be a sequence of str, got {type(texts).__name__}")
    return values


def _check_str(values: Sequence[Any]) -> None:
    """Refuse any item that is not a ``str`` (or a subclass of it), naming the first and its type."""
    types = set(map(type, values))
    if any(not issubclass(t, str) for t in types):
        bad = next(i for i, v in enumerate(values) if not isinstance(v, str))
        what = "None" if values[bad] is None else type(values[bad]).__name__
        raise InputError(f"texts[{bad}] is {what}, not str; every item must be a str "
                         "(decode bytes first, and drop or fill missing values)")


def _first_null_arrow(arr: Any) -> int:
    import pyarrow.compute as pc  # only reached with pyarrow input

    mask = np.asarray(pc.is_null(arr))
    return int(np.flatnonzero(mask)[0])


def chunk_bounds(lengths: I64, max_chars: int) -> list[tuple[int, int]]:
    """Split documents into consecutive runs of about ``max_chars`` code points (at least one doc each)."""
    n = len(lengths)
    if n == 0:
        return []
    ends = np.cumsum(lengths + 1)
    bounds: list[tuple[int, int]] = []
    lo = 0
    base = 0
    # One searchsorted per chunk, not per document.
    while lo < n:
        hi = int(np.searchsorted(ends, base + max_chars, side="right"))
        hi = max(hi, lo + 1)
        bounds.append((lo, hi))
        base = int(ends[hi - 1])
        lo = hi
    return bounds


def _ucs4(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text``, read-only. numpy widens the string into its fixed-width unicode buffer
    (a copy loop, about three times faster than the UTF-32 codec); the codec is the fallback should the
    lengths ever disagree."""
    if text:
        cp = np.array(text).reshape(1).view(np.uint32)
        if len(cp) != len(text):  # pragma: no cover - numpy keeps every code point, NULs included
            cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    else:
        cp = np.zeros(0, dtype=np.uint32)
    cp.setflags(write=False)
    return cp


@dataclass(eq=False)
class TextBatch:
    """Documents joined into one buffer; see the module docstring for the views."""

    texts: Sequence[str]
    lengths: I64
    starts: I64
    text: str
    _codes: U8 | None = field(default=None, repr=False)
    _codepoints: npt.NDArray[np.uint32] | None = field(default=None, repr=False)
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_texts(cls, texts: Sequence[str], *, lengths: I64 | None = None) -> TextBatch:
        """Build a batch from a sequence of ``str`` (already checked by :func:`as_text_list`); ``lengths``
        may pass the documents' lengths when the caller has them."""
        n = len(texts)
        if lengths is None:
            lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
        # The buffer opens and closes with a separator too, so every position a rule may look at just
        # outside a document (start - 1, end) is inside the buffer and is a boundary.
        starts = np.ones(n, dtype=np.int64)
        if n > 1:
            np.cumsum(lengths[:-1] + 1, out=starts[1:])
            starts[1:] += 1
        return cls(texts=texts, lengths=lengths, starts=starts, text=SEPARATOR.join(["", *texts, ""]))

    def __len__(self) -> int:
        return len(self.lengths)

    def memo(self, key: str, build: Callable[[TextBatch], T]) -> T:
        """A derived view shared by several rules (candidate windows, lower-cased bytes), built once."""
        if key not in self._memo:
            self._memo[key] = build(self)
        value: T = self._memo[key]
        return value

    @property
    def code_bytes(self) -> bytes:
        """``codes`` as ``bytes``, for regular expressions and substring search."""
        return self.memo("code_bytes", lambda b: b.codes.tobytes())

    @property
    def n_chars(self) -> int:
        return len(self.text)

    @property
    def separators(self) -> I64:
        """Batch positions of the separators: before the first document, between documents, after the last."""
        return np.append(self.starts - 1, len(self.text) - 1)

    @property
    def codes(self) -> U8:
        if self._codes is None:
            self._codes = self._build_codes()
        return self._codes

    @property
    def codepoints(self) -> npt.NDArray[np.uint32]:
        if self._codepoints is None:
            self._codepoints = _ucs4(self.text)
        return self._codepoints

    @property
    def code_units(self) -> npt.NDArray[np.uint8] | npt.NDArray[np.uint16] | npt.NDArray[np.uint32]:
        """The exact code points of ``text`` in the narrowest integer type that holds them: ``uint8`` for
        Latin-1 text, ``uint16`` without astral characters, else ``uint32``. Matchers that need real
        characters read this instead of ``codepoints`` (a quarter or half of the memory traffic)."""
        def build(b: TextBatch) -> npt.NDArray[np.uint8] | npt.NDArray[np.uint16] | npt.NDArray[np.uint32]:
            units = b.units
            if units is not None:
                return units
            return np.frombuffer(b.text.encode("latin-1"), dtype=np.uint8)

        return self.memo("code_units", build)

    @property
    def units(self) -> npt.NDArray[np.uint16] | npt.NDArray[np.uint32] | None:
        """Code units of a text that has characters beyond Latin-1 (UTF-16 when no astral characters, else
        UTF-32), kept from building ``codes``; ``None`` for Latin-1 text."""
        self.codes  # noqa: B018 - builds and keeps the units as a side effect
        units: npt.NDArray[np.uint16] | npt.NDArray[np.uint32] | None = self._memo.get("units")
        return units

    def _narrow_units(self) -> npt.NDArray[np.uint16] | npt.NDArray[np.uint32]:
        """One integer per code point: UTF-16 code units when the text has no astral characters (half
        the memory of UTF-32), else the UTF-32 code points."""
        cp = self._codepoints if self._codepoints is not None else _ucs4(self.text)
        if len(cp) and int(cp.max()) >= 0x10000:
            self._codepoints = cp
            return cp
        return cp.astype(np.uint16)  # the UCS-4 copy is dropped: BMP text needs only half of it

    def _build_codes(self) -> U8:
        text = self.text
        if text.isascii():  # O(1) for CPython strings
            codes = np.frombuffer(text.encode("ascii"), dtype=np.uint8).copy()
        else:
            try:
                codes = np.frombuffer(text.encode("latin-1"), dtype=np.uint8).copy()
                codes[codes >= 0x80] = NON_ASCII_CODE
            except UnicodeEncodeError:
                units = self._narrow_units()
                self._memo["units"] = units
                codes = np.minimum(units, NON_ASCII_CODE).astype(np.uint8)
                # Full-width forms (U+FF01-U+FF5E) are rare: find them once, then fix only those places.
                wide = np.flatnonzero(units >= 0xFF01)
                if len(wide):
                    u = units[wide].astype(np.int64)
                    folded = u - 0xFEE0
                    alnum = (((folded >= 0x30) & (folded <= 0x39)) | ((folded >= 0x41) & (folded <= 0x5A))
                             | ((folded >= 0x61) & (folded <= 0x7A)))
                    codes[wide[alnum]] = folded[alnum].astype(np.uint8)
                    codes[wide[(u == 0xFF1A) | (u == 0xFF1D)]] = WIDE_SIGN_CODE
        codes[self.separators] = SEPARATOR_CODE
        return codes

    def locate(self, start: I64, end: I64) -> tuple[I64, I64, I64, npt.NDArray[np.bool_]]:
        """Map batch spans to ``(doc, start_in_doc, end_in_doc, ok)``.

        ``ok`` is False for a span that is empty or does not lie inside a single document; callers drop
        those (a rule must never report a span across two documents).
        """
        doc = np.searchsorted(self.starts, start, side="right").astype(np.int64) - 1
        doc_start = self.starts[doc]
        local_start = start - doc_start
        local_end = end - doc_start
        ok = (end > start) & (local_start >= 0) & (local_end <= self.lengths[doc])
        return doc, local_start, local_end, ok
