"""Who is who in one article and across a corpus: transcripts' questioners, the article's table of
people, how each speaker was found and how far it can be trusted, and the corpus pass."""

import pandas as pd

from analysis import statements
from analysis.attribution.content import is_clause, reports_speech
from analysis.attribution.corpus_names import FURNITURE_ARTICLES, corpus_pass
from analysis.attribution.entities import is_no_speaker
from analysis.attribution.vocabulary import is_given_name
from conftest import statements_of

BRIEFING = """THE WHITE HOUSE

2:14 P.M. EDT

MS. LEE:  Good afternoon, everybody.  We call on Moscow to stop its attacks on Ukraine.

As the President said yesterday, the sanctions will stay in place until the attacks stop.

Q    Thank you, Anna.  The President said yesterday that he would meet Putin.  Is that still the plan?

MS. LEE:  I don't have anything to announce on that.

Q:  Will he travel to Geneva?

QUESTION:  Senator Warren said the sanctions were too weak.  Do you agree?

MS. LEE:  We have been very clear.  The sanctions are working.

(Applause.)

THE PRESIDENT:  Well, we'll see.

2:41 P.M. EDT MS. LEE:  Thanks for coming, everybody.

END 2:45 P.M. EDT
"""


def _briefing():
    return statements.extract(BRIEFING, "b", title="Press Briefing by Press Secretary Anna Lee, June 3, 2025")


def test_a_questioners_turn_is_a_question_of_the_questioner_never_of_whom_it_names():
    found = _briefing()
    questions = [s for s in found if s.kind == "question"]
    assert [s.text for s in questions] == ["The President said yesterday that he would meet Putin",
                                          "Is that still the plan?", "Will he travel to Geneva?",
                                          "Senator Warren said the sanctions were too weak", "Do you agree?"]
    assert {s.speaker for s in questions} == {"questioner"}
    asked = [(s.start, s.end) for s in questions]
    assert not [s for s in found if s.kind != "question" and any(a <= s.start < b for a, b in asked)]


def test_inside_a_turn_a_report_names_its_own_source_only_when_named_in_full_and_past():
    text = ("Vladimir Putin: As President Lukashenko told me, the talks went well. I think we will agree.\n\n"
            "Alexander Lukashenko: Thank you for the invitation. I would like you to tell me about the plans.\n\n"
            "Vladimir Putin: Mr Lukashenko, I say the plans are good.\n")
    found = statements.extract(text, "t")
    reports = [(s.speaker, s.text, s.via is not None) for s in found if s.kind == "indirect"]
    assert reports == [("Alexander Lukashenko", "the talks went well", True)]  # (second hand, via Putin's turn)
    assert [s.speaker for s in found if s.kind == "direct"] == ["Vladimir Putin", "Vladimir Putin", "Alexander Lukashenko",
                                                                "Alexander Lukashenko", "Vladimir Putin"]


def test_a_surname_label_takes_the_full_name_the_title_gives_and_a_turn_runs_on_over_paragraphs():
    found = _briefing()  # (a paragraph attributing words of its own is not the turn's: "As the President said, ...")
    lee = [s.text for s in found if s.speaker == "Anna Lee"]
    assert lee == ["We call on Moscow to stop its attacks on Ukraine",
                   "I don't have anything to announce on that", "We have been very clear", "The sanctions are working",
                   "Thanks for coming, everybody"]  # (after its time stamp; and no stamp, stage direction or closing line
    # is a turn, nor a greeting, which says nothing a speaker holds)
    assert all(s.speaker_how == "document" and s.confidence == "high" for s in found if s.speaker == "Anna Lee")


def test_a_bare_role_without_a_holder_is_one_speaker_in_any_case_and_unresolved():
    found = statements.extract("THE PRESIDENT: Well, we'll see.\nTHE PRESIDENT: Maybe.\nThe President said the talks "
                               "failed.\n", "r")
    assert {(s.speaker, s.speaker_how, s.confidence) for s in found} == {("the president", "unresolved", "low")}


def test_a_bare_role_takes_the_one_person_the_article_names_with_it_and_not_another_role():
    found = statements.extract("US President Donald Trump met Prime Minister Mark Carney. The US president said the "
                               "talks went well. The minister said they did not.\n", "r")
    assert [(s.speaker, s.speaker_how) for s in found] == [("Donald Trump", "registry"), ("the minister", "unresolved")]
    found = statements.extract("New Jersey Gov. Chris Christie spoke in Iowa. The New Jersey governor said the campaign "
                               "would pay off.\n", "g")
    assert [(s.speaker, s.speaker_how) for s in found] == [("Chris Christie", "document")]  # (a title's abbreviation)


