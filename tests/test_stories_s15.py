"""Session 15 (docs/stories.md, "Session 15"): reports of one event that share few words, and the days an undated
text bounds. Our own text, in the style of Hindi web briefs and English agency copy.

- two papers' reports of one study that give the same figures to the decimal join whatever their words
  (``stories.shared_fraction_pairs``);
- a Hindi and an English report of one event join when the names they share are spelt by sound in one and by
  letter in the other (``crosslingual.sound_key``: Vance / वेंस);
- a Hindi report and an English group of the next day whose pairs are each too thin alone join when their pairs
  together match (``stories.group_cross_links``);
- an undated report whose own days put it after an earlier meeting of the same two leaders stays apart from that
  meeting's report (``stories._Span.windows``); one dated by its URL goes to its day's report."""

from khabar.analyse.pipeline import analyse
from khabar.link.crosslingual import article_names, evidence, latin_words, sound_key
from khabar.link.latin import skeleton
from khabar.link.stories import StoryInput, group_stories, pair_similarities, shares_fractions
from khabar.model import Article
from stories_support import story_input

# A model's projections, printed by two papers a day apart under different headlines and in different words.
_WARDS = ("राज्यों से कहा गया है कि वे जिला अस्पतालों में अलग वार्ड तैयार रखें और निजी अस्पतालों से भी बात करें। "
          "रेलवे और सेना के अस्पतालों को भी तैयार रहने को कहा गया है। दवा कंपनियों से जरूरी दवाओं का भंडार बढ़ाने को "
          "कहा गया है ताकि आने वाले हफ्तों में किसी तरह की कमी न हो। ")
_STREETS = ("दिल्ली, मुंबई और दूसरे बड़े शहरों में बाजार बंद हैं और सड़कें सूनी पड़ी हैं। पुलिस लोगों से घरों में रहने की अपील "
            "कर रही है। कई राज्यों ने राशन की दुकानों का समय बढ़ा दिया है और घर घर सामान पहुंचाने की व्यवस्था की है। "
            "मजदूरों के लिए भोजन के इंतजाम किए जा रहे हैं। ")
MODEL_A = ("नहीं संभले तो मई तक 13 लाख संक्रमित हो सकते हैं, शोधकर्ताओं का अनुमान\n\n"
           "अमेरिका के एक विश्वविद्यालय के शोधकर्ताओं के मॉडल के मुताबिक अगर संक्रमण की मौजूदा रफ्तार रही तो मई के मध्य "
           "तक देश में 13 लाख लोग संक्रमित हो सकते हैं। मॉडल में संक्रमण की दैनिक वृद्धि दर 2.8 प्रतिशत मानी गई है, "
           "बुरी हालत में 3.4 प्रतिशत, और सख्त पाबंदियों की सूरत में यह दर 1.6 प्रतिशत तक गिर सकती है। शोधकर्ताओं ने कहा "
           "कि जांच बढ़ाना सबसे जरूरी है। " + _WARDS * 2)
MODEL_B = ("कोरोना का खतरा: शोध में दावा, लापरवाही भारी पड़ेगी\n\n"
           "एक अध्ययन ने चेताया है कि लोग घरों में नहीं रुके तो हालात बिगड़ सकते हैं। अध्ययन के लेखकों ने बढ़त की दर 2.8 "
           "प्रतिशत रखी है, सबसे बुरी हालत में 3.4 प्रतिशत। पाबंदियां सख्ती से लागू हुईं तो यह 1.6 प्रतिशत रह जाएगी। "
           + _STREETS * 2)
# Another study's figures in the same words.
MODEL_OTHER = MODEL_B.replace("2.8", "2.1").replace("3.4", "4.6").replace("1.6", "0.9")


def test_two_papers_that_print_one_study_s_figures_join():
    a, b = story_input("a", MODEL_A, "2026-03-25"), story_input("b", MODEL_B, "2026-03-26")
    assert shares_fractions(a, b)
    assert pair_similarities([a, b])[(0, 1)] < 0.2  # their words alone are far from the story threshold
    assert group_stories([a, b]) == [["a", "b"]]


