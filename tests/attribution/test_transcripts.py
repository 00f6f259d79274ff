"""Transcripts (analysis.attribution.transcripts): whether a text is one, which lines open with a
speaker's label, whom a label names, and the turns and their sentences."""

import pandas as pd

from analysis import statements
from analysis.attribution import transcripts
from conftest import context_of, paragraph_of, statements_of


# The stage's own decisions, taken directly



def test_a_label_may_hold_a_long_role_before_the_name():
    text = ("Nikol Pashinyan: Now I am giving the floor to Mr Japarov. Mr Japarov, please.\n\n"
            "Chairman of the Cabinet of Ministers and Chief of Staff of the Presidential Executive Office of Kyrgyzstan "
            "Akylbek Japarov: Mr Pashinyan, participants, we stand with Kazakhstan.\n\n"
            "Nikol Pashinyan: Thank you, Mr Japarov.\n")
    said = [(s.speaker, s.text) for s in statements_of(text, speech_only=True)]
    assert any(speaker == "Akylbek Japarov" and "we stand with Kazakhstan" in words for speaker, words in said), said
    assert not any(speaker == "Nikol Pashinyan" and "Kazakhstan" in words for speaker, words in said)


def test_a_label_opens_a_line_of_a_transcript_and_names_its_speaker():
    text = "WALLACE: Thank you, sir.\nVladimir Putin: Good afternoon.\nWALLACE: One more.\nVladimir Putin: Yes.\n"
    ctx = context_of(text)
    assert transcripts.is_transcript(ctx)  # a label of a name that opens a turn twice
    start, end, colon, content = transcripts.transcript_label(ctx, 0, len(text))
    assert (text[start:end], text[colon], text[content:].split()[0]) == ("WALLACE", ":", "Thank")
    assert transcripts.label_speaker(ctx, start, end) == "Wallace"
    second = text.index("Vladimir")
    start, end, _, _ = transcripts.transcript_label(ctx, second, len(text))
    assert transcripts.label_speaker(ctx, start, end) == "Vladimir Putin"


def test_a_one_off_heading_with_a_colon_is_no_transcript():
    text = "CORRECTION: An earlier version misspelled a name.\nThe talks went on.\n"
    ctx = context_of(text)
    assert not transcripts.is_transcript(ctx)
    assert transcripts.transcript_label(ctx, 0, len(text)) is None  # ("CORRECTION" is no label)


def test_the_turn_step_makes_each_sentence_of_a_turn_a_statement_of_its_speaker():
    ctx, para = paragraph_of("WALLACE: Thank you, sir. Good night.\nWALLACE: Again.\n")
    transcripts.transcript_turns(ctx, para)
    assert [(s.kind, s.speaker, s.cue, s.text) for s in ctx.found.statements] == [
        ("direct", "Wallace", ":", "Thank you, sir"), ("direct", "Wallace", ":", "Good night")]
    assert {id(s) for s in ctx.found.statements} <= ctx.found.turn_sentences  # never joined with neighbours


# End to end


def test_transcript_labels_open_turns():
    text = ("Vladimir Putin: Good afternoon, colleagues. We will discuss the economy. WALLACE: Thank you, sir.\n"
            "WALLACE: One more question.\nCORRECTION: An earlier version misspelled a name.\n")
    found = statements_of(text)
    assert [(s.kind, s.speaker, s.cue, s.text) for s in found] == [
        ("direct", "Vladimir Putin", ":", "Good afternoon, colleagues"),  # one statement per sentence of a turn
        ("direct", "Vladimir Putin", ":", "We will discuss the economy"),
        ("direct", "Wallace", ":", "Thank you, sir"),
        ("direct", "Wallace", ":", "One more question"),
    ]  # a one-off "CORRECTION:" heading is no speaker


