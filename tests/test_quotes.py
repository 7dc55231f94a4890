"""Quotes on Hindi sentences written for these tests, one per frame and mark style.

Each case gives the text, the names an NER tagger would tag (found by string search; an empty list runs the
finder on its own noun-phrase fallback) and every quote expected: kind, the quote's words, the words naming the
speaker, and for a pronoun or description the antecedent it resolves to (``ref``). The finder must return
exactly these quotes: nothing missed, nothing extra.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import regex

from khabar.analyse.quotes import find_quotes
from khabar.model import Analysis, Mention
from khabar.text.sentences import split_sentences


@dataclass
class Case:
    text: str
    expect: list[tuple[str, str, str | None, str | None]]  # kind, quote, speaker words, antecedent words
    names: dict[str, str] = field(default_factory=dict)  # surface form -> type (PER/ORG/LOC)


def Q(kind: str, text: str, speaker: str | None, ref: str | None = None) -> tuple[str, str, str | None, str | None]:
    return (kind, text, speaker, ref)


CASES = {
    # --- direct, speaker before the quote -------------------------------------------------------------
    "curly_double_after_comma": Case(
        "प्रधानमंत्री मोदी ने कहा, “हम हर चुनौती का सामना करेंगे।”",
        [Q("direct", "हम हर चुनौती का सामना करेंगे।", "मोदी")]),
    "straight_double_after_colon": Case(
        'राहुल गांधी ने संवाददाताओं से कहा: "सरकार को जवाब देना होगा।"',
        [Q("direct", "सरकार को जवाब देना होगा।", "राहुल गांधी")], {"राहुल गांधी": "PER"}),
    "straight_single_description": Case(
        "मुख्यमंत्री ने कहा, 'किसानों का कर्ज माफ होगा।'",
        [Q("direct", "किसानों का कर्ज माफ होगा।", "मुख्यमंत्री")]),
    "closing_mark_used_to_open": Case(
        "गृह मंत्री ने कहा, ”सीमा पूरी तरह सुरक्षित है।”",
        [Q("direct", "सीमा पूरी तरह सुरक्षित है।", "गृह मंत्री")]),
    "missing_closing_mark_at_paragraph_end": Case(
        "सेना प्रमुख जनरल पांडे ने कहा, “हम किसी भी हमले का जवाब देने के लिए तैयार हैं।\nबैठक दो घंटे चली।",
        [Q("direct", "हम किसी भी हमले का जवाब देने के लिए तैयार हैं।", "पांडे")]),
    "missing_opening_mark_at_paragraph_start": Case(
        "हम यह मैच जरूर जीतेंगे,” कप्तान रोहित शर्मा ने कहा।",
        [Q("direct", "हम यह मैच जरूर जीतेंगे,", "रोहित शर्मा")]),
    "agent_right_before_quote_without_cue": Case(
        "सरकारी एजेंसी के अनुसार मंत्री ने “देश की सुरक्षा के लिए हर कदम उठाने की शपथ ली।”",
        [Q("direct", "देश की सुरक्षा के लिए हर कदम उठाने की शपथ ली।", "मंत्री")]),
    "kahkar_after_quote": Case(
        "राष्ट्रपति द्रौपदी मुर्मू ने सैनिकों को संबोधित किया। उन्होंने 'जय हिंद' कहकर भाषण खत्म किया।",
        [Q("direct", "जय हिंद", "उन्होंने", "द्रौपदी मुर्मू")], {"द्रौपदी मुर्मू": "PER"}),
    "nested_quote_stays_inside": Case(
        "उन्होंने कहा, “मेरे पिता कहते थे, ‘कभी हार मत मानो।’ यही मेरा मंत्र है।”",
        [Q("direct", "मेरे पिता कहते थे, ‘कभी हार मत मानो।’ यही मेरा मंत्र है।", "उन्होंने")]),
    "jawab_diya_with_comma_no_space": Case(
        "इस पर मंत्री ने जवाब दिया, “हम जांच कराएंगे,कोई दोषी नहीं बचेगा।”",
        [Q("direct", "हम जांच कराएंगे,कोई दोषी नहीं बचेगा।", "मंत्री")]),
    # --- direct, speaker after the quote ----------------------------------------------------------------
    "speaker_after_quote": Case(
        "“चुनाव पूरी तरह निष्पक्ष होंगे,” मुख्य चुनाव आयुक्त राजीव कुमार ने कहा।",
        [Q("direct", "चुनाव पूरी तरह निष्पक्ष होंगे,", "राजीव कुमार")]),
    "adverbial_lead_then_speaker_after": Case(
        "इस बीच, “हम हर हालात के लिए तैयार हैं,” सेना प्रमुख ने कहा।",
        [Q("direct", "हम हर हालात के लिए तैयार हैं,", "सेना प्रमुख")]),
    "ke_shabdon_men": Case(
        "कोच के शब्दों में, “टीम ने शानदार खेल दिखाया।”",
        [Q("direct", "टीम ने शानदार खेल दिखाया।", "कोच")]),
    "quote_spans_two_sentences": Case(
        "“हमने लंबी बातचीत की। नतीजे जल्द सामने आएंगे,” विदेश मंत्री जयशंकर ने पत्रकारों से कहा।",
        [Q("direct", "हमने लंबी बातचीत की। नतीजे जल्द सामने आएंगे,", "जयशंकर")]),
    "space_before_closing_mark": Case(
        "“देश के किसानों की भलाई के लिए, ”कृषि मंत्री ने कहा।",
        [Q("direct", "देश के किसानों की भलाई के लिए,", "कृषि मंत्री")]),
    "description_after_quote_resolves": Case(
        "अमेरिकी राष्ट्रपति जो बाइडन ने बुधवार को समझौते पर हस्ताक्षर किए। "
        "“यह एक ऐतिहासिक दिन है,” अमेरिकी नेता ने कहा।",
        [Q("direct", "यह एक ऐतिहासिक दिन है,", "अमेरिकी नेता", "जो बाइडन")], {"जो बाइडन": "PER"}),
    "description_with_apposition_after_quote": Case(
        "जापान के प्रधानमंत्री फुमियो किशिदा दिल्ली पहुंचे। “हम भारत के साथ खड़े हैं,” जापानी नेता, "
        "जो तीन दिन की यात्रा पर हैं, ने कहा।",
        [Q("direct", "हम भारत के साथ खड़े हैं,", "जापानी नेता", "फुमियो किशिदा")], {"फुमियो किशिदा": "PER"}),
    "pronoun_after_quote": Case(
        "यूक्रेन के राष्ट्रपति ज़ेलेंस्की ने यूरोपीय नेताओं से मुलाकात की। ‘हम साथ हैं,’ उन्होंने कहा।",
        [Q("direct", "हम साथ हैं,", "उन्होंने", "ज़ेलेंस्की")]),
    "headline_colon_speaker": Case(
        "‘देश आगे बढ़ता रहेगा’: प्रधानमंत्री",
        [Q("direct", "देश आगे बढ़ता रहेगा", "प्रधानमंत्री")]),
    "media_speaker_after_quote": Case(
        "“स्थिति पूरी तरह नियंत्रण में है,” सरकारी टीवी ने कहा।",
        [Q("direct", "स्थिति पूरी तरह नियंत्रण में है,", "सरकारी टीवी")]),
    "quote_paragraph_continues_the_speaker": Case(
        "वित्त मंत्री निर्मला सीतारमण ने कहा, “महंगाई काबू में है।” “विकास दर भी मजबूत बनी हुई है।”",
        [Q("direct", "महंगाई काबू में है।", "निर्मला सीतारमण"),
         Q("direct", "विकास दर भी मजबूत बनी हुई है।", "निर्मला सीतारमण")], {"निर्मला सीतारमण": "PER"}),
    "speaker_in_the_next_short_sentence": Case(
        "किसान नेता राकेश टिकैत धरने पर बैठे हैं। “हम यह आंदोलन जारी रखेंगे।” उन्होंने कहा।",
        [Q("direct", "हम यह आंदोलन जारी रखेंगे।", "उन्होंने", "राकेश टिकैत")], {"राकेश टिकैत": "PER"}),
    "yah_kahnA_hai_X_kA": Case(
        "“किसानों को उनका पूरा हक मिलेगा”, यह कहना है कृषि मंत्री का।",
        [Q("direct", "किसानों को उनका पूरा हक मिलेगा", "कृषि मंत्री")]),
    "bolIn_before_quote": Case(
        "मुख्यमंत्री बोलीं, “हम पीछे नहीं हटेंगे।”",
        [Q("direct", "हम पीछे नहीं हटेंगे।", "मुख्यमंत्री")]),
    "headline_bole_dash_unmarked": Case(
        "मोदी बोले- देश तेजी से आगे बढ़ रहा है",
        [Q("indirect", "देश तेजी से आगे बढ़ रहा है", "मोदी")], {"मोदी": "PER"}),
    "quote_paragraph_after_a_report": Case(
        "गृह मंत्री अमित शाह ने कहा कि दोषियों को सजा मिलेगी।\n“हम किसी को नहीं छोड़ेंगे, चाहे वह कोई भी हो।”",
        [Q("indirect", "दोषियों को सजा मिलेगी", "अमित शाह"),
         Q("direct", "हम किसी को नहीं छोड़ेंगे, चाहे वह कोई भी हो।", "अमित शाह")]),
    "long_quote_without_a_closing_sentence_end": Case(
        "महात्मा गांधी ने कहा था - “पृथ्वी हर इंसान की जरूरत पूरी कर सकती है पर लालच नहीं” यह बात आज भी सच है।",
        [Q("direct", "पृथ्वी हर इंसान की जरूरत पूरी कर सकती है पर लालच नहीं", "महात्मा गांधी")]),
    "headline_cue_before_speaker_unmarked": Case(
        "किम से बोले पुतिन- जल्द ही फिर मिलेंगे",
        [Q("indirect", "जल्द ही फिर मिलेंगे", "पुतिन")]),
    "headline_cue_before_speaker_marked": Case(
        "रैली में बोले राहुल गांधी: ‘हम संविधान बचाएंगे’",
        [Q("direct", "हम संविधान बचाएंगे", "राहुल गांधी")]),
    # --- partial quotes ---------------------------------------------------------------------------------
    "partial_inside_reported_clause": Case(
        "वित्त मंत्री ने कहा कि यह बजट “गरीबों का बजट” है।",
        [Q("partial", "गरीबों का बजट", "वित्त मंत्री")]),
    "partial_with_batAyA": Case(
        "विपक्ष के नेता ने सरकार की नीतियों को “जनविरोधी” बताया।",
        [Q("partial", "जनविरोधी", "विपक्ष के नेता")]),
    "partial_with_claim_noun": Case(
        "कंपनी ने “अभूतपूर्व वृद्धि” का दावा किया है।",
        [Q("partial", "अभूतपूर्व वृद्धि", "कंपनी")]),
    "partial_by_state_media": Case(
        "पाकिस्तान के सरकारी मीडिया ने दावा किया कि हमला “पूरी तरह नाकाम” कर दिया गया।",
        [Q("partial", "पूरी तरह नाकाम", "पाकिस्तान के सरकारी मीडिया")]),
    "partial_chanted_by_crowd": Case(
        "रैली में भारी भीड़ ने “भारत माता की जय” के नारे लगाए।",
        [Q("partial", "भारत माता की जय", "भारी भीड़")]),
    "partial_crowd_as_subject": Case(
        "स्टेडियम के बाहर बड़ी भीड़ जमा हो गई, “हमारी टीम जीतेगी” के नारे लगाए।",
        [Q("partial", "हमारी टीम जीतेगी", "बड़ी भीड़")]),
    "partial_with_pronoun_in_same_sentence": Case(
        "राष्ट्रपति पुतिन, जिन्होंने पिछले साल भारत का दौरा किया था, ने “गहरी दोस्ती” की प्रशंसा की, "
        "जिसके बारे में उन्होंने कहा कि यह “आपसी सम्मान” पर टिकी है।",
        [Q("partial", "गहरी दोस्ती", "पुतिन"), Q("partial", "आपसी सम्मान", "उन्होंने", "पुतिन")], {"पुतिन": "PER"}),
    # --- marks that are not speech ----------------------------------------------------------------------
    "scare_quotes_around_a_direct_quote": Case(
        "“हम पूरी तरह तैयार हैं,” सेना ने “आतंकवादियों” के खिलाफ अभियान की घोषणा करते हुए कहा।",
        [Q("direct", "हम पूरी तरह तैयार हैं,", "सेना")]),
    "treaty_name": Case(
        "दोनों देशों ने “व्यापक रणनीतिक साझेदारी समझौते” पर हस्ताक्षर किए।", []),
    "slogan_on_a_poster": Case(
        "प्रदर्शनकारियों के हाथों में तख्तियां थीं जिन पर “नौकरी दो” लिखा था।", []),
    "film_title": Case(
        "शाहरुख खान की नई फिल्म “जवान” ने कमाई के सारे रिकॉर्ड तोड़ दिए।", []),
    "campaign_name_after_the_marks": Case(
        "प्रधानमंत्री ने कहा कि “मेक इन इंडिया” अभियान से रोजगार बढ़ा है।",
        [Q("indirect", "“मेक इन इंडिया” अभियान से रोजगार बढ़ा है", "प्रधानमंत्री")]),
    "passive_naming_is_not_speech": Case(
        "इस इलाके को “भारत का स्विट्जरलैंड” भी कहा जाता है।", []),
    "operation_name": Case(
        "सेना ने ‘ऑपरेशन सिंदूर’ की सफलता का दावा किया।", []),
    "epithet_before_the_speaker": Case(
        "‘बाहुबली’ विधायक ने कहा कि वह चुनाव लड़ेंगे।",
        [Q("indirect", "वह चुनाव लड़ेंगे", "विधायक")]),
    "titles_after_a_title_noun": Case(
        "अभिनेत्री ने अपनी दो फिल्मों ‘सांवरिया’ और ‘दिल्ली 6’ के बारे में बात करने से इनकार किया।", []),
    "stray_mark_is_not_an_open_quote": Case(
        "'90 के दशक में मंत्री ने कहा कि देश में उदारीकरण जरूरी है।",
        [Q("indirect", "देश में उदारीकरण जरूरी है", "मंत्री")]),
    "naming_a_few_words_later": Case(
        "यहाँ के हीरा कारीगरों को “रत्ना” कलाकार कहा जाता है और भीड़ उन्हें सलाम करती है।", []),
    "award_name": Case(
        "सरकार ने गायक को ‘भारत रत्न’ से सम्मानित करने की घोषणा की।", []),
    "long_closed_quote_after_a_reported_clause_is_direct": Case(
        "संगठन के नेता जेरी गिलेस्पी कहते हैं कि कंपनी की हालत खराब है, “लोग कारें नहीं खरीद रहे हैं। "
        "हमारे पास पैसे नहीं बचे हैं।”",
        [Q("indirect", "कंपनी की हालत खराब है", "जेरी गिलेस्पी"),
         Q("direct", "लोग कारें नहीं खरीद रहे हैं। हमारे पास पैसे नहीं बचे हैं।", "जेरी गिलेस्पी")]),
    "attribution_inside_a_source_frame_is_not_a_clause": Case(
        "पार्टी प्रवक्ता के अनुसार अध्यक्ष ने कहा, “हम अकेले चुनाव लड़ेंगे।”",
        [Q("direct", "हम अकेले चुनाव लड़ेंगे।", "अध्यक्ष")]),
    "apostrophe_is_not_a_mark": Case(
        "उन्होंने कहा कि McDonald's भारत में तेजी से बढ़ रहा है।",
        [Q("indirect", "McDonald's भारत में तेजी से बढ़ रहा है", "उन्होंने")]),
    # --- indirect speech --------------------------------------------------------------------------------
    "ne_kahA_ki": Case(
        "स्वास्थ्य मंत्री ने कहा कि अस्पतालों में पर्याप्त बिस्तर उपलब्ध हैं।",
        [Q("indirect", "अस्पतालों में पर्याप्त बिस्तर उपलब्ध हैं", "स्वास्थ्य मंत्री")]),
    "kA_kahnA_hai_ki": Case(
        "पुलिस का कहना है कि आरोपी अब भी फरार है।",
        [Q("indirect", "आरोपी अब भी फरार है", "पुलिस")]),
    "unkA_kahnA_hai_pronoun": Case(
        "कांग्रेस नेता शशि थरूर ने संसद में सवाल उठाया। उनका कहना है कि सरकार ने अपना वादा नहीं निभाया।",
        [Q("indirect", "सरकार ने अपना वादा नहीं निभाया", "उनका", "शशि थरूर")]),
    "ke_anusAr_person_before_clause": Case(
        "पूर्व सेना प्रमुख के अनुसार, सीमा पर हालात अब सामान्य हैं।",
        [Q("indirect", "सीमा पर हालात अब सामान्य हैं", "पूर्व सेना प्रमुख")]),
    "ke_mutAbik_named_person": Case(
        "डॉक्टर नरेश त्रेहन के मुताबिक मरीज की हालत स्थिर है।",
        [Q("indirect", "मरीज की हालत स्थिर है", "नरेश त्रेहन")]),
    "ke_anusAr_person_after_clause": Case(
        "हादसे में तीन लोग घायल हुए, जिलाधिकारी के अनुसार।",
        [Q("indirect", "हादसे में तीन लोग घायल हुए", "जिलाधिकारी")]),
    "ke_anusAr_department_is_sourcing_not_speech": Case(
        "मौसम विभाग के अनुसार, अगले दो दिनों में भारी बारिश होगी।", []),
    "sUtron_ke_anusAr_is_sourcing_not_speech": Case(
        "सूत्रों के मुताबिक हादसे में पांच लोगों की मौत हो गई।", []),
    "quote_inside_sourcing_frame_still_attributed": Case(
        "पुलिस के हवाले से एजेंसी ने लिखा, “आरोपी को गिरफ्तार कर लिया गया है।”",
        [Q("direct", "आरोपी को गिरफ्तार कर लिया गया है।", "एजेंसी")]),
    "ke_anusAr_plan_is_not_a_source": Case(
        "योजना के अनुसार, पुल अगले साल बनकर तैयार होगा।", []),
    "unke_anusAr_pronoun": Case(
        "पूर्व न्यायाधीश मदन लोकुर ने फैसले की आलोचना की। उनके अनुसार, यह फैसला जल्दबाजी में लिया गया।",
        [Q("indirect", "यह फैसला जल्दबाजी में लिया गया", "उनके", "मदन लोकुर")]),
    "dAvA_kiyA": Case(
        "कंपनी ने दावा किया कि उसकी बिक्री दोगुनी हो गई है।",
        [Q("indirect", "उसकी बिक्री दोगुनी हो गई है", "कंपनी")]),
    "vAdA_bhI_kiyA": Case(
        "मंत्री ने यह वादा भी किया कि सड़क का काम दिसंबर तक पूरा होगा।",
        [Q("indirect", "सड़क का काम दिसंबर तक पूरा होगा", "मंत्री")]),
    "batAyA_group": Case(
        "विशेषज्ञों ने बताया कि प्रदूषण का स्तर खतरनाक है।",
        [Q("indirect", "प्रदूषण का स्तर खतरनाक है", "विशेषज्ञों")]),
    "chetAvanI_dI": Case(
        "मौसम वैज्ञानिकों ने चेतावनी दी कि तापमान और बढ़ सकता है।",
        [Q("indirect", "तापमान और बढ़ सकता है", "मौसम वैज्ञानिकों")]),
    "Arop_lagAyA": Case(
        "विपक्ष ने आरोप लगाया कि चुनाव में धांधली हुई।",
        [Q("indirect", "चुनाव में धांधली हुई", "विपक्ष")]),
    "usne_singular_pronoun": Case(
        "चश्मदीद रमेश कुमार पुलिस के सामने पेश हुए। उसने कहा कि उसे कुछ नहीं पता।",
        [Q("indirect", "उसे कुछ नहीं पता", "उसने", "रमेश कुमार")], {"रमेश कुमार": "PER"}),
    "ve_kahte_hain_ki": Case(
        "ग्रामीण हरिराम यादव पिछले तीस साल से खेती करते हैं। वे कहते हैं कि गांव में पानी की भारी कमी है।",
        [Q("indirect", "गांव में पानी की भारी कमी है", "वे", "हरिराम यादव")], {"हरिराम यादव": "PER"}),
    "pronoun_skips_people_inside_reported_speech": Case(
        "गृह मंत्री अमित शाह ने कहा कि राहुल गांधी देश को गुमराह कर रहे हैं। "
        "उन्होंने कहा कि विपक्ष के पास कोई मुद्दा नहीं है।",
        [Q("indirect", "राहुल गांधी देश को गुमराह कर रहे हैं", "अमित शाह"),
         Q("indirect", "विपक्ष के पास कोई मुद्दा नहीं है", "उन्होंने", "अमित शाह")],
        {"अमित शाह": "PER", "राहुल गांधी": "PER"}),
    "honorifics_around_the_name": Case(
        "श्री नरेंद्र मोदी जी ने कहा कि देश आत्मनिर्भर बनेगा।",
        [Q("indirect", "देश आत्मनिर्भर बनेगा", "नरेंद्र मोदी")]),
    "second_frame_in_one_sentence": Case(
        "मंत्री ने संकेत दिया कि कीमतें घट सकती हैं और कहा कि सरकार सब्सिडी बढ़ाएगी।",
        [Q("indirect", "कीमतें घट सकती हैं", "मंत्री"), Q("indirect", "सरकार सब्सिडी बढ़ाएगी", "मंत्री")]),
    "clause_stops_at_jabki": Case(
        "भाजपा का कहना है कि राज्य में विकास हुआ है, जबकि कांग्रेस ने इन दावों को खारिज कर दिया।",
        [Q("indirect", "राज्य में विकास हुआ है", "भाजपा")]),
    "kahA_comma_without_ki": Case(
        "रक्षा मंत्री राजनाथ सिंह ने लखनऊ में सभा को संबोधित किया। "
        "उन्होंने कहा, देश की सुरक्षा से कोई समझौता नहीं होगा।",
        [Q("indirect", "देश की सुरक्षा से कोई समझौता नहीं होगा", "उन्होंने", "राजनाथ सिंह")]),
    "clause_then_speaker_unmarked": Case(
        "रक्षा मंत्री राजनाथ सिंह ने सीमा का दौरा किया। सेना हर चुनौती के लिए तैयार है, उन्होंने कहा।",
        [Q("indirect", "सेना हर चुनौती के लिए तैयार है", "उन्होंने", "राजनाथ सिंह")]),
    "relative_clause_between_speaker_and_ne": Case(
        "राष्ट्रपति, जिन्होंने कल सीमा का दौरा किया था, ने कहा कि सैनिकों का मनोबल ऊंचा है।",
        [Q("indirect", "सैनिकों का मनोबल ऊंचा है", "राष्ट्रपति")]),
    "description_resolves_through_apposition": Case(
        "भारत के प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा ने टोक्यो में बातचीत की। "
        "जापानी नेता ने कहा कि दोनों देश मिलकर काम करेंगे।",
        [Q("indirect", "दोनों देश मिलकर काम करेंगे", "जापानी नेता", "फुमियो किशिदा")],
        {"नरेंद्र मोदी": "PER", "फुमियो किशिदा": "PER"}),
    "description_resolves_without_ner": Case(
        "भारत के प्रधानमंत्री नरेंद्र मोदी और जापान के प्रधानमंत्री फुमियो किशिदा ने टोक्यो में बातचीत की। "
        "भारतीय नेता ने कहा कि दोनों देश मिलकर काम करेंगे।",
        [Q("indirect", "दोनों देश मिलकर काम करेंगे", "भारतीय नेता", "नरेंद्र मोदी")]),
    "inanimate_agent_is_not_a_speaker": Case(
        "मोदी और शी की इस मुलाकात ने यह संदेश भी दिया कि दोनों देश करीब आ रहे हैं।", [],
        {"मोदी": "PER", "शी": "PER"}),
    "belief_is_not_speech": Case(
        "विश्लेषकों का मानना है कि यह समझौता क्षेत्र की राजनीति बदल देगा।", []),
    "document_speaks_a_passive_frame": Case(
        "बयान में कहा गया है कि जांच जारी है।", [Q("indirect", "जांच जारी है", "बयान")]),
    "impersonal_passive_has_no_speaker": Case(
        "बताया जा रहा है कि जांच अभी जारी है।", [Q("indirect", "जांच अभी जारी है", None)]),
}


def _analysis(text: str, names: dict[str, str]) -> Analysis:
    mentions = []
    for name, type_ in names.items():
        for m in regex.finditer(regex.escape(name), text):
            mentions.append(Mention(m.start(), m.end(), name, type_))
    mentions.sort(key=lambda m: m.start)
    return Analysis(article_id="t", lang="hi", title=None, sentences=split_sentences(text), boilerplate=[],
                    body=text, published=None, dateline=None, agencies=[], author=None, mentions=mentions)


@pytest.mark.parametrize("name", list(CASES))
def test_quote_span_kind_and_speaker(name: str) -> None:
    case = CASES[name]
    text = case.text
    analysis = _analysis(text, case.names)
    found = []
    for q in find_quotes(text, analysis):
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        ref = text[q.speaker_ref[0] : q.speaker_ref[1]] if q.speaker_ref else None
        found.append((q.kind, q.text, q.speaker_text, ref))
    assert found == case.expect
