"""Real-style English news sentences (written for khabar, not copied) in the manner of Indian papers and wire
copy, for the date, quantity, speaker, entity and dateline frames: what a careful reader gives each expression.
Read by tests/test_en_frames_table.py through the whole analysis pipeline.

Rows are read on Wednesday 6 March 2024 unless a row says otherwise; values were worked out by hand from the
calendar.
"""

from __future__ import annotations

WED = "2024-03-06"  # a Wednesday

# (text, publication date, the expression as written, its ISO value)
DATES = [
    ("The match will now be played the day after tomorrow, the board said.", WED, "the day after tomorrow",
     "2024-03-08"),
    ("The boy went missing the day before yesterday from his school in Thane.", WED,
     "the day before yesterday", "2024-03-04"),
    # a time before its day, Indian papers' dot between hours and minutes
    ("The lander touched down at 6.04 pm on Monday.", WED, "6.04 pm on Monday", "2024-03-04T18:04"),
    ("The tremor was felt at 3.15 am IST on Sunday.", WED, "3.15 am IST on Sunday", "2024-03-03T03:15+05:30"),
    ("The shop was looted at 11:40 pm on Tuesday, police said.", WED, "11:40 pm on Tuesday",
     "2024-03-05T23:40"),
    ("The polls closed on Monday at 6:30 pm.", WED, "Monday at 6:30 pm", "2024-03-04T18:30"),
    # rules the new ones rely on: weekdays, dates, frames and decades
    ("The Cabinet met on Monday night to clear the proposal.", WED, "Monday night", "2024-03-04"),
    ("The bill was passed earlier this month by both Houses.", WED, "earlier this month", "2024-03"),
    ("The resolution was moved on 5 March 2024 by the Opposition.", WED, "5 March 2024", "2024-03-05"),
    ("The scheme was launched on March 1, 2024 in Patna.", WED, "March 1, 2024", "2024-03-01"),
    ("The textile mills of the city shut down in the 1990s.", WED, "1990s", "199"),
    ("The monsoon reached Kerala on June 8 last year.", WED, "June 8", "2023-06-08"),
    ("The body was found two days ago near the canal.", WED, "two days ago", "2024-03-04"),
    ("The talks were held last week in Geneva.", WED, "last week", "2024-W09"),
    # fiscal years (April to March, named by the year they end: FY2024) and quarters (session 10)
    ("Net profit for FY24 rose 18 per cent to Rs 2,100 crore.", WED, "FY24", "FY2024"),
    ("The state's debt will touch Rs 4 lakh crore in the 2024-25 fiscal.", WED, "2024-25 fiscal", "FY2025"),
    ("The lender reported a loss in Q3 of the current fiscal.", WED, "Q3 of the current fiscal", "FY2024-Q3"),
    ("The airline's Q3 results were announced on Monday.", WED, "Q3", "FY2024-Q3"),
    ("Its revenue grew 9 per cent in the December quarter.", WED, "December quarter", "2023-Q4"),
    ("Exports shrank in the third quarter of 2022-23.", WED, "third quarter of 2022-23", "FY2023-Q3"),
    ("The deficit target for the next financial year is 5.1 per cent.", WED, "next financial year", "FY2025"),
    ("Margins improved in Q2FY24, the company said.", WED, "Q2FY24", "FY2024-Q2"),
    ("Global trade shrank in the first quarter of 2023, the UN said.", WED, "first quarter of 2023", "2023-Q1"),
    ("The scheme has been extended till December 31, the ministry said.", "2025-01-06", "December 31",
     "2025-12-31"),
    ("Malls in the city were crowded on Mother's Day.", "2025-05-12", "Mother's Day", "2025-05-11"),
    ("Schools will celebrate Children's Day with a fair.", "2025-11-10", "Children's Day", "2025-11-14"),
]

# (text, publication date, words that are no date)
NOT_DATES = [
    ("The fiscal deficit was revised to 5.8 per cent of GDP.", WED, "5.8"),
    ("The score was 6.30 at the end of the first round.", WED, "6.30"),
    ("India scored twice in the third quarter of the hockey match.", WED, "third quarter"),
    ("The fiscal deficit widened in January.", WED, "fiscal"),
    ("Audi launched the new Q3 in India on Monday.", WED, "Q3"),  # a car, no quarter
]

