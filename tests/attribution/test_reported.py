"""Reported speech (analysis.attribution.reported and analysis.attribution.content): which cues report,
where the content starts and ends, "according to", owned report and stance nouns, stance verbs and
participles, poll findings, "this was stated by", and the writer's own assessments."""

import pytest

from analysis.attribution import reported
from analysis.attribution.content import reports_speech
from analysis.attribution.registry import default_cues
from conftest import paragraph_of, statements_of


# The stage's own decisions, taken directly


def _found(ctx):
    return [(s.kind, s.text, s.speaker, s.cue) for s in ctx.found.statements]


def _no_statement_in(texts: list[str]) -> None:
    for text in texts:
        assert statements_of(text, speech_only=True) == [], text


def _statement_in(pairs: list[tuple[str, str]]) -> None:
    """Each text holds a statement whose words are the content given."""
    for text, content in pairs:
        assert content in [s.text for s in statements_of(text, speech_only=True)], text


def test_a_report_around_its_cue_has_its_speaker_before_and_its_content_after():
    ctx, para = paragraph_of("Donald Trump said the deal was close, and he left.\n")
    reported.reports_around_cues(ctx, para)
    assert _found(ctx) == [("indirect", "the deal was close", "Donald Trump", "said")]


def test_a_writers_clause_set_off_after_the_cue_leaves_the_report_before_the_speaker():
    texts = ["The plan is an insult to all voters, top lawmakers said Friday afternoon, as they bristled at the questions.\n",
             "The plan is an insult to all voters, top lawmakers said, because they saw the questions.\n",
             "The plan is an insult to all voters, top lawmakers said on Friday, while they bristled at the questions.\n"]
    for text in texts:
        assert [s.text for s in statements_of(text, speech_only=True)] == ["The plan is an insult to all voters"], text
    # (a quotation in the clause is the speaker's words: the report goes on into it)
    found = statements_of('One offered to shelter the U.S. personnel at a nearby militia compound, Bob said, while others '
                          '"didn\'t necessarily want to help us, and some just didn\'t know what to do."\n', speech_only=True)
    assert any(s.text.startswith("while others") for s in found)
    # (with nothing before the speaker, what follows the clause is still the report)
    _statement_in([("He said, if elected, he would build it.\n", "if elected, he would build it")])


def test_a_dateline_is_no_part_of_the_first_sentence_nor_its_report():
    for dateline in ("WASHINGTON ― ", "WASHINGTON (AP) — ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ", "MOSCOW, March 3 - "):
        found = statements_of(dateline + "The plan is an insult to all voters, Steve Grubbs said.\n", speech_only=True)
        assert [(s.text, s.speaker) for s in found] == [("The plan is an insult to all voters", "Steve Grubbs")], dateline
    # (a name in capitals with a hyphen in it is no dateline)
    found = statements_of("ADVO-System Inc said it could report a break-even quarter.\n", speech_only=True)
    assert [s.speaker for s in found] == ["ADVO-System Inc"]


def test_a_report_in_a_clause_that_opens_its_sentence_with_a_subordinator_ends_with_that_clause():
    _statement_in([
        ("While the president has said he opposes sending troops to far-flung countries, his administration carves "
         "out exceptions.\n", "he opposes sending troops to far-flung countries"),
        ("Although Putin said that, in his view, the talks were useful, the Kremlin did not set a date.\n",
         "that, in his view, the talks were useful"),  # (the first comma with a clause on each side)
        ('When Francis said Mr. Trump "is not Christian," the pope served up red meat for headline writers.\n',
         'Mr. Trump "is not Christian,"'),
        ("While Clark said the talks took place in Bunkerville, Nev., others argue they never did.\n",
         "the talks took place in Bunkerville, Nev"),
    ])
    # (a clause set off after its report, or one that reports what follows it, is no such clause)
    _statement_in([("If Clinton is elected, he said, the country would suffer.\n", "If Clinton is elected the country would suffer")])


def test_a_report_that_ends_an_aside_in_brackets_ends_before_the_bracket():
    found = statements_of("Aides were upbeat. (A spokesman said the timing was unrelated.) The talks went on.\n",
                          speech_only=True)
    assert [s.text for s in found] == ["the timing was unrelated"]


def test_to_before_a_noun_phrase_opens_no_infinitive_and_no_report():
    _no_statement_in(["The hacker admits to other intrusions.\n", "The hacker admits to 14 other intrusions.\n",
                      "Ackman wrote to investors.\n"])  # (nor a plural noun: no verb ends so after "to")
    found = statements_of("Mr. Trump responded to that tweet by calling Alwaleed a dopey prince.\n", speech_only=True)
    assert [s.text for s in found] == ["Alwaleed a dopey prince"]  # (what he named him, not what he responded to)
    _statement_in([("Hillary Clinton reiterated to ABC News that, in retrospect, the set-up was a mistake.\n",
                    "to ABC News that, in retrospect, the set-up was a mistake"),  # (whom it was said to, then what)
                   ("The company said to date there have been 12 other trials.\n", "to date there have been 12 other trials"),
                   ("Putin promised to lift the sanctions.\n", "to lift the sanctions")])


def test_a_report_in_a_relative_clause_set_off_by_commas_ends_with_that_clause():
    for text, content in [("Sanders, who said he would probably campaign with him, ultimately did not show up.\n",
                           "he would probably campaign with him"),
                          ("Tony Podesta, who said the project was vetted by counsel, said he was unaware of it.\n",
                           "the project was vetted by counsel"),
                          # (a quotation that ends the relative clause, its comma inside the mark)
                          ("Lehel, who wrote that it was “hacked,” said he had access to the server.\n",
                           "it was “hacked,”"),
                          # (a relative clause that closes an apposition set off by commas)
                          ("Smith, a former Fed governor who spoke with her, said in an interview that Congress had "
                           "acted.\n", None),
                          ("Jones, a lawyer who said the plan was dead, has joined the firm.\n", "the plan was dead")]:
        if content is None:
            assert not [s for s in statements_of(text, speech_only=True) if s.speaker_text == "who"], text
            continue
        assert [s.text for s in statements_of(text, speech_only=True) if s.speaker_text == "who" and s.kind == "indirect"] \
            == [content], text
    # a relative clause that is not set off describes its noun and runs to its end
    text = "Voters who said the economy was weak, by a wide margin, backed Trump.\n"
    assert "the economy was weak" in [s.text for s in statements_of(text, speech_only=False)][0]