def test_a_description_the_article_gave_a_named_person_is_that_person():
    found = statements.extract("Billionaire businessman Thomas Hallworth spoke in Ohio. The businessman said the "
                               "plan was bad.\n", "d")
    assert [(s.speaker, s.speaker_how) for s in found] == [("Thomas Hallworth", "document")]
    found = statements.extract("Peter Maddox, the Florida senator, spoke in Miami. The Florida senator said the plan "
                               "was bad. Later he said it would fail.\n", "f")
    assert [s.speaker for s in found] == ["Peter Maddox", "Peter Maddox"]  # (and "he" for the description, too)
    # "a" or "one" and a description is somebody new, and a description needs a person's name after it
    found = statements.extract("Bond trader Thomas Hallworth spoke. One bond trader said the plan was bad.\n", "o")
    assert [s.speaker for s in found] == ["one bond trader"]
    found = statements.extract("He read the official International Business daily. The official said the plan was bad.\n", "i")
    assert [s.speaker for s in found] == ["the official"]
    # a description refers back: whom the article names so only paragraphs later is somebody else
    found = statements.extract("The candidate said the plan was bad.\n" + "Nothing of note happened. " * 30
                               + "\nFellow candidate Thomas Hallworth spoke later.\n", "l")
    assert [s.speaker for s in found] == ["the candidate"]


def test_a_description_the_article_gave_nobody_is_the_person_named_just_before_it():
    # the person who spoke last, or who opens a sentence since, named in full: as "he" or "she" would be
    found = statements.extract("Sen. Peter Maddox spoke in Miami. \"We won,\" Mr. Maddox said.\n\nStill, Mr. Maddox declined "
                               "to attack him. Asked why, the Florida Republican would only say that the race was long.\n", "r")
    assert [(s.speaker, s.speaker_how) for s in found] == [("Peter Maddox", "document"), ("Peter Maddox", "pronoun")]
    found = statements.extract("Thomas Hallworth met privately with the mayor on Saturday.\n\n"
                               "The Democratic presidential candidate said the meeting was personal.\n", "s")
    assert [(s.speaker, s.speaker_how) for s in found] == [("Thomas Hallworth", "pronoun")]
    # a person named by a role before the name, whatever the first name
    found = statements.extract("Lithuanian President Gitanas Nauseda said sanctions must be strong. According to the "
                               "Lithuanian leader, the allies must act together.\n", "n")
    assert [s.speaker for s in found] == ["Gitanas Nauseda", "Gitanas Nauseda"]
    # somebody the article did not name, who came first with the same noun, stays who they were
    found = statements.extract("Peter Maddox spoke. A company spokesman said sales fell. The company spokesman said the "
                               "plant would close.\n", "c")
    assert [s.speaker for s in found][-1] != "Peter Maddox"
    # another person named since, or the speaker named inside another's report, leaves the description as it is
    found = statements.extract("Peter Maddox said the talks failed, after a call with Thomas Hallworth's envoy. The New York "
                               "businessman said the talks would go on.\n", "o")
    assert [s.speaker for s in found] == ["Peter Maddox", "the New York businessman"]
    found = statements.extract("Jane Hollis acknowledged that Director Peter Maddox had said she was truthful.\n\n"
                               "The Democratic presidential nominee explained that he meant her interviews.\n", "i")
    assert [s.speaker for s in found if s.text.startswith("he meant")] == ["the Democratic presidential nominee"]
    # a bare role is whoever holds it, and "vice" or "former" makes it another role: no one named before
    found = statements.extract("Peter Maddox spoke in Ohio. The former president said the plan was bad.\n", "v")
    assert [s.speaker for s in found] == ["the former president"]


def test_a_companys_unit_that_speaks_is_the_unit_as_the_article_names_it():
    found = statements.extract("Alaska Air Group Inc's Alaska Airlines subsidiary said its traffic rose 12 pct in March. "
                               "It said revenue rose.\n", "a")
    assert [s.speaker for s in found] == ["Alaska Airlines", "Alaska Airlines"]
    found = statements.extract("AMR Corp's American Airlines said it would cut fares.\n", "b")
    assert [s.speaker for s in found] == ["American Airlines"]
    # a name with "'s" in it, a division named with its noun and a role are what they were
    found = statements.extract("Moody's Investors Service Inc said it cut the rating. NCR Corp's Personal Computer "
                               "division said sales rose. The bank's senior economist said rates would fall.\n", "c")
    assert [s.speaker for s in found] == ["Moody's Investors Service Inc", "NCR Corp's Personal Computer division",
                                          "the bank's senior economist"]


def test_how_a_speaker_was_found_and_confidence():
    found = statements.extract("Vladimir Putin said the talks went well. He said Russia was ready.\n"
                               + "Nothing of note happened that day. " * 30 + "\nHe said Russia would wait.\n", "p")
    assert [(s.speaker, s.speaker_how, s.confidence) for s in found] == [
        ("Vladimir Putin", "registry", "high"), ("Vladimir Putin", "pronoun", "high"),
        ("Vladimir Putin", "pronoun", "low")]  # (a pronoun far from its person's name is low)