# (text, the expression as written, value, unit, qualifier)
QUANTITIES = [
    ("Retail inflation eased to 5.1 per cent in February.", "5.1 per cent", 5.1, "per cent", None),
    ("The bank's profit rose 12.5 per cent to Rs 4,200 crore.", "12.5 per cent", 12.5, "per cent", None),
    ("The party's vote share fell by 3 percentage points.", "3 percentage points", 3, "percentage points", None),
    ("The RBI cut the repo rate by 25 basis points on Friday.", "25 basis points", 25, "basis points", None),
    ("The car was being driven at over 150 kmph on the expressway.", "over 150 kmph", 150, "kmph", "more than"),
    ("Doctors said 10-12 patients were still on ventilators.", "10-12 patients", 10, "patients", "at least"),
    ("Around 150 to 200 workers were stranded at the site.", "150 to 200 workers", 150, "workers", "at least"),
    ("Hundreds of people gathered outside the police station.", "Hundreds of people", 100, "people", "more than"),
    ("Thousands of farmers marched to the state capital.", "Thousands of farmers", 1000, "farmers", "more than"),
    ("Tens of thousands of devotees took a dip in the river.", "Tens of thousands of devotees", 10000,
     "devotees", "more than"),
    ("A speeding truck killed two software engineers in Pune.", "two software engineers", 2, "engineers", None),
    ("The state reported 1,204 new coronavirus infections on Tuesday.", "1,204 new coronavirus infections", 1204,
     "infections", None),
    ("At least 14 people were killed and over 70 injured in the blast.", "over 70 injured", 70, "injured",
     "more than"),
    ("The bus fell into a 200-metre gorge near Shimla.", "200-metre", 200, "metres", None),
    ("The Army built a 190-foot bridge over the river in 31 hours.", "190-foot", 190, "feet", None),
    ("Nearly 20 Opposition parties boycotted the ceremony.", "Nearly 20 Opposition parties", 20, "parties",
     "about"),
    # rules the new ones rely on: money in lakh and crore, dollars, dozens, qualifiers
    ("The Cabinet approved a Rs 1.2 lakh crore package for farmers.", "Rs 1.2 lakh crore", 1.2e12, "rupees", None),
    ("The families will get an ex gratia of Rs 10 lakh each.", "Rs 10 lakh", 1e6, "rupees", None),
    ("The airline will buy 470 aircraft worth $70 billion.", "$70 billion", 7e10, "dollars", None),
    ("At least a dozen houses were damaged in the storm.", "At least a dozen houses", 12, "houses", "at least"),
    ("The flood affected nearly 5 lakh people in Assam.", "nearly 5 lakh people", 5e5, "people", "about"),
    # ranges written in words (session 10)
    ("Two to three people were hurt when the wall collapsed.", "Two to three people", 2, "people", "at least"),
    ("The new test is five to 10 times faster, the institute said.", "five to 10 times", 5, "times", "at least"),
]

# (text, the words that count nothing)
NOT_QUANTITIES = [
    ("The test scores of the students were released on Monday.", "scores"),
    ("The cost of the coronavirus vaccine was cut.", "coronavirus"),
    ("The lander touched down at 6.04 pm on Monday.", "6.04"),
    ("Section 144 was imposed in the district on Monday.", "144"),
    ("A 17-year-old boy was detained after the crash.", "17-year-old"),
    ("Daily sales rose from two to five units a shop.", "two"),  # a change, no range
]