def test_what_a_source_asks_for_themselves_is_no_statement():
    text = "An official, who asked not to be identified, said the talks had failed.\n"
    assert [(s.text, s.cue) for s in statements_of(text, speech_only=True)] == [("the talks had failed", "said")]
    text = "Zelenskyy asked to close the sky. He asked the allies not to be silent.\n"
    assert [s.text for s in statements_of(text, speech_only=True)] == ["to close the sky", "the allies not to be silent"]


def test_of_inside_a_stance_verbs_object_names_nothing():
    _no_statement_in(["Zelenskyy thanked the Prime Minister of Croatia for the meeting.\n",
                      "Putin praised the level of partnership between the countries.\n",
                      "Zelenskyy thanked Croatia for the meeting.\n"])
    # what the object is charged with, or named, after it is said
    _statement_in([("Clinton accused Trump of lying about the deal.\n", "Trump of lying about the deal"),
                   ("Collins called the treatment of minorities “pathetic.”\n", "the treatment of minorities “pathetic.”")])


def test_a_verb_read_from_its_ending_after_a_preposition_in_an_object_makes_no_clause():
    # after a verb that may take an object, "reached" and "aspirations" are read inside the object
    _no_statement_in(["Roman Mashovets noted the positive dynamics in the implementation of the agreements reached in October.\n",
                      "Ihor Zhovkva noted Bucharest's support for our country's Euro-Atlantic aspirations.\n",
                      "They considered some aspects of cooperation within the framework of integration associations.\n",
                      "Her family asked for privacy as they sought answers.\n"])
    # a verb of saying takes its clause without "that"; "that", a plain subject, an auxiliary, or an
    # object with what it is to do or be named still make one after any verb
    _statement_in([("UAL said its unit's load factor for February rose to 63.2 pct.\n",
                    "its unit's load factor for February rose to 63.2 pct"),
                   ("He noted that exports to Europe totalled 5.5 mln bags.\n", "exports to Europe totalled 5.5 mln bags"),
                   ("Zhovkva noted the talks failed.\n", "the talks failed"),
                   ("Biden noted the talks failed when he left.\n", "the talks failed when he left"),
                   ("Cooper noted support for the plan would grow.\n", "support for the plan would grow"),
                   ("Vaxa expects sales to rise to about 100 mln dlrs this year from 57.3 mln dlrs in 1986.\n",
                    "sales to rise to about 100 mln dlrs this year from 57.3 mln dlrs in 1986")])


def test_what_was_spoken_of_or_asked_for_after_a_preposition_is_no_statement():
    # a preposition right after the cue carries what the speech was about or asked for, with no clause
    _no_statement_in(["David Seacord complained of the economic and power imbalance he sees in this country.\n",
                      "Blinken asked for a separate meeting to clarify certain questions.\n",
                      "Putin spoke about new ways to encourage the cooperation tools we already have.\n"])
    # but a time or an amount opens the clause, and a clause or a quotation may follow the phrase
    _statement_in([("Zelenskyy stressed for the first time Ukrainians all over the world will feel at home.\n",
                    "for the first time Ukrainians all over the world will feel at home"),
                   ("A spokesman estimated about 300 lawsuits are pending.\n", "about 300 lawsuits are pending"),
                   ("Roland Z wrote of Ms. Merkel: “Your boss is bringing them to Germany.”\n",
                    "of Ms. Merkel: “Your boss is bringing them to Germany.”")])


def test_a_relative_clause_on_the_cues_object_is_no_content():
    # "that" after the cue's object opens a clause about the object when a verb and its object follow
    text = "“It will not be candles,” said Erik Flannigan, referring to the scenery that distinguished ''Unplugged'' concerts.\n"
    assert [s.text for s in statements_of(text, speech_only=True)] == ["It will not be candles", "Unplugged"]
    _no_statement_in(["Tim Kaine signed a bill that created the “Choose Life” license plates.\n"])
    # but a clause with its own subject after "that" is what was said
    _statement_in([("Putin expressed concern that increased spending would hurt.\n", "increased spending would hurt"),
                   ("He told reporters that Obama had raised the deficit.\n", "Obama had raised the deficit")])


def test_a_plural_subject_and_a_verb_in_its_base_form_make_a_clause():
    _statement_in([("Jacob Shiansky said his friends feel the same way.\n", "his friends feel the same way"),
                   ("NSPA said the figures include only member firms.\n", "the figures include only member firms"),
                   ("Putin said many issues remain to be resolved.\n", "many issues remain to be resolved")])
    # (a noun after a plural noun is no verb where the content may be an object, nor at the content's end)
    _no_statement_in(["He discussed the arms deal with Iran.\n", "She noted the sales tax.\n"])
    # a bare plural subject, an adverb between ("parents still want"), and "the two" are subjects too; a plural
    # possessive is none ("parents’ right to boycott")
    _statement_in([("Megan Hester said parents still want neighborhood schools.\n", "parents still want neighborhood schools"),
                   ("Officials said the two raised $350 million.\n", "the two raised $350 million")])
    _no_statement_in(["Most of the candidates support parents’ right to boycott state exams.\n",
                      "He said between the two parties.\n"])


def test_a_that_after_the_contents_own_subject_and_verb_opens_no_content():
    _statement_in([("Putin said it is particularly good that there are people who implement ideas.\n",
                    "it is particularly good that there are people who implement ideas"),
                   ("O'Neill said officials are in possession of video that shows the explosion.\n",
                    "officials are in possession of video that shows the explosion"),
                   ("Smith said officials believe that the deal will hold.\n", "officials believe that the deal will hold")])
    # (but a place, a time or an addressee before "that" is none of the content, nor a verb without its subject)
    _statement_in([("Smith said in an interview with Fox News on Sunday that the deal will hold.\n", "the deal will hold"),
                   ("Smith told reporters at the White House that the deal will hold.\n", "the deal will hold"),
                   ("Another point Putin emphasised was that the forces are doing their utmost.\n",
                    "the forces are doing their utmost")])


