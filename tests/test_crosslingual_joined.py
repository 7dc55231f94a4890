"""Names Hindi writes as one word and English as two (शिवसेना / Shiv Sena) meet across scripts (session 24)."""

from khabar.link.crosslingual import (
    article_names,
    evidence,
    joined_match,
    name_of,
    names_match,
    sharing_pairs,
)


def skeleton(type_: str, text: str) -> tuple[str, ...]:
    name = name_of(type_, text)
    assert name is not None
    return name.skeleton


def test_a_name_written_as_one_word_meets_its_spaced_spelling():
    for type_, hindi, english in [("ORG", "शिवसेना", "Shiv Sena"), ("LOC", "राजभवन", "Raj Bhavan"),
                                  ("LOC", "रायबरेली", "Rae Bareli"), ("ORG", "शिवसेना", "Shiv Sena party")]:
        assert names_match(skeleton(type_, hindi), skeleton(type_, english)), (hindi, english)


def test_joined_letters_must_fall_on_word_boundaries_and_be_long_enough():
    assert joined_match(("svsn",), ("sv", "sn", "prmk"))  # the start of the longer name
    assert joined_match(("sv", "sn"), ("svsn", "vd"))
    assert not joined_match(("ptn",), ("p", "tn"))  # three letters: too short to tell names apart
    assert not joined_match(("svsnk",), ("sv", "sn"))  # the run stops inside a word
    assert not joined_match(("rjbvn",), ("rj", "bvnr"))
    assert not names_match(skeleton("ORG", "शिवसेना"), skeleton("ORG", "Sena Medal"))


def test_reports_that_share_joined_names_are_compared_and_weigh_them():
    hindi = article_names([("ORG", "शिवसेना"), ("LOC", "राजभवन"), ("LOC", "मुंबई")])
    english = article_names([("ORG", "Shiv Sena"), ("LOC", "Raj Bhavan"), ("LOC", "Mumbai")])
    only_city = evidence(article_names([("LOC", "मुंबई")]), english, (), ())
    shared = evidence(hindi, english, (), ())
    assert shared.entity_score > only_city.entity_score + 1.0
    # the index proposes the pair by the run-together name even with no word in common
    assert (0, 1) in sharing_pairs([article_names([("ORG", "शिवसेना")]), article_names([("ORG", "Shiv Sena")])],
                                   None, range(2))