def test_a_report_needs_a_clause_an_infinitive_after_speech_or_a_stance_with_what_it_names():
    assert is_clause("the talks failed") and is_clause("that fact speaks volumes") and is_clause("he would come")
    assert not is_clause("gratitude to the Netherlands for supporting Ukraine's sovereignty")
    assert not is_clause("measures taken by both countries to prevent the spread") and not is_clause("John Kasich")
    for phrase in ("a net loss of 415 dlrs for the six months ended November 30", "was plausible",
                   "an Obama nominee who is expected to be moderate", "several district GOP leaders, State Treasurer",
                   "a movement accused of financing travel", "contests known as Super Tuesday",
                   "the United States to suspend operations at one of the bases here", "a way to make it so"):
        assert not is_clause(phrase), phrase  # (a participle, a relative clause, a plural noun: no verb of its own)
    assert reports_speech("to lift the sanctions", "speech") and not reports_speech("to leave the city", "belief")
    assert reports_speech("them a disgrace", "stance") and not reports_speech("an interview request", "stance")
    found = statements.extract("Zelenskyy expressed gratitude to the Netherlands. Jeb Bush endorsed Cruz. The FDIC "
                               "declined to comment. Putin said the talks failed.\n", "s")
    assert [s.text for s in found] == ["the talks failed"]


def test_after_a_cue_whose_content_is_its_object_only_an_opened_clause_is_a_statement():
    text = ("The leaders discussed the issues raised at the summit. Zelenskyy expressed condolences to the people "
            "of Lithuania. Kistler also expressed concern that the trustee could take ten years. Merkel questioned "
            "whether the deal would hold. Putin proposed to hold talks in Minsk. The council called on police to "
            "release the videos. Lee discussed that the talks had stalled.\n")
    said = [(s.cue, s.text) for s in statements.extract(text, "s")]
    assert said == [("expressed", "the trustee could take ten years"), ("questioned", "whether the deal would hold"),
                    ("proposed", "to hold talks in Minsk"), ("called on", "police to release the videos"),
                    ("discussed", "the talks had stalled")]
    assert not reports_speech("condolences to the family", "speech", "told")  # ("to" and a noun phrase: no infinitive)
    assert reports_speech("Congress to act now", "speech", "urged")
    # a stance verb's object with what it is named, not with where or when
    assert reports_speech("himself the “king of debt,”", "participle", "calling")
    assert not reports_speech("her in the past", "stance", "praised")
    assert not reports_speech("Mr. Trump's views on Russia", "stance", "defended")  # (a possessive's noun is no verb)


def test_a_noun_phrase_with_a_clause_inside_or_a_thing_agreed_to_is_no_statement():
    assert not is_clause("a federal judge whose parents were born in Mexico")  # (a verb of a clause inside the noun phrase)
    assert not is_clause("pretax profit of 855,000 dlrs in the year when it had net assets of 563,000 dlrs")
    assert is_clause("the plan, which was announced Monday, is unworkable")  # (the content's own verb after it)
    assert is_clause("after his victory that “when you win, it’s beautiful.”")
    assert is_clause("Mrs. Clinton ''hid'' the documents from the public")  # (a word in doubled apostrophes)
    assert not reports_speech("to hold the Years of cooperation in sports", "speech", "agreed")  # (agreeing to do is doing)
    assert reports_speech("to lift the sanctions", "speech", "promised")
    assert not reports_speech("its readiness to start negotiations", "speech", "expressed")  # (a noun the infinitive completes)
    assert not reports_speech("new efforts to break the circle of debt", "speech", "called for")
    assert not reports_speech("a definitive agreement to sell the assets to Trico Industries Inc", "speech", "signed")
    assert not reports_speech("ways to further develop cooperation within the Crimea Platform", "speech", "discussed")
    assert reports_speech("the administration to “really call out Russia”", "speech", "urged")
    assert reports_speech("his executive actions “a crucial step forward”", "stance", "called")  # (the name in quotes)


def test_after_a_verb_that_takes_an_object_a_verb_inside_the_objects_own_clause_makes_no_statement():
    # a clause that a word inside the object opens, up to a comma or a dash that closes it
    text = ("Putin spoke about the supply of oxygen to hospitals where patients with COVID-19 are treated.\n\n"
            "Zelenskyy noted the importance of the measures which the government has taken.\n\n"
            "Putin noted the timely and effective assistance the CSTO provided at the request of Kazakhstan.\n\n"
            "Trump noted the pipeline, which is widely supported by Republicans, would not go ten feet.\n\n"
            "Clinton argued an unborn baby – up until its birth – has no constitutional rights.\n\n"
            "The documents showed the businessman and his companies lost nearly $916 million in a single year.\n")
    assert [s.text for s in statements.extract(text, "s")] == [
        "the pipeline, which is widely supported by Republicans, would not go ten feet",
        "an unborn baby – up until its birth – has no constitutional rights",
        "the businessman and his companies lost nearly $916 million in a single year"]
    inner = "the supply of oxygen to hospitals where patients with COVID-19 are treated"
    assert is_clause(inner) and not is_clause(inner, object_first=True)  # (after "said", a verb this far off is read as before)
    assert is_clause("exactly who of us is lying", object_first=True)  # (the clause the content opens with)


def test_a_topic_spoken_about_tells_nobody_to_do_anything():
    assert not reports_speech("the supply of oxygen to medical institutions", "speech", "spoke about")
    assert reports_speech("the Government and the regions to take special responsibility", "speech", "called on")