# (text, the quote's first words, the speaker as written)
SPEAKERS = [
    ('"We will not allow this to happen again," Chief Minister Mamata Banerjee told reporters in Kolkata.',
     "We will not allow", "Mamata Banerjee"),
    ('"There is no shortage of oxygen," Delhi Health Minister Satyendar Jain said on Monday.',
     "There is no shortage", "Satyendar Jain"),
    ('"The dam is safe," Water Resources Minister Ramesh Patil told the Assembly.', "The dam is safe",
     "Ramesh Patil"),
    ("RBI Governor Shaktikanta Das said inflation would ease in the coming months.", "inflation would ease",
     "Shaktikanta Das"),
    ("The finance secretary said growth was likely to pick up in the second half.", "growth was likely",
     "finance secretary"),
    ("Dr Randeep Guleria, former director of AIIMS, said the new variant was mild.", "the new variant",
     "Randeep Guleria"),
    ("Ravi Shankar, a resident of the village, said the water had entered every house.", "the water had",
     "Ravi Shankar"),
    ("A senior police officer, who did not wish to be named, said the accused had fled to Nepal.",
     "the accused had fled", "senior police officer"),
    ("Wipro will hire 12,000 freshers this year, the company's chief financial officer Aparna Iyer said.",
     "Wipro will hire", "Aparna Iyer"),
    ("Kerala reported 312 new cases on Monday, the health department said in a bulletin.",
     "Kerala reported", "health department"),
    ("CHENNAI, 5 March 2024 - The state reported 40 new cases on Monday, officials said.", "The state reported",
     "officials"),
    ("Union minister Piyush Goyal, who was in Mumbai on Friday, said the trade deal would be signed soon.",
     "the trade deal", "Piyush Goyal"),
    # a direct quote after "said," whose subject stands before an appositive (session 21): the name before the
    # commas, never the speaker of the sentence before
    ('Water levels rose, the weather office said. Chief Minister Himanta Biswa Sarma, who toured Majuli, said, '
     '"The embankments will hold."', "The embankments will hold", "Himanta Biswa Sarma"),
    ('Opposition leaders met in Delhi. Rahul Gandhi, the Congress MP from Rae Bareli, said: "We will boycott '
     'the session."', "We will boycott", "Rahul Gandhi"),
    ('Sarma, who chaired the review meeting, promised a "complete overhaul" of the dams.', "complete overhaul",
     "Sarma"),
    # a party and a role before the name after a quote; "posted" (on X) is a verb of saying (session 21)
    ('"It is a poll sop," Congress general secretary Jairam Ramesh posted on X.', "It is a poll sop",
     "Jairam Ramesh"),
    ('"We will not contest alone," BJP leader Sudhanshu Trivedi said on Monday.', "We will not contest",
     "Sudhanshu Trivedi"),
    # a description set off by a participle (session 21)
    ("A senior official in the food ministry, requesting anonymity, said stocks were adequate.",
     "stocks were adequate", "senior official"),
    ("The company, citing rising costs, said prices would go up from April.", "prices would go up", "company"),
    # PTI's dateline has no mark after the agency: the reported clause starts after it
    ("New Delhi, Nov 29 (PTI) The Cabinet on Wednesday extended the free ration scheme, Anurag Thakur said.",
     "The Cabinet on Wednesday", "Anurag Thakur"),
    # rules the new ones rely on
    ("Union Home Minister Amit Shah said the government would bring a new law.", "the government would",
     "Amit Shah"),
    ('"It is a proud moment for the country," said Deputy Commissioner Rajesh Kumar.', "It is a proud moment",
     "Rajesh Kumar"),
    ("The death toll rose to 12, officials said.", "The death toll rose", "officials"),
    ('"We will not bow to pressure," Sheikh Hasina told reporters in Dhaka.', "We will not bow",
     "Sheikh Hasina"),
]

# (text, words that are no reported clause after a verb of saying)
NOT_SPEECH = [
    ("The minister said goodbye to the staff on Friday.", "goodbye"),
    ("He told a news conference in Delhi about the plan.", "a news conference"),
]

