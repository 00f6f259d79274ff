"""Statements in an article and who made them, found stage by stage.

One module per stage, in the order the data flows (``docs/architecture.md`` draws it):

- ``registry``: the actors, their aliases and dated roles (``data/actors.yml``) and the reporting cues
  (``data/cues.tsv``): loading and look-up only. ``vocabulary`` holds the word lists the stages share,
  those a researcher may edit loaded from ``data/``.
- ``document``: the article as the stages see it (:class:`Document`, fixed once built), what they
  have found so far (:class:`Found`), one paragraph as the steps read it (:class:`Paragraph`) and the
  :class:`Statement` record.
- ``quotes``: quotation marks and the spans they enclose.
- ``transcripts``: whether the article is a transcript; speaker labels and turns.
- ``subjects`` and ``mentions``: where the speaker is named around a cue or a quotation (the subject
  before a verb; the speaker after it).
- ``speakers``: which speaker a mention is (registry names and roles, the article's fuller names,
  pronouns, bare roles, groups, chart names).
- ``quotations``: a quotation paired with its speaker and cue (after it, before it, interrupted,
  over paragraphs).
- ``reported`` and ``content``: reported speech: which cues report, where the content starts and
  ends, "according to", owned report and stance nouns, poll findings, the writer's assessments.
- ``entities``: who is who in one article (full names by surname, holders of roles); each speaker in
  full, with ``speaker_how`` and ``confidence``.
- ``corpus_names``: the pass over a whole corpus's statements (surnames named as their source names
  them; page furniture that recurs across a source's articles).
- ``pipeline``: reads each paragraph once, runs the steps of the stages over it in order and settles
  what spans statements (interrupted quotations joined, ``parent`` and ``via``).
"""

from .document import Statement
from .pipeline import STATEMENT_COLUMNS, article_statements, context, extract, statement_records
from .registry import ActorRegistry, Cues, default_actors, default_cues

__all__ = ["ActorRegistry", "Cues", "STATEMENT_COLUMNS", "Statement", "article_statements", "context", "default_actors",
           "default_cues", "extract", "statement_records"]
