"""Quotations paired with their speakers (analysis.attribution.quotations): the attribution after a
quotation or before it, interrupted quotations, quotations over paragraphs, headline quotations, dash
credits, and a paragraph that carries on the speaker of the one before."""

from analysis.attribution import quotations
from conftest import paragraph_of, statements_of


# The stage's own decisions, taken directly


def _found(ctx):
    return [(s.kind, s.text, s.speaker, s.cue) for s in ctx.found.statements]


def test_the_attribution_after_a_quotation_is_paired_with_it_and_the_report_beside_it_left_alone():
    ctx, para = paragraph_of("“We will win,” Putin said, and Zelenskyy said the talks failed.\n")
    quotations.quotations_then_attribution(ctx, para)
    assert _found(ctx) == [("direct", "We will win", "Vladimir Putin", "said")]
    assert para.used_quotes == {0}  # (a later step leaves the quotation alone)


def test_the_attribution_before_a_quotation_is_paired_with_it():
    ctx, para = paragraph_of("Putin said: “Our position is clear.” Zelenskyy said the talks failed.\n")
    quotations.quotations_then_attribution(ctx, para)
    assert _found(ctx) == []  # (its attribution is before it: the sentence after it is a report of its own)
    quotations.attribution_then_quotations(ctx, para)
    assert _found(ctx) == [("direct", "Our position is clear.", "Vladimir Putin", "said")]


def test_a_clause_of_the_writers_between_a_quotation_and_its_attribution_is_no_attribution():
    ctx, para = paragraph_of("“The number of cases that could change is stunning,” since so many cases were decided by "
                             "one vote, said Lee Epstein, a professor.\n")
    quotations.quotations_then_attribution(ctx, para)
    assert _found(ctx) == [("direct", "The number of cases that could change is stunning", "Lee Epstein", "said")]
    ctx, para = paragraph_of("“Our door stays open,” after Chancellor Olaf Scholz expressed his support, he wrote.\n")
    quotations.quotations_then_attribution(ctx, para)
    assert _found(ctx) == []  # (not Scholz's words: the clause is the writer's, and its verb no attribution)


def test_an_attribution_with_a_comma_and_a_quotation_after_a_full_stop_introduces_the_next_quotation():
    ctx, para = paragraph_of("Clinton replied to Mills: “Why now? That was on my way to Libya?” Mills then writes back, "
                             "“You look cute.”\n")
    quotations.quotations_then_attribution(ctx, para)
    assert _found(ctx) == []  # (“Why now? ...” is not Mills's: her attribution opens her own quotation)
    quotations.attribution_then_quotations(ctx, para)
    assert [(speaker, text) for _, text, speaker, _ in _found(ctx)] == [
        ("Hillary Clinton", "Why now? That was on my way to Libya?")]
    found = statements_of("Clinton responds to Mills with, “Why now? That was on my way to Libya?” Mills then writes "
                          "back, “You look cute.”\n")
    assert {s.speaker for s in found if "Why now" in s.text} == {"Hillary Clinton"}
    assert {s.speaker for s in found if "cute" in s.text} == {"Mills"}


def test_a_passive_agent_of_quoted_words_is_their_speaker():
    ctx, para = paragraph_of("The call was described by Putin as “frank”.\n")
    quotations.passive_agents(ctx, para)
    assert _found(ctx) == [("partial", "frank", "Vladimir Putin", "described")]


# End to end


def test_straight_quotes_and_said_after_the_speaker_name():
    text = '"We will not back down," said Volodymyr Zelenskyy. "Never."\n'
    found = statements_of(text)
    assert [(s.kind, s.text, s.speaker) for s in found] == [
        ("direct", "We will not back down Never.", "Volodymyr Zelenskyy"),
    ]
    assert [text[a:b] for a, b in found[0].parts] == ["We will not back down", "Never."]


def test_an_interrupted_quote_is_one_statement_with_its_parts():
    text = "“A great day,” Putin said, “for all of us.”\n"
    (statement,) = statements_of(text)
    assert statement.text == "A great day for all of us."
    assert statement.parts == [[1, 12], [text.index("for"), text.index(".”") + 1]]
    assert text[statement.start : statement.end] == "A great day,” Putin said, “for all of us."


