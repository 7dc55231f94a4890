"""Session 19, wrong merges left by the whole-store hunt (issue 13): a locality written inside another state's
district is not a namesake town of reports about that state; a bare name of an institution with campuses in a report
about a campus town the gazetteers lack is that town's campus, not the capital's institute; a lone surname shares
no more than a city abroad with a person of other reports. Our own sentences in the style of the reports."""

from __future__ import annotations

from khabar.link.containment import WITHIN
from khabar.link.entities import EntityIndex
from link_support import linked

ETAH = ("एटा में एक और मरीज\n\nअलीगंज में रह रहे फर्रुखाबाद के एक युवक की रिपोर्ट पॉजिटिव आई है। एटा और कासगंज "
        "में भी जांच बढ़ाई गई है।")
ETAH_SPANS = [("अलीगंज", "LOC"), ("फर्रुखाबाद", "LOC"), ("एटा", "LOC"), ("कासगंज", "LOC")]
BIHAR = ("बिहार में नए मरीज\n\nबिहार में कई नए इलाके कंटेनमेंट जोन बने: बेगूसराय जिला में मोहमदपुर, दरभंगा जिला में "
         "अलीगंज, गौराबौराम, औरंगाबाद जिला में मदनपुर और नवादा जिला में वारिसलीगंज। पटना और गया में भी जांच हुई।")
BIHAR_SPANS = [("बिहार", "LOC"), ("बिहार", "LOC"), ("बेगूसराय", "LOC"), ("मोहमदपुर", "LOC"), ("दरभंगा", "LOC"),
               ("अलीगंज", "LOC"), ("गौराबौराम", "LOC"), ("औरंगाबाद", "LOC"), ("मदनपुर", "LOC"), ("नवादा", "LOC"),
               ("वारिसलीगंज", "LOC"), ("पटना", "LOC"), ("गया", "LOC")]


def test_a_locality_written_inside_another_states_district_is_not_the_namesake_town() -> None:
    index = EntityIndex()
    etah = linked(index, "u1", ETAH, ETAH_SPANS)["अलीगंज"]
    bihar = linked(index, "b1", BIHAR, BIHAR_SPANS)
    # Before, the Darbhanga locality of a list by district joined the Etah town of the earlier report.
    assert index.resolve(bihar["अलीगंज"]) != index.resolve(etah)
    roles = index.entities[index.resolve(bihar["अलीगंज"])].roles
    assert f"{WITHIN}|Bihar" in roles
    # The next item of the district's list is inside it too; the next district of the list is no item of the one
    # before (नवादा after "औरंगाबाद जिला में मदनपुर और" is a district of its own, in Bihar, not Maharashtra's).
    assert f"{WITHIN}|Bihar" in index.entities[index.resolve(bihar["गौराबौराम"])].roles
    assert f"{WITHIN}|Bihar" in index.entities[index.resolve(bihar["मदनपुर"])].roles
    assert not any(r.startswith(f"{WITHIN}|") for r in index.entities[index.resolve(bihar["नवादा"])].roles)
    # A later Etah report's plain अलीगंज is still the Etah town.
    again = linked(index, "u2", ETAH.replace("युवक", "युवती"), ETAH_SPANS)["अलीगंज"]
    assert index.resolve(again) == index.resolve(etah)


def test_a_place_after_a_districts_name_and_mein_that_is_no_list_item_is_not_put_inside_it() -> None:
    index = EntityIndex()
    text = ("लौटे मजदूर\n\nपटना जिले में दिल्ली से लौटे 40 मजदूरों को क्वारंटीन किया गया। गया में भी जांच हुई।")
    got = linked(index, "b2", text, [("पटना", "LOC"), ("दिल्ली", "LOC"), ("गया", "LOC")])
    assert not any(r.startswith(f"{WITHIN}|") for r in index.entities[got["दिल्ली"]].roles)
    # Written with के, the place is inside the district whatever follows it.
    text = "जांच शिविर\n\nदरभंगा जिले के अलीगंज से आए लोगों की जांच हुई। बिहार में 20 नए मामले।"
    got = linked(index, "b3", text, [("दरभंगा", "LOC"), ("अलीगंज", "LOC"), ("बिहार", "LOC")])
    assert f"{WITHIN}|Bihar" in index.entities[got["अलीगंज"]].roles


