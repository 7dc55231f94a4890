"""Session 31: a person titled head of government in one report and opposition leader (or former head) in another
tells two times apart. An undated report whose text does so neither joins nor attaches to the group of the other time
(issue 10: an undated article cannot bridge two events years apart). Invented sentences."""

import datetime as dt

from khabar.link.crosslingual import office_roles, offices_conflict, undated_attachments
from khabar.link.stories import _joined, _Span

OLD = "Chief Minister Ramesh Palanivel defended the police, while Opposition leader Suresh Kannan was detained."
NEW = "Chief Minister Suresh Kannan welcomed the ruling of the court on the plant."
OLD_MENTIONS = (("PER", "Ramesh Palanivel"), ("PER", "Suresh Kannan"))
NEW_MENTIONS = (("PER", "Suresh Kannan"),)


def test_titles_right_before_a_name_in_both_scripts() -> None:
    old = office_roles(OLD, OLD_MENTIONS)
    new = office_roles(NEW, NEW_MENTIONS)
    assert {role for _, role in old} == {"head", "out"}
    assert {role for _, role in new} == {"head"}
    hindi = office_roles("मुख्यमंत्री एम.के. कन्नन ने कहा कि अदालत का फैसला ऐतिहासिक है।", (("PER", "कन्नन"),))
    assert {role for _, role in hindi} == {"head"}
    former = office_roles("तत्कालीन मुख्यमंत्री रमेश पलानिवेल ने जांच के आदेश दिए थे।", (("PER", "रमेश पलानिवेल"),))
    assert {role for _, role in former} == {"out"}
    # a former mark before a state's name, and a deputy's title, are out of office
    state = office_roles("the government named former Bihar chief minister Anil Verma for the award",
                         (("PER", "Anil Verma"),))
    assert {role for _, role in state} == {"out"}
    deputy = office_roles("पूर्व उपप्रधानमंत्री रमेश पलानिवेल को सम्मान मिलेगा।", (("PER", "रमेश पलानिवेल"),))
    assert {role for _, role in deputy} == {"out"}
    # a name without a title, and a clock time, give nothing
    assert office_roles("Suresh Kannan spoke at 5 pm Kannan time.", NEW_MENTIONS) == frozenset()


def test_one_person_in_office_and_out_of_it_conflicts() -> None:
    old = office_roles(OLD, OLD_MENTIONS)
    new = office_roles(NEW, NEW_MENTIONS)
    assert offices_conflict(old, new) and offices_conflict(new, old)
    assert not offices_conflict(new, new)
    # two heads of government of one story (two states' chief ministers) do not conflict
    other = office_roles("Chief Minister Anil Verma met them.", (("PER", "Anil Verma"),))
    assert not offices_conflict(new, other)


def test_an_undated_report_of_another_time_joins_no_group() -> None:
    day = dt.date(2024, 2, 29)
    dated = _Span((day, day), frozenset({60}), offices=office_roles(NEW, NEW_MENTIONS))
    undated = _Span(offices=office_roles(OLD, OLD_MENTIONS))
    assert not _joined(dated, undated)[0]
    assert not _joined(undated, dated)[0]
    assert _joined(dated, _Span())[0]


def test_an_undated_report_of_another_time_is_not_attached() -> None:
    names = (("PER", "Suresh Kannan"), ("LOC", "Thoothukudi"), ("ORG", "Sterlite"))
    args = (["en", "en", "en"], [names, names, names], [[], [], []], ["Suresh Kannan Sterlite Thoothukudi"] * 3,
            [60, 60, 60], [dt.date(2024, 2, 29), dt.date(2024, 2, 29), None], [0, 0, 2])
    assert undated_attachments(*args) == [(2, 0)]
    new, old = office_roles(NEW, NEW_MENTIONS), office_roles(OLD, OLD_MENTIONS)
    assert undated_attachments(*args, offices=[new, new, old]) == []
    assert undated_attachments(*args, offices=[new, new, frozenset()]) == [(2, 0)]


def _old_office_roles(text: str, mentions) -> frozenset:
    """The rule as merged, before its results were remembered and repeated mentions read once (the reference)."""
    from khabar.link import crosslingual as c
    found = set()
    pattern = c._office_pattern()
    for type_, name_text in mentions:
        if type_ != "PER":
            continue
        name = c.name_of(type_, name_text)
        if name is None or len(name.skeleton[-1]) < c.OFFICE_SURNAME:
            continue
        start = text.find(name_text)
        while start >= 0:
            match = pattern.search(text[max(0, start - c.OFFICE_CONTEXT):start])
            if match:
                found.add((name.skeleton, "out" if match.group("opposition") or match.group("former") else "head"))
            start = text.find(name_text, start + 1)
    return frozenset((name, role) for name, role in found
                     if not any(other != role and c.names_match(name, key) for key, other in found))


def test_remembered_roles_are_the_rules_roles_with_repeated_mentions() -> None:
    text = (f"{OLD} Later, Chief Minister Ramesh Palanivel met Opposition leader Suresh Kannan. मुख्यमंत्री रमेश "
            "पलानिवेल ने कहा, तत्कालीन मुख्यमंत्री सुरेश कन्नन ने भी यही कहा था।")
    mentions = OLD_MENTIONS * 3 + (("PER", "रमेश पलानिवेल"), ("LOC", "Chennai"), ("PER", "सुरेश कन्नन"),
                                   ("PER", "रमेश पलानिवेल"))
    for given in (mentions, list(mentions), mentions[:2], NEW_MENTIONS):
        assert office_roles(text, given) == _old_office_roles(text, given)
        assert office_roles(text, given) is office_roles(text, tuple(given))  # remembered, not read again
    assert office_roles(NEW, NEW_MENTIONS) == _old_office_roles(NEW, NEW_MENTIONS)
