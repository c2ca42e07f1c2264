"""Huangpu Tracker: plan targets of Guangzhou's Huangpu district, extracted, reviewed and assessed.

The words of the domain (body, goal, kind, comparator, series, actual …) and the module that is the
home of each are listed in docs/glossary.md.
"""

__version__ = "0.1.0"
APP_NAME = "huangpu-tracker"
