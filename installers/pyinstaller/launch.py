"""The frozen app's entry point: the same `main` as the `leerwinkel-desk` script of the wheel."""

import sys

from leerwinkel_desk.launcher import main

sys.exit(main())
