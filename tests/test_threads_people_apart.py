"""Session 27: two stories of one region whose headlines name different people, whose most central people and
organisations meet nowhere, are not one affair by their region alone (``threads.people_apart``): a tycoon's death
and a politician's shooting in one city in one week. Reports of one crash that name its survivor and a victim share
the airline; in a store of one subject (an epidemic) one state's news of it stays one affair. Invented stories."""

from khabar.link.threads import ThreadEntity, ThreadInput, people_apart, place_similarities


def _person(name: str) -> ThreadEntity:
    return ThreadEntity("e_" + name, "PER", name)


MUMBAI = ThreadEntity("e_mumbai", "LOC", "Mumbai")
AIRLINE = ThreadEntity("e_airline", "ORG", "Sahyadri Air")


def _story(story_id: str, date: str, actors: list[ThreadEntity], central: list[ThreadEntity],
           words: tuple[str, ...] = ("mumbai",)) -> ThreadInput:
    return ThreadInput(story_id, date, central, {w: 1.0 for w in words}, place="Maharashtra",
                       actors=frozenset(a.id for a in actors))


def test_two_stories_of_one_region_whose_headlines_name_different_people_are_not_linked_by_the_region():
    tycoon, minister = _person("Arvind Mehra"), _person("Salim Qureshi")
    death = _story("death", "2024-10-10", [tycoon], [tycoon, MUMBAI])
    shooting = _story("shooting", "2024-10-13", [minister], [MUMBAI, minister])
    assert people_apart(death, shooting)
    assert place_similarities([death, shooting]) == {}


def test_a_person_or_organisation_central_to_both_or_a_headline_without_a_person_keeps_the_region_link():
    tycoon, minister = _person("Arvind Mehra"), _person("Salim Qureshi")
    death = _story("death", "2024-10-10", [tycoon], [tycoon, MUMBAI])
    tribute = _story("tribute", "2024-10-11", [minister], [minister, tycoon, MUMBAI])  # the tycoon is central
    curfew = _story("curfew", "2024-10-12", [], [MUMBAI])
    assert not people_apart(death, tribute) and not people_apart(death, curfew)
    assert set(place_similarities([death, tribute, curfew])) == {(0, 1), (0, 2), (1, 2)}
    survivor = _story("survivor", "2024-10-10", [_person("Vikas Rane")], [_person("Vikas Rane"), AIRLINE])
    victim = _story("victim", "2024-10-11", [_person("Kavita Joshi")], [_person("Kavita Joshi"), MUMBAI, AIRLINE])
    assert not people_apart(survivor, victim)  # one crash: they share the airline


def test_two_stories_of_the_stores_subject_keep_the_region_link():
    officer, trader = _person("Meena Kulkarni"), _person("Ramesh Agarwal")
    first = _story("first", "2020-03-21", [officer], [officer, MUMBAI], ("virus", "mumbai"))
    second = _story("second", "2020-03-22", [trader], [trader, MUMBAI], ("virus", "pune"))
    assert people_apart(first, second)
    assert not people_apart(first, second, frozenset({"virus"}))
    assert set(place_similarities([first, second], subject=frozenset({"virus"}))) == {(0, 1)}