def test_a_kicker_a_count_or_a_list_of_names_after_a_colon_is_no_turn():
    found = statements_of("BOOM: Trump Just Fired A Missile Directly At Hillary That Nobody Expected.\n"
                          "Clinton: 2,316.\nNew Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, Rich Ashooh.\n"
                          "Vladimir Putin: How old are you?\nAnna Popova: Correct, 56.\nVladimir Putin: Thank you.\n"
                          "Anna Popova: Thank you, Mr President.\n")
    assert [(s.speaker_text, s.text) for s in found if s.cue == ":"] == [
        ("Vladimir Putin", "How old are you?"), ("Anna Popova", "Correct, 56"), ("Vladimir Putin", "Thank you"),
        ("Anna Popova", "Thank you, Mr President")]


def test_a_headline_after_a_label_that_names_nobody_is_no_turn():
    headline = ("Big Win For Bernie: AFL-CIO Holds Off On Presidential Endorsement.\n\n"
                "The biggest prize in labor endorsements won’t be doled out next week, according to an email.\n")
    assert [s.speaker_text for s in statements_of(headline) if s.cue == ":"] == []
    quote = ("Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Minimum Wage.\n\n"
             "The senator spoke in Iowa on Sunday, according to his campaign.\n")
    assert [s.speaker_text for s in statements_of(quote) if s.cue == ":"] == ["Bernie Sanders"]


def test_in_a_transcript_a_speaker_who_speaks_once_has_a_turn_of_their_own():
    found = statements_of("Vladimir Putin: Good afternoon. I hope we will talk about this as well. Sauli Niinistö: We have one "
                          "more issue in common. Vladimir Putin: Thank you. Head of the Federal Customs Service Vladimir Bulavin: "
                          "Mr President, the reform is done. We will still depend on hardware, but software… Vladimir Putin: "
                          "But this is a key issue.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Vladimir Putin", "Good afternoon"), ("Vladimir Putin", "I hope we will talk about this as well"),
        ("Sauli Niinistö", "We have one more issue in common"), ("Vladimir Putin", "Thank you"),
        ("Head of the Federal Customs Service Vladimir Bulavin", "Mr President, the reform is done"),
        ("Head of the Federal Customs Service Vladimir Bulavin", "We will still depend on hardware, but software…"),
        ("Vladimir Putin", "But this is a key issue")]


def test_a_label_the_page_repeats_in_reverse_names_the_speaker_once():
    found = statements_of("Vladimir Putin: Hello there, friend. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: "
                          "Good afternoon, Mr President. Vladimir Putin: Thank you.\n")
    shoigu = [s for s in found if s.text == "Good afternoon, Mr President"][0]
    assert (shoigu.speaker, shoigu.speaker_text) == (
        "Sergei Shoigu", "Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister")


def test_a_long_garbled_label_opens_a_turn_and_a_label_names_the_person_not_the_role():
    found = statements_of("Vladimir Putin: Good afternoon, colleagues. Let us begin.\n"
                          "Minister of Transport Vitaly Savelyev Savelyev VitalyMinister of Transport of the Russian Federation: "
                          "The roads are ready for winter.\n"
                          "Vladimir Putin: Thank you. Head of the Federal Customs Service Vladimir Bulavin: Revenue rose.\n"
                          "Speaker of the Federation Council Valentina Matviyenko: The session opens today.\n"
                          "Vladimir Putin: Good.\nValentina Matviyenko: And it closes on Friday.\n"
                          # (a garbled label's role may hold a role's prepositions)
                          "Vladimir Putin: Let's talk about your work in 2021. Human Rights Commissioner Tatyana Moskalkova "
                          "Moskalkova TatyanaHuman Rights Commissioner in Russian Federation: Mr President, we received many "
                          "applications. Presidential Plenipotentiary Envoy to the Central Federal District Igor Shchegolev "
                          "Shchegolev IgorPresidential Plenipotentiary Envoy to the Central Federal District : We remember 2014.\n")
    speakers = {s.text: s.speaker for s in found}
    assert speakers["The roads are ready for winter"] == "Vitaly Savelyev"
    assert speakers["Revenue rose"] == "Vladimir Bulavin"
    assert speakers["The session opens today"] == "Valentina Matviyenko"
    assert speakers["Thank you"] == "Vladimir Putin"
    assert speakers["Mr President, we received many applications"] == "Tatyana Moskalkova"
    assert speakers["We remember 2014"] == "Igor Shchegolev"
    assert not any("Moskalkova" in s.text for s in found)