def test_after_a_verb_of_stance_a_verb_read_from_its_ending_makes_no_clause():
    _no_statement_in(["Sanders takes issue with a new oversight board created under the legislation.\n",
                      "Rendell blamed several factors, including budget cuts that eliminated grants.\n"])
    # a verb of naming takes its object with what it names it
    _statement_in([("Gov. Doug Ducey called the long lines \"unacceptable.\"\n", 'the long lines "unacceptable."'),
                   ("Sanders calls Clinton unqualified.\n", "Clinton unqualified")])


def test_a_report_ends_before_the_attribution_that_closes_its_sentence():
    text = ("Hutchison expects that profits will reach 1,200 mln dlrs in 1987, chairman Li Ka-shing said.\n\n"
            "The data showed the draining action was large, economists said on Monday.\n")
    found = statements_of(text, speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [
        ("Li Ka-shing", "Hutchison expects that profits will reach 1,200 mln dlrs in 1987"),
        ("Hutchison", "profits will reach 1,200 mln dlrs in 1987"),
        ("economists", "The data showed the draining action was large")]  # (what the data show is the economists' claim)
    assert found[1].via == found[0].statement_id


def test_what_someone_would_should_or_must_say_is_no_statement():
    _no_statement_in(["Supporters of Sanders would argue that his pitch fits the mood of the electorate.\n",
                      "Many would likely point out that Clinton is drawing such criticism from a poisoned well.\n",
                      "The democratic world must admit that money for Russian energy finances the war.\n"])
    # a speaker's own "I must say", and "would only say", report what was said
    _statement_in([("I must say we still lack heavy weapons.\n", "we still lack heavy weapons"),
                   ("The senator would only say his lack of knowledge was worrisome.\n", "his lack of knowledge was worrisome")])


def test_according_to_names_its_source_and_the_clause_is_the_content():
    ctx, para = paragraph_of("According to a senior official, the talks will resume in Geneva.\n")
    reported.according_to(ctx, para)
    assert _found(ctx) == [("indirect", "the talks will resume in Geneva", "a senior official", "According to")]


def test_an_owned_stance_noun_and_a_poll_finding_and_stated_by():
    ctx, para = paragraph_of("Trump's attacks on a federal judge drew criticism.\n")
    reported.stance_nouns_with_owners(ctx, para)
    assert _found(ctx) == [("indirect", "a federal judge", "Donald Trump", "attacks on")]
    ctx, para = paragraph_of("In the new Post-ABC poll, 60 percent back the deal.\n")
    reported.poll_findings(ctx, para)
    assert _found(ctx) == [("indirect", "60 percent back the deal", "the new Post-ABC poll", "In")]
    ctx, para = paragraph_of("The talks will go on. This was stated by President Volodymyr Zelenskyy.\n")
    reported.stated_by(ctx, para)
    assert _found(ctx) == [("indirect", "The talks will go on", "Volodymyr Zelenskyy", "stated")]


def test_the_writers_assessment_is_kept_apart_with_no_speaker():
    ctx, para = paragraph_of("Christie appears to be embracing the plan.\n")
    reported.find_assessments(ctx, para)
    assert ctx.found.statements == []
    assert [(s.kind, s.speaker, s.text) for s in ctx.found.assessments] == [
        ("assessment", None, "Christie to be embracing the plan")]


def test_a_source_after_according_to_is_at_most_twelve_words_up_to_its_clause():
    text = "according to a new poll by the Harvard Institute of Politics at the Kennedy School of Government today"
    start = len("according to ")
    span = reported.source_phrase(text, start, len(text))
    assert len(text[span[0]:span[1]].split()) == 12 and text[span[0]:].startswith("a new poll")
    assert reported.source_phrase(text, len(text), len(text)) is None


# End to end


def test_according_to_at_the_start_and_at_the_end():
    found = statements_of("According to a senior official, the talks will resume in Geneva.\n"
                          "The ceasefire has collapsed, according to the Kremlin.\n")
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("indirect", "the talks will resume in Geneva", "a senior official"),
        ("indirect", "The ceasefire has collapsed", "Kremlin"),
    ]


def test_a_passive_announcement_is_not_reported_speech():
    assert statements_of("The call, initially announced by Trump on Saturday, lasted two hours.\n") == []


def test_passive_naming_is_not_reported_speech():
    assert statements_of("The venture will be called BP Standard Financial Trading and will start in May.\n") == []


