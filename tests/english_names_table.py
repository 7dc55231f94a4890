"""A measuring stick for the English name finder (not a test module): self-written English news sentences
with the PER/LOC/ORG mentions a reader expects, and an entity-level scorer (span and type must both match).

Conventions of the table: a title before a name is not part of it (Chief Minister | Himanta Biswa Sarma), nor
a leading "the" or a trailing possessive 's; a demonym or country adjective in front of a title (US, Indian,
French President) is a description, not a mention, but in front of an organisation's name it is part of it
(US State Department, Indian Space Research Organisation); events, products and missions (Diamond League,
Gaganyaan, US Open) are not annotated. Items are one or more lines, a Title Case headline first where there is
one. Expected mentions are listed in text order, each found after the previous one.

Run ``python tests/english_names_table.py`` for the per-type precision/recall/F1 of the current finder.
"""

from __future__ import annotations

import regex

TABLE: list[tuple[str, list[tuple[str, str]]]] = [
    ("NEW DELHI: Prime Minister Narendra Modi on Tuesday inaugurated a new terminal at Indira Gandhi "
     "International Airport.",
     [("NEW DELHI", "LOC"), ("Narendra Modi", "PER"), ("Indira Gandhi International Airport", "LOC")]),
    ("Chief Minister Himanta Biswa Sarma said rescue teams had reached Kaziranga National Park by boat.",
     [("Himanta Biswa Sarma", "PER"), ("Kaziranga National Park", "LOC")]),
    ("The Reserve Bank of India kept its repo rate unchanged, Governor Sanjay Malhotra told reporters in Mumbai.",
     [("Reserve Bank of India", "ORG"), ("Sanjay Malhotra", "PER"), ("Mumbai", "LOC")]),
    ("The US State Department said it was reviewing the visa rules for students.",
     [("US State Department", "ORG")]),
    ("A spokesperson for Prime Minister Keir Starmer's office declined to comment on the report.",
     [("Keir Starmer", "PER")]),
    ("ISRO chairman V. Narayanan said the Gaganyaan mission would fly next year.",
     [("ISRO", "ORG"), ("V. Narayanan", "PER")]),
    ("Virat Kohli scored an unbeaten century as India beat Australia by six wickets in Perth.",
     [("Virat Kohli", "PER"), ("India", "LOC"), ("Australia", "LOC"), ("Perth", "LOC")]),
    ("The Supreme Court on Friday asked the Election Commission of India to publish the list of deleted voters.",
     [("Supreme Court", "ORG"), ("Election Commission of India", "ORG")]),
    ("Justice B.R. Gavai headed the bench that heard the petition filed by the Association for Democratic "
     "Reforms.",
     [("B.R. Gavai", "PER"), ("Association for Democratic Reforms", "ORG")]),
    ("Floods in Assam have displaced more than 200,000 people across 19 districts, the Assam State Disaster "
     "Management Authority said.",
     [("Assam", "LOC"), ("Assam State Disaster Management Authority", "ORG")]),
    ("Tata Motors shares rose 4 per cent on the Bombay Stock Exchange after the company reported strong sales "
     "in Europe.",
     [("Tata Motors", "ORG"), ("Bombay Stock Exchange", "ORG"), ("Europe", "LOC")]),
    ("Reliance Industries chairman Mukesh Ambani announced a new green energy plant in Jamnagar.",
     [("Reliance Industries", "ORG"), ("Mukesh Ambani", "PER"), ("Jamnagar", "LOC")]),
    ("Ukrainian President Volodymyr Zelensky met German Chancellor Friedrich Merz in Berlin on Monday.",
     [("Volodymyr Zelensky", "PER"), ("Friedrich Merz", "PER"), ("Berlin", "LOC")]),
    ("Russia and Ukraine exchanged prisoners in a deal brokered by the United Arab Emirates.",
     [("Russia", "LOC"), ("Ukraine", "LOC"), ("United Arab Emirates", "LOC")]),
    ("Donald Trump told reporters at the White House that tariffs on Chinese goods would stay.",
     [("Donald Trump", "PER"), ("White House", "ORG")]),
    ("Kim Jong Un oversaw a missile test near Pyongyang, the Korean Central News Agency reported.",
     [("Kim Jong Un", "PER"), ("Pyongyang", "LOC"), ("Korean Central News Agency", "ORG")]),
    ("Opposition leader Rahul Gandhi accused the Bharatiya Janata Party of weakening Parliament.",
     [("Rahul Gandhi", "PER"), ("Bharatiya Janata Party", "ORG"), ("Parliament", "ORG")]),
    ("Congress president Mallikarjun Kharge and Rahul Gandhi will visit Wayanad on Sunday.",
     [("Congress", "ORG"), ("Mallikarjun Kharge", "PER"), ("Rahul Gandhi", "PER"), ("Wayanad", "LOC")]),
    ("Mamata Banerjee's Trinamool Congress swept the municipal polls in West Bengal.",
     [("Mamata Banerjee", "PER"), ("Trinamool Congress", "ORG"), ("West Bengal", "LOC")]),
    ("An earthquake of magnitude 6.2 struck eastern Afghanistan, killing at least 800 people, the Taliban "
     "administration said.",
     [("Afghanistan", "LOC"), ("Taliban", "ORG")]),
    ("Rescue workers from the National Disaster Response Force pulled three survivors from the rubble in "
     "Uttarkashi.",
     [("National Disaster Response Force", "ORG"), ("Uttarkashi", "LOC")]),
    ("Cyclone Dana made landfall near Paradip in Odisha early on Friday.",
     [("Paradip", "LOC"), ("Odisha", "LOC")]),
    ("Lionel Messi scored twice as Inter Miami beat Orlando City 3-1.",
     [("Lionel Messi", "PER"), ("Inter Miami", "ORG"), ("Orlando City", "ORG")]),
    ("Neeraj Chopra won gold in the javelin at the Diamond League final in Zurich.",
     [("Neeraj Chopra", "PER"), ("Zurich", "LOC")]),
    ("The Delhi High Court issued notice to the Centre on a plea challenging the new rules.",
     [("Delhi High Court", "ORG"), ("Centre", "ORG")]),
    ("Apple chief executive Tim Cook met Finance Minister Nirmala Sitharaman in New Delhi.",
     [("Apple", "ORG"), ("Tim Cook", "PER"), ("Nirmala Sitharaman", "PER"), ("New Delhi", "LOC")]),
    ("LONDON: The Bank of England cut interest rates to 4 per cent on Thursday.",
     [("LONDON", "LOC"), ("Bank of England", "ORG")]),
    ("French President Emmanuel Macron hosted Saudi Crown Prince Mohammed bin Salman at the Elysee Palace.",
     [("Emmanuel Macron", "PER"), ("Mohammed bin Salman", "PER"), ("Elysee Palace", "LOC")]),
    ("Israeli Prime Minister Benjamin Netanyahu said the army would keep operating in Gaza.",
     [("Benjamin Netanyahu", "PER"), ("Gaza", "LOC")]),
    ("UN Secretary-General Antonio Guterres called for an immediate ceasefire in Sudan.",
     [("UN", "ORG"), ("Antonio Guterres", "PER"), ("Sudan", "LOC")]),
    ("Pakistan's Foreign Office summoned the Afghan envoy in Islamabad.",
     [("Pakistan", "LOC"), ("Foreign Office", "ORG"), ("Islamabad", "LOC")]),
    ("Shubman Gill will captain India in the Test series against England at Edgbaston.",
     [("Shubman Gill", "PER"), ("India", "LOC"), ("England", "LOC"), ("Edgbaston", "LOC")]),
    ("The Enforcement Directorate arrested former minister Satyendar Jain in a money laundering case.",
     [("Enforcement Directorate", "ORG"), ("Satyendar Jain", "PER")]),
    ("Home Minister Amit Shah chaired a meeting on security in Jammu and Kashmir.",
     [("Amit Shah", "PER"), ("Jammu and Kashmir", "LOC")]),
    ("Infosys and Wipro reported weaker quarterly profits on Thursday.",
     [("Infosys", "ORG"), ("Wipro", "ORG")]),
    ("According to the World Health Organization, dengue cases in Bangladesh have doubled.",
     [("World Health Organization", "ORG"), ("Bangladesh", "LOC")]),
    ("Elon Musk's SpaceX launched another batch of satellites from Cape Canaveral.",
     [("Elon Musk", "PER"), ("SpaceX", "ORG"), ("Cape Canaveral", "LOC")]),
    ("Vice President JD Vance is expected to visit Jaipur and Agra next week.",
     [("JD Vance", "PER"), ("Jaipur", "LOC"), ("Agra", "LOC")]),
    ("Sheikh Hasina, the former prime minister of Bangladesh, remains in India.",
     [("Sheikh Hasina", "PER"), ("Bangladesh", "LOC"), ("India", "LOC")]),
    ("The Indian Space Research Organisation said the lander touched down near the lunar south pole.",
     [("Indian Space Research Organisation", "ORG")]),
    ("Modi Meets Starmer In London, Signs Trade Deal With Britain\n\n"
     "Prime Minister Narendra Modi met his British counterpart Keir Starmer in London on Thursday.",
     [("Modi", "PER"), ("Starmer", "PER"), ("London", "LOC"), ("Britain", "LOC"), ("Narendra Modi", "PER"),
      ("Keir Starmer", "PER"), ("London", "LOC")]),
    ("Floods Cut Off Kaziranga National Park As Brahmaputra Rises\n\n"
     "Forest guards moved rhinos to higher ground as the Brahmaputra rose above the danger mark.",
     [("Kaziranga National Park", "LOC"), ("Brahmaputra", "LOC"), ("Brahmaputra", "LOC")]),
    ("Sensex Falls 900 Points As Foreign Investors Sell Banking Shares\n\n"
     "Benchmark indices fell sharply on Wednesday as banking shares slid.",
     []),
    ("Putin Says Russia Ready For Talks With Ukraine\n\n"
     "Russian President Vladimir Putin said Moscow was ready for talks.",
     [("Putin", "PER"), ("Russia", "LOC"), ("Ukraine", "LOC"), ("Vladimir Putin", "PER"), ("Moscow", "LOC")]),
    ("WASHINGTON: Secretary of State Marco Rubio spoke with External Affairs Minister S. Jaishankar by phone.",
     [("WASHINGTON", "LOC"), ("Marco Rubio", "PER"), ("S. Jaishankar", "PER")]),
    ("Kerala Blasters signed striker Jesus Jimenez from the Greek club OFI Crete.",
     [("Kerala Blasters", "ORG"), ("Jesus Jimenez", "PER"), ("OFI Crete", "ORG")]),
    ("The Allahabad High Court granted bail to the accused on Wednesday.",
     [("Allahabad High Court", "ORG")]),
    ("The fire broke out at a pharmaceutical plant in Sangareddy district of Telangana, police said.",
     [("Sangareddy", "LOC"), ("Telangana", "LOC")]),
    ("Goldman Sachs raised its growth forecast for India to 6.7 per cent.",
     [("Goldman Sachs", "ORG"), ("India", "LOC")]),
    ("Air India said the flight to London Gatwick crashed shortly after take-off from Ahmedabad.",
     [("Air India", "ORG"), ("London Gatwick", "LOC"), ("Ahmedabad", "LOC")]),
    ("Mary Kom and Nikhat Zareen trained together at the national camp in Patiala.",
     [("Mary Kom", "PER"), ("Nikhat Zareen", "PER"), ("Patiala", "LOC")]),
    ("Chinese Foreign Minister Wang Yi will travel to Kathmandu, Colombo and Dhaka this month.",
     [("Wang Yi", "PER"), ("Kathmandu", "LOC"), ("Colombo", "LOC"), ("Dhaka", "LOC")]),
    ("Brazil's President Luiz Inacio Lula da Silva hosted the BRICS summit in Rio de Janeiro.",
     [("Brazil", "LOC"), ("Luiz Inacio Lula da Silva", "PER"), ("BRICS", "ORG"), ("Rio de Janeiro", "LOC")]),
    ("Jean-Pierre Lacroix, the UN peacekeeping chief, arrived in Juba on Saturday.",
     [("Jean-Pierre Lacroix", "PER"), ("UN", "ORG"), ("Juba", "LOC")]),
    ("Hezbollah fired rockets into northern Israel, the Israel Defense Forces said.",
     [("Hezbollah", "ORG"), ("Israel", "LOC"), ("Israel Defense Forces", "ORG")]),
    ("The European Union and India concluded talks on a free trade agreement in Brussels.",
     [("European Union", "ORG"), ("India", "LOC"), ("Brussels", "LOC")]),
    ("MUMBAI: HDFC Bank reported a 12 per cent rise in net profit for the quarter.",
     [("MUMBAI", "LOC"), ("HDFC Bank", "ORG")]),
    ("Yogi Adityanath ordered an inquiry into the stampede at the Kumbh Mela in Prayagraj.",
     [("Yogi Adityanath", "PER"), ("Prayagraj", "LOC")]),
    ("The Madras High Court stayed the order of the Tamil Nadu government.",
     [("Madras High Court", "ORG"), ("Tamil Nadu", "LOC")]),
    ("Real Madrid beat Barcelona 2-1 at the Santiago Bernabeu on Sunday.",
     [("Real Madrid", "ORG"), ("Barcelona", "ORG"), ("Santiago Bernabeu", "LOC")]),
    ("Serena Williams watched from the stands as Coco Gauff won the US Open.",
     [("Serena Williams", "PER"), ("Coco Gauff", "PER")]),
    ("Nepal's Prime Minister K.P. Sharma Oli resigned after protests in Kathmandu.",
     [("Nepal", "LOC"), ("K.P. Sharma Oli", "PER"), ("Kathmandu", "LOC")]),
    ("The Central Bureau of Investigation registered a case against officials of the Punjab National Bank.",
     [("Central Bureau of Investigation", "ORG"), ("Punjab National Bank", "ORG")]),
    ("Heavy rain lashed Chennai and neighbouring Kancheepuram, the India Meteorological Department said.",
     [("Chennai", "LOC"), ("Kancheepuram", "LOC"), ("India Meteorological Department", "ORG")]),
    ("Speaking in Lucknow, Akhilesh Yadav said the Samajwadi Party would contest all seats.",
     [("Lucknow", "LOC"), ("Akhilesh Yadav", "PER"), ("Samajwadi Party", "ORG")]),
    ("North Korea and South Korea remain technically at war.",
     [("North Korea", "LOC"), ("South Korea", "LOC")]),
    ("Microsoft, Google and Amazon will invest in new data centres in Hyderabad.",
     [("Microsoft", "ORG"), ("Google", "ORG"), ("Amazon", "ORG"), ("Hyderabad", "LOC")]),
    ("Former US President Barack Obama praised the decision in a post.",
     [("Barack Obama", "PER")]),
    ("Mohammed Siraj took five wickets as India bowled out England at Headingley.",
     [("Mohammed Siraj", "PER"), ("India", "LOC"), ("England", "LOC"), ("Headingley", "LOC")]),
    ("The Kremlin said Vladimir Putin had no plans to meet Volodymyr Zelensky.",
     [("Kremlin", "ORG"), ("Vladimir Putin", "PER"), ("Volodymyr Zelensky", "PER")]),
    ("Dr. Ramesh Kumar of AIIMS Delhi said the patient was stable.",
     [("Ramesh Kumar", "PER"), ("AIIMS Delhi", "ORG")]),
    ("Sebastian Coe, president of World Athletics, met athletes in Tokyo.",
     [("Sebastian Coe", "PER"), ("World Athletics", "ORG"), ("Tokyo", "LOC")]),
    ("Supreme Court Refuses To Stay New Law, Seeks Centre's Reply\n\n"
     "The Supreme Court on Monday refused to stay the law and sought the Centre's reply within a week.",
     [("Supreme Court", "ORG"), ("Centre", "ORG"), ("Supreme Court", "ORG"), ("Centre", "ORG")]),
    ("Manipur Chief Minister N. Biren Singh met Governor Ajay Kumar Bhalla in Imphal.",
     [("Manipur", "LOC"), ("N. Biren Singh", "PER"), ("Ajay Kumar Bhalla", "PER"), ("Imphal", "LOC")]),
    ("Landslides blocked the highway near Rudraprayag, officials told the Press Trust of India.",
     [("Rudraprayag", "LOC"), ("Press Trust of India", "ORG")]),
    ("Sunita Williams thanked NASA engineers after her return to Houston.",
     [("Sunita Williams", "PER"), ("NASA", "ORG"), ("Houston", "LOC")]),
    ("Taylor Swift and Travis Kelce announced their engagement on Instagram.",
     [("Taylor Swift", "PER"), ("Travis Kelce", "PER"), ("Instagram", "ORG")]),
    ("The International Monetary Fund approved a $1 billion loan for Pakistan.",
     [("International Monetary Fund", "ORG"), ("Pakistan", "LOC")]),
    ("Gukesh Dommaraju defended his world title against Ding Liren in Singapore.",
     [("Gukesh Dommaraju", "PER"), ("Ding Liren", "PER"), ("Singapore", "LOC")]),
    ("Police in Bengaluru arrested two men after a stampede outside the M. Chinnaswamy Stadium.",
     [("Bengaluru", "LOC"), ("M. Chinnaswamy Stadium", "LOC")]),
    ("Meanwhile, the Ministry of External Affairs said Indian nationals in Iran should leave.",
     [("Ministry of External Affairs", "ORG"), ("Iran", "LOC")]),
    ("Lok Sabha Speaker Om Birla adjourned the proceedings till Monday.",
     [("Lok Sabha", "ORG"), ("Om Birla", "PER")]),
    ("Sri Lanka's President Anura Kumara Dissanayake will visit New Delhi next month.",
     [("Sri Lanka", "LOC"), ("Anura Kumara Dissanayake", "PER"), ("New Delhi", "LOC")]),
    ("Arvind Kejriwal's Aam Aadmi Party lost the Delhi assembly election.",
     [("Arvind Kejriwal", "PER"), ("Aam Aadmi Party", "ORG"), ("Delhi", "LOC")]),
    ("Thousands marched through Dhaka demanding justice, said Mahfuj Alam, a student leader.",
     [("Dhaka", "LOC"), ("Mahfuj Alam", "PER")]),
    ("Volkswagen will cut 35,000 jobs in Germany by 2030, the company and IG Metall said.",
     [("Volkswagen", "ORG"), ("Germany", "LOC"), ("IG Metall", "ORG")]),
    ("Prime Minister Shehbaz Sharif and army chief Asim Munir flew to Riyadh.",
     [("Shehbaz Sharif", "PER"), ("Asim Munir", "PER"), ("Riyadh", "LOC")]),
    ("GUWAHATI, June 2: The Brahmaputra crossed the danger mark at Neamatighat in Jorhat.",
     [("GUWAHATI", "LOC"), ("Brahmaputra", "LOC"), ("Neamatighat", "LOC"), ("Jorhat", "LOC")]),
]

