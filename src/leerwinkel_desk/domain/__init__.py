"""The service model in plain Python: enums, rules and errors. Imports nothing else of the project."""
