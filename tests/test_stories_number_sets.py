"""Story pairs' shared numbers summed over number sets made once per item (session 16, add one): the same
similarities, to the last bit, as sets made again for every pair."""

from __future__ import annotations

import random

import khabar.link.stories as stories
from khabar.link.crosslingual import distinctive_numbers, number_weight
from khabar.link.stories import StoryInput, _shared_set_weight, pair_similarities, shared_number_weight


def _per_pair(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """The shared numbers' weight as the step computed it before: two new sets for every pair."""
    return min(2.0, sum(number_weight(v) for v in set(a) & set(b)))


def _invented_numbers(rng: random.Random) -> tuple[float, ...]:
    pool = [10.0, 16.0, 20.0, 50.0, 6.25, 7.7, 19.0, 250.0, 13000.0, 250000.0, 1.5, 2020.0, 35.0, 99.0, 0.5]
    return distinctive_numbers(rng.sample(pool, rng.randint(0, 9)))


def test_number_sets_made_once_weigh_pairs_as_sets_made_per_pair() -> None:
    rng = random.Random(16)
    for _ in range(2000):
        a, b = _invented_numbers(rng), _invented_numbers(rng)
        assert _shared_set_weight(set(a), set(b)) == _per_pair(a, b) == shared_number_weight(a, b)


def test_pair_similarities_are_those_of_sets_made_per_pair(monkeypatch) -> None:
    flood = "असम में ब्रह्मपुत्र की बाढ़ से काजीरंगा उद्यान डूबा, 16 जिलों के 250000 लोग राहत शिविरों में पहुंचे।"
    flood2 = "ब्रह्मपुत्र में उफान के बाद काजीरंगा उद्यान जलमग्न, असम के 16 जिलों में 250000 लोग प्रभावित।"
    flood3 = "काजीरंगा में बाढ़ का पानी उतरा, असम के 16 जिलों में 6.25 लाख लोग अब भी राहत शिविरों में, 35 की मौत।"
    rng = random.Random(10)
    items = [StoryInput(f"a{k}", "hi", text, day, numbers=_invented_numbers(rng))
             for k, (text, day) in enumerate([(flood, "2026-07-02"), (flood2, "2026-07-02"), (flood3, "2026-07-03"),
                                              (flood2, None), (flood, "2026-07-04"), (flood3, "2026-07-02"),
                                              (flood2, "2026-07-05"), (flood, "2026-07-02")])]
    items.append(StoryInput("a8", "hi", flood, "2026-07-02", numbers=(16.0, 250000.0)))
    items.append(StoryInput("a9", "hi", flood2, "2026-07-02", numbers=(16.0, 35.0, 250.0, 250000.0, 13000.0)))
    once = pair_similarities(items)
    # the sets given are those of the items' sorted, distinct numbers: their tuples again, made into sets per pair
    monkeypatch.setattr(stories, "_shared_set_weight", lambda a, b: _per_pair(tuple(sorted(a)), tuple(sorted(b))))
    per_pair = pair_similarities(items)
    assert once == per_pair  # exact, not approximately
    assert len(once) >= 20 and any(item.numbers for item in items)