def test_a_quote_running_over_paragraphs_is_one_statement():
    text = "Putin said: “First paragraph.\n“Second paragraph.\n“Last one.”\nZelenskyy said talks are over.\n"
    found = statements_of(text)
    assert found[0].kind == "direct" and found[0].speaker == "Vladimir Putin"
    assert [text[a:b] for a, b in found[0].parts] == ["First paragraph.", "Second paragraph.", "Last one."]
    assert found[1].speaker == "Volodymyr Zelenskyy" and found[1].kind == "indirect"


def test_colon_introduced_quote():
    found = statements_of("Putin said: “Our position is clear.”\n")
    assert [(s.kind, s.text, s.speaker, s.cue) for s in found] == [
        ("direct", "Our position is clear.", "Vladimir Putin", "said")
    ]


def test_dash_credit_after_a_quote():
    (statement,) = statements_of("“He is ignorant of our culture.” ― Pamela Padilla\n")
    assert (statement.kind, statement.speaker, statement.cue) == ("direct", "Pamela Padilla", "―")


def test_a_paragraph_of_quotation_carries_on_the_speaker_of_the_paragraph_before():
    found = statements_of('Trump spoke in Ohio. "We will win," he said.\n"We will win big." The crowd cheered.\n'
                          'The weather was fine.\n"Nobody knows."\n')
    assert [(s.speaker, s.parts is not None) for s in found] == [("Donald Trump", True), ("Donald Trump", False)]
    assert found[1].text == "Nobody knows."  # not joined to a quotation two paragraphs up


def test_a_report_inside_the_attribution_does_not_part_an_interrupted_quotation():
    found = statements_of("“A promise was made,” said J. J. Price, a firefighter who supported Mr. Obama in 2008. "
                          "“It has done nothing for us.”\n")
    direct = [s for s in found if s.kind == "direct"]
    assert len(direct) == 1 and direct[0].parts is not None
    assert direct[0].text == "A promise was made It has done nothing for us."
    assert [s.speaker_text for s in found if s.kind == "indirect"] == ["who"]  # still a statement of its own


