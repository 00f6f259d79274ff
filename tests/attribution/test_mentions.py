"""Where the speaker is named around a cue (analysis.attribution.subjects and analysis.attribution.mentions):
the subject before a verb, over appositions, relative clauses, shares of a group and opening phrases,
and the speaker after a verb or a quotation. Which person a mention is, is left to test_speakers."""

import pandas as pd
import pytest

from analysis.attribution import mentions, subjects
from conftest import context_of, statements_of


# The stage's own decisions, taken directly


def _span(text, span):
    return text[span[0]:span[1]] if span else None



def test_a_place_after_in_or_at_is_where_the_speaker_is_not_the_speaker():
    for text, speaker in [("Agents for the tankers in Bahrain told Reuters the ships were safe.\n", "Agents for the tankers in Bahrain"),
                          ("Oil traders in New York said prices fell.\n", "Oil traders in New York"),
                          ("An analyst at Jefferies said it was cheap.\n", "An analyst at Jefferies"),
                          ("An official at the Ministry of Finance said it was cheap.\n",
                           "An official at the Ministry of Finance"),
                          # a spokesman speaks for whom he is the spokesman of, wherever he is
                          ("A spokesman for the bank in London said the rates were stable.\n", "the bank"),
                          # no noun for people before the place: the place speaks ("Moscow said")
                          ("The talks ended. Moscow said the talks failed.\n", "Moscow")]:
        assert [s.speaker for s in statements_of(text, speech_only=True)] == [speaker], text


def test_the_subject_before_a_verb_is_found_over_an_apposition_and_a_relative_clause():
    for text, speaker in [
        ("Leonard E. Burman, director of the Tax Policy Center, said the plan was fine.\n", "Leonard E. Burman"),
        ("Hawkins and others who want to ban abortion said the law was wrong.\n", "Hawkins and others"),
        ("But Trump said the deal was close.\n", "Trump"),  # (the opener is no part of the subject)
    ]:
        ctx = context_of(text)
        assert _span(text, subjects.speaker_before(ctx, 0, text.index(" said"))) == speaker, text


def test_the_speaker_of_a_cue_is_its_subject_a_ratio_of_people_or_nobody():
    for text, speaker in [
        ("Three in four voters said the economy mattered.\n", "Three in four voters"),
        ("Leonard E. Burman, director of the Tax Policy Center, said the plan was fine.\n", "Leonard E. Burman"),
        ("On Monday afternoon said the talks failed.\n", None),  # (a time names nobody)
    ]:
        ctx = context_of(text)
        assert _span(text, mentions.cue_speaker(ctx, ctx.cue_re.search(text), 0, [])) == speaker, text


def test_the_speaker_after_a_verb_ends_where_the_name_does():
    for text, speaker in [
        ("“We will win,” said Volodymyr Zelenskyy, the president of Ukraine.\n", "Volodymyr Zelenskyy"),
        ("“It is over,” said pollster Frank Luntz on Monday.\n", "pollster Frank Luntz"),
        ("“We will see,” said the Kremlin spokesman.\n", "the Kremlin spokesman"),
        ("“They are wrong,” said 9/11 widow Terry Strada.\n", "9/11 widow Terry Strada"),
    ]:
        ctx = context_of(text)
        lo = text.index("said") + 5
        assert _span(text, mentions.speaker_after(ctx, lo, len(text))) == speaker, text


# End to end


def test_apposition_between_speaker_and_verb():
    found = statements_of("Leonard E. Burman, director of the Tax Policy Center, said the plan was fiscally responsible.\n")
    assert found[0].speaker == "Leonard E. Burman" and found[0].text == "the plan was fiscally responsible"