def test_a_place_between_cue_and_that_and_a_bare_group_as_source():
    found = statements_of("Clinton says at a campaign stop in Toledo, Ohio, that it means Trump never paid.\n"
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
    ("The judge -- who had been in a dispute with the candidate -- said she regretted her remarks.\n", "The judge",
     "she regretted her remarks"),  # an aside between typewriter dashes ("a dispute" is no subject)
    ("Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server.\n", "Marcel Lehel",
     "he had access to the server"),  # an apposition that ends in a short quotation, its comma inside the mark
    ("Marcel Lehel, known as ''Guccifer,'' said he had access to the server.\n", "Marcel Lehel",
     "he had access to the server"),
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
    ("Ecuador might build a pipeline, the first official said.\n", "the first official",
     "Ecuador might build a pipeline"),  # ("first" between "the" and the noun is which one, no adverb)
    ("The plan failed, former President Jimmy Carter said.\n", "President Jimmy Carter", "The plan failed"),
    # (what qualifies a title before the speaker is the speaker's: "former", "acting")
    ("Argentina could suspend payments, ruling Radical Party Deputy Raul Baglini told a radio station.\n",
     "Radical Party Deputy Raul Baglini", "Argentina could suspend payments"),
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
    found = [s for s in statements_of(text) if s.parent is None]  # a nested report of the same speaker names its parent
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
    assert statements_of(text) == []


def test_manner_of_speaking_verbs_and_owned_reports_with_modifiers():
    found = statements_of("“Everything you said,” the judge exclaimed, “has obliterated the case.”\n"
                          "Trump's recent evidence-free assertion that thousands celebrated drew criticism.\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("direct", "the judge", "exclaimed"), ("indirect", "Trump", "assertion")]


def test_a_participle_after_pointing_to_carries_the_clauses_subject():
    found = statements_of("He basically ducked, pointing to his record in the Legislature and saying that senators are overrated.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("He", "pointing to"), ("He", "saying")]


def test_a_time_or_a_phrase_before_a_participle_is_no_content():
    found = statements_of('"Europe must defend itself," Hollande said Friday as he entered the talks.\n'
                          'The country "has changed for the better," McConnell said in June 2012, citing the release of prisoners.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.parent is None] == [
        ("direct", "Hollande", "Europe must defend itself"),
        ("indirect", "McConnell", 'The country "has changed for the better,"'),
        ("indirect", "McConnell", "the release of prisoners"),
    ]


def test_content_stops_at_a_new_clause_after_a_quotations_closing_mark():
    found = statements_of("Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also darkened his warnings.\n")
    assert found[0].text == "lower taxes and “jobs, jobs, jobs,”"


def test_a_report_noun_with_its_owner_and_a_that_clause():
    found = statements_of("Trump spoke in Ohio. He said the plan was bad.\n"
                          "Politifact checked Donald Trump’s claim that there have been “thousands of shootings” in Chicago.\n"
                          "His insistence that the plan would work surprised nobody.\n")
    reports = [(s.speaker, s.cue, s.text) for s in found if s.cue in ("claim", "insistence") and s.parent is None]
    assert reports[0] == ("Donald Trump", "claim", "there have been “thousands of shootings” in Chicago")
    assert reports[1][:2] == ("Donald Trump", "insistence")  # "his" resolves like "he"


def test_a_participle_right_after_a_noun_describes_it_and_reports_nothing():
    found = statements_of("Trump said the plan was bad. An ad criticizing Clinton ran all week.\n")
    assert [s.cue for s in found] == ["said"]  # not "criticizing", carried on from Trump


def test_backing_after_a_noun_is_the_stance_of_that_noun_not_of_the_speaker_before():
    found = statements_of("Trump said the plan was bad. A super PAC supporting Clinton ran ads all week.\n")
    assert [(s.cue, s.speaker_text, s.text) for s in found] == [
        ("said", "Trump", "the plan was bad"), ("supporting", "A super PAC", "Clinton")]


def test_attacks_is_a_verb_after_a_name():
    assert [s.speaker_text for s in statements_of("Trump attacks Clinton over her server.\n")] == ["Trump"]


def test_content_stops_before_a_clause_with_its_own_speaker_after_a_comma():
    found = statements_of("Clinton said her decision was a mistake, at the town hall this week she said it was not an error.\n")
    assert [(s.cue, s.text) for s in found] == [("said", "her decision was a mistake"), ("said", "it was not an error")]


def test_a_show_named_after_an_appearance_is_no_content():
    found = statements_of("Trump explained his reasoning in an appearance on CBS’s Face the Nation.\n")
    assert [s.text for s in found] == ["his reasoning"]


def test_a_stance_verbs_object_stops_before_a_reason_or_a_time_clause():
    found = statements_of("Sanders opposed it because it fell far short of the request.\n")
    assert [(s.cue, s.text) for s in found] == [("opposed", "it")]


def test_a_stance_verbs_object_runs_on_through_including():
    found = statements_of("Officials blamed several factors, including budget cuts that eliminated grants.\n")
    assert [(s.cue, s.text) for s in found] == [("blamed", "several factors, including budget cuts that eliminated grants")]


def test_a_name_a_verb_takes_as_object_makes_a_noun_like_cue_a_noun():
    found = statements_of("Supporters gave each other high-fives and held Trump signs high above their heads.\n")
    assert found == []  # (not "held Trump" signing, nor Trump)
    found = statements_of("He said Trump signs every bill he likes.\n")  # after a reporting verb, the name opens a clause
    assert [(s.cue, s.speaker) for s in found][-1:] == [("signs", "Donald Trump")]


def test_content_stops_before_and_with_a_speaker_of_its_own():
    found = statements_of("Many Republicans have said they will not attend the convention and others have said they are not "
                          "interested in speaking.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Many Republicans", "they will not attend the convention"), ("others", "they are not interested in speaking")]


def test_a_gerund_can_open_reported_content():
    found = statements_of("President Obama rebuked critics, saying calling the group by another name will do nothing.\n")
    assert [(s.cue, s.text) for s in found][-1] == ("saying", "calling the group by another name will do nothing")


def test_a_clause_after_whom_something_was_told_is_content():
    found = statements_of("Trump told reporters the event was canceled.\nShe told a Senate panel Wednesday.\n")
    assert [(s.cue, s.text) for s in found] == [("told", "the event was canceled")]


def test_content_stops_before_and_with_a_named_speaker_in_apposition():
    found = statements_of("Officials said the plan is on track to meet its targets, and Brian Deese, the White House climate "
                          "adviser, said the plan works.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Officials", "the plan is on track to meet its targets"), ("Brian Deese", "the plan works")]


def test_a_clause_set_off_after_that_stays_in_the_content():
    found = statements_of("Economists argue that, while the tax may lower premiums, workers will not get the savings.\n")
    assert [(s.speaker_text, s.text) for s in found][0] == (
        "Economists", "that, while the tax may lower premiums, workers will not get the savings")


def test_a_sentence_resumed_after_an_inverted_attribution_is_one_statement_in_two_parts():
    text = "Kerry's actions, said Michael Kofman, an expert on Russia, would read this as an admission.\n"
    found = statements_of(text)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Michael Kofman", "Kerry's actions would read this as an admission")]
    assert [text[a:b] for a, b in found[0].parts] == ["Kerry's actions", "would read this as an admission"]


def test_a_lone_conjunction_before_an_inverted_attribution_is_no_content():
    found = statements_of('But, said Solovey, "I can\'t fight that."\nHowever, said Smith, the plan will fail.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found] == [
        ("direct", "Solovey", "I can't fight that."), ("indirect", "Smith", "the plan will fail")]


def test_a_document_obtained_by_somebody_is_the_speaker_of_its_words():
    found = statements_of("A memo obtained by The Associated Press warns that the deal is off.\n"
                          "The proposal was written by a delegate supporting Clinton.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("A memo", "warns"), ("a delegate", "supporting")]


def test_a_document_put_out_without_its_words_is_no_statement():
    found = statements_of("The DNC released a statement at the outset of the convention.\n"
                          "Mr. Trump released a follow-up statement.\n"
                          "President Clinton released the following statement:\n“We offer our condolences.”\n")
    assert [(s.speaker_text, s.text) for s in found if s.kind == "direct"] == [("President Clinton", "We offer our condolences.")]
    assert not [s for s in found if s.speaker_text in ("The DNC", "Mr. Trump")]


def test_founding_is_not_finding():
    found = statements_of("Roger Ailes helped found Fox News in 1996.\nThe study found that voters were angry.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("The study", "voters were angry")]


def test_the_writers_hedge_with_say_is_no_report():
    found = statements_of("It is hard to say whether the plan will work.\nIt is fair to say that he has had few attacks.\n"
                          "Baker wrote the letter Feb. 2 to the State Department.\n")
    assert found == []


def test_said_with_a_time_a_place_a_hyphenated_down_or_a_name_like_a_time_word():
    found = statements_of("Adelson said earlier on Friday during a news conference that he may wait until February.\n"
                          "Eskelsen Garcia said down-ballot races can also help unite teachers.\n"
                          "Day said the language in the platform is diminishing the party.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Adelson", "he may wait until February"), ("Eskelsen Garcia", "down-ballot races can also help unite teachers"),
        ("Day", "the language in the platform is diminishing the party")]


def test_a_document_put_out_on_a_day_by_somebody_is_no_report_of_its_own():
    found = statements_of("Trump's views have taken their toll on Latino support for the Republican Party in Florida, according to "
                          "a poll of 400 registered Latino voters released on Friday by Latino Decisions, a public opinion research group.\n"
                          "The campaign countered Sunday by suggesting four other nights.\n")
    assert [s.cue for s in found if s.cue == "released"] == []
    assert "suggesting" in [s.cue for s in found]


def test_what_a_source_is_after_according_to_is_not_what_it_says():
    found = statements_of("Not all campaigns require staffers to sign such agreements, according to John Weaver, a Republican "
                          "strategist.\nIn particular, according to him, the police will be involved.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("John Weaver", "Not all campaigns require staffers to sign such agreements"),
        ("him", "In particular the police will be involved")]


def test_the_next_verb_of_a_series_ends_the_content():
    found = statements_of("Trump vowed to ban Muslims from entering the country, declined at first to criticize David Duke, and "
                          "mocked a reporter.\nHenderson said the new products, expected to bring in sales, were Statil, a "
                          "treatment, and Carwin, a drug.\n")
    assert [(s.cue, s.text) for s in found][:2] == [
        ("vowed", "to ban Muslims from entering the country"), ("mocked", "a reporter")]
    assert [s.text for s in found if s.speaker_text == "Henderson"] == [
        "the new products, expected to bring in sales, were Statil, a treatment, and Carwin, a drug"]


def test_an_ed_word_after_a_determiner_is_an_adjective_in_a_stance_object():
    found = statements_of("Trump renewed his call for a ban on Muslims entering the United States.\n")
    assert ("call for", "a ban on Muslims entering the United States") in [(s.cue, s.text) for s in found]


def test_according_to_which_names_no_source():
    found = statements_of("This is an unprecedented decision, according to which our citizens will receive the same rights.\n")
    assert [s for s in found if s.cue == "according to"] == []


def test_a_feeling_is_no_view_and_a_plural_noun_before_its_verb_is_no_cue():
    found = statements_of("He felt blindsided by the demand.\nHe feels confident that Cruz will win.\n"
                          "Thousands of Clinton emails were deleted.\nThe Kremlin's aggressive plans are failing.\n"
                          "It is a sum which Clinton hopes can help block any challenge.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("He", "feels", "Cruz will win"), ("Clinton", "hopes", "can help block any challenge")]


def test_a_cue_inside_a_compound_word_or_after_a_determiner_is_no_verb():
    found = statements_of("Sanders's support of the so-called Charleston loophole, which let Roof buy a gun, hurt him.\n"
                          "The party first released its own recommended list of loyalists.\n"
                          "Doctors studied the number of reported cases.\n"
                          "Meanwhile, Trump’s official campaign account has been busy, re-tweeting several negative comments.\n")
    assert [(s.cue, s.text) for s in found] == [
        ("support of", "the so-called Charleston loophole"),
        ("released", "its own recommended list of loyalists"), ("tweeting", "several negative comments")]


def test_a_stance_nouns_owner_is_the_nearest_one_before_it():
    found = statements_of("Bernie Sanders spoke in Iowa. Clinton's campaign ignored his attacks on the press.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue == "attacks on"] == [("his", "attacks on")]


def test_an_opening_phrase_without_a_verb_is_no_content_however_long():
    found = statements_of("Following an animated town hall meeting in Londonderry last week, Kasich boasted to reporters of "
                          "his organization.\nAsked if her email practices were illegal, Clinton said no.\nFrom GE's point of view the package looks like a good deal for several reasons, "
                          "Heymann said.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Heymann", "From GE's point of view the package looks like a good deal for several reasons")]


def test_a_stranded_preposition_has_no_content_after_it():
    found = statements_of("I mean, this is all they talked about, this is all we cared about.\n"
                          "He talked about, among other things, the wall.\n")
    assert [(s.cue, s.text) for s in found] == [("talked about", "among other things, the wall")]


def test_more_participles_carry_on_their_clauses_speaker():
    found = statements_of("Trump spoke for an hour, blasting Clinton as a liar.\n"
                          "He resigned, denying that he had done anything wrong.\n"
                          "Sanders, celebrating a victory in Vermont, is pledging to win many delegates.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Trump", "blasting", "Clinton as a liar"), ("He", "denying", "he had done anything wrong"),
        ("Sanders", "pledging", "to win many delegates")]


def test_the_writers_assessment_has_no_speaker_and_keeps_its_subject_as_a_part():
    text = ("Aside from Tuesday night, Christie appears to be fully embracing his surrogate duties.\n"
            "It seemed like an impossible task.\nHe appeared to suggest that the plan was dead.\n"
            "Trump said Clinton seems to be tired.\nWho seems to be winning now?\n")
    found = statements_of(text)
    assessments = [s for s in found if s.kind == "assessment"]
    assert [(s.cue, s.text, s.speaker, s.speaker_start) for s in assessments] == [
        ("appears", "Christie to be fully embracing his surrogate duties", None, None),
        ("seemed", "like an impossible task", None, None)]
    assert [text[a:b] for a, b in assessments[0].parts] == ["Christie", "to be fully embracing his surrogate duties"]
    tool_kit = statements_of("And Mr. Trump's usual political tool kit has appeared to fail him.\n")[0]
    assert (tool_kit.kind, tool_kit.text) == ("assessment", "Mr. Trump's usual political tool kit to fail him")
    assert [(s.kind, s.cue) for s in found if s.kind != "assessment"] == [("indirect", "suggest"), ("indirect", "said")]
    # Nobody said them: the statements a researcher gets leave them out, and what the others found stays.
    assert [(s.kind, s.cue) for s in statements_of(text, speech_only=True)] == [("indirect", "suggest"), ("indirect", "said")]


def test_a_stance_participles_object_ends_where_a_stance_verbs_does():
    found = statements_of("He praised the donors, backing Barack Obama, billionaire Mark Cuban is sizing up the field.\n"
                          "Marvin Teske is backing Hillary Clinton because he worries Sanders would lose.\n")
    assert [(s.cue, s.text) for s in found if s.cue == "backing"] == [
        ("backing", "Barack Obama"), ("backing", "Hillary Clinton")]


def test_a_full_stop_of_an_abbreviation_does_not_end_the_source_after_according_to():
    found = statements_of("According to Mr. Smith, the plan failed.\nAccording to F.A.A. records, the Boeing has flown 333 hours.\n"
                          "The plane, according to U.S. officials, has flown 333 hours.\n"
                          "According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the "
                          "first lady had kept a diary for years.\nAccording to Smith, a deal, if reached, would fail.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Mr. Smith", "the plan failed"), ("F.A.A. records", "the Boeing has flown 333 hours"),
        ("U.S. officials", "The plane has flown 333 hours"),
        ("documents", "the first lady had kept a diary for years"),
        ("Smith", "a deal, if reached, would fail")]


def test_a_progressive_or_carried_on_ing_form_and_a_contracted_subject():
    found = statements_of("Trump keeps talking about the wall.\nHe spent the speech talking about the working class.\n"
                          "We're talking about how things could be better.\nHe wasn't talking about Hillary.\n"
                          "He's saying the deal is bad.\nThe crowd kept saying it was rigged.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Trump", "talking about", "the wall"), ("He", "talking about", "the working class"),
        ("We", "talking about", "how things could be better"), ("He", "talking about", "Hillary"),
        ("He", "saying", "the deal is bad"), ("The crowd", "saying", "it was rigged")]


