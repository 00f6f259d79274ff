"""Statements in an article and who made them: the public face of :mod:`analysis.attribution`.

Four kinds of statement are found, paragraph by paragraph:

- ``direct``: a quotation that stands as the speaker's own sentence(s), attributed by a reporting
  clause after it (``“...,” Trump wrote``) or before it (``Trump replied, “I do.”``), a turn of a
  transcript (``Vladimir Putin: ...``), or a sentence of a speech whose title names its speaker (``... -
  address by the President of Ukraine``: no mention in the text);
- ``indirect``: reported speech (``Trump wrote that ...``, ``Putin added Moscow is ready ...``,
  ``..., he told reporters``, ``According to X, ...``);
- ``partial``: a quoted fragment inside reported speech or a passive attribution
  (``was described by Putin as “frank”``). A partial quote inside an indirect statement names that
  statement as its ``parent``;
- ``assessment``: the writer's own (``Christie appears to be embracing his duties``, ``Obama is
  expected to join Clinton``), with no speaker; its subject and the rest are its ``parts``. Nobody said
  it: the attribution stages find it so that no other rule takes its words, and leave it out of what
  they return unless asked (``speech_only=False``).

Every other statement but a speech's is attributed to a speaker mention (a name, a role such as "the US president",
a pronoun resolved to the nearest earlier speaker of the same gender, or a description the article gives
nobody, "the Florida Republican", resolved to the person named just before it) and a reporting cue, all with
character offsets into the article text as loaded. Boilerplate spans are skipped. How each of these is
decided is in the stages of :mod:`analysis.attribution` (``docs/architecture.md`` says where).
"""

from .attribution import (STATEMENT_COLUMNS, ActorRegistry, Cues, Statement, article_statements, context,
                          default_actors, default_cues, extract, statement_records)

__all__ = ["ActorRegistry", "Cues", "STATEMENT_COLUMNS", "Statement", "article_statements", "context", "default_actors",
           "default_cues", "extract", "statement_records"]
