"""Leerwinkel Desk: case management for learning-career counsellors in Flanders."""

__version__ = "0.1.0"
