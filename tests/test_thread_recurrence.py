"""A later story whose headline counts its happening as one more of its kind (``threads.recurs``: नौवीं बार, तीसरी
बार, second term) is a new instance of a recurring happening: the year of the last time that its texts
name is background, and does not join it to that earlier story's thread (``_unrecalled``, session 30)."""

from __future__ import annotations

from khabar.link.threads import ThreadEntity, ThreadInput, recurs, similarities

_ACTORS = [ThreadEntity("PER:cm", "PER", "रमेश प्रसाद"), ThreadEntity("LOC:state", "LOC", "झारखंड"),
           ThreadEntity("ORG:party", "ORG", "जनता मोर्चा")]
_WORDS = {"मुख्यमंत्री": 0.6, "शपथ": 0.6, "गठबंधन": 0.52}


def _story(story_id: str, date: str, headline: str, recalls: frozenset[int]) -> ThreadInput:
    return ThreadInput(story_id, date, _ACTORS, _WORDS, headline=headline, recalls=recalls, recurs=recurs(headline))


def test_headlines_that_say_once_more() -> None:
    assert recurs("रमेश प्रसाद ने नौवीं बार ली मुख्यमंत्री पद की शपथ")
    assert recurs("रमेश प्रसाद ने 3वीं बार ली शपथ") and recurs("दूसरी बार मुख्यमंत्री बने रमेश")
    # "again" (फिर) is also a restoration, the follow-up of a loss
    assert not recurs("पांच साल बाद फिर खुले मंदिर के दरवाजे") and not recurs("Bridge opens again after repairs")
    assert recurs("Prasad wins second term as chief minister") and recurs("Prasad sworn in for the 9th time")
    assert not recurs("37 साल में पहली बार सत्ताधारी दल की वापसी")  # the first time is no recurrence
    assert not recurs("रमेश प्रसाद ने ली मुख्यमंत्री पद की शपथ") and not recurs("Second wave hits the state")


def test_a_recurrence_is_not_joined_by_the_year_it_recalls() -> None:
    first = _story("a", "2022-08-09", "रमेश प्रसाद ने ली मुख्यमंत्री पद की शपथ", frozenset({2022}))
    again = _story("b", "2024-01-28", "रमेश प्रसाद ने नौवीं बार ली मुख्यमंत्री पद की शपथ", frozenset({2022, 2024}))
    verdict = _story("c", "2024-01-28", "शपथ मामले में अदालत का फैसला", frozenset({2022, 2024}))
    assert (0, 1) not in similarities([first, again])  # the ninth oath names 2022 as the last time
    assert (0, 1) in similarities([first, verdict])  # a follow-up that names the year still recalls it
    near = _story("d", "2022-08-20", "रमेश प्रसाद ने दूसरी बार ली शपथ", frozenset())
    assert (0, 1) in similarities([first, near])  # within ACTOR_DAYS the recall rule does not apply