def test_a_name_and_a_sentence_after_a_colon_make_a_headline_quotation():
    found = statements_of("Mark Cuban: A businessman can run this country, but Trump has gone crazy.\n"
                          "Background: The program began in 2012 and ran for years.\n"
                          "Watch Live: The candidates take the stage in Ohio tonight.\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "Mark Cuban")]


def test_an_attribution_set_off_inside_a_sentence_a_quotation_completes():
    found = statements_of("The club's investment, Ms. Tanzer said, ''is a perfect example of adapting'' to change.\n")
    assert [(s.kind, s.speaker_text, s.parts is not None) for s in found] == [
        ("indirect", "Ms. Tanzer", True), ("partial", "Ms. Tanzer", False)]
    assert found[0].text == "The club's investment ''is a perfect example of adapting'' to change"


def test_a_quotation_after_a_said_sentence_carries_its_speaker():
    found = statements_of('The administration may be reluctant to act, Schiff said. "The other factor is the election."\n')
    assert [(s.kind, s.speaker_text) for s in found] == [("indirect", "Schiff"), ("direct", "Schiff")]


def test_an_interrupted_quotation_resumes_after_but():
    found = statements_of('"You know, I love Larry," he said, but "when it comes to energy, Larry has a history."\n')
    assert len(found) == 1 and found[0].parts is not None and len(found[0].parts) == 2


def test_manner_of_speaking_verbs_attribute_a_quotation():
    found = statements_of("“Who wants to work with us?” he wondered.\n“This is fantastic!” beamed Donald Hartley.\n"
                          "Clinton beamed as the crowd cheered.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [
        ("he", "wondered", "Who wants to work with us?"), ("Donald Hartley", "beamed", "This is fantastic!")]


def test_a_paragraph_ending_in_its_attribution_and_a_colon_introduces_the_quotation_after_it():
    found = statements_of('Trump said in a statement on Friday:\n"We will win this election."\n'
                          'He continued:\n"The health issue is a partisan issue." He smiled. "And we will win."\n')
    assert [(s.kind, s.speaker_text, s.cue, s.text) for s in found] == [
        ("direct", "Trump", "said", "We will win this election."),
        ("direct", "He", "continued", "The health issue is a partisan issue. And we will win.")]


def test_quoted_speech_whose_attribution_the_rules_missed():
    found = statements_of(
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
    found = statements_of('"Leaks have tried to create a false narrative" said Nick Moreau, a campaign spokesman.\n'
                          '“He put a lot of people out of business, too" Jane Sweeny said after the event.\n'
                          'He cited the words "I want to win the race now" and left.\n'
                          '"Our rivals want the race to end early" the chairman of the party, he said.\n'
                          'We watched "The Walking Dead" said to be a hit.\n')
    assert [(s.kind, s.speaker_text, s.text) for s in found if s.kind == "direct"] == [
        ("direct", "Nick Moreau", "Leaks have tried to create a false narrative"),
        ("direct", "Jane Sweeny", "He put a lot of people out of business, too")]


def test_an_addressee_after_to_may_stand_between_the_verb_and_its_quotation():
    found = statements_of("She says to Nevadans: “This one is for you.”\n"
                          "He said to reporters: “We will win.”\n"
                          "They asked him to laugh a little quieter: “The police will not understand.”\n")
    assert [(s.kind, s.text) for s in found if s.parent is None] == [
        ("direct", "This one is for you."), ("direct", "We will win."),
        ("indirect", "to laugh a little quieter: “The police will not understand.”")]


def test_a_quotation_followed_by_is_is_a_subject_not_a_quote_with_a_speaker():
    found = statements_of("Dossym Satpayev said the deal was good.\n"
                          "“In 2030, we will all wake up speaking Chinese,” is one common saying here.\n")
    assert [(s.speaker, s.text) for s in found] == [("Dossym Satpayev", "the deal was good")]


def test_a_quotation_after_and_i_quote_or_after_a_verb_by_saying():
    found = statements_of('Trump said, and I quote, "We love the poorly educated." He was wrong.\n'
                          "Smith returned to court. He began by saying, “I don’t think that jail is necessary.”\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("direct", "Trump", "said"), ("direct", "He", "saying")]


def test_a_quotation_introduced_with_a_colon_that_ends_its_sentence_keeps_that_attribution():
    # (the sentence after it is a report of its own, not the quotation's attribution)
    found = statements_of("Putin said: “Our position is clear.” Zelenskyy said the talks failed.\n"
                          "Referring to pressure, he said: “We expected it. It will go on.” But he expected the situation would improve.\n")
    assert [(s.kind, s.speaker_text, s.cue, s.text) for s in found] == [
        ("direct", "Putin", "said", "Our position is clear."),
        ("indirect", "Zelenskyy", "said", "the talks failed"),
        ("direct", "he", "said", "We expected it. It will go on."),
        ("indirect", "he", "expected", "the situation would improve")]
    # with a comma the quotation is interrupted by its own attribution: “A,” she said, “B.”
    found = statements_of("Claire McCaskill said the hearing was over.\n"
                          "She scolded him: “The science is against you,” she said, “and I do not see why.”\n")
    assert [(s.kind, s.speaker, s.text) for s in found if s.kind == "direct"] == [
        ("direct", "Claire McCaskill", "The science is against you and I do not see why.")]


def test_whom_a_writer_quotes_before_a_colon_is_whose_quotation_follows():
    text = ("Gary Hart started winning Senate campaigns by denouncing the New Deal. Frank quotes former Carter adviser "
            "Alfred Kahn:\n\n“I would love the Teamsters to be worse off.”\n")
    assert [(s.speaker, s.text) for s in statements_of(text, speech_only=True)][-1] == (
        "Alfred Kahn", "I would love the Teamsters to be worse off.")
