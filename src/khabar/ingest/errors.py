"""Ingest failures are values, not exceptions: one bad file never stops a batch."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    origin: str  # file path, or path:line for a JSONL record
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class UndecodableError(ValueError):
    """Raised by ``decode`` when bytes are not text in an encoding khabar accepts."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """Records a reader passed over on purpose (a WARC's request and metadata records): counted, not failures."""

    origin: str
    count: int
