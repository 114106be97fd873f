"""`python -m leerwinkel_desk` runs the same entry point as the `leerwinkel-desk` script."""

import sys

from leerwinkel_desk.launcher import main

sys.exit(main())