# (text, the name as written, its type)
ENTITIES = [
    ("Revanth Reddy was sworn in as the Chief Minister of Telangana on Thursday.", "Telangana", "LOC"),
    ("The Governor of Punjab returned the bill to the Assembly.", "Punjab", "LOC"),
    ("Inspector General of Police V K Birdi said the operation was over.", "V K Birdi", "PER"),
    ("Superintendent of Police Anjali Verma visited the village on Sunday.", "Anjali Verma", "PER"),
    ("Deputy Inspector General of Police Rakesh Balwal reached the spot.", "Rakesh Balwal", "PER"),
    ("The Cabinet met President Droupadi Murmu at Rashtrapati Bhavan.", "Droupadi Murmu", "PER"),
    ("West Bengal Governor C V Ananda Bose met the Prime Minister.", "West Bengal", "LOC"),
    ("Former Chief Justice of India D Y Chandrachud delivered the lecture.", "D Y Chandrachud", "PER"),
    ("Chief Minister of Telangana Revanth Reddy met the farmers on Monday.", "Revanth Reddy", "PER"),
    ("The GST Council cut rates on 30 items.", "GST Council", "ORG"),  # a common acronym may begin a name
    # a lower-case place noun after a name makes it a place, and a plural every name listed before it (session 21)
    ("Two more people drowned in Morigaon and Barpeta districts on Friday.", "Morigaon", "LOC"),
    ("Two more people drowned in Morigaon and Barpeta districts on Friday.", "Barpeta", "LOC"),
    ("Relief reached Bhaluka, Sonari and Tinkhong blocks by boat.", "Bhaluka", "LOC"),
    ("Heavy rain lashed Kamrup Metropolitan district on Monday.", "Kamrup Metropolitan", "LOC"),
    ("Sunita Devi of Baghmara village said the boats came late.", "Sunita Devi", "PER"),
    ("Sunita Devi of Baghmara village said the boats came late.", "Baghmara", "LOC"),
    # Indian place heads and leads in English copy (session 21): never a person
    ("Residents of Vivek Vihar were evacuated on Sunday.", "Vivek Vihar", "LOC"),
    ("The parade moved down Kartavya Path at 10 am.", "Kartavya Path", "LOC"),
    ("Tourists were stopped at the gates of the Hawa Mahal in Jaipur.", "Hawa Mahal", "LOC"),
    ("Heavy rain lashed East Midnapore and Howrah on Friday.", "East Midnapore", "LOC"),
    ("Heavy rain lashed Mount Abu on Friday.", "Mount Abu", "LOC"),
    ("The Lok Sabha passed the Jammu Reorganisation Bill on Monday.", "Jammu Reorganisation Bill", "ORG"),
    # Sheikh is part of South Asian names (Sheikh Hasina, Sheikh Abdullah), no title to cut (session 10)
    ("Former Prime Minister Sheikh Hasina left Dhaka on Monday.", "Sheikh Hasina", "PER"),
    ("Qatar's Emir Sheikh Tamim met the minister in Doha.", "Sheikh Tamim", "PER"),
]

# (text, an event's name): never a person (khabar's three types have no event: it is kept as ORG)
EVENTS = [
    ("The refugee crisis is the worst in Europe since World War Two.", "World War Two"),
    ("India will host the Asian Games in 2036, the minister said.", "Asian Games"),
    ("Lakhs of pilgrims reached Prayagraj for the Kumbh Mela on Monday.", "Kumbh Mela"),
    ("India won the Champions Trophy for the third time on Sunday.", "Champions Trophy"),
]

# (text, capitalised words that are no name of a person, place or organisation)
NOT_ENTITIES = [
    ("The country's GDP grew 8.4 per cent in the December quarter.", "GDP"),
    ("The IT major will hire 20,000 freshers this year.", "IT"),
    ("The company announced the merger at its AGM on Friday.", "AGM"),
    ("Collections from GST rose in February, the ministry said.", "GST"),
]

# (text, the dateline's place)
DATELINES = [
    ("Mumbai: At least 14 people were killed when a hoarding collapsed on a petrol pump on Monday evening.",
     "Mumbai"),
    ("New Delhi: The Supreme Court on Tuesday refused to stay the order of the high court on the admissions.",
     "New Delhi"),
    ("Bhubaneswar: Three trains collided near the station on Friday night, railway officials said.",
     "Bhubaneswar"),
    ("Wayanad: The death toll in the landslides in Kerala's Wayanad district rose to 308 on Friday, officials said.",
     "Wayanad"),
    ("LUCKNOW: The state government on Monday announced free bus travel for women on the festival.",
     "LUCKNOW"),
]

# a colon after a headline's topic or a state is no dateline
NOT_DATELINES = [
    "Mumbai: Hoarding collapse kills 14",
    "Explained: Why the monsoon is late this year and what it means for the farmers of the north.",
    "Kerala: The state recorded heavy rain in six districts on Monday and schools were closed.",
]