def test_a_release_that_opens_with_a_known_speakers_label_is_a_transcript_and_its_garbled_labels_are_turns():
    speech = " ".join(["We have done a great deal together this year and will do more."] * 4)
    text = ("President of Russia Vladimir Putin: Mr President, welcome to Moscow. " + speech +
            " President of the Union of Industrialists and Entrepreneurs(RSPP) Alexander Shokhin Shokhin AlexanderPresident"
            " of the Union of Industrialists and Entrepreneurs: Mr President, thank you for the invitation. Business is ready."
            " Patriarch Kirill Kirill Patriarch of Moscow and All Russia: Your Excellency, I thank you for your words. <…>")
    found = statements_of(text)
    assert [(s.speaker, s.text) for s in found if s.text.startswith(("Mr President", "Business", "Your Excellency"))] == [
        ("Vladimir Putin", "Mr President, welcome to Moscow"),
        ("Alexander Shokhin", "Mr President, thank you for the invitation"), ("Alexander Shokhin", "Business is ready"),
        ("Patriarch Kirill", "Your Excellency, I thank you for your words")]


def test_a_known_speakers_label_opens_a_turn_before_a_speech_that_ends_in_an_elision_mark():
    found = statements_of("Putin: Colleagues, good afternoon. I am glad to see you all here today. <…>")
    assert [(s.kind, s.speaker, s.text) for s in found] == [
        ("direct", "Vladimir Putin", "Colleagues, good afternoon"),
        ("direct", "Vladimir Putin", "I am glad to see you all here today")]


def test_an_editors_note_in_brackets_inside_a_turn_is_no_part_of_it_and_a_label_after_a_stage_direction_opens_one():
    text = ("Vladimir Putin: Ms Golikova, please go ahead.\nTatyana Golikova: Good afternoon, Mr President. The incidence "
            "rate is slowing. (Tatyana Golikova went on to review the regions. She pointed out that all four vaccines are "
            "safe.) (Addressing the Minister) We will need more beds. The truth is that he did promise.(Laughter) "
            "Vladimir Putin: If I promised, then I will do it.\n")
    found = statements_of(text)
    assert [(s.speaker, s.text) for s in found if s.kind == "direct"] == [
        ("Vladimir Putin", "Ms Golikova, please go ahead"), ("Tatyana Golikova", "Good afternoon, Mr President"),
        ("Tatyana Golikova", "The incidence rate is slowing"), ("Tatyana Golikova", "We will need more beds"),
        ("Tatyana Golikova", "The truth is that he did promise"), ("Vladimir Putin", "If I promised, then I will do it")]
    # (what the note reports is a report of its own)
    assert [(s.kind, s.speaker) for s in found if s.text.startswith("all four vaccines are safe")] == [
        ("indirect", "Tatyana Golikova")]


def test_a_label_run_on_after_a_section_heading_opens_a_turn_but_a_colon_after_a_name_in_prose_does_not():
    found = statements_of("Plenary meeting President of Russia Vladimir Putin: Mr Tokayev, colleagues, good afternoon. "
                          "I suggest we act more consistently. <…>\n"
                          "That is a big boost for Democrat Hillary Clinton: most of her backers say they will vote.\n")
    assert [(s.kind, s.speaker, s.text) for s in found] == [
        ("direct", "Vladimir Putin", "Mr Tokayev, colleagues, good afternoon"),
        ("direct", "Vladimir Putin", "I suggest we act more consistently"),
        ("indirect", "most of her backers", "they will vote")]


def test_a_labels_role_word_that_the_article_also_writes_in_lower_case_is_not_part_of_the_name():
    text = ("Vladimir Putin: Mr Murashko, please brief us on healthcare and medicines for the regions.\n"
            "Minister of Healthcare Mikhail Murashko: Mr President, we created a well-developed regulatory system.\n"
            "Vladimir Putin: Thank you. Let us move on to the next question.\n")
    found = statements_of(text, date=pd.Timestamp("2022-03-01"), outlet="kremlin")
    assert [s.speaker for s in found if s.speaker_text.startswith("Minister")] == ["Mikhail Murashko"]


