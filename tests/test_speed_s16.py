"""Session 16's speed changes answer what the code before them answered.

Each remembered answer (``lru_cache``) is checked against the function computed afresh (``__wrapped__``) on the
words of real articles and on invented ones, asked twice so that the second answer comes from the cache:

- ``analyse.entities.acronym_letters`` and ``body_acronym`` (the acronym rules ask them of every token);
- ``link.latin.initials``, ``_word_latin`` and ``english_word`` (the Latin forms of names, word by word);
- ``text.keys.has_devanagari``, remembered for short strings only and scanned for longer ones.

The quote lexicon and the timex patterns are kept on disk between processes: read back, their patterns find what
the compiled ones find.
``relink`` lets go of a step's neighbourhood and result before the cycle collector is back on.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import regex

from conftest import covid5_articles
from khabar import disk_cache
from khabar.analyse import entities, timex_grammar
from khabar.analyse.quotes import lexicon as lexicon_module
from khabar.lang import SUPPORTED
from khabar.link import latin, run
from khabar.link.step import Neighbourhood
from khabar.run import local
from khabar.store.base import LinkResult
from khabar.store.sqlite import SqliteStore
from khabar.text import keys
from khabar.text.keys import has_devanagari

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
# Invented: letter-name acronyms (एनएचएआई, एसडीएम), ordinary words, Latin, digits, marks alone, mixed scripts.
_INVENTED = ["एनएचएआई", "एसडीएम", "पीएमओ", "आईसीएमआर", "जेएनएन", "यूएई", "केरल", "सीएमओ", "डीके", "वी", "बीएचयू",
             "एलएनजेपी", "आरटी", "पीसीआर", "सरकार", "अस्पताल", "WHO", "Delhi", "2020", "ं", "", " ", "दिल्लीAIIMS",
             "एसएसपी", "टीवी", "ओके", "एक्स", "डब्लूएचओ"]


def _words(count: int) -> list[str]:
    found: dict[str, None] = dict.fromkeys(_INVENTED)
    for article in covid5_articles(count):
        found.update(dict.fromkeys(_WORD.findall(article.text)))
    return list(found)


def _names(count: int) -> list[str]:
    """Runs of one to three words of real text: what the link step spells out in Latin."""
    out: dict[str, None] = {}
    for article in covid5_articles(count):
        words = _WORD.findall(article.text)
        for k in range(0, len(words) - 3, 5):
            for n in (1, 2, 3):
                out[" ".join(words[k:k + n])] = None
    return list(out)


def test_acronym_answers_are_the_computed_ones() -> None:
    words = _words(60)
    assert len(words) > 3000
    acronyms = bodies = 0
    for _ in range(2):  # the second round is answered from the cache
        for w in words:
            assert entities.acronym_letters(w) == entities.acronym_letters.__wrapped__(w), w
            assert entities.body_acronym(w) == entities.body_acronym.__wrapped__(w), w
            acronyms += entities.acronym_letters(w) >= 2
            bodies += entities.body_acronym(w)
    assert entities.acronym_letters("एनएचएआई") == 4 and entities.acronym_letters("केरल") == 0
    assert entities.body_acronym("एनएचएआई") and not entities.body_acronym("एसडीएम")  # an office is no body
    assert acronyms > 20 and bodies > 5  # real text has acronyms, and some are bodies


def test_latin_word_answers_are_the_computed_ones() -> None:
    words = _words(30)
    for _ in range(2):
        for w in words:
            assert latin.initials(w) == latin.initials.__wrapped__(w), w
            for first in (True, False):
                for last in (True, False):
                    assert latin._word_latin(w, first, last) == latin._word_latin.__wrapped__(w, first, last), w
        for w in words[::7]:
            assert latin.english_word(w) == latin.english_word.__wrapped__(w), w
    assert latin.initials("डीके") == "DK" and latin.initials("केरल") is None
    assert latin._word_latin("अस्पताल", False, True) == latin._word_latin.__wrapped__("अस्पताल", False, True)


def test_latin_names_of_real_text_are_unchanged_by_the_word_caches() -> None:
    # ``latin_name`` spells a place or organisation word by word through ``_word_latin``: with the word answers
    # cached or computed afresh, the same names.
    names = _names(20)
    assert len(names) > 2000
    for name in names:
        for type_ in ("LOC", "ORG", "PER"):
            assert latin.latin_name(name, type_) == latin.latin_name.__wrapped__(name, type_), (name, type_)


def test_has_devanagari_remembers_short_strings_and_scans_long_ones() -> None:
    def scan(text: str) -> bool:
        return regex.search("[\u0900-\u097f]", text) is not None

    words = _words(20)
    long_texts = [a.text for a in covid5_articles(5)] + ["x" * 200 + "क", "क" + "x" * 200, "x" * 300]
    edges = ["a" * (keys._SHORT - 1) + "क", "a" * keys._SHORT + "क", "a" * keys._SHORT, "क" * (keys._SHORT + 1)]
    for _ in range(2):
        for text in words + long_texts + edges + ["", "abc", "ॐ", "\u097f", "\u0900", "\u0980", "৭"]:
            assert has_devanagari(text) == scan(text), text
    keys._short_has_devanagari.cache_clear()
    for text in [*long_texts, edges[1], edges[3]]:
        has_devanagari(text)
    assert keys._short_has_devanagari.cache_info().currsize == 0  # texts longer than _SHORT are never kept
    has_devanagari(edges[2])
    assert keys._short_has_devanagari.cache_info().currsize == 1


def _patterns(lex: lexicon_module.Lexicon) -> dict[str, regex.Pattern]:
    return {f.name: getattr(lex, f.name) for f in dataclasses.fields(lex)
            if isinstance(getattr(lex, f.name), regex.Pattern)}


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_quote_lexicon_read_back_from_disk_finds_what_the_compiled_one_finds(tmp_path: Path, monkeypatch,
                                                                             lang: str) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    built = lexicon_module._build_lexicon(lang)
    assert built is not None
    assert disk_cache.cached(f"quote_lexicon_{lang}", lambda: built) is built  # built and written
    again = disk_cache.cached(f"quote_lexicon_{lang}", lambda: pytest.fail("read back, not built"))
    assert again is not built
    fresh, back = _patterns(built), _patterns(again)
    assert len(fresh) >= 8 and fresh.keys() == back.keys()
    for name, pattern in fresh.items():
        assert (back[name].pattern, back[name].flags) == (pattern.pattern, pattern.flags), name
    for f in dataclasses.fields(built):  # every other field equal
        if f.name not in fresh:
            assert getattr(again, f.name) == getattr(built, f.name), f.name
    texts = [a.text for a in covid5_articles(25)]
    texts += ["He said that the plan would work, the minister told reporters.", "“We are ready,” she added.",
              "According to the police, the driver fled. The mayor's spokesman said on Monday it was over.",
              "“Nobody knew,” said Ram Kumar, a farmer, adding that the water rose at night."]
    matched = 0
    for text in texts:
        for name, pattern in fresh.items():
            want = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in back[name].finditer(text)] == want, name
            matched += len(want)
    assert matched > (50 if lang == "hi" else 5)


def test_relink_leaves_no_step_objects_for_the_collector(tmp_path: Path, monkeypatch) -> None:
    # The neighbourhood and the link result are let go before the cycle collector runs again (its first
    # collection walks what a step leaves alive), and the result is applied first; the collector is back on after
    # the step.
    store = SqliteStore(tmp_path / "s.db")
    report = local.ingest([_jsonl(tmp_path / "a.jsonl", covid5_articles(6))], store, link=False)
    assert report.new == 6
    paused = run.no_cycle_collection
    alive: list[int] = []

    @contextmanager
    def watched() -> Iterator[None]:
        with paused():
            yield
            alive.append(sum(type(o) in (Neighbourhood, LinkResult) for o in gc.get_objects()))

    seen: list[bool] = []
    apply = store.apply

    def applied(result: LinkResult) -> None:
        seen.append(gc.isenabled())
        apply(result)

    monkeypatch.setattr(run, "no_cycle_collection", watched)
    monkeypatch.setattr(store, "apply", applied)
    assert gc.isenabled()
    counts = run.relink(store)
    assert counts["stories"] >= 1 and gc.isenabled()
    assert seen == [False]  # applied while the collector was still off
    assert alive == [0]  # neither the neighbourhood nor the result was left for it


def _jsonl(path: Path, articles) -> Path:
    import json

    path.write_text("".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n" for a in articles),
                    encoding="utf-8")
    return path


def test_timex_patterns_read_back_from_disk_find_what_compiled_ones_find(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    built = timex_grammar._compile_all()
    assert len(built) > 100
    disk_cache.cached("timex_patterns", lambda: built)
    again = disk_cache.cached("timex_patterns", lambda: pytest.fail("read back, not built"))
    assert again is not built and again.keys() == built.keys()
    lazy = {p.regex.pattern for lang in SUPPORTED for p in timex_grammar.grammar(lang).patterns}
    assert lazy <= again.keys()  # every pattern a grammar searches is in the table
    texts = [a.text for a in covid5_articles(25)]
    texts += ["On Monday, 3 March 2020 at 6.04 pm IST, two days ago; the 1990s; Q3 of FY21.",
              "१५ अगस्त २०२० को सुबह १० बजे, पिछले हफ्ते, अगले साल मार्च में।"]
    matched = 0
    for pattern, compiled in built.items():
        back = again[pattern]
        assert (back.pattern, back.flags) == (compiled.pattern, compiled.flags)
        for text in texts:
            want = [(m.span(), m.groupdict()) for m in compiled.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in back.finditer(text)] == want, pattern[:80]
            matched += len(want)
    assert matched > 500


def test_timex_patterns_are_compiled_lazily_without_the_disk_cache(monkeypatch) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, "off")
    timex_grammar._compiled_patterns.cache_clear()
    try:
        assert timex_grammar._compiled_patterns() == {}
        fresh = timex_grammar.LazyPattern(r"(?<!\d)\d{4}(?!\d)")
        assert fresh.search("सन 2020 में").group() == "2020"
    finally:
        timex_grammar._compiled_patterns.cache_clear()


def test_the_subdivision_tables_read_back_from_disk_as_built(tmp_path, monkeypatch):
    """ISO 3166-2 names and codes (pycountry, 0.2 s a process) are kept on disk: what a later process reads back is
    what it would build, and the state codes Hindi reports write (UP, MP) still name their states."""
    from khabar.link import places

    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path))
    built = places._build_subdivision_tables()
    places._subdivision_tables.cache_clear()
    first = places._subdivision_tables()  # written
    places._subdivision_tables.cache_clear()
    again = places._subdivision_tables()  # read back
    assert first == built and again == built
    assert list(tmp_path.iterdir())
    assert built[0]["Punjab"] == frozenset({"IN", "PK"})
    places.state_of_code.cache_clear()
    assert places.state_of_code("UP") == "Uttar Pradesh" and places.state_of_code("MP") == "Madhya Pradesh"
    assert places.state_of_code("ZZ") is None
