"""Tables kept on disk between processes (``khabar.disk_cache``): read back only under the current key, rebuilt
when stale or broken, never required (an unwritable or absent directory changes nothing but the time)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from khabar import disk_cache
from khabar.analyse import gazetteer


class Builder:
    """A table builder that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(folder))
    return folder


def _only_file(folder: Path, name: str) -> Path:
    files = list(folder.glob(f"{name}-*.pickle"))
    assert len(files) == 1
    return files[0]


def test_built_once_then_read_back(cache_in: Path) -> None:
    build = Builder({"दिल्ली": ("LOC", "Delhi", "city")})
    assert disk_cache.cached("places_test", build) == build.value
    assert disk_cache.cached("places_test", build) == build.value
    assert build.calls == 1
    assert not list(cache_in.glob(".*.tmp"))  # the temporary file was renamed into place


def test_stale_key_is_ignored(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_cache.cached("table", Builder("old rules"))
    # The analysis code changed (another fingerprint): the old file is not read.
    monkeypatch.setattr("khabar.versions.analysis_fingerprint", lambda: "0" * 16)
    build = Builder("new rules")
    assert disk_cache.cached("table", build) == "new rules"
    assert build.calls == 1
    assert len(list(cache_in.glob("table-*.pickle"))) == 2


def test_a_file_under_the_right_name_with_another_key_is_ignored(cache_in: Path) -> None:
    disk_cache.cached("table", Builder("first"))
    path = _only_file(cache_in, "table")
    path.write_bytes(pickle.dumps(("another key", "wrong")))
    build = Builder("first")
    assert disk_cache.cached("table", build) == "first"
    assert build.calls == 1


@pytest.mark.parametrize("content", [b"", b"not a pickle at all", pickle.dumps(("k", "v"))[:-3], pickle.dumps([1])])
def test_broken_file_is_ignored_and_replaced(cache_in: Path, content: bytes) -> None:
    disk_cache.cached("table", Builder({"a": 1}))
    path = _only_file(cache_in, "table")
    path.write_bytes(content)
    build = Builder({"a": 1})
    assert disk_cache.cached("table", build) == {"a": 1}
    assert build.calls == 1
    again = Builder({"a": 1})
    assert disk_cache.cached("table", again) == {"a": 1}
    assert again.calls == 0  # the broken file was written over


def test_unwritable_directory_builds_every_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    # A directory that cannot be made (its parent is a file): what a read-only home looks like, even to root.
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(blocker / "khabar"))
    build = Builder([1, 2, 3])
    assert disk_cache.cached("table", build) == [1, 2, 3]
    assert disk_cache.cached("table", build) == [1, 2, 3]
    assert build.calls == 2


def test_read_only_directory_still_serves_what_is_there(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_cache.cached("table", Builder("kept"))

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(disk_cache.tempfile, "mkstemp", refuse)
    build = Builder("kept")
    assert disk_cache.cached("table", build) == "kept"
    assert build.calls == 0
    other = Builder("other table")
    assert disk_cache.cached("other", other) == "other table"  # cannot be written: built, no error
    assert not list(cache_in.glob("other-*"))


def test_failed_write_leaves_no_temporary_file(cache_in: Path) -> None:
    build = Builder(lambda: None)  # a function defined here cannot be pickled
    assert disk_cache.cached("table", build) is build.value
    assert not [p for p in cache_in.iterdir()]


def test_off_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, "off")
    monkeypatch.chdir(tmp_path)
    build = Builder("x")
    disk_cache.cached("table", build)
    disk_cache.cached("table", build)
    assert build.calls == 2
    assert disk_cache.cache_dir() is None
    assert not list(tmp_path.iterdir())