def test_a_label_names_the_person_after_a_role_word_and_a_first_name_spelled_twice():
    text = ("Vladimir Putin: Mr Dmitriev, Mr Fradkov, please report on the fund and the bank.\n"
            "Russian Direct Investment Fund CEO Kirill Dmitriev: Mr President, the fund has invested in forty projects.\n"
            "Promsvyazbank CEO Petr Fradkov Fradkov PyotrPromsvyazbank CEO: Mr President, the bank has kept its clients.\n"
            "Vladimir Putin: Thank you. Let us move on to the next question.\n")
    found = statements_of(text, date=pd.Timestamp("2022-03-01"), outlet="kremlin")
    assert [s.speaker for s in found if "CEO" in s.speaker_text] == ["Kirill Dmitriev", "Petr Fradkov"]


def test_a_transcript_label_keeps_the_particles_of_a_name():
    found = statements.extract("Vladimir Putin: Good afternoon, colleagues. The agenda is long.\n"
                               "Mansoor bin Ebrahim Al-Mahmoud: Thank you for the invitation, President Putin.\n"
                               "Ursula von der Leyen: We agree on the next steps.\n"
                               "Vladimir Putin: Thank you all for the work.\n", "t")
    assert [s.speaker for s in found] == ["Vladimir Putin", "Mansoor bin Ebrahim Al-Mahmoud", "Ursula von der Leyen",
                                          "Vladimir Putin"]


def test_a_release_with_one_turn_each_of_two_named_people_is_a_transcript_and_labels_read_in_every_form():
    release = ("Beginning of talks President of Russia Vladimir Putin: Welcome. I am glad to see you. "
               "Prime Minister of Greece Kyriakos Mitsotakis (retranslated): Thank you for the invitation. "
               "Vladimir Putin: Please. <…> Deputy Prime Minister Dmitry Chernyshenko: The first point is sport. "
               "(Laughter) <…> President of the Republic of Belarus, Alexander Lukashenko Lukashenko "
               "AlexanderPresident of Belarus: Dear friends, thank you for the invitation. President of Egypt Abdel Fattah el-Sisi: "
               "In the name of peace, friends. Minister of Culture Olga Lyubimova: Museums are open. "
               "Kommersant newspaper correspondent Andrei Kolesnikov: How do you assess the sanctions?\n")
    found = statements.extract(release, "r", pd.Timestamp("2022-03-01", tz="UTC"))
    assert [(s.kind, s.speaker) for s in found if s.speaker != "Vladimir Putin"] == [
        ("direct", "Kyriakos Mitsotakis"), ("direct", "Dmitry Chernyshenko"), ("direct", "Alexander Lukashenko"),
        ("direct", "Abdel Fattah el-Sisi"), ("direct", "Olga Lyubimova"), ("question", "questioner")]  # (no stage direction or elision mark is a statement)
    assert not [s for s in found if "Laughter" in s.text or "<…>" in s.text]


def test_a_label_in_mid_line_after_a_greeting_names_the_person_not_the_role():
    found = statements_of("Vladimir Putin: It is a pleasure to see you. Welcome. President of the Republic of Armenia "
                          "Vahagn Khachaturyan: Mr Putin, I feel very good here.\n"
                          "Vladimir Putin: Thank you.\n")
    speakers = {s.text: s.speaker for s in found}
    assert speakers["Mr Putin, I feel very good here"] == "Vahagn Khachaturyan"


def test_a_turns_sentence_that_only_says_who_the_speaker_is_is_no_statement():
    text = ("Vladimir Putin: Go ahead, please.\n"
            "Dmitry Bolotov: Mr President, may I ask you a question? Bolotov Dmitry, Vostochny Space Centre. "
            "We are celebrating Cosmonautics Day today.\n")
    found = statements_of(text, speech_only=True)
    assert [s.text for s in found if s.speaker == "Dmitry Bolotov"] == [
        "Mr President, may I ask you a question?", "We are celebrating Cosmonautics Day today"]



