import pandas as pd
import pytest

from analysis import corpus, statements
from analysis.attribution import document, reported, speakers, subjects
from conftest import SAMPLE, shared

# Every direct quote of the sample article: (start of the quote, speaker, speaker mention, cue).
SAMPLE_DIRECT = [
    ("If it wasn’t, I would say so now", "Donald Trump", "Trump", "adding"),
    ("Russia and Ukraine will immediately start negotiations", "Donald Trump", "the US president", "stated"),
    ("There is a tremendous opportunity for Russia", "Donald Trump", "Trump", "wrote"),
    ("Let the process begin!", "Donald Trump", "Trump", "wrote"),
    ("In general, Russia’s position is clear.", "Vladimir Putin", "Putin", "stated"),
    ("I do.", "Donald Trump", "Trump", "replied"),
    ("I do.", "Donald Trump", "Trump", "said"),
    ("I think some progress has been made", "Donald Trump", "Trump", "stated"),
    ("We also spoke to the heads of most of the European nations", "Donald Trump", "he", "added"),
    ("Because I think there’s a chance of getting something done", "Donald Trump", "Trump", "said"),
    ("But there could be a time where that’s going to happen", "Donald Trump", "he", "added"),
    ("I tell you, big egos involved", "Donald Trump", "Trump", "stressed"),
]

# Reported speech in the sample: (start of the content, speaker, speaker mention, cue).
SAMPLE_INDIRECT = [
    ("the conversation with his Russian counterpart", "Donald Trump", "US President Donald Trump", "stated"),
    ("the tone and spirit of the conversation were", "Donald Trump", "Trump", "wrote"),
    ("Russia “wants to do large-scale TRADE” with the US", "Donald Trump", "Trump", "claimed"),
    ("the potential settlement of the conflict would help Ukraine", "Donald Trump", "Trump", "adding"),
    ("“immediately after the call” with Putin, he spoke", "Donald Trump", "The US president", "added"),
    ("he thanked Trump for", "Vladimir Putin", "the Russian president", "said"),
    ("Moscow is ready to work with Kiev on a memorandum", "Vladimir Putin", "Putin", "added"),
    ("he trusts Putin, will not sanction Russia", "Donald Trump", "Trump", "told"),
    ("the US remains in contact with Europe", "Donald Trump", "Trump", "noted"),
    ("The US will not impose further sanctions against Russia", "Donald Trump", "he", "told"),
    ("he would abandon efforts to end Russia’s war", "Donald Trump", "Trump", "reiterated"),
]

SAMPLE_PARTIAL = [
    ("went very well", "Donald Trump"),
    ("immediately", "Donald Trump"),  # closed by a mismatched straight mark: “immediately"
    ("excellent", "Donald Trump"),
    ("wants to do large-scale TRADE", "Donald Trump"),
    ("a great beneficiary", "Donald Trump"),
    ("immediately after the call", "Donald Trump"),
    ("frank", "Vladimir Putin"),
    ("quite useful.", "Vladimir Putin"),
    ("US support in resuming direct negotiations", "Vladimir Putin"),
    ("because there’s a chance", "Donald Trump"),
]


@pytest.fixture(scope="module")
def sample():
    articles, _ = corpus.load_corpus(SAMPLE)
    article = articles[0]
    return article, statements.article_statements(article)


def _find(found, kind, prefix):
    return [s for s in found if s.kind == kind and s.text.startswith(prefix)]


@pytest.mark.parametrize("prefix, speaker, mention, cue", SAMPLE_DIRECT)
def test_every_direct_quote_of_the_sample_has_its_speaker(sample, prefix, speaker, mention, cue):
    _, found = sample
    matches = [s for s in _find(found, "direct", prefix) if s.cue == cue]
    assert matches, f"direct quote {prefix!r} not found"
    assert all(s.speaker == speaker and s.speaker_text == mention for s in matches)


def test_the_sample_has_exactly_its_direct_quotes(sample):
    _, found = sample
    assert len([s for s in found if s.kind == "direct"]) == len(SAMPLE_DIRECT)


@pytest.mark.parametrize("prefix, speaker, mention, cue", SAMPLE_INDIRECT)
def test_reported_speech_of_the_sample_is_found(sample, prefix, speaker, mention, cue):
    _, found = sample
    matches = _find(found, "indirect", prefix)
    assert len(matches) == 1, f"reported speech {prefix!r} found {len(matches)} times"
    assert (matches[0].speaker, matches[0].speaker_text, matches[0].cue) == (speaker, mention, cue)


def test_the_sample_has_exactly_its_reported_speech(sample):
    _, found = sample
    top_level = [s for s in found if s.kind == "indirect" and s.parent is None]
    assert len(top_level) == len(SAMPLE_INDIRECT)  # no question is a statement


def test_a_report_inside_a_report_of_the_same_speaker_names_its_parent(sample):
    """"the Russian president said that he thanked Trump for ..." is Putin's statement once for
    stance; "he thanked Trump for ..." is kept as a statement of its own under it."""
    _, found = sample
    by_id = {s.statement_id: s for s in found}
    thanked = next(s for s in found if s.cue == "thanked")
    outer = by_id[thanked.parent]
    assert (thanked.speaker, outer.speaker, outer.cue) == ("Vladimir Putin", "Vladimir Putin", "said")
    assert outer.start <= thanked.start and thanked.end <= outer.end


def test_a_report_of_someone_else_inside_a_report_stands_alone_second_hand():
    found = statements.extract("Trump said that Putin thanked him for the talks.", "a")
    said = next(s for s in found if s.cue == "said")
    thanked = next(s for s in found if s.cue == "thanked")
    assert thanked.speaker == "Vladimir Putin" and thanked.parent is None
    assert thanked.via == said.statement_id and said.via is None  # reported by Trump, not said to us


def test_only_statements_inside_another_speakers_words_are_second_hand():
    found = statements.extract("Putin said he thanked Trump. Trump said it was a good call. Macron agreed that "
                               "talks would go on.\n", "a")
    assert [(s.cue, s.parent is not None, s.via is not None) for s in found if s.kind != "partial"] == [
        ("said", False, False), ("thanked", True, False), ("said", False, False), ("agreed", False, False)]


@pytest.mark.parametrize("text, speaker", SAMPLE_PARTIAL)
def test_partial_quotes_of_the_sample(sample, text, speaker):
    _, found = sample
    matches = [s for s in found if s.kind == "partial" and s.text.startswith(text)]
    assert matches and all(s.speaker == speaker for s in matches)


def test_partial_quotes_inside_reported_speech_name_their_parent(sample):
    _, found = sample
    by_id = {s.statement_id: s for s in found}
    excellent = next(s for s in found if s.kind == "partial" and s.text == "excellent")
    parent = by_id[excellent.parent]
    assert parent.kind == "indirect" and parent.start <= excellent.start and excellent.end <= parent.end
    frank = next(s for s in found if s.text == "frank")
    assert frank.parent is None  # a passive attribution has no reported-speech parent


def test_every_offset_slices_back_to_its_words(sample):
    article, found = sample
    raw = article.text
    assert len(found) > 30
    for s in found:
        assert raw[s.start : s.end] == s.text
        assert raw[s.speaker_start : s.speaker_end] == s.speaker_text
        assert raw[s.cue_start : s.cue_end] == s.cue
        assert not s.text.startswith(("“", '"')) or s.kind == "indirect"


def test_teaser_headlines_are_flagged_and_never_attributed(sample):
    article, found = sample
    teasers = [(s, e) for s, e, reason in article.boilerplate if reason == "teaser"]
    assert len(teasers) == 6
    assert all(article.text[e - 1] == "…" for _, e in teasers)
    first_teaser = min(s for s, _ in teasers)
    assert all(s.end <= first_teaser for s in found)
    assert not [s for s in found if "Pezeshkian" in (s.speaker or "") or "IRGC" in (s.speaker or "")]


def _one(text, **kwargs):
    return statements.extract(text, "t", **kwargs)


def test_straight_quotes_and_said_after_the_speaker_name():
    text = '"We will not back down," said Volodymyr Zelenskyy. "Never."\n'
    found = _one(text)
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("direct", "We will not back down Never.", "Volodymyr Zelenskyy"),
    ]
    assert [text[a:b] for a, b in found[0].parts] == ["We will not back down", "Never."]


def test_an_interrupted_quote_is_one_statement_with_its_parts():
    text = "“A great day,” Putin said, “for all of us.”\n"
    (statement,) = _one(text)
    assert statement.text == "A great day for all of us."
    assert statement.parts == [[1, 12], [text.index("for"), text.index(".”") + 1]]
    assert text[statement.start : statement.end] == "A great day,” Putin said, “for all of us."


def test_a_quote_running_over_paragraphs_is_one_statement():
    text = "Putin said: “First paragraph.\n“Second paragraph.\n“Last one.”\nZelenskyy said talks are over.\n"
    found = _one(text)
    assert found[0].kind == "direct" and found[0].speaker == "Vladimir Putin"
    assert [text[a:b] for a, b in found[0].parts] == ["First paragraph.", "Second paragraph.", "Last one."]
    assert found[1].speaker == "Volodymyr Zelenskyy" and found[1].kind == "indirect"


def test_colon_introduced_quote():
    found = _one("Putin said: “Our position is clear.”\n")
    assert [(s.kind, s.text, s.speaker, s.cue) for s in found] == [
        ("direct", "Our position is clear.", "Vladimir Putin", "said")
    ]


def test_according_to_at_the_start_and_at_the_end():
    found = _one("According to a senior official, the talks will resume in Geneva.\n"
                 "The ceasefire has collapsed, according to the Kremlin.\n")
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("indirect", "the talks will resume in Geneva", "a senior official"),
        ("indirect", "The ceasefire has collapsed", "Kremlin"),
    ]


def test_unknown_speaker_keeps_the_name_as_written():
    found = _one("“The vote was rigged,” Jane Doe told reporters.\n")
    assert found[0].speaker == "Jane Doe" and found[0].speaker_text == "Jane Doe"


def test_she_resolves_to_the_nearest_earlier_female_speaker():
    text = ("Ursula von der Leyen said Europe stands with Kyiv.\n"
            "Donald Trump said the deal was close.\n"
            "“We will not waver,” she added.\n")
    found = _one(text)
    assert found[-1].speaker == "Ursula von der Leyen" and found[-1].speaker_text == "she"


def test_roles_resolve_by_the_article_date():
    import pandas as pd

    text = "“Sanctions will follow,” the US president said.\n"
    in_2022 = _one(text, date=pd.Timestamp("2022-03-01", tz="UTC"))
    in_2025 = _one(text, date=pd.Timestamp("2025-05-19", tz="UTC"))
    undated = _one(text)
    assert in_2022[0].speaker == "Joe Biden"
    assert in_2025[0].speaker == "Donald Trump"
    assert undated[0].speaker == "the US president"  # ambiguous without a date: kept as written


def test_unbalanced_quote_marks_do_not_lose_the_rest_of_the_paragraph():
    text = "It was all “a farce. “We are ready,” Putin said.\n"
    found = _one(text)
    assert [(s.kind, s.text, s.speaker) for s in found] == [("direct", "We are ready", "Vladimir Putin")]


def test_a_closing_mark_typed_to_open_a_quotation():
    found = _one("”Mr. Trump embodies the legacy of racism.” ― Sonya Herridge\n")
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("direct", "Mr. Trump embodies the legacy of racism.", "Sonya Herridge")]


def test_a_passive_announcement_is_not_reported_speech():
    assert _one("The call, initially announced by Trump on Saturday, lasted two hours.\n") == []


def test_statement_records_have_the_documented_columns_and_context(sample):
    article, _ = sample
    records = statements.statement_records(article)
    assert len(records) > 30
    assert all(list(r) == statements.STATEMENT_COLUMNS + ["context"] for r in records)
    assert len({r["statement_id"] for r in records}) == len(records)
    for r in records:
        assert r["text"][:20] in r["context"]  # the surrounding text holds the statement


def test_typewriter_quote_marks_and_abbreviated_titles():
    text = "Leonard E. Burman spoke first.\n''There's a lot of new complexity,'' said Mr. Burman.\n"
    (statement,) = _one(text)
    assert statement.text == "There's a lot of new complexity"
    assert statement.speaker_text == "Mr. Burman"
    assert statement.speaker == "Leonard E. Burman"  # the fullest name the article gives


def test_a_typewriter_quotation_closing_over_a_quotation_inside_it():
    text = "''They say, 'Go back to your country,''' said Mr. Regalado.\n"
    (statement,) = _one(text)
    assert statement.kind == "direct" and statement.speaker_text == "Mr. Regalado"
    assert statement.text.startswith("They say, 'Go back to your country")


def test_party_tags_stay_in_the_mention_but_not_in_the_name():
    (statement,) = _one("“Fine,” Sen. Lindsey Graham (R-S.C.) said.\n")
    assert statement.speaker_text == "Sen. Lindsey Graham (R-S.C.)"
    assert statement.speaker == "Lindsey Graham"