def test_what_was_seen_is_no_statement_but_a_view_seen_is():
    assert not reports_speech("Scott get out of a car with a handgun", "belief", "saw")  # (perception)
    assert not reports_speech("a reporter was weeping in the hallway", "belief", "saw")
    assert not reports_speech("the truck running into people as they left", "belief", "saw")
    assert reports_speech("the vote as a test of his leadership", "belief", "saw")
    assert reports_speech("no need for measures to bolster the economy", "belief", "saw")
    assert reports_speech("that the talks had failed", "belief", "saw", opened=True)


def test_a_title_a_speaker_names_or_signs_is_not_their_words():
    text = ("Cruz named “Breaking Bad” and “Veep” among his favourite shows.\n\n"
            "The governor signed an order “to protect privacy and equality” for state workers.\n\n"
            "Trump called the plan “an absolute disgrace.”\n")
    assert [s.text for s in statements.extract(text, "s") if s.kind == "partial"] == ["an absolute disgrace."]
    titles = ("Clinton said she would appear on “Good Morning America” to make her case.\n\n"
              "Mexico would make a one-time payment of “$5-10 billion,” Trump said.\n\n"
              "Trump called her “Crooked Hillary” and said the deal was “THIS IS NOT OK.”\n")
    assert [s.text for s in statements.extract(titles, "s") if s.kind == "partial"] == ["Crooked Hillary", "THIS IS NOT OK."]


def test_one_or_two_quoted_words_after_an_article_or_a_preposition_are_a_label():
    text = ("Shmyhal said the region's transfer to the “yellow” zone will be discussed.\n\n"
            "The analyst raised Temple Inland to a \"buy\" on Monday, the firm said.\n\n"
            "Smith said the so-called \"cars\" deals had ended.\n\n"
            "Trump called it a “fundamental mistake” and said Iowa would be a “key state” for him.\n\n"
            "Bush said he was being “sarcastic” and that such a request was \"futile.\"\n")
    assert [s.text for s in statements.extract(text, "s") if s.kind == "partial"] == [
        "fundamental mistake", "key state", "sarcastic", "futile."]


def test_a_company_named_short_or_as_the_company_takes_its_full_name():
    text = ("Atari Corp said it will buy Federated Group Inc for 67 mln dlrs.\n\n"
            "Atari said the purchase would add 100 stores. The company said it expects the deal to close in May.\n\n"
            "Federated said its board approved the sale.\n")
    said = [(s.speaker_text, s.speaker) for s in statements.extract(text, "s") if s.cue == "said"]
    assert said == [("Atari Corp", "Atari Corp"), ("Atari", "Atari Corp"), ("The company", "Atari Corp"),
                    ("Federated", "Federated Group Inc")]
    two = ("Dialcom said it will sell software. BT Group said the unit grew. In addition, the company said Data "
           "General agreed to test it.\n")
    assert [s.speaker for s in statements.extract(two, "s") if s.cue == "said"][-1] == "BT Group"  # (the statement before is BT's)
    short = "Dialcom said it will sell software. In addition, the company said Data General agreed to test it.\n"
    assert [s.speaker for s in statements.extract(short, "s") if s.cue == "said"][-1] == "Dialcom"  # (named short only)
    # people and public bodies are passed over or stop the search: "the company" is neither
    person = ("Nationwide said sales rose. Akhil Johri, its finance chief, said costs fell. The company said "
              "it would hire.\n")
    assert [s.speaker for s in statements.extract(person, "s") if s.cue == "said"][-1] == "Nationwide"
    body = "The Labor Department said wages rose. The company said it would hire.\n"
    assert [s.speaker for s in statements.extract(body, "s") if s.cue == "said"][-1] == "the company"
    utility = "Georgia Power Co said demand rose. The utility said it would build a plant.\n"
    assert [s.speaker for s in statements.extract(utility, "s") if s.cue == "said"][-1] == "Georgia Power Co"
    # where no business spoke before it, the business the article opens with, as a wire story does
    lead = ("Cheung Kong (Holdings) Ltd <CKGH.HK> is expecting strong results, chairman Li Ka-shing said.\n"
            "The company said dividends would rise.\n")
    assert [s.speaker for s in statements.extract(lead, "s") if s.cue == "said"][-1] == "Cheung Kong (Holdings) Ltd"
    for opening in ["WASHINGTON (AP) — Jobs grew, Li Ka-shing said.", "Li Ka-shing Holdings expects growth, Li said.",
                    "The Labor Department said wages rose."]:  # (no dateline, person or public body)
        found = statements.extract(opening + "\nThe company said dividends would rise.\n", "s")
        assert [s.speaker for s in found if s.cue == "said"][-1] == "the company", opening


def test_a_word_that_opens_the_sentence_before_a_name_is_no_part_of_it():
    text = ("As Akhil Amar, professor of constitutional law at Yale, put it, “Republicans should remember that as a "
            "rule.”\n\nMr. Amar said that a deal might be possible.\n")
    assert [s.speaker for s in statements.extract(text, "s")] == ["Akhil Amar", "Akhil Amar"]


def test_a_pronoun_whose_person_is_named_by_surname_takes_the_full_name():
    text = ("Council Speaker Melissa Mark-Viverito spoke on Monday. Mark-Viverito said the rally was peaceful. "
            "She said the city would act.\n")
    assert [s.speaker for s in statements.extract(text, "s") if s.cue == "said"] == ["Melissa Mark-Viverito"] * 2


