"""End to end (analysis.attribution.pipeline): the sample article, every statement checked; how statements
nest (a report inside its speaker's own report names it as ``parent``, one inside somebody else's words as
``via``); the records and their offsets; the digest of the sample's full output; the word-led scan every
paragraph is read with."""

import json

import pytest

from analysis import corpus, statements
from analysis.attribution import document, reported
from conftest import SAMPLE, statements_of


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
    """"the Russian president said that he thanked Trump for “...”" is Putin's statement once for
    stance; "he thanked Trump for" is an action, no statement, and the words quoted in it stay under
    the outer statement."""
    _, found = sample
    by_id = {s.statement_id: s for s in found}
    assert not [s for s in found if s.cue == "thanked"]
    quoted = next(s for s in found if s.kind == "partial" and s.text.startswith("US support"))
    outer = by_id[quoted.parent]
    assert (quoted.speaker, outer.speaker, outer.cue) == ("Vladimir Putin", "Vladimir Putin", "said")
    assert outer.start <= quoted.start and quoted.end <= outer.end
    nested = statements.extract("Putin said he believed that the talks would go on.\n", "n")
    assert nested[1].parent == nested[0].statement_id  # (a report in a report of the same speaker)


def test_a_report_of_someone_else_inside_a_report_stands_alone_second_hand():
    found = statements.extract("Trump said that Putin called him a good friend.", "a")
    said = next(s for s in found if s.cue == "said")
    called = next(s for s in found if s.cue == "called")
    assert called.speaker == "Vladimir Putin" and called.parent is None
    assert called.via == said.statement_id and said.via is None  # reported by Trump, not said to us


def test_only_statements_inside_another_speakers_words_are_second_hand():
    found = statements.extract("Putin said he thanked Trump for the call. Trump said it was a good call. Macron agreed "
                               "that talks would go on.\n", "a", speech_only=False)
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


def test_statement_records_have_the_documented_columns_and_context(sample):
    article, _ = sample
    records = statements.statement_records(article)
    assert len(records) > 30
    assert all(list(r) == statements.STATEMENT_COLUMNS + ["context"] for r in records)
    assert len({r["statement_id"] for r in records}) == len(records)
    for r in records:
        assert r["text"][:20] in r["context"]  # the surrounding text holds the statement


def test_hard_wrapped_wire_copy_is_read_by_paragraph():
    text = ("    Comissaria Smith said in its weekly review that showers\n"
            "continued throughout the week in the Bahia cocoa zone and\n"
            "improved prospects for the coming harvest.\n"
            "    The dry period means the harvest will be late this year.\n")
    (statement,) = statements_of(text)
    assert statement.speaker == "Comissaria Smith"
    assert statement.text.startswith("showers\ncontinued") and statement.text.endswith("coming harvest")


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


def test_the_samples_full_output_is_the_one_digested():
    from analysis.batch import article_records
    from benchmarks import snapshot

    articles, _ = corpus.load_corpus(SAMPLE)
    rows = [json.loads(json.dumps(row, default=str)) for row in article_records(articles[0])]
    recorded = snapshot.recorded_digests()["sample"]
    assert (len(rows), snapshot.digest(rows)) == (recorded["statements"], recorded["sha256"]), (
        "the sample's statements changed (some field of some statement). If the change is meant: record the "
        "output before it (python -m benchmarks.snapshot record DIR on the commit before), compare "
        "(python -m benchmarks.snapshot compare DIR), explain each difference, then rewrite the digests "
        "(python -m benchmarks.snapshot digest)")


def test_a_digest_changes_with_any_field_of_any_statement():
    from benchmarks import snapshot

    rows = [{"statement_id": "a:1", "speaker": "Vladimir Putin", "start": 10, "compound": 0.5}] * 2
    changed = [rows[0], {**rows[1], "compound": 0.5000001}]
    assert snapshot.digest(rows) == snapshot.digest([dict(r) for r in rows])
    assert snapshot.digest(changed) != snapshot.digest(rows)
    assert snapshot.digest(rows[:1]) != snapshot.digest(rows)


def test_what_a_speaker_did_not_say_or_know_is_no_statement():
    for text in ["A spokesman said the company expects to complete the deal. She would not say how much it will pay.\n",
                 "Tietmeyer declined to say whether the Paris accord included secret agreements.\n",
                 "Analysts did not know why the shares were trading higher.\n",
                 "Dole did not say he would support the option.\n",
                 "Dole did not even suggest he would support the option.\n",  # (a verb of saying in its base form)
                 "Dole spoke for an hour, not even suggesting he would support the option.\n"]:
        found = statements_of(text, speech_only=True)
        assert all(not s.text.startswith(("how", "whether", "why", "he would")) for s in found), text
    # what was said about not knowing stays, with its negation, and so does a view negated
    text = "He said he did not know whether the talks would resume. I don't think he will win, she said.\n"
    found = [s.text for s in statements_of(text, speech_only=True)]
    assert "he did not know whether the talks would resume" in found and any(t.startswith("I don't think") or t == "he will win" for t in found)