def test_default_directory_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(disk_cache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert disk_cache.cache_dir() == tmp_path / "khabar"


def test_only_the_newest_files_of_a_table_are_kept(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(disk_cache._KEEP + 3):
        monkeypatch.setattr("khabar.versions.analysis_fingerprint", lambda n=n: f"{n:016d}")
        disk_cache.cached("table", Builder(n))
        path = max(cache_in.glob("table-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        os.utime(path, ns=(n * 10**9, n * 10**9))  # distinct ages, whatever the file system's clock resolution
    assert len(list(cache_in.glob("table-*.pickle"))) == disk_cache._KEEP  # the oldest removed at each write
    monkeypatch.setattr("khabar.versions.analysis_fingerprint", lambda: "f" * 16)
    disk_cache.cached("table", Builder("newest"))
    kept = list(cache_in.glob("table-*.pickle"))
    assert {pickle.loads(p.read_bytes())[1] for p in kept} == {"newest", 6, 5, 4}


def test_places_read_back_from_the_cache_equal_the_built_table(cache_in: Path) -> None:
    built = gazetteer._build_places()
    first = disk_cache.cached("hi_places", gazetteer._build_places)  # written
    again = disk_cache.cached("hi_places", lambda: pytest.fail("read back, not built"))
    assert first == built
    assert again == built
    assert list(again) == list(built)  # the same order: names() lets the first source of a key win
    assert again[next(k for k, p in built.items() if p.name == "Seoul")] == gazetteer.Place("LOC", "Seoul", "city")


def test_fallback_names_read_back_from_the_cache_equal_the_built_table(cache_in: Path) -> None:
    built = gazetteer._build_fallback_names()
    disk_cache.cached("hi_fallback_names", gazetteer._build_fallback_names)
    again = disk_cache.cached("hi_fallback_names", lambda: pytest.fail("read back, not built"))
    assert again == built and list(again) == list(built)
    assert again[gazetteer.match_key("टोक्यो")] == "LOC"


def test_crf_pair_table_is_kept_per_weights_file(cache_in: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from khabar.analyse.ner import compiled, tagger

    weights = tagger.model_dir() / compiled.WEIGHTS_NAME
    featurizer = tagger.featurizer_for(tagger.model_dir())
    first = compiled.CompiledTagger(weights, featurizer)
    assert first._pairs == first._pair_table()
    assert list(first._pairs) == list(first._pair_table())
    with monkeypatch.context() as m:
        m.setattr(compiled.CompiledTagger, "_pair_table", lambda self: pytest.fail("read back, not built"))
        again = compiled.CompiledTagger(weights, featurizer)
    assert again._pairs == first._pairs
    sentence = ["प्रधानमंत्री", "नरेंद्र", "मोदी", "ने", "दिल्ली", "में", "कहा"]
    assert again.tag(sentence) == first.tag(sentence)
    # A retrained model (another weights file, same code): its own table, not the shipped model's.
    data = dict(np.load(weights))
    data["attrs"] = np.frombuffer(bytes(data["attrs"]).replace(b"-1w|w=", b"-1w|w=x", 1), dtype=np.uint8)
    retrained = tmp_path / compiled.WEIGHTS_NAME
    np.savez_compressed(retrained, **data)
    other = compiled.CompiledTagger(retrained, featurizer)
    assert other._pairs == other._pair_table() != first._pairs
    assert len(list(cache_in.glob("crf_pairs-*.pickle"))) == 2


def test_festival_calendars_read_back_equal_the_library_s(cache_in: Path) -> None:
    from khabar.analyse import timex_resolve

    built = {year: timex_resolve._calendar(year) for year in timex_resolve._KEPT_YEARS}
    disk_cache.cached("in_holidays", lambda: {y: timex_resolve._calendar(y) for y in timex_resolve._KEPT_YEARS})
    again = disk_cache.cached("in_holidays", lambda: pytest.fail("read back, not built"))
    assert again == built
    holi_2021 = [day for day, name in again[2021].items() if name == "Holi"]
    assert [d.isoformat() for d in holi_2021] == ["2021-03-29"]


def test_a_file_another_user_owns_is_not_read(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    disk_cache.cached("table", Builder("mine"))
    monkeypatch.setattr(disk_cache.os, "getuid", lambda: os.stat(cache_in).st_uid + 1)  # as another user
    build = Builder("mine")
    assert disk_cache.cached("table", build) == "mine"
    assert build.calls == 1