def test_dash_credit_after_a_quote():
    (statement,) = _one("“He is ignorant of our culture.” ― Pamela Padilla\n")
    assert (statement.kind, statement.speaker, statement.cue) == ("direct", "Pamela Padilla", "―")


def test_transcript_labels_open_turns():
    text = ("Vladimir Putin: Good afternoon, colleagues. We will discuss the economy. WALLACE: Thank you, sir.\n"
            "WALLACE: One more question.\nCORRECTION: An earlier version misspelled a name.\n")
    found = _one(text)
    assert [(s.kind, s.speaker, s.cue, s.text) for s in found] == [
        ("direct", "Vladimir Putin", ":", "Good afternoon, colleagues"),  # one statement per sentence of a turn
        ("direct", "Vladimir Putin", ":", "We will discuss the economy"),
        ("direct", "Wallace", ":", "Thank you, sir"),
        ("direct", "Wallace", ":", "One more question"),
    ]  # a one-off "CORRECTION:" heading is no speaker


def test_who_resolves_to_the_name_before_it():
    found = _one("Donald Trump, who said the election was rigged, spoke in Ohio.\n")
    assert found and found[0].speaker_text == "who" and found[0].speaker == "Donald Trump"


def test_apposition_between_speaker_and_verb():
    found = _one("Leonard E. Burman, director of the Tax Policy Center, said the plan was fiscally responsible.\n")
    assert found[0].speaker == "Leonard E. Burman" and found[0].text == "the plan was fiscally responsible"


def test_titles_tags_and_appositions_around_a_name():
    found = _one("“Subpoenas are not optional,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.\n"
                 "“They would get it,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.\n"
                 "However, Rep. Stephen Lynch (D-Mass.) said the law does not require it.\n")
    assert [s.speaker for s in found] == ["Jason Chaffetz", "Jim Jordan", "Stephen Lynch"]


def test_hard_wrapped_wire_copy_is_read_by_paragraph():
    text = ("    Comissaria Smith said in its weekly review that showers\n"
            "continued throughout the week in the Bahia cocoa zone and\n"
            "improved prospects for the coming harvest.\n"
            "    The dry period means the harvest will be late this year.\n")
    (statement,) = _one(text)
    assert statement.speaker == "Comissaria Smith"
    assert statement.text.startswith("showers\ncontinued") and statement.text.endswith("coming harvest")


def test_passive_naming_is_not_reported_speech():
    assert _one("The venture will be called BP Standard Financial Trading and will start in May.\n") == []


def test_a_place_between_cue_and_that_and_a_bare_group_as_source():
    found = _one("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.\n"
                 "According to exit polls, Romney had a ten-point lead among high earners.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("Hillary Clinton", "it means Trump never paid"),  # the registry knows "Clinton"
        ("exit polls", "Romney had a ten-point lead among high earners"),
    ]


ATTRIBUTIONS = [
    # (text, speaker as written, content): one statement each, hanging on that mention
    ("Jeb Bush endorsed Cruz on Wednesday.\n", "Jeb Bush", "Cruz"),  # a stance verb's object, however short
    ("Most voters think Clinton is dishonest.\n", "Most voters", "Clinton is dishonest"),  # base form, plural subject
    ("He didn't mention his own role in the deal.\n", "He", "his own role in the deal"),  # base form after did
    ("Sanders, meanwhile, who sits at zero endorsements, said the fact speaks volumes.\n", "Sanders",
     "the fact speaks volumes"),  # an aside and an apposition between subject and verb
    ("Jason Sims — a teacher from Mount Pleasant — says he will vote for Rubio.\n", "Jason Sims",
     "he will vote for Rubio"),  # a dash apposition
    ("She lost the Oregon primary, according to complete but unofficial returns.\n",
     "complete but unofficial returns", "She lost the Oregon primary"),  # any source after "according to"
    ("The deal, according to the Sanders aide, is that Clinton cheated.\n", "the Sanders aide",
     "The deal is that Clinton cheated"),  # "according to" in mid-sentence: content around it
    ("But despite the math, some Democrats are concerned that the tactics could divide the party.\n",
     "some Democrats", "the tactics could divide the party"),  # a belief adjective after "are"
    ("The surge does not surprise pollster Daron Shaw: “Lesser-known candidates often win early.”\n",
     "Daron Shaw", "Lesser-known candidates often win early."),  # a quotation after a colon
    ("The Koch network, which backed Cruz in the primary, met donors.\n", "which", "Cruz in the primary"),
    ("The FDIC declined to comment.\n", "The FDIC", "to comment"),  # an infinitive is content
    ("Obama condemned Friday's test.\n", "Obama", "Friday's test"),  # a weekday's event is no time adjunct
    ("Trump said Monday the deal was bad.\n", "Trump", "the deal was bad"),  # a time right after the cue
    ("Mr. Trump struck a measured tone, saying he understood the responsibility.\n", "Mr. Trump",
     "he understood the responsibility"),  # a participle hangs on the clause's subject
    ("This campaign, he says, is different from the last one.\n", "he",
     "This campaign is different from the last one"),  # an attribution set off inside its sentence
    ("Some said they have cringed at the comparison.\n", "Some", "they have cringed at the comparison"),
    ("Thirty percent said the economy is their main worry.\n", "Thirty percent", "the economy is their main worry"),
    ("Trump demands accountability, yet refuses to release his tax records.\n", "Trump",
     "to release his tax records"),  # a second verb after "yet"
    ("He appeared to suggest that veterans are weak.\n", "He", "veterans are weak"),
    ("Mr. Trump has attacked loopholes that benefit others.\n", "Mr. Trump",
     "loopholes that benefit others"),  # a stance verb's object keeps its relative clause
    ("Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.\n", "Johnnie Wilson",
     "he had fought in Vietnam"),  # where the speaker is from, between name and verb
    ("Obama has a frosty relationship with McConnell, who in 2010 said the goal was to make Obama a one-term president.\n", "who",
     "the goal was to make Obama a one-term president"),  # a time phrase before the verb
    ("Another critic, Laurence H. Tribe, likened the rules to burning the Constitution.\n", "Laurence H. Tribe",
     "the rules to burning the Constitution"),  # the name in the apposition, not the role before it
    ("The requirement is a lawful source of income, as a Homeland Security memo put it.\n",
     "a Homeland Security memo", "The requirement is a lawful source of income"),
    ("Cruz has long said that he qualifies as a natural-born citizen.\n", "Cruz",
     "he qualifies as a natural-born citizen"),
    ("Vice President Joseph R. Biden Jr. said the remarks made him a danger to allies.\n",
     "Vice President Joseph R. Biden Jr.", "the remarks made him a danger to allies"),
    ("Sen. Dianne Feinstein (D-Calif.) last week said Clinton sent no secret email.\n",
     "Sen. Dianne Feinstein (D-Calif.)", "Clinton sent no secret email"),
    ("Voters who want change said they would stay home.\n", "Voters", "they would stay home"),
    ("Mike Morrell, a CIA veteran who retired as acting director in 2013, said the approach is insufficient.\n",
     "Mike Morrell", "the approach is insufficient"),
    ("Democrats went further, with former Maryland Gov. Martin O’Malley calling Trump a fascist.\n",
     "Maryland Gov. Martin O’Malley", "Trump a fascist"),  # "with" and a participle; no sentence ends at "Gov."
    ("On Saturday, Trump issued a statement saying that Scalia was a brilliant justice.\n", "Trump",
     "Scalia was a brilliant justice"),  # a document and a participle: the clause's subject speaks
    ("Shortly after the call, Rubio’s campaign sent a release saying Murphy owes Florida an explanation.\n",
     "Rubio’s campaign", "Murphy owes Florida an explanation"),
    ("Clinton disputed it, but says that in retrospect she would decide otherwise.\n", "Clinton",
     "in retrospect she would decide otherwise"),  # a clause after "that" may open with a preposition
    ("Six in 10 say he is at least somewhat decisive.\n", "Six in 10", "he is at least somewhat decisive"),
    ("Hillary Clinton is calling for the United States to step up its efforts.\n", "Hillary Clinton",
     "the United States to step up its efforts"),  # "is calling for" is no passive
    ("United Gun Group said in a statement Thursday night they pulled the listing.\n", "United Gun Group",
     "they pulled the listing"),  # a medium and a time after the cue are no content
    ("On the campaign trail, Cruz describes himself as a consistent conservative.\n", "Cruz",
     "himself as a consistent conservative"),  # a reflexive object with "as" is a view
    ("On Thursday, after remaining neutral, Warren appeared on MSNBC and officially endorsed Clinton.\n", "Warren",
     "Clinton"),  # the subject past two opening phrases
    ("The survey, conducted by the Public Policy Institute, finds Clinton with a small lead.\n", "The survey",
     "Clinton with a small lead"),  # only speech verbs take their speaker after them
    ("Clinton Hid Past Health Problems From Public, Former White House Doctor Says.\n",
     "Former White House Doctor", "Clinton Hid Past Health Problems From Public"),  # a title-case headline
    ("Cornyn said this was the only chance to pass a measure.\n", "Cornyn",
     "this was the only chance to pass a measure"),  # "this" opens a time only before one
    ("Cornyn said that was bad for the party.\n", "Cornyn", "that was bad for the party"),  # "that" as subject
    ("Jeff Flake said he would.\n", "Jeff Flake", "he would"),  # two words are content enough
    ("Neither Republicans nor Democrats know which nominee that helps.\n", "Neither Republicans nor Democrats",
     "which nominee that helps"),  # a question word keeps its "that"
    ("In the new Post-ABC poll, the mogul wins about 1 in 3 GOP primary voters.\n", "the new Post-ABC poll",
     "the mogul wins about 1 in 3 GOP primary voters"),  # a finding of the poll that opens the sentence
    ("Davis made it clear that she did not view the comment in isolation.\n", "Davis",
     "she did not view the comment in isolation"),
    ("Police received 911 calls saying shots had been fired inside the center.\n", "911 calls",
     "shots had been fired inside the center"),  # what calls or polls say is theirs
    ("Despite polls showing her well behind, Clinton campaigned on.\n", "polls", "her well behind"),
    ("All those reviews came back clear, and the F.B.I. has said it had no information.\n", "the F.B.I.",
     "it had no information"),  # an abbreviation with stops before the verb
    ("Tom Emanuel stood at a Bush event here to say he was leaning toward Trump.\n", "Tom Emanuel",
     "he was leaning toward Trump"),  # an infinitive of purpose belongs to the clause's subject
    ("Jeffrey Salkin, a Hollywood, Fla., rabbi, said he was alarmed.\n", "Jeffrey Salkin",
     "he was alarmed"),  # a place with its state inside an apposition
    ("Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote.\n",
     "Senator John Cornyn of Texas", "the chamber will vote"),  # "No." before a number ends no sentence
    ("The firm lobbied on gaming, said lobbyist and GOP strategist Charlie Black, a former partner.\n",
     "lobbyist and GOP strategist Charlie Black", "The firm lobbied on gaming"),
    ("Defending that terrain is within his wheelhouse, said a handful of Democrats who point to his record.\n",
     "a handful of Democrats", "Defending that terrain is within his wheelhouse"),
    ("Donors think that whoever ends up as the last candidate will gain.\n", "Donors",
     "whoever ends up as the last candidate will gain"),  # a view is a clause, not an object
    ("Bill Clinton has been very worked up about it, said a source close to the campaign.\n", "a source",
     "Bill Clinton has been very worked up about it"),  # an anonymous source and where it stands
    ("One delegate, Kelly Schmidt, told POLITICO she was leaning toward Cruz.\n", "Kelly Schmidt",
     "she was leaning toward Cruz"),  # a short clause after a named addressee
    ("Through real-time analytics, reporters and editors know how many people read their work.\n",
     "reporters and editors", "how many people read their work"),  # plural nouns for people
    ("But Sen. Chris Murphy (a Democrat so boyish he has been mistaken for a staffer) says he was unfocused.\n",
     "Sen. Chris Murphy", "he was unfocused"),  # a long aside in brackets after the name
    ("Both leaders have reasons. But few believe their relationship can last.\n", "few",
     "their relationship can last"),  # a quantifier opening a clause after "But"
    ("But a super PAC supporting Mrs. Clinton's candidacy may start running ads.\n", "a super PAC",
     "Mrs. Clinton's candidacy"),  # backing is the stance of what backs: the object alone
    ("Reince Priebus, the GOP chairman, this past week announced the creation of a website.\n", "Reince Priebus",
     "the creation of a website"),
    ("The state officials whose laws have been invalidated say the courts have changed.\n", "The state officials",
     "the courts have changed"),  # a restrictive "whose" clause between subject and verb
    ("Rep. Hank Johnson (D-Ga.) said in ‘08 that white voters changed their minds.\n", "Rep. Hank Johnson (D-Ga.)",
     "white voters changed their minds"),
    ("This year, an average of recent polls shows Clinton leading Trump among Hispanic voters.\n",
     "an average of recent polls", "Clinton leading Trump among Hispanic voters"),  # the head before "of"
    ("Donald Trump's highly personal attacks on a federal judge overseeing the case have set off alarm.\n",
     "Donald Trump", "a federal judge overseeing the case"),  # a stance noun with its owner and object
    ("Mr. Ryan's criticism of the Fed was muted.\n", "Mr. Ryan", "the Fed"),
]