def test_a_bare_campus_name_in_a_report_about_a_town_the_gazetteers_lack_is_that_towns_campus() -> None:
    index = EntityIndex()
    delhi = linked(index, "a1", "एम्स में जांच\n\nदिल्ली में एम्स के निदेशक ने कहा कि जांच बढ़ाई जाएगी।",
                   [("दिल्ली", "LOC"), ("एम्स", "ORG")])["एम्स"]
    campus = linked(index, "r1", "ऋषिकेश में जांच\n\nउत्तराखंड के एम्स ऋषिकेश में कोरोना जांच शुरू हुई।",
                    [("उत्तराखंड", "LOC"), ("एम्स ऋषिकेश", "ORG")])["एम्स ऋषिकेश"]
    # ऋषिकेश is in the town table only (Uttarakhand): before, the report's campus city went unread and the bare
    # एम्स joined the Delhi institute's entity.
    text = ("साधक भागा\n\nऋषिकेश में योग महोत्सव में आए एक साधक में लक्षण मिले। उसे एम्स ले जाया गया, पर वह "
            "एंबुलेंस से कूदकर भाग गया। उत्तराखंड में अब तक कोई मामला नहीं है।")
    bare = linked(index, "r2", text, [("ऋषिकेश", "LOC"), ("एम्स", "ORG"), ("उत्तराखंड", "LOC")])["एम्स"]
    assert index.resolve(bare) == index.resolve(campus)
    assert index.resolve(bare) != index.resolve(delhi)
    # A Delhi report's bare एम्स stays the Delhi institute's.
    again = linked(index, "a2", "निदेशक का बयान\n\nदिल्ली में एम्स के निदेशक ने लोगों से घर में रहने को कहा।",
                   [("दिल्ली", "LOC"), ("एम्स", "ORG")])["एम्स"]
    assert index.resolve(again) == index.resolve(delhi)


KANIKA = ("गायिका की रिपोर्ट पॉजिटिव\n\nलंदन से लौटी गायिका कनिका कपूर की रिपोर्ट लखनऊ में पॉजिटिव आई है। कनिका कपूर "
          "ने कई पार्टियों में हिस्सा लिया था। भारत सरकार ने लोगों से सतर्क रहने को कहा है।")
KANIKA_SPANS = [("लंदन", "LOC"), ("कनिका कपूर", "PER"), ("लखनऊ", "LOC"), ("कनिका कपूर", "PER"),
                ("भारत सरकार", "ORG")]


def test_a_lone_surname_that_shares_only_a_city_abroad_and_a_government_is_not_the_person() -> None:
    index = EntityIndex()
    kanika = linked(index, "k1", KANIKA, KANIKA_SPANS)["कनिका कपूर"]
    text = ("खाड़ी से उड़ानें\n\nयूएई में भारत के राजदूत ने कहा कि दुबई और अबू धाबी से दो उड़ानें आएंगी। भारत सरकार ने "
            "विदेश में फंसे नागरिकों को लाने की योजना बनाई है। लंदन से भी उड़ान आएगी। गल्फ न्यूज ने कपूर के हवाले से कहा "
            "कि सूची एयर इंडिया को सौंप दी गई है।")
    spans = [("यूएई", "LOC"), ("दुबई", "LOC"), ("अबू धाबी", "LOC"), ("भारत सरकार", "ORG"), ("लंदन", "LOC"),
             ("कपूर", "PER"), ("एयर इंडिया", "ORG")]
    # Before, भारत सरकार (named in few reports of a small store) joined the ambassador to the singer.
    assert linked(index, "g1", text, spans)["कपूर"] != index.resolve(kanika)
    # A surname alone in a report about the person's own state still finds the person.
    index = EntityIndex()
    text = ("मुख्यमंत्री की अपील\n\nमहाराष्ट्र के मुख्यमंत्री उद्धव ठाकरे ने मुंबई में कहा कि लोग घर में रहें। पुणे में भी "
            "सख्ती होगी।")
    uddhav = linked(index, "m1", text, [("महाराष्ट्र", "LOC"), ("उद्धव ठाकरे", "PER"), ("मुंबई", "LOC"),
                                        ("पुणे", "LOC")])["उद्धव ठाकरे"]
    text = "लॉकडाउन पर फैसला\n\nमुंबई और पुणे में सख्ती जारी रहेगी। ठाकरे ने कहा कि लोगों का बर्ताव देखकर फैसला होगा।"
    assert linked(index, "m2", text, [("मुंबई", "LOC"), ("पुणे", "LOC"), ("ठाकरे", "PER")])["ठाकरे"] == uddhav