def test_a_company_named_by_its_initials_is_the_company_named_in_full():
    text = ("Standard and Poor's Corp said it downgraded the debt. S and P said the outlook was negative. General Motors "
            "Corp said sales rose. GM said it would hire. ABC said it would air the debate.\n")
    assert [s.speaker for s in statements.extract(text, "s")] == [
        "Standard and Poor's Corp", "Standard and Poor's Corp", "General Motors Corp", "General Motors Corp", "ABC"]


def test_the_statement_is_whoever_last_spoke_in_a_statement():
    text = ("Profits fell sharply last year, the Finance Ministry said in a statement. Analysts said costs rose. "
            "The surplus will fall further, the statement said.\n\nThe statement said prices would hold.\n")
    assert [s.speaker for s in statements.extract(text, "s")] == [
        "the Finance Ministry", "analysts", "the Finance Ministry", "the Finance Ministry"]
    alone = "The statement said prices would hold.\n"
    assert [s.speaker for s in statements.extract(alone, "s")] == ["the statement"]


def test_the_noun_a_name_holds_is_that_name():
    text = ("Westpac Banking Corp said profits rose. The bank said costs fell.\n\n"
            "Last year’s FBI statistics said crime fell. The FBI said it would act.\n")
    said = [(s.speaker_text, s.speaker) for s in statements.extract(text, "s") if s.cue == "said"]
    assert said[1] == ("The bank", "Westpac Banking Corp")
    assert said[3][1] != "Last year’s FBI statistics"  # (a name, not a common noun: only a name that ends in it)


def test_the_noun_of_a_source_named_in_full_before_is_that_source():
    text = ("The U.S. Agriculture Department said wheat exports rose. The department said prices would hold.\n\n"
            "The annual report said sales fell. The report said costs rose.\n")
    said = [(s.speaker_text, s.speaker) for s in statements.extract(text, "s") if s.cue == "said"]
    assert said[:2] == [("The U.S. Agriculture Department", "the U.S. Agriculture Department"),
                        ("The department", "the U.S. Agriculture Department")]
    assert said[3][1] == "the report"  # ("the annual report" names nobody: the report stays the report)


def _rows(rows):
    return pd.DataFrame(rows, columns=["article_id", "speaker", "speaker_how", "cue", "speaker_start", "confidence"])


def test_the_corpus_pass_names_a_surname_as_its_source_does_and_drops_recurring_furniture():
    rows = [("a1", "Anna Lee", "document", "said", 1, "high"), ("a2", "Lee", "document", "said", 1, "high"),
            ("a3", "Ms. Lee", "unresolved", ":", 1, "low"), ("a4", "Dealers", "document", "said", 1, "high"),
            ("a4", "Bond Dealers", "document", "said", 9, "high")]
    rows += [(f"f{n}", "Related", "document", ":", 5, "high") for n in range(FURNITURE_ARTICLES)]
    rows += [("t1", "Wallace", "document", ":", at, "high") for at in (1, 50, 90)]
    sources = pd.Series({r[0]: "outlet" for r in rows})
    passed = corpus_pass(_rows(rows), sources)
    assert list(passed["speaker"]) == ["Anna Lee", "Anna Lee", "Anna Lee", "Dealers", "Bond Dealers",
                                       "Wallace", "Wallace", "Wallace"]
    assert list(passed["speaker_how"][:3]) == ["document", "corpus", "corpus"]
    other = corpus_pass(_rows(rows[:3]), pd.Series({"a1": "outlet", "a2": "another", "a3": "another"}))
    assert list(other["speaker"]) == ["Anna Lee", "Lee", "Ms. Lee"]  # (only the same source's names count)
    assert is_given_name("Anna") and not is_given_name("Bond")


def test_the_corpus_pass_names_a_pronouns_surname_and_reads_only_names_that_open_with_a_first_name():
    rows = [("a1", "Clayton Yeutter", "document", "said", 1, "high"),
            ("a2", "U.S. Trade Represenative Clayton Yeutter", "document", "said", 1, "high"),  # (a role misspelt)
            ("a3", "Clayton\nYeutter", "document", "said", 1, "high"),  # (wrapped over two lines)
            ("a4", "Yeutter", "document", "said", 1, "high"), ("a4", "Yeutter", "pronoun", "said", 40, "low")]
    passed = corpus_pass(_rows(rows), pd.Series({r[0]: "wire" for r in rows}))
    assert list(passed["speaker"])[3:] == ["Clayton Yeutter", "Clayton Yeutter"]
    assert list(passed["speaker_how"])[3:] == ["corpus", "pronoun"] and passed["confidence"].iloc[4] == "low"


def test_a_name_with_a_middle_initial_is_the_name_without_it_elsewhere_in_the_corpus():
    rows = [("a1", "Paul D. Ryan", "document", "said", 1, "high"), ("a2", "Ryan", "document", "said", 1, "high"),
            ("b1", "Paul Ryan", "document", "said", 1, "high"), ("b2", "George W. Bush", "document", "said", 1, "high")]
    passed = corpus_pass(_rows(rows), pd.Series({"a1": "nyt", "a2": "nyt", "b1": "ap", "b2": "ap"}))
    assert list(passed["speaker"]) == ["Paul Ryan", "Paul Ryan", "Paul Ryan", "George W. Bush"]


