"""Session 31: two groups whose headlines name two different people are two people's news (``headlines_differ``).
Every sentence here was written for this test."""
from khabar.link.stories import StoryInput, groups_headline_apart, headline_persons, headlines_differ, names_often

MINISTER = StoryInput(
    "m1", "en", "Union minister Ravi Kant Mehra tested positive on Sunday and was admitted to a hospital in Pune. "
    "He asked those who met him to isolate.", "2026-08-02",
    mentions=(("PER", "Ravi Kant Mehra"), ("LOC", "Pune")),
    title="Ravi Kant Mehra tests positive, admitted to hospital")
CHIEF = StoryInput(
    "c1", "hi", "मुख्यमंत्री सुरेश बाल्यान कोरोना संक्रमित पाए गए और उन्हें अस्पताल में भर्ती कराया गया। कुछ घंटे पहले मंत्री "
    "रवि कांत मेहरा भी संक्रमित पाए गए थे।", "2026-08-02",
    mentions=(("PER", "सुरेश बाल्यान"), ("PER", "रवि कांत मेहरा")),
    title="मुख्यमंत्री सुरेश बाल्यान भी कोरोना संक्रमित, अस्पताल में भर्ती")
VISIT = StoryInput(
    "v1", "hi", "प्रधानमंत्री ने रवि कांत मेहरा से फोन पर बात की। रवि कांत मेहरा ने कहा कि वह ठीक हैं, और मेहरा के "
    "दफ्तर ने बताया कि काम चलता रहेगा।", "2026-08-02",
    mentions=(("PER", "सुरेश बाल्यान"), ("PER", "रवि कांत मेहरा"), ("PER", "मेहरा")),
    title="सुरेश बाल्यान ने अस्पताल जाकर हाल पूछा")


def test_headline_persons_are_the_people_the_headline_holds_as_whole_words() -> None:
    assert len(headline_persons(MINISTER)) == 1
    assert len(headline_persons(CHIEF)) == 1  # the minister is named in the body only
    assert headline_persons(StoryInput("x", "en", "Body.", None, mentions=(("PER", "Ravi"),), title="Ravikant")) == ()
    assert headline_persons(StoryInput("x", "en", "Body.", None, mentions=(("PER", "Ravi"),))) == ()


def test_two_headlines_of_two_people_differ_when_each_report_names_the_other_once_at_most() -> None:
    assert headlines_differ(MINISTER, CHIEF) and headlines_differ(CHIEF, MINISTER)
    assert not names_often(CHIEF, headline_persons(MINISTER))


def test_a_report_that_names_the_other_headline_person_again_and_again_is_of_one_event() -> None:
    assert names_often(VISIT, headline_persons(MINISTER))  # रवि कांत मेहरा twice, मेहरा once more
    assert not headlines_differ(MINISTER, VISIT)


def test_one_person_in_both_headlines_or_a_headline_without_people_never_differs() -> None:
    same = StoryInput("m2", "hi", "मंत्री रवि कांत मेहरा अस्पताल में भर्ती।", "2026-08-02",
                      mentions=(("PER", "रवि कांत मेहरा"),), title="रवि कांत मेहरा कोरोना संक्रमित")
    assert not headlines_differ(MINISTER, same)
    nobody = StoryInput("n1", "en", "A hospital in Pune admitted a minister.", "2026-08-02", title="Minister admitted")
    assert not headlines_differ(MINISTER, nobody)


def test_groups_stay_apart_only_when_each_has_two_headlines_of_people_and_they_share_none() -> None:
    minister2 = StoryInput("m2", "hi", "मंत्री रवि कांत मेहरा अस्पताल में भर्ती।", "2026-08-02",
                           mentions=(("PER", "रवि कांत मेहरा"),), title="रवि कांत मेहरा कोरोना संक्रमित")
    chief2 = StoryInput("c2", "en", "Chief Minister Suresh Balyan was admitted to hospital.", "2026-08-02",
                        mentions=(("PER", "Suresh Balyan"),), title="Suresh Balyan admitted to hospital")
    nobody = StoryInput("n1", "en", "A hospital admitted a minister.", "2026-08-02", title="Minister admitted")
    items = [MINISTER, minister2, CHIEF, chief2, nobody, VISIT]
    assert groups_headline_apart([0, 1], [2, 3], items)
    assert not groups_headline_apart([0, 4], [2, 3], items)  # one headline of people only
    assert not groups_headline_apart([0, 5], [2, 3], items)  # Suresh Balyan heads reports of both groups