# (names that one entity is mentioned by, its type, the name khabar shows)
SHOWN_NAMES = [
    (["NEW DELHI"], "LOC", "New Delhi"),
    (["SRINAGAR", "SRINAGAR", "Srinagar"], "LOC", "Srinagar"),
    (["JAMMU AND KASHMIR"], "LOC", "Jammu and Kashmir"),
    (["UAE"], "LOC", "UAE"),
    (["BJP"], "ORG", "BJP"),
]

# Session 11: a clause before its speaker, with an adjunct of time or place after the verb of saying.
SPEAKERS += [
    ("Exports rose 12 per cent in March, Commerce Secretary Sunil Barthwal said after a meeting with exporters "
     "in Delhi.", "Exports rose 12 per cent", "Sunil Barthwal"),
    ("Three people were hurt in the blast, police said during a briefing on Sunday.", "Three people were hurt",
     "police"),
    ("Trade talks with the bloc will resume next month, Piyush Goyal said ahead of his visit to Brussels.",
     "Trade talks with the bloc", "Piyush Goyal"),
    ("The border crossing will reopen on Friday, the district magistrate said while inspecting the check post.",
     "The border crossing will reopen", "district magistrate"),
]


# Session 11: a verb of saying coordinated after another verb: a pronoun subject, a possessive description, and
# an untagged name set off by a prepositional appositive.
SPEAKERS += [
    ("Keir Starmer reached Mumbai on Wednesday. He toured a film studio and said shoots in India would resume.",
     "shoots in India would resume", "He"),
    ("India's foreign ministry rejected the order and said it would protect its national interests.",
     "it would protect its national", "India's foreign ministry"),
    ("Putin, on his first trip to the region in years, suggested the next round be held in Moscow.",
     "the next round be held", "Putin"),
]

QUANTITIES += [
    ("The fair drew 10 to 12 thousand visitors on Sunday.", "10 to 12 thousand visitors", 10000, "visitors",
     "at least"),
]

# Session 11 (third fresh set): a clause that opens with a common noun and a number or a past tense further on; a
# tail frame followed by "a day after …".
SPEAKERS += [
    ("The returning officer said about 2.1 lakh voters were added to the rolls this year.",
     "about 2.1 lakh voters were added", "returning officer"),
    ("Officials said standing paddy and sugarcane crops suffered heavy damage in the floods.",
     "standing paddy and sugarcane crops", "Officials"),
    ("The tunnel was cleared for traffic, the highways ministry said on Monday, a day after the landslide.",
     "The tunnel was cleared", "highways ministry"),
]

# Session 11: a verb of saying that is not a core one, with a determiner and a thing after it, reports nothing.
NOT_SPEECH += [
    ("The Election Commission on Monday announced a two-phase poll in the state.", "a two-phase poll"),
    ("The chief minister announced an ex gratia of Rs 4 lakh for each family.", "an ex gratia"),
    ("The board announced a revised schedule for the exams.", "a revised schedule"),
    ("The minister promised a thorough probe into the collapse.", "a thorough probe"),
]

# Session 12 (blind set 4444): a longer adjunct before "that", a noun-opened clause whose verb comes later, a
# second clause after "and that", a clause after ", saying"; a prayer or a few words said are things, not clauses.
SPEAKERS += [
    ("The governor said in a televised address to the state that the curfew would be lifted in stages.",
     "the curfew would be lifted", "governor"),
    ("Railway officials said services on the suburban network between Thane and Kalyan were suspended.",
     "services on the suburban network", "Railway officials"),
    ("Sharma said the party would contest all seats on its own and that talks with allies had broken down.",
     "talks with allies had broken down", "Sharma"),
    ("PUNE, May 3 - Chief Minister Eknath Shinde visited the flooded villages, saying every family would get "
     "relief within a week.", "every family would get relief", "Eknath Shinde"),
    ("The coach said progress on the new stadium in the eastern suburbs had been slow.",
     "progress on the new stadium", "coach"),
]
NOT_SPEECH += [
    ("The priest said a prayer for the victims of the bus accident at the temple.", "a prayer for the victims"),
    ("The outgoing mayor said a few words at the farewell function in the civic hall.", "a few words"),
    ("The captain said goodbye to his teammates at the airport on Sunday.", "goodbye to his teammates"),
]
NOT_SPEECH += [
    ("Police cordoned off the market on Monday, warning residents to stay indoors until further notice.",
     "residents to stay indoors"),
]