def test_the_corpus_pass_names_a_bare_role_as_its_source_names_its_one_holder():
    columns = ["article_id", "speaker_text", "speaker", "speaker_how", "cue", "speaker_start", "confidence"]
    rows = pd.DataFrame([(f"a{k}", "The President", "Anna Lee", "document", "said", 1, "high") for k in (1, 3, 4)] + [
                         ("a2", "the President", "the president", "unresolved", "said", 1, "low"),
                         ("b1", "The President", "Anna Lee", "document", "said", 1, "high"),
                         ("b2", "The President", "Omar Diaz", "document", "said", 1, "high"),
                         ("b3", "the president", "the president", "unresolved", "said", 1, "low")], columns=columns)
    sources = pd.Series({"a1": "A", "a2": "A", "a3": "A", "a4": "A", "b1": "B", "b2": "B", "b3": "B"})
    passed = corpus_pass(rows, sources)
    assert list(passed["speaker"])[3:] == ["Anna Lee", "Anna Lee", "Omar Diaz", "the president"]  # (B: two, none)
    assert passed["speaker_how"].iloc[3] == "corpus" and passed["confidence"].iloc[3] == "high"
    assert corpus_pass(rows.iloc[[0, 3]], sources)["speaker"].iloc[1] == "the president"  # (one article: not believed)


def test_a_speaker_is_a_person_an_organisation_a_group_or_a_role():
    for junk in ("8 election", "20 pct", "Tuesday", "What", "because we", "While Poland", "A number of the",
                 "his willingness to", "the", "An"):
        assert is_no_speaker(junk), junk
    for speaker in ("22 percent", "30 countries", "522 people", "3Com Corp", "WHO", "You all", "the president",
                    "Supporters of Clinton"):
        assert not is_no_speaker(speaker), speaker
    found = statements.extract("8 election said the talks failed. What said the plan worked.\n", "j")
    assert found and all(s.speaker is None and s.confidence == "low" for s in found)


def test_a_sentences_first_word_that_english_writes_in_lower_case_is_no_speaker():
    text = ("Hastily politicizing the tragedy ― as he did last year ― Smith cast the blame on his rivals, and "
            "emphasized the threat that “terrorism” poses to the world.\n")
    found = statements_of(text, speech_only=True)
    assert found and all(s.speaker_text == "Hastily" and s.speaker is None and s.confidence == "low" for s in found)
    # a group, and a surname the article also writes mid-sentence, are speakers all the same
    assert [s.speaker for s in statements_of("Dealers said the market was calm.\n")] == ["Dealers"]
    text = "Pate said the deal was done. Analysts doubted that Pate had the votes.\n"
    assert [s.speaker for s in statements_of(text, speech_only=True)][0] == "Pate"


def test_a_title_that_nameparser_knows_abbreviated_is_no_part_of_the_name():
    for text, speaker in [("Army Lt. Col. Craig McNab said the unit was ready.\n", "Craig McNab"),
                          ("Fr. Frank Pavone said the ruling was wrong.\n", "Frank Pavone"),
                          ("Col. Steven H. Warren said the raid had succeeded. Later Col. Warren said more raids "
                           "would follow.\n", "Steven H. Warren")]:
        found = statements_of(text, speech_only=True)
        assert found and {s.speaker for s in found} == {speaker}, text
    # a title's word that is a word of the name is kept where it has no full stop
    found = statements_of("Fernand St Germain said the bill would pass.\n", speech_only=True)
    assert [s.speaker for s in found] == ["Fernand St Germain"]


def test_a_gendered_honorific_never_names_a_registry_person_of_the_other_gender():
    def said(text):
        return [(s.speaker_text, s.speaker) for s in statements.extract(text, "g", date=pd.Timestamp("2016-08-01"))
                if s.cue == "said"]
    # the registry's "Clinton" is Hillary Clinton, and the article's only full name is hers
    assert said("Hillary Clinton spoke in Ohio. Mr. Clinton said he would leave the foundation's board.\n") == \
        [("Mr. Clinton", "Clinton")]
    both = said("Hillary Clinton spoke in Ohio. Bill Clinton was there too. Mrs. Clinton said she would win. "
                "Mr. Clinton said he would leave the board.\n")
    assert both == [("Mrs. Clinton", "Hillary Clinton"), ("Mr. Clinton", "Bill Clinton")]
    # a first name's usual gender is no proof ("Laurence" is mostly a woman's name in gender-guesser's data)
    assert said("Laurence H. Tribe spoke. Mr. Tribe said the Senate should act.\n") == [("Mr. Tribe", "Laurence H. Tribe")]


