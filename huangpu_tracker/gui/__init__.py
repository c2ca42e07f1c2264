"""The desktop app: the only package that imports PySide6 and pyqtgraph."""

import os

# pyqtgraph picks its Qt binding at import time; make it the one we ship.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
