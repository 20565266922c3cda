"""One module per container family; each knows where the GB 45438 implicit label lives in its format.

Every module offers ``find(source) -> list[str]`` (the raw label texts present, so callers can detect
duplicates) and ``plan(source, value)`` (an edit plan that copies everything else unchanged), except
``ooxml`` which rewrites the ZIP package with ``write(source, value, out)``.
"""