def test_a_topic_a_questioner_opens_with_a_colon_is_no_speakers_label():
    briefing = ("MS. PSAKI:  Hi, everyone.  We believe the sanctions are having a severe impact.\n\n"
                "Q    Thanks, Jen.  On Russia: The President said yesterday that sanctions would be felt for years.  "
                "Is he considering an oil ban?\n\n"
                "MS. PSAKI:  We are not taking any options off the table.\n\n"
                "QUESTION: Thank you. Regarding China: has Beijing signaled that it will help Moscow?\n\n"
                "MS. PSAKI:  We have been very clear.\n")
    found = statements.extract(briefing, "b", pd.Timestamp("2022-03-01", tz="UTC"))
    assert {s.speaker for s in found} == {"Ms. Psaki", "questioner"}  # (no "On Russia", no "Regarding China")
    assert [s.kind for s in found if "Russia:" in s.text or "China:" in s.text] == ["question", "question"]


def test_a_briefings_labels_take_the_full_name_its_heading_gives_in_any_case():
    turns = ("MS. JEAN-PIERRE:  Good afternoon.  We will stand with Ukraine for as long as it takes.\n\n"
             "Q    Do you agree with the Russian Foreign Ministry?\n\n"
             "THE PRESS SECRETARY:  I do not.  Go ahead, April.\n\n"
             "MS. JEAN-PIERRE:  Our support is unwavering.\n")
    for heading in ("Press Briefing by Press Secretary Karine Jean-Pierre\n\n",  # (no name runs on over the break)
                    "PRESS BRIEFING BY PRESS SECRETARY KARINE JEAN-PIERRE\n\n2:41 P.M. EDT\n\n"):
        found = statements.extract(heading + turns, "b", pd.Timestamp("2022-09-02", tz="UTC"))
        assert {s.speaker for s in found if s.kind == "direct"} == {"Karine Jean-Pierre"}, heading
    # (a headline in capitals names nobody: its words are no name)
    found = statements.extract("USAIR SUES TWA OVER MERGER\n\nUSAir said it would fight the bid.\n", "r")
    assert [s.speaker for s in found] == ["USAir"]


def test_a_label_whose_role_lists_what_it_is_of_opens_a_turn_but_a_sentence_before_a_label_is_no_part_of_it():
    text = ("Vladimir Putin: I see. Thank you. <…> Minister of Digital Development, Communications and Mass Media "
            "Maksut Shadayev: Good afternoon, Mr President. I would like to remind you that you can register.\n\n"
            "Vladimir Putin: I wish you every success. Please, Mr Sobyanin. Mayor of Moscow Sergei Sobyanin: Thank you, "
            "Mr President.\n")
    assert [(s.speaker, s.text) for s in statements_of(text)] == [
        ("Vladimir Putin", "I see"), ("Vladimir Putin", "Thank you"), ("Maksut Shadayev", "Good afternoon, Mr President"),
        ("Maksut Shadayev", "I would like to remind you that you can register"),
        ("Vladimir Putin", "I wish you every success"), ("Vladimir Putin", "Please, Mr Sobyanin"),
        ("Sergei Sobyanin", "Thank you, Mr President")]


def test_an_interviews_answers_are_the_interviewees_and_no_pronoun_is_the_questioners():
    text = ("Immigration debate hits home for actress Diane Guerrero\n\n"
            "Actress Diane Guerrero has become a familiar figure to many through her role as Maritza Ramos.\n\n"
            "Q: What did you find?\n\nA: I came home from school and my parents were gone. We knew what that meant.\n\n"
            "Q: Did the service take care of you?\n\nA: No, no one did. We thought somebody would come and check up.\n")
    found = [(s.kind, s.speaker) for s in statements_of(text)]
    assert ("question", "questioner") in found
    assert {speaker for kind, speaker in found if kind != "question"} == {"Diane Guerrero"}
    # an "A:" with no questioner before it opens no answer
    assert all(s.speaker != "Diane Guerrero" for s in statements_of("Diane Guerrero spoke.\n\nA: nothing here was said.\n"))


