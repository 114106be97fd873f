"""The use cases of the service model. They take a Database, return plain read models and raise typed domain errors."""