def test_a_subordinate_clause_alone_before_the_speaker_is_no_content():
    found = statements_of("But when Congress cut funding for the pilot program two years later, Mexico said enough.\n"
                          "When we win, we will build the wall, Trump said.\n"
                          "If results were restated they would be higher, it said.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Trump", "When we win, we will build the wall"), ("it", "If results were restated they would be higher")]


def test_focus_on_and_raised_questions_about_report_their_subjects_theme_or_doubt():
    found = statements_of("Clinton will focus on his economic message.\nTrump has raised questions about Obama's birthplace.\n"
                          "Some experts talk about a lighter version whereas others talk about serious consequences.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("Clinton", "focus on", "his economic message"), ("Trump", "raised questions about", "Obama's birthplace"),
        ("Some experts", "talk about", "a lighter version"), ("others", "talk about", "serious consequences")]


def test_quoted_as_saying_reports_what_was_said():
    found = statements_of('"Our method works where others fail," Braynard is quoted as saying.\n'
                          "The minister was quoted as saying that the price would rise.\n"
                          "He was called to the stand.\n")
    assert [(s.kind, s.speaker_text, s.cue, s.text) for s in found] == [
        ("direct", "Braynard", "quoted as saying", "Our method works where others fail"),
        ("indirect", "The minister", "quoted as saying", "the price would rise")]