def test_two_descriptions_set_off_after_a_name_leave_the_name_the_speaker():
    for text, speaker in [
            ("But Tom Fitton, the president of Judicial Watch, a conservative group that has sued to obtain records, "
             "said that the damage is done.\n", "Tom Fitton"),
            ("Percy Woodard, assistant IRS commissioner, international, denied that the agency was picking on foreign "
             "companies.\n", "Percy Woodard"),
            # the second may name the thing the first ends in
            ("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said "
             "every pope was political.\n", "Giovanni Maria Vian"),
            # a phrase of place before the subject is no name that the description follows
            ("In a filing with the Securities and Exchange Commission, the group, led by Mutual Shares Corp, said it "
             "sold 110,000 shares.\n", "the group"),
            # nor a time, and a role before a name set off is the name's
            ("Earlier Tuesday, his campaign manager, Jeff Weaver, says his streak is proof of momentum.\n", "Jeff Weaver"),
            # nor the end of what was said before the attribution
            ("Prices did not rise, FCOJ, a spokesman for the trade department, Cacex, said.\n", None)]:
        found = statements_of(text)
        assert [s.speaker_text for s in found][:1] == ([speaker] if speaker else []) or (
            speaker is None and all(s.speaker_text != "FCOJ" for s in found)), text


def test_an_abbreviated_title_nameparser_knows_is_part_of_the_name_not_a_sentence_end():
    found = statements_of("\u201cThe city will never go back to normal,\u201d said the Rev. Peter Wherry, a pastor.\n")
    assert [s.speaker for s in found] == ["Peter Wherry"]
    found = statements_of("Adm. Harry Harris, who leads the command, makes no apologies.\n\n\u201cWe will stay,\u201d he said.\n",
                          speech_only=True)
    assert [s.speaker for s in found] == ["Harry Harris"]


def test_the_speaker_clause_after_said_is_not_taken_for_a_speaker():
    found = statements_of("Sanders, meanwhile, said that fact speaks volumes.\n")
    assert [s.speaker_text for s in found] == ["Sanders"]


def test_the_head_of_a_speaker_phrase_names_the_speaker():
    found = statements_of("Kremlin spokesman Dmitry Peskov said the talks went well.\n")
    assert [(s.speaker, s.speaker_text) for s in found] == [("Dmitry Peskov", "Kremlin spokesman Dmitry Peskov")]


def test_a_name_after_the_verb_is_the_speaker_even_after_a_long_clause():
    found = statements_of("In a year when arguments against big government resonate with voters, candidates have more "
                          "room to walk away from the program, said Steve Grubbs, an Iowa operative.\n")
    assert [(s.speaker_text, s.text[:9]) for s in found] == [("Steve Grubbs", "In a year")]


def test_role_words_before_a_name_after_said():
    found = statements_of('"This will appear in some ad at some point," said pollster Frank Luntz.\n')
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "pollster Frank Luntz")]


def test_party_tags_in_commas_and_named_addressees():
    found = statements_of('Sen. Rand Paul, R-Ky., told Fox News that polls could be wrong.\n'
                          'Priebus later Thursday told Fox News: “Both men are meeting next week.”\n')
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Sen. Rand Paul", "polls could be wrong"), ("Priebus", "Both men are meeting next week.")]


def test_a_name_ending_in_ing_is_still_a_name():
    found = statements_of("Schilling told WEEI: ''I replied to the post.''\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("direct", "Schilling")]


def test_no_speaker_from_a_clause_after_said_or_a_headline_label():
    found = statements_of("Russell Wheeler, a visiting fellow at the Brookings Institution, said Trump could file a complaint.\n"
                          "Trump: MOVE PAST Iowa.\n"
                          "Sales were great, he said, wiping sweat off his face.\n"
                          "Defense Secretary Ash Carter told a Senate panel Wednesday.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Russell Wheeler", "Trump could file a complaint"), ("he", "Sales were great")]


def test_datelines_and_asides_are_no_speakers():
    found = statements_of("WASHINGTON — Sen. Chuck Grassley (R-Iowa) said the bill is dead.\nAlso said the talks had failed.\n")
    assert [s.speaker_text for s in found] == ["Sen. Chuck Grassley (R-Iowa)"]


def test_long_speaker_phrases_in_the_attribution_after_a_quotation():
    found = statements_of("“They have to decide,” Fight for $15 organizing director Kendall Fells told Fox News 6.\n"
                          "''He deserved it,'' the assailant, John McGraw, told the program ''Inside Edition.''\n"
                          "\"China is concerned,\" the Vermont senator and Democratic candidate told ABC's \"Good Morning America.\"\n"
                          "\"Both scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.\n")
    assert [(s.kind, s.speaker_text, s.text) for s in found] == [
        ("direct", "Fight for $15 organizing director Kendall Fells", "They have to decide"),
        ("direct", "the assailant, John McGraw", "He deserved it"),
        ("direct", "the Vermont senator and Democratic candidate", "China is concerned"),
        ("direct", "Harry Bond", "Both scare me")]


