"""Wrong merges and junk of session 14's sample 20261218 and the known बीएमसी merge, each written as our own
sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.acronyms import acronyms_agree, unlisted_acronym
from khabar.link.entities import EntityIndex
from link_support import linked, ordered_mentions

MUMBAI = ("मुंबई में मरीज बढ़े\n\nमुंबई में संक्रमितों की संख्या बढ़कर 90 हो गई है। बीएमसी ने धारावी में घर-घर जांच शुरू कर "
          "दी है। बीएमसी के एक अधिकारी ने बताया कि मुंबई के सभी वार्डों में छिड़काव किया जा रहा है।")
MUMBAI_SPANS = [("मुंबई", "LOC"), ("बीएमसी", "ORG"), ("धारावी", "LOC"), ("बीएमसी", "ORG"), ("मुंबई", "LOC")]
# A round-up: the article's places point to no one state, but the acronym's own expansion says where it is.
ROUND_UP = ("देश भर में पाबंदियां सख्त\n\nराजस्थान में जयपुर के बाजार बंद रहेंगे। महाराष्ट्र में पुणे की सीमाएं सील कर दी गई "
            "हैं। ओडिशा में भुवनेश्वर नगर निगम (बीएमसी) ने शहर के सभी पार्क अगले आदेश तक बंद कर दिए हैं। बीएमसी के आयुक्त ने "
            "बताया कि नियम तोड़ने पर जुर्माना लगेगा।")
ROUND_UP_SPANS = [("राजस्थान", "LOC"), ("जयपुर", "LOC"), ("महाराष्ट्र", "LOC"), ("पुणे", "LOC"), ("ओडिशा", "LOC"),
                  ("भुवनेश्वर नगर निगम", "ORG"), ("बीएमसी", "ORG"), ("बीएमसी", "ORG")]



def test_one_acronym_of_two_municipal_corporations_is_two_entities() -> None:
    index = EntityIndex()
    mumbai = linked(index, "m1", MUMBAI, MUMBAI_SPANS)
    odisha = linked(index, "o1", ROUND_UP, ROUND_UP_SPANS)
    # Before: the round-up's बीएमसी joined the Mumbai entity by its letters, so Bhubaneswar's corporation and
    # Brihanmumbai's were one entity.
    assert odisha["बीएमसी"] == odisha["भुवनेश्वर नगर निगम"]
    assert odisha["बीएमसी"] != mumbai["बीएमसी"]
    # The same bodies again: a Mumbai report's bare acronym joins Mumbai's, a Bhubaneswar report's joins Bhubaneswar's.
    again = linked(index, "m2", "छिड़काव\n\nमुंबई के वर्ली में बीएमसी की टीम ने इमारतें सील कीं।",
                    [("मुंबई", "LOC"), ("वर्ली", "LOC"), ("बीएमसी", "ORG")])
    assert again["बीएमसी"] == mumbai["बीएमसी"]
    there = linked(index, "o2", "नए नियम\n\nभुवनेश्वर में बीएमसी ने सब्जी मंडियां शहर के बाहर भेज दीं। भुवनेश्वर के लोगों से घर "
                    "पर रहने को कहा गया।", [("भुवनेश्वर", "LOC"), ("बीएमसी", "ORG"), ("भुवनेश्वर", "LOC")])
    assert there["बीएमसी"] == odisha["बीएमसी"]


def test_an_acronym_without_evidence_does_not_bridge_two_bodies() -> None:
    # The Bhubaneswar report first this time; then a report that names no place at all.
    index = EntityIndex()
    odisha = linked(index, "o1", ROUND_UP, ROUND_UP_SPANS)
    mumbai = linked(index, "m1", MUMBAI, MUMBAI_SPANS)
    assert odisha["बीएमसी"] != mumbai["बीएमसी"]
    bare = linked(index, "x1", "बैठक\n\nबीएमसी के अधिकारियों की बैठक में नए नियमों पर चर्चा हुई।", [("बीएमसी", "ORG")])
    ids = {index.resolve(odisha["बीएमसी"]), index.resolve(mumbai["बीएमसी"])}
    assert len(ids) == 2  # the two corporations are still apart
    assert bare["बीएमसी"] in ids  # it joins one of them (the older), never both


def test_acronym_evidence_is_read_from_the_expansion_and_the_places_around() -> None:
    assert unlisted_acronym("बीएमसी", "ORG")
    assert unlisted_acronym("BMC", "ORG")
    assert not unlisted_acronym("भुवनेश्वर नगर निगम", "ORG")
    # Expansions that name different places, or a strong region against a weak one, disagree; two weak regions
    # and expansions without a place say nothing here.
    assert not acronyms_agree({"acronym_at|भुवनेश्वर", "acronym_of|Odisha"}, {"acronym_at|मुंबई"})
    assert not acronyms_agree({"acronym_of|Odisha"}, {"acronym_in|Maharashtra"})
    assert acronyms_agree({"acronym_in|Odisha"}, {"acronym_in|Maharashtra"})
    assert acronyms_agree({"acronym_of|Odisha"}, {"acronym_in|Odisha"})
    assert acronyms_agree({"acronym_of|Maharashtra"}, {"acronym_in|India"})
    assert acronyms_agree(set(), {"acronym_of|Odisha"})


def _spans(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    from khabar.link.name_spans import repair_spans

    return [(m.text, m.type) for m in repair_spans(text, ordered_mentions(text, spans), "hi")]


def test_a_kind_of_business_before_a_name_is_no_company() -> None:
    # "बायोटेक कंपनी" in two reports, each time before the company's own name: two articles had made it one company.
    text = "दावा\n\nमुंबई की बायोटेक कंपनी एडवी केमिकल का कहना है कि वह नमूने नहीं बेचती।"
    assert _spans(text, [("मुंबई", "LOC"), ("बायोटेक कंपनी", "ORG"), ("एडवी केमिकल", "ORG")]) == [
        ("मुंबई", "LOC"), ("एडवी केमिकल", "ORG")]
    # A company's own name that ends in कंपनी stays, also before another name.
    text = "सौदा\n\nटाटा कंपनी रिलायंस के साथ नहीं जुड़ेगी।"
    assert _spans(text, [("टाटा कंपनी", "ORG"), ("रिलायंस", "ORG")]) == [("टाटा कंपनी", "ORG"), ("रिलायंस", "ORG")]
    # Not followed by a name: left to the other rules.
    text = "टीका\n\nएक बायोटेक कंपनी ने टीका बनाने का दावा किया।"
    assert _spans(text, [("बायोटेक कंपनी", "ORG")]) == [("बायोटेक कंपनी", "ORG")]


def test_a_numbered_group_keeps_its_number() -> None:
    text = "ऐप पर सफाई\n\nप्रेस वार्ता में एम्पावर्ड ग्रुप-9 के अध्यक्ष ने कहा कि ऐप से निजता का हनन नहीं होगा।"
    assert _spans(text, [("एम्पावर्ड ग्रुप", "ORG")]) == [("एम्पावर्ड ग्रुप-9", "ORG")]
    text = "मामले दोगुने\n\n‘एम्पावर्ड ग्रुप वन' के अध्यक्ष ने बताया कि मामले अब दस दिन में दोगुने हो रहे हैं।"
    assert _spans(text, [("एम्पावर्ड ग्रुप", "ORG")]) == [("एम्पावर्ड ग्रुप वन", "ORG")]
    # So the two groups are two entities, not one "एम्पावर्ड ग्रुप".
    index = EntityIndex()
    one = linked(index, "e1", "ऐप पर सफाई\n\nएम्पावर्ड ग्रुप-9 के अध्यक्ष ने कहा कि ऐप सुरक्षित है।",
                  [("एम्पावर्ड ग्रुप", "ORG")])
    other = linked(index, "e2", "मामले दोगुने\n\n‘एम्पावर्ड ग्रुप वन' के अध्यक्ष ने जानकारी दी।", [("एम्पावर्ड ग्रुप", "ORG")])
    assert set(one.values()) != set(other.values())
    # A count after a body is no number of its name: भाजपा 30 सीटों पर.
    text = "नतीजे\n\nकांग्रेस पार्टी 30 सीटों पर आगे है।"
    assert _spans(text, [("कांग्रेस पार्टी", "ORG")]) == [("कांग्रेस पार्टी", "ORG")]


def test_a_block_after_an_untagged_district_is_the_block() -> None:
    # The tagger left बस्ती untagged before the genitive; the report tags it elsewhere, so रामपुर ब्लॉक is Basti's
    # block, not the Rampur district of other reports.
    text = ("मजदूर शिफ्ट\n\nप्रवासी मजदूरों को मेडिकल कॉलेज बस्ती के रामपुर ब्लॉक में शिफ्ट कर दिया गया है। इन्हें मिलाकर बस्ती "
            "में कुल 35 मरीज हो गए हैं।")
    assert _spans(text, [("रामपुर", "LOC"), ("बस्ती", "LOC")]) == [("रामपुर ब्लॉक", "LOC"), ("बस्ती", "LOC")]
    # A word that is no place before the genitive qualifies nothing.
    text = "राहत\n\nगांव के लोगों के रामपुर ब्लॉक में राशन बांटा गया।"
    assert _spans(text, [("रामपुर", "LOC")]) == [("रामपुर", "LOC")]
    # The district is written but never tagged: a place name that is also an everyday word (बस्ती, a slum) still
    # qualifies the block.
    text = "मजदूर शिफ्ट\n\nमजदूरों को मेडिकल कॉलेज बस्ती के रामपुर ब्लॉक में भेजा गया।"
    assert _spans(text, [("रामपुर", "LOC")]) == [("रामपुर ब्लॉक", "LOC")]


def test_an_office_inside_the_span_still_cuts_the_town() -> None:
    # The tagger took the office into the person's span; the town after it is still the office's, not the name's.
    text = "छापेमारी\n\nमस्जिद में 25 लोग मिले हैं।\nएसडीएम मनकापुर रमाकांत वर्मा ने पुलिस के साथ छापेमारी की।"
    assert _spans(text, [("एसडीएम मनकापुर रमाकांत वर्मा", "PER")]) == [("रमाकांत वर्मा", "PER")]
    # An office before a plain name of three words cuts nothing.
    text = "बैठक\n\nडीएम राजेश कुमार सिंह ने अफसरों के साथ बैठक की।"
    assert _spans(text, [("डीएम राजेश कुमार सिंह", "PER")]) == [("डीएम राजेश कुमार सिंह", "PER")]


def test_a_live_blogs_next_item_does_not_move_an_acronym() -> None:
    index = EntityIndex()
    delhi = linked(index, "d1", "मेट्रो पर फैसला\n\nराजधानी में दिल्ली मेट्रो रेल कॉरपोरेशन (डीएमआरसी) ने सेवाएं सीमित कीं। दिल्ली के "
                    "लोगों से घर पर रहने को कहा गया।",
                    [("दिल्ली मेट्रो रेल कॉरपोरेशन", "ORG"), ("डीएमआरसी", "ORG"), ("दिल्ली", "LOC")])
    # A live blog: the item before names Delhi, the next one, right after the acronym with no full stop, Mumbai.
    blog = linked(index, "b1", "लाइव\n\nदिल्ली में सभी गैर-जरूरी सेवाएं बंद कर दी गईं। पढ़ें: डीएमआरसी ने जारी की एडवायजरी   मुंबई "
                   "के दफ्तर बंद, वहां भीड़ न लगाने को कहा गया।", [("दिल्ली", "LOC"), ("डीएमआरसी", "ORG"), ("मुंबई", "LOC")])
    assert blog["डीएमआरसी"] == delhi["डीएमआरसी"]


def test_a_named_company_before_another_name_stays() -> None:
    text = "टीका\n\nभारत बायोटेक कंपनी आईसीएमआर के साथ मिलकर टीका बना रही है।"
    assert _spans(text, [("भारत बायोटेक कंपनी", "ORG"), ("आईसीएमआर", "ORG")]) == [
        ("भारत बायोटेक कंपनी", "ORG"), ("आईसीएमआर", "ORG")]


def test_a_country_after_a_kinship_word_and_before_in_stays_a_place() -> None:
    # "the couple's son lives in America": बेटा is the subject, अमेरिका the place (it had become a one-mention
    # "person" group, then a second अमेरिका entity).
    text = "जांच\n\nरोड निवासी दंपती का बेटा अमेरिका में रहता है। दंपती उसके पास अमेरिका गए थे।"
    assert _spans(text, [("अमेरिका", "LOC"), ("अमेरिका", "LOC")]) == [("अमेरिका", "LOC"), ("अमेरिका", "LOC")]
    # A man named like a country after पुत्र stays a person.
    text = "गिरफ्तारी\n\nपुलिस ने जौहर पुत्र इसराइल को गिरफ्तार किया।"
    assert _spans(text, [("इसराइल", "LOC")]) == [("इसराइल", "PER")]


def test_a_name_listed_before_a_count_of_hospitals_is_a_hospital() -> None:
    text = ("आंकड़े\n\nयह संख्या एम्स, सफदरजंग, राम मनोहर लोहिया और लेडी हार्डिंग मेडिकल कॉलेज सहित 10 अस्पतालों से जुटाए गए "
            "आंकड़ों पर आधारित है।")
    assert _spans(text, [("एम्स", "ORG"), ("राम मनोहर लोहिया", "PER")]) == [("एम्स", "ORG"), ("राम मनोहर लोहिया", "ORG")]
    # A list of people closed by a plural of people stays people.
    text = "आंदोलन\n\nराम मनोहर लोहिया, जयप्रकाश नारायण समेत कई नेताओं ने आंदोलन किया।"
    assert _spans(text, [("राम मनोहर लोहिया", "PER"), ("जयप्रकाश नारायण", "PER")]) == [
        ("राम मनोहर लोहिया", "PER"), ("जयप्रकाश नारायण", "PER")]


def test_a_party_name_after_world_is_the_end_of_an_event_name() -> None:
    text = ("शो रद्द\n\nदुनिया के सबसे बड़े फोन शो मोबाइल वर्ल्ड कांग्रेस को भी रद्द कर दिया गया है। कांग्रेस नेता राहुल गांधी ने "
            "सरकार से राहत पैकेज मांगा।")
    assert _spans(text, [("कांग्रेस", "ORG"), ("कांग्रेस", "ORG"), ("राहुल गांधी", "PER")]) == [
        ("मोबाइल वर्ल्ड कांग्रेस", "ORG"), ("कांग्रेस", "ORG"), ("राहुल गांधी", "PER")]
    # So the show does not join the party of another report.
    index = EntityIndex()
    party = linked(index, "p1", "बयान\n\nकांग्रेस नेता राहुल गांधी ने सरकार पर निशाना साधा।", [("कांग्रेस", "ORG"),
                                                                                          ("राहुल गांधी", "PER")])
    show = linked(index, "s1", "शो रद्द\n\nफोन शो मोबाइल वर्ल्ड कांग्रेस रद्द कर दिया गया।", [("कांग्रेस", "ORG")])
    assert show["कांग्रेस"] != party["कांग्रेस"]  # the tagger's span, linked through the repaired one
