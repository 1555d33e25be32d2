"""frontline: a knowledge graph of who backs, fights and controls whom, from news.

Subpackages, in the direction they depend on each other:
``frontline.ontology`` <- ``frontline.extract`` <- ``frontline.graph`` <-
``frontline.exports`` <- the command line (``frontline.cli``).
"""

__version__ = "0.1.0"