def test_a_second_verb_belongs_to_the_subject_of_its_own_clause():
    found = statements_of("Rabbis called for a boycott, and the civil rights group the Anti-Defamation League denounced "
                          "the rhetoric and said it would return his donations.\n"
                          "Speaking Sunday on ABC’s “This Week,” Carson admitted the name was wrong, but said it was a mistake.\n")
    assert [(s.cue, s.speaker_text) for s in found] == [
        ("called for", "Rabbis"), ("denounced", "the civil rights group the Anti-Defamation League"),
        ("said", "the civil rights group the Anti-Defamation League"), ("admitted", "Carson"), ("said", "Carson")]


def test_no_speaker_after_a_participle_that_follows_a_quotation():
    found = statements_of("Boreing said the members will meet, but said, “It’s time we change,” promising the club will return.\n")
    assert [(s.kind, s.speaker_text) for s in found] == [("indirect", "Boreing"), ("direct", "Boreing"), ("indirect", "Boreing")]


def test_an_ap_style_party_tag_before_an_apposition():
    found = statements_of("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the gains.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Sen. Lindsey Graham", "Obama is overselling the gains")]


def test_a_speaker_after_the_verb_ends_before_an_adverb_or_a_verb():
    found = statements_of("“We will win,” said Mark Halvorsen later.\nThe economy is strong, said Obama is wrong.\n")
    assert [(s.kind, s.speaker, s.text) for s in found] == [("direct", "Mark Halvorsen", "We will win")]


def test_a_relative_clause_set_off_by_commas_before_the_verb_runs_over_a_list():
    found = statements_of("Westmacott, who will retire after serving in Iran, Turkey and France, praised the deal in an interview.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Westmacott", "the deal")]


def test_whom_something_was_told_is_never_its_speaker():
    found = statements_of("Sanders “is tapping into something very deep,” Simon Rosenberg, a Clinton supporter, told the New Yorker.\n")
    assert {s.speaker_text for s in found} == {"Simon Rosenberg"}