def test_other_figures_in_the_same_words_stay_apart():
    a, other = story_input("a", MODEL_A, "2026-03-25"), story_input("c", MODEL_OTHER, "2026-03-26")
    assert not shares_fractions(a, other)
    assert group_stories([a, other]) == [["a"], ["c"]]


def test_the_same_figures_weeks_apart_stay_apart():
    a, b = story_input("a", MODEL_A, "2026-03-25"), story_input("b", MODEL_B, "2026-04-20")
    assert group_stories([a, b]) == [["a"], ["b"]]


# The Vice President's announcement, in English and in Hindi: his name is all they share by name.
VANCE_EN = ("Vance announces $2.4 billion relief for cotton farmers\n\n"
            "US Vice President JD Vance on Tuesday announced $2.4 billion in relief for cotton growers hit by "
            "the trade dispute, speaking at the White House. He said payments would begin next month and that the "
            "administration expected Beijing to resume purchases soon.")
VANCE_HI = ("कपास किसानों को 2.4 अरब डॉलर की राहत, उपराष्ट्रपति वेंस का ऐलान\n\n"
            "अमेरिका के उपराष्ट्रपति जेडी वेंस ने मंगलवार को व्यापार विवाद से प्रभावित कपास किसानों के लिए 2.4 अरब डॉलर "
            "की राहत की घोषणा की। उन्होंने कहा कि भुगतान अगले महीने से शुरू होगा।")


def test_a_soft_c_and_a_final_ow_are_read_as_hindi_writes_them():
    for english, hindi in (("Vance", "वेंस"), ("Office", "ऑफिस"), ("Fordow", "फोर्डो"), ("Prince", "प्रिंस")):
        assert skeleton(sound_key(english)) == skeleton(sound_key(hindi)), (english, hindi)
    assert skeleton(sound_key("Charles")) == skeleton(sound_key("चार्ल्स"))  # ch stays ch


def test_a_hindi_and_an_english_report_of_one_announcement_join_on_the_name_spelt_two_ways():
    en, hi = story_input("en", VANCE_EN, "2026-09-15"), story_input("hi", VANCE_HI, "2026-09-15")
    shared = evidence(article_names(en.mentions), article_names(hi.mentions), en.numbers, hi.numbers)
    assert shared.strong_entities == 1 and shared.number_score == 1.0  # Vance, $2.4 billion
    assert group_stories([en, hi]) == [["en", "hi"]]


def test_the_name_alone_does_not_join_another_announcement():
    hi_other = VANCE_HI.replace("कपास", "गेहूं").replace("2.4 अरब", "3.1 अरब")
    en, hi = story_input("en", VANCE_EN, "2026-09-15"), story_input("hi", hi_other, "2026-09-15")
    assert group_stories([en, hi]) == [["en"], ["hi"]]


# A bus crash reported in Hindi on the day; two English follow-ups of the next day (the probe, the families).
CRASH_HI = ("डोडा में बस खाई में गिरी, कई यात्रियों की मौत, 40 घायल\n\n"
            "जम्मू-कश्मीर के डोडा जिले के अस्सर इलाके में बुधवार को एक बस गहरी खाई में गिर गई। हादसे में कई यात्रियों की "
            "मौत हो गई और 40 घायल हैं। घायलों को जिला अस्पताल में भर्ती कराया गया है। उपराज्यपाल ने हादसे पर दुख जताया।")
PROBE_EN = ("Doda bus crash: driver was on his third trip of the day, probe finds\n\n"
            "The driver of the bus that plunged into a gorge at Assar in Doda district, injuring 40 people, was on "
            "his third trip of the day, a preliminary probe has found. The transport department suspended the "
            "operator's permit on Thursday and ordered checks of all buses on the route.")
FAMILIES_EN = ("Families of Assar bus crash victims block highway, demand compensation\n\n"
               "Relatives of the passengers killed when a bus plunged into a gorge at Assar in Doda district blocked "
               "the highway on Thursday, demanding compensation and stricter permit checks. Of the 40 injured, "
               "six remain critical, the administration said.")