def test_a_turns_sentence_of_greetings_thanks_and_answers_alone_says_nothing_and_is_no_statement():
    text = ("Vladimir Putin: Good afternoon, Mr President. Thank you very much. Go ahead, please.\n"
            "Sergei Shoigu: Yes, we did. Why? That's right. Ladies and gentlemen, good afternoon.\n"
            "Vladimir Putin: Yes, Crimea is ours. I agree. Thank you for the report, Mr Shoigu. We won't.\n")
    assert [(s.speaker, s.text) for s in statements_of(text, speech_only=True)] == [
        ("Vladimir Putin", "Yes, Crimea is ours"), ("Vladimir Putin", "I agree"),
        ("Vladimir Putin", "Thank you for the report, Mr Shoigu")]  # (a word that names or judges something keeps one)


def test_a_turn_runs_on_over_paragraphs_with_no_cue_and_over_the_speakers_own_cues_but_not_over_a_narrators():
    text = ("PRESS BRIEFING BY PRESS SECRETARY ANNA LEE\n\nMS. LEE:  A couple of items for you at the top.\n\n"
            "The President will speak on Ukraine this afternoon.\n\n"
            "As you all know, we have been very clear that an invasion will be met with costs.\n\n"
            "Q    Will he meet Putin?\n\nMS. LEE:  He will meet him in Geneva.\n\n"
            "The Pentagon said the talks are off.\n\nMS. LEE:  Next week, then.\n")
    found = [(s.kind, s.speaker, s.text) for s in statements_of(text, speech_only=True)]
    assert found == [
        ("direct", "Anna Lee", "A couple of items for you at the top"),
        ("direct", "Anna Lee", "The President will speak on Ukraine this afternoon"),
        ("direct", "Anna Lee", "As you all know, we have been very clear that an invasion will be met with costs"),
        ("question", "questioner", "Will he meet Putin?"), ("direct", "Anna Lee", "He will meet him in Geneva"),
        ("indirect", "the Pentagon", "the talks are off"), ("direct", "Anna Lee", "Next week, then")]


def test_a_garbled_label_with_a_role_of_many_words_opens_a_turn():
    role = ("Director of the Federal Service of the National Guard Troops of the Russian Federation and Commander-in-Chief "
            "of the National Guard Troops of the Russian Federation")
    text = (f"Vladimir Putin: Mr Zolotov. {role} Viktor Zolotov Zolotov ViktorDirector of the Federal Service of National "
            "Guard Troops : Mr President, recognising these republics is certainly a must.\n")
    assert [(s.speaker, s.text) for s in statements_of(text)][-1] == (
        "Viktor Zolotov", "Mr President, recognising these republics is certainly a must")


def test_a_bare_q_before_a_dash_or_an_ellipsis_opens_a_question_and_no_turn_runs_on_over_a_q():
    text = ("MS. LEE:  We call on Moscow to stop.\n\nQ    — is Nord Stream 2 dead?\n\n"
            "MS. LEE:  Germany has halted the certification.\n\nQ    ...and will the sanctions work?\n\n"
            "MS. LEE:  The sanctions will work.\n\nQ    and the talks with Lavrov?\n")
    assert [(s.kind, s.speaker, s.text) for s in statements_of(text, speech_only=True)] == [
        ("direct", "Ms. Lee", "We call on Moscow to stop"), ("question", "questioner", "— is Nord Stream 2 dead?"),
        ("direct", "Ms. Lee", "Germany has halted the certification"),
        ("question", "questioner", "...and will the sanctions work?"), ("direct", "Ms. Lee", "The sanctions will work")]


def test_a_release_its_title_calls_one_persons_speech_is_their_turn_with_no_label_after_its_greeting():
    text = ("Free people of a free country! All our defenders! Dear Mr. President, my friend Andrzej!\n"
            "Eight years of war. We all want peace. Many people thought that we would fall.\n"
            "Chancellor Olaf Scholz said that Germany would send more weapons. I am grateful to him.\n"
            "Glory to Ukraine! Our defenders! They failed.\n")
    title = "Every day of resistance counts - address by the President of Ukraine"
    found = statements_of(text, title=title, date=pd.Timestamp("2022-03-20"), speech_only=True)
    own = [s for s in found if s.speaker == "Volodymyr Zelenskyy"]
    assert [s.text for s in own] == ["Eight years of war", "We all want peace", "Many people thought that we would fall",
                                     "Chancellor Olaf Scholz said that Germany would send more weapons",
                                     "I am grateful to him", "Glory to Ukraine!", "They failed"]
    assert {(s.kind, s.speaker_start, s.cue, s.speaker_how, s.confidence) for s in own} == {("direct", None, None, "registry", "high")}
    # (a report inside the speech stays when it names its source in full, as in a transcript's turn; "many people" is the speech's)
    assert [(s.speaker, s.text) for s in found if s not in own] == [("Olaf Scholz", "Germany would send more weapons")]


