"""Session 29 (docs/stories.md, "Session 29: stories across papers"): a place that people came from is no scene when
the place they came to stands between से and the verb of coming (मुंबई से गोरखपुर लौटे मजदूर: the news happens in
Gorakhpur, not in Mumbai), as session 28 read इटली से लौटे. A headline misread so gives its count the wrong scope,
and a count report of the place they came from (मुंबई में 200 नए मामले) its update's partner. Our own headlines."""

from khabar.link.places import headline_scope


def test_a_place_they_came_to_between_se_and_the_verb():
    assert headline_scope("मुंबई से गोरखपुर लौटे दो मजदूर कोरोना पॉजिटिव", ["मुंबई", "गोरखपुर"]) == "Uttar Pradesh"
    assert headline_scope("मुंबई से गोरखपुर लौटे दो मजदूर कोरोना पॉजिटिव") is None  # a town alone is no scope
    assert headline_scope("दिल्ली से पटना पहुंचे तीन छात्र आइसोलेशन में", ["दिल्ली", "पटना"]) == "Bihar"


def test_a_word_between_that_is_no_place_keeps_the_scene():
    assert headline_scope("बिहार से अच्छी खबर आई, तीन मरीज ठीक हुए", ["बिहार"]) == "Bihar"
    assert headline_scope("दिल्ली से बड़ी खबर आई, मॉल बंद", ["दिल्ली"]) == "Delhi"