def test_a_participle_after_a_report_carries_on_the_reporter_not_whom_the_report_quotes():
    found = statements_of("Clinton said voters want change, noting that wages are flat.\n"
                          "Sen. David Perdue (R-Ga.) said he didn't believe those characterizations hurt Romney, arguing that "
                          "it was divisions in the party.\n"
                          "Trump said he would win, adding that the polls were wrong.\n")
    assert [s.speaker_text for s in found if s.cue in ("noting", "arguing", "adding")] == [
        "Clinton", "Sen. David Perdue (R-Ga.)", "Trump"]


def test_a_thing_called_by_a_name_is_no_report_whatever_words_describe_it():
    found = statements_of("He founded a Facebook group called Occupy DNC Convention.\n"
                          "An anti-Trump super PAC called Our Principles is ramping up.\n"
                          "She sponsors a competition called the House to Home Prize.\n"
                          "Carson shared a syllabus for a 2002 psychology class called “Perception” on his page.\n"
                          "A reporter called Trump a liar.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("A reporter", "Trump a liar")]


def test_this_was_stated_by_gives_the_sentences_before_it_to_its_agent():
    found = statements_of("Sanctions are a powerful mechanism. However, they need to be deepened. This was stated by Head of "
                          "the Office of the President of Ukraine Andriy Yermak in an interview. “It is very important,” he said.\n"
                          "Ukraine is ready. This was announced by Adviser to the Head of the Office of the President Mykhailo "
                          "Podolyak during a briefing.\n")
    assert [(s.kind, s.speaker, s.cue, s.text) for s in found] == [
        ("indirect", "Andriy Yermak", "stated",
         "Sanctions are a powerful mechanism. However, they need to be deepened"),
        ("direct", "Andriy Yermak", "said", "It is very important"),
        ("indirect", "Mykhailo Podolyak", "announced", "Ukraine is ready")]


def test_this_was_stated_may_say_where_before_by_whom():
    found = statements_of("The tribunal will open soon. This was stated during a briefing by Deputy Head of the President's "
                          "Office Andriy Smyrnov.\nUkraine is ready. This was stated by many.\n")
    assert [(s.speaker, s.text) for s in found] == [("Andriy Smyrnov", "The tribunal will open soon")]


def test_informed_reports_what_about_after_whom():
    found = statements_of("Volodymyr Zelenskyy informed Andrzej Duda about the security situation in the east.\n"
                          "Vladimir Putin informed his French counterpart of Russia's diplomatic efforts.\n"
                          "The President informed the Prime Minister of Canada in detail about the situation.\n"
                          "Informed voters know better. He was informed of the decision.\n")
    assert [(s.speaker, s.text) for s in found if s.cue == "informed"] == [
        ("Volodymyr Zelenskyy", "about the security situation in the east"),
        ("Vladimir Putin", "of Russia's diplomatic efforts"),
        ("the president", "about the situation")]  # (a role without a holder, in any case, is one speaker)


def test_congratulating_someone_is_a_stance_toward_them():
    found = statements_of("Vladimir Putin congratulated Emmanuel Macron on his recent victory.\n"
                          "Zelenskyy spoke at the event, congratulating the soldiers on the holiday.\n"
                          "He was congratulated by his peers.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("Vladimir Putin", "Emmanuel Macron on his recent victory"),
        ("Volodymyr Zelenskyy", "the soldiers on the holiday")]


def test_two_subjects_joined_by_and_stay_in_the_content_and_a_cue_after_a_verb_is_its_object():
    found = statements_of("The President noted that today Ukraine and Turkey had signed an agreement.\n"
                          "Polls showed 23 percent favored Mr. Cruz and 15 percent backed Mr. Rubio.\n"
                          "Zelenskyy expressed hope that it would help and stressed that support is important.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found if s.cue in ("noted", "favored", "stressed")] == [
        ("The President", "noted", "today Ukraine and Turkey had signed an agreement"),
        ("23 percent", "favored", "Mr. Cruz"),
        ("Zelenskyy", "stressed", "support is important")]


def test_in_detail_or_in_particular_opens_content_not_a_scene():
    found = statements_of("Volodymyr Zelenskyy thanked in particular for the financial support for our state.\n"
                          "The leaders discussed in detail the developments in Ukraine.\n"
                          "He told reporters in the Oval Office.\n")
    assert [(s.cue, s.text) for s in found] == [
        ("thanked", "in particular for the financial support for our state"),
        ("discussed", "in detail the developments in Ukraine")]


def test_reported_on_gives_the_topic_and_i_is_never_a_the_phrase():
    found = statements_of("Prime Minister Denys Shmyhal reported on the application of restrictive measures.\n"
                          "The company reported on Monday.\n"
                          "The European Commission said the package was ready. “I am glad,” I said.\n")
    assert [(s.speaker, s.cue, s.text) for s in found] == [
        ("Denys Shmyhal", "reported", "on the application of restrictive measures"),
        ("the European Commission", "said", "the package was ready"),
        (None, "said", "I am glad")]  # (not "The European Commission": the writer's "I", in an article nobody's by its title)


def test_that_before_an_auxiliary_after_an_object_opens_a_relative_clause_not_the_content():
    found = statements_of("Ukraine and Turkey signed an agreement that would expand production.\n"
                          "He expressed the hope that this would not develop.\n")
    assert [s.text for s in found] == ["an agreement that would expand production", "this would not develop"]


def test_attacks_after_the_and_a_name_are_a_noun_unless_an_object_follows():
    found = statements_of("After the Paris attacks, Trump released a new ad.\nThe Brussels attacks would harden attitudes.\n"
                          "The Kremlin attacks Ukraine every day.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [("The Kremlin", "attacks", "Ukraine every day")]


def test_a_role_in_lower_case_before_the_name_after_the_content_is_the_speakers():
    found = statements_of("China Shipbuilding plans to seek joint agreements with Japan, chairman Louis Lo said.\n"
                          "He told Reuters the venture was a success.\n"
                          "The company will hire more staff, and then Lo said it was over.\n", speech_only=True)
    assert [(s.speaker, s.text) for s in found if s.kind == "indirect"][:2] == [
        ("Louis Lo", "China Shipbuilding plans to seek joint agreements with Japan"),
        ("Louis Lo", "the venture was a success")]


def test_a_name_in_angle_brackets_is_the_speaker_and_a_ticker_in_them_is_passed_over():
    text = ("<Peter Miller Apparel Group Inc> said it signed a letter of intent. The company said closing is "
            "expected in April.\n"
            "KLM Royal Dutch Airlines <KLM.AS> said its load factor rose to 66.5 pct.\n")
    found = statements_of(text, speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [
        ("Peter Miller Apparel Group Inc", "it signed a letter of intent"),
        ("Peter Miller Apparel Group Inc", "closing is expected in April"),
        ("KLM Royal Dutch Airlines", "its load factor rose to 66.5 pct")]


def test_a_document_the_subject_did_not_put_out_says_its_own_words():
    found = statements_of("Trump cited a report suggesting donors were granted greater access.\n"
                          "Trump issued a statement saying donors were granted greater access.\n"
                          "Trump on Sunday released his tax returns and a statement saying he paid taxes.\n", speech_only=True)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("a report", "donors were granted greater access"),
        ("Trump", "donors were granted greater access"),
        ("Trump", "he paid taxes")]


def test_documents_put_out_are_their_subjects_in_the_plural_and_with_a_time_between():
    found = statements_of("Gowdy said the claim was wrong.\n"
                          "Trump sent a series of tweets early Friday saying that Clinton had shown bad judgment.\n"
                          "Activists include the ACLU of Oregon, which released a statement Tuesday questioning whether "
                          "the ruling is right.\n", speech_only=True)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Gowdy", "the claim was wrong"),
        ("Trump", "Clinton had shown bad judgment"),  # (not the last speaker before, Gowdy)
        ("which", "whether the ruling is right")]  # (the subject of the verb that put it out, not the sentence's)


def test_whom_a_speaker_told_in_lower_case_is_no_part_of_what_was_told():
    found = statements_of("The woman told police she was stressed out by security guards.\n"
                          "Green told the annual meeting he looked forward to 1987 with optimism.\n"
                          "The company told employees it was reducing the funds.\n"
                          "She told of how she survived the war.\n", speech_only=True)
    assert [s.text for s in found][:3] == ["she was stressed out by security guards", "he looked forward to 1987 with optimism",
                                           "it was reducing the funds"]
    assert found[3].text.startswith("of how")  # (not an addressee: "of" and "how" are no nouns)


def test_what_a_speaker_was_unable_or_failed_to_say_is_no_statement():
    _no_statement_in(["A spokeswoman was unable to say if the committee met as planned yesterday.",
                      "Critics failed to note that the program helped transform places.",
                      "He failed to say how the plan would be paid for."])


def test_a_state_of_mind_after_a_linking_verb_has_the_subject_before_the_verb_and_needs_a_view():
    found = statements_of("Other labor leaders remain skeptical that the deal will protect workers.\n"
                          "Aides grew concerned that the campaign was failing.\n"
                          "Bank regulators have become concerned about the use of swaps because the middleman takes on risk.\n", speech_only=True)
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Other labor leaders", "the deal will protect workers"), ("Aides", "the campaign was failing")]
    _statement_in([("We are convinced this is the only country where one can start from zero.",
                    "this is the only country where one can start from zero")])  # ("this" opens no topic)


def test_the_families_of_the_victims_are_the_speaker_not_the_victims():
    found = statements_of("The families of the victims say the deal is unfair.\n", speech_only=True)
    assert [(s.speaker_text, s.text) for s in found] == [("The families of the victims", "the deal is unfair")]


def test_a_plural_noun_a_participle_describes_is_no_verb():
    _no_statement_in(["The members of the team tell the truth about the horrible events taking place in Ukraine.",
                      "The governor noted several large programmes covering all areas of life."])
    _statement_in([("Furthermore, the competitive nature of futures brokerage makes front-running risky, he said.",
                    "Furthermore, the competitive nature of futures brokerage makes front-running risky"),
                   ("Scala said Sanders' win marks something that has not happened since 1984.",
                    "Sanders' win marks something that has not happened since 1984")])


def test_a_report_ends_before_another_speakers_clause_opened_by_to_which():
    found = statements_of("She said that experts had determined her proposals were effective and strong, to which "
                          "O'Malley interjected: \"It's just not true.\"\n", speech_only=True)
    assert [(s.kind, s.text) for s in found] == [("indirect", "experts had determined her proposals were effective and strong"),
                                                ("direct", "It's just not true.")]


def test_an_auxiliary_after_and_or_but_goes_on_a_predicate_and_makes_no_clause():
    _no_statement_in(["It sought ways of popularising freer trade to people who felt the pain of readjustment but "
                      "could not see the benefits.",
                      "Russia values these relations and will support them in the future."])
    _statement_in([("He said prices rose and will rise further.", "prices rose and will rise further")])


def test_a_place_or_time_between_the_cue_and_a_subject_pronoun_is_no_part_of_the_content():
    found = statements_of("Trump said after the convention he would not accept Cruz's endorsement.\n"
                          "He told reporters in the Oval Office he would run again.\n"
                          "He said in 2012 he had no plans to run.\n", speech_only=True)
    assert [s.text for s in found] == ["he would not accept Cruz's endorsement", "he would run again",
                                       "he had no plans to run"]
    # (a clause after the preposition is no place: what "before" or "after being" opens stays where it is)
    found = statements_of("He wrote a bill after being dissatisfied with the answers he was getting, Menendez said.\n"
                          "Sobyanin told in detail about the plans we have here.\n", speech_only=True)
    assert not [s for s in found if s.text.startswith(("he was getting", "we have"))]


def test_what_a_speaker_responded_to_is_no_content_but_whom_they_told_what_is():
    def speech(cue, content):
        return reports_speech(content, default_cues().kind(cue), cue, False, True)
    assert not speech("responded", "coolly  to\na reported U.S. offer to sell India a supercomputer less powerful than it sought")
    assert not speech("responded", "positively to Ukraine's request to repair and restore military equipment")
    assert speech("proposed", "to the Cabinet of Ministers to present a program to support small businesses")
    assert speech("complained", "to the United Nations that the border was closed")


def test_a_spokesman_for_a_body_after_the_content_speaks_for_the_body():
    found = statements_of("The EC sold 181,500 tonnes of butter, a spokesman for the EC Commission said.\n"
                          "He said the committee accepted bids.\n"
                          "Prices will rise, a company spokeswoman at Alcoa told Reuters.\n"
                          "“We have not been briefed,” Doug Andres, a spokesman for House Speaker Paul Ryan said.\n",
                          speech_only=True)
    assert [(s.speaker, s.text) for s in found][:3] == [
        ("the EC Commission", "The EC sold 181,500 tonnes of butter"), ("the EC Commission", "the committee accepted bids"),
        ("Alcoa", "Prices will rise")]  # (and "he" after him is his body's, a name after "the" too)
    assert "Paul Ryan" not in [s.speaker for s in found]  # (the spokesman is named: his words)


def test_a_name_after_a_preposition_before_the_cue_is_not_who_spoke():
    found = statements_of("“We have not been briefed,” Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.\n"
                          "Sales will rise, James Fry, vice-president of GM Overseas Distribution Corporation told a briefing.\n",
                          speech_only=True)
    assert not any(s.speaker in ("Paul Ryan", "GM Overseas Distribution Corporation") for s in found)


def test_what_there_is_is_no_speaker():
    found = statements_of("Cocoa eased in London, dealers said.\n"
                          "There are no tenders expected today but tomorrow sees enquiries by India and Syria, to coincide "
                          "with the weekly export tender by the European Commission, they said.\n")
    assert [(s.speaker_text, s.speaker) for s in found] == [("dealers", "dealers"), ("they", "dealers")]