TYPES = ("PER", "LOC", "ORG")


def gold_spans(text: str, expected: list[tuple[str, str]]) -> set[tuple[int, int, str]]:
    """Offsets of the expected mentions, each the first whole-word match after the previous one."""
    spans = set()
    cursor = 0
    for name, type_ in expected:
        pattern = r"(?<![\p{L}\p{N}])" + regex.escape(name) + r"(?![\p{L}\p{N}])"
        match = regex.compile(pattern).search(text, cursor)
        if match is None:
            raise ValueError(f"{name!r} not found after offset {cursor} in {text!r}")
        spans.add((match.start(), match.end(), type_))
        cursor = match.end()
    return spans


def found_spans(text: str) -> set[tuple[int, int, str]]:
    """The finder's mentions of ``text`` as one English article; every span is checked against the text."""
    from khabar.analyse.english_names import find_mentions
    from khabar.model import Analysis
    from khabar.text.sentences import split_sentences

    analysis = Analysis("table", "en", None, split_sentences(text), [], text, None, None, [], None)
    mentions = find_mentions(text, analysis)
    for m in mentions:
        assert text[m.start:m.end] == m.text, m
    return {(m.start, m.end, m.type) for m in mentions}


def score() -> dict[str, dict[str, float]]:
    """``{type or "all": {"precision", "recall", "f1", "tp", "gold", "found"}}`` over the whole table."""
    counts = {t: [0, 0, 0] for t in (*TYPES, "all")}  # true positives, gold, found
    for text, expected in TABLE:
        gold, found = gold_spans(text, expected), found_spans(text)
        for key in (*TYPES, "all"):
            g = {s for s in gold if key in ("all", s[2])}
            f = {s for s in found if key in ("all", s[2])}
            counts[key][0] += len(g & f)
            counts[key][1] += len(g)
            counts[key][2] += len(f)
    result = {}
    for key, (tp, n_gold, n_found) in counts.items():
        p = tp / n_found if n_found else 0.0
        r = tp / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        result[key] = {"precision": p, "recall": r, "f1": f1, "tp": tp, "gold": n_gold, "found": n_found}
    return result


def misses() -> list[tuple[str, set, set]]:
    """Per item: (text, gold spans not found, found spans not in gold), for items with any difference."""
    out = []
    for text, expected in TABLE:
        gold, found = gold_spans(text, expected), found_spans(text)
        if gold != found:
            missing = {(text[a:b], t) for a, b, t in gold - found}
            out.append((text, missing, {(text[a:b], t) for a, b, t in found - gold}))
    return out


if __name__ == "__main__":
    import sys

    if "--misses" in sys.argv:
        for text, missing, extra in misses():
            print(text.replace("\n", " | ")[:100], "\n   missing:", sorted(missing), "\n   extra:  ", sorted(extra))
    print(f"{len(TABLE)} items")
    print("| type | precision | recall | F1 | gold | found |")
    print("|---|---|---|---|---|---|")
    for key, s in score().items():
        print(f"| {key} | {s['precision']:.3f} | {s['recall']:.3f} | {s['f1']:.3f} | {s['gold']} | {s['found']} |")
