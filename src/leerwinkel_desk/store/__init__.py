"""Storage: mapped tables, the engine factory and the migrations runner. The only place that builds engines."""