def crash() -> list[StoryInput]:
    return [story_input("hi", CRASH_HI, "2026-05-13"), story_input("probe", PROBE_EN, "2026-05-14"),
            story_input("families", FAMILIES_EN, "2026-05-14")]


def test_a_hindi_report_joins_the_next_day_s_english_reports_that_match_it_together():
    hi, probe, families = crash()
    words = latin_words(f"{hi.title}\n{hi.body}")
    for english in (probe, families):
        shared = evidence(article_names(hi.mentions), article_names(english.mentions), hi.numbers, english.numbers,
                          {}, words, latin_words(f"{english.title}\n{english.body}"))
        assert shared.strong_entities == 2 and shared.score < 1.2 / 0.7  # Doda, Assar, 40: each pair too thin alone
    assert group_stories([hi, probe, families]) == [["families", "hi", "probe"]]


def test_two_days_apart_they_stay_apart():
    hi, probe, families = crash()
    hi = story_input("hi", CRASH_HI, "2026-05-11")
    assert group_stories([hi, probe, families]) == [["families", "probe"], ["hi"]]


# The same two leaders at two meetings weeks apart: a dated English report of July's, and an undated Hindi report
# of the one on 31 August, which its text tells in the past tense.
JULY_EN = ("Modi, Xi meet on BRICS sidelines in Rio, agree to resume border talks\n\n"
           "Prime Minister Narendra Modi and Chinese President Xi Jinping met on the sidelines of the BRICS summit in "
           "Rio de Janeiro on Thursday and agreed to resume talks on the border, Foreign Secretary Vikram Misri said. "
           "The two leaders also discussed direct flights and the pilgrimage to Kailash Mansarovar.")
AUGUST_HI = ("मोदी और शी जिनपिंग की मुलाकात, सीमा वार्ता फिर शुरू करने पर सहमति\n\n"
             "प्रधानमंत्री नरेंद्र मोदी और चीन के राष्ट्रपति शी जिनपिंग 31 अगस्त को तियानजिन में मिले थे। दोनों नेताओं में "
             "सीमा पर बातचीत फिर शुरू करने पर सहमति बनी। विदेश सचिव विक्रम मिस्री ने बताया कि दोनों नेताओं ने सीधी "
             "उड़ानों और कैलाश मानसरोवर यात्रा पर भी चर्चा की।")
AUGUST_EN = ("Modi and Xi meet in Tianjin, say India and China are partners, not rivals\n\n"
             "Prime Minister Narendra Modi and President Xi Jinping met in Tianjin on Sunday on the sidelines of the "
             "SCO summit and agreed to push ahead with border talks, Foreign Secretary Vikram Misri said.")


def test_the_same_two_leaders_weeks_apart_stay_apart():
    july, august = story_input("jul", JULY_EN, "2026-07-10"), story_input("aug-hi", AUGUST_HI, None)
    assert august.day() is None and august.writing_window()[0] is not None  # written after 31 August
    assert group_stories([july, august]) == [["aug-hi"], ["jul"]]


def test_with_its_own_meeting_s_report_it_joins_that_one():
    items = [story_input("jul", JULY_EN, "2026-07-10"), story_input("aug-en", AUGUST_EN, "2026-08-31"),
             story_input("aug-hi", AUGUST_HI, None)]
    assert group_stories(items) == [["aug-en", "aug-hi"], ["jul"]]


def test_an_undated_report_is_dated_by_its_url():
    text = AUGUST_HI.replace("31 अगस्त को ", "")  # nothing in the text dates it now
    analysis = analyse(Article("u", text, url="https://samachar.example/desh/2026/08/31/modi-xi-tianjin"))
    undated = StoryInput.of("aug-hi", analysis, analysis.event_date, url="https://samachar.example/desh/2026/08/31/"
                            "modi-xi-tianjin")
    assert undated.day() is not None and undated.day().isoformat() == "2026-08-31"
    items = [story_input("jul", JULY_EN, "2026-07-10"), story_input("aug-en", AUGUST_EN, "2026-08-31"), undated]
    assert group_stories(items) == [["aug-en", "aug-hi"], ["jul"]]