def test_i_and_we_outside_quotation_marks_are_the_writer_that_a_signature_or_a_note_on_the_writer_names():
    letters = ("Donald Trump spoke in Iowa.\n\nI believe that he will lose the race.\n\nDon Grath.\n\n"
               "I think that his voters are tired.\n\nMary J. Smith\n")
    assert [(s.speaker, s.text) for s in statements_of(letters)] == [
        ("Don Grath", "he will lose the race"), ("Mary J. Smith", "his voters are tired")]
    column = ("Bernie Sanders spoke in Iowa.\n\nI believe that he will win the race.\n\n"
              "Rep. Raul Grijalva, D-Ariz., was an early backer of Bernie Sanders.\n")
    assert [s.speaker for s in statements_of(column)] == ["Raul Grijalva"]
    reporter = "I asked Bernie Sanders about it. I think that he was joking.\n\nGaudiano is a Washington-based reporter.\n"
    assert {s.speaker for s in statements_of(reporter) if s.speaker_text == "I"} == {"Gaudiano"}
    # (whom the article is about is no writer: a last paragraph on Sanders, who is named before it, says nothing of one)
    news = "Bernie Sanders spoke in Iowa.\n\nI believe that he will win the race.\n\nSanders is a senator from Vermont.\n"
    assert [s.speaker for s in statements_of(news)] == [None]


