"""A story of the same year whose headline reports what follows a happening after a while (``threads.reports_outcome``:
a funeral, a verdict, a sentence) recalls an earlier story more than ``ACTOR_DAYS`` before that shares a specific
entity with it, though its reports name no day of it (``_unrecalled``, session 30)."""

from __future__ import annotations

from khabar.link.threads import ThreadEntity, ThreadInput, reports_outcome, similarities

_LEADER = ThreadEntity("PER:leader", "PER", "Haruto Sato")
_COUNTRY = ThreadEntity("LOC:country", "LOC", "Japan")
_WORDS = {"sato": 0.6, "former": 0.5, "minister": 0.62}


def _story(story_id: str, date: str, headline: str, entities: list[ThreadEntity]) -> ThreadInput:
    return ThreadInput(story_id, date, entities, _WORDS, headline=headline, recalls=frozenset())


def test_outcome_headlines() -> None:
    assert reports_outcome("Leaders attend Sato's state funeral in Tokyo")
    assert reports_outcome("पूर्व मंत्री के अंतिम संस्कार में शामिल हुए नेता") and reports_outcome("अदालत ने सुनाई सजा")
    assert not reports_outcome("Sato meets the prime minister in Tokyo")


def test_an_outcome_months_later_recalls_its_happening() -> None:
    killed = _story("a", "2022-07-08", "Former minister Haruto Sato shot dead", [_LEADER, _COUNTRY])
    funeral = _story("b", "2022-09-27", "Leaders attend Sato's state funeral", [_LEADER, _COUNTRY])
    visit = _story("c", "2022-09-27", "Sato's successor visits the capital", [_LEADER, _COUNTRY])
    assert (0, 1) in similarities([killed, funeral])  # 81 days later, no day named: the funeral recalls the killing
    assert (0, 1) not in similarities([killed, visit])  # the same actors a season later, no outcome: another affair
    # what the two share is central to more than FOLLOWUP_MAX_STORIES stories (the country, its government): no
    # specific thing of both, so a verdict months later recalls nothing
    government = ThreadEntity("ORG:gov", "ORG", "Government of Japan")
    crowd = [_story(f"x{k}", f"2022-08-0{k + 1}", f"Japan report {k}", [_COUNTRY, government]) for k in range(5)]
    storm = _story("a", "2022-07-08", "Storm hits the coast", [_COUNTRY, government])
    verdict = _story("b", "2022-09-27", "Court verdict on a land case", [_COUNTRY, government])
    assert (0, 1) not in similarities([storm, verdict, *crowd])