@pytest.mark.parametrize("text, mention, content", ATTRIBUTIONS)
def test_attribution_forms(text, mention, content):
    found = [s for s in _one(text) if s.parent is None]  # a nested report of the same speaker names its parent
    assert [(s.speaker_text, s.text) for s in found] == [(mention, content)]


NO_REPORTS = [
    "Republican candidates face bigger questions about the budget this year.\n",  # cue forms that are nouns
    "The Russian state support was strong.\n",
    "Concerned citizens met on Monday to discuss the plan.\n",  # a state adjective without "be"
    "Fox News found itself playing host to those candidates night after night.\n",  # a reflexive object
    "Washington backed out of the deal.\n",  # phrasal verbs
    "Reagan went on to win in a landslide.\n",
    "Its approval rating has declined slightly from 58 percent.\n",  # a refusal without an object
    "The terrorist attacks in Paris changed the race.\n",  # noun-like cues after a common noun
    "The campaign emails reached donors.\n",
    "It is ill-matched to the momentous challenges posed by a divided nation.\n",  # (after an adjective)
    "Trump was quickly called a liar.\n",  # a passive, past an adverb
    "He is the organizer of a group called Citizens for Trump.\n",  # a name given to a thing
    "It has the second-highest number of pledged delegates.\n",
    "He took 6 percent in a Washington Post-ABC News poll released Sunday.\n",  # a document that was released
    "In the fast-fading world of Bush-era figures, the mood was grim.\n",  # no poll opens it
]


@pytest.mark.parametrize("text", NO_REPORTS)
def test_no_report(text):
    assert _one(text) == []


def test_a_relative_pronoun_speaker_resolves_to_the_noun_before_it():
    found = _one("The Koch network, which backed Cruz in the primary, met donors.\n")
    assert found[0].speaker == "The Koch network"


def test_the_speaker_clause_after_said_is_not_taken_for_a_speaker():
    found = _one("Sanders, meanwhile, said that fact speaks volumes.\n")
    assert [s.speaker_text for s in found] == ["Sanders"]


def test_the_head_of_a_speaker_phrase_names_the_speaker():
    found = _one("Kremlin spokesman Dmitry Peskov said the talks went well.\n")
    assert [(s.speaker, s.speaker_text) for s in found] == [("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")]


def test_a_name_after_the_verb_is_the_speaker_even_after_a_long_clause():
    found = _one("In a year when arguments against big government resonate with voters, candidates have more "
                 "room to walk away from the program, said Steve Grubbs, an Iowa operative.\n")
    assert [(s.speaker_text, s.text[:9]) for s in found] == [("Steve Grubbs", "In a year")]


def test_role_words_before_a_name_after_said():
    found = _one('"This will appear in some ad at some point," said pollster Frank Luntz.\n')
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "pollster Frank Luntz")]


def test_party_tags_in_commas_and_named_addressees():
    found = _one('Sen. Rand Paul, R-Ky., told Fox News that polls could be wrong.\n'
                 'Priebus later Thursday told Fox News: “Both men are meeting next week.”\n')
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Sen. Rand Paul", "polls could be wrong"), ("Priebus", "Both men are meeting next week.")]


def test_a_name_ending_in_ing_is_still_a_name():
    found = _one("Schilling told WEEI: ''I replied to the post.''\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "Schilling")]


def test_no_speaker_from_a_clause_after_said_or_a_headline_label():
    found = _one("Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could file a complaint.\n"
                 "Trump: MOVE PAST Iowa.\n"
                 "Sales were great, he said, wiping sweat off his face.\n"
                 "Defense Secretary Ash Carter told a Senate panel Wednesday.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Russell Wheeler", "Trump could file a complaint"), ("he", "Sales were great")]


def test_a_paragraph_of_quotation_carries_on_the_speaker_of_the_paragraph_before():
    found = _one('Trump spoke in Ohio. "We will win," he said.\n"We will win big." The crowd cheered.\n'
                 'The weather was fine.\n"Nobody knows."\n')
    assert [(s.speaker, s.parts is not None) for s in found] == [("Donald Trump", True), ("Donald Trump", False)]
    assert found[1].text == "Nobody knows."  # not joined to a quotation two paragraphs up


def test_datelines_and_asides_are_no_speakers():
    found = _one("WASHINGTON — Sen. Chuck Grassley (R-Iowa) said the bill is dead.\nAlso said the talks had failed.\n")
    assert [s.speaker_text for s in found] == ["Sen. Chuck Grassley (R-Iowa)"]


def test_a_report_inside_the_attribution_does_not_part_an_interrupted_quotation():
    found = _one("“A promise was made,” said J. J. Price, a firefighter who supported Mr. Obama in 2008. "
                 "“It has done nothing for us.”\n")
    direct = [s for s in found if s.kind == "direct"]
    assert len(direct) == 1 and direct[0].parts is not None
    assert direct[0].text == "A promise was made It has done nothing for us."
    assert [s.speaker_text for s in found if s.kind == "indirect"] == ["who"]  # still a statement of its own


