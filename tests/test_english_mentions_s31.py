"""Session 31: English mention rules (analyse/english_names.py), on sentences written for these tests."""

from __future__ import annotations

from khabar.analyse.pipeline import analyse
from khabar.model import Article


def found(text: str) -> list[tuple[str, str]]:
    analysis = analyse(Article(id="s31", text=text, title=None, source="example.in", published="2024-03-05"))
    return [(m.text, m.type) for m in analysis.mentions]


def test_a_name_before_chief_is_a_body_and_its_first_word_names_it_again() -> None:
    got = found("The police said on Monday that Dera Sach Khandwala chief Baba Ram Prakash Singh was held. "
                "Thousands of Khandwala followers gathered outside, and Dera Sach Khandwala said it would appeal.")
    assert ("Dera Sach Khandwala", "ORG") in got and ("Baba Ram Prakash Singh", "PER") in got
    got = found("The police said on Monday that the Ruprail Tirtha Devasthanams had shut its gates. Ruprail "
                "devotees waited outside.")
    assert ("Ruprail Tirtha Devasthanams", "ORG") in got and ("Ruprail", "ORG") in got


def test_a_name_before_hospital_or_group_is_a_body() -> None:
    got = found("The police said on Monday that he was taken to the Sanvira hospital and later to the Kelmora "
                "government hospital, and that the Ostavan group had paid the bills.")
    assert ("Sanvira", "ORG") in got and ("Kelmora", "ORG") in got and ("Ostavan", "ORG") in got


def test_an_honorific_after_a_name_and_a_currency_before_an_amount_end_the_name() -> None:
    got = found('The police said on Monday that Sunanda Rao had died. "Sunanda Ji was always kind," her brother '
                "said. In 2013 the court fined Marvella Rs 50 crore.")
    assert ("Sunanda", "PER") in got and ("Sunanda Ji", "PER") not in got
    assert all(text != "Marvella Rs" for text, _ in got)


def test_capitals_joined_by_an_ampersand_are_one_acronym() -> None:
    got = found("The police said on Monday that the defaults at KL&MS had hurt lenders.")
    assert ("KL&MS", "ORG") in got


def test_a_lone_high_court_is_generic() -> None:
    got = found("The police said on Monday that the High Court had ordered a probe by a retired High Court judge.")
    assert not any(text == "High Court" for text, _ in got)


def test_people_in_a_list_and_after_plural_roles() -> None:
    got = found("The police said on Monday that Anita Deshmane, Kavitarani, Sushil Paranjpe and others met. "
                "Opposition leaders Rangasamayya and D.K. Poovaiah wished him well.")
    assert ("Kavitarani", "PER") in got and ("Rangasamayya", "PER") in got


def test_a_place_before_people_in_a_list_is_no_person() -> None:
    got = found("The police said on Monday that at the Wendell, Suresh Kamath and Arjun Pillai batted well.")
    assert ("Wendell", "PER") not in got


def test_quoted_titles_and_schemes_are_not_persons() -> None:
    got = found('The police said on Monday that she sang "Dil Ka Diya Jalaaye" and gave the money to the '
                "Nirmal Ganga programme for the Vaikunta Utsavam festival. Vaikunta Utsavam ends on Friday.")
    assert got == [] or all(t != "PER" for _, t in got), got


def test_mandir_and_masjid_name_places() -> None:
    got = found("The police said on Monday that crowds gathered near the Hanumat Mandir and the Qadimi Masjid.")
    assert ("Hanumat Mandir", "LOC") in got and ("Qadimi Masjid", "LOC") in got