def test_a_ratio_of_people_is_a_plural_subject():
    found = statements_of("Three in 10 support the plan.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found] == [("Three in 10", "support", "the plan")]


def test_an_anonymous_source_with_what_it_is_close_to_is_one_speaker():
    found = statements_of("The plan is dead, aides close to Clinton say.\nPeople familiar with the talks said the deal is off.\n"
                          "Cruz will change his approach, a source close to him said.\n")
    assert [(s.speaker, s.text) for s in found] == [
        ("aides close to Clinton", "The plan is dead"), ("People familiar with the talks", "the deal is off"),
        ("a source close to him", "Cruz will change his approach")]


def test_that_opening_a_sentence_before_a_noun_is_a_determiner():
    found = statements_of("That person said the hostility was new.\nThat said, the plan is dead.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("That person", "the hostility was new")]


def test_a_share_after_and_is_a_speaker_of_its_own():
    found = statements_of("Of those polled, 23 percent favored Cruz and 15 percent backed Rubio.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("23 percent", "Cruz"), ("15 percent", "Rubio")]
    found = statements_of("The poll found 80 pct thought the yen would fall and 60 pct predicted a drop.\n")
    assert [(s.speaker_text, s.text) for s in found][-2:] == [
        ("80 pct", "the yen would fall"), ("60 pct", "a drop")]


def test_an_organisation_with_a_long_which_clause_before_the_verb_is_the_speaker():
    found = statements_of("The campaign, which has been shadowed for 17 months by the controversy over the private email "
                          "server she used exclusively while at the State Department, said the emails had no bearing on the "
                          "foundation's work.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("The campaign", "the emails had no bearing on the foundation's work")]


@pytest.mark.parametrize("text", ["Trump said, ", "and because  ", "A rally, but\n", "although", "we went so ", "Gov.", "x"])
def test_the_clause_opening_check_agrees_with_a_search_of_the_whole_span(text):
    text = "Some words before it " + text
    for lo in (0, 10, len(text) - 3):
        assert subjects._opens_clause(text, lo, len(text)) == bool(subjects._CLAUSE_OPENING.search(text, lo, len(text)))


def test_a_time_or_a_given_name_after_an_inverted_verb_is_no_speaker():
    found = statements_of("The tentative deal, announced Friday, would last four years.\n"
                          "Reuters said the system, named Select View, will use its network.\n")
    assert "Friday" not in [s.speaker_text for s in found] and "Select View" not in [s.speaker_text for s in found]
    assert [(s.speaker_text, s.text) for s in found if s.cue == "said"] == [
        ("Reuters", "the system, named Select View, will use its network")]


def test_a_part_of_the_day_after_a_weekday_before_the_verb_is_no_speaker():
    found = statements_of("RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("RNC spokesman Sean Spicer", "the party was not in a crisis")]


def test_an_opening_adverb_or_time_is_not_the_subject_a_second_verb_carries_on():
    found = statements_of("Essentially, Clinton's lawyers looked through the emails and found that one person had an address.\n"
                          "A few minutes later they reversed themselves and said they will register voters.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("Clinton's lawyers", "found"), ("they", "said")]


def test_a_subject_does_not_run_back_past_until():
    found = statements_of("He would keep the money sent to Mexico until the Mexican government agreed to pay.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("the Mexican government", "agreed")]


def test_a_fraction_or_half_of_those_asked_is_a_speaker():
    found = statements_of("Millennials see violence as a problem, and three-fourths say the government should act.\n"
                          "About half said they would vote.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Millennials", "violence as a problem"), ("three-fourths", "the government should act"),
        ("half", "they would vote")]


def test_people_asked_between_them_and_their_verb_are_the_speaker():
    found = statements_of("Veterans interviewed at rallies this week, including Mr. Jebens, said they had no problem with it.\n"
                          "Economists polled by Reuters said the money supply should rise.\n"
                          "All the experts I interviewed said her proposals were more detailed.\n"
                          "Several people I have spoken with said the race is close.\n")
    assert [s.speaker_text for s in found] == ["Veterans", "Economists", "All the experts", "Several people"]


def test_a_share_of_a_group_keeps_its_share():
    found = statements_of("Still, none of the constitutional scholars thought compromise was likely.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("none of the constitutional scholars", "compromise was likely")]


def test_an_opening_time_or_place_is_not_the_subject_a_participle_carries_on():
    found = statements_of("Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”\n"
                          "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming that Obama wanted "
                          "refugees.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [("Trump", "telling"), ("Mr. Trump", "claiming")]


def test_a_share_written_with_the_percent_sign_is_a_speaker():
    found = statements_of("Of those polled, 43% said they would vote for Clinton.\n")
    assert [(s.speaker_text, s.text) for s in found][0] == ("43%", "they would vote for Clinton")


def test_a_participle_in_an_opening_phrase_is_the_main_subjects():
    found = statements_of("After saying he was nervous to ask a question, the student asked Trump about the wall.\n"
                          "One month after announcing his support for Donald Trump, Marco Rubio still believes Trump cannot be "
                          "trusted.\nBy attacking Ukraine, Russia has only just begun its aggression.\n")
    assert [(s.speaker_text, s.cue, s.text) for s in found if s.cue.endswith("ing")] == [
        ("the student", "saying", "he was nervous to ask a question"),
        ("Marco Rubio", "announcing", "his support for Donald Trump"), ("Russia", "attacking", "Ukraine")]


def test_a_time_between_subject_and_verb_and_a_later_second_verb():
    found = statements_of("Trump at the time said he would look into it.\n"
                          "He brought up the bombing and later said, “It’s not just Muslims shooting people.”\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("Trump", "he would look into it"), ("He", "It’s not just Muslims shooting people.")]


def test_a_relative_clause_after_an_apposition_leaves_the_name_the_speaker():
    found = statements_of("Sam Solovey, a contestant on the show, who worked alongside Trump, said his boss was kind.\n"
                          "In Iowa, the senator, who worked alongside Trump, said his boss was kind.\n")
    assert [s.speaker_text for s in found] == ["Sam Solovey", "the senator"]


def test_a_participle_phrase_set_off_before_the_verb_is_not_the_subject():
    found = statements_of("Sen. Chuck Grassley, facing a spirited Democratic challenge in Iowa, a swing state, said he would "
                          "welcome Cruz.\nTrump said at a rally in San Diego, adding that he believed the judge was biased.\n"
                          "Making her way around Chez Vachon, Clinton and husband Bill, thanked another diner.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue in ("said", "believed", "thanked")] == [
        ("Sen. Chuck Grassley", "said"), ("Trump", "said"), ("he", "believed"), ("Bill", "thanked")]


def test_a_place_and_its_state_inside_a_speaker_apposition():
    found = statements_of("A group led by Mel Gold, a Providence, R.I., surgeon, told the agency it has bought 60,840 shares.\n"
                          "Another delegate, Michael Brown of Washington, D.C., explained his support for the plan.\n"
                          "Local officials at Shoreham, Long Island, N.Y., and Seabrook, N.H., had refused to take part.\n")
    assert [s.speaker_text for s in found] == ["Mel Gold", "Michael Brown of Washington", "Seabrook"]


def test_a_parent_of_so_many_children_is_a_speaker():
    found = statements_of('When pressed on why, the 34-year-old mother of three replied, "It is meant to benefit everyone."\n'
                          "The father of two said the plan failed.\n")
    assert [(s.speaker_text, s.text) for s in found] == [
        ("the 34-year-old mother of three", "It is meant to benefit everyone."),
        ("The father of two", "the plan failed")]


def test_the_speaker_is_the_head_of_a_relative_clause_not_its_object():
    found = statements_of("Even Republicans who have praised his candidacy warned on Tuesday that the party may split.\n"
                          "Officials who spoke to the Boston Herald said the plan failed.\n"
                          "These are the voters who Trump said were ignored.\n"
                          "He rebuked critics who say he should condemn terrorists as radicals.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [
        ("who", "praised"), ("Republicans", "warned"), ("Officials", "said"), ("Trump", "said"),
        ("who", "say"), ("he", "condemn")]


def test_after_an_opening_subordinate_clause_the_second_verbs_subject_is_the_main_clauses():
    found = statements_of('When she called, I laughed and said, "No way."\n'
                          "Igor Babushkin reported that the construction had resumed and also noted that the road was long.\n")
    assert [(s.speaker_text, s.cue) for s in found if s.cue in ("said", "noted")] == [
        ("I", "said"), ("Igor Babushkin", "noted")]


def test_an_opening_question_phrase_is_no_subject():
    found = statements_of("Pressed again about the vice-president chatter, Perez just starts talking about baseball.\n")
    assert [(s.speaker_text, s.text) for s in found] == [("Perez", "baseball")]


def test_a_role_that_heads_something_is_a_subject_and_a_year_before_it_is_not():
    found = statements_of("The head of state said the talks would go on.\n"
                          "In 2019 the chief of staff decided to open an office.\n"
                          "Former secretary of state Hillary Clinton said she would run.\n")
    assert [(s.speaker_text, s.cue) for s in found] == [
        ("The head of state", "said"), ("the chief of staff", "decided"),
        ("Former secretary of state Hillary Clinton", "said")]


def test_an_opening_time_span_or_comparison_is_not_the_subject_of_a_later_verb():
    found = statements_of("Trump spoke in Phoenix. A month later, he visited the border and explained why voters would love him.\n"
                          "Clinton spoke in Iowa. Like Mr. Sanders, she has met the activists, seeking to embrace a younger generation.\n")
    assert [(s.speaker_text, s.speaker, s.cue) for s in found] == [
        ("he", "Donald Trump", "explained"), ("she", "Hillary Clinton", "seeking")]


def test_a_dash_between_spaces_and_a_leading_and_are_not_part_of_the_subject():
    found = statements_of("Today is a truly historic day - Ukraine has felt the support of four states.\n"
                          "CHICAGO - Rahm Emanuel said the report was late.\n"
                          "Both I and government officials have already said that the service works.\n")
    assert [s.speaker_text for s in found] == ["Ukraine", "Rahm Emanuel", "government officials"]


def test_no_clause_word_gerund_or_verb_is_part_of_a_subject():
    found = statements_of('"He has been very aggressive with the rule," which Mozloom thinks will lead employers to cut hours.\n'
                          "It is consistent with his preference for having regional actors address conflicts.\n"
                          "His comments came after being asked yet again to defend his criticism of New York values.\n")
    assert [(s.kind, s.speaker_text, s.cue) for s in found] == [
        ("indirect", "Mozloom", "thinks"), ("indirect", "regional actors", "address"), ("indirect", "His comments", "defend")]


def test_a_sentence_opening_word_is_not_part_of_the_speaker_and_a_colon_introduces_what_follows():
    found = statements_of("But Mr. Trump said the deal was bad. Perhaps young voters prefer change.\n"
                          "Last month the governor said taxes would fall.\n"
                          'This morning the Pope said: "You want peace." And I replied: "Our people have become this army."\n',
                          date=pd.Timestamp("2022-05-12"), outlet="president_of_ukraine")
    assert [s.speaker_text for s in found][:3] == ["Mr. Trump", "young voters", "the governor"]
    assert [(s.speaker_text, s.text) for s in found if s.kind == "direct"] == [
        ("the Pope", "You want peace."), ("I", "Our people have become this army.")]


def test_a_name_that_a_things_subject_is_about_is_no_speaker():
    # "The debate over X suggests": the subject is the debate, a thing, and the verb no one's speech
    for text in ["The debate over Barack Obama suggests the party is split.\n",
                 "The fight with Russia shows the alliance is strong.\n",
                 "The dynamic on the Affordable Care Act suggests a broader difference among voters.\n"]:
        assert [s.speaker for s in statements_of(text)] == [], text
    # but a person, a group and a document speak for whom they are of or on
    assert [s.speaker for s in statements_of("A report on Cable News Network said Sun Chemical has a stake.\n")] == \
        ["Cable News Network"]
    assert [s.speaker for s in statements_of("The head of the union said the strike would go on.\n")] == \
        ["the head of the union"]


def test_names_listed_before_the_two_that_and_joins_are_the_subject_too():
    cases = [("John Smith, Mary Jones and Bob Brown said the plan would fail.\n", "John Smith, Mary Jones and Bob Brown"),
             ("Sears, Roebuck and Co said its sales rose.\n", "Sears, Roebuck and Co"),
             ("The United States, Britain and France said the talks would resume.\n", "the United States, Britain and France"),
             # a phrase of place or time, or an aside, set off before the subject is none of it
             ("On Monday, Smith and Jones said the talks failed.\n", "Smith and Jones"),
             ("However, Smith and Jones said the talks failed.\n", "Smith and Jones")]
    for text, speaker in cases:
        assert [s.speaker for s in statements_of(text)] == [speaker], text


def test_names_listed_in_an_attribution_after_what_was_said_keep_the_statement():
    text = ("Corning Glass Works is raising 75 mln dlrs through an issue of debentures priced at par, "
            "underwriters Goldman, Sachs and Co and Lazard Freres and Co said.\n")
    assert len(statements_of(text)) == 1


def test_a_time_of_day_between_the_subject_and_its_verb_is_no_part_of_the_subject():
    text = ("Price details were unclear but reports this morning suggested that Turkey was offered sugar.\n\n"
            "Details were unclear but Smith last night said that Turkey was offered sugar.\n")
    assert [s.speaker for s in statements_of(text)] == ["reports", "Smith"]


def test_a_long_role_with_and_between_capitalised_words_is_one_speaker_and_keeps_its_title():
    text = ("The Secretary General of the Congress of Local and Regional Authorities of the Council of Europe noted that "
            "he had discussed the reconstruction.\n\nSecretary General Jens Stoltenberg said the alliance was ready.\n")
    assert [s.speaker for s in statements_of(text, speech_only=True)] == [
        "Secretary General of the Congress of Local and Regional Authorities of the Council of Europe", "Jens Stoltenberg"]
