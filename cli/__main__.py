"""`python -m deforestation_classifier.cli`: the same as the `deforestation` command."""
import sys

from .main import main

sys.exit(main())