def test_a_greeting_ends_at_the_first_sentence_that_says_something_and_only_a_speech_opens_with_one():
    title = "Speech by President of Ukraine Volodymyr Zelenskyy in the Parliament"
    said = [s.text for s in statements_of("Ladies and Gentlemen! We are ready to amaze the world! Dear friends, thank you!\n",
                                          title=title, date=pd.Timestamp("2022-04-20"), speech_only=True)]
    assert said == ["We are ready to amaze the world!"]


def test_a_joint_statement_an_interview_a_third_person_release_and_a_transcript_are_no_ones_speech():
    date = pd.Timestamp("2022-04-20")
    first_person = "We all want peace. I am grateful to our partners.\n"
    assert transcripts.speech_author(context_of(first_person, date=date, title="Statement by President Volodymyr Zelenskyy on the talks")) \
        == "Volodymyr Zelenskyy"
    assert transcripts.speech_author(context_of(first_person, date=date, title="Statement from President Joe Biden on the talks")) \
        == "Joe Biden"
    assert transcripts.speech_author(context_of(first_person, date=date, title="Statement by Press Secretary Jen Psaki on the talks")) \
        == "Jen Psaki"  # (a person the registry does not know, named in full from the first name on)
    assert transcripts.speech_author(context_of(first_person, date=date, title="Statement by the Press Secretary on the talks")) is None
    assert transcripts.speech_author(context_of(first_person, date=date, title="The talks go on")) is None
    assert transcripts.speech_author(context_of(first_person, date=date, title="Biden speech wins praise from Zelenskyy")) is None
    assert transcripts.speech_author(context_of(
        first_person, date=date, title="Joint Statement by President Volodymyr Zelenskyy and President Andrzej Duda")) is None
    assert transcripts.speech_author(context_of(
        "The President met the governors.\nThe message reads: “We all want peace.”\nThe meeting ended.\n", date=date,
        title="Address by President Volodymyr Zelenskyy to the governors")) is None
    assert transcripts.speech_author(context_of(
        "Volodymyr Zelenskyy: We all want peace.\nOlaf Scholz: I agree.\n", date=date,
        title="Speech by President Volodymyr Zelenskyy at the forum")) is None


def test_a_label_heading_a_section_on_the_person_it_names_is_no_turn():
    text = ("Bernie Sanders: Credit scores On his campaign website, Senator Bernie Sanders calls for credit score "
            "reform. He does not offer further details.\n\n"
            "Marco Rubio: Retirement accounts Two years ago, Senator Marco Rubio of Florida proposed a plan.\n\n"
            "Artem Vilovatykh: Hello, Mr President. Artem Vilovatykh, Krasny Sever newspaper. I have a question.\n")
    found = statements_of(text, speech_only=True)
    assert [s.speaker for s in found if s.cue == ":"] == ["Artem Vilovatykh"] * 2  # (the greeting says nothing)


def test_a_label_after_an_elision_or_before_an_editors_note_with_no_space_opens_a_turn():
    text = ("Anna Krasavina: Leadership is a key element of success. That is basically it. <…> Vladimir Putin:(in "
            "response to the remarks by Anna Krasavina, a research fellow. As a developer, she is concerned over "
            "microelectronics) Our Government has been trying to launch the industry. <…> Gazprom CEO Alexei Miller: "
            "Mr President, the pipeline is ready for operation.\n")
    found = statements_of(text, speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [
        ("Anna Krasavina", "Leadership is a key element of success"), ("Anna Krasavina", "That is basically it"),
        ("Vladimir Putin", "Our Government has been trying to launch the industry"),
        ("Alexei Miller", "Mr President, the pipeline is ready for operation")]
