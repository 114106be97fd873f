"""Demo data: fills a database with the realistic, reproducible case load of one leerwinkel.

Kept apart from `services/` as test fixtures are: the app's first-run wizard, the CLI's `demo`
command, the screenshots, the benchmarks and the tests call it; nothing in the app's own layers
does. The figures follow the GOAL experiments (see docs/domain.md).

- `generate`: the one write transaction and its summary (`generate_demo`, `DemoSummary`)
- `database`: the demo's own encrypted database with the demo accounts (`create_demo_database`)
- `run`: the shared seeded generator, generated clock, keys and stamps; `writer`: the bulk writer
- `office`: the demo office, staff, social map, lokets, zitdagen and catalogue
- `population`: the clients and the requests they will open
- `casework`, `case_records`: how each request runs and the rows its steps leave
- `second_line`: work beyond the client (second-line activities, signals)
- `*_data`: the reference data drawn from, with `weighted` draws; `facts`: what the parts pass on
"""

from leerwinkel_desk.demo.database import DEMO_ACCOUNT_LOGINS, create_demo_database
from leerwinkel_desk.demo.generate import DemoSummary, generate_demo, holds_only_demo

__all__ = ["DEMO_ACCOUNT_LOGINS", "DemoSummary", "create_demo_database", "generate_demo", "holds_only_demo"]