def test_manner_of_speaking_verbs_and_owned_reports_with_modifiers():
    found = _one("“Everything you said,” the judge exclaimed, “has obliterated the case.”\n"
                 "Trump's recent evidence-free assertion that thousands celebrated drew criticism.\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("direct", "the judge", "exclaimed"), ("indirect", "Trump", "assertion")]


def test_long_speaker_phrases_in_the_attribution_after_a_quotation():
    found = _one("“They have to decide,” Fight for $15 organizing director Kendall Fells told Fox News 6.\n"
                 "''He deserved it,'' the assailant, John McGraw, told the program ''Inside Edition.''\n"
                 "\"China is concerned,\" the Vermont senator and Democratic candidate told ABC's \"Good Morning America.\"\n"
                 "\"Both scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.\n")
    assert [(s.kind, s.speaker_text, s.text) for s in found] == [
        ("direct", "Fight for $15 organizing director Kendall Fells", "They have to decide"),
        ("direct", "the assailant, John McGraw", "He deserved it"),
        ("direct", "the Vermont senator and Democratic candidate", "China is concerned"),
        ("direct", "Harry Bond", "Both scare me")]


def test_a_participle_after_pointing_to_carries_the_clauses_subject():
    found = _one("He basically ducked, pointing to his record in the Legislature and saying that senators are overrated.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("He", "pointing to"), ("He", "saying")]


def test_a_name_and_a_sentence_after_a_colon_make_a_headline_quotation():
    found = _one("Mark Cuban: A businessman can run this country, but Trump has gone crazy.\n"
                 "Background: The program began in 2012 and ran for years.\n"
                 "Watch Live: The candidates take the stage in Ohio tonight.\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "Mark Cuban")]


def test_a_second_verb_belongs_to_the_subject_of_its_own_clause():
    found = _one("Rabbis called for a boycott, and the civil rights group the Anti-Defamation League denounced "
                 "the rhetoric and said it would return his donations.\n"
                 "Speaking Sunday on ABC’s “This Week,” Carson admitted the name was wrong, but said it was a mistake.\n")
    assert [(s.cue, s.speaker_text) for s in found] == [
        ("called for", "Rabbis"), ("denounced", "the civil rights group the Anti-Defamation League"),
        ("said", "the civil rights group the Anti-Defamation League"), ("admitted", "Carson"), ("said", "Carson")]


def test_no_speaker_after_a_participle_that_follows_a_quotation():
    found = _one("Boreing said the members will meet, but said, “It’s time we change,” promising the club will return.\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("indirect", "Boreing"), ("direct", "Boreing"), ("indirect", "Boreing")]


def test_an_attribution_set_off_inside_a_sentence_a_quotation_completes():
    found = _one("The club's investment, Ms. Tanzer said, ''is a perfect example of adapting'' to change.\n")
    assert [(s.kind, s.speaker_text, s.parts is not None) for s in found] == [
        ("indirect", "Ms. Tanzer", True), ("partial", "Ms. Tanzer", False)]
    assert found[0].text == "The club's investment ''is a perfect example of adapting'' to change"


def test_a_quotation_after_a_said_sentence_carries_its_speaker():
    found = _one('The administration may be reluctant to act, Schiff said. "The other factor is the election."\n')
    assert [(s.kind, s.speaker_text) for s in found] == [("indirect", "Schiff"), ("direct", "Schiff")]


def test_a_time_or_a_phrase_before_a_participle_is_no_content():
    found = _one('"Europe must defend itself," Hollande said Friday as he entered the talks.\n'
                 'The country "has changed for the better," McConnell said in June 2012, citing the release of prisoners.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.parent is None] == [
        ("direct", "Hollande", "Europe must defend itself"),
        ("indirect", "McConnell", 'The country "has changed for the better,"'),
        ("indirect", "McConnell", "the release of prisoners"),
    ]


def test_content_stops_at_a_new_clause_after_a_quotations_closing_mark():
    found = _one("Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also darkened his warnings.\n")
    assert found[0].text == "lower taxes and “jobs, jobs, jobs,”"


def test_an_interrupted_quotation_resumes_after_but():
    found = _one('"You know, I love Larry," he said, but "when it comes to energy, Larry has a history."\n')
    assert len(found) == 1 and found[0].parts is not None and len(found[0].parts) == 2


def test_a_report_noun_with_its_owner_and_a_that_clause():
    found = _one("Trump spoke in Ohio. He said the plan was bad.\n"
                 "Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.\n"
                 "His insistence that the plan would work surprised nobody.\n")
    reports = [(s.speaker, s.cue, s.text) for s in found if s.cue in ("claim", "insistence") and s.parent is None]
    assert reports[0] == ("Donald Trump", "claim", "there have been “thousands of shootings” in Chicago")
    assert reports[1][:2] == ("Donald Trump", "insistence")  # "his" resolves like "he"


def test_a_participle_right_after_a_noun_describes_it_and_reports_nothing():
    found = _one("Trump said the plan was bad. An ad criticizing Clinton ran all week.\n")
    assert [s.cue for s in found] == ["said"]  # not "criticizing", carried on from Trump


def test_backing_after_a_noun_is_the_stance_of_that_noun_not_of_the_speaker_before():
    found = _one("Trump said the plan was bad. A super PAC supporting Clinton ran ads all week.\n")
    assert [(s.cue, s.speaker_text, s.text) for s in found] == [
        ("said", "Trump", "the plan was bad"), ("supporting", "A super PAC", "Clinton")]


def test_attacks_is_a_verb_after_a_name():
    assert [s.speaker_text for s in _one("Trump attacks Clinton over her server.\n")] == ["Trump"]


def test_an_ap_style_party_tag_before_an_apposition():
    found = _one("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the gains.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Sen. Lindsey Graham", "Obama is overselling the gains")]


def test_a_speaker_after_the_verb_ends_before_an_adverb_or_a_verb():
    found = _one("“We will win,” said Mark Halvorsen later.\nThe economy is strong, said Obama is wrong.\n")
    assert [(s.kind, s.speaker, s.text) for s in found] == [("direct", "Mark Halvorsen", "We will win")]


def test_content_stops_before_a_clause_with_its_own_speaker_after_a_comma():
    found = _one("Clinton said her decision was a mistake, at the town hall this week she said it was not an error.\n")
    assert [(s.cue, s.text) for s in found] == [("said", "her decision was a mistake"), ("said", "it was not an error")]


def test_a_show_named_after_an_appearance_is_no_content():
    found = _one("Trump explained his reasoning in an appearance on CBS’s Face the Nation.\n")
    assert [s.text for s in found] == ["his reasoning"]


def test_a_stance_verbs_object_stops_before_a_reason_or_a_time_clause():
    found = _one("Sanders opposed it because it fell far short of the request.\n")
    assert [(s.cue, s.text) for s in found] == [("opposed", "it")]


def test_a_stance_verbs_object_runs_on_through_including():
    found = _one("Officials blamed several factors, including budget cuts that eliminated grants.\n")
    assert [(s.cue, s.text) for s in found] == [("blamed", "several factors, including budget cuts that eliminated grants")]


def test_a_name_a_verb_takes_as_object_makes_a_noun_like_cue_a_noun():
    found = _one("Supporters gave each other high-fives and held Trump signs high above their heads.\n")
    assert found == []  # (not "held Trump" signing, nor Trump)
    found = _one("He said Trump signs every bill he likes.\n")  # after a reporting verb, the name opens a clause
    assert [(s.cue, s.speaker) for s in found][-1:] == [("signs", "Donald Trump")]


def test_a_relative_clause_set_off_by_commas_before_the_verb_runs_over_a_list():
    found = _one("Westmacott, who will retire after serving in Iran, Turkey and France, praised the deal in an interview.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Westmacott", "the deal")]


def test_whom_something_was_told_is_never_its_speaker():
    found = _one("Sanders “is tapping into something very deep,” Simon Rosenberg, a Clinton supporter, told the New Yorker.\n")
    assert {s.speaker_text for s in found} == {"Simon Rosenberg"}


def test_content_stops_before_and_with_a_speaker_of_its_own():
    found = _one("Many Republicans have said they will not attend the convention and others have said they are not "
                 "interested in speaking.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Many Republicans", "they will not attend the convention"), ("others", "they are not interested in speaking")]


def test_a_ratio_of_people_is_a_plural_subject():
    found = _one("Three in 10 support the plan.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [("Three in 10", "support", "the plan")]


def test_a_gerund_can_open_reported_content():
    found = _one("President Obama rebuked critics, saying calling the group by another name will do nothing.\n")
    assert [(s.cue, s.text) for s in found][-1] == ("saying", "calling the group by another name will do nothing")



def test_an_anonymous_source_with_what_it_is_close_to_is_one_speaker():
    found = _one("The plan is dead, aides close to Clinton say.\nPeople familiar with the talks said the deal is off.\n"
                 "Cruz will change his approach, a source close to him said.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("aides close to Clinton", "The plan is dead"), ("People familiar with the talks", "the deal is off"),
        ("a source close to him", "Cruz will change his approach")]


def test_that_opening_a_sentence_before_a_noun_is_a_determiner():
    found = _one("That person said the hostility was new.\nThat said, the plan is dead.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("That person", "the hostility was new")]


def test_a_clause_after_whom_something_was_told_is_content():
    found = _one("Trump told reporters the event was canceled.\nShe told a Senate panel Wednesday.\n")
    assert [(s.cue, s.text) for s in found] == [("told", "the event was canceled")]



def test_content_stops_before_and_with_a_named_speaker_in_apposition():
    found = _one("Officials said the plan is on track to meet its targets, and Brian Deese, the White House climate "
                 "adviser, said the plan works.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Officials", "the plan is on track to meet its targets"), ("Brian Deese", "the plan works")]



def test_a_kicker_a_count_or_a_list_of_names_after_a_colon_is_no_turn():
    found = _one("BOOM: Trump Just Fired A Missile Directly At Hillary That Nobody Expected.\n"
                 "Clinton: 2,316.\nNew Hampshire: Charlie Arlinghaus, Arnie Arnesen, Patrick Arnold, Rich Ashooh.\n"
                 "Vladimir Putin: How old are you?\nAnna Popova: Correct, 56.\nVladimir Putin: Thank you.\n"
                 "Anna Popova: Thank you, Mr President.\n")
    assert [(s.speaker_text, s.text) for s in found if s.cue == ":"] == [
        ("Vladimir Putin", "How old are you?"), ("Anna Popova", "Correct, 56"), ("Vladimir Putin", "Thank you"),
        ("Anna Popova", "Thank you, Mr President")]


def test_a_share_after_and_is_a_speaker_of_its_own():
    found = _one("Of those polled, 23 percent favored Cruz and 15 percent backed Rubio.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("23 percent", "Cruz"), ("15 percent", "Rubio")]
    found = _one("The poll found 80 pct thought the yen would fall and 60 pct predicted a drop.\n")
    assert [(s.speaker_text, s.text) for s in found][-2:] == [
        ("80 pct", "the yen would fall"), ("60 pct", "a drop")]



def test_an_organisation_with_a_long_which_clause_before_the_verb_is_the_speaker():
    found = _one("The campaign, which has been shadowed for 17 months by the controversy over the private email "
                 "server she used exclusively while at the State Department, said the emails had no bearing on the "
                 "foundation's work.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("The campaign", "the emails had no bearing on the foundation's work")]


WORD_LED_TEXTS = [
    "Trump-said the plan, called for calm, and called\nfor more; “Said” he. In the new poll, 60 percent said yes.",
    "in a recent survey, voters backed him. His attacks on the judge and criticism of the Fed drew calls for calm.",
    "saying nothing, Clinton's support for the deal grew; un-said, re-called, Attack on, attacks  on the press.",
]


@pytest.mark.parametrize("text", WORD_LED_TEXTS + [SAMPLE.read_text(encoding="utf-8")])
def test_the_word_led_scan_finds_what_each_pattern_finds_alone(text):
    cues = statements.default_cues()
    for pattern in (cues.pattern, reported.STANCE_NOUN, reported.IN_FINDINGS):
        for start, end in [(0, len(text)), (3, len(text) - 5), (text.find("\n") + 1, len(text))]:
            led = cues.word_led(text, start, end)
            expected = [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
            assert [(m.start(), m.end()) for m in document.matches_at(pattern, text, led, start, end)] == expected
    assert any(pattern.search(text) for pattern in (cues.pattern, reported.STANCE_NOUN, reported.IN_FINDINGS))


@pytest.mark.parametrize("text", ["Trump said, ", "and because  ", "A rally, but\n", "although", "we went so ", "Gov.", "x"])
def test_the_clause_opening_check_agrees_with_a_search_of_the_whole_span(text):
    text = "Some words before it " + text
    for lo in (0, 10, len(text) - 3):
        assert subjects._opens_clause(text, lo, len(text)) == bool(subjects._CLAUSE_OPENING.search(text, lo, len(text)))


def test_a_clause_set_off_after_that_stays_in_the_content():
    found = _one("Economists argue that, while the tax may lower premiums, workers will not get the savings.\n")
    assert [(s.speaker_text, s.text) for s in found][0] == (
        "Economists", "that, while the tax may lower premiums, workers will not get the savings")


def test_a_sentence_resumed_after_an_inverted_attribution_is_one_statement_in_two_parts():
    text = "Kerry's actions, said Michael Kofman, an expert on Russia, would read this as an admission.\n"
    found = _one(text)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Michael Kofman", "Kerry's actions would read this as an admission")]
    assert [text[a:b] for a, b in found[0].parts] == ["Kerry's actions", "would read this as an admission"]


def test_a_lone_conjunction_before_an_inverted_attribution_is_no_content():
    found = _one('But, said Solovey, "I can\'t fight that."\nHowever, said Smith, the plan will fail.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found] == [
        ("direct", "Solovey", "I can't fight that."), ("indirect", "Smith", "the plan will fail")]


def test_a_time_or_a_given_name_after_an_inverted_verb_is_no_speaker():
    found = _one("The tentative deal, announced Friday, would last four years.\n"
                 "Reuters said the system, named Select View, will use its network.\n")
    assert "Friday" not in [s.speaker_text for s in found] and "Select View" not in [s.speaker_text for s in found]
    assert [(s.speaker_text, s.text) for s in found if s.cue == "said"] == [
        ("Reuters", "the system, named Select View, will use its network")]


def test_manner_of_speaking_verbs_attribute_a_quotation():
    found = _one("“Who wants to work with us?” he wondered.\n“This is fantastic!” beamed Donald Hartley.\n"
                 "Clinton beamed as the crowd cheered.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("he", "wondered", "Who wants to work with us?"), ("Donald Hartley", "beamed", "This is fantastic!")]


def test_a_part_of_the_day_after_a_weekday_before_the_verb_is_no_speaker():
    found = _one("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("RNC spokesman Sean Spicer", "the party was not in a crisis")]


def test_a_document_obtained_by_somebody_is_the_speaker_of_its_words():
    found = _one("A memo obtained by The Associated Press warns that the deal is off.\n"
                 "The proposal was written by a delegate supporting Clinton.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("A memo", "warns"), ("a delegate", "supporting")]


def test_an_opening_adverb_or_time_is_not_the_subject_a_second_verb_carries_on():
    found = _one("Essentially, Clinton's lawyers looked through the emails and found that one person had an address.\n"
                 "A few minutes later they reversed themselves and said they will register voters.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("Clinton's lawyers", "found"), ("they", "said")]


def test_a_subject_does_not_run_back_past_until():
    found = _one("He would keep the money sent to Mexico until the Mexican government agreed to pay.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("the Mexican government", "agreed")]


def test_a_document_put_out_without_its_words_is_no_statement():
    found = _one("The DNC released a statement at the outset of the convention.\n"
                 "Mr. Trump released a follow-up statement.\n"
                 "President Clinton released the following statement:\n“We offer our condolences.”\n")
    assert [(s.speaker_text, s.text) for s in found if s.kind == "direct"] == [("President Clinton", "We offer our condolences.")]
    assert not [s for s in found if s.speaker_text in ("The DNC", "Mr. Trump")]


def test_founding_is_not_finding():
    found = _one("Roger Ailes helped found Fox News in 1996.\nThe study found that voters were angry.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("The study", "voters were angry")]


def test_the_writers_hedge_with_say_is_no_report():
    found = _one("It is hard to say whether the plan will work.\nIt is fair to say that he has had few attacks.\n"
                 "Baker wrote the letter Feb. 2 to the State Department.\n")
    assert found == []


def test_said_with_a_time_a_place_a_hyphenated_down_or_a_name_like_a_time_word():
    found = _one("Adelson said earlier on Friday during a news conference that he may wait until February.\n"
                 "Eskelsen Garcia said down-ballot races can also help unite teachers.\n"
                 "Day said the language in the platform is diminishing the party.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Adelson", "he may wait until February"), ("Eskelsen Garcia", "down-ballot races can also help unite teachers"),
        ("Day", "the language in the platform is diminishing the party")]


def test_a_fraction_or_half_of_those_asked_is_a_speaker():
    found = _one("Millennials see violence as a problem, and three-fourths say the government should act.\n"
                 "About half said they would vote.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Millennials", "violence as a problem"), ("three-fourths", "the government should act"),
        ("half", "they would vote")]


def test_people_asked_between_them_and_their_verb_are_the_speaker():
    found = _one("Veterans interviewed at rallies this week, including Mr. Jebens, said they had no problem with it.\n"
                 "Economists polled by Reuters said the money supply should rise.\n"
                 "All the experts I interviewed said her proposals were more detailed.\n"
                 "Several people I have spoken with said the race is close.\n")
    assert [s.speaker_text for s in found] == ["Veterans", "Economists", "All the experts", "Several people"]


def test_a_share_of_a_group_keeps_its_share():
    found = _one("Still, none of the constitutional scholars thought compromise was likely.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("none of the constitutional scholars", "compromise was likely")]


def test_a_document_put_out_on_a_day_by_somebody_is_no_report_of_its_own():
    found = _one("Trump's views have taken their toll on Latino support for the Republican Party in Florida, according to "
                 "a poll of 400 registered Latino voters released on Friday by Latino Decisions, a public opinion research group.\n"
                 "The campaign countered Sunday by suggesting four other nights.\n")
    assert [s.cue for s in found if s.cue == "released"] == []
    assert "suggesting" in [s.cue for s in found]


def test_what_a_source_is_after_according_to_is_not_what_it_says():
    found = _one("Not all campaigns require staffers to sign such agreements, according to John Weaver, a Republican "
                 "strategist.\nIn particular, according to him, the police will be involved.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("John Weaver", "Not all campaigns require staffers to sign such agreements"),
        ("him", "In particular the police will be involved")]


def test_the_next_verb_of_a_series_ends_the_content():
    found = _one("Trump vowed to ban Muslims from entering the country, declined at first to criticize David Duke, and "
                 "mocked a reporter.\nHenderson said the new products, expected to bring in sales, were Statil, a "
                 "treatment, and Carwin, a drug.\n")
    assert [(s.cue, s.text) for s in found][:2] == [
        ("vowed", "to ban Muslims from entering the country"), ("mocked", "a reporter")]
    assert [s.text for s in found if s.speaker_text == "Henderson"] == [
        "the new products, expected to bring in sales, were Statil, a treatment, and Carwin, a drug"]


def test_an_ed_word_after_a_determiner_is_an_adjective_in_a_stance_object():
    found = _one("Trump renewed his call for a ban on Muslims entering the United States.\n")
    assert ("call for", "a ban on Muslims entering the United States") in [(s.cue, s.text) for s in found]


def test_an_opening_time_or_place_is_not_the_subject_a_participle_carries_on():
    found = _one("Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”\n"
                 "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that Obama wanted "
                 "refugees.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("Trump", "telling"), ("Mr. Trump", "claiming")]


def test_according_to_which_names_no_source():
    found = _one("This is an unprecedented decision, according to which our citizens will receive the same rights.\n")
    assert [s for s in found if s.cue == "according to"] == []


def test_a_share_written_with_the_percent_sign_is_a_speaker():
    found = _one("Of those polled, 43% said they would vote for Clinton.\n")
    assert [(s.speaker_text, s.text) for s in found][0] == ("43%", "they would vote for Clinton")


def test_a_participle_in_an_opening_phrase_is_the_main_subjects():
    found = _one("After saying he was nervous to ask a question, the student asked Trump about the wall.\n"
                 "One month after announcing his support for Donald Trump, Marco Rubio still believes Trump cannot be "
                 "trusted.\nBy attacking Ukraine, Russia has only just begun its aggression.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found if s.cue.endswith("ing")] == [
        ("the student", "saying", "he was nervous to ask a question"),
        ("Marco Rubio", "announcing", "his support for Donald Trump"), ("Russia", "attacking", "Ukraine")]


def test_a_feeling_is_no_view_and_a_plural_noun_before_its_verb_is_no_cue():
    found = _one("He felt blindsided by the demand.\nHe feels confident that Cruz will win.\n"
                 "Thousands of Clinton emails were deleted.\nThe Kremlin's aggressive plans are failing.\n"
                 "It is a sum which Clinton hopes can help block any challenge.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("He", "feels", "Cruz will win"), ("Clinton", "hopes", "can help block any challenge")]


def test_a_cue_inside_a_compound_word_or_after_a_determiner_is_no_verb():
    found = _one("Sanders's support of the so-called Charleston loophole, which let Roof buy a gun, hurt him.\n"
                 "The party first released its own recommended list of loyalists.\n"
                 "Doctors studied the number of reported cases.\n"
                 "Meanwhile, Trump’s official campaign account has been busy, re-tweeting several negative comments.\n")
    assert [(s.cue, s.text) for s in found] == [
        ("support of", "the so-called Charleston loophole"),
        ("released", "its own recommended list of loyalists"), ("tweeting", "several negative comments")]


def test_a_stance_nouns_owner_is_the_nearest_one_before_it():
    found = _one("Bernie Sanders spoke in Iowa. Clinton's campaign ignored his attacks on the press.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue == "attacks on"] == [("his", "attacks on")]


def test_an_opening_phrase_without_a_verb_is_no_content_however_long():
    found = _one("Following an animated town hall meeting in Londonderry last week, Kasich boasted to reporters of "
                 "his organization.\nAsked if her email practices were illegal, Clinton said no.\nFrom GE's point of view the package looks like a good deal for several reasons, "
                 "Heymann said.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Heymann", "From GE's point of view the package looks like a good deal for several reasons")]


def test_i_is_a_named_person_and_they_are_not_whoever_said_i():
    found = _one("Vladimir Putin: Good afternoon.\nThe discussion focused on trade and the economy.\n"
                 "American companies said they would stay. I believe we are moving in the right direction.\n"
                 "They hope I will change my mind.\n")
    speakers = {s.text: (s.speaker_text, s.speaker) for s in found}
    assert speakers["we are moving in the right direction"] == ("I", "Vladimir Putin")
    assert speakers["I will change my mind"] == ("They", "American companies")


def test_a_short_title_in_quotation_marks_is_no_direct_quote():
    found = _one('But Fiorina tossed "cold water on the idea immediately," she wrote in her memoir, "Tough Choices."\n'
                 'Clinton wrote in her book, "Hard Choices," that she regretted the vote.\n'
                 'One ad, "Balanced Rebellion," stars an actor who promises that Johnson won\'t "send you to war."\n'
                 'He smiled. He said, "Thank You, America," and left.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.kind != "partial"] == [
        ("indirect", "she", 'But Fiorina tossed "cold water on the idea immediately,"'),
        ("indirect", "Clinton", "she regretted the vote"),
        ("indirect", "who", 'Johnson won\'t "send you to war."'),
        ("direct", "He", "Thank You, America")]


def test_a_stranded_preposition_has_no_content_after_it():
    found = _one("I mean, this is all they talked about, this is all we cared about.\n"
                 "He talked about, among other things, the wall.\n")
    assert [(s.cue, s.text) for s in found] == [("talked about", "among other things, the wall")]


def test_a_time_between_subject_and_verb_and_a_later_second_verb():
    found = _one("Trump at the time said he would look into it.\n"
                 "He brought up the bombing and later said, “It’s not just Muslims shooting people.”\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Trump", "he would look into it"), ("He", "It’s not just Muslims shooting people.")]


def test_more_participles_carry_on_their_clauses_speaker():
    found = _one("Trump spoke for an hour, blasting Clinton as a liar.\n"
                 "He resigned, denying that he had done anything wrong.\n"
                 "Sanders, celebrating a victory in Vermont, is pledging to win many delegates.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Trump", "blasting", "Clinton as a liar"), ("He", "denying", "he had done anything wrong"),
        ("Sanders", "pledging", "to win many delegates")]


def test_a_relative_clause_after_an_apposition_leaves_the_name_the_speaker():
    found = _one("Sam Solovey, a contestant on the show, who worked alongside Trump, said his boss was kind.\n"
                 "In Iowa, the senator, who worked alongside Trump, said his boss was kind.\n")
    assert [s.speaker_text for s in found] == ["Sam Solovey", "the senator"]


def test_he_is_not_a_group_spoken_of_before():
    found = _one("Donald Trump spoke in Ohio. The election returns suggest otherwise, aides said.\n"
                 "He said he would win.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.text == "he would win"] == [("He", "Donald Trump")]


def test_a_participle_phrase_set_off_before_the_verb_is_not_the_subject():
    found = _one("Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would "
                 "welcome Cruz.\nTrump said at a rally in San Diego, adding that he believed the judge was biased.\n"
                 "Making her way around Chez Vachon, Clinton and husband Bill, thanked another diner.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue in ("said", "believed", "thanked")] == [
        ("Sen. Chuck Grassley", "said"), ("Trump", "said"), ("he", "believed"), ("Bill", "thanked")]


def test_the_writers_assessment_has_no_speaker_and_keeps_its_subject_as_a_part():
    text = ("Aside from Tuesday night, Christie appears to be fully embracing his surrogate duties.\n"
            "It seemed like an impossible task.\nHe appeared to suggest that the plan was dead.\n"
            "Trump said Clinton seems to be tired.\nWho seems to be winning now?\n")
    found = _one(text)
    assessments = [s for s in found if s.kind == "assessment"]
    assert [(s.cue, s.text, s.speaker, s.speaker_start) for s in assessments] == [
        ("appears", "Christie to be fully embracing his surrogate duties", None, None),
        ("seemed", "like an impossible task", None, None)]
    assert [text[a:b] for a, b in assessments[0].parts] == ["Christie", "to be fully embracing his surrogate duties"]
    tool_kit = _one("And Mr. Trump's usual political tool kit has appeared to fail him.\n")[0]
    assert (tool_kit.kind, tool_kit.text) == ("assessment", "Mr. Trump's usual political tool kit to fail him")
    assert [(s.kind, s.cue) for s in found if s.kind != "assessment"] == [("indirect", "suggest"), ("indirect", "said")]


def test_a_stance_participles_object_ends_where_a_stance_verbs_does():
    found = _one("He praised the donors, backing Barack Obama, billionaire Mark Cuban is sizing up the field.\n"
                 "Marvin Teske is backing Hillary Clinton because he worries Sanders would lose.\n")
    assert [(s.cue, s.text) for s in found if s.cue == "backing"] == [
        ("backing", "Barack Obama"), ("backing", "Hillary Clinton")]


def test_a_full_stop_of_an_abbreviation_does_not_end_the_source_after_according_to():
    found = _one("According to Mr. Smith, the plan failed.\nAccording to F.A.A. records, the Boeing has flown 333 hours.\n"
                 "The plane, according to U.S. officials, has flown 333 hours.\n"
                 "According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the "
                 "first lady had referred to her as a loony toon.\nAccording to Smith, a deal, if reached, would fail.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Mr. Smith", "the plan failed"), ("F.A.A. records", "the Boeing has flown 333 hours"),
        ("U.S. officials", "The plane has flown 333 hours"),
        ("documents", "the first lady had referred to her as a loony toon"),
        ("Smith", "a deal, if reached, would fail")]


def test_a_progressive_or_carried_on_ing_form_and_a_contracted_subject():
    found = _one("Trump keeps talking about the wall.\nHe spent the speech talking about the working class.\n"
                 "We're talking about how things could be better.\nHe wasn't talking about Hillary.\n"
                 "He's saying the deal is bad.\nThe crowd kept saying it was rigged.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Trump", "talking about", "the wall"), ("He", "talking about", "the working class"),
        ("We", "talking about", "how things could be better"), ("He", "talking about", "Hillary"),
        ("He", "saying", "the deal is bad"), ("The crowd", "saying", "it was rigged")]


def test_a_subordinate_clause_alone_before_the_speaker_is_no_content():
    found = _one("But when Congress cut funding for the pilot program two years later, Mexico said enough.\n"
                 "When we win, we will build the wall, Trump said.\n"
                 "If results were restated they would be higher, it said.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Trump", "When we win, we will build the wall"), ("it", "If results were restated they would be higher")]


def test_a_paragraph_ending_in_its_attribution_and_a_colon_introduces_the_quotation_after_it():
    found = _one('Trump said in a statement on Friday:\n"We will win this election."\n'
                 'He continued:\n"The health issue is a partisan issue." He smiled. "And we will win."\n')
    assert [(s.kind, s.speaker_text, s.cue, s.text) for s in found] == [
        ("direct", "Trump", "said", "We will win this election."),
        ("direct", "He", "continued", "The health issue is a partisan issue. And we will win.")]


def test_in_a_transcript_a_speaker_who_speaks_once_has_a_turn_of_their_own():
    found = _one("Vladimir Putin: Good afternoon. I hope we will talk about this as well. Sauli Niinistö: We have one "
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
    found = _one("Vladimir Putin: Hello there, friend. Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister: "
                 "Good afternoon, Mr President. Vladimir Putin: Thank you.\n")
    shoigu = [s for s in found if s.text == "Good afternoon, Mr President"][0]
    assert (shoigu.speaker, shoigu.speaker_text) == (
        "Sergei Shoigu", "Defence Minister Sergei Shoigu Shoigu SergeiDefence Minister")


def test_a_long_garbled_label_opens_a_turn_and_a_label_names_the_person_not_the_role():
    found = _one("Vladimir Putin: Good afternoon, colleagues. Let us begin.\n"
                 "Minister of Transport Vitaly Savelyev Savelyev VitalyMinister of Transport of the Russian Federation: "
                 "The roads are ready for winter.\n"
                 "Vladimir Putin: Thank you. Head of the Federal Customs Service Vladimir Bulavin: Revenue rose.\n"
                 "Speaker of the Federation Council Valentina Matviyenko: The session opens today.\n"
                 "Vladimir Putin: Good.\nValentina Matviyenko: And it closes on Friday.\n")
    speakers = {s.text: s.speaker for s in found}
    assert speakers["The roads are ready for winter"] == "Vitaly Savelyev"
    assert speakers["Revenue rose"] == "Vladimir Bulavin"
    assert speakers["The session opens today"] == "Valentina Matviyenko"
    assert speakers["Thank you"] == "Vladimir Putin"


def test_focus_on_and_raised_questions_about_report_their_subjects_theme_or_doubt():
    found = _one("Clinton will focus on his economic message.\nTrump has raised questions about Obama's birthplace.\n"
                 "Some experts talk about a lighter version whereas others talk about serious consequences.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Clinton", "focus on", "his economic message"), ("Trump", "raised questions about", "Obama's birthplace"),
        ("Some experts", "talk about", "a lighter version"), ("others", "talk about", "serious consequences")]


def test_an_object_pronoun_resolves_as_its_subject_form_and_us_in_capitals_is_the_country():
    found = _one("Vladimir Putin visited the region. According to him, the plans include 5,000 km of roads.\n"
                 "Putin spoke next. US plans to deploy missiles in Europe are well known, he said.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue in ("According to", "plans")] == [
        ("him", "Vladimir Putin"), ("US", "US")]


def test_a_fullest_name_never_runs_over_a_sentence_end_and_suffice_to_say_is_no_report():
    found = _one("The talks ended in the White House.\n\nSanders said the deal was bad.\nBernie Sanders spoke later.\n"
                 "Danish Prime Minister Mette Frederiksen. Pedro Sánchez said Spain would reopen its embassy.\n"
                 "Suffice to say, Sber has over 100 million clients.\nIs Sanders right? Then Brafman said the plea was fair.\n"
                 "Ben Brafman agreed.\nWill Doyle said the plan works.\n")
    assert [s.speaker for s in found] == ["Bernie Sanders", "Pedro Sánchez", "Ben Brafman", "Will Doyle"]


def test_quoted_speech_whose_attribution_the_rules_missed():
    found = _one(
        "''We will fix the roads,'' Maria Lopez, 52, a retired nurse in Dayton, Pa., said in an interview.\n"
        "''The plan is sound,'' John B. Carter Jr., the director of the state budget office, said on Monday.\n"
        '"We thank the volunteers," said master of ceremonies Ann Kellerman, a local teacher.\n'
        "“The budget is balanced,” said former secretary of state Ellen Ward, who praised the mayor.\n"
        "“The bridge will open in May,“ said Tom Price, a city engineer.\n"
        "''Mark, you are a total loser!'' the note says.\n"
        "Said Ann Kellerman, who grew up here, “We were all so proud of him.”\n"
        "Another tweeted, “The council is above the rules.”\n"
        'Yet another said, "The mayor is in a tough race."\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.kind == "direct"] == [
        ("direct", "Maria Lopez", "We will fix the roads"),
        ("direct", "John B. Carter Jr.", "The plan is sound"),
        ("direct", "master of ceremonies Ann Kellerman", "We thank the volunteers"),
        ("direct", "former secretary of state Ellen Ward", "The budget is balanced"),
        ("direct", "Tom Price", "The bridge will open in May"),
        ("direct", "the note", "Mark, you are a total loser!"),
        ("direct", "Ann Kellerman", "We were all so proud of him."),
        ("direct", "Another", "The council is above the rules."),
        ("direct", "another", "The mayor is in a tough race.")]
    # "Said" opening a sentence is no part of the name the article gives the speaker
    assert next(s for s in found if s.text == "We thank the volunteers").speaker == "Ann Kellerman"


def test_a_quotation_without_its_comma_before_the_attribution():
    found = _one('"Leaks have tried to create a false narrative" said Nick Moreau, a campaign spokesman.\n'
                 '“He put a lot of people out of business, too" Jane Sweeny said after the event.\n'
                 'He cited the words "I want to win the race now" and left.\n'
                 '"Our rivals want the race to end early" the chairman of the party, he said.\n'
                 'We watched "The Walking Dead" said to be a hit.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.kind == "direct"] == [
        ("direct", "Nick Moreau", "Leaks have tried to create a false narrative"),
        ("direct", "Jane Sweeny", "He put a lot of people out of business, too")]


def test_a_place_and_its_state_inside_a_speaker_apposition():
    found = _one("A group led by Mel Gold, a Providence, R.I., surgeon, told the agency it has bought 60,840 shares.\n"
                 "Another delegate, Michael Brown of Washington, D.C., explained his support for the plan.\n"
                 "Local officials at Shoreham, Long Island, N.Y., and Seabrook, N.H., had refused to take part.\n")
    assert [s.speaker_text for s in found] == ["Mel Gold", "Michael Brown of Washington", "Seabrook"]


def test_quoted_as_saying_reports_what_was_said():
    found = _one('"Our method works where others fail," Braynard is quoted as saying.\n'
                 "The minister was quoted as saying that the price would rise.\n"
                 "He was called to the stand.\n")
    assert [(s.kind, s.speaker_text, s.cue, s.text) for s in found] == [
        ("direct", "Braynard", "quoted as saying", "Our method works where others fail"),
        ("indirect", "The minister", "quoted as saying", "the price would rise")]


def test_a_parent_of_so_many_children_is_a_speaker():
    found = _one('When pressed on why, the 34-year-old mother of three replied, "It is meant to benefit everyone."\n'
                 "The father of two said the plan failed.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("the 34-year-old mother of three", "It is meant to benefit everyone."),
        ("The father of two", "the plan failed")]


def test_the_speaker_is_the_head_of_a_relative_clause_not_its_object():
    found = _one("Even Republicans who have praised his candidacy warned on Tuesday that the party may split.\n"
                 "Officials who spoke to the Boston Herald said the plan failed.\n"
                 "These are the voters who Trump said were ignored.\n"
                 "He rebuked critics who say he should condemn terrorists as radicals.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [
        ("who", "praised"), ("Republicans", "warned"), ("Officials", "said"), ("Trump", "said"),
        ("who", "say"), ("he", "condemn")]


def test_the_fullest_name_leaves_out_titles_places_and_other_people():
    found = _one(
        "Head of the Office of the President of Ukraine Andriy Yermak spoke in Kyiv. Ukraine wants peace.\n"
        "Yermak said the talks would go on.\n"
        "Moscow Mayor Sergei Sobyanin opened the park. Sobyanin said it was the largest in the city.\n"
        "George W. Bush visited. Gov. Jeb Bush said the state would recover.\n"
        "He read the New York Times on Monday. The Times said the talks failed.\n"
        "He met the office of Sant Singh Chatwal. Chatwal said he gave money.\n"
        "Abortion Rally\nMary Smith spoke. Smith said she would stay.\n")
    assert [s.speaker for s in found if s.kind == "indirect"] == [
        "Andriy Yermak", "Sergei Sobyanin", "Jeb Bush", "New York Times", "Sant Singh Chatwal", "Mary Smith"]


def test_he_and_she_are_never_an_organisation():
    found = _one("Mary Stone said the town was ready. The Associated Press reported that the crowd was large. "
                 "She said the plant would reopen.\n"
                 "The Head of the Governor's Office said talks went on. He added that the ceasefire held.\n"
                 "Bank of Tokyo economist Haruo Muto said rates would fall. He said the yen would rise.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.speaker_text in ("She", "He")] == [
        ("She", "Mary Stone"), ("He", "The Head of the Governor's Office"), ("He", "Haruo Muto")]


def test_a_role_before_a_name_is_not_part_of_the_speakers_name():
    found = _one("Democratic pollster Stan Greenberg said the race was close.\n"
                 "Republican National Committee spokesman Sean Spicer said the vote was fair.\n"
                 "Legislative leaders in North Carolina said the law would stand.\n")
    assert [s.speaker for s in found] == [
        "Stan Greenberg", "Sean Spicer", "Legislative leaders in North Carolina"]


def test_after_an_opening_subordinate_clause_the_second_verbs_subject_is_the_main_clauses():
    found = _one('When she called, I laughed and said, "No way."\n'
                 "Igor Babushkin reported that the construction had resumed and also noted that the road was long.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue in ("said", "noted")] == [
        ("I", "said"), ("Igor Babushkin", "noted")]


def test_a_participle_after_a_report_carries_on_the_reporter_not_whom_the_report_quotes():
    found = _one("Clinton said voters want change, noting that wages are flat.\n"
                 "Sen. David Perdue (R-Ga.) said he didn't believe those characterizations hurt Romney, arguing that "
                 "it was divisions in the party.\n"
                 "Trump said he would win, adding that the polls were wrong.\n")
    assert [s.speaker_text for s in found if s.cue in ("noting", "arguing", "adding")] == [
        "Clinton", "Sen. David Perdue (R-Ga.)", "Trump"]


def test_an_opening_question_phrase_is_no_subject():
    found = _one("Pressed again about the vice-president chatter, Perez just starts talking about baseball.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Perez", "baseball")]


def test_a_role_that_heads_something_is_a_subject_and_a_year_before_it_is_not():
    found = _one("The head of state said the talks would go on.\n"
                 "In 2019 the chief of staff decided to open an office.\n"
                 "Former secretary of state Hillary Clinton said she would run.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [
        ("The head of state", "said"), ("the chief of staff", "decided"),
        ("Former secretary of state Hillary Clinton", "said")]


def test_a_possessive_role_before_a_named_apposition_leaves_the_name_the_speaker():
    found = _one("“We will win,” his spokesman, Joe Kasper, said.\n"
                 "“We will win,” Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO.\n"
                 "Clinton's campaign chairman, John Podesta, said they would win.\n"
                 "“We will win,” the White House spokesman, Josh Earnest, said.\n"
                 "“We will win,” That's why, he added.\n")
    assert [(s.kind, s.speaker) for s in found if s.cue != "added"] == [
        ("direct", "Joe Kasper"), ("direct", "Joe Kasper"), ("indirect", "John Podesta"), ("direct", "Josh Earnest")]
    assert all("That" not in (s.speaker_text or "") for s in found)


def test_an_addressee_after_to_may_stand_between_the_verb_and_its_quotation():
    found = _one("She says to Nevadans: “This one is for you.”\n"
                 "He said to reporters: “We will win.”\n"
                 "They asked him to laugh a little quieter: “The police will not understand.”\n")
    assert [(s.kind, s.text) for s in found if s.parent is None] == [
        ("direct", "This one is for you."), ("direct", "We will win."),
        ("indirect", "to laugh a little quieter: “The police will not understand.”")]


def test_a_thing_called_by_a_name_is_no_report_whatever_words_describe_it():
    found = _one("He founded a Facebook group called Occupy DNC Convention.\n"
                 "An anti-Trump super PAC called Our Principles is ramping up.\n"
                 "She sponsors a competition called the House to Home Prize.\n"
                 "Carson shared a syllabus for a 2002 psychology class called “Perception” on his page.\n"
                 "A reporter called Trump a liar.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("A reporter", "Trump a liar")]


def test_he_is_never_an_organisation_named_in_lower_case():
    found = _one("Ben Carson said his campaign had found the article and would release it.\n"
                 "“We found it,” he said.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue == "said" and s.kind == "direct"] == [("he", "Ben Carson")]


def test_this_was_stated_by_gives_the_sentences_before_it_to_its_agent():
    found = _one("Sanctions are a powerful mechanism. However, they need to be deepened. This was stated by Head of "
                 "the Office of the President of Ukraine Andriy Yermak in an interview. “It is very important,” he said.\n"
                 "Ukraine is ready. This was announced by Adviser to the Head of the Office of the President Mykhailo "
                 "Podolyak during a briefing.\n")
    assert [(s.kind, s.speaker, s.cue, s.text) for s in found] == [
        ("indirect", "Andriy Yermak", "stated",
         "Sanctions are a powerful mechanism. However, they need to be deepened"),
        ("direct", "Andriy Yermak", "said", "It is very important"),
        ("indirect", "Mykhailo Podolyak", "announced", "Ukraine is ready")]


def test_a_long_role_before_a_name_is_left_out_of_the_speaker_but_an_organisation_is_kept():
    found = _one("Minister of Transport Vitaly Savelyev said the trains would run.\n"
                 "Meenakshi Ganguly of Human Rights Watch said the law was harsh.\n"
                 "The Economist Intelligence Unit said growth would slow.\n")
    assert [s.speaker for s in found] == [
        "Vitaly Savelyev", "Meenakshi Ganguly of Human Rights Watch", "The Economist Intelligence Unit"]


def test_this_was_stated_may_say_where_before_by_whom():
    found = _one("The tribunal will open soon. This was stated during a briefing by Deputy Head of the President's "
                 "Office Andriy Smyrnov.\nUkraine is ready. This was stated by many.\n")
    assert [(s.speaker, s.text) for s in found] == [("Andriy Smyrnov", "The tribunal will open soon")]


def test_informed_reports_what_about_after_whom():
    found = _one("Volodymyr Zelenskyy informed Andrzej Duda about the security situation in the east.\n"
                 "Vladimir Putin informed his French counterpart of Russia's diplomatic efforts.\n"
                 "The President informed the Prime Minister of Canada in detail about the situation.\n"
                 "Informed voters know better. He was informed of the decision.\n")
    assert [(s.speaker, s.text) for s in found if s.cue == "informed"] == [
        ("Volodymyr Zelenskyy", "about the security situation in the east"),
        ("Vladimir Putin", "of Russia's diplomatic efforts"),
        ("The President", "about the situation")]


def test_a_title_and_what_it_is_of_are_left_out_of_the_speaker():
    found = _one("Secretary of State John Kerry said the talks would go on.\n"
                 "Turkey is ready. This was stated by President of Turkey Recep Tayyip Erdogan.\n")
    assert [s.speaker for s in found] == ["John Kerry", "Recep Tayyip Erdogan"]


def test_congratulating_someone_is_a_stance_toward_them():
    found = _one("Vladimir Putin congratulated Emmanuel Macron on his recent victory.\n"
                 "Zelenskyy spoke at the event, congratulating the soldiers on the holiday.\n"
                 "He was congratulated by his peers.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("Vladimir Putin", "Emmanuel Macron on his recent victory"),
        ("Volodymyr Zelenskyy", "the soldiers on the holiday")]


def test_a_straight_mark_that_can_only_open_starts_a_quotation_inside_the_open_one():
    found = _one('"I believe that today Russia is "paving" our way to NATO," Zelenskyy said.\n'
                 '"Once again, they will say that this is "an operation." Where are our children? You killed 16 '
                 'children," Zelenskyy said.\n'
                 '"I can\'t drive them with sticks. Many of them say: "We will not go there," Zelenskyy stated. '
                 'The Head of State also noted that conditions are hard. "We will win," he said.\n')
    assert [(s.kind, s.text) for s in found if s.cue != "say"] == [
        ("direct", 'I believe that today Russia is "paving" our way to NATO'),
        ("direct", 'Once again, they will say that this is "an operation." Where are our children? You killed 16 children'),
        ("direct", "We will not go there"), ("indirect", "conditions are hard"), ("direct", "We will win")]


def test_a_title_or_an_owner_and_its_body_before_a_name_is_not_part_of_the_fullest_name():
    found = _one("Head of the President's Office Andriy Yermak met the envoys. Later, Yermak said the talks went well.\n"
                 "CNN's Jake Tapper asked the question. Tapper said it was fair.\n"
                 "After Russia attacked, Russia said it would go on.\n"
                 "Deputy Prime Minister Iryna Vereshchuk spoke. The New York Times said it would publish the list.\n")
    assert [s.speaker for s in found if s.cue in ("said", "asked")] == [
        "Andriy Yermak", "Jake Tapper", "Jake Tapper", "Russia", "The New York Times"]


def test_a_common_word_that_opens_a_name_run_is_not_part_of_the_fullest_name():
    found = _one("Minister of Healthcare Mikhail Murashko spoke first.\n"
                 "Murashko said the hospitals were ready, and healthcare workers agreed.\n"
                 "New York Governor Andrew Cuomo spoke. The New York Times said it would publish.\n")
    assert [s.speaker for s in found if s.cue == "said"] == ["Mikhail Murashko", "The New York Times"]


def test_two_subjects_joined_by_and_stay_in_the_content_and_a_cue_after_a_verb_is_its_object():
    found = _one("The President noted that today Ukraine and Turkey had signed an agreement.\n"
                 "Polls showed 23 percent favored Mr. Cruz and 15 percent backed Mr. Rubio.\n"
                 "Zelenskyy expressed hope that it would help and stressed that support is important.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found if s.cue in ("noted", "favored", "stressed")] == [
        ("The President", "noted", "today Ukraine and Turkey had signed an agreement"),
        ("23 percent", "favored", "Mr. Cruz"),
        ("Zelenskyy", "stressed", "support is important")]


def test_in_detail_or_in_particular_opens_content_not_a_scene():
    found = _one("Volodymyr Zelenskyy thanked in particular for the financial support for our state.\n"
                 "The leaders discussed in detail the developments in Ukraine.\n"
                 "He told reporters in the Oval Office.\n")
    assert [(s.cue, s.text) for s in found] == [
        ("thanked", "in particular for the financial support for our state"),
        ("discussed", "in detail the developments in Ukraine")]


def test_reported_on_gives_the_topic_and_i_is_never_a_the_phrase():
    found = _one("Prime Minister Denys Shmyhal reported on the application of restrictive measures.\n"
                 "The company reported on Monday.\n"
                 "The European Commission said the package was ready. “I am glad,” I said.\n")
    assert [(s.speaker, s.cue, s.text) for s in found] == [
        ("Denys Shmyhal", "reported", "on the application of restrictive measures"),
        ("The European Commission", "said", "the package was ready"),
        ("Denys Shmyhal", "said", "I am glad")]  # (the nearest named person before, not "The European Commission")


def test_that_before_an_auxiliary_after_an_object_opens_a_relative_clause_not_the_content():
    found = _one("Ukraine and Turkey signed an agreement that would expand production.\n"
                 "He expressed the hope that this would not develop.\n")
    assert [s.text for s in found] == ["an agreement that would expand production", "this would not develop"]


def test_an_opening_time_span_or_comparison_is_not_the_subject_of_a_later_verb():
    found = _one("Trump spoke in Phoenix. A month later, he visited the border and explained why voters would love him.\n"
                 "Clinton spoke in Iowa. Like Mr. Sanders, she has met the activists, seeking to embrace a younger generation.\n")
    assert [(s.speaker_text, s.speaker, s.cue) for s in found] == [
        ("he", "Donald Trump", "explained"), ("she", "Hillary Clinton", "seeking")]


def test_he_or_she_is_never_a_poll_or_a_plural_phrase():
    found = _one("Donald Trump led the field. A national poll found 40 percent backed him.\n"
                 "He proposed a database of Muslims.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue == "proposed"] == [("He", "Donald Trump")]
    assert not speakers._could_be_one_person("those four skilled spielers")
    assert not speakers._could_be_one_person("The poll")
    found = _one("Donald Trump spoke first. A local woman said the speech was long.\n"
                 "He promised new jobs. Six in 10 said they liked it. She said it again.\n")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue in ("promised", "said")] == [
        ("A local woman", "a local woman"), ("He", "Donald Trump"), ("Six in 10", "Six in 10"),
        ("She", "a local woman")]


def test_a_quotation_followed_by_is_is_a_subject_not_a_quote_with_a_speaker():
    found = _one("Dossym Satpayev said the deal was good.\n"
                 "“In 2030, we will all wake up speaking Chinese,” is one common saying here.\n")
    assert [(s.speaker, s.text) for s in found] == [("Dossym Satpayev", "the deal was good")]


def test_a_word_that_opens_the_sentence_is_not_part_of_the_fullest_name():
    found = _one("Even Corey Lewandowski said the race was close. Lewandowski added that the polls were wrong.\n"
                 "Because Russia refused, the talks ended. Russia said the terms were unacceptable.\n")
    assert [s.speaker for s in found if s.cue in ("said", "added")] == [
        "Corey Lewandowski", "Corey Lewandowski", "Russia"]


def test_a_release_that_opens_with_a_known_speakers_label_is_a_transcript_and_its_garbled_labels_are_turns():
    speech = " ".join(["We have done a great deal together this year and will do more."] * 4)
    text = ("President of Russia Vladimir Putin: Mr President, welcome to Moscow. " + speech +
            " President of the Union of Industrialists and Entrepreneurs(RSPP) Alexander Shokhin Shokhin AlexanderPresident"
            " of the Union of Industrialists and Entrepreneurs: Mr President, thank you for the invitation. Business is ready."
            " Patriarch Kirill Kirill Patriarch of Moscow and All Russia: Your Excellency, I thank you for your words. <…>")
    found = _one(text)
    assert [(s.speaker, s.text) for s in found if s.text.startswith(("Mr President", "Business", "Your Excellency"))] == [
        ("Vladimir Putin", "Mr President, welcome to Moscow"),
        ("Alexander Shokhin", "Mr President, thank you for the invitation"), ("Alexander Shokhin", "Business is ready"),
        ("Patriarch Kirill", "Your Excellency, I thank you for your words")]


def test_a_known_speakers_label_opens_a_turn_before_a_speech_that_ends_in_an_elision_mark():
    found = _one("Putin: Colleagues, good afternoon. I am glad to see you all here today. <…>")
    assert [(s.kind, s.speaker, s.text) for s in found] == [
        ("direct", "Vladimir Putin", "Colleagues, good afternoon"),
        ("direct", "Vladimir Putin", "I am glad to see you all here today")]


def test_a_role_that_another_role_serves_is_not_the_speaker():
    found = _one("The Adviser to the Head of the President's Office said the talks would resume.\n"
                 "The Head of the President's Office said the talks went well.\n"
                 "An adviser to the President of Ukraine said the offer stood.\n"
                 "The wife of the President of Ukraine said the children would be safe.\n",
                 date=pd.Timestamp("2022-03-01"), outlet="president.gov.ua")
    assert [s.speaker for s in found] == [
        "Adviser to the Head of the President's Office", "Andriy Yermak", "An adviser to the President of Ukraine",
        "The wife of the President of Ukraine"]


def test_one_person_spelled_two_ways_is_one_speaker():
    found = _one("Mykhailo Podoliak said the talks were hard. Later Mykhailo Podolyak said they went on.\n")
    assert [s.speaker for s in found] == ["Mykhailo Podolyak", "Mykhailo Podolyak"]


def test_a_label_run_on_after_a_section_heading_opens_a_turn_but_a_colon_after_a_name_in_prose_does_not():
    found = _one("Plenary meeting President of Russia Vladimir Putin: Mr Tokayev, colleagues, good afternoon. "
                 "I suggest we act more consistently. <…>\n"
                 "That is a big boost for Democrat Hillary Clinton: most of her backers say they will vote.\n")
    assert [(s.kind, s.speaker, s.text) for s in found] == [
        ("direct", "Vladimir Putin", "Mr Tokayev, colleagues, good afternoon"),
        ("direct", "Vladimir Putin", "I suggest we act more consistently"),
        ("indirect", "most of her backers", "they will vote")]


def test_a_registry_role_is_never_the_start_of_a_longer_role_and_a_time_word_is_not_the_subject():
    found = _one("The President of Poland said the border was open. The President of Ukraine said the talks went on.\n"
                 "The President's wife said the children were safe. Today Russia claims the sanctions failed.\n",
                 date=pd.Timestamp("2022-03-01"), outlet="president.gov.ua")
    assert [(s.speaker_text, s.speaker) for s in found] == [
        ("The President of Poland", "The President of Poland"), ("The President of Ukraine", "Volodymyr Zelenskyy"),
        ("The President's wife", "Olena Zelenska"), ("Russia", "Russia")]


def test_a_title_that_says_whose_words_an_article_is_gives_i_and_we_their_speaker():
    text = "Free people of a free country! I thank everyone who helps. We believe that every city will be rebuilt.\n"
    found = _one(text, title="Address by the President of Ukraine to the citizens", date=pd.Timestamp("2022-03-20"))
    assert [(s.speaker_text, s.speaker) for s in found] == [("I", "Volodymyr Zelenskyy"), ("We", "Volodymyr Zelenskyy")]
    assert [s.speaker for s in _one(text, title="Resistance and courage of our defenders")] == [None, None]


def test_a_first_person_release_of_a_head_of_states_office_is_theirs_where_nothing_else_names_a_speaker():
    text = "Ukrainians! I spoke with Ursula von der Leyen today. I thanked her for the support. We believe that we will win.\n"
    found = _one(text, date=pd.Timestamp("2022-04-20"), outlet="president_of_ukraine")
    assert {s.speaker for s in found if s.speaker_text in ("I", "We")} == {"Volodymyr Zelenskyy"}
    titled = _one("I believe that the talks will go on.\n", date=pd.Timestamp("2022-04-20"),
                  title="Peace needs partners - address by President of Ukraine Volodymyr Zelenskyy")
    assert [s.speaker for s in titled] == ["Volodymyr Zelenskyy"]
    assert "Volodymyr Zelenskyy" not in {s.speaker for s in _one(text, date=pd.Timestamp("2022-04-20"), outlet="nyt")}
    # (where no statement comes before them, a speaker's label does: the guest's "I" in a Kremlin release)
    text = "The talks began. President of Belarus Alexander Lukashenko: Friends, Mr Putin, welcome. I believe in the union."
    def context(text: str) -> document.Context:
        return document.Context(document.Document(text, "t", pd.Timestamp("2022-04-20"), "kremlin", "", False,
                                                  statements.default_actors(), statements.default_cues()))
    at = text.index("I believe")
    assert speakers._resolve(context(text), at, at + 1)[0] == "Alexander Lukashenko"
    assert speakers._resolve(context("Colleagues, I believe in the union."), 12, 13)[0] == "Vladimir Putin"


def test_a_bare_role_is_the_last_speaker_named_with_it():
    found = _one("Presidential Adviser Mykhailo Podoliak said the talks were hard. "
                 "Deputy Prime Minister Iryna Vereshchuk said the corridors were open. "
                 "The Adviser noted that the talks would go on. The Deputy Prime Minister stressed that buses were ready. "
                 "The Head of the Regional Administration said nothing.\n", date=pd.Timestamp("2022-04-20"))
    assert [(s.speaker_text, s.speaker) for s in found if s.cue in ("noted", "stressed")] == [
        ("The Adviser", "Mykhailo Podolyak"), ("The Deputy Prime Minister", "Iryna Vereshchuk")]


def test_i_outside_a_quotation_is_the_titles_author_whoever_their_words_report_before_it():
    text = ("Chancellor Olaf Scholz said that Germany would help. I believe that the help will come in time. "
            "“I am sure of it,” Scholz said.\n")
    found = _one(text, date=pd.Timestamp("2022-04-20"), title="Speech by President of Ukraine Volodymyr Zelenskyy at the forum")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue in ("believe", "said")] == [
        ("Chancellor Olaf Scholz", "Olaf Scholz"), ("I", "Volodymyr Zelenskyy"), ("Scholz", "Olaf Scholz")]


def test_whoever_serves_backs_or_opposes_a_named_person_is_not_that_person():
    found = _one("An aide to Agriculture Secretary Richard Lyng said the plan would fail.\n"
                 "Critics of Hillary Clinton said the emails mattered.\n"
                 "Hillary Clinton's allies said the emails did not matter.\n"
                 "Advisers to Donald Trump said the rally would go ahead.\n"
                 "Hillary Clinton’s campaign manager Robby Mook said the lead was safe.\n"
                 "Economic Adviser to the President Oleg Ustenko said the economy would recover.\n"
                 "A spokesman for Hillary Clinton said the emails were private.\n",
                 date=pd.Timestamp("2016-05-01"))
    assert [(s.speaker_text, s.speaker) for s in found] == [
        ("An aide to Agriculture Secretary Richard Lyng", "An aide to Agriculture Secretary Richard Lyng"),
        ("Critics of Hillary Clinton", "Critics of Hillary Clinton"),
        ("Hillary Clinton's allies", "Hillary Clinton's allies"),
        ("Advisers to Donald Trump", "Advisers to Donald Trump"),
        ("Hillary Clinton’s campaign manager Robby Mook", "Robby Mook"),
        # a capitalised role before a name is its holder's title; a spokesman speaks for whom he serves
        ("Economic Adviser to the President Oleg Ustenko", "Oleg Ustenko"),
        ("Hillary Clinton", "Hillary Clinton")]


def test_a_message_with_no_sender_named_is_the_publishing_head_of_states():
    text = 'The message reads, in part: "I congratulate you on the anniversary of the court."\n'
    found = _one(text, date=pd.Timestamp("2021-10-30"), outlet="kremlin en.kremlin.ru")
    assert [(s.speaker_text, s.speaker) for s in found] == [("The message", "Vladimir Putin")]
    # (where the release names who sent it, or no head of state publishes it, the message stays itself)
    sent = _one("The Governor sent a message to the court. " + text, date=pd.Timestamp("2021-10-30"),
                outlet="kremlin en.kremlin.ru")
    assert [(s.speaker_text, s.speaker) for s in sent] == [("The message", "the message")]
    assert [s.speaker for s in _one(text, date=pd.Timestamp("2021-10-30"), outlet="nyt")] == ["the message"]


def test_a_labels_role_word_that_the_article_also_writes_in_lower_case_is_not_part_of_the_name():
    text = ("Vladimir Putin: Mr Murashko, please brief us on healthcare and medicines for the regions.\n"
            "Minister of Healthcare Mikhail Murashko: Mr President, we created a well-developed regulatory system.\n"
            "Vladimir Putin: Thank you. Let us move on to the next question.\n")
    found = _one(text, date=pd.Timestamp("2022-03-01"), outlet="kremlin")
    assert [s.speaker for s in found if s.speaker_text.startswith("Minister")] == ["Mikhail Murashko"]


def test_a_bare_role_is_the_last_person_the_article_names_with_it_speaker_or_not():
    found = _one("Deputy Head of the Office of the President Roman Mashovets met with the Ambassador of Canada. "
                 "The Deputy Head of the Office of the President thanked Canada for its support.\n"
                 "Head of the Office of the President of Ukraine Andriy Yermak met the Prime Minister. "
                 "The Head stressed that the talks would go on.\n"
                 "Prime Minister Denys Shmyhal spoke first. The Minister said the budget was ready.\n",
                 date=pd.Timestamp("2022-03-01"), outlet="president_of_ukraine")
    assert [s.speaker for s in found] == ["Roman Mashovets", "Andriy Yermak", "The Minister"]


def test_the_place_a_capitalised_role_is_of_is_not_part_of_the_name_after_it():
    found = _one("Volodymyr Zelenskyy met with Prime Minister of the United Kingdom Boris Johnson. "
                 "Johnson said the aid would grow.\n"
                 "The talks were joined by Secretary of State George Shultz. Shultz said the plan would hold.\n",
                 date=pd.Timestamp("2022-04-09"))
    assert [s.speaker for s in found] == ["Boris Johnson", "George Shultz"]


def test_a_body_and_the_place_it_is_of_are_not_part_of_the_name_after_them():
    found = _one("Head of the Security Service of Ukraine Ivan Bakanov said the border was closed.\n"
                 "Secretary of the National Security and Defense Council Oleksiy Danilov said the army was ready.\n"
                 "Meenakshi Ganguly of Human Rights Watch said the report was late.\n"
                 "The talks were about the EU. Celia Kuningas-Saagpakk said the aid would come.\n",
                 date=pd.Timestamp("2022-03-01"))
    assert [s.speaker for s in found] == ["Ivan Bakanov", "Oleksiy Danilov", "Meenakshi Ganguly of Human Rights Watch",
                                          "Celia Kuningas-Saagpakk"]


def test_attacks_after_the_and_a_name_are_a_noun_unless_an_object_follows():
    found = _one("After the Paris attacks, Trump released a new ad.\nThe Brussels attacks would harden attitudes.\n"
                 "The Kremlin attacks Ukraine every day.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [("The Kremlin", "attacks", "Ukraine every day")]


def test_a_label_names_the_person_after_a_role_word_and_a_first_name_spelled_twice():
    text = ("Vladimir Putin: Mr Dmitriev, Mr Fradkov, please report on the fund and the bank.\n"
            "Russian Direct Investment Fund CEO Kirill Dmitriev: Mr President, the fund has invested in forty projects.\n"
            "Promsvyazbank CEO Petr Fradkov Fradkov PyotrPromsvyazbank CEO: Mr President, the bank has kept its clients.\n"
            "Vladimir Putin: Thank you. Let us move on to the next question.\n")
    found = _one(text, date=pd.Timestamp("2022-03-01"), outlet="kremlin")
    assert [s.speaker for s in found if "CEO" in s.speaker_text] == ["Kirill Dmitriev", "Petr Fradkov"]


def test_a_capitalised_role_right_before_a_name_is_left_out_of_the_speaker():
    found = _one("House Speaker Paul Ryan said the bill would pass.\nFBI Director James Comey said the case was closed.\n"
                 "General Motors Corp's GMAC Financial Services said rates would rise.\n"
                 "Ambassador Michael Samuels said the talks went well. Later Ryan said the vote would wait.\n",
                 date=pd.Timestamp("2016-05-01"))
    assert [s.speaker for s in found] == ["Paul Ryan", "James Comey", "General Motors Corp's GMAC Financial Services",
                                          "Michael Samuels", "Paul Ryan"]


def test_a_role_said_after_the_quote_runs_on_with_what_it_heads_and_names_its_holder():
    found = _one("Adviser to the Head of the Office of the President Mykhailo Podolyak met the delegation.\n"
                 '"We are ready to talk," said the Adviser to the Head of the President\'s Office on Monday.\n'
                 '"We will answer," said the President of the European Commission addressing the deputies.\n',
                 date=pd.Timestamp("2022-03-01"), outlet="president_of_ukraine")
    assert [(s.speaker_text, s.speaker) for s in found] == [
        ("the Adviser to the Head of the President's Office", "Mykhailo Podolyak"),
        ("the President of the European Commission", "Ursula von der Leyen")]


def test_a_bare_role_named_otherwise_is_found_by_the_word_its_body_ends_in_or_in_the_title():
    found = _one("Head of the President's Office Andriy Yermak met the envoys. The Head of the Office said the talks "
                 "went well.\n", date=pd.Timestamp("2022-03-01"), outlet="president_of_ukraine")
    assert [s.speaker for s in found] == ["Andriy Yermak"]
    found = _one("Vladimir Putin asked Mr Razvozhayev to extend his greetings. The Governor recalled another date.\n",
                 date=pd.Timestamp("2021-11-04"), outlet="kremlin", title="Meeting with Governor of Sevastopol Mikhail Razvozhayev")
    assert [(s.speaker_text, s.speaker) for s in found if s.cue == "recalled"] == [("The Governor", "Mikhail Razvozhayev")]
    # (a role that ends in a name keeps it: no other president of a republic named before it)
    found = _one("President of the Republic of Poland Andrzej Duda arrived first. "
                 "President of the Republic of Lithuania Gitanas Nausėda said the summit would go on.\n",
                 date=pd.Timestamp("2022-04-13"))
    assert [s.speaker for s in found] == ["Gitanas Nausėda"]


def test_first_lady_is_a_title_and_thanks_to_and_a_clock_time_are_nobody():
    found = _one("In this regard, the First Lady of Ukraine stressed that cooperation will have practical meaning.\n"
                 "Largely thanks to their efforts, the humanitarian situation has improved.\n"
                 "Evil calls you an aggressor, and then attacks at 4:45 am saying it is self-defense.\n",
                 date=pd.Timestamp("2022-03-01"))
    assert [(s.speaker_text, s.speaker) for s in found if s.speaker_text != "Evil"] == [
        ("the First Lady of Ukraine", "Olena Zelenska")]


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_speaker():
    found = _one("Imagine you are looking for words to explain this to children. Just imagine it.\n"
                 "More than 5 million Ukrainians have left the country and found refuge abroad. Many more want to.\n"
                 "Voters say the economy matters most. The voters are tired.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("Voters", "say")]


def test_a_dash_between_spaces_and_a_leading_and_are_not_part_of_the_subject():
    found = _one("Today is a truly historic day - Ukraine has felt the support of four states.\n"
                 "CHICAGO - Rahm Emanuel said the report was late.\n"
                 "Both I and government officials have already said that the service works.\n")
    assert [s.speaker_text for s in found] == ["Ukraine", "Rahm Emanuel", "government officials"]


def test_no_clause_word_gerund_or_verb_is_part_of_a_subject():
    found = _one('"He has been very aggressive with the rule," which Mozloom thinks will lead employers to cut hours.\n'
                 "It is consistent with his preference for having regional actors address conflicts.\n"
                 "His comments came after being asked yet again to defend his criticism of New York values.\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("indirect", "Mozloom", "thinks"), ("indirect", "regional actors", "address"), ("indirect", "His comments", "defend")]


def test_a_speaker_is_named_as_a_chart_groups_it():
    found = _one("The company said profits rose in the\nfourth quarter, helped by higher\nprices. Sales fell in Europe, "
                 "said the\ncompany, which makes steel in\nthree plants.\n")
    assert [(s.speaker_text, s.speaker) for s in found] == [("The company", "the company"), ("the\ncompany", "the company")]
    assert _one("The Kremlin said the talks would go on.\n")[0].speaker == "Kremlin"
    found = _one("Analysts said the yen would rise. Some analysts said it would fall, and analysts disagree.\n"
                 "Democratic party officials said the vote was fair. His aides said so too.\n")
    assert [s.speaker for s in found if s.cue == "said"] == [
        "analysts", "some analysts", "Democratic party officials", "his aides"]


def test_the_company_is_the_company_that_spoke_last():
    found = _one("Ohio Mattress Co said its first quarter profits may be lower.\n"
                 "The company said sales were weak. It said it expects a recovery.\n"
                 "A spokesman for the firm said costs rose.\n")
    # (a spokesman speaks for whom he serves, here the firm)
    assert [s.speaker for s in found if s.cue == "said"] == ["Ohio Mattress Co"] * 4
    assert [s.speaker for s in _one("The company said sales were weak.\n")] == ["the company"]  # (no company named)


def test_on_reuters_wire_copy_the_company_is_mostly_named():
    import itertools

    articles = itertools.islice(corpus.iter_articles([shared("corpora", "reuters21578", "articles.jsonl.gz")]), 1500)
    speakers = [s.speaker for article in articles for s in statements.article_statements(article)]
    assert len(speakers) > 4000  # (5,931 measured on 2026-12-06)
    # "The company said" after "Ohio Mattress Co said" is the company (none were named before the rule).
    # Measured: 113 "the company" against 853 named companies (0.13); the bound of 0.4 leaves room for
    # rules that change which mentions are companies, and fails if the rule stops naming most of them.
    assert speakers.count("the company") < 0.4 * sum(1 for s in speakers if s and s.split()[-1] in ("Inc", "Corp", "Co"))


def test_a_quotation_after_and_i_quote_or_after_a_verb_by_saying():
    found = _one('Trump said, and I quote, "We love the poorly educated." He was wrong.\n'
                 "Smith returned to court. He began by saying, “I don’t think that jail is necessary.”\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("direct", "Trump", "said"), ("direct", "He", "saying")]


def test_a_sentence_opening_word_is_not_part_of_the_speaker_and_a_colon_introduces_what_follows():
    found = _one("But Mr. Trump said the deal was bad. Perhaps young voters prefer change.\n"
                 "Last month the governor said taxes would fall.\n"
                 'This morning the Pope said: "You want peace." And I replied: "Our people have become this army."\n',
                 date=pd.Timestamp("2022-05-12"), outlet="president_of_ukraine")
    assert [s.speaker_text for s in found][:3] == ["Mr. Trump", "young voters", "the governor"]
    assert [(s.speaker_text, s.text) for s in found if s.kind == "direct"] == [
        ("the Pope", "You want peace."), ("I", "Our people have become this army.")]


def test_a_transcript_label_keeps_the_particles_of_a_name():
    found = statements.extract("Vladimir Putin: Good afternoon, colleagues.\n"
                               "Mansoor bin Ebrahim Al-Mahmoud: Thank you, President Putin.\n"
                               "Ursula von der Leyen: We agree on the next steps.\n"
                               "Vladimir Putin: Thank you all.\n", "t")
    assert [s.speaker for s in found] == ["Vladimir Putin", "Mansoor bin Ebrahim Al-Mahmoud", "Ursula von der Leyen",
                                          "Vladimir Putin"]
