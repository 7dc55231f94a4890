from khabar.text.sentences import split_sentences


def texts(text):
    spans = split_sentences(text)
    for s in spans:
        assert text[s.start:s.end] == s.text
    return [s.text for s in spans]


def test_danda_and_full_stop_both_end_sentences():
    assert texts("पहला वाक्य है। दूसरा वाक्य भी है. तीसरा?") == ["पहला वाक्य है।", "दूसरा वाक्य भी है.", "तीसरा?"]


def test_closing_quote_stays_with_its_sentence():
    text = "किम ने कहा, “जल्द मिलेंगे।” इस पर पुतिन ने जवाब दिया, ‘मैं इंतजार करूंगा।’ फिर वे चले गए।"
    assert texts(text) == ["किम ने कहा, “जल्द मिलेंगे।”", "इस पर पुतिन ने जवाब दिया, ‘मैं इंतजार करूंगा।’",
                           "फिर वे चले गए।"]


def test_decimals_abbreviations_and_initials_do_not_split():
    assert texts("विकास दर 6.5 प्रतिशत रही। डॉ. शर्मा ने यह बताया।") == [
        "विकास दर 6.5 प्रतिशत रही।", "डॉ. शर्मा ने यह बताया।"]
    assert texts("Mr. Smith met J. Doe in the U.S. on Monday. They talked.") == [
        "Mr. Smith met J. Doe in the U.S. on Monday.", "They talked."]


def test_a_names_initials_in_either_script_do_not_split():
    assert texts("विदेश मंत्री एस. जयशंकर ने कहा कि बातचीत अच्छी रही. बैठक खत्म हुई.") == [
        "विदेश मंत्री एस. जयशंकर ने कहा कि बातचीत अच्छी रही.", "बैठक खत्म हुई."]
    assert texts("नेपाल के प्रधानमंत्री के.पी. शर्मा ओली दिल्ली पहुंचे. वह कल लौटेंगे.") == [
        "नेपाल के प्रधानमंत्री के.पी. शर्मा ओली दिल्ली पहुंचे.", "वह कल लौटेंगे."]
    assert texts("Chief Justice B.R. Gavai heard the case. It was adjourned.") == [
        "Chief Justice B.R. Gavai heard the case.", "It was adjourned."]
    # A word that is also a letter's name but ends sentences (आई "came") still ends one.
    assert texts("वह कल घर आई. फिर चली गई.") == ["वह कल घर आई.", "फिर चली गई."]


def test_number_abbreviations_only_before_a_number():
    assert texts("Flight No. 302 landed late. He said no. Then he left.") == [
        "Flight No. 302 landed late.", "He said no.", "Then he left."]


def test_line_breaks_end_sentences_and_offsets_hold():
    text = "शीर्षक बिना विराम\n\n  पहला पैराग्राफ। दूसरा।\nअंतिम पंक्ति"
    assert texts(text) == ["शीर्षक बिना विराम", "पहला पैराग्राफ।", "दूसरा।", "अंतिम पंक्ति"]


def test_danda_glued_to_next_word_is_not_a_break_inside_a_token():
    # A full stop between letters (an abbreviation such as "यू.एस.") does not split.
    assert texts("यू.एस.ए के अधिकारी आए।") == ["यू.एस.ए के अधिकारी आए।"]
