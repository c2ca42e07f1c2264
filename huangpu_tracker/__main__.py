"""`python -m huangpu_tracker` runs the command line (which opens the GUI by default)."""

from huangpu_tracker.cli import main

if __name__ == "__main__":
    main()
