"""stance-tracker: statements, speakers, tone and stance over time from dated news articles.

Modules in the order the data flows: ``readers`` (files, archives, encodings) and ``fields`` (which
input field holds what) → ``corpus`` → ``normalise`` (the text as the rules read it) → ``tokenise`` →
``attribution`` (one module per stage; ``statements`` is its public face) → ``tone`` → ``stance`` →
``plots``, with ``tables`` (the run folder and
the tables it hands from notebook to notebook), ``pages`` (the HTML a reader gets), ``runner`` and
``cli`` on top.
"""

__version__ = "0.1.0"
