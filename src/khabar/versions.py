"""Which khabar wrote a store: fingerprints of the per-article analysis and of the link step, and what a store
records of them (``khabar info``, the ingest warning, ``khabar reanalyse`` and ``khabar relink``).

A fingerprint is a hash of a version constant and of the files that decide the result: the code and data of the
analysis (``analyse/``, ``text/``, ``lang/``, the data model, the NER mode) or of the link step (``link/``,
``text/``, ``lang/``, the data model). Hashing the files, not trusting a constant alone, means that a rule or a
language file changed without anyone remembering to bump a number still marks older stores as stale; a change
that alters no result (a comment) costs one needless ``reanalyse``, never a stale store that says it is current.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from khabar import __version__

# Bump to mark every store stale even where no file under the folders below changed (a dependency's behaviour).
ANALYSIS_VERSION = 1
LINK_VERSION = 1

_ANALYSIS_PARTS = ("analyse", "text", "lang", "model.py")
_LINK_PARTS = ("link", "text", "lang", "model.py")
# Language files only the link step reads (a test analyses text and checks that none is loaded): editing them
# leaves every stored analysis current.
LINK_ONLY_LANG = ("attach.json", "campuses.json", "claims.json", "generic_names.json", "idf.json", "threads.json")
# Language files only search reads (at query time): neither fingerprint depends on them.
SEARCH_ONLY_LANG = ("search.json",)

WRITTEN_BY = "written_by"  # state key: {khabar, analysis, link, at} of the last run that wrote the store
LINK_BUILT_BY = "link_built_by"  # state key: link fingerprints of every link step since the last full relink


def _files_digest(parts: tuple[str, ...], skip_lang: tuple[str, ...] = ()) -> str:
    """One hash of every file under ``parts`` of the khabar package (compiled files left out), names included;
    ``skip_lang``: names of ``lang/<code>/`` files left out."""
    root = resources.files("khabar")
    h = hashlib.sha256()

    def walk(entry: Any, name: str) -> None:
        if entry.is_dir():
            if entry.name != "__pycache__":
                for child in sorted(entry.iterdir(), key=lambda e: e.name):
                    walk(child, f"{name}/{child.name}")
        elif entry.is_file() and not entry.name.endswith((".pyc", ".pyo")):
            if entry.name in skip_lang and name.startswith("lang/"):
                return
            h.update(name.encode("utf-8") + b"\0")
            h.update(entry.read_bytes())
            h.update(b"\0")

    for part in parts:
        walk(root.joinpath(part), part)
    return h.hexdigest()


@cache
def _analysis_files() -> str:
    return _files_digest(_ANALYSIS_PARTS, skip_lang=LINK_ONLY_LANG + SEARCH_ONLY_LANG)


@cache
def _link_files() -> str:
    return _files_digest(_LINK_PARTS, skip_lang=SEARCH_ONLY_LANG)


def analysis_fingerprint() -> str:
    """The version of the per-article analysis this process runs: 16 hex digits (the Hindi NER mode counts)."""
    # khabar.analyse.ner.tagger.ner_mode() reads the same variable; importing it would load numpy for `khabar info`
    mode = os.environ.get("KHABAR_NER", "").strip().lower() or "fast"
    return hashlib.sha256(f"{ANALYSIS_VERSION}:{mode}:{_analysis_files()}".encode()).hexdigest()[:16]


def link_fingerprint() -> str:
    """The version of the link step this process runs: 16 hex digits."""
    return hashlib.sha256(f"{LINK_VERSION}:{_link_files()}".encode()).hexdigest()[:16]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def note_written(store: Any, *, linked: bool, full_link: bool = False) -> None:
    """Record that this khabar wrote the store (after an ingest, a reanalyse or a relink). ``linked``: a link step
    ran; ``full_link``: it rebuilt every story, thread, entity and claim (the link layer is this version's only)."""
    store.set_state(WRITTEN_BY, {"khabar": __version__, "analysis": analysis_fingerprint(),
                                 "link": link_fingerprint(), "at": _now()})
    if linked:
        before = [] if full_link else store.get_state(LINK_BUILT_BY)
        if before is None:  # none recorded: a fresh store, or one whose stories an older khabar linked
            before = ["unknown"] if None in store.analysis_versions() else []
        current = link_fingerprint()
        if current not in before:
            store.set_state(LINK_BUILT_BY, [*before, current])


@dataclass(slots=True)
class StoreVersions:
    """What a store says of the khabar that wrote it, beside this process's own versions."""

    written_by: dict[str, Any] | None  # the last run that wrote it (None: a store from before session 12)
    analysis: str  # this process's analysis fingerprint
    link: str  # this process's link fingerprint
    analysed_by: dict[str | None, int] = field(default_factory=dict)  # fingerprint (None: unknown) -> articles
    link_built_by: list[str] | None = None  # None: unknown (a store from before session 12)
    articles: int = 0
    linked: bool = False  # the store has stories (a link step has run)

    @property
    def stale_articles(self) -> int:
        """Articles whose stored analysis another (or an unknown) analysis version wrote."""
        return sum(n for version, n in self.analysed_by.items() if version != self.analysis)

    @property
    def link_stale(self) -> bool:
        """Stories, threads, entities or claims of the store come from another (or an unknown) link version."""
        if not self.linked:
            return False
        return self.link_built_by is None or any(v != self.link for v in self.link_built_by)

    def advice(self) -> str | None:
        """The one command that brings the store up to date, with why; None when it is."""
        if self.stale_articles:
            n = self.stale_articles
            return (f"{n} stored article{'s were' if n != 1 else ' was'} analysed by another khabar version "
                    f"(this one: analysis {self.analysis}); new articles get this version's analysis. Run "
                    "`khabar reanalyse` to analyse them again from their stored text and relink.")
        if self.link_stale:
            return ("the store's stories, threads, entities and claims were linked by another khabar version "
                    f"(this one: link {self.link}). Run `khabar relink` to build them again.")
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"written_by": self.written_by, "this_khabar": {"khabar": __version__, "analysis": self.analysis,
                                                               "link": self.link},
                "articles": self.articles, "analysed_by": {k or "unknown": v for k, v in self.analysed_by.items()},
                "stale_articles": self.stale_articles, "link_built_by": self.link_built_by,
                "link_stale": self.link_stale, "advice": self.advice()}


def store_versions(store: Any) -> StoreVersions:
    """The versions that wrote ``store``, beside this khabar's."""
    return StoreVersions(written_by=store.get_state(WRITTEN_BY), analysis=analysis_fingerprint(),
                         link=link_fingerprint(), analysed_by=store.analysis_versions(),
                         link_built_by=store.get_state(LINK_BUILT_BY), articles=store.count("articles"),
                         linked=store.count("stories") > 0)
