"""A person's one-word name inside an organisation's (session 28, issue 13): the tagger types both "सुधा नारायण
फाउंडेशन" and "सुधा" as persons; the link step types the fuller name an organisation by its head word, so "सुधा"
(who speaks on television) must not become its alias. Hindi news text written for these tests."""

from __future__ import annotations

from link_support import groups_of

TEXT = ("समाजसेवी सुधा नारायण और उनके पति की ओर से बनी संस्था सुधा नारायण फाउंडेशन ने अस्पतालों को दस करोड़ रुपये "
        "देने की घोषणा की है। सुधा ने एक टीवी चैनल पर साक्षात्कार में सुधा नारायण फाउंडेशन के फैसले की जानकारी दी।")


def _groups(names: dict[str, str]) -> dict[str, list[str]]:
    return {g.name: [m.text for m in g.mentions] for g in groups_of("x", TEXT, "hi", names)}


def test_person_typed_word_stays_out_of_a_body_named_after_her() -> None:
    groups = _groups({"सुधा नारायण फाउंडेशन": "PER", "सुधा": "PER"})
    assert groups["सुधा नारायण फाउंडेशन"] == ["सुधा नारायण फाउंडेशन"] * 2
    assert groups["सुधा"] == ["सुधा", "सुधा"]


def test_person_short_form_of_a_person_still_joins() -> None:
    text = "समाजसेवी सुधा नारायण ने अस्पतालों को दस करोड़ रुपये दिए। सुधा ने एक टीवी चैनल पर इसकी जानकारी दी।"
    groups = {g.name: [m.text for m in g.mentions]
              for g in groups_of("x", text, "hi", {"सुधा नारायण": "PER", "सुधा": "PER"})}
    assert groups["सुधा नारायण"] == ["सुधा नारायण", "सुधा"]


def test_place_named_after_a_person_keeps_the_person_apart() -> None:
    text = "दिल्ली के नेहरू स्टेडियम में आज सभा हुई। नेहरू ने खेलों को बढ़ावा दिया था, वक्ताओं ने कहा।"
    groups = {g.name: [m.text for m in g.mentions]
              for g in groups_of("x", text, "hi", {"नेहरू स्टेडियम": "PER", "नेहरू": "PER", "दिल्ली": "LOC"})}
    assert groups["नेहरू"] == ["नेहरू"]
