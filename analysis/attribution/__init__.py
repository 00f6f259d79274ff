"""Statements in an article and who made them, found stage by stage.

Each stage is one module, in the order the data flows:
``registry`` (actors, roles and cues) → ``document`` (the article as the stages see it) → ``quotes``
(quotation marks and the spans they enclose) → ``mentions``
(the speaker mention around a cue or quotation) → ``speakers`` (a mention resolved to a speaker) →
``quotes`` (quotation marks, spans and the quotations' attribution) → ``transcripts`` (speaker labels
and turns) → ``reported`` (cues and the content of reported speech) → ``pipeline`` (runs the stages
over each paragraph and settles nesting, ``parent`` and ``via``). Words the stages share are in
``vocabulary``.
"""

from .document import Statement
from .pipeline import STATEMENT_COLUMNS, article_statements, context, extract, statement_records
from .registry import ActorRegistry, Cues, default_actors, default_cues

__all__ = ["ActorRegistry", "Cues", "STATEMENT_COLUMNS", "Statement", "article_statements", "context", "default_actors",
           "default_cues", "extract", "statement_records"]
