"""Ingest failures are values, not exceptions: one bad file never stops a batch."""

from __future__ import annotations

import os
from dataclasses import dataclass

import regex

_CONTROL_IN_NAME = regex.compile(r"[\x00-\x1f\x7f-\x9f\p{Cs}]")


def printable(text: str) -> str:
    """A name that can be printed and stored: undecodable file-name bytes as ``\\xNN``, control characters
    (a terminal escape in a file name) and lone surrogates escaped."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = os.fsencode(text).decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            text = text.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")
    return _CONTROL_IN_NAME.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, slots=True)
class IngestError:
    origin: str  # file path, or path:line for a JSONL record
    reason: str

    def __post_init__(self) -> None:
        # Both are printed and stored: a file name or an exception message may hold any bytes.
        object.__setattr__(self, "origin", printable(str(self.origin)))
        object.__setattr__(self, "reason", printable(str(self.reason)))

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class UndecodableError(ValueError):
    """Raised by ``decode`` when bytes are not text in an encoding khabar accepts."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """Records a reader passed over on purpose (a WARC's request and metadata records): counted, not failures."""

    origin: str
    count: int
