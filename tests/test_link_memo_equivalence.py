"""The link step's memos change no result (session 13): ``is_description``, the within-article test of two names
(``coref._same_names``) and an entity's name keys (``entities._name_keys``) are remembered across articles on the
grounds that they are pure in their arguments. A store of real covid5 articles linked with the memos warm (filled
by linking other articles first) ends exactly as one linked with the plain, uncached functions swapped in. A memo
keyed on too little (a name without its type, a cluster's first name where its other names matter) fails here.
The word before a span is searched backwards now; it is the word a forward search finds; and the list item
before a place is looked for only among mentions ending where a list joiner could begin; the link index's postings
are read once per day for the changed articles of that day."""

from __future__ import annotations

from collections import Counter, defaultdict

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import covid5_articles
from khabar.analyse.pipeline import analyse
from khabar.export import records
from khabar.link import candidates, containment, coref, entities, entity_filter, name_spans
from khabar.link.run import relink
from khabar.model import Mention
from khabar.run.local import article_hash
from khabar.store import sqlite


def test_a_store_linked_with_warm_memos_ends_as_with_the_plain_functions(tmp_path, monkeypatch) -> None:
    articles = covid5_articles(90)
    linked_first, checked = articles[60:], [(a, analyse(a)) for a in articles[:60]]

    def linked(name: str, analysed: list) -> dict:
        store = sqlite.SqliteStore(tmp_path / f"{name}.db")
        for article, analysis in analysed[:40]:  # a batch first, then one at a time
            store.save_article(article, analysis, article_hash(article))
        relink(store)
        for article, analysis in analysed[40:]:
            store.save_article(article, analysis, article_hash(article))
            relink(store, changed={article.id})
        export = records(store)
        store.close()
        return export

    memos = (entity_filter.is_description, coref._same_names, entities._name_keys)
    for memo in memos:
        memo.cache_clear()
    linked("others", [(a, analyse(a)) for a in linked_first])  # the memos now hold other articles' names
    warm = linked("warm", checked)
    assert all(memo.cache_info().hits > 0 for memo in memos)
    with monkeypatch.context() as patch:
        plain_description = entity_filter.is_description.__wrapped__
        patch.setattr(entities, "is_description", plain_description)
        patch.setattr(name_spans, "is_description", plain_description)
        patch.setattr(coref, "_same_names", coref._same_names.__wrapped__)
        patch.setattr(entities, "_name_keys", entities._name_keys.__wrapped__)
        plain = linked("plain", checked)
    assert warm == plain
    assert len(warm["entities"]) > 200 and len(warm["stories"]) > 30


_FORWARD_PREVIOUS_WORD = regex.compile(r"([\p{L}\p{M}\u200c\u200d]+)[ \u00a0]*$")  # name_spans before session 13


def _same_previous_word(text: str, start: int, end: int) -> bool:
    forward = _FORWARD_PREVIOUS_WORD.search(text, start, end)
    backward = name_spans._PREVIOUS_WORD.search(text, start, end)
    return (forward and (forward.span(), forward.span(1))) == (backward and (backward.span(), backward.span(1)))


def test_the_word_before_a_span_searched_backwards_is_the_one_a_forward_search_finds() -> None:
    for article in covid5_articles(6):
        text = article.text
        assert all(_same_previous_word(text, max(0, end - name_spans._LOOKBEHIND), end) for end in range(len(text) + 1))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="कमलाि्ं़\u200c\u200d \u00a0\n,.AbZ1", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_the_backward_search_agrees_on_any_letters_spaces_and_line_breaks(text, start, end) -> None:
    assert _same_previous_word(text, min(start, end), max(start, end))


def _plain_list_item_before(text: str, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """``containment``'s list item before ``m`` before session 13: every mention's gap cut out and matched."""
    return next((p for end, p in by_end.items()
                 if end <= m.start and containment._LIST_JOINER.match(text[end:m.start])), None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["कमल", "कमल", " ", ",", " और ", "एवं", "/", "\u00a0", "\n", " तथा ", "व", "थ"]),
                max_size=14), st.randoms())
def test_the_list_item_before_a_place_is_the_one_matching_every_gap_finds(pieces, rng) -> None:
    text, names = "", []
    for piece in pieces:
        if piece == "कमल":
            names.append(Mention(len(text), len(text) + len(piece), piece, "LOC"))
        text += piece
    rng.shuffle(names)
    by_end = {n.end: n for n in names}
    for m in names:
        assert containment._list_item_before(text, m, by_end) is _plain_list_item_before(text, m, by_end)


def _plain_find_candidates(changed, keys_of, store) -> dict:
    """``candidates.find_candidates`` before session 13: the store's postings read for each changed article."""
    changed_set = set(changed)
    batch = defaultdict(list)
    for article_id in changed:
        for key, day, weight in keys_of[article_id]:
            batch[key].append((article_id, day, weight))
    out = {}
    for article_id in changed:
        keys = keys_of[article_id]
        day = keys[0][1] if keys else None
        stored = store.key_postings([k for k, _, _ in keys], day, candidates.WINDOW_DAYS, candidates.MAX_POSTINGS)
        score, similarity, copies, names = Counter(), defaultdict(float), set(), set()
        for key, _, weight in keys:
            if len(batch[key]) > candidates.MAX_POSTINGS + 1:
                continue
            found = [(i, w) for i, w in stored.get(key, ()) if i not in changed_set]
            found += [(i, w) for i, d, w in batch[key] if i != article_id
                      and (day is None or d is None or abs(day - d) <= candidates.WINDOW_DAYS)]
            if not found or len(found) > candidates.MAX_POSTINGS:
                continue
            ids = [i for i, _ in found]
            if key.startswith("s:"):
                copies.update(ids)
            elif key.startswith("n:"):
                names.update(ids)
            for i, w in found:
                similarity[i] += weight * w
            score.update(ids)
        best = sorted(score, key=lambda i: (-similarity[i], -score[i], i))[:candidates.MAX_CANDIDATES]
        out[article_id] = candidates.Candidates(sorted(copies | set(best)), copies, names & set(best) | copies & names,
                                                {i: similarity[i] for i in best})
    return out


def test_candidates_read_once_per_day_are_those_read_for_each_article(tmp_path) -> None:
    """Real covid5 articles (several papers and days): 50 linked, then 30 more found candidates for at once."""
    store = sqlite.SqliteStore(tmp_path / "candidates.db")
    analysed = [(a, analyse(a)) for a in covid5_articles(80)]
    for article, analysis in analysed[:50]:
        store.save_article(article, analysis, article_hash(article))
    relink(store)
    for article, analysis in analysed[50:]:
        store.save_article(article, analysis, article_hash(article))
    changed = sorted(a.id for a, _ in analysed[50:])
    keys_of = {a.id: candidates.link_keys(a) for a in store.link_articles(changed)}
    asked = Counter()
    real = store.key_postings

    def counted(keys, day, window, limit):
        asked[day] += 1
        return real(keys, day, window, limit)

    store.key_postings = counted
    found = candidates.find_candidates(changed, keys_of, store)
    assert max(asked.values()) == 1 and len(asked) > 10  # one read per day, and many days
    assert found == _plain_find_candidates(changed, keys_of, store)
    assert sum(len(c.ids) for c in found.values()) > 30
    store.close()
