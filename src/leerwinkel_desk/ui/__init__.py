"""The desktop interface (PySide6): the only package that imports Qt. It calls services, never a Session."""