def test_what_a_speaker_knows_sees_or_finds_out_with_a_question_word_is_no_statement():
    for text in ["The whole world saw what Russian troops were doing on our land.\n",
                 "Officials will see if quotas are breached within the year.\n",
                 "Rubio knows what he will do next, his aide said.\n"]:
        found = statements_of(text, speech_only=True)
        assert all(not s.text.startswith(("what", "if")) for s in found), text
    # with "that" a view stays one, and so does "how" ("we know how important this is" says that it is)
    found = [s.text for s in statements_of("Voters know that the plan will work. We know how important the issue is "
                                           "for Ukrainians, Zelenskyy said.\n", speech_only=True)]
    assert "the plan will work" in found and "how important the issue is for Ukrainians" in found


def test_a_restrictive_relative_clause_describes_its_noun_and_reports_nothing():
    text = ("He hopes to attract a suitor who might want both airlines once they merged. I am grateful to "
            "everyone who defends Severodonetsk and demonstrates to the occupiers that peace will be ours.\n")
    assert statements_of(text, speech_only=True) == []
    # said or believed with a clause, or set off by a comma, it is a statement
    found = statements_of("Sanders sided with labor unions who feared the bill would allow employers to cut wages.\n",
                          speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [("labor unions", "the bill would allow employers to cut wages")]
    found = statements_of("Sanders sided with teachers who said the law punished them.\n", speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [("teachers", "the law punished them")]
    found = statements_of("He hopes to attract a suitor, which wants both airlines once they merged.\n", speech_only=True)
    # ("which might want ..." is what it might want: no statement, as test_reported says)
    assert [s.text for s in found] == ["both airlines once they merged"]


def test_what_a_thing_shows_inside_somebodys_words_is_theirs_alone():
    found = statements_of("Democrats say those revelations show that Clinton misled the public about the attack.\n\n"
                    "A new poll shows that Clinton leads by five points.\n\nAnalysts said the figures show that growth is slowing.\n", speech_only=True)
    assert [(s.speaker, s.text) for s in found] == [
        ("Democrats", "those revelations show that Clinton misled the public about the attack"),
        ("a new poll", "Clinton leads by five points"), ("analysts", "the figures show that growth is slowing")]


def test_quoted_words_a_sentence_mentions_or_a_title_with_its_subtitle_are_no_statement():
    found = statements_of("The word ''birther'' was mentioned more than 80 times, according to a review of transcripts.\n\n"
                    "Mr. Trump's own manifesto, ''Crippled America: How to Make America Great Again,'' has sold "
                    "235,000 copies, according to Nielsen.\n\n"
                    "Clinton said the president was right, in her words, “he knows how to do it.”\n", speech_only=True)
    assert [s.text for s in found if s.kind == "partial"] == ["he knows how to do it."]


def test_a_name_after_a_dash_that_ends_a_sentence_holding_a_quotation_is_a_byline():
    found = statements_of('Rajoy insisted that his party was "still the No. 1 force in Spain."--Kim Hjelmgaard.\n\n'
                    '"We will never give up." -- Pamela Padilla\n', speech_only=True)
    assert [(s.kind, s.speaker) for s in found] == [("indirect", "Rajoy"), ("partial", "Rajoy"), ("direct", "Pamela Padilla")]


def test_a_quotation_in_capitals_alone_in_its_paragraph_is_a_heading_not_a_statement():
    text = ("Obama spoke in Hanoi on Tuesday. “Voters make good decisions,” he said.\n"
            "Obama also announced the Peace Corps would begin operating in Vietnam.\n"
            "“EVENTUALLY VOTERS MAKE GOOD DECISIONS”\n"
            "Obama said that “NOBODY” had asked him.\n")
    said = [s.text for s in statements.extract(text, "t")]
    assert "EVENTUALLY VOTERS MAKE GOOD DECISIONS" not in said and "Voters make good decisions" in said


def test_a_verb_inside_a_clause_that_what_opens_makes_no_clause_of_a_stance_verbs_object():
    text = ("U.S. naval forces attacked offshore Iranian oil platforms in what Washington said was retaliation for "
            "an attack on a ship.\n")
    assert statements.extract(text, "w") == []
    # (a clause of the object's own still makes one: "attacked the plan, saying it would fail")
    text = "The senator attacked the plan, saying it would fail.\n"
    assert [s.text for s in statements.extract(text, "s")] == ["it would fail"]


def test_what_figures_show_is_nobodys_statement_but_a_polls_findings_and_party_figures_words_are():
    text = ("Reserve Bank figures show that the deficit widened to 622 mln dlrs in January.\n"
            "According to FBI statistics, the murder rate fell last year.\n"
            "A new CBS poll shows that Clinton leads Sanders by ten points.\n"
            "Photos showed mourners crouched over blanket-covered bodies.\n"
            "Senior party figures said the leader would resign.\n")
    said = [(s.speaker_text, s.text) for s in statements.extract(text, "t")]
    assert said == [("A new CBS poll", "Clinton leads Sanders by ten points"),
                    ("Senior party figures", "the leader would resign")]
