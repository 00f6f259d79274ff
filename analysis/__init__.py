"""stance-tracker: statements, speakers, tone and stance over time from dated news articles.

Modules in the order the data flows: ``corpus`` → ``tokenise`` → ``statements`` → ``tone`` →
``stance`` → ``plots``, with ``tables`` (run-folder hand-off), ``runner`` and ``cli`` on top.
"""

__version__ = "0.1.0"