def test_i_and_we_outside_quotation_marks_are_the_writers_not_the_last_person_named():
    # (a column or a letter: its writer is named nowhere, so the speaker is left unresolved)
    found = statements_of("“We are ready,” Bernie Sanders said in Iowa on Monday.\n\n"
                          "I believe that he will lose the race, and we know that his voters are tired.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("Bernie Sanders", "We are ready"), (None, "he will lose the race"), (None, "his voters are tired")]
    # inside a quotation, and after a mark the quotations left unpaired, "I" is still the person quoted
    found = statements_of("“I believe that we will win,” Sanders said.\n\n"
                          "Bernie Sanders spoke in Iowa. ” … what I learned is that we will win.\n")
    assert [s.speaker for s in found] == ["Bernie Sanders", "Bernie Sanders"]
    # and in a transcript the turn's
    found = statements_of("SANDERS: I believe that we will win.\n\nTRUMP: I think that he will lose.\n")
    assert [s.speaker for s in found] == ["Sanders", "Donald Trump"]


def test_a_document_its_owner_names_is_the_owners_words_and_so_is_its_noun_after_it():
    found = statements_of("A 2014 Labor Department study found that wages fell. The study said prices rose.\n\n"
                          "USA TODAY’s reporting indicated that the deal collapsed.\n\n"
                          "The French statement said the ship was a platform. Today’s data showed that reserves fell.\n\n"
                          "Its report said the economy grew. The council’s study found that rents rose.\n")
    assert [s.speaker for s in found if s.parent is None] == [
        "Labor Department", "Labor Department", "USA TODAY",
        # (a single capitalised word may be an adjective; a time, a pronoun or a description names nobody)
        "the French statement", "Today’s data", "its report", "the council’s study"]


def test_a_document_named_with_its_author_is_the_authors_words_and_so_are_its_noun_and_name_after_it():
    found = statements_of("Iron ore imports will fall by 2000, a report by Ocean Shipping Consultants said.\n\n"
                          "The report predicts that imports will reach 267 mln tonnes. It estimates that demand will fall.\n\n"
                          "Kleinwort's latest World Oil Report said output should rise.\n\n"
                          "The report said prices were stable. It said demand was weak.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("Ocean Shipping Consultants", "Iron ore imports will fall by 2000"),
        ("Ocean Shipping Consultants", "imports will reach 267 mln tonnes"),
        ("Ocean Shipping Consultants", "demand will fall"), ("Kleinwort", "output should rise"),
        ("Kleinwort", "prices were stable"), ("Kleinwort", "demand was weak")]


def test_he_or_she_is_the_one_person_of_that_gender_a_sentence_names_as_a_subject_since_the_speaker():
    text = ("Melanne Verveer, a friend of Mrs. Clinton, said, “Who does she think she is?”\n\n"
            "It was with that same grit that Mrs. Clinton picked herself up after a defeat by Mr. Obama, when she "
            "assured a crowd that they had made 18 million cracks.\n")
    assert [s.speaker for s in statements_of(text)][-1] == "Hillary Clinton"
    # (the sentence before, when the pronoun opens its own; but not a person after a preposition)
    text = ("“We are ready,” Volodymyr Zelenskyy said. For his part, António Costa reaffirmed readiness to help. "
            "He noted that his country could rebuild schools.\n\n"
            "“We are ready,” Volodymyr Zelenskyy said. A conversation with Turkish President Recep Tayyip Erdoğan "
            "is also planned. He noted that the ministry had sent a request.\n")
    assert [s.speaker for s in statements_of(text) if s.kind == "indirect"] == ["António Costa", "Volodymyr Zelenskyy"]


def test_a_name_whose_apposition_names_a_person_opens_a_sentence_as_a_person_though_no_list_holds_its_first_name():
    text = ("“We have a common enemy,” Burton told state delegates recently.\n\n"
            "Naureen Jahangir, a Sanders supporter from Hemet, California, is among those who say they have no "
            "intention of backing Clinton.\n\nChoosing between Clinton and Sanders is a “false choice,” she said.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "said" and s.parent is None] == ["Naureen Jahangir"]


def test_a_role_with_a_describing_word_in_lower_case_is_the_one_holder_of_that_role():
    text = ("Former Texas Gov. Rick Perry announced his endorsement of Sen. Ted Cruz on Sunday.\n\n"
            "The former three-term governor said that Cruz would get along with Congress.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "said"] == ["Rick Perry"]
    # (not a role that serves another: "the adviser to the President" is not the president)
    text = ("Andriy Yermak, adviser to President Volodymyr Zelenskyy, spoke to Newsweek.\n\n"
            "The adviser to the President emphasizes that Russia planned the blockade.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "emphasizes"] == ["The adviser to the President"]


def test_a_word_in_s_after_an_adjective_of_a_people_is_a_noun_not_a_verb():
    assert not is_clause("the blockade of Ukrainian seaports")
    assert not is_clause("the European aspirations of Ukraine and active participation of Turkish companies")
    # (a name, a first name or a verb in -ed still make a clause)
    assert is_clause("the war in Ukraine continues") and is_clause("Brian says the deal is off")
    assert is_clause("talks with Moscow failed")


def test_a_pronoun_is_the_speaker_named_nearest_before_it_not_the_one_found_last():
    text = ("After Glenn Beck asked the conservative who he thought would win the presidency, D’Souza replied, "
            "“If I had to bet now, I would bet on Hillary.”\n\n"
            "“We should never confuse who we want to win with who is going to win,” he added.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "added"] == ["D’Souza"]


def test_a_speaker_is_the_persons_name_without_the_role_or_description_before_it():
    from analysis.attribution.entities import _name_without_description as without
    assert [without(s) for s in ("Reserve Bank governor Gerhard de Kock", "81-year-old Parker Eaton", "Congressman Chris Collins",
                                 "Breitbart News’ Michael Patrick Leahy", "Cabinet Affairs Minister Rashid al-Rashid")] == [
        "Gerhard de Kock", "Parker Eaton", "Chris Collins", "Michael Patrick Leahy", "Rashid al-Rashid"]
    # (but not a name of three, a name after a particle, a body, or a name tied to another person)
    kept = ("Mary Kay Henry", "Herman De Croo", "Mansoor bin Ebrahim Al-Mahmoud", "the Orlando Sentinel", "Chief Justice Roberts",
            "the former top aide to President George W. Bush", "Zeliff and 24-year-old Tom Giancola")
    assert [without(s) for s in kept] == list(kept)


def test_a_surname_with_the_body_the_person_works_for_is_the_full_name():
    text = ("Steven Bell, an economist at Morgan Grenfell, said rates would rise. "
            "Morgan Grenfell's Bell said the pound would fall.\n"
            "Larry Makovich, an analyst at Data Resources Inc, said demand would rise. "
            "Makovich of DRI said prices would fall.\n")
    assert [s.speaker for s in statements_of(text)] == ["Steven Bell"] * 2 + ["Larry Makovich"] * 2


def test_a_middle_initial_a_is_no_article_in_a_name():
    text = "William A. Ackman spoke on Monday. Ackman said the fund would recover.\n"
    assert [s.speaker for s in statements_of(text)] == ["William A. Ackman"]
    text = "Gencorp chairman A. William Reynolds wrote a letter. Reynolds said the offer was low.\n"
    assert [s.speaker for s in statements_of(text)] == ["A. William Reynolds"]


def test_what_was_done_with_a_document_is_no_part_of_its_name():
    text = ("A court document filed on Tuesday said the company knew of the risk.\n"
            "A Government Accountability Office report released on Monday said the program had grown.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "said"] == ["a court document", "Government Accountability Office"]


def test_a_suffix_after_a_surname_is_no_surname():
    text = "C. Stewart Verdery Jr. spoke on Monday. Verdery said the screening had failed.\n"
    assert [s.speaker for s in statements_of(text)] == ["C. Stewart Verdery Jr."]
    # the name with a suffix is another person where the name without it stands too: the surname alone is
    # either of them
    text = ("Rep. Duncan Hunter backed Trump. His father, Duncan Hunter Sr., served before him.\n"
            "Hunter said Trump was a leader.\n")
    assert [s.speaker for s in statements_of(text) if s.cue == "said"] == ["Hunter"]


def test_a_title_written_out_before_a_surname_is_the_full_name_the_article_gives():
    text = "Rep. Morris J. Brooks Jr. spoke on Monday. Representative Brooks said the bill was bad.\n"
    assert [s.speaker for s in statements_of(text)] == ["Morris J. Brooks Jr."]
    text = "Richard Alba, a sociologist, wrote a book. Professor Alba said immigrants do well.\n"
    assert [s.speaker for s in statements_of(text) if s.cue == "said"] == ["Richard Alba"]


def test_a_role_named_with_its_body_in_full_is_the_one_person_the_article_named_with_the_shorter_role():
    text = ("Kyrylo Tymoshenko met with Secretary General of the Congress Andreas Kiefer. The Secretary General of the "
            "Congress of Local and Regional Authorities of the Council of Europe noted that he had discussed the schools.\n")
    found = statements_of(text, date=pd.Timestamp("2022-06-01"), speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [("Andreas Kiefer", "he had discussed the schools")]
